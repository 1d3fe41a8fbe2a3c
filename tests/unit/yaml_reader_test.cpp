// The YAML loader on good and bad inputs: every class of bad input gets a positioned error.
#include "io/yaml_reader.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "io/input.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

const char* const kSourceText =
    "The FBI said the hackers\xC2\xA0stole records.\nThey  targeted   carriers.\n"
    "Read now: something else entirely.\n";

/// A valid document; tests break one thing at a time.
const char* const kValid = R"(sources:
  - id: doc
    title: A title
    publisher: null
    date: 2024-11-14
    url: null
    text: source.txt
    body_ends_before: "Read now:"
types:
  entity_types: [threat-actor, identity]
  relation_types: [targets]
entities:
  - id: hackers
    label: The hackers
    type: threat-actor
    aliases: [Them]
  - id: carriers
    label: Carriers
    type: identity
relations:
  - source: hackers
    target: carriers
    relation: targets
    confidence: reported
    evidence: "They targeted carriers."
    source_doc: doc
)";

class YamlReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("kgviz-yaml-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
            "-" + ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
    write("source.txt", kSourceText);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void write(const std::string& name, const std::string& content) {
    std::ofstream(dir_ / name, std::ios::binary) << content;
  }

  KnowledgeGraph read(const std::string& yaml, ReadOptions options = {}) {
    write("graph.yaml", yaml);
    return read_yaml(load_input((dir_ / "graph.yaml").string(), options.limits), options);
  }

  /// The diagnostics of a document that must fail.
  std::vector<Diagnostic> errors(const std::string& yaml, ReadOptions options = {}) {
    try {
      read(yaml, options);
    } catch (const InputError& e) {
      return e.diagnostics();
    }
    ADD_FAILURE() << "no error for:\n" << yaml;
    return {};
  }

  /// Asserts exactly one error at `line` whose message contains `text`.
  void expect_error(const std::string& yaml, std::size_t line, const std::string& text,
                    ReadOptions options = {}) {
    const auto found = errors(yaml, options);
    ASSERT_EQ(found.size(), 1u) << (found.empty() ? "" : found[0].format());
    EXPECT_EQ(found[0].line, line) << found[0].format();
    EXPECT_NE(found[0].message.find(text), std::string::npos) << found[0].format();
    EXPECT_NE(found[0].format().find("graph.yaml:" + std::to_string(line) + ":"),
              std::string::npos);
  }

  static std::string replace(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    return text;
  }

  std::filesystem::path dir_;
};

TEST_F(YamlReaderTest, ReadsAValidDocument) {
  const KnowledgeGraph graph = read(kValid);
  ASSERT_EQ(graph.node_count(), 2u);
  ASSERT_EQ(graph.edge_count(), 1u);
  EXPECT_EQ(graph.label(0), "The hackers");
  EXPECT_EQ(graph.node_list(0, "aliases"), std::vector<std::string_view>{"Them"});
  EXPECT_EQ(graph.relation(0), "targets");
  EXPECT_EQ(graph.edge_string(0, "confidence"), "reported");
  EXPECT_EQ(graph.edge_number(0, "weight"), 1.0);
  ASSERT_EQ(graph.sources().size(), 1u);
  EXPECT_FALSE(graph.sources()[0].publisher.has_value());
  EXPECT_EQ(graph.sources()[0].date, "2024-11-14");
}

TEST_F(YamlReaderTest, EvidenceFoldsUnicodeWhitespace) {
  // The source has a no-break space and runs of spaces; the quote has plain single spaces.
  EXPECT_NO_THROW(read(replace(kValid, "They targeted carriers.", "the hackers stole records.")));
}

TEST_F(YamlReaderTest, EvidenceNotInTheSourceIsAnError) {
  expect_error(replace(kValid, "They targeted carriers.", "They targeted everyone."), 25,
               "evidence not found verbatim");
}

TEST_F(YamlReaderTest, EvidenceAfterTheBodyEndIsAnError) {
  expect_error(replace(kValid, "They targeted carriers.", "something else entirely"), 25,
               "evidence not found verbatim");
}

TEST_F(YamlReaderTest, SyntaxErrorIsPositioned) {
  expect_error(replace(kValid, "  - id: carriers", "  - id: [carriers"), 18, "");
}

