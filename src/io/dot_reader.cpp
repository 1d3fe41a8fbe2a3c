#include "io/dot_reader.hpp"

#include <graphviz/cgraph.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_set>
#include <utility>
#include <vector>

#include "io/dot_syntax.hpp"
#include "io/html_entities.hpp"
#include "io/text.hpp"
#include "io/text_typing.hpp"
#include "io/xml_reader_support.hpp"
#include "model/diagnostics.hpp"
#include "model/graphviz_attributes.hpp"
#include "model/graphviz_lock.hpp"

// cgraph's scanner is flex's, exported by libcgraph without a declaration in its headers: it
// frees the scanner's buffer and start state, which cgraph otherwise carries from one read into
// the next (text after a graph, or the inside of a string after a broken file).
extern "C" int aaglex_destroy(void);

namespace kgviz {

namespace {

// ---- cgraph, one read at a time

/// Exclusive use of cgraph for one read: holds the Graphviz mutex, collects cgraph's messages
/// instead of letting it print them, and leaves the scanner and error state as fresh as it found
/// them, so that one file's problems never reach the next read.
class CgraphRead {
 public:
  CgraphRead() : lock_(graphviz_mutex()) {
    messages_.clear();
    previous_handler_ = agseterrf(collect);
    agreseterrors();
    reset_scanner();
  }
  ~CgraphRead() {
    reset_scanner();
    agreseterrors();
    agseterrf(previous_handler_);
    messages_.clear();
  }
  CgraphRead(const CgraphRead&) = delete;
  CgraphRead& operator=(const CgraphRead&) = delete;

  /// Whether cgraph reported an error (warnings do not count) since the read began.
  static bool failed() { return agerrors() > 0; }
  static const std::string& messages() { return messages_; }

 private:
  static void reset_scanner() {
    aaglex_destroy();
    agreadline(1);
    agsetfile(nullptr);
  }
  static int collect(char* message) {
    if (message != nullptr) messages_ += message;
    return 0;
  }

  std::unique_lock<std::recursive_mutex> lock_;
  agusererrf previous_handler_ = nullptr;
  static inline std::string messages_;  // guarded by the Graphviz mutex
};

/// Closes a graph cgraph read (under the Graphviz mutex, which the CgraphRead holds).
struct GraphCloser {
  Agraph_t* graph;
  ~GraphCloser() {
    if (graph != nullptr) agclose(graph);
  }
};

char* c(const char* text) { return const_cast<char*>(text); }

// ---- Graphviz's attributes: drawing, not data

/// Whether attribute `name` of an object of kind `object` only tells Graphviz how to draw it.
/// Graphviz attributes that users fill with data stay data: label (read apart), weight, comment,
/// tooltip, URL, href, group, and an edge's id. Only kgviz's own drawings drop these attributes
/// (kgviz added them); in any other DOT file every attribute is a column, so no data is lost.
bool drawing_attribute(std::string_view name, GraphvizObject object) {
  static constexpr std::string_view kData[] = {"label", "weight", "comment", "tooltip",
                                               "URL",   "href",   "group"};
  if (std::find(std::begin(kData), std::end(kData), name) != std::end(kData)) return false;
  if (object == kGraphvizEdge && name == "id") return false;
  return is_graphviz_attribute(name, object);
}

// ---- Graphviz's text conventions

/// What Graphviz shows for an escString label: `\N` (the object's name), `\G` (the graph's name),
/// `\T`, `\H` (an edge's ends), `\E` (an edge, `tail->head`) substituted; then `&...;` entities;
/// then `\n`, `\l`, `\r` line breaks and `\x` as `x`. Line breaks and blank runs fold to one space.
struct LabelContext {
  std::string_view object;
  std::string_view graph;
  std::string_view tail;
  std::string_view head;
};

std::string escstring_text(std::string_view value, const LabelContext& context) {
  std::string substituted;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] != '\\' || i + 1 == value.size()) {
      substituted += value[i];
      continue;
    }
    const char next = value[++i];
    switch (next) {
      case 'N':
        substituted += context.object;
        break;
      case 'G':
        substituted += context.graph;
        break;
      case 'T':
        substituted += context.tail;
        break;
      case 'H':
        substituted += context.head;
        break;
      case 'E':
        substituted += std::string(context.tail) + "->" + std::string(context.head);
        break;
      case 'L':
        break;  // the object's label, in xlabels: nothing kgviz keeps
      default:
        substituted += '\\';
        substituted += next;
    }
  }
  const std::string decoded = decode_html_entities(substituted);
  std::string shown;
  for (std::size_t i = 0; i < decoded.size(); ++i) {
    if (decoded[i] != '\\' || i + 1 == decoded.size()) {
      shown += decoded[i];
      continue;
    }
    const char next = decoded[++i];
    shown += next == 'n' || next == 'l' || next == 'r' ? '\n' : next;
  }
  return fold_whitespace(shown);
}

