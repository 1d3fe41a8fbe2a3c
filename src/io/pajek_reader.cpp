#include "io/pajek_reader.hpp"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/node_names.hpp"
#include "io/text.hpp"
#include "io/text_typing.hpp"
#include "model/diagnostics.hpp"
#include "model/value_typing.hpp"

namespace kgviz {

namespace {

/// One whitespace-separated token of a line; a quoted token's text is inside its quotes.
struct Field {
  std::string_view text;
  std::size_t offset = 0;  ///< byte offset in the input
  bool quoted = false;
};

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool is_unquoted_number(const Field& field) {
  return !field.quoted && real_of(field.text).has_value();
}

// Pajek's drawing parameters (Pajek manual, "Drawing/Export"): appearance, not data.
constexpr std::string_view kVertexDrawing[] = {
    "x_fact", "y_fact", "phi", "r", "q", "ic", "bc", "bw", "lc", "la", "lr", "lphi", "fos", "font"};
constexpr std::string_view kEdgeDrawing[] = {"w",    "c",  "p",  "lp",  "s",   "a",  "ap",
                                             "h1",   "h2", "a1", "a2",  "k1",  "k2", "lr",
                                             "lphi", "lc", "la", "fos", "font"};
constexpr std::string_view kShapes[] = {"ellipse", "box",   "diamond", "triangle",
                                        "cross",   "empty", "man",     "woman"};

template <std::size_t N>
bool listed(const std::string_view (&names)[N], std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

/// The section a line belongs to; Skipped: one already reported as unsupported.
enum class Section { None, Vertices, Arcs, Edges, ArcsList, EdgesList, Matrix, Skipped };

/// Key-value pairs of one line, as indices into the reader's key names and the values' text.
struct Pairs {
  std::size_t first = 0;  ///< into PajekReader::pairs_
  std::size_t count = 0;
};

struct Vertex {
  std::optional<std::string_view> label;
  std::optional<double> x, y, z;
  Pairs pairs;
};

struct Arc {
  std::uint32_t from = 0;  ///< 1-based vertex numbers
  std::uint32_t to = 0;
  bool undirected = false;
  std::optional<double> weight;
  std::optional<std::string_view> relation;
  Pairs pairs;
};

class PajekReader {
 public:
  PajekReader(std::string_view text, const ReadOptions& options, DiagnosticSink& sink)
      : text_(text), options_(options), sink_(sink), lines_(text) {}

  void read(KnowledgeGraph& graph) {
    std::size_t at = bom_length(text_);
    while (at < text_.size()) {
      std::size_t end = text_.find('\n', at);
      if (end == std::string_view::npos) end = text_.size();
      std::string_view line = text_.substr(at, end - at);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (!split(line, at)) {
        at = end + 1;
        continue;
      }
      if (!fields_.empty() && fields_[0].text.substr(0, 1) == "%" && !fields_[0].quoted) {
        at = end + 1;
        continue;  // a comment
      }
      if (!fields_.empty()) {
        if (!fields_[0].quoted && fields_[0].text.substr(0, 1) == "*") {
          section_line(line, at);
        } else {
          data_line();
        }
      }
      at = end + 1;
    }
    finish_matrix(text_.size());
    if (!sink_.empty()) return;
    if (!vertices_seen_ || vertex_count_ == 0) {
      error(vertices_offset_, "the network has no vertices");
      return;
    }
    build(graph);
  }

 private:
  void error(std::size_t offset, std::string message) {
    const auto [line, column] = lines_.at(offset);
    sink_.error(line, column, std::move(message));
  }

  /// Splits `line` (at byte `start`) into fields; false (reported) on an unterminated quote or
  /// a field beyond --max-string-length.
  bool split(std::string_view line, std::size_t start) {
    fields_.clear();
    std::size_t i = 0;
    while (i < line.size()) {
      while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
      if (i >= line.size()) break;
      Field field;
      field.offset = start + i;
      if (line[i] == '"') {
        const std::size_t close = line.find('"', i + 1);
        if (close == std::string_view::npos) {
          error(field.offset, "unterminated quoted label (no closing \" on its line)");
          return false;
        }
        field.text = line.substr(i + 1, close - i - 1);
        field.quoted = true;
        i = close + 1;
      } else {
        const std::size_t begin = i;
        while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
        field.text = line.substr(begin, i - begin);
      }
      if (field.text.size() > options_.limits.max_string_length) {
        error(field.offset, "field of " + std::to_string(field.text.size()) +
                                " bytes is longer than " +
                                std::to_string(options_.limits.max_string_length) +
                                " (raise the limit with --max-string-length)");
        return false;
      }
      fields_.push_back(field);
    }
    return true;
  }

  // ---- sections

  void section_line(std::string_view line, std::size_t line_start) {
    const Field& head = fields_[0];
    const std::string name = lower(head.text);
    finish_matrix(head.offset);
    if (name == "*network") {
      if (network_seen_ || vertices_seen_) {
        error(head.offset, "a second network; kgviz reads one network per file");
        throw ErrorCapReached();
      }
      network_seen_ = true;
      std::string_view rest = line.substr(head.offset - line_start + head.text.size());
      while (!rest.empty() && (rest.front() == ' ' || rest.front() == '\t')) rest.remove_prefix(1);
      while (!rest.empty() && (rest.back() == ' ' || rest.back() == '\t')) rest.remove_suffix(1);
      if (rest.size() >= 2 && rest.front() == '"' && rest.back() == '"')
        rest = rest.substr(1, rest.size() - 2);
      network_name_ = rest;
      section_ = Section::None;
      return;
    }
    if (name == "*vertices") {
      vertices(head);
      return;
    }
    static const std::pair<std::string_view, Section> kEdgeSections[] = {
        {"*arcs", Section::Arcs},
        {"*edges", Section::Edges},
        {"*arcslist", Section::ArcsList},
        {"*edgeslist", Section::EdgesList},
        {"*matrix", Section::Matrix}};
    for (const auto& [spelling, section] : kEdgeSections) {
      if (name != spelling) continue;
      if (!vertices_seen_) {
        error(head.offset, std::string(head.text) +
                               " before *Vertices (a Pajek network declares its "
                               "vertices first)");
        section_ = Section::Skipped;
        return;
      }
      section_ = section;
      matrix_row_ = 0;
      relation_ = section_relation();
      return;
    }
    error(head.offset, "unsupported Pajek section '" + abbreviate(head.text, 30) +
                           "' (kgviz reads *Network, *Vertices, *Arcs, *Edges, *Arcslist, "
                           "*Edgeslist and *Matrix)");
    section_ = Section::Skipped;
  }

  /// Reports a *Matrix section that ends (at `offset`) before its last row.
  void finish_matrix(std::size_t offset) {
    if (section_ == Section::Matrix && matrix_row_ < vertex_count_) {
      error(offset, "the *Matrix ends after " + std::to_string(matrix_row_) + " rows; *Vertices " +
                        "declares " + std::to_string(vertex_count_));
    }
    if (section_ == Section::Matrix) section_ = Section::Skipped;
  }

  /// The relation a section header names: `*Arcs :2 "friend"` (the name, else the number).
  std::optional<std::string_view> section_relation() {
    std::size_t i = 1;
    if (i >= fields_.size()) return std::nullopt;
    std::optional<std::string_view> relation;
    if (!fields_[i].quoted && fields_[i].text.substr(0, 1) == ":") {
      relation = fields_[i].text.size() > 1 ? fields_[i].text.substr(1) : std::string_view();
      ++i;
      if (relation->empty() && i < fields_.size() && !fields_[i].quoted)
        relation = fields_[i++].text;
    }
    if (i < fields_.size()) relation = fields_[i].text;
    return relation;
  }

  void vertices(const Field& head) {
    if (vertices_seen_) {
      error(head.offset, "a second *Vertices; kgviz reads one network per file");
      throw ErrorCapReached();
    }
    vertices_seen_ = true;
    vertices_offset_ = head.offset;
    section_ = Section::Vertices;
    if (fields_.size() < 2) {
      error(head.offset, "*Vertices needs the number of vertices");
      return;
    }
    const auto count = count_field(fields_[1], "the number of vertices");
    if (!count) return;
    if (*count > options_.limits.max_nodes) {
      error(fields_[1].offset, "more than " + std::to_string(options_.limits.max_nodes) +
                                   " nodes (raise the limit with --max-nodes)");
      throw ErrorCapReached();
    }
    vertex_count_ = *count;
    vertices_.resize(vertex_count_);
    listed_.assign(vertex_count_, false);
    if (fields_.size() >= 3) {
      const auto first_mode = count_field(fields_[2], "the size of the first mode");
      if (first_mode && *first_mode > vertex_count_) {
        error(fields_[2].offset, "the first mode has more vertices than the network");
      } else if (first_mode) {
        first_mode_ = *first_mode;
      }
    }
  }

  std::optional<std::size_t> count_field(const Field& field, std::string_view what) {
    std::int64_t value = 0;
    if (field.quoted || parse_integer(field.text, value) != NumberParse::Ok || value < 0) {
      error(field.offset, std::string(what) + " must be a whole number, not '" +
                              abbreviate(field.text, 30) + "'");
      return std::nullopt;
    }
    return static_cast<std::size_t>(value);
  }

  // ---- lines of a section

  void data_line() {
    switch (section_) {
      case Section::Vertices:
        vertex_line();
        break;
      case Section::Arcs:
      case Section::Edges:
        arc_line(section_ == Section::Edges);
        break;
      case Section::ArcsList:
      case Section::EdgesList:
        list_line(section_ == Section::EdgesList);
        break;
      case Section::Matrix:
        matrix_line();
        break;
      case Section::None:
        error(fields_[0].offset,
              "a line outside any section (a Pajek network starts with "
              "*Vertices N)");
        break;
      case Section::Skipped:
        break;
    }
  }

  /// A vertex number or edge end: an integer in 1..N; nullopt (reported) otherwise.
  std::optional<std::uint32_t> vertex_number(const Field& field) {
    std::int64_t value = 0;
    if (field.quoted || parse_integer(field.text, value) != NumberParse::Ok) {
      error(field.offset, "'" + abbreviate(field.text, 30) + "' is not a vertex number");
      return std::nullopt;
    }
    if (value < 1 || static_cast<std::uint64_t>(value) > vertex_count_) {
      error(field.offset, "vertex " + std::to_string(value) + " is not in 1.." +
                              std::to_string(vertex_count_) + " (*Vertices " +
                              std::to_string(vertex_count_) + ")");
      return std::nullopt;
    }
    return static_cast<std::uint32_t>(value);
  }

  /// Reads KEY VALUE pairs from field `from` on; keys in `drawing` are skipped. False (reported)
  /// for a key without a value.
  bool read_pairs(std::size_t from, Pairs& pairs, bool vertex) {
    pairs.first = pairs_.size();
    for (std::size_t i = from; i < fields_.size(); i += 2) {
      if (i + 1 >= fields_.size()) {
        error(fields_[i].offset,
              "parameter '" + abbreviate(fields_[i].text, 30) + "' has no value");
        return false;
      }
      const std::string_view key = fields_[i].text;
      if (vertex ? listed(kVertexDrawing, key) : listed(kEdgeDrawing, key)) continue;
      pairs_.emplace_back(key_index(vertex ? vertex_keys_ : edge_keys_, key), fields_[i + 1].text);
    }
    pairs.count = pairs_.size() - pairs.first;
    return true;
  }

  static std::size_t key_index(std::vector<std::string_view>& keys, std::string_view key) {
    const auto it = std::find(keys.begin(), keys.end(), key);
    if (it != keys.end()) return static_cast<std::size_t>(it - keys.begin());
    keys.push_back(key);
    return keys.size() - 1;
  }

  void vertex_line() {
    const auto which = vertex_number(fields_[0]);
    if (!which) return;
    if (listed_[*which - 1]) {
      error(fields_[0].offset, "vertex " + std::to_string(*which) + " is listed twice");
      return;
    }
    listed_[*which - 1] = true;
    Vertex& vertex = vertices_[*which - 1];
    if (fields_.size() < 2) return;
    vertex.label = fields_[1].text;
    std::size_t i = 2;
    std::vector<double> coordinates;
    while (i < fields_.size() && coordinates.size() < 3 && is_unquoted_number(fields_[i])) {
      coordinates.push_back(*real_of(fields_[i].text));
      ++i;
    }
    if (coordinates.size() == 1) {
      error(fields_[2].offset, "a vertex has two or three coordinates (x y [z]), not one");
      return;
    }
    if (coordinates.size() >= 2) {
      vertex.x = coordinates[0];
      vertex.y = coordinates[1];
      if (coordinates.size() == 3) vertex.z = coordinates[2];
    }
    // A shape (networkx writes `ellipse`) is a known shape name or an odd one out before pairs.
    if (i < fields_.size() &&
        (listed(kShapes, lower(fields_[i].text)) || (fields_.size() - i) % 2 == 1)) {
      ++i;
    }
    read_pairs(i, vertex.pairs, true);
  }

  void add_arc(Arc arc, std::size_t offset) {
    if (arcs_.size() >= options_.limits.max_edges) {
      error(offset, "more than " + std::to_string(options_.limits.max_edges) +
                        " edges (raise the limit with --max-edges)");
      throw ErrorCapReached();
    }
    arc.relation = relation_;
    any_arcs_ = any_arcs_ || !arc.undirected;
    any_edges_ = any_edges_ || arc.undirected;
    arcs_.push_back(arc);
  }

  void arc_line(bool undirected) {
    if (fields_.size() < 2) {
      error(fields_[0].offset, "an edge line needs two vertex numbers");
      return;
    }
    const auto from = vertex_number(fields_[0]);
    const auto to = vertex_number(fields_[1]);
    if (!from || !to) return;
    Arc arc;
    arc.from = *from;
    arc.to = *to;
    arc.undirected = undirected;
    std::size_t i = 2;
    if (i < fields_.size() && is_unquoted_number(fields_[i]))
      arc.weight = *real_of(fields_[i++].text);
    if (!read_pairs(i, arc.pairs, false)) return;
    add_arc(arc, fields_[0].offset);
  }

  void list_line(bool undirected) {
    const auto from = vertex_number(fields_[0]);
    if (!from) return;
    for (std::size_t i = 1; i < fields_.size(); ++i) {
      const auto to = vertex_number(fields_[i]);
      if (!to) continue;
      Arc arc;
      arc.from = *from;
      arc.to = *to;
      arc.undirected = undirected;
      add_arc(arc, fields_[i].offset);
    }
  }

  void matrix_line() {
    if (matrix_row_ >= vertex_count_) {
      error(fields_[0].offset,
            "the *Matrix has more rows than the " + std::to_string(vertex_count_) + " vertices");
      section_ = Section::Skipped;
      return;
    }
    if (fields_.size() != vertex_count_) {
      error(fields_[0].offset, "a *Matrix row has " + std::to_string(fields_.size()) +
                                   " numbers; the network has " + std::to_string(vertex_count_) +
                                   " vertices");
      ++matrix_row_;
      return;
    }
    const auto row = static_cast<std::uint32_t>(++matrix_row_);
    for (std::size_t column = 0; column < fields_.size(); ++column) {
      const auto value =
          is_unquoted_number(fields_[column]) ? real_of(fields_[column].text) : std::nullopt;
      if (!value) {
        error(fields_[column].offset,
              "'" + abbreviate(fields_[column].text, 30) + "' is not a number");
        continue;
      }
      if (*value == 0.0) continue;
      Arc arc;
      arc.from = row;
      arc.to = static_cast<std::uint32_t>(column + 1);
      arc.weight = *value;
      add_arc(arc, fields_[column].offset);
    }
  }

  // ---- the graph

  void build(KnowledgeGraph& graph) {
    std::vector<std::optional<std::string>> labels(vertex_count_);
    for (std::size_t v = 0; v < vertex_count_; ++v) {
      labels[v] = vertices_[v].label ? std::string(*vertices_[v].label) : std::to_string(v + 1);
    }
    const bool by_label = names_can_be_ids(labels);
    for (std::size_t v = 0; v < vertex_count_; ++v) {
      const std::string number = std::to_string(v + 1);
      const std::string& label = labels[v]->empty() ? number : *labels[v];
      graph.add_entity(by_label ? label : number, label, "");
    }
    labels.clear();
    vertex_columns(graph);
    const bool directed = any_arcs_ && !options_.undirected;
    graph.set_directed(directed);
    // One arc per line, or two for an edge in a directed graph.
    std::vector<std::size_t> line_of;  // the Arc each relation comes from
    line_of.reserve(arcs_.size());
    for (std::size_t a = 0; a < arcs_.size(); ++a) {
      const Arc& arc = arcs_[a];
      graph.add_relation(arc.from - 1, arc.to - 1);
      line_of.push_back(a);
      if (directed && arc.undirected && arc.from != arc.to) {
        if (graph.edge_count() >= options_.limits.max_edges) {
          sink_.error(
              "more than " + std::to_string(options_.limits.max_edges) +
              " edges once each *Edges line is two arcs (raise the limit with --max-edges)");
          return;
        }
        graph.add_relation(arc.to - 1, arc.from - 1);
        line_of.push_back(a);
      }
    }
    edge_columns(graph, line_of);
    if (!network_name_.empty()) {
      graph.graph_attributes()
          .ensure("name", AttrType::String)
          ->set_string(0, graph.strings().intern(network_name_));
    }
  }

  /// Typed columns from the pairs of each row (`pairs_of(row)`), one per key.
  template <class PairsOf>
  void pair_columns(AttributeTable& table, StringPool& pool,
                    const std::vector<std::string_view>& keys, std::size_t rows, PairsOf pairs_of) {
    for (std::size_t k = 0; k < keys.size(); ++k) {
      TextColumnTyping typing;
      for (std::size_t row = 0; row < rows; ++row) {
        const Pairs& pairs = pairs_of(row);
        for (std::size_t p = pairs.first; p < pairs.first + pairs.count; ++p) {
          if (pairs_[p].first == k) typing.observe(pairs_[p].second);
        }
      }
      if (table.find(keys[k]) != nullptr) continue;
      AttributeColumn* column = table.ensure(keys[k], typing.type());
      for (std::size_t row = 0; row < rows; ++row) {
        const Pairs& pairs = pairs_of(row);
        for (std::size_t p = pairs.first; p < pairs.first + pairs.count; ++p) {
          if (pairs_[p].first == k) store_text_value(*column, row, pairs_[p].second, pool);
        }
      }
    }
  }

  void vertex_columns(KnowledgeGraph& graph) {
    AttributeTable& table = graph.node_attributes();
    const auto coordinate = [&](std::string_view name, std::optional<double> Vertex::*member) {
      if (std::none_of(vertices_.begin(), vertices_.end(),
                       [&](const Vertex& v) { return (v.*member).has_value(); })) {
        return;
      }
      AttributeColumn* column = table.ensure(name, AttrType::Double);
      for (std::size_t v = 0; v < vertices_.size(); ++v) {
        if (vertices_[v].*member) column->set_real(v, *(vertices_[v].*member));
      }
    };
    coordinate("x", &Vertex::x);
    coordinate("y", &Vertex::y);
    coordinate("z", &Vertex::z);
    if (first_mode_) {
      AttributeColumn* mode = table.ensure("mode", AttrType::Long);
      for (std::size_t v = 0; v < vertex_count_; ++v)
        mode->set_integer(v, v < *first_mode_ ? 1 : 2);
    }
    pair_columns(table, graph.strings(), vertex_keys_, vertex_count_,
                 [&](std::size_t row) -> const Pairs& { return vertices_[row].pairs; });
  }

  void edge_columns(KnowledgeGraph& graph, const std::vector<std::size_t>& line_of) {
    AttributeTable& table = graph.edge_attributes();
    const std::size_t edges = line_of.size();
    if (std::any_of(arcs_.begin(), arcs_.end(),
                    [](const Arc& arc) { return arc.weight.has_value(); })) {
      AttributeColumn* weight = table.ensure(attr::kWeight, AttrType::Double);
      for (std::size_t e = 0; e < edges; ++e) {
        if (const auto& w = arcs_[line_of[e]].weight) weight->set_real(e, *w);
      }
    }
    if (std::any_of(arcs_.begin(), arcs_.end(),
                    [](const Arc& arc) { return arc.relation.has_value(); })) {
      AttributeColumn* relation = table.ensure(attr::kRelation, AttrType::String);
      for (std::size_t e = 0; e < edges; ++e) {
        if (const auto& r = arcs_[line_of[e]].relation)
          relation->set_string(e, graph.strings().intern(*r));
      }
    }
    // Pajek's `l` is the edge's label.
    for (std::string_view& key : edge_keys_) {
      if (key == "l") key = attr::kLabel;
    }
    pair_columns(table, graph.strings(), edge_keys_, edges,
                 [&](std::size_t row) -> const Pairs& { return arcs_[line_of[row]].pairs; });
  }

  std::string_view text_;
  const ReadOptions& options_;
  DiagnosticSink& sink_;
  LineIndex lines_;
  std::vector<Field> fields_;  // of the current line
  Section section_ = Section::None;
  std::optional<std::string_view> relation_;  // the current section's
  bool network_seen_ = false;
  std::string_view network_name_;
  bool vertices_seen_ = false;
  std::size_t vertices_offset_ = 0;
  std::size_t vertex_count_ = 0;
  std::optional<std::size_t> first_mode_;
  std::vector<Vertex> vertices_;
  std::vector<bool> listed_;
  std::size_t matrix_row_ = 0;
  std::vector<Arc> arcs_;
  bool any_arcs_ = false;
  bool any_edges_ = false;
  std::vector<std::string_view> vertex_keys_;
  std::vector<std::string_view> edge_keys_;
  std::vector<std::pair<std::size_t, std::string_view>> pairs_;  // key index, value
};

}  // namespace

KnowledgeGraph read_pajek(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  KnowledgeGraph graph;
  try {
    if (check_utf8(input.content, sink)) PajekReader(input.content, options, sink).read(graph);
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  return graph;
}

}  // namespace kgviz
