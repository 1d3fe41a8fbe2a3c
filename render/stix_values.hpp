// STIX 2.1's rules for values, as the STIX writer applies them to what kgviz holds: timestamps
// (RFC 3339 UTC with at least milliseconds), the names of custom types, relationship types and
// properties, URIs, and the external ids of CVE and CAPEC references (docs/stix.md, "Schema traps
// the writer avoids"). Text in, text or yes/no out. The syntax the reader checks too (identifiers,
// type names, the order of timestamps) is model/stix_syntax.hpp. Internal to render/.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace kgviz::stix {

/// A STIX timestamp with at least milliseconds from an RFC 3339 UTC timestamp ("...Z") or an ISO
/// date (YYYY, YYYY-MM, YYYY-MM-DD: midnight UTC of its first day): "2024" ->
/// "2024-01-01T00:00:00.000Z", "2024-11-14T10:00:00Z" -> "2024-11-14T10:00:00.000Z"; nullopt for
/// anything else (the fields out of the schema's ranges included).
std::optional<std::string> timestamp_of(std::string_view text);

/// A custom object type that can prefix an identifier: a type name (stix::is_type_name) that starts
/// with `x-` and does not end with `-`.
bool is_custom_type(std::string_view type);

/// A relationship_type as the schema allows it: one or more of [a-z0-9-].
bool is_relationship_type_name(std::string_view name);

/// A name STIX accepts for a property: `^[a-z][a-z0-9_]{2,249}$`.
bool is_property_name(std::string_view name);

/// The schemas require properties named `*_bin` and `*_hex` to hold base64 and hex: a kgviz name
/// ending so gets an underscore, since its value is arbitrary text.
std::string avoid_binary_suffix(std::string name);

/// A URI as external references need one: a scheme (a letter, then letters, digits, `+-.`), a
/// colon, and no space, quote, angle bracket or control character anywhere.
bool is_uri(std::string_view text);

/// Whether an external reference satisfies the schema's rule for CVE and CAPEC ids: `cve` and
/// `capec` sources need ids of their form, and no other source may use such an id.
bool is_valid_external_id(std::string_view source, std::string_view id);

}  // namespace kgviz::stix