/// The text content of an HTML-like label: tags and comments dropped (`<BR/>` as a space),
/// entities decoded, blank runs folded.
std::string html_text(std::string_view value) {
  std::string text;
  std::size_t i = 0;
  while (i < value.size()) {
    if (value.substr(i, 4) == "<!--") {
      const std::size_t end = value.find("-->", i + 4);
      i = end == std::string_view::npos ? value.size() : end + 3;
      continue;
    }
    if (value[i] == '<') {
      const std::size_t end = value.find('>', i + 1);
      const std::string_view tag =
          value.substr(i + 1, end == std::string_view::npos ? 0 : end - i - 1);
      if (tag.size() >= 2 && (tag[0] == 'B' || tag[0] == 'b') && (tag[1] == 'R' || tag[1] == 'r')) {
        text += ' ';
      }
      i = end == std::string_view::npos ? value.size() : end + 1;
      continue;
    }
    text += value[i++];
  }
  return fold_whitespace(decode_html_entities(text));
}

/// Text of an attribute value that Graphviz reads as a label (HTML-like or escString).
std::string label_text(const char* value, const LabelContext& context) {
  if (value == nullptr || *value == '\0') return {};
  return aghtmlstr(c(value)) ? html_text(value) : escstring_text(value, context);
}

/// A record-shaped node's label without its port names (`<p0> left|<p1> right` shows as
/// `left|right`): the fields' text and their separators stay, escaped `\<` and `\>` too.
std::string without_record_ports(std::string_view label) {
  std::string out;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (label[i] == '\\' && i + 1 < label.size()) {
      out += label.substr(i, 2);
      ++i;
    } else if (label[i] == '<') {
      const std::size_t end = label.find('>', i + 1);
      if (end == std::string_view::npos) return out;  // Graphviz refuses it; nothing more to show
      i = end;
    } else {
      out += label[i];
    }
  }
  return out;
}

bool record_shape(const char* shape) {
  return shape != nullptr &&
         (std::string_view(shape) == "record" || std::string_view(shape) == "Mrecord");
}

/// A value kgviz wrote with escape_dot_value (`\\` and `\n`), as it was.
std::string c_unescaped(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '\\' && i + 1 < value.size() && (value[i + 1] == '\\' || value[i + 1] == 'n')) {
      out += value[++i] == 'n' ? '\n' : '\\';
    } else {
      out += value[i];
    }
  }
  return out;
}

/// Whether the space-separated class list `value` holds `name`.
bool has_class(const char* value, std::string_view name) {
  if (value == nullptr) return false;
  std::string_view list(value);
  while (!list.empty()) {
    const std::size_t space = list.find(' ');
    if (list.substr(0, space) == name) return true;
    if (space == std::string_view::npos) break;
    list.remove_prefix(space + 1);
  }
  return false;
}

const char* value_of(void* object, Agsym_t* symbol) {
  return symbol == nullptr ? nullptr : agxget(object, symbol);
}

