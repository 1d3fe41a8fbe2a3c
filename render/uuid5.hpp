// Name-based UUIDs (RFC 4122 version 5, SHA-1): the deterministic identifiers of kgviz's STIX
// output.
#pragma once

#include <string>
#include <string_view>

namespace kgviz {

/// The version 5 UUID of `name` in the namespace `namespace_uuid` (canonical text, e.g.
/// "6ba7b810-9dad-11d1-80b4-00c04fd430c8"), as lower-case canonical text: SHA-1 of the namespace's
/// 16 bytes followed by the name's bytes, first 16 bytes kept, version and variant bits set (RFC
/// 4122 section 4.3; Python's `uuid.uuid5` gives the same). Throws Error when `namespace_uuid` is
/// not a canonical UUID. O(name length).
std::string uuid_v5(std::string_view namespace_uuid, std::string_view name);

}  // namespace kgviz