TEST_F(YamlReaderTest, DuplicateKey) {
  expect_error(replace(kValid, "    label: Carriers\n", "    label: Carriers\n    label: Again\n"),
               19, "duplicate key 'label' (first at line 18)");
}

TEST_F(YamlReaderTest, MissingRequiredField) {
  expect_error(replace(kValid, "    label: Carriers\n", ""), 17, "missing required key 'label'");
}

TEST_F(YamlReaderTest, MistypedField) {
  expect_error(replace(kValid, "label: Carriers", "label: [Carriers]"), 18,
               "label must be a string");
  expect_error(replace(kValid, "aliases: [Them]", "aliases: Them"), 16, "aliases must be a list");
  expect_error(replace(kValid, "    source_doc: doc\n", "    source_doc: doc\n    weight: heavy\n"),
               27, "weight must be a finite number");
}

TEST_F(YamlReaderTest, UnknownKey) {
  expect_error(replace(kValid, "label: Carriers", "lable: Carriers\n    label: Carriers"), 18,
               "unknown key 'lable'");
}

TEST_F(YamlReaderTest, DuplicateEntityId) {
  expect_error(replace(kValid, "relations:\n",
                       "  - id: hackers\n    label: Again\n    type: identity\nrelations:\n"),
               20, "duplicate entity id 'hackers' (first at line 13)");
}

TEST_F(YamlReaderTest, DanglingEntityReference) {
  expect_error(replace(kValid, "target: carriers", "target: carrier"), 22,
               "undeclared entity 'carrier'");
}

TEST_F(YamlReaderTest, UndeclaredTypes) {
  expect_error(replace(kValid, "type: identity", "type: identiy"), 19,
               "entity type 'identiy' is not declared");
  expect_error(replace(kValid, "relation: targets", "relation: attacks"), 23,
               "relation type 'attacks' is not declared");
}

TEST_F(YamlReaderTest, UndeclaredSource) {
  expect_error(replace(kValid, "source_doc: doc", "source_doc: other"), 26,
               "undeclared source 'other'");
}

TEST_F(YamlReaderTest, ConfidenceOutsideTheSet) {
  expect_error(replace(kValid, "confidence: reported", "confidence: likely"), 24,
               "confidence must be one of confirmed, reported, alleged");
}

TEST_F(YamlReaderTest, SourceKeysMustAllBePresent) {
  expect_error(replace(kValid, "    url: null\n", ""), 2, "missing required key 'url'");
}

TEST_F(YamlReaderTest, UnreadableSourceText) {
  expect_error(replace(kValid, "text: source.txt", "text: missing.txt"), 7,
               "cannot read source text");
}

TEST_F(YamlReaderTest, ReportsEveryErrorOfTheFile) {
  std::string yaml = replace(kValid, "type: identity", "type: identiy");
  yaml = replace(yaml, "confidence: reported", "confidence: likely");
  yaml = replace(yaml, "    label: The hackers\n", "");
  const auto found = errors(yaml);
  ASSERT_EQ(found.size(), 3u);
  EXPECT_LT(found[0].line, found[1].line);  // sorted by position
  EXPECT_LT(found[1].line, found[2].line);
}

TEST_F(YamlReaderTest, ErrorCapStopsEarly) {
  std::string yaml = kValid;
  for (int i = 0; i < 20; ++i)
    yaml += "  - {source: x, target: y, relation: r, confidence: c, evidence: e, source_doc: d}\n";
  ReadOptions options;
  options.max_errors = 5;
  EXPECT_EQ(errors(yaml, options).size(), 5u);
}

TEST_F(YamlReaderTest, EmptyAndCommentOnlyInputs) {
  expect_error("", 1, "empty input");
  expect_error("# just a comment\n\n   \n", 1, "empty input");
}

TEST_F(YamlReaderTest, NotAMapping) {
  expect_error("- a\n- b\n", 1, "the document must be a mapping");
}

TEST_F(YamlReaderTest, InvalidUtf8AndNulBytes) {
  expect_error(replace(kValid, "Carriers",
                       "Carr\xFF"
                       "iers"),
               18, "invalid UTF-8");
  expect_error(replace(kValid, "Carriers", std::string("Carr\0iers", 9)), 18, "NUL byte");
}