/// The attribute symbols of `kind` declared in `root`, in declaration order.
std::vector<Agsym_t*> symbols(Agraph_t* root, int kind) {
  std::vector<Agsym_t*> out;
  for (Agsym_t* s = agnxtattr(root, kind, nullptr); s != nullptr; s = agnxtattr(root, kind, s)) {
    out.push_back(s);
  }
  std::sort(out.begin(), out.end(), [](Agsym_t* a, Agsym_t* b) { return a->id < b->id; });
  return out;
}

/// "x,y" or "x,y!" (Graphviz's point, in points): the two numbers.
std::optional<std::pair<double, double>> parse_point(std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  std::string_view second = text.substr(comma + 1);
  second = second.substr(0, second.find_first_of(",!"));
  const auto x = parse_text_real(text.substr(0, comma));
  const auto y = parse_text_real(second);
  if (!x || !y) return std::nullopt;
  return std::make_pair(*x, *y);
}

// ---- from cgraph's graph to kgviz's

constexpr std::string_view kKgvizHtmlMark = "<!--kgviz\\-->";
// The first line of every DOT file kgviz writes (render/diagram.cpp): its run record.
constexpr std::string_view kKgvizRecordComment = "// kgviz: ";
constexpr std::string_view kLegendClass = "kgviz-legend";
constexpr std::string_view kCaptionClass = "kgviz-caption";

/// One attribute column in the making: its values per row (empty = none), typed at the end.
struct PendingColumn {
  std::string name;
  std::vector<std::string> values;
};

class DotGraphBuilder {
 public:
  /// `record_comment`: whether the file begins with kgviz's run-record comment.
  DotGraphBuilder(Agraph_t* root, bool record_comment, KnowledgeGraph& graph, DiagnosticSink& sink)
      : root_(root), graph_(graph), sink_(sink), record_comment_(record_comment) {}

  void build() {
    graph_name_ = anonymous(root_) ? "" : agnameof(root_);
    graph_.set_directed(agisdirected(root_) != 0);
    class_symbol_ = agattr(root_, AGNODE, c("class"), nullptr);
    kgviz_drawing_ = drawn_by_kgviz();
    add_nodes();
    std::sort(vertex_of_.begin(), vertex_of_.end());
    if (graph_.node_count() == 0) {
      sink_.error("the graph has no nodes");
      return;
    }
    add_node_columns();
    if (!kgviz_drawing_) add_clusters();
    add_edges();
    add_graph_columns();
  }

 private:
  static bool anonymous(Agraph_t* g) {
    const char* name = agnameof(g);
    return name == nullptr || *name == '\0' || *name == '%';
  }

  [[nodiscard]] bool drawing_only(Agnode_t* n) const {
    const char* classes = value_of(n, class_symbol_);
    return has_class(classes, kLegendClass) || has_class(classes, kCaptionClass);
  }

  /// Whether kgviz drew this file: it begins with kgviz's run record, or its title or any legend
  /// or caption carries kgviz's marks.
  bool drawn_by_kgviz() {
    if (record_comment_) return true;
    const char* title = agget(root_, c("label"));
    if (title != nullptr && aghtmlstr(c(title)) &&
        std::string_view(title).substr(0, kKgvizHtmlMark.size()) == kKgvizHtmlMark) {
      return true;
    }
    for (Agnode_t* n = agfstnode(root_); n != nullptr; n = agnxtnode(root_, n)) {
      if (drawing_only(n)) return true;
    }
    return false;
  }

