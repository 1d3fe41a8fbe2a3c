#include "render/export_columns.hpp"

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>
#include <utility>

#include "model/diagnostics.hpp"
#include "model/list_text.hpp"
#include "model/number_format.hpp"

namespace kgviz {

namespace {

bool named_in(std::string_view name, std::initializer_list<std::string_view> names) {
  for (std::string_view candidate : names) {
    if (name == candidate) return true;
  }
  return false;
}

}  // namespace

void ExportValue::set_owned_text(std::string text) {
  storage = std::move(text);
  data = std::string_view(storage);
}

bool ExportValue::is_nan() const {
  const double* real = std::get_if<double>(&data);
  return real != nullptr && std::isnan(*real);
}

std::string export_value_text(const ExportValue& value) {
  return std::visit(
      [](const auto& data) -> std::string {
        using T = std::decay_t<decltype(data)>;
        if constexpr (std::is_same_v<T, bool>) {
          return data ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          return std::to_string(data);
        } else if constexpr (std::is_same_v<T, double>) {
          return std::isnan(data) ? std::string() : format_double(data);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          return std::string(data);
        } else {
          return join_list(data);
        }
      },
      value.data);
}

void ExportColumns::add(std::string name, AttrType type, ExportColumn::Reader read) {
  if (!names_.insert(name).second) return;
  columns_.push_back(ExportColumn{std::move(name), type, std::move(read)});
}

const ExportColumn* ExportColumns::find(std::string_view name) const {
  for (const ExportColumn& column : columns_) {
    if (column.name == name) return &column;
  }
  return nullptr;
}

std::vector<const ExportColumn*> ExportColumns::without(
    std::initializer_list<std::string_view> names) const {
  std::vector<const ExportColumn*> kept;
  for (const ExportColumn& column : columns_) {
    if (!named_in(column.name, names)) kept.push_back(&column);
  }
  return kept;
}

void ExportColumns::drop_unused(std::size_t rows, std::initializer_list<std::string_view> always) {
  std::vector<ExportColumn> kept;
  ExportValue scratch;
  for (ExportColumn& column : columns_) {
    bool used = named_in(column.name, always);
    for (std::size_t row = 0; row < rows && !used; ++row) {
      used = column.read(row, scratch) && !scratch.is_nan();
    }
    if (used) {
      kept.push_back(std::move(column));
    } else {
      names_.erase(column.name);
    }
  }
  columns_ = std::move(kept);
}

AttrType export_type(const AttributeColumn& column, std::size_t rows) {
  if (column.type() != AttrType::Int) return column.type();
  for (std::size_t row = 0; row < rows; ++row) {
    if (!column.has(row)) continue;
    const std::int64_t value = column.integer(row);
    if (value < std::numeric_limits<std::int32_t>::min() ||
        value > std::numeric_limits<std::int32_t>::max()) {
      return AttrType::Long;
    }
  }
  return AttrType::Int;
}

ExportColumn::Reader stored_column_reader(const AttributeColumn& column, const StringPool& pool) {
  return [&column, &pool](std::size_t row, ExportValue& value) {
    if (!column.has(row)) return false;
    switch (column.type()) {
      case AttrType::Boolean:
        value.data = column.integer(row) != 0;
        break;
      case AttrType::Int:
      case AttrType::Long:
        value.data = column.integer(row);
        break;
      case AttrType::Float:
      case AttrType::Double:
        value.data = column.real(row);
        break;
      case AttrType::String:
        value.data = pool.view(column.string(row));
        break;
      case AttrType::StringList: {
        std::vector<std::string_view> items;
        for (StringId id : column.list(row)) items.push_back(pool.view(id));
        value.data = std::move(items);
        break;
      }
    }
    return true;
  };
}

namespace {

void add_stored(ExportColumns& columns, const AttributeColumn& column, std::size_t rows,
                const StringPool& pool) {
  columns.add(column.name(), export_type(column, rows), stored_column_reader(column, pool));
}

/// A vertex's text (label or type) as a column value; empty text is no value.
ExportColumn::Reader vertex_text(const KnowledgeGraph& graph,
                                 std::string_view (KnowledgeGraph::*field)(VertexId) const) {
  return [&graph, field](std::size_t v, ExportValue& value) {
    const std::string_view text = (graph.*field)(static_cast<VertexId>(v));
    if (text.empty()) return false;
    value.data = text;
    return true;
  };
}

void add_metric_columns(ExportColumns& computed, const AnalysisResult& analysis, std::size_t n) {
  for (const MetricColumn& metric : analysis.metrics.columns()) {
    if (metric.values.size() != n) {
      throw Error("metric '" + metric.name + "' has " + std::to_string(metric.values.size()) +
                  " values for " + std::to_string(n) + " nodes");
    }
    const bool integer = metric.kind == MetricColumn::Kind::Integer;
    computed.add(metric.name, integer ? AttrType::Long : AttrType::Double,
                 [&metric, integer](std::size_t v, ExportValue& value) {
                   const double number = metric.values[v];
                   if (integer && std::isfinite(number)) {
                     value.data = static_cast<std::int64_t>(std::llround(number));
                   } else {
                     value.data = number;
                   }
                   return true;
                 });
  }
}

void add_hint_columns(ExportColumns& computed, const DrawingHints& hints, std::size_t n) {
  if (hints.nodes.size() != n) {
    throw Error("drawing hints cover " + std::to_string(hints.nodes.size()) + " nodes of " +
                std::to_string(n));
  }
  const auto real = [&hints](double NodeVisual::*field) {
    return [&hints, field](std::size_t v, ExportValue& value) {
      value.data = hints.nodes[v].*field;
      return true;
    };
  };
  const auto channel = [&hints](std::uint8_t NodeVisual::*field) {
    return [&hints, field](std::size_t v, ExportValue& value) {
      value.data = std::int64_t{hints.nodes[v].*field};
      return true;
    };
  };
  computed.add(std::string(hint::kX), AttrType::Double, real(&NodeVisual::x));
  computed.add(std::string(hint::kY), AttrType::Double, real(&NodeVisual::y));
  computed.add(std::string(hint::kSize), AttrType::Double, real(&NodeVisual::size));
  computed.add(std::string(hint::kR), AttrType::Int, channel(&NodeVisual::r));
  computed.add(std::string(hint::kG), AttrType::Int, channel(&NodeVisual::g));
  computed.add(std::string(hint::kB), AttrType::Int, channel(&NodeVisual::b));
  computed.add(std::string(hint::kColor), AttrType::String,
               [&hints](std::size_t v, ExportValue& value) {
                 value.set_owned_text(hints.nodes[v].color());
                 return true;
               });
}

}  // namespace

ExportColumns node_export_columns(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                  const DrawingHints* hints) {
  const std::size_t n = graph.node_count();
  const StringPool& pool = graph.strings();
  ExportColumns columns;
  columns.add(std::string(attr::kLabel), AttrType::String,
              vertex_text(graph, &KnowledgeGraph::label));
  columns.add("type", AttrType::String, vertex_text(graph, &KnowledgeGraph::type));
  columns.add(std::string(attr::kAliases), AttrType::StringList,
              // On every node, none or not (DESIGN.md "Exported attributes"): an empty list.
              [&graph](std::size_t v, ExportValue& value) {
                value.data = graph.node_list(static_cast<VertexId>(v), attr::kAliases);
                return true;
              });
  if (const AttributeColumn* description = graph.node_attributes().find(attr::kDescription)) {
    add_stored(columns, *description, n, pool);
  }

  // Computed values replace stored columns of the same name, so they are claimed before those.
  ExportColumns computed;
  add_metric_columns(computed, analysis, n);
  if (hints != nullptr) add_hint_columns(computed, *hints, n);
  for (const AttributeColumn& column : graph.node_attributes().columns()) {
    if (columns.has(column.name()) || computed.has(column.name())) continue;
    add_stored(columns, column, n, pool);
  }
  for (const ExportColumn& column : computed.columns())
    columns.add(column.name, column.type, column.read);
  columns.drop_unused(n, {attr::kAliases});
  return columns;
}

ExportColumns edge_export_columns(const KnowledgeGraph& graph) {
  const std::size_t m = graph.edge_count();
  const StringPool& pool = graph.strings();
  const AttributeTable& table = graph.edge_attributes();
  ExportColumns columns;
  // relation and label are derived (each falls back to the other), so they are always strings; a
  // non-string column of that name still counts, as its text.
  const auto derived = [&graph, &pool, &table](std::string_view name, bool is_relation) {
    const AttributeColumn* column = table.find(name);
    if (column != nullptr && column->type() == AttrType::String) column = nullptr;
    return [&graph, &pool, column, is_relation](std::size_t e, ExportValue& value) {
      const auto edge = static_cast<EdgeId>(e);
      const std::string_view text = is_relation ? graph.relation(edge) : graph.edge_label(edge);
      if (!text.empty()) {
        value.data = text;
        return true;
      }
      if (column == nullptr || !column->has(e)) return false;
      value.set_owned_text(attribute_text(*column, e, pool));
      return true;
    };
  };
  columns.add(std::string(attr::kRelation), AttrType::String, derived(attr::kRelation, true));
  columns.add(std::string(attr::kLabel), AttrType::String, derived(attr::kLabel, false));
  for (std::string_view name :
       {attr::kConfidence, attr::kEvidence, attr::kSourceDoc, attr::kDate}) {
    if (const AttributeColumn* column = table.find(name)) add_stored(columns, *column, m, pool);
  }
  columns.add(std::string(attr::kWeight), AttrType::Double,
              [&graph](std::size_t e, ExportValue& value) {
                value.data = graph.edge_number(static_cast<EdgeId>(e), attr::kWeight).value_or(1.0);
                return true;
              });
  if (const AttributeColumn* column = table.find(attr::kAccordingTo)) {
    add_stored(columns, *column, m, pool);
  }
  for (const AttributeColumn& column : table.columns()) {
    if (!columns.has(column.name())) add_stored(columns, column, m, pool);
  }
  columns.drop_unused(m, {attr::kWeight});
  return columns;
}

ExportPlan::ExportPlan(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                       const DrawingHints* hints,
                       std::initializer_list<std::string_view> node_reserved,
                       std::initializer_list<std::string_view> edge_reserved)
    : nodes(node_export_columns(graph, analysis, hints)),
      edges(edge_export_columns(graph)),
      node_values(nodes.without(node_reserved)),
      edge_values(edges.without(edge_reserved)) {}

}  // namespace kgviz
