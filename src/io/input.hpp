// Input files as bytes in memory: from disk, standard input or the bundled data, with the facts
// every reader and the reproducibility record need (display name, basename, SHA-256).
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include "io/read_options.hpp"

namespace kgviz {

struct InputSource {
  std::string display_name;  ///< used in diagnostics: the path as given, `<stdin>`, `<bundled>/...`
  std::string path;          ///< the path as given ("-" for standard input, empty when bundled)
  std::string basename;      ///< for the reproducibility record
  std::string content;
  bool bundled = false;
  bool from_stdin = false;
  /// SHA-256 of the bytes as stored when they were gzip data (`content` is then what they
  /// decompress to); empty otherwise. See input_sha256().
  std::string compressed_sha256;
};

/// Reads `path` ("-" = standard input: `standard_input`, or the process's when null) whole,
/// refusing files over `limits.max_input_bytes`. gzip data (found by its magic bytes, whatever the
/// name) is decompressed, within the same limit on its decompressed size; a name ending in `.gz`
/// must hold gzip data. Throws InputError (unreadable, too large, not or broken gzip) naming the
/// file.
InputSource load_input(const std::string& path, const ReadLimits& limits,
                       std::istream* standard_input = nullptr);

/// Whether the process's standard input may hold a graph: a pipe, FIFO, socket or regular file.
/// A terminal, /dev/null and other devices, and a closed standard input hold none.
bool process_stdin_may_hold_data();

/// The bundled article graph (`graph_data/salt_typhoon.yaml`, compiled into the binary).
InputSource bundled_input();

/// Reads a file named by an input (a YAML source's `text`): a path relative to the input's folder
/// (the current folder for standard input) that, with every `..` and symbolic link resolved, stays
/// in that folder or below — or in `allowed_folder` (`--source-root`) when given, which also admits
/// absolute paths. For the bundled graph, from the bundled data. Only regular files up to
/// `limits.max_input_bytes` are read. nullopt with `error` set when it cannot or may not be read.
std::optional<std::string> read_companion(const InputSource& from, std::string_view path,
                                          const ReadLimits& limits,
                                          const std::optional<std::string>& allowed_folder,
                                          std::string& error);

/// Lower-case hex SHA-256 of `bytes`.
std::string sha256_hex(std::string_view bytes);

/// SHA-256 of the input as stored (the file `sha256sum` sees, compressed or not), for the
/// reproducibility record.
std::string input_sha256(const InputSource& input);

}  // namespace kgviz
