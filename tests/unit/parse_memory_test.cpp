// Memory of reading YAML, JSON and STIX (issue 11, point 8): a 9 MB YAML list took 385 MB and a
// 100 MB JSON array 2.7 GB. The parse trees are now compact (24 bytes a value, strings in place),
// and README ("Limits") states the bound this test keeps: reading a JSON or STIX input takes at
// most kJsonFactor times its size, a YAML input kYamlFactor times (yaml-cpp keeps about 40 bytes
// per block item until the document ends), plus kSlack. Each input is generated here in the densest
// shapes for its reader (most values per byte), read in a child process (fork) whose peak resident
// size is measured from the moment before loading the file to the end of the read. No timing is
// asserted.
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

constexpr double kJsonFactor = 16.0;
constexpr double kYamlFactor = 40.0;
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
  for (ssize_t got; (got = ::read(pipe_fds[0], buffer, sizeof buffer)) > 0;)
    text.append(buffer, got);
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

  void expect_within_bound(const fs::path& path, double factor) {
    const auto size = static_cast<double>(fs::file_size(path));
    const long long growth = peak_growth_reading(path);
    if (growth < 0) GTEST_SKIP() << "cannot reset the peak resident size (/proc/self/clear_refs)";
    const double bound = factor * size + kSlack;
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

/// `generate` with the same item every time.
fs::path repeat(const fs::path& path, const std::string& head, const std::string& item,
                const std::string& separator, const std::string& tail) {
  return generate(
      path, head, [&item](std::size_t) { return item; }, separator, tail);
}

const std::string kGraphAttribute =
    "{\"nodes\": [{\"id\": 0}], \"links\": [], \"graph\": {\"x\": [";

TEST_F(ParseMemoryTest, JsonShapes) {
  // A long array of one-digit numbers (a value every 2 bytes), empty arrays, one-key objects.
  expect_within_bound(repeat(dir_ / "numbers.json", kGraphAttribute, "0", ",", "]}}"), kJsonFactor);
  expect_within_bound(repeat(dir_ / "arrays.json", "[", "[]", ",", "]"), kJsonFactor);
  expect_within_bound(repeat(dir_ / "objects.json", kGraphAttribute, "{\"\":0}", ",", "]}}"),
                      kJsonFactor);
  // Node-link and Cytoscape.js graphs of the smallest nodes, and of edges.
  const auto node = [](std::size_t i) { return "{\"id\":" + std::to_string(i) + "}"; };
  expect_within_bound(
      generate(dir_ / "nodes.json", "{\"nodes\": [", node, ",", "], \"links\": []}"), kJsonFactor);
  const auto element = [](std::size_t i) {
    return "{\"data\":{\"id\":" + std::to_string(i) + "}}";
  };
  expect_within_bound(generate(dir_ / "elements.json", "[", element, ",", "]"), kJsonFactor);
  std::string hundred_nodes = "{\"nodes\": [";
  for (std::size_t i = 0; i < 100; ++i) hundred_nodes += (i ? "," : "") + node(i);
  const auto link = [](std::size_t i) {
    return "{\"source\":" + std::to_string(i % 100) + ",\"target\":" + std::to_string(i % 97) + "}";
  };
  expect_within_bound(
      generate(dir_ / "links.json", hundred_nodes + "], \"links\": [", link, ",", "]}"),
      kJsonFactor);
}

TEST_F(ParseMemoryTest, StixShapes) {
  const auto object = [](std::size_t i) {
    char text[96];
    std::snprintf(text, sizeof text,
                  "{\"type\":\"x-a\",\"id\":\"x-a--%08zx-0000-4000-8000-000000000000\"}", i);
    return std::string(text);
  };
  expect_within_bound(
      generate(dir_ / "objects.stix.json",
               "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\", "
               "\"objects\": [",
               object, ",", "]}"),
      kJsonFactor);
}

TEST_F(ParseMemoryTest, YamlShapes) {
  // Flow and block lists of one-letter scalars (the "9 MB YAML list"), one-key maps.
  expect_within_bound(repeat(dir_ / "flow.yaml", "a: [", "x", ",", "]\n"), kYamlFactor);
  expect_within_bound(repeat(dir_ / "block.yaml", "a:\n", "- x\n", "", ""), kYamlFactor);
  expect_within_bound(repeat(dir_ / "maps.yaml", "a: [", "{a: x}", ",", "]\n"), kYamlFactor);
  // Lines of 99 nested block lists: a list every 2 bytes, each costing yaml-cpp a marker.
  std::string nested_line;
  for (int i = 0; i < 99; ++i) nested_line += "- ";
  expect_within_bound(repeat(dir_ / "nested.yaml", "a:\n", nested_line + "x\n", "", ""),
                      kYamlFactor);
  // A valid graph of the smallest entities.
  const auto entity = [](std::size_t i) {
    return "- {id: " + std::to_string(i) + ", label: " + std::to_string(i) + ", type: t}\n";
  };
  expect_within_bound(
      generate(dir_ / "entities.yaml",
               "sources: []\ntypes:\n  entity_types: [t]\n  relation_types: [r]\nrelations: []\n"
               "entities:\n",
               entity, "", ""),
      kYamlFactor);
}

}  // namespace
}  // namespace kgviz