  void add_nodes() {
    Agsym_t* label = agattr(root_, AGNODE, c("label"), nullptr);
    Agsym_t* type = agattr(root_, AGNODE, c("type"), nullptr);
    Agsym_t* shape = agattr(root_, AGNODE, c("shape"), nullptr);
    Agsym_t* entity_id = kgviz_drawing_ ? agattr(root_, AGNODE, c("entity_id"), nullptr) : nullptr;
    Agsym_t* entity_label =
        kgviz_drawing_ ? agattr(root_, AGNODE, c(kDotEntityLabel.data()), nullptr) : nullptr;
    for (Agnode_t* n = agfstnode(root_); n != nullptr; n = agnxtnode(root_, n)) {
      if (drawing_only(n)) continue;
      const std::string_view name = agnameof(n);
      std::string id(name);
      if (const char* renamed = value_of(n, entity_id); renamed != nullptr && *renamed != '\0') {
        id = c_unescaped(renamed);
      }
      if (graph_.find(id)) {
        sink_.error("two nodes have the entity id '" + abbreviate(id, 60) + "'");
        continue;
      }
      const char* label_value = value_of(n, label);
      const LabelContext context{name, graph_name_, {}, {}};
      // (aghtmlstr only takes cgraph's own strings: the record's text goes to escstring_text.)
      const bool record =
          label_value != nullptr && !aghtmlstr(c(label_value)) && record_shape(value_of(n, shape));
      std::string text = record ? escstring_text(without_record_ports(label_value), context)
                                : label_text(label_value, context);
      // kgviz writes the label as data too where the drawn one differs (shortened, wrapped).
      if (const char* full = value_of(n, entity_label); full != nullptr && *full != '\0') {
        text = c_unescaped(full);
      }
      const char* type_value = value_of(n, type);
      const std::string type_text = type_value == nullptr ? std::string()
                                    : kgviz_drawing_      ? c_unescaped(type_value)
                                                          : type_value;
      const VertexId v = graph_.add_entity(id, text.empty() ? id : text, type_text);
      vertex_of_.emplace_back(n, v);
    }
  }

  /// The vertex of a cgraph node, or nullopt for a skipped one. O(log n).
  [[nodiscard]] std::optional<VertexId> vertex(Agnode_t* n) const {
    const auto it =
        std::lower_bound(vertex_of_.begin(), vertex_of_.end(), n,
                         [](const auto& entry, Agnode_t* key) { return entry.first < key; });
    if (it == vertex_of_.end() || it->first != n) return std::nullopt;
    return it->second;
  }

  void add_node_columns() {
    std::vector<PendingColumn> pending;
    std::vector<std::optional<std::pair<double, double>>> positions(graph_.node_count());
    bool any_position = false;
    for (Agsym_t* symbol : symbols(root_, AGNODE)) {
      const std::string_view name = symbol->name;
      if (name == "label" || name == "type") continue;
      if (kgviz_drawing_ && (name == "entity_id" || name == kDotEntityLabel)) continue;
      // kgviz's tooltips show data it also writes as attributes.
      if (kgviz_drawing_ && name == "tooltip") continue;
      const bool is_position = name == "pos";
      if (!is_position && kgviz_drawing_ && drawing_attribute(name, kGraphvizNode)) continue;
      PendingColumn column{std::string(name), std::vector<std::string>(graph_.node_count())};
      for (const auto& [n, v] : vertex_of_) {
        const char* value = agxget(n, symbol);
        if (value == nullptr || *value == '\0') continue;
        if (is_position) {
          positions[v] = parse_point(value);
          any_position = any_position || positions[v].has_value();
        } else if (name == attr::kAliases) {
          graph_.set_node_list(v, attr::kAliases, split_list(attribute_value(value, {})));
        } else {
          column.values[v] = attribute_value(value, {agnameof(n), graph_name_, {}, {}});
        }
      }
      if (!is_position && name != attr::kAliases) pending.push_back(std::move(column));
    }
    if (any_position) {
      AttributeColumn* x_column = graph_.node_attributes().ensure("x", AttrType::Double);
      AttributeColumn* y_column = graph_.node_attributes().ensure("y", AttrType::Double);
      for (std::size_t v = 0; v < positions.size(); ++v) {
        if (!positions[v]) continue;
        x_column->set_real(v, positions[v]->first);
        y_column->set_real(v, positions[v]->second);
      }
    }
    store_columns(pending, graph_.node_attributes());
  }

