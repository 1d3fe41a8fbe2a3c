// Reading with warnings collected, for tests of what readers warn about.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "io/read_options.hpp"
#include "model/diagnostics.hpp"

namespace kgviz::test {

/// `options` with its warnings appended to `into` (which must outlive the read).
inline ReadOptions collecting_warnings(std::vector<Diagnostic>& into, ReadOptions options = {}) {
  options.on_warning = [&into](const Diagnostic& warning) { into.push_back(warning); };
  return options;
}

/// The warnings as the CLI prints them, one a line.
inline std::string formatted(const std::vector<Diagnostic>& warnings) {
  std::string out;
  for (const Diagnostic& d : warnings) out += d.format() + "\n";
  return out;
}

}  // namespace kgviz::test
