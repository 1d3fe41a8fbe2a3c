// Golden files: the one place that reads them, compares a writer's output with them and rewrites
// them when KGVIZ_UPDATE_GOLDEN is set (run the tests once so, then review the diff in git).
#pragma once

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>

namespace kgviz::test {

inline std::string read_text_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

/// "same" or the first line where two texts differ, for short failure messages.
inline std::string first_difference(const std::string& a, const std::string& b) {
  if (a == b) return "same";
  std::istringstream x(a);
  std::istringstream y(b);
  std::string line_a;
  std::string line_b;
  for (int line = 1;; ++line) {
    const bool more_a = static_cast<bool>(std::getline(x, line_a));
    const bool more_b = static_cast<bool>(std::getline(y, line_b));
    if (!more_a && !more_b) return "differ in bytes only";
    if (line_a != line_b || more_a != more_b) {
      return "line " + std::to_string(line) + ": '" + line_a.substr(0, 200) + "' vs '" +
             line_b.substr(0, 200) + "'";
    }
  }
}

/// Whether `written` equals the golden file at `path`; with KGVIZ_UPDATE_GOLDEN set, rewrites
/// the file first. A failure names the file and the first differing line.
inline ::testing::AssertionResult matches_golden(const std::string& written,
                                                 const std::string& path) {
  if (std::getenv("KGVIZ_UPDATE_GOLDEN") != nullptr) {
    std::ofstream(path, std::ios::binary) << written;
  }
  const std::string difference = first_difference(written, read_text_file(path));
  if (difference == "same") return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure()
         << "output (left) differs from " << path << " (right) at " << difference
         << "; rerun with KGVIZ_UPDATE_GOLDEN=1 to accept a deliberate change, then review the "
            "diff";
}

}  // namespace kgviz::test
