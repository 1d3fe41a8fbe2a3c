#include "render/analysis_writers.hpp"

#include <algorithm>
#include <array>
#include <nlohmann/json.hpp>
#include <numeric>
#include <ostream>
#include <vector>

#include "model/csv_formula.hpp"
#include "model/diagnostics.hpp"
#include "model/number_format.hpp"
#include "model/terminal_text.hpp"
#include "render/export_columns.hpp"
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

/// Rows to show: every vertex, or the top N; sorted by `options.sort`, else (tables for people,
/// or a top N) by the default keys, else in input order. Descending, undefined values last, ties
/// by the next key and then input order.
std::vector<VertexId> selected_rows(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                    const TableOptions& options, bool for_people = false) {
  std::vector<VertexId> rows(graph.node_count());
  std::iota(rows.begin(), rows.end(), VertexId{0});
  std::vector<std::string> sort;
  if (options.sort) {
    sort = {std::string(metric_name(*options.sort))};
  } else if (for_people || options.top > 0) {
    sort = default_sort_keys(analysis);
  }
  std::vector<const MetricColumn*> keys;
  for (const auto& name : sort) {
    if (const MetricColumn* key = analysis.metrics.find(name)) keys.push_back(key);
  }
  if (!keys.empty()) {
    std::stable_sort(rows.begin(), rows.end(), [&](VertexId a, VertexId b) {
      for (const MetricColumn* key : keys) {
        const bool da = key->defined(a);
        const bool db = key->defined(b);
        if (da != db) return da;  // undefined values last
        if (da && key->values[a] != key->values[b]) return key->values[a] > key->values[b];
      }
      return false;
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

std::string summary_sentence(const AnalysisResult& analysis, unsigned precision) {
  const GraphSummary& s = analysis.summary;
  std::string out = std::to_string(s.nodes) + " nodes, " + std::to_string(s.edges) + " edges (" +
                    (s.directed ? "directed" : "undirected") + "), " +
                    std::to_string(s.components) + " component" + (s.components == 1 ? "" : "s");
  if (s.communities) {
    out += ", " + std::to_string(*s.communities) + " communities";
    if (s.modularity)
      out += " (modularity " + format_significant(*s.modularity, static_cast<int>(precision)) + ")";
  }
  return out;
}

/// Metric columns from most to least important when a table must lose columns to fit a width.
constexpr std::array<std::string_view, 13> kMetricImportance{
    "degree",     "betweenness", "pagerank",        "community",   "in_degree",
    "out_degree", "closeness",   "harmonic",        "eigenvector", "core",
    "clustering", "component",   "strong_component"};

/// Whether a metric column tells anything about this graph: not a copy of another column on an
/// undirected graph (in/out degree = degree, strong = weak components), not one value for every
/// entity, and for numberings (components, communities) not one group per entity.
bool tells_something(const MetricColumn& column, bool directed) {
  const std::string& name = column.name;
  if (!directed && (name == "in_degree" || name == "out_degree" || name == "strong_component")) {
    return false;
  }
  std::vector<double> values;
  bool undefined = false;
  for (std::size_t v = 0; v < column.values.size(); ++v) {
    if (column.defined(v)) {
      values.push_back(column.values[v]);
    } else {
      undefined = true;
    }
  }
  std::sort(values.begin(), values.end());
  const auto distinct =
      static_cast<std::size_t>(std::unique(values.begin(), values.end()) - values.begin());
  if (distinct + (undefined ? 1 : 0) <= 1) return false;
  const bool numbering = name == "component" || name == "strong_component" || name == "community";
  return !(numbering && !undefined && distinct == column.values.size());
}

struct TextColumn {
  std::string name;
  bool numeric = false;
  std::size_t importance = 0;  ///< 0 = kept longest
  std::vector<std::string> cells;
  std::size_t width = 0;
};

/// The columns and rows of a table for people, fitted to `options.width`.
struct TextTable {
  std::vector<TextColumn> columns;
  TableReport report;
};

/// `escape` makes a cell's text safe for the format. A line is `frame` + the sum of (column width
/// + `gap`) wide: a plain table puts 2 spaces between columns (gap 2, frame -2), markdown "| "
/// before and " " after each cell and a closing "|" (gap 3, frame 1).
template <class Escape>
TextTable text_table(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                     const TableOptions& options, Escape escape, std::size_t gap, int frame) {
  const std::vector<VertexId> rows = selected_rows(graph, analysis, options, true);
  TextTable table;
  table.report.more_rows = graph.node_count() - rows.size();
  const std::vector<std::string> keys = default_sort_keys(analysis);
  const std::string sort_key = options.sort   ? std::string(metric_name(*options.sort))
                               : keys.empty() ? ""
                                              : keys.front();

  auto add_text = [&](std::string name, std::size_t importance, auto text) {
    TextColumn column{std::move(name), false, importance, {}, 0};
    for (VertexId v : rows) column.cells.push_back(escape(std::string(text(v))));
    table.columns.push_back(std::move(column));
  };
  bool labelled = false;
  bool typed = false;
  for (VertexId v = 0; v < graph.node_count(); ++v) {
    labelled = labelled || graph.label(v) != graph.id(v);
    typed = typed || !graph.type(v).empty();
  }
  add_text("id", 0, [&](VertexId v) { return graph.id(v); });
  if (labelled) add_text("label", 1, [&](VertexId v) { return graph.label(v); });
  // The type goes just before pagerank: on an 80-column terminal the numbers the command is about
  // (degree, betweenness, pagerank) stay rather than a word the ids often repeat.
  if (typed) add_text("type", 6, [&](VertexId v) { return graph.type(v); });
  for (const auto& metric : analysis.metrics.columns()) {
    const bool key = metric.name == sort_key;
    if (!key && !options.metrics_named && !tells_something(metric, graph.directed())) continue;
    const auto rank = std::find(kMetricImportance.begin(), kMetricImportance.end(), metric.name);
    TextColumn column{metric.name,
                      true,
                      key ? 2 : 4 + static_cast<std::size_t>(rank - kMetricImportance.begin()),
                      {},
                      0};
    for (VertexId v : rows) {
      std::string text;
      if (metric.defined(v)) {
        text = metric.kind == MetricColumn::Kind::Integer
                   ? format_integer(metric.values[v])
                   : format_significant(metric.values[v], static_cast<int>(options.precision));
      }
      column.cells.push_back(std::move(text));
    }
    table.columns.push_back(std::move(column));
  }
  auto measure = [&] {
    std::ptrdiff_t total = frame;
    for (auto& column : table.columns) {
      column.width = terminal_width(column.name);
      for (const auto& text : column.cells)
        column.width = std::max(column.width, terminal_width(text));
      total += static_cast<std::ptrdiff_t>(column.width + gap);
    }
    return total;
  };
  const auto limit = static_cast<std::ptrdiff_t>(options.width);
  if (measure() <= limit || options.width == 0) return table;
  // Labels are shortened before any number is left out; then the least important columns go.
  for (auto& column : table.columns) {
    if (column.name != "label") continue;
    const std::size_t cap = std::max<std::size_t>(12, options.width / 6);
    for (auto& text : column.cells) text = shortened_to_width(text, cap);
  }
  while (measure() > limit) {
    auto least = std::max_element(
        table.columns.begin(), table.columns.end(),
        [](const TextColumn& a, const TextColumn& b) { return a.importance < b.importance; });
    if (least == table.columns.end() || least->importance <= 2) break;  // id, label, sort key stay
    table.report.left_out.push_back(least->name);
    table.columns.erase(least);
  }
  return table;
}

}  // namespace

std::vector<std::string> default_sort_keys(const AnalysisResult& analysis) {
  std::vector<std::string> keys;
  for (const char* name : {"degree", "betweenness", "pagerank"}) {
    if (analysis.metrics.find(name) != nullptr) keys.emplace_back(name);
  }
  if (keys.empty() && !analysis.metrics.columns().empty()) {
    keys.push_back(analysis.metrics.columns().front().name);
  }
  return keys;
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
  // The contract's edge columns, as every data writer has them (weight default, label fallback).
  // A table read back from an earlier edge table holds its `id` column as an attribute: the fixed
  // columns replace such columns rather than repeat them under the same name.
  const ExportColumns columns = edge_export_columns(graph);
  const std::vector<const ExportColumn*> values = columns.without({"id", "source", "target"});
  out << "id,source,target";
  for (const ExportColumn* column : values) out << ',' << csv_field(column->name);
  out << '\n';
  ExportValue value;
  for (EdgeId e = 0; e < graph.edge_count(); ++e) {
    out << 'e' << e << ',' << csv_field(graph.id(graph.source(e))) << ','
        << csv_field(graph.id(graph.target(e)));
    for (const ExportColumn* column : values) {
      out << ',';
      if (column->read(e, value)) out << csv_field(export_value_text(value));
    }
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
    communities.push_back({{"id", community.id},
                           {"size", community.members.size()},
                           {"members", std::move(members)}});
  }
  Json document = {{"graph", std::move(summary)},
                   {"nodes", std::move(nodes)},
                   {"communities", std::move(communities)},
                   {"data", record_json(record)}};
  out << document.dump(2) << '\n';
}

TableReport write_analysis_markdown(const KnowledgeGraph& graph, const AnalysisResult& analysis,
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
  const TextTable table = text_table(graph, analysis, options, escape, 3, 1);
  out << "<!-- " << record_comment(record) << " -->\n\n";
  out << summary_sentence(analysis, options.precision) << ".\n\n";
  auto print = [&](auto cell) {
    out << '|';
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const TextColumn& column = table.columns[i];
      const std::string text = cell(column);
      const std::string padding(column.width - std::min(column.width, terminal_width(text)), ' ');
      out << ' ' << (column.numeric ? padding + text : text + padding) << " |";
    }
    out << '\n';
  };
  print([](const TextColumn& column) { return column.name; });
  print([](const TextColumn& column) {
    const std::size_t dashes = std::max<std::size_t>(column.width, 3);
    return column.numeric ? std::string(dashes - 1, '-') + ":" : std::string(dashes, '-');
  });
  const std::size_t rows = table.columns.empty() ? 0 : table.columns.front().cells.size();
  for (std::size_t r = 0; r < rows; ++r) {
    print([r](const TextColumn& column) { return column.cells[r]; });
  }
  if (table.report.more_rows > 0) {
    out << "\n\u2026 " << table.report.more_rows << " more (--top 0 shows all "
        << graph.node_count() << ")\n";
  }
  return table.report;
}

TableReport write_analysis_table(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                 const TableOptions& options, std::ostream& out) {
  auto escape = [](std::string text) {
    std::replace(text.begin(), text.end(), '\n', ' ');
    return terminal_text(text);  // file content, shown on a terminal
  };
  const TextTable table = text_table(graph, analysis, options, escape, 2, -2);
  auto print = [&](auto cell) {
    for (std::size_t i = 0; i < table.columns.size(); ++i) {
      const TextColumn& column = table.columns[i];
      const std::string text = cell(column);
      const std::string padding(column.width - std::min(column.width, terminal_width(text)), ' ');
      if (i > 0) out << "  ";
      // Text columns align left, numbers right; no spaces at the end of a line.
      if (column.numeric) {
        out << padding << text;
      } else {
        out << text << (i + 1 < table.columns.size() ? padding : "");
      }
    }
    out << '\n';
  };
  print([](const TextColumn& column) { return column.name; });
  print([](const TextColumn& column) { return std::string(column.width, '-'); });
  const std::size_t rows = table.columns.empty() ? 0 : table.columns.front().cells.size();
  for (std::size_t r = 0; r < rows; ++r) {
    print([r](const TextColumn& column) { return column.cells[r]; });
  }
  if (table.report.more_rows > 0) {
    out << "\u2026 " << table.report.more_rows << " more (--top 0 shows all " << graph.node_count()
        << ")\n";
  }
  out << '\n' << summary_sentence(analysis, options.precision) << '\n';
  return table.report;
}

}  // namespace kgviz
