#include "io/csv_reader.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <deque>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/text.hpp"
#include "io/text_typing.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

struct Cell {
  std::string_view text;
  std::uint32_t line;
  std::uint32_t column;
};

/// A parsed delimited file: the header and the data rows, row-major.
struct Table {
  std::vector<Cell> header;
  std::vector<Cell> cells;  // rows x header.size()
  std::deque<std::string> unescaped;  // storage of quoted fields that held "" escapes or newlines
  [[nodiscard]] std::size_t rows() const { return header.empty() ? 0 : cells.size() / header.size(); }
  [[nodiscard]] const Cell& at(std::size_t row, std::size_t column) const {
    return cells[row * header.size() + column];
  }
};

/// RFC 4180 splitter: quoted fields with "" escapes and embedded line breaks, CRLF or LF records,
/// a leading UTF-8 BOM skipped, blank lines ignored.
class Splitter {
 public:
  Splitter(std::string_view text, char delimiter, const ReadLimits& limits, DiagnosticSink& sink)
      : text_(text), delimiter_(delimiter), limits_(limits), sink_(sink) {}

  bool split(Table& table) {
    std::size_t i = bom_length(text_);
    line_start_ = 0;
    std::vector<Cell> record;
    bool first = true;
    while (i < text_.size()) {
      const std::uint32_t record_line = line_;
      record.clear();
      if (!read_record(i, record, table)) return false;
      if (record.size() == 1 && record[0].text.empty()) continue;  // a blank line
      if (first) {
        table.header = record;
        first = false;
        continue;
      }
      if (record.size() != table.header.size()) {
        sink_.error(record_line, 1,
                    "row has " + std::to_string(record.size()) + " field" +
                        (record.size() == 1 ? "" : "s") + "; the header has " +
                        std::to_string(table.header.size()));
        continue;
      }
      table.cells.insert(table.cells.end(), record.begin(), record.end());
    }
    if (first) {
      sink_.error(1, 1, "empty input: no header line");
      return false;
    }
    return true;
  }

