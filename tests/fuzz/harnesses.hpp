// Fuzz harnesses, shared by the libFuzzer binaries (tests/fuzz/fuzz_main.cpp, clang only) and by
// the replay test that runs every corpus and regression input in the normal test suite.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kgviz::fuzz {

/// Reads `data` as the named input format with test-sized limits; any exception other than
/// kgviz's own errors (or any crash) is a finding.
void read_as(std::string_view format, const std::uint8_t* data, std::size_t size);

/// Decompresses `data` as gzip with test-sized limits: a clear error or at most the limit's bytes.
void gzip(const std::uint8_t* data, std::size_t size);

/// Uses `data` as entity labels, ids, evidence and attribute values, writes GraphML and reads it
/// back: the text must come back unchanged (only invalid UTF-8 and XML-illegal characters are
/// replaced by U+FFFD, as documented).
void graphml_round_trip(const std::uint8_t* data, std::size_t size);

/// Uses `data` as entity labels, ids, evidence and relation: the GEXF written from them reads back
/// with the same text (as graphml_round_trip), and the diagram's DOT, read back by Graphviz
/// (agmemread), shows every label as kgviz planned it, while its SVG is well-formed XML whose edge
/// tooltip shows the evidence. Graphviz lays out two nodes per input (dot), so it is slow.
void escaping(const std::uint8_t* data, std::size_t size);

/// Reads `data` as a diagram theme (`export --theme`) with test-sized limits; as read_as.
void theme(const std::uint8_t* data, std::size_t size);

struct Harness {
  const char* name;
  void (*run)(const std::uint8_t*, std::size_t);
};

/// Every harness: its name is the fuzz binary's (`fuzz_NAME`) and its corpus folder's.
const std::vector<Harness>& harnesses();

}  // namespace kgviz::fuzz