  /// A data attribute's text: an HTML-like value's text content, else the value (as kgviz wrote
  /// it, in its own drawings).
  [[nodiscard]] std::string attribute_value(const char* value, const LabelContext& context) const {
    if (aghtmlstr(c(value))) return label_text(value, context);
    return kgviz_drawing_ ? c_unescaped(value) : std::string(value);
  }

  /// Types each pending column by the text typing rule (`weight` double when numeric) and stores
  /// its values in `table`; a column without values, or whose name `table` holds already, is left
  /// out.
  void store_columns(const std::vector<PendingColumn>& pending, AttributeTable& table) {
    for (const PendingColumn& column : pending) {
      TextColumnTyping typing;
      for (const std::string& value : column.values) typing.observe(value);
      if (std::all_of(column.values.begin(), column.values.end(),
                      [](const std::string& value) { return value.empty(); })) {
        continue;
      }
      AttrType type = typing.type();
      if (column.name == attr::kWeight && type == AttrType::Long) type = AttrType::Double;
      if (table.find(column.name) != nullptr) continue;
      AttributeColumn* target = table.ensure(column.name, type);
      for (std::size_t row = 0; row < column.values.size(); ++row) {
        store_text_value(*target, row, column.values[row], graph_.strings());
      }
    }
  }

  /// The column `cluster`: each node's innermost cluster (the first, among sibling clusters),
  /// named by its label, else its name.
  void add_clusters() {
    PendingColumn column{"cluster", std::vector<std::string>(graph_.node_count())};
    // Post-order over the subgraph tree, without recursion: children before their parent, so the
    // innermost cluster claims a node first.
    std::vector<std::pair<Agraph_t*, bool>> stack;
    for (Agraph_t* s = agfstsubg(root_); s != nullptr; s = agnxtsubg(s))
      stack.emplace_back(s, false);
    std::reverse(stack.begin(), stack.end());
    bool any = false;
    while (!stack.empty()) {
      auto [subgraph, expanded] = stack.back();
      stack.pop_back();
      if (!expanded) {
        stack.emplace_back(subgraph, true);
        std::vector<Agraph_t*> children;
        for (Agraph_t* s = agfstsubg(subgraph); s != nullptr; s = agnxtsubg(s))
          children.push_back(s);
        for (auto it = children.rbegin(); it != children.rend(); ++it)
          stack.emplace_back(*it, false);
        continue;
      }
      if (!is_cluster(subgraph)) continue;
      // cgraph gives subgraphs the root's graph attributes as defaults: a label equal to the
      // root's is that default, not the cluster's own.
      const char* label = agget(subgraph, c("label"));
      const char* root_label = agget(root_, c("label"));
      if (label != nullptr && root_label != nullptr && std::string_view(label) == root_label) {
        label = nullptr;
      }
      std::string name = label_text(label, {agnameof(subgraph), graph_name_, {}, {}});
      if (name.empty()) name = agnameof(subgraph);
      for (Agnode_t* n = agfstnode(subgraph); n != nullptr; n = agnxtnode(subgraph, n)) {
        const auto v = vertex(agsubnode(root_, n, 0));
        if (!v || !column.values[*v].empty()) continue;
        column.values[*v] = name;
        any = true;
      }
    }
    if (any) store_columns({column}, graph_.node_attributes());
  }

  static bool is_cluster(Agraph_t* subgraph) {
    const char* name = agnameof(subgraph);
    if (has_class(agget(subgraph, c("class")), kLegendClass)) return false;
    if (name != nullptr && std::string_view(name).substr(0, 7) == "cluster") return true;
    const char* flag = agget(subgraph, c("cluster"));
    return flag != nullptr && parse_text_boolean(flag).value_or(false);
  }

