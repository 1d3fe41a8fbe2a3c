// DOT text read back with cgraph's own parser (agmemread), so that tests check what Graphviz sees,
// not the bytes kgviz meant to write.
#pragma once

#include <graphviz/cgraph.h>

#include <string>
#include <string_view>
#include <utility>

#include "render/graphviz_session.hpp"

namespace kgviz::test {

/// The text an HTML-like label shows, as kgviz writes them: comments and tags dropped, `<BR/>` a
/// line feed, the five entities escape_graphviz_html writes decoded.
inline std::string html_label_text(std::string_view html) {
  std::string out;
  for (std::size_t i = 0; i < html.size();) {
    if (html.substr(i, 4) == "<!--") {
      const std::size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
    } else if (html[i] == '<') {
      const std::size_t end = html.find('>', i);
      if (html.substr(i, 3) == "<BR") out += '\n';
      i = end == std::string_view::npos ? html.size() : end + 1;
    } else if (html[i] == '&') {
      bool decoded = false;
      for (const auto& [entity, text] : {std::pair<std::string_view, char>{"&amp;", '&'},
                                         {"&lt;", '<'},
                                         {"&gt;", '>'},
                                         {"&quot;", '"'},
                                         {"&#39;", '\''}}) {
        if (html.substr(i, entity.size()) == entity) {
          out += text;
          i += entity.size();
          decoded = true;
          break;
        }
      }
      if (!decoded) out += html[i++];
    } else {
      out += html[i++];
    }
  }
  return out;
}

/// Owns a graph read with agmemread (under the Graphviz mutex).
class ParsedDot {
 public:
  explicit ParsedDot(const std::string& dot) {
    GraphvizSession session;
    graph_ = agmemread(dot.c_str());
  }
  ~ParsedDot() {
    GraphvizSession session;
    if (graph_ != nullptr) agclose(graph_);
  }
  ParsedDot(const ParsedDot&) = delete;
  ParsedDot& operator=(const ParsedDot&) = delete;
  [[nodiscard]] Agraph_t* graph() const { return graph_; }

  [[nodiscard]] Agnode_t* node(const std::string& name) const {
    return agnode(graph_, const_cast<char*>(name.c_str()), 0);
  }
  /// Value of attribute `name` of `object` ("" when undeclared), and whether it is HTML.
  static std::string get(void* object, const char* name, bool* html = nullptr) {
    const char* value = agget(object, const_cast<char*>(name));
    if (html != nullptr) *html = value != nullptr && aghtmlstr(const_cast<char*>(value));
    return value == nullptr ? std::string() : std::string(value);
  }
  [[nodiscard]] Agedge_t* edge_by_key(const std::string& key) const {
    for (Agnode_t* n = agfstnode(graph_); n != nullptr; n = agnxtnode(graph_, n)) {
      for (Agedge_t* e = agfstout(graph_, n); e != nullptr; e = agnxtout(graph_, e)) {
        if (agnameof(e) != nullptr && key == agnameof(e)) return e;
      }
    }
    return nullptr;
  }

 private:
  Agraph_t* graph_ = nullptr;
};

}  // namespace kgviz::test
