// STIX 2.1's syntax that kgviz's STIX reader (io) and writer (render) both check, as the OASIS
// schemas' patterns write it: type names, identifiers, and the order of timestamps.
#pragma once

#include <string>
#include <string_view>

namespace kgviz::stix {

/// A type name as the schemas define it: `^([a-z][a-z0-9]*)+(-[a-z0-9]+)*-?$`, 3-250 bytes.
bool is_type_name(std::string_view type);

/// Whether `id` is a STIX identifier `TYPE--UUID` (the schema's pattern: a UUID of version 1 to 5
/// with the RFC 4122 variant, hex digits of either case), and when `type` is not empty, one of
/// that type.
bool is_identifier(std::string_view id, std::string_view type = {});

/// Sort key of a STIX timestamp: the date and time to the second, then the fraction's digits
/// padded or cut to nanoseconds, so that "…:00Z", "…:00.5Z" and "…:00.500Z" compare by time,
/// not by text.
std::string timestamp_order(std::string_view stamp);

}  // namespace kgviz::stix
