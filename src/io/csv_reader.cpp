#include "io/csv_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <initializer_list>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/text.hpp"
#include "io/text_typing.hpp"
#include "model/csv_formula.hpp"
#include "model/diagnostics.hpp"
#include "model/list_text.hpp"

namespace kgviz {

namespace {

struct Cell {
  std::string_view text;
  std::uint32_t line;
  std::uint32_t column;
};

/// RFC 4180 records, one at a time: quoted fields with "" escapes and embedded line breaks, CRLF
/// or LF records, a leading UTF-8 BOM skipped, blank lines ignored. Only the current record is
/// held, so reading costs no memory beyond the input.
class Splitter {
 public:
  Splitter(std::string_view text, char delimiter, const ReadLimits& limits, DiagnosticSink& sink)
      : text_(text), delimiter_(delimiter), limits_(limits), sink_(sink), at_(bom_length(text)) {}

  /// The next record that is not a blank line, into `record` (its texts valid until the next
  /// call); false at the end of the input, or after an error (reported) that ends the read.
  bool next(std::vector<Cell>& record) {
    while (at_ < text_.size() && !failed_) {
      record.clear();
      unescaped_.clear();
      if (!read_record(record)) {
        failed_ = true;
        return false;
      }
      if (record.size() == 1 && record[0].text.empty()) continue;  // a blank line
      return true;
    }
    return false;
  }

 private:
  bool read_record(std::vector<Cell>& record) {
    std::size_t& i = at_;
    while (true) {
      Cell cell{{}, line_, static_cast<std::uint32_t>(i - line_start_ + 1)};
      if (i < text_.size() && text_[i] == '"') {
        if (!read_quoted(cell)) return false;
      } else {
        const std::size_t start = i;
        while (i < text_.size() && text_[i] != delimiter_ && text_[i] != '\n' &&
               !(text_[i] == '\r' && (i + 1 == text_.size() || text_[i + 1] == '\n'))) {
          ++i;
        }
        cell.text = text_.substr(start, i - start);
      }
      if (cell.text.size() > limits_.max_string_length) {
        sink_.error(cell.line, cell.column,
                    "field of " + std::to_string(cell.text.size()) + " bytes is longer than " +
                        std::to_string(limits_.max_string_length) +
                        " (raise the limit with --max-string-length)");
        return false;
      }
      if (record.size() == limits_.max_attributes) {
        sink_.error(cell.line, cell.column,
                    "more than " + std::to_string(limits_.max_attributes) +
                        " fields in a row (raise the limit with --max-attributes)");
        return false;
      }
      record.push_back(cell);
      if (i >= text_.size()) return true;
      if (text_[i] == delimiter_) {
        ++i;
        continue;
      }
      if (text_[i] == '\r') ++i;
      if (i < text_.size() && text_[i] == '\n') ++i;
      ++line_;
      line_start_ = i;
      return true;
    }
  }

  bool read_quoted(Cell& cell) {
    std::size_t& i = at_;
    const std::size_t open = i++;
    std::string value;
    bool copied = false;
    std::size_t start = i;
    while (true) {
      if (i >= text_.size()) {
        sink_.error(cell.line, cell.column, "unterminated quoted field (no closing \")");
        return false;
      }
      const char c = text_[i];
      if (c == '"') {
        if (i + 1 < text_.size() && text_[i + 1] == '"') {
          value.append(text_.substr(start, i + 1 - start));
          copied = true;
          i += 2;
          start = i;
          continue;
        }
        break;
      }
      if (c == '\n') {
        ++line_;
        line_start_ = i + 1;
      }
      ++i;
    }
    if (copied) {
      value.append(text_.substr(start, i - start));
      unescaped_.push_back(std::move(value));
      cell.text = unescaped_.back();
    } else {
      cell.text = text_.substr(open + 1, i - open - 1);
    }
    // kgviz's CSV writers guard formula cells with a `'` (quoted): undone, so tables read back.
    if (delimiter_ == ',') cell.text = without_formula_guard(cell.text);
    ++i;  // closing quote
    if (i < text_.size() && text_[i] != delimiter_ && text_[i] != '\n' && text_[i] != '\r') {
      sink_.error(line_, static_cast<std::uint32_t>(i - line_start_ + 1),
                  "unexpected character after a closing quote (quote the whole field)");
      return false;
    }
    return true;
  }

