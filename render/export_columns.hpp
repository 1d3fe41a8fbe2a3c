// The attribute columns of the data contract (DESIGN.md "Exported attributes") as the data writers
// export them: which columns, in which order, with which type, and each row's value. GraphML, GEXF
// and the JSON forms all read this one definition, so a file of one format never carries an
// attribute the others miss. Internal to render/.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <variant>
#include <vector>

#include "model/analysis_result.hpp"
#include "model/drawing_hints.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz {

/// One value of an exported column: a boolean, an integer, a real (NaN for an undefined metric:
/// XML omits it, JSON writes null), a text or a list of texts. Texts are views into the graph's
/// string pool or into `storage`, valid until the value is read into again; so a value is reused,
/// never copied (a copy's views would point into the original's storage).
struct ExportValue {
  using Data =
      std::variant<bool, std::int64_t, double, std::string_view, std::vector<std::string_view>>;
  ExportValue() = default;
  ExportValue(const ExportValue&) = delete;
  ExportValue& operator=(const ExportValue&) = delete;

  /// Holds `text`, kept in `storage`.
  void set_owned_text(std::string text);
  [[nodiscard]] bool is_nan() const;

  Data data;
  std::string storage;
};

/// The text of a value where a format has only text (a CSV cell): numbers as the shortest text
/// that reads back to the same double (format_double), NaN as "", booleans true/false, lists
/// joined by "; " (model/list_text.hpp).
std::string export_value_text(const ExportValue& value);

/// One exported column: its name, its type, and how to read a row (vertex, edge, or 0 for the
/// graph). `read` returns false when the row has no value.
struct ExportColumn {
  using Reader = std::function<bool(std::size_t row, ExportValue& value)>;
  std::string name;
  /// Int only when every value fits 32 bits (GraphML `int` and GEXF `integer` are 32-bit in Gephi);
  /// StringList for lists, which XML formats write joined by "; " and JSON as arrays.
  AttrType type = AttrType::String;
  Reader read;
};

/// The columns of one element kind, in output order, with unique names (the first added wins).
class ExportColumns {
 public:
  void add(std::string name, AttrType type, ExportColumn::Reader read);
  [[nodiscard]] bool has(std::string_view name) const {
    return names_.count(std::string(name)) != 0;
  }
  [[nodiscard]] const ExportColumn* find(std::string_view name) const;
  /// The columns not named in `names` (those a format carries elsewhere or reserves), in order.
  [[nodiscard]] std::vector<const ExportColumn*> without(
      std::initializer_list<std::string_view> names) const;
  /// Keeps only the columns that have a value other than NaN in some row of [0, rows), and those
  /// named in `always`. O(rows x columns).
  void drop_unused(std::size_t rows, std::initializer_list<std::string_view> always = {});
  [[nodiscard]] const std::vector<ExportColumn>& columns() const { return columns_; }

 private:
  std::vector<ExportColumn> columns_;
  std::unordered_set<std::string> names_;
};

/// The type a stored column is exported as: its own, but Int -> Long when a value of [0, rows)
/// does not fit 32 bits.
AttrType export_type(const AttributeColumn& column, std::size_t rows);
/// Reads a stored column as it is (the column and the pool must outlive the reader).
ExportColumn::Reader stored_column_reader(const AttributeColumn& column, const StringPool& pool);

/// Node columns: `label`, `type`, `aliases` (StringList), `description`, every other node column,
/// every metric (Integer -> Long, Real -> Double; NaN read as NaN) and, when `hints` is not null,
/// `x`, `y`, `size` (Double), `r`, `g`, `b` (Int), `color` (`#rrggbb`). A stored column named like
/// a built-in, a metric or a hint is left out: the computed value replaces it (input attributes of
/// those names were renamed when read, cli/input_columns.hpp; a stored one is an earlier kgviz
/// run's). Only columns with a value are kept. The readers refer to the arguments, which must
/// outlive the result.
///
/// Throws Error when `hints` or a metric column does not have one entry per node.
ExportColumns node_export_columns(const KnowledgeGraph& graph, const AnalysisResult& analysis,
                                  const DrawingHints* hints);

/// Edge columns: `relation` (the relation type), `label` (display text; each falls back to the
/// other), `confidence`, `evidence`, `source_doc`, `date`, `weight` (Double, always, default 1; a
/// non-numeric weight reads as 1), `according_to`, then every other edge column. Only columns with
/// a value are kept, and `weight`.
ExportColumns edge_export_columns(const KnowledgeGraph& graph);

/// The node and edge columns of one export, and those of them that a format writes as ordinary
/// attributes: all but the names it carries elsewhere or reserves. Movable, not copyable (the
/// selections point into the columns).
struct ExportPlan {
  ExportPlan(const KnowledgeGraph& graph, const AnalysisResult& analysis, const DrawingHints* hints,
             std::initializer_list<std::string_view> node_reserved,
             std::initializer_list<std::string_view> edge_reserved);
  ExportPlan(const ExportPlan&) = delete;
  ExportPlan& operator=(const ExportPlan&) = delete;
  ExportPlan(ExportPlan&&) = default;
  ExportPlan& operator=(ExportPlan&&) = default;

  ExportColumns nodes;
  ExportColumns edges;
  std::vector<const ExportColumn*> node_values;
  std::vector<const ExportColumn*> edge_values;
};

}  // namespace kgviz
