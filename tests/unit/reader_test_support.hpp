// What the reader tests share: inputs from strings and test files, reads that must succeed, and
// reads that must fail with given diagnostics (position and message).
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

#include "io/input.hpp"
#include "io/read_options.hpp"
#include "model/attributes.hpp"
#include "model/diagnostics.hpp"
#include "model/knowledge_graph.hpp"

namespace kgviz::test {

/// One reader under test: its function, the name its string inputs get, and its data folder.
class ReaderTester {
 public:
  using Read = KnowledgeGraph (*)(const InputSource&, const ReadOptions&);

  ReaderTester(Read read, std::string input_name, std::string data_dir)
      : read_(read), input_name_(std::move(input_name)), data_dir_(std::move(data_dir)) {}

  /// An input holding `content`, named `name` (default: the tester's input name).
  [[nodiscard]] InputSource source_of(std::string content, std::string name = {}) const {
    if (name.empty()) name = input_name_;
    InputSource source;
    source.display_name = name;
    source.path = name;
    source.basename = name;
    source.content = std::move(content);
    return source;
  }

  /// The test file `name` of the data folder.
  [[nodiscard]] InputSource file_source(const std::string& name) const {
    std::ifstream in(data_dir_ + name, std::ios::binary);
    EXPECT_TRUE(in) << data_dir_ + name;
    return source_of(
        std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), name);
  }

  /// Reads `source`, which must succeed: each diagnostic of a failure fails the test.
  [[nodiscard]] KnowledgeGraph read_ok(const InputSource& source,
                                       const ReadOptions& options = {}) const {
    try {
      return read_(source, options);
    } catch (const InputError& e) {
      for (const auto& d : e.diagnostics()) ADD_FAILURE() << d.format();
      throw;
    }
  }

  /// The diagnostics of reading `text`, which must fail.
  [[nodiscard]] std::vector<Diagnostic> read_errors(const std::string& text,
                                                    const ReadOptions& options = {}) const {
    try {
      read_(source_of(text), options);
    } catch (const InputError& e) {
      return e.diagnostics();
    }
    ADD_FAILURE() << "read without error:\n" << text;
    return {};
  }

  /// Reading `text` reports `count` errors, one a line from `first_line` on, and only 3 of them
  /// with `--max-errors 3`.
  void expect_every_error_collected(const std::string& text, std::size_t count,
                                    std::size_t first_line) const {
    const auto all = read_errors(text);
    ASSERT_EQ(all.size(), count);
    for (std::size_t i = 0; i < all.size(); ++i) EXPECT_EQ(all[i].line, first_line + i);
    ReadOptions options;
    options.max_errors = 3;
    EXPECT_EQ(read_errors(text, options).size(), 3u);
  }

  /// Whether reading `text` fails with exactly one error, at `line`:`column`, containing `part`.
  [[nodiscard]] ::testing::AssertionResult one_error(const std::string& text, std::size_t line,
                                                     std::size_t column, std::string_view part,
                                                     const ReadOptions& options = {}) const {
    const auto diagnostics = read_errors(text, options);
    if (diagnostics.size() != 1) {
      auto result = ::testing::AssertionFailure() << diagnostics.size() << " errors:";
      for (const auto& d : diagnostics) result << "\n  " << d.format();
      return result;
    }
    const Diagnostic& d = diagnostics[0];
    if (d.line != line || d.column != column || d.message.find(part) == std::string::npos ||
        d.file != input_name_) {
      return ::testing::AssertionFailure() << "got " << d.format() << "\nwanted " << input_name_
                                           << ":" << line << ":" << column << ": ... " << part;
    }
    return ::testing::AssertionSuccess();
  }

 private:
  Read read_;
  std::string input_name_;
  std::string data_dir_;
};

/// An input with one problem: where the reader must report it and what the message says.
struct BadInputCase {
  const char* what;
  std::string text;
  std::size_t line;
  std::size_t column;
  std::string_view message;
  ReadOptions options{};
};

