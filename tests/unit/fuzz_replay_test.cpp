// Replays every fuzz corpus and regression input (tests/fuzz/corpus/NAME, tests/fuzz/regressions/
// NAME) through its harness, so inputs that once crashed a reader stay tested without clang.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "harnesses.hpp"

namespace {

namespace fs = std::filesystem;

TEST(FuzzReplay, EveryCheckedInInputRunsCleanly) {
  std::size_t inputs = 0;
  for (const auto& harness : kgviz::fuzz::harnesses()) {
    for (const char* kind : {"corpus", "regressions"}) {
      const fs::path folder = fs::path(KGVIZ_TEST_DATA_DIR) / "fuzz" / kind / harness.name;
      if (!fs::is_directory(folder)) continue;
      for (const auto& entry : fs::directory_iterator(folder)) {
        std::ifstream in(entry.path(), std::ios::binary);
        const std::string bytes((std::istreambuf_iterator<char>(in)),
                                std::istreambuf_iterator<char>());
        SCOPED_TRACE(entry.path().string());
        harness.run(reinterpret_cast<const std::uint8_t*>(bytes.data()), bytes.size());
        ++inputs;
      }
    }
  }
  EXPECT_GT(inputs, 10u);
}

}  // namespace
