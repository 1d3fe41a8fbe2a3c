// DOT text read back with cgraph's own parser (agmemread), so that tests check what Graphviz sees,
// not the bytes kgviz meant to write.
#pragma once

#include <graphviz/cgraph.h>

#include <string>

#include "render/graphviz_session.hpp"

namespace kgviz::test {

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