  void add_edges() {
    std::vector<Agedge_t*> edges;
    for (Agnode_t* n = agfstnode(root_); n != nullptr; n = agnxtnode(root_, n)) {
      for (Agedge_t* e = agfstout(root_, n); e != nullptr; e = agnxtout(root_, e))
        edges.push_back(e);
    }
    // File order: cgraph numbers objects as it makes them.
    std::sort(edges.begin(), edges.end(),
              [](Agedge_t* a, Agedge_t* b) { return AGSEQ(a) < AGSEQ(b); });
    std::vector<Agedge_t*> kept;
    for (Agedge_t* e : edges) {
      const auto from = vertex(agtail(e));
      const auto to = vertex(aghead(e));
      if (!from || !to) continue;
      graph_.add_relation(*from, *to);
      kept.push_back(e);
    }
    std::vector<PendingColumn> pending;
    if (!kgviz_drawing_) {
      PendingColumn key{"key", std::vector<std::string>(kept.size())};
      for (std::size_t i = 0; i < kept.size(); ++i) {
        if (const char* name = agnameof(kept[i]); name != nullptr) key.values[i] = name;
      }
      pending.push_back(std::move(key));
    }
    for (Agsym_t* symbol : symbols(root_, AGEDGE)) {
      const std::string_view name = symbol->name;
      const bool kgviz_label = kgviz_drawing_ && name == "xlabel";
      if (kgviz_drawing_ &&
          (name == "tooltip" || name == "labeltooltip" || name == kDotRelationLabel)) {
        continue;
      }
      if (!kgviz_label && kgviz_drawing_ && drawing_attribute(name, kGraphvizEdge)) continue;
      PendingColumn column{std::string(kgviz_label ? "label" : name),
                           std::vector<std::string>(kept.size())};
      const bool is_label = name == "label" || kgviz_label;
      for (std::size_t i = 0; i < kept.size(); ++i) {
        Agedge_t* e = kept[i];
        const char* value = agxget(e, symbol);
        if (value == nullptr || *value == '\0') continue;
        const LabelContext context{agnameof(e) == nullptr ? "" : agnameof(e), graph_name_,
                                   agnameof(agtail(e)), agnameof(aghead(e))};
        column.values[i] = is_label ? label_text(value, context) : attribute_value(value, context);
      }
      merge_pending(pending, std::move(column));
    }
    if (kgviz_drawing_) {
      drop_repeated_relation_labels(pending);
      restore_relation_labels(kept, pending);
    }
    store_columns(pending, graph_.edge_attributes());
  }

