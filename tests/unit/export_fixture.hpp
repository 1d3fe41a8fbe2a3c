// A small hand-built graph for the data writers' tests (GEXF, Cytoscape.js, node-link): parallel
// relations of the same and of different types, a self-loop, a node whose id looks like an edge id,
// markup, quotes, line breaks, control characters, invalid UTF-8 and non-ASCII in ids, labels and
// values, every column type, a NaN metric, an infinite weight, and stored columns named like
// computed ones.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <limits>
#include <locale>
#include <stdexcept>
#include <string>

#include "golden.hpp"
#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz::test {

/// The label of node "q": every kind of text an XML or JSON writer can get wrong.
inline const std::string kHostileLabel =
    "Q \"quoted\" <b>&amp;</b> & ]]> -- 'apos'\nline\ttab\rcr \x01\x07 \xEF\xBF\xBE \xFF ünï ☃ 𝄞";

inline KnowledgeGraph export_graph() {
  KnowledgeGraph g;
  const VertexId p = g.add_entity("p&<1>", "Plain & <simple>", "threat-actor");
  const VertexId q = g.add_entity("q \"two\"\n", kHostileLabel, "identity");
  const VertexId e1 = g.add_entity("e1", "Looks like an edge id", "");
  g.set_node_list(p, attr::kAliases, {"P one", "P, \"two\"; three", "p|pipe"});
  g.set_node_string(q, attr::kDescription, "desc with\nnewline and \xE2\x80\x99 curly");
  g.node_attributes().ensure("active_since", AttrType::Int)->set_integer(p, 2020);
  g.node_attributes().ensure("big", AttrType::Int)->set_integer(q, std::int64_t{1} << 40);
  g.node_attributes().ensure("verified", AttrType::Boolean)->set_bool(p, true);
  g.node_attributes().ensure("verified", AttrType::Boolean)->set_bool(e1, false);
  g.node_attributes().ensure("score", AttrType::Double)->set_real(q, 0.1);
  g.node_attributes().ensure("only_nan", AttrType::Double)->set_real(e1, std::nan(""));
  g.node_attributes()
      .ensure("degree", AttrType::String)
      ->set_string(p, g.strings().intern("stale"));
  g.node_attributes()
      .ensure("id", AttrType::String)
      ->set_string(q, g.strings().intern("shadow id"));

  const EdgeId r0 = g.add_relation(p, q);
  g.set_edge_string(r0, attr::kRelation, "targets");
  g.set_edge_string(r0, attr::kConfidence, "confirmed");
  g.set_edge_string(r0, attr::kEvidence, "they said \"<targets> & more\"\n");
  g.set_edge_string(r0, attr::kSourceDoc, "doc-1");
  g.set_edge_real(r0, attr::kWeight, 2.5);
  const EdgeId r1 = g.add_relation(p, q);
  g.set_edge_string(r1, attr::kRelation, "attributed-to");
  g.set_edge_string(r1, attr::kLabel, "named & shamed");
  g.set_edge_string(r1, attr::kConfidence, "alleged");
  g.set_edge_string(r1, attr::kDate, "2024-10-05");
  g.set_edge_string(r1, attr::kAccordingTo, "q \"two\"\n");
  const EdgeId r2 = g.add_relation(p, q);
  g.set_edge_string(r2, attr::kRelation, "targets");
  g.set_edge_real(r2, attr::kWeight, std::numeric_limits<double>::infinity());
  const EdgeId r3 = g.add_relation(e1, e1);
  g.set_edge_string(r3, attr::kRelation, "self <loop>");
  g.edge_attributes().ensure("hops", AttrType::Long)->set_integer(r3, 3);
  g.edge_attributes()
      .ensure("key", AttrType::String)
      ->set_string(r3, g.strings().intern("shadow key"));

  g.graph_attributes()
      .ensure("title", AttrType::String)
      ->set_string(0, g.strings().intern("T & <G>"));
  // An earlier run's record, as a graph read back from kgviz output carries: replaced.
  g.graph_attributes().ensure("seed", AttrType::Long)->set_integer(0, 99);
  return g;
}

inline AnalysisResult export_analysis() {
  AnalysisResult result;
  result.metrics.add(MetricColumn{"degree", MetricColumn::Kind::Integer, {3, 3, 2}});
  result.metrics.add(
      MetricColumn{"pagerank", MetricColumn::Kind::Real, {0.1, 1.0 / 3.0, std::nan("")}});
  return result;
}

inline DrawingHints export_hints() {
  DrawingHints hints;
  hints.engine = "dot";
  hints.nodes.push_back(NodeVisual{230, 159, 0, 12.5, 10.25, -3.0, "box"});
  hints.nodes.push_back(NodeVisual{86, 180, 233, 8.0, 0.0, 0.0, "ellipse"});
  hints.nodes.push_back(NodeVisual{0, 0, 255, 1.0, 123456.789, 2.0 / 3.0, "ellipse"});
  return hints;
}

inline RunRecord export_record() {
  RunRecord record;
  record.version = "0.1.0";
  record.command = "export";
  record.inputs = {{"g.yaml", "ab12"}, {"h & <i>.graphml", "cd34"}};
  record.options = {{"metrics", "degree,pagerank"}, {"engine", "dot"}};
  record.seed = 42;
  return record;
}

/// Decimal comma and grouping by thousands, like de_DE, without needing that locale installed.
struct CommaNumpunct : std::numpunct<char> {
  char do_decimal_point() const override { return ','; }
  char do_thousands_sep() const override { return '.'; }
  std::string do_grouping() const override { return "\3"; }
};

inline std::locale comma_locale() { return std::locale(std::locale::classic(), new CommaNumpunct); }

/// Runs `check(name)` with each of a few global locales that write numbers differently (decimal
/// comma, grouping) and are installed, then restores the global locale. The writers must not care.
template <class Check>
void under_other_locales(Check check) {
  const std::locale saved = std::locale::global(comma_locale());
  check("decimal comma");
  for (const char* name : {"de_DE.UTF-8", "fr_FR.UTF-8", "C.UTF-8"}) {
    try {
      std::locale::global(std::locale(name));
    } catch (const std::runtime_error&) {
      continue;
    }
    check(name);
  }
  std::locale::global(saved);
}

}  // namespace kgviz::test