 private:
  bool read_record(std::size_t& i, std::vector<Cell>& record, Table& table) {
    while (true) {
      Cell cell{{}, line_, static_cast<std::uint32_t>(i - line_start_ + 1)};
      if (i < text_.size() && text_[i] == '"') {
        if (!read_quoted(i, cell, table)) return false;
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

  bool read_quoted(std::size_t& i, Cell& cell, Table& table) {
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
      table.unescaped.push_back(std::move(value));
      cell.text = table.unescaped.back();
    } else {
      cell.text = text_.substr(open + 1, i - open - 1);
    }
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
  std::uint32_t line_ = 1;
  std::size_t line_start_ = 0;
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
  static const char* const kKnown[] = {"source", "target", "weight",     "label",
                                       "relation", "confidence", "evidence", "source_doc",
                                       "date",   "according_to", "id",     "type",
                                       "aliases", "description"};
  const std::string name(trim(header));
  const std::string folded = lower(name);
  for (const char* known : kKnown) {
    if (folded == known) return folded;
  }
  return name;
}

/// The column type of every non-empty cell of a column (the text typing rule: boolean, long,
/// double, else string).
AttrType infer_type(const Table& table, std::size_t column) {
  TextColumnTyping typing;
  for (std::size_t row = 0; row < table.rows(); ++row) typing.observe(table.at(row, column).text);
  return typing.type();
}

/// Stores cell `row` of `column` into attribute column `target` at element `index`.
void store_cell(const Table& table, std::size_t row, std::size_t column, AttributeColumn& target,
                std::size_t index, StringPool& pool) {
  store_text_value(target, index, table.at(row, column).text, pool);
}

Table split_or_throw(const InputSource& input, char delimiter, const ReadOptions& options,
                     DiagnosticSink& sink) {
  Table table;
  try {
    if (check_utf8(input.content, sink)) {
      Splitter(input.content, delimiter, options.limits, sink).split(table);
    }
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  return table;
}

std::optional<std::size_t> find_column(const std::vector<std::string>& names, std::string_view name) {
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (names[i] == name) return i;
  }
  return std::nullopt;
}

std::vector<std::string> column_names(const Table& table, DiagnosticSink& sink) {
  std::vector<std::string> names;
  for (const Cell& cell : table.header) {
    std::string name = column_name(cell.text);
    if (name.empty()) {
      sink.error(cell.line, cell.column, "empty column name in the header");
    } else if (find_column(names, name)) {
      sink.error(cell.line, cell.column, "column '" + name + "' appears twice in the header");
    }
    names.push_back(std::move(name));
  }
  return names;
}

class CsvGraphBuilder {
 public:
  CsvGraphBuilder(const ReadOptions& options) : options_(options) {}

  void read_nodes(const InputSource& input) {
    const char delimiter = input.path.size() >= 4 &&
                                   lower(input.path.substr(input.path.size() - 4)) == ".tsv"
                               ? '\t'
                               : ',';
    DiagnosticSink sink(input.display_name, options_.max_errors);
    const Table table = split_or_throw(input, delimiter, options_, sink);
    try {
      const std::vector<std::string> names = column_names(table, sink);
      const auto id = find_column(names, "id");
      if (!id) sink.error(1, 1, "the node table's header has no 'id' column");
      sink.throw_if_any();
      const auto label = find_column(names, "label");
      const auto type = find_column(names, "type");
      const auto aliases = find_column(names, "aliases");
      std::vector<std::pair<std::size_t, AttributeColumn*>> attributes;
      for (std::size_t c = 0; c < names.size(); ++c) {
        if (c == *id || c == label || c == type || c == aliases) continue;
        attributes.emplace_back(c, graph_.node_attributes().ensure(names[c], infer_type(table, c)));
      }
      for (std::size_t row = 0; row < table.rows(); ++row) {
        const Cell& id_cell = table.at(row, *id);
        if (id_cell.text.empty()) {
          sink.error(id_cell.line, id_cell.column, "empty node id");
          continue;
        }
        if (graph_.find(id_cell.text)) {
          sink.error(id_cell.line, id_cell.column,
                     "duplicate node id '" + abbreviate(id_cell.text, 60) + "'");
          continue;
        }
        check_node_limit(sink, id_cell);
        const std::string_view label_text = label ? table.at(row, *label).text : std::string_view();
        const VertexId v = graph_.add_entity(id_cell.text, label_text.empty() ? id_cell.text : label_text,
                                             type ? table.at(row, *type).text : std::string_view());
        if (aliases && !table.at(row, *aliases).text.empty()) {
          graph_.set_node_list(v, attr::kAliases, split_aliases(table.at(row, *aliases).text));
        }
        for (auto& [c, column] : attributes) store_cell(table, row, c, *column, v, graph_.strings());
      }
    } catch (const ErrorCapReached&) {
    }
    sink.throw_if_any();
  }

  void read_edges(const InputSource& input, char delimiter) {
    DiagnosticSink sink(input.display_name, options_.max_errors);
    const Table table = split_or_throw(input, delimiter, options_, sink);
    try {
      const std::vector<std::string> names = column_names(table, sink);
      const auto source = find_column(names, "source");
      const auto target = find_column(names, "target");
      if (!source) sink.error(1, 1, "the header has no 'source' column (edge lists need source,target)");
      if (!target) sink.error(1, 1, "the header has no 'target' column (edge lists need source,target)");
      sink.throw_if_any();
      if (table.rows() == 0) sink.error(1, 1, "no edges: the file has a header but no rows");
      const auto weight = find_column(names, "weight");
      std::vector<std::pair<std::size_t, AttributeColumn*>> attributes;
      for (std::size_t c = 0; c < names.size(); ++c) {
        if (c == *source || c == *target) continue;
        AttrType type = infer_type(table, c);
        if (c == weight) {
          check_weights(table, c, sink);
          type = AttrType::Double;
        }
        attributes.emplace_back(c, graph_.edge_attributes().ensure(names[c], type));
      }
      sink.throw_if_any();
      for (std::size_t row = 0; row < table.rows(); ++row) {
        const Cell& from = table.at(row, *source);
        const Cell& to = table.at(row, *target);
        if (from.text.empty() || to.text.empty()) {
          const Cell& empty = from.text.empty() ? from : to;
          sink.error(empty.line, empty.column, "empty source or target id");
          continue;
        }
        if (graph_.edge_count() >= options_.limits.max_edges) {
          sink.error(from.line, from.column,
                     "more than " + std::to_string(options_.limits.max_edges) +
                         " edges (raise the limit with --max-edges)");
          break;
        }
        const VertexId u = vertex(from, sink);
        const VertexId v = vertex(to, sink);
        const EdgeId e = graph_.add_relation(u, v);
        for (auto& [c, column] : attributes) store_cell(table, row, c, *column, e, graph_.strings());
      }
    } catch (const ErrorCapReached&) {
    }
    sink.throw_if_any();
    graph_.set_directed(!options_.undirected);
  }

  KnowledgeGraph take() { return std::move(graph_); }

 private:
  static std::vector<std::string> split_aliases(std::string_view text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= text.size()) {
      std::size_t end = text.find(';', start);
      if (end == std::string_view::npos) end = text.size();
      const std::string_view item = trim(text.substr(start, end - start));
      if (!item.empty()) out.emplace_back(item);
      start = end + 1;
    }
    return out;
  }

  void check_weights(const Table& table, std::size_t column, DiagnosticSink& sink) {
    for (std::size_t row = 0; row < table.rows(); ++row) {
      const Cell& cell = table.at(row, column);
      if (cell.text.empty()) continue;
      auto value = parse_text_real(cell.text);
      if (!value || !std::isfinite(*value)) {
        sink.error(cell.line, cell.column,
                   "weight '" + abbreviate(cell.text, 30) + "' is not a finite number");
      }
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
  if (options.nodes_file) builder.read_nodes(load_input(*options.nodes_file, options.limits, options.standard_input));
  builder.read_edges(input, delimiter);
  return builder.take();
}

}  // namespace kgviz
