// The field names of the reproducibility record (DESIGN.md "Exported attributes"): one table for
// every writer that embeds the record (JSON `data`/`graph`, GraphML graph data, STIX, HTML) and
// every reader that recognises a record read back from an earlier kgviz output and skips it (this
// run's record replaces it).
#pragma once

#include <string_view>

namespace kgviz::record_field {

inline constexpr std::string_view kVersion = "kgviz_version";  ///< marks a record
inline constexpr std::string_view kCommand = "command";        ///< JSON form
inline constexpr std::string_view kInputs = "inputs";          ///< JSON: [{name, sha256}]
inline constexpr std::string_view kInputName = "name";         ///< of one JSON input
inline constexpr std::string_view kInputSha256 = "sha256";     ///< of one JSON input
inline constexpr std::string_view kOptions = "options";        ///< JSON: {option: value}
inline constexpr std::string_view kSeed = "seed";

// The flat form of graph attributes (GraphML graph data): one text per field.
inline constexpr std::string_view kFlatCommand = "kgviz_command";
inline constexpr std::string_view kFlatInputSha256 = "input_sha256";  ///< joined like `inputs`

/// Whether a top-level name is a field of the record in either form: a graph attribute of that
/// name, in a graph that carries a record, is that run's record and not data.
bool is_record_field(std::string_view name);

}  // namespace kgviz::record_field
