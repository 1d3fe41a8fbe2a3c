// Memory of reading YAML, JSON and STIX (issue 11, point 8): a 9 MB YAML list took 385 MB and a
// 100 MB JSON array 2.7 GB. The parse trees are now compact (24 bytes a value, strings in place),
// and README states the bound this test keeps: reading an input takes at most kFactor times its
// size, plus kSlack. Each input is generated here in the densest shapes for its reader (most
// values per byte), read in a child process (fork) whose peak resident size is measured from the
// moment before loading the file to the end of the read. No timing is asserted.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <string>

#include "io/graph_reader.hpp"
#include "io/input.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

namespace fs = std::filesystem;

// README ("Limits"): reading takes at most 20 times the input's size, plus 64 MB.
constexpr double kFactor = 20.0;
constexpr double kSlack = 64.0 * (1 << 20);
// Inputs big enough that the factor, not the slack, decides.
constexpr std::size_t kTargetBytes = std::size_t{12} << 20;

/// A field of /proc/self/status in bytes (VmRSS, VmHWM), or -1.
long long status_bytes(const std::string& field) {
  std::ifstream status("/proc/self/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind(field + ":", 0) == 0) return std::stoll(line.substr(field.size() + 1)) * 1024;
  }
  return -1;
}

/// How much the resident size of a child process grows, at its peak, while it loads and reads
/// `path`; -1 when the peak cannot be reset (no /proc/self/clear_refs).
long long peak_growth_reading(const fs::path& path) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) return -1;
  const pid_t pid = ::fork();
  if (pid == 0) {
    ::close(pipe_fds[0]);
    long long growth = -1;
    {
      // Writing 5 resets the peak ("high water mark") to the current resident size.
      std::ofstream clear("/proc/self/clear_refs");
      clear << "5";
      clear.flush();
      if (clear) {
        const long long before = status_bytes("VmRSS");
        try {
          ReadOptions options;
          options.limits.max_input_bytes = std::uint64_t{1} << 30;
          const InputSource source = load_input(path.string(), options.limits);
          const KnowledgeGraph graph = read_graph(source, options);
        } catch (const Error&) {
          // Hostile shapes need not be valid graphs: the peak is what counts.
        }
        growth = status_bytes("VmHWM") - before;
      }
    }
    const std::string text = std::to_string(growth);
    const ssize_t written = ::write(pipe_fds[1], text.data(), text.size());
    ::_exit(written == static_cast<ssize_t>(text.size()) ? 0 : 1);
  }
  ::close(pipe_fds[1]);
  std::string text;
  char buffer[64];
  for (ssize_t got; (got = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;) text.append(buffer, got);
  ::close(pipe_fds[0]);
  int status = 0;
  ::waitpid(pid, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the reading child failed";
  return text.empty() ? -1 : std::stoll(text);
}

/// Writes `head`, then `item(i)` for i = 0, 1, ... joined by `separator` until the file holds
/// about kTargetBytes, then `tail`.
fs::path generate(const fs::path& path, const std::string& head,
                  const std::function<std::string(std::size_t)>& item, const std::string& separator,
                  const std::string& tail) {
  std::ofstream out(path, std::ios::binary);
  out << head;
  std::size_t size = head.size();
  for (std::size_t i = 0; size < kTargetBytes; ++i) {
    const std::string text = (i ? separator : "") + item(i);
    out << text;
    size += text.size();
  }
  out << tail;
  return path;
}

class ParseMemoryTest : public ::testing::Test {
 protected:
  void SetUp() override {
#if defined(__SANITIZE_ADDRESS__)
    GTEST_SKIP() << "AddressSanitizer's allocator has its own overheads";
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
    GTEST_SKIP() << "AddressSanitizer's allocator has its own overheads";
#endif
#endif
    dir_ = fs::temp_directory_path() /
           ("kgviz-memory-" + std::to_string(::getpid()) + "-" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::create_directories(dir_);
  }
  void TearDown() override {
    if (!dir_.empty()) fs::remove_all(dir_);
  }

  void expect_within_bound(const fs::path& path) {
    const auto size = static_cast<double>(fs::file_size(path));
    const long long growth = peak_growth_reading(path);
    if (growth < 0) GTEST_SKIP() << "cannot reset the peak resident size (/proc/self/clear_refs)";
    const double bound = kFactor * size + kSlack;
    EXPECT_LE(static_cast<double>(growth), bound)
        << path.filename() << ": " << size / (1 << 20) << " MiB read with a peak of "
        << static_cast<double>(growth) / (1 << 20) << " MiB (" << static_cast<double>(growth) / size
        << " times its size)";
    std::printf("%s: %.1f MiB -> peak %.1f MiB (%.1fx)\n", path.filename().c_str(),
                size / (1 << 20), static_cast<double>(growth) / (1 << 20),
                static_cast<double>(growth) / size);
  }

  fs::path dir_;
};

TEST_F(ParseMemoryTest, JsonShapes) {
  // A long array of one-digit numbers: a value every 2 bytes.
  expect_within_bound(generate(dir_ / "numbers.json", "{\"nodes\": [{\"id\": 0}], \"links\": [], "
                                                      "\"graph\": {\"x\": [",
                               [](std::size_t) { return "0"; }, ",", "]}}"));
  // Empty arrays and one-key objects.
  expect_within_bound(generate(dir_ / "arrays.json", "[", [](std::size_t) { return "[]"; }, ",", "]"));
  expect_within_bound(generate(dir_ / "objects.json", "{\"nodes\": [{\"id\": 0}], \"links\": [], "
                                                      "\"graph\": {\"x\": [",
                               [](std::size_t) { return "{\"\":0}"; }, ",", "]}}"));
  // Node-link and Cytoscape.js graphs of the smallest nodes, and of edges.
  expect_within_bound(generate(dir_ / "nodes.json", "{\"nodes\": [",
                               [](std::size_t i) { return "{\"id\":" + std::to_string(i) + "}"; },
                               ",", "], \"links\": []}"));
  expect_within_bound(generate(
      dir_ / "elements.json", "[",
      [](std::size_t i) { return "{\"data\":{\"id\":" + std::to_string(i) + "}}"; }, ",", "]"));
  std::string hundred_nodes = "{\"nodes\": [";
  for (int i = 0; i < 100; ++i) hundred_nodes += (i ? ",{\"id\":" : "{\"id\":") + std::to_string(i) + "}";
  expect_within_bound(generate(
      dir_ / "links.json", hundred_nodes + "], \"links\": [",
      [](std::size_t i) {
        return "{\"source\":" + std::to_string(i % 100) + ",\"target\":" + std::to_string(i % 97) + "}";
      },
      ",", "]}"));
}

TEST_F(ParseMemoryTest, StixShapes) {
  expect_within_bound(generate(
      dir_ / "objects.stix.json",
      "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\", \"objects\": [",
      [](std::size_t i) {
        char id[64];
        std::snprintf(id, sizeof id, "x-a--%08zx-0000-4000-8000-000000000000", i);
        return std::string("{\"type\":\"x-a\",\"id\":\"") + id + "\"}";
      },
      ",", "]}"));
}

TEST_F(ParseMemoryTest, YamlShapes) {
  // Flow and block lists of one-letter scalars (the "9 MB YAML list").
  expect_within_bound(generate(dir_ / "flow.yaml", "a: [", [](std::size_t) { return "x"; }, ",", "]\n"));
  expect_within_bound(generate(dir_ / "block.yaml", "a:\n", [](std::size_t) { return "- x\n"; }, "", ""));
  expect_within_bound(generate(dir_ / "maps.yaml", "a: [", [](std::size_t) { return "{a: x}"; }, ",", "]\n"));
  // A valid graph of the smallest entities.
  expect_within_bound(generate(
      dir_ / "entities.yaml",
      "sources: []\ntypes:\n  entity_types: [t]\n  relation_types: [r]\nrelations: []\nentities:\n",
      [](std::size_t i) {
        return "- {id: " + std::to_string(i) + ", label: " + std::to_string(i) + ", type: t}\n";
      },
      "", ""));
}

}  // namespace
}  // namespace kgviz
