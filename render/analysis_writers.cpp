#include "render/analysis_writers.hpp"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <numeric>
#include <ostream>
#include <vector>

#include "model/csv_formula.hpp"
#include "model/diagnostics.hpp"
#include "model/number_format.hpp"
#include "model/terminal_text.hpp"
#include "render/record_json.hpp"

namespace kgviz {

namespace {

using Json = nlohmann::ordered_json;

std::string cell(const MetricColumn& column, std::size_t v) {
  if (!column.defined(v)) return {};
  return column.kind == MetricColumn::Kind::Integer ? format_integer(column.values[v])
                                                    : format_double(column.values[v]);
}

/// RFC 4180: quote a field holding a comma, quote or line break; double the quotes. A formula
/// cell gets OWASP's guard: a `'` in front, the field quoted (model/csv_formula.hpp).
std::string csv_field(std::string_view text) {
  const bool guard = needs_formula_guard(text);
  if (!guard && text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = guard ? "\"'" : "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

/// Rows to show: every vertex, or the top N by a metric (descending, ties by input order).
std::vector<VertexId> selected_rows(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                    const TableOptions& options) {
  std::vector<VertexId> rows(graph.node_count());
  std::iota(rows.begin(), rows.end(), VertexId{0});
  std::string sort = options.sort;
  if (sort.empty() && options.top > 0) {
    sort = analysis.metrics.find("pagerank") ? "pagerank"
           : analysis.metrics.columns().empty() ? ""
                                                : analysis.metrics.columns().front().name;
  }
  if (const MetricColumn* key = sort.empty() ? nullptr : analysis.metrics.find(sort)) {
    std::stable_sort(rows.begin(), rows.end(), [&](VertexId a, VertexId b) {
      const bool da = key->defined(a);
      const bool db = key->defined(b);
      if (da != db) return da;  // undefined values last
      return da && key->values[a] > key->values[b];
    });
  }
  if (options.top > 0 && rows.size() > options.top) rows.resize(options.top);
  return rows;
}

std::vector<std::string> header(const AnalysisResult& analysis) {
  std::vector<std::string> names{"id", "label", "type"};
  for (const auto& column : analysis.metrics.columns()) names.push_back(column.name);
  return names;
}

std::vector<std::string> row_cells(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                   VertexId v) {
  std::vector<std::string> cells{std::string(graph.id(v)), std::string(graph.label(v)),
                                 std::string(graph.type(v))};
  for (const auto& column : analysis.metrics.columns()) cells.push_back(cell(column, v));
  return cells;
}

std::string summary_sentence(const AnalysisResult& analysis) {
  const GraphSummary& s = analysis.summary;
  std::string out = std::to_string(s.nodes) + " nodes, " + std::to_string(s.edges) + " edges (" +
                    (s.directed ? "directed" : "undirected") + "), " +
                    std::to_string(s.components) + " component" + (s.components == 1 ? "" : "s");
  if (s.communities) {
    out += ", " + std::to_string(*s.communities) + " communities";
    if (s.modularity) out += " (modularity " + format_double(*s.modularity) + ")";
  }
  return out;
}

/// Display width of UTF-8 text in code points (close enough for aligned terminal tables).
std::size_t display_width(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++width;
  }
  return width;
}

}  // namespace

void check_table_options(const AnalysisResult& analysis, const TableOptions& options) {
  if (!options.sort.empty() && analysis.metrics.find(options.sort) == nullptr) {
    std::string names;
    for (const auto& column : analysis.metrics.columns()) {
      names += (names.empty() ? "" : ", ") + column.name;
    }
    throw UsageError("--sort " + options.sort + ": not among the computed metrics (" + names + ")");
  }
}

void write_analysis_csv(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                        const TableOptions& options, std::ostream& out) {
  const auto names = header(analysis);
  for (std::size_t i = 0; i < names.size(); ++i) out << (i ? "," : "") << names[i];
  out << '\n';
  for (VertexId v : selected_rows(graph, analysis, options)) {
    const auto cells = row_cells(graph, analysis, v);
    for (std::size_t i = 0; i < cells.size(); ++i) out << (i ? "," : "") << csv_field(cells[i]);
    out << '\n';
  }
}

void write_edges_csv(const KnowledgeGraph& graph, std::ostream& out) {
  // A table read back from an earlier edge table holds its `id` column as an attribute: the fixed
  // columns replace such columns rather than repeat them under the same name.
  std::vector<const AttributeColumn*> columns;
  for (const auto& column : graph.edge_attributes().columns()) {
    const std::string& name = column.name();
    if (name != "id" && name != "source" && name != "target") columns.push_back(&column);
  }
  out << "id,source,target";
  for (const auto* column : columns) out << ',' << csv_field(column->name());
  out << '\n';
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    out << 'e' << e << ',' << csv_field(graph.id(graph.source(e))) << ','
        << csv_field(graph.id(graph.target(e)));
    for (const auto* column : columns) out << ',' << csv_field(attribute_text(*column, e, graph.strings()));
    out << '\n';
  }
}

void write_analysis_json(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                         const TableOptions& options, const RunRecord& record, std::ostream& out) {
  const GraphSummary& s = analysis.summary;
  auto optional_number = [](const auto& value) { return value ? Json(*value) : Json(nullptr); };
  Json summary = {
      {"nodes", s.nodes},
      {"edges", s.edges},
      {"directed", s.directed},
      {"density", s.density},
      {"components", s.components},
      {"strong_components", optional_number(s.strong_components)},
      {"diameter", optional_number(s.diameter)},
      {"average_clustering", optional_number(s.average_clustering)},
      {"transitivity", optional_number(s.transitivity)},
      {"modularity", optional_number(s.modularity)},
      {"communities", optional_number(s.communities)},
      {"algorithm", s.algorithm.empty() ? Json(nullptr) : Json(s.algorithm)},
      {"resolution", optional_number(s.resolution)},
      {"seed", s.seed},
  };
  Json nodes = Json::array();
  for (VertexId v : selected_rows(graph, analysis, options)) {
    Json row = {{"id", graph.id(v)}, {"label", graph.label(v)}, {"type", graph.type(v)}};
    for (const auto& column : analysis.metrics.columns()) {
      if (!column.defined(v)) {
        row[column.name] = nullptr;
      } else if (column.kind == MetricColumn::Kind::Integer) {
        row[column.name] = static_cast<std::int64_t>(column.values[v]);
      } else {
        row[column.name] = column.values[v];
      }
    }
    nodes.push_back(std::move(row));
  }
  Json communities = Json::array();
  for (const auto& community : analysis.communities) {
    Json members = Json::array();
    for (auto v : community.members) members.push_back(graph.id(v));
    communities.push_back({{"id", community.id}, {"size", community.members.size()},
                           {"members", std::move(members)}});
  }
  Json document = {{"graph", std::move(summary)},
                   {"nodes", std::move(nodes)},
                   {"communities", std::move(communities)},
                   {"data", record_json(record)}};
  out << document.dump(2) << '\n';
}

void write_analysis_markdown(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                             const TableOptions& options, const RunRecord& record,
                             std::ostream& out) {
  auto escape = [](const std::string& text) {
    std::string result;
    for (char c : text) {
      if (c == '|') result += '\\';
      result += (c == '\n' || c == '\r') ? ' ' : c;
    }
    return result;
  };
  out << "<!-- " << record_comment(record) << " -->\n\n";
  out << summary_sentence(analysis) << ".\n\n";
  const auto names = header(analysis);
  out << '|';
  for (const auto& name : names) out << ' ' << name << " |";
  out << "\n|";
  for (std::size_t i = 0; i < names.size(); ++i) out << (i < 3 ? " --- |" : " ---: |");
  out << '\n';
  for (VertexId v : selected_rows(graph, analysis, options)) {
    out << '|';
    for (const auto& text : row_cells(graph, analysis, v)) out << ' ' << escape(text) << " |";
    out << '\n';
  }
}

void write_analysis_table(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                          const TableOptions& options, std::ostream& out) {
  const auto names = header(analysis);
  std::vector<std::vector<std::string>> rows;
  for (VertexId v : selected_rows(graph, analysis, options)) {
    auto cells = row_cells(graph, analysis, v);
    for (auto& text : cells) {
      std::replace(text.begin(), text.end(), '\n', ' ');
      text = terminal_text(text);  // file content, shown on a terminal
    }
    rows.push_back(std::move(cells));
  }
  std::vector<std::size_t> width(names.size());
  for (std::size_t i = 0; i < names.size(); ++i) width[i] = display_width(names[i]);
  for (const auto& cells : rows) {
    for (std::size_t i = 0; i < cells.size(); ++i) width[i] = std::max(width[i], display_width(cells[i]));
  }
  auto print = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const std::string padding(width[i] - display_width(cells[i]), ' ');
      if (i > 0) out << "  ";
      // Text columns align left, numbers right.
      if (i < 3) {
        out << cells[i] << (i + 1 < cells.size() ? padding : "");
      } else {
        out << padding << cells[i];
      }
    }
    out << '\n';
  };
  print(names);
  std::vector<std::string> rule;
  for (std::size_t w : width) rule.emplace_back(w, '-');
  print(rule);
  for (const auto& cells : rows) print(cells);
  out << '\n' << summary_sentence(analysis) << '\n';
}

}  // namespace kgviz
