#include "harnesses.hpp"

#include <cstdlib>
#include <sstream>
#include <string>

#include "io/graph_reader.hpp"
#include "io/graphml_reader.hpp"
#include "io/input.hpp"
#include "io/text.hpp"
#include "model/analysis_result.hpp"
#include "model/diagnostics.hpp"
#include "render/graphml_writer.hpp"

namespace kgviz::fuzz {

namespace {

ReadOptions fuzz_options(std::string_view format) {
  ReadOptions options;
  options.format = *parse_input_format(format);
  options.limits.max_input_bytes = 1 << 20;
  options.limits.max_string_length = 1 << 16;
  options.limits.max_alias_expansion = 10'000;
  options.limits.max_nodes = 10'000;
  options.limits.max_edges = 10'000;
  return options;
}

InputSource source_of(const std::uint8_t* data, std::size_t size) {
  InputSource input;
  input.display_name = "fuzz";
  input.basename = "fuzz";
  // No path: a YAML `text:` reference resolves against the working folder, and only regular
  // files are read.
  input.content.assign(reinterpret_cast<const char*>(data), size);
  return input;
}

}  // namespace

void read_as(std::string_view format, const std::uint8_t* data, std::size_t size) {
  try {
    (void)read_graph(source_of(data, size), fuzz_options(format));
  } catch (const InputError& e) {
    if (e.diagnostics().empty()) std::abort();  // an error must say what is wrong
  } catch (const Error&) {
  }
}

namespace {

/// Whether XML 1.0 can carry `text` unchanged: valid UTF-8 without NUL, C0 controls other than
/// tab, line feed and carriage return, or the non-characters U+FFFE and U+FFFF.
bool xml_safe(const std::string& text) {
  DiagnosticSink sink("fuzz", 1);
  try {
    if (!check_utf8(text, sink)) return false;
  } catch (const ErrorCapReached&) {
    return false;
  }
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return text.find("\xEF\xBF\xBE") == std::string::npos && text.find("\xEF\xBF\xBF") == std::string::npos;
}

}  // namespace

void graphml_round_trip(const std::uint8_t* data, std::size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  // Thirds of the input become an id, a label and an evidence text.
  const std::size_t a = text.size() / 3;
  const std::size_t b = 2 * text.size() / 3;
  const std::string id = "n" + text.substr(0, a);
  const std::string label = "l" + text.substr(a, b - a);
  const std::string evidence = "e" + text.substr(b);
  KnowledgeGraph graph;
  const VertexId u = graph.add_entity(id, label, "type");
  const VertexId v = graph.add_entity(id + "2", "other", "type");
  const EdgeId e = graph.add_relation(u, v);
  graph.set_edge_string(e, "evidence", evidence);
  std::ostringstream out;
  write_graphml(graph, AnalysisResult{}, nullptr, RunRecord{}, out);
  InputSource input;
  input.display_name = "round-trip";
  input.content = out.str();
  KnowledgeGraph back;
  try {
    back = read_graphml(input, ReadOptions{});
  } catch (const InputError&) {
    std::abort();  // kgviz must always read what it wrote
  }
  if (back.node_count() != 2 || back.edge_count() != 1) std::abort();
  // Pieces cut inside a UTF-8 sequence, or holding characters XML cannot carry, come back with
  // U+FFFD in their place, as documented.
  if (!xml_safe(id) || !xml_safe(label) || !xml_safe(evidence)) return;
  if (std::string(back.id(0)) != id || std::string(back.label(0)) != label ||
      std::string(back.edge_string(0, "evidence")) != evidence) {
    std::abort();
  }
}

const std::vector<Harness>& harnesses() {
  static const std::vector<Harness> all{
      {"yaml", [](const std::uint8_t* d, std::size_t n) { read_as("yaml", d, n); }},
      {"graphml", [](const std::uint8_t* d, std::size_t n) { read_as("graphml", d, n); }},
      {"csv", [](const std::uint8_t* d, std::size_t n) { read_as("csv", d, n); }},
      {"tsv", [](const std::uint8_t* d, std::size_t n) { read_as("tsv", d, n); }},
      {"graphml_round_trip", graphml_round_trip},
  };
  return all;
}

}  // namespace kgviz::fuzz
