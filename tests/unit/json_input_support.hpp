// Helpers of the JSON and STIX reader tests: read a text as a named input, collect its errors, and
// check where the first one is.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "io/json_reader.hpp"
#include "model/diagnostics.hpp"

namespace kgviz::test {

inline InputSource source_of(std::string content, std::string name) {
  InputSource source;
  source.display_name = name;
  source.path = name;
  source.basename = std::move(name);
  source.content = std::move(content);
  return source;
}

/// Reads `text` as JSON input `name`; every diagnostic fails the test.
inline KnowledgeGraph read_json_ok(const std::string& text, const std::string& name,
                                   const ReadOptions& options) {
  try {
    return read_json(source_of(text, name), options);
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics()) ADD_FAILURE() << d.format();
    throw;
  }
}

/// The diagnostics of reading `text`, which must fail.
inline std::vector<Diagnostic> read_json_errors(const std::string& text, const std::string& name,
                                                const ReadOptions& options) {
  try {
    read_json(source_of(text, name), options);
  } catch (const InputError& e) {
    return e.diagnostics();
  }
  ADD_FAILURE() << "read without error:\n" << text.substr(0, 400);
  return {};
}

/// Whether reading `text` fails with a first error at `line`:`column` of `name` containing `part`.
inline ::testing::AssertionResult first_error_at(const std::string& text, const std::string& name,
                                                 std::size_t line, std::size_t column,
                                                 std::string_view part,
                                                 const ReadOptions& options) {
  const auto diagnostics = read_json_errors(text, name, options);
  if (diagnostics.empty()) return ::testing::AssertionFailure() << "no error";
  const Diagnostic& d = diagnostics[0];
  if (d.line != line || d.column != column || d.message.find(part) == std::string::npos ||
      d.file != name) {
    return ::testing::AssertionFailure() << "got " << d.format() << "\nwanted " << name << ":"
                                         << line << ":" << column << ": ... " << part;
  }
  return ::testing::AssertionSuccess();
}

}  // namespace kgviz::test
