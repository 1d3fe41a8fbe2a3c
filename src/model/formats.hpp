// The file formats of kgviz in one table: their `--from`/`--to` names, their file extensions
// (matched case-insensitively, longest first), which of them kgviz reads and writes, and the
// content sniffing that tells a file's format when its name does not. Every reader dispatch, every
// writer dispatch, the CLI's help and its error messages read this one table (DESIGN.md "Formats by
// extension").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

/// A format kgviz reads. `Auto` = not chosen yet (from the extension, else from the content).
enum class InputFormat { Auto, Yaml, GraphML, Gexf, Csv, Tsv, Json, Stix, Dot, Gml, Pajek };

/// A format kgviz writes.
enum class OutputFormat {
  Dot,
  Svg,
  Png,
  Pdf,
  GraphML,
  Gexf,
  Json,
  NodeLink,
  Stix,
  Csv,
  EdgesCsv,
  Markdown,
  Html
};

/// One row of the format table: a name the user types, the extensions that mean it, and what
/// kgviz does with such a file when reading (`input`) and when writing (`output`).
struct FileFormat {
  std::string_view name;                     ///< `--from` / `--to` name
  std::vector<std::string_view> extensions;  ///< lower case, with the dot: ".stix.json"
  std::optional<InputFormat> input;          ///< read as (nullopt: kgviz does not read it)
  std::optional<OutputFormat> output;        ///< written as (nullopt: kgviz does not write it)
  std::string_view description;              ///< for --help and error messages
};

/// Every format, in the order help lists them.
const std::vector<FileFormat>& file_formats();

/// The row whose extension ends `path` (case-insensitively; the longest matching extension wins,
/// so `x.edges.csv` is `edges` and `x.csv` is `csv`). A trailing `.gz` is not looked through here:
/// see `strip_compression_suffix`. nullptr when no extension matches.
const FileFormat* format_of_path(std::string_view path);

/// `path` without a trailing `.gz` (any case), and whether it had one.
std::string_view strip_compression_suffix(std::string_view path, bool* compressed = nullptr);

/// The input format named `name` (`--from`), nullopt when kgviz reads no such format.
std::optional<InputFormat> input_format_named(std::string_view name);
/// The output format named `name` (`--to`), nullopt when kgviz writes no such format.
std::optional<OutputFormat> output_format_named(std::string_view name);

/// The `--from` name of an input format ("auto" for Auto).
std::string_view input_format_name(InputFormat format);
/// The `--to` name of an output format.
std::string_view output_format_name(OutputFormat format);

/// "yaml (.yaml .yml), graphml (.graphml), ..." of the formats kgviz reads / writes.
std::string input_format_list();
std::string output_format_list();
/// "yaml, graphml, ..." (the `--from` / `--to` names only).
std::string input_format_names();
std::string output_format_names();

/// Whether an output format carries a layout (pictures, DOT, and the data files with x/y).
bool needs_layout(OutputFormat format);
/// Whether an output format is drawn by Graphviz (DOT, SVG, PNG, PDF).
bool is_diagram(OutputFormat format);

/// What the first bytes of a file say about its format. `decisive` is set when the content can
/// only be that format (an XML root element, a DOT graph header, a GML `graph [`, a Pajek
/// `*Vertices`, a JSON document); a weak guess (a YAML mapping, a delimited header line) leaves it
/// false. nullopt when the content looks like none of them. Looks at most at the first 64 KiB.
struct SniffResult {
  InputFormat format = InputFormat::Auto;
  bool decisive = false;
};
std::optional<SniffResult> sniff_input_format(std::string_view content);

/// Whether `content` starts with the gzip magic bytes.
bool is_gzip(std::string_view content);

}  // namespace kgviz