/// Each input fails with exactly its one error (see ReaderTester::one_error).
inline void expect_each_reported(const ReaderTester& reader,
                                 const std::vector<BadInputCase>& inputs) {
  for (const BadInputCase& bad : inputs) {
    SCOPED_TRACE(bad.what);
    EXPECT_TRUE(reader.one_error(bad.text, bad.line, bad.column, bad.message, bad.options));
  }
}

/// Default options with one read limit set.
inline ReadOptions with_limit(std::size_t ReadLimits::*limit, std::size_t value) {
  ReadOptions options;
  options.limits.*limit = value;
  return options;
}

inline bool contains(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

/// The value of `row` in column `name` of `table` as text, or "<absent>".
inline std::string string_value(const KnowledgeGraph& g, const AttributeTable& table,
                                std::string_view name, std::size_t row) {
  const AttributeColumn* column = table.find(name);
  if (column == nullptr || !column->has(row)) return "<absent>";
  return attribute_text(*column, row, g.strings());
}

/// What every reader must make of networkx's karate club (`nx.karate_club_graph()`) as networkx
/// writes it: 34 nodes with integer ids as labels and their `club`, 78 undirected edges with
/// integer weights, and the graph's name.
inline void expect_networkx_karate(const KnowledgeGraph& g) {
  EXPECT_EQ(g.node_count(), 34u);
  EXPECT_EQ(g.edge_count(), 78u);
  EXPECT_FALSE(g.directed());
  EXPECT_EQ(g.id(0), "0");
  EXPECT_EQ(g.label(0), "0");
  EXPECT_EQ(string_value(g, g.node_attributes(), "club", 0), "Mr. Hi");
  EXPECT_EQ(string_value(g, g.node_attributes(), "club", 33), "Officer");
  EXPECT_EQ(g.edge_number(0, "weight"), 4.0);
  EXPECT_EQ(string_value(g, g.graph_attributes(), "name", 0), "Zachary's Karate Club");
}

/// What every reader must make of the multigraph that tests/data/*/make_files.py write with
/// networkx: 4 nodes with labels, types and typed values; 5 directed edges in file order, three of
/// them parallel, a self-loop first with a NaN weight, an infinite weight, a boolean flag.
inline void expect_networkx_multidigraph(const KnowledgeGraph& g) {
  ASSERT_EQ(g.node_count(), 4u);
  ASSERT_EQ(g.edge_count(), 5u);  // nothing merged
  EXPECT_TRUE(g.directed());
  const VertexId ny = *g.find("New York");
  const VertexId st = *g.find("Salt Typhoon");
  const VertexId plain = *g.find("plain");
  EXPECT_EQ(g.label(ny), "NYC");
  EXPECT_EQ(g.type(ny), "location");
  EXPECT_EQ(g.label(*g.find("Ünïcode ☃")), "snow \"man\"");
  EXPECT_EQ(g.label(plain), "plain");
  EXPECT_EQ(g.node_attributes().find("population")->number(ny), 8336817.0);
  EXPECT_EQ(g.node_attributes().find("capital")->type(), AttrType::Boolean);
  EXPECT_EQ(g.node_attributes().find("capital")->number(st), 1.0);
  EXPECT_EQ(g.node_attributes().find("capital")->number(ny), 0.0);
  EXPECT_EQ(g.node_attributes().find("score")->number(plain), 2.0);
  int parallel = 0;
  for (EdgeId e = 0; e < g.edge_count(); ++e) {
    if (g.source(e) == st && g.target(e) == ny) ++parallel;
  }
  EXPECT_EQ(parallel, 3);
  EXPECT_EQ(g.source(0), ny);  // the self-loop, written first
  EXPECT_EQ(g.target(0), ny);
  EXPECT_TRUE(std::isnan(*g.edge_number(0, "weight")));
  EXPECT_TRUE(std::isinf(*g.edge_number(3, "weight")));
  EXPECT_EQ(g.relation(2), "located-at");
  EXPECT_EQ(g.edge_attributes().find("flag")->number(4), 1.0);
}

}  // namespace kgviz::test