  /// kgviz writes an edge's label as `relation_label` too where the drawn one does not read back
  /// as it (shortened, wrapped, or equal to the relation): that value is the label.
  void restore_relation_labels(const std::vector<Agedge_t*>& kept,
                               std::vector<PendingColumn>& pending) const {
    Agsym_t* symbol = agattr(root_, AGEDGE, c(kDotRelationLabel.data()), nullptr);
    if (symbol == nullptr) return;
    PendingColumn* label = nullptr;
    for (PendingColumn& column : pending) {
      if (column.name == attr::kLabel) label = &column;
    }
    if (label == nullptr) {
      pending.push_back({std::string(attr::kLabel), std::vector<std::string>(kept.size())});
      label = &pending.back();
    }
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const char* value = agxget(kept[i], symbol);
      if (value != nullptr && *value != '\0') label->values[i] = c_unescaped(value);
    }
  }

  /// Adds `column` to `pending`, or fills the gaps of a pending column of the same name (kgviz
  /// writes an edge's label as `label` or, with clusters, as `xlabel`).
  static void merge_pending(std::vector<PendingColumn>& pending, PendingColumn column) {
    for (PendingColumn& existing : pending) {
      if (existing.name != column.name) continue;
      for (std::size_t i = 0; i < column.values.size(); ++i) {
        if (existing.values[i].empty()) existing.values[i] = std::move(column.values[i]);
      }
      return;
    }
    pending.push_back(std::move(column));
  }

  /// kgviz draws the relation as the label of an edge that has none: such a label is not data.
  static void drop_repeated_relation_labels(std::vector<PendingColumn>& pending) {
    PendingColumn* label = nullptr;
    const PendingColumn* relation = nullptr;
    for (PendingColumn& column : pending) {
      if (column.name == attr::kLabel) label = &column;
      if (column.name == attr::kRelation) relation = &column;
    }
    if (label == nullptr || relation == nullptr) return;
    for (std::size_t i = 0; i < label->values.size(); ++i) {
      if (label->values[i] == relation->values[i]) label->values[i].clear();
    }
  }

  /// The root graph's attributes and its name; in kgviz's drawings, the title (its label) and
  /// the name (`kgviz`) are drawing.
  void add_graph_columns() {
    std::vector<PendingColumn> pending;
    if (!graph_name_.empty() && !kgviz_drawing_)
      pending.push_back({"name", {std::string(graph_name_)}});
    for (Agsym_t* symbol : symbols(root_, AGRAPH)) {
      const std::string_view name = symbol->name;
      if (kgviz_drawing_ && (drawing_attribute(name, kGraphvizGraph) || name == "label")) continue;
      const char* value = agxget(root_, symbol);
      if (value == nullptr || *value == '\0') continue;
      const LabelContext context{graph_name_, graph_name_, {}, {}};
      std::string text =
          name == "label" ? label_text(value, context) : attribute_value(value, context);
      merge_pending(pending, {std::string(name), {std::move(text)}});
    }
    store_columns(pending, graph_.graph_attributes());
  }

  Agraph_t* root_;
  KnowledgeGraph& graph_;
  DiagnosticSink& sink_;
  std::string_view graph_name_;
  Agsym_t* class_symbol_ = nullptr;
  bool record_comment_ = false;
  bool kgviz_drawing_ = false;
  std::vector<std::pair<Agnode_t*, VertexId>> vertex_of_;  // sorted by node address once built
};

/// cgraph's own message for a file that passed the syntax check but that cgraph refused (none
/// is known): its `in line N`, when it gives one, becomes the position.
void report_cgraph_failure(DiagnosticSink& sink) {
  std::string message = CgraphRead::messages();
  for (const std::string_view prefix : {"Error: ", "Warning: "}) {
    if (std::string_view(message).substr(0, prefix.size()) == prefix)
      message.erase(0, prefix.size());
  }
  message = fold_whitespace(message);
  std::size_t line = 0;
  if (const std::size_t at = message.find(" in line "); at != std::string::npos) {
    const char* start = message.c_str() + at + 9;
    std::from_chars(start, message.c_str() + message.size(), line);
  }
  sink.error(
      line, line == 0 ? 0 : 1,
      "Graphviz cannot read this DOT: " + (message.empty() ? std::string("no graph") : message));
}

}  // namespace

KnowledgeGraph read_dot(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  try {
    if (check_utf8(input.content, sink)) check_dot_syntax(input.content, options.limits, sink);
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  KnowledgeGraph graph;
  try {
    const CgraphRead read;
    // cgraph takes a byte order mark before `digraph` for part of a name: it never sees it.
    const std::size_t start = bom_length(input.content);
    GraphCloser root{agmemread(input.content.c_str() + start)};
    if (root.graph == nullptr || CgraphRead::failed()) {
      report_cgraph_failure(sink);
    } else {
      const bool record_comment =
          std::string_view(input.content).substr(start, kKgvizRecordComment.size()) ==
          kKgvizRecordComment;
      DotGraphBuilder(root.graph, record_comment, graph, sink).build();
    }
  } catch (const ErrorCapReached&) {
  }
  sink.throw_if_any();
  if (options.undirected) graph.set_directed(false);
  return graph;
}

}  // namespace kgviz