TEST_F(YamlReaderTest, UnterminatedDoubleQuote) {
  // yaml-cpp 0.7 would swallow the rest of the file into the string.
  expect_error(replace(kValid, "evidence: \"They targeted carriers.\"",
                       "evidence: \"They targeted carriers."),
               25, "unterminated double-quoted string");
}

TEST_F(YamlReaderTest, UnterminatedSingleQuote) {
  expect_error(replace(kValid, "label: Carriers", "label: 'Carriers"), 18,
               "unterminated single-quoted");
}

TEST_F(YamlReaderTest, DeepNestingIsCapped) {
  std::string deep = "a: " + std::string(5000, '[') + std::string(5000, ']') + "\n";
  const auto found = errors(deep);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 1u);
  EXPECT_NE(found[0].message.find("nesting deeper than 100"), std::string::npos);
  std::string block;
  for (int i = 0; i < 150; ++i) block += std::string(static_cast<std::size_t>(i) * 2, ' ') + "k:\n";
  const auto found_block = errors(block);
  ASSERT_EQ(found_block.size(), 1u);
  EXPECT_NE(found_block[0].message.find("nesting deeper"), std::string::npos);
}

TEST_F(YamlReaderTest, RecursiveAliasIsRejected) {
  expect_error("a: &x [1, *x]\n", 1, "recursive alias");
}

TEST_F(YamlReaderTest, AliasBombIsRejected) {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  char previous = 'a';
  for (char name = 'b'; name <= 'j'; ++name) {
    bomb += std::string(1, name) + ": &" + name + " [";
    for (int i = 0; i < 10; ++i) bomb += std::string(i ? ", *" : "*") + previous;
    bomb += "]\n";
    previous = name;
  }
  const auto found = errors(bomb);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_NE(found[0].message.find("--max-alias-expansion"), std::string::npos) << found[0].format();
}

TEST_F(YamlReaderTest, HugeScalarIsCapped) {
  ReadOptions options;
  options.limits.max_string_length = 1000;
  expect_error("a: " + std::string(5000, 'x') + "\n", 1, "--max-string-length", options);
}

TEST_F(YamlReaderTest, SecondDocumentIsAnError) {
  expect_error(std::string(kValid) + "---\nb: 1\n", 27, "more than one YAML document");
}

TEST_F(YamlReaderTest, PropertiesGetATypePerKey) {
  const std::string yaml = replace(kValid, "    aliases: [Them]\n",
                                   "    aliases: [Them]\n    properties: {since: 2020, score: 1.5, "
                                   "note: text, active: true}\n");
  const KnowledgeGraph graph = read(yaml);
  EXPECT_EQ(graph.node_attributes().find("since")->type(), AttrType::Long);
  EXPECT_EQ(graph.node_attributes().find("score")->type(), AttrType::Double);
  EXPECT_EQ(graph.node_attributes().find("note")->type(), AttrType::String);
  EXPECT_EQ(graph.node_attributes().find("active")->type(), AttrType::Boolean);
  expect_error(replace(kValid, "    aliases: [Them]\n",
                       "    aliases: [Them]\n    properties: {pagerank: 1}\n"),
               17, "name of a built-in attribute");
}

TEST_F(YamlReaderTest, ByteOrderMarkAndCrlfAreAccepted) {
  std::string crlf;
  for (char c : std::string(kValid)) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const KnowledgeGraph graph = read("\xEF\xBB\xBF" + crlf);
  EXPECT_EQ(graph.node_count(), 2u);
  const auto found = errors("\xEF\xBB\xBF" + replace(crlf, "type: identity", "type: identiy"));
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].line, 19u);
  EXPECT_EQ(found[0].column, 11u);
}

}  // namespace
}  // namespace kgviz

namespace kgviz {
namespace {

TEST_F(YamlReaderTest, EmptyGraphIsAnError) {
  const std::string yaml =
      "sources: []\ntypes: {entity_types: [], relation_types: []}\nentities: []\nrelations: []\n";
  expect_error(yaml, 3, "the graph has no entities");
}

}  // namespace
}  // namespace kgviz