  std::string_view text_;
  char delimiter_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::size_t at_;
  bool failed_ = false;
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
  std::deque<std::string> unescaped_;  // fields of the current record that held "" escapes
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
  return text;
}

/// Attribute names kgviz knows are matched case-insensitively (Gephi writes `Weight`, `Label`).
std::string column_name(std::string_view header) {
  static const char* const kKnown[] = {
      "source",     "target", "weight",       "label", "relation", "confidence", "evidence",
      "source_doc", "date",   "according_to", "id",    "type",     "aliases",    "description"};
  const std::string name(trim(header));
  const std::string folded = lower(name);
  for (const char* known : kKnown) {
    if (folded == known) return folded;
  }
  return name;
}

std::optional<std::size_t> find_column(const std::vector<std::string>& names,
                                       std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

/// A delimited file, read in two passes over its text so that only one record is held at a time
/// (a first pass learns the columns' types, a second builds the graph): the header, then the data
/// rows as wide as it.
class DelimitedFile {
 public:
  DelimitedFile(const InputSource& input, char delimiter, const ReadLimits& limits,
                DiagnosticSink& sink)
      : input_(input), delimiter_(delimiter), limits_(limits), sink_(sink) {}

  /// Reads the header, checking the text is UTF-8 and every column name is non-empty and unique;
  /// false (reported) when it is not.
  bool read_header() {
    if (!check_utf8(input_.content, sink_)) return false;
    Splitter splitter(input_.content, delimiter_, limits_, sink_);
    std::vector<Cell> header;
    if (!splitter.next(header)) {
      if (sink_.empty()) sink_.error(1, 1, "empty input: no header line");
      return false;
    }
    std::unordered_set<std::string> seen;
    for (const Cell& cell : header) {
      std::string name = column_name(cell.text);
      if (name.empty()) {
        sink_.error(cell.line, cell.column, "empty column name in the header");
      } else if (!seen.insert(name).second) {
        sink_.error(cell.line, cell.column, "column '" + name + "' appears twice in the header");
      }
      names_.push_back(std::move(name));
    }
    return sink_.empty();
  }

  /// The header's column names (column_name()).
  [[nodiscard]] const std::vector<std::string>& names() const { return names_; }

  /// Calls `row(record)` for each data row as wide as the header, in file order, until it returns
  /// false; with `report`, rows of another width are reported (the first pass does). Returns
  /// whether the text was read to its end without an error that ends the read.
  template <class Row>
  bool each_row(bool report, Row row) {
    Splitter splitter(input_.content, delimiter_, limits_, sink_);
    std::vector<Cell> record;
    bool header = true;
    while (splitter.next(record)) {
      if (std::exchange(header, false)) continue;
      if (record.size() != names_.size()) {
        if (report) {
          sink_.error(record.front().line, 1,
                      "row has " + std::to_string(record.size()) + " field" +
                          (record.size() == 1 ? "" : "s") + "; the header has " +
                          std::to_string(names_.size()));
        }
        continue;
      }
      if (!row(record)) return true;
    }
    return sink_.empty();
  }

 private:
  const InputSource& input_;
  char delimiter_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  std::vector<std::string> names_;
};

/// The column playing a role (edge source, edge target, node id): the one `option` names (exact,
/// else any case; a usage error listing the header when there is none), else the first of
/// `synonyms` (lower case) that a column is named, in any case.
std::optional<std::size_t> role_column(const std::vector<std::string>& names,
                                       const std::string& option, std::string_view flag,
                                       std::initializer_list<std::string_view> synonyms,
                                       const InputSource& input) {
  if (!option.empty()) {
    if (auto exact = find_column(names, option)) return exact;
    const std::string folded = lower(option);
    for (std::size_t c = 0; c < names.size(); ++c) {
      if (lower(names[c]) == folded) return c;
    }
    std::string listed;
    for (std::size_t c = 0; c < names.size() && c < 20; ++c) {
      listed += (c == 0 ? "" : ", ") + abbreviate(names[c], 40);
    }
    if (names.size() > 20) listed += ", ... (" + std::to_string(names.size()) + " columns)";
    throw UsageError(std::string(flag) + " " + option + ": " + input.display_name +
                     " has no such column (its columns: " + listed + ")");
  }
  std::unordered_map<std::string, std::size_t> folded;
  for (std::size_t c = 0; c < names.size(); ++c) folded.emplace(lower(names[c]), c);
  for (const std::string_view synonym : synonyms) {
    if (auto it = folded.find(std::string(synonym)); it != folded.end()) return it->second;
  }
  return std::nullopt;
}

/// A direction as Gephi's edge tables spell it in their `Type` column (any case; Mutual is a
/// relation both ways, an undirected edge), or Other.
enum class EdgeKind { Directed, Undirected, Other };

EdgeKind edge_kind(std::string_view text) {
  const std::string folded = lower(trim(text));
  if (folded == "directed") return EdgeKind::Directed;
  if (folded == "undirected" || folded == "mutual") return EdgeKind::Undirected;
  return EdgeKind::Other;
}

/// What an edge table's `type` column says of direction: when every value is Directed,
/// Undirected or Mutual it is Gephi's direction column; any other value makes it an ordinary
/// column (a relation type, say). Fed one value at a time.
class DirectionColumn {
 public:
  void see(const Cell& cell) {
    if (cell.text.empty() || other_) return;
    const EdgeKind kind = edge_kind(cell.text);
    if (kind == EdgeKind::Other) {
      other_ = true;
    } else if (!first_) {
      first_ = kind;
      first_line_ = cell.line;
      first_text_ = trim(cell.text);
    } else if (kind != *first_ && !mixed_) {
      mixed_ = cell;
      mixed_text_ = trim(cell.text);
    }
  }

  /// Whether the column gives the direction (and is not kept as an attribute).
  [[nodiscard]] bool decides() const { return !other_ && first_.has_value(); }
  [[nodiscard]] bool directed() const { return first_ == EdgeKind::Directed; }

  /// Reports the first value whose direction differs from the first one's: a graph has one.
  void report_mix(DiagnosticSink& sink) const {
    if (!decides() || !mixed_) return;
    sink.error(mixed_->line, mixed_->column,
               "Type '" + abbreviate(mixed_text_, 20) + "' after '" + abbreviate(first_text_, 20) +
                   "' on line " + std::to_string(first_line_) +
                   ": a graph is directed or undirected throughout (--undirected reads every edge "
                   "as undirected)");
  }

 private:
  bool other_ = false;
  std::optional<EdgeKind> first_;
  std::uint32_t first_line_ = 0;
  std::string first_text_;
  std::optional<Cell> mixed_;  // position only: its text is gone after the pass
  std::string mixed_text_;
};

/// The attribute columns a table fills: one per header column it keeps, typed by a first pass.
using ColumnTargets = std::vector<std::pair<std::size_t, AttributeColumn*>>;

class CsvGraphBuilder {
 public:
  explicit CsvGraphBuilder(const ReadOptions& options) : options_(options) {}

  void read_nodes(const InputSource& input) {
    const char delimiter =
        input.path.size() >= 4 && lower(input.path.substr(input.path.size() - 4)) == ".tsv" ? '\t'
                                                                                            : ',';
    DiagnosticSink sink(input.display_name, options_.max_errors, options_.on_warning);
    try {
      DelimitedFile file(input, delimiter, options_.limits, sink);
      if (file.read_header()) build_nodes(file, input, sink);
    } catch (const ErrorCapReached&) {
    }
    sink.throw_sorted_if_any();
  }

  void read_edges(const InputSource& input, char delimiter) {
    DiagnosticSink sink(input.display_name, options_.max_errors, options_.on_warning);
    try {
      DelimitedFile file(input, delimiter, options_.limits, sink);
      if (file.read_header()) build_edges(file, input, sink);
    } catch (const ErrorCapReached&) {
    }
    sink.throw_sorted_if_any();
  }

  KnowledgeGraph take() { return std::move(graph_); }

 private:
  void build_nodes(DelimitedFile& file, const InputSource& input, DiagnosticSink& sink) {
    const std::vector<std::string>& names = file.names();
    const auto id =
        role_column(names, options_.csv_columns.id, "--id-col", {"id", "node", "name"}, input);
    if (!id) {
      sink.error(1, 1,
                 "the node table's header has no id column (id, node or name, any case; or "
                 "name it with --id-col)");
      return;
    }
    const auto label = find_column(names, "label");
    const auto type = find_column(names, "type");
    const auto aliases = find_column(names, "aliases");
    const auto is_attribute = [&](std::size_t c) {
      return c != *id && c != label && c != type && c != aliases;
    };
    std::vector<TextColumnTyping> types(names.size());
    if (!file.each_row(true, [&](const std::vector<Cell>& record) {
          for (std::size_t c = 0; c < record.size(); ++c) types[c].observe(record[c].text);
          return true;
        })) {
      return;
    }
    const ColumnTargets columns =
        make_columns(graph_.node_attributes(), names, types_of(types), is_attribute);
    file.each_row(false, [&](const std::vector<Cell>& record) {
      const Cell& id_cell = record[*id];
      if (id_cell.text.empty()) {
        sink.error(id_cell.line, id_cell.column, "empty node id");
        return true;
      }
      if (graph_.find(id_cell.text)) {
        sink.error(id_cell.line, id_cell.column,
                   "duplicate node id '" + abbreviate(id_cell.text, 60) + "'");
        return true;
      }
      check_node_limit(sink, id_cell);
      const std::string_view label_text = label ? record[*label].text : std::string_view();
      const VertexId v =
          graph_.add_entity(id_cell.text, label_text.empty() ? id_cell.text : label_text,
                            type ? record[*type].text : std::string_view());
      if (aliases && !record[*aliases].text.empty()) {
        graph_.set_node_list(v, attr::kAliases, split_list(record[*aliases].text));
      }
      store_row(record, columns, v);
      return true;
    });
  }

  void build_edges(DelimitedFile& file, const InputSource& input, DiagnosticSink& sink) {
    const std::vector<std::string>& names = file.names();
    const CsvColumnNames& named = options_.csv_columns;
    const auto source =
        role_column(names, named.source, "--source-col", {"source", "from", "src"}, input);
    const auto target =
        role_column(names, named.target, "--target-col", {"target", "to", "dst"}, input);
    if (!source) {
      sink.error(1, 1,
                 "the header has no source column (source, from or src, any case; or name "
                 "it with --source-col)");
    }
    if (!target) {
      sink.error(1, 1,
                 "the header has no target column (target, to or dst, any case; or name "
                 "it with --target-col)");
    }
    if (!source || !target) return;
    if (source == target) {
      throw UsageError("--source-col and --target-col name the same column '" + names[*source] +
                       "'");
    }
    const auto weight = find_column(names, "weight");
    const auto kind = find_column(names, "type");

    // First pass: the columns' types, and every problem of a row.
    std::vector<TextColumnTyping> types(names.size());
    DirectionColumn direction;
    std::size_t edges = 0;
    const bool read = file.each_row(true, [&](const std::vector<Cell>& record) {
      const Cell& from = record[*source];
      const Cell& to = record[*target];
      if (from.text.empty() || to.text.empty()) {
        const Cell& empty = from.text.empty() ? from : to;
        sink.error(empty.line, empty.column, "empty source or target id");
      } else if (++edges > options_.limits.max_edges) {
        sink.error(from.line, from.column,
                   "more than " + std::to_string(options_.limits.max_edges) +
                       " edges (raise the limit with --max-edges)");
        return false;
      }
      for (std::size_t c = 0; c < record.size(); ++c) types[c].observe(record[c].text);
      if (weight) check_weight(record[*weight], sink);
      if (kind) direction.see(record[*kind]);
      return true;
    });
    if (!read) return;
    if (edges == 0 && sink.empty()) sink.error(1, 1, "no edges: the file has a header but no rows");
    if (!options_.undirected) direction.report_mix(sink);
    if (!sink.empty()) return;

    // Second pass: the graph.
    std::vector<AttrType> column_types = types_of(types);
    if (weight) column_types[*weight] = AttrType::Double;  // checked numbers, integers too
    const ColumnTargets columns =
        make_columns(graph_.edge_attributes(), names, column_types, [&](std::size_t c) {
          return c != *source && c != *target && !(c == kind && direction.decides());
        });
    file.each_row(false, [&](const std::vector<Cell>& record) {
      const Cell& from = record[*source];
      const Cell& to = record[*target];
      if (from.text.empty() || to.text.empty()) return true;
      const VertexId u = vertex(from, sink);
      const VertexId v = vertex(to, sink);
      store_row(record, columns, graph_.add_relation(u, v));
      return true;
    });
    graph_.set_directed(!options_.undirected && (!direction.decides() || direction.directed()));
  }

  static std::vector<AttrType> types_of(const std::vector<TextColumnTyping>& inferred) {
    std::vector<AttrType> types;
    types.reserve(inferred.size());
    for (const TextColumnTyping& column : inferred) types.push_back(column.type());
    return types;
  }

  /// The columns of `table` for the header columns `keep(c)` accepts, of `types[c]`.
  template <class Keep>
  static ColumnTargets make_columns(AttributeTable& table, const std::vector<std::string>& names,
                                    const std::vector<AttrType>& types, Keep keep) {
    ColumnTargets columns;
    for (std::size_t c = 0; c < names.size(); ++c) {
      if (keep(c)) columns.emplace_back(c, table.ensure(names[c], types[c]));
    }
    return columns;
  }

  void store_row(const std::vector<Cell>& record, const ColumnTargets& columns, std::size_t index) {
    for (const auto& [c, column] : columns)
      store_text_value(*column, index, record[c].text, graph_.strings());
  }

  static void check_weight(const Cell& cell, DiagnosticSink& sink) {
    if (cell.text.empty()) return;
    const auto value = parse_text_real(cell.text);
    if (!value || !std::isfinite(*value)) {
      sink.error(cell.line, cell.column,
                 "weight '" + abbreviate(cell.text, 30) + "' is not a finite number");
    }
  }

  void check_node_limit(DiagnosticSink& sink, const Cell& cell) {
    if (graph_.node_count() >= options_.limits.max_nodes) {
      sink.error(cell.line, cell.column,
                 "more than " + std::to_string(options_.limits.max_nodes) +
                     " nodes (raise the limit with --max-nodes)");
      throw ErrorCapReached();
    }
  }

  VertexId vertex(const Cell& cell, DiagnosticSink& sink) {
    if (auto v = graph_.find(cell.text)) return *v;
    check_node_limit(sink, cell);
    return graph_.add_entity(cell.text, cell.text, "");
  }

  const ReadOptions& options_;
  KnowledgeGraph graph_;
};

}  // namespace

KnowledgeGraph read_csv(const InputSource& input, const ReadOptions& options, char delimiter) {
  CsvGraphBuilder builder(options);
  if (options.nodes_file)
    builder.read_nodes(load_input(*options.nodes_file, options.limits, options.standard_input));
  builder.read_edges(input, delimiter);
  return builder.take();
}

}  // namespace kgviz
