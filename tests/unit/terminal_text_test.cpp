// Control characters from file content never reach the terminal raw (issue 11, point 11): the one
// escaping function, and every text kgviz shows on a terminal (diagnostics, notes, `validate`,
// `analyze --format table`, `path`), while data formats keep exact values.
#include "model/terminal_text.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

TEST(TerminalText, PrintableTextIsUnchanged) {
  EXPECT_EQ(terminal_text("Salt Typhoon \u2014 caf\u00e9 \u4e2d\u6587 \\x1b"),
            "Salt Typhoon \u2014 caf\u00e9 \u4e2d\u6587 \\x1b");
  EXPECT_EQ(terminal_text(""), "");
}

TEST(TerminalText, C0ControlsAndDelAreEscaped) {
  EXPECT_EQ(terminal_text("a\x1b]0;pwned\x07z"), "a\\x1b]0;pwned\\x07z");
  EXPECT_EQ(terminal_text("\x1b[31mred"), "\\x1b[31mred");
  EXPECT_EQ(terminal_text("tab\tnl\ncr\r"), "tab\\tnl\\ncr\\r");
  EXPECT_EQ(terminal_text(std::string("nul\0x", 5)), "nul\\x00x");
  EXPECT_EQ(terminal_text("del\x7f"), "del\\x7f");
}

TEST(TerminalText, C1AndBidiControlsAreEscaped) {
  EXPECT_EQ(terminal_text("csi\u009b31m"), "csi\\u009b31m");
  EXPECT_EQ(terminal_text("\u0080\u009f"), "\\u0080\\u009f");
  EXPECT_EQ(terminal_text("abc\u202edcba"), "abc\\u202edcba");
  EXPECT_EQ(terminal_text("\u2066x\u2069\u200e\u200f\u061c"),
            "\\u2066x\\u2069\\u200e\\u200f\\u061c");
  // Neighbours of the escaped ranges are ordinary characters.
  EXPECT_EQ(terminal_text("\u00a0\u2029\u206a\u2010"), "\u00a0\u2029\u206a\u2010");
}

TEST(TerminalText, InvalidUtf8BytesAreEscaped) {
  EXPECT_EQ(terminal_text("a\x9b"
                          "b"),
            "a\\x9bb");                                         // a raw 8-bit CSI
  EXPECT_EQ(terminal_text("\xc3"), "\\xc3");                    // truncated sequence
  EXPECT_EQ(terminal_text("\xed\xa0\x80"), "\\xed\\xa0\\x80");  // a surrogate
}

TEST(TerminalText, DiagnosticsAreTerminalText) {
  const Diagnostic diagnostic{"evil\x1b.yaml", 3, 7, "unknown type '\x1b]52;c;cHduZWQ=\x07'"};
  EXPECT_EQ(diagnostic.format(),
            "evil\\x1b.yaml:3:7: error: unknown type '\\x1b]52;c;cHduZWQ=\\x07'");
}

TEST(TerminalWidth, WideCharactersTakeTwoColumnsAndCombiningMarksNone) {
  EXPECT_EQ(terminal_width("abc"), 3u);
  EXPECT_EQ(terminal_width("\u6F22\u5B57"), 4u);   // 漢字
  EXPECT_EQ(terminal_width("\uFF21"), 2u);         // fullwidth A
  EXPECT_EQ(terminal_width("e\u0301"), 1u);        // e + combining acute
  EXPECT_EQ(terminal_width("\u00E9t\u00E9"), 3u);  // été, precomposed
  EXPECT_EQ(terminal_width("a\xFF"
                           "b"),
            3u);  // an invalid byte is one column
  EXPECT_EQ(terminal_width(""), 0u);
}

TEST(TerminalWidth, ShortenedToWidthCutsWholeCharacters) {
  EXPECT_EQ(shortened_to_width("abcdef", 4), "abc\u2026");
  EXPECT_EQ(shortened_to_width("abc", 3), "abc");
  EXPECT_EQ(shortened_to_width("abc", 0), "abc");
  // 漢字漢字 is 8 columns: in 5, two characters (4 columns) and the ellipsis; in 4, one and it.
  EXPECT_EQ(shortened_to_width("\u6F22\u5B57\u6F22\u5B57", 5), "\u6F22\u5B57\u2026");
  EXPECT_EQ(shortened_to_width("\u6F22\u5B57\u6F22\u5B57", 4), "\u6F22\u2026");
  EXPECT_EQ(terminal_width(shortened_to_width("\u6F22\u5B57\u6F22\u5B57", 4)), 3u);
}

class TerminalOutput : public test::CliFixture {
 protected:
  TerminalOutput() : CliFixture("kgviz-terminal-") {}

  /// A graph whose labels, types and evidence hold an OSC title write, a colour, a C1 CSI and a
  /// right-to-left override.
  void write_hostile_graph() {
    write("evil.csv",
          "source,target,relation,evidence\n"
          "a,b,\"rel\x1b[31m\",\"said \x1b]0;owned\x07 \u202eso\"\n");
    write("nodes.csv",
          "id,label,type\n"
          "a,\"A\x1b]52;c;cHduZWQ=\x07\",\"t\u009b2J\"\n"
          "b,B\x7f,t\n");
  }
};

bool has_raw_control(const std::string& text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if ((c < 0x20 && c != '\n') || c == 0x7f) return true;
    if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
      return true;
    }
    if (text.compare(i, 3, "\u202e") == 0) return true;
  }
  return false;
}

TEST_F(TerminalOutput, AnalyzeTableShowsControlsEscaped) {
  write_hostile_graph();
  const auto run = kgviz("analyze evil.csv --nodes nodes.csv --format table --metrics degree");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_FALSE(has_raw_control(run.out)) << run.out;
  EXPECT_NE(run.out.find("A\\x1b]52;c;cHduZWQ=\\x07"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("t\\u009b2J"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("B\\x7f"), std::string::npos) << run.out;
}

TEST_F(TerminalOutput, TableColumnsAlignWithWideCharacters) {
  write("cjk.csv", "source,target\na,b\nb,c\n");
  write("nodes.csv", "id,label\na,\u5317\u4EAC\u5E02\nb,Z\u00FCrich\nc,plain\n");
  const auto run = kgviz("analyze cjk.csv --nodes nodes.csv --format table --metrics degree");
  ASSERT_EQ(run.status, 0) << run.err;
  // Every row's degree value ends in the same terminal column as the header's "degree".
  std::vector<std::size_t> ends;
  std::size_t start = 0;
  for (std::size_t end = run.out.find('\n'); end != std::string::npos && ends.size() < 5;
       start = end + 1, end = run.out.find('\n', start)) {
    const std::string line = run.out.substr(start, end - start);
    if (line.empty()) break;
    if (line.find("---") == std::string::npos) ends.push_back(terminal_width(line));
  }
  ASSERT_EQ(ends.size(), 4u) << run.out;
  for (const std::size_t end : ends) EXPECT_EQ(end, ends.front()) << run.out;
}

TEST_F(TerminalOutput, PathTextShowsControlsEscaped) {
  write_hostile_graph();
  const auto run = kgviz("path evil.csv a b --nodes nodes.csv");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_FALSE(has_raw_control(run.out)) << run.out;
  EXPECT_NE(run.out.find("rel\\x1b[31m"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("said \\x1b]0;owned\\x07 \\u202eso"), std::string::npos) << run.out;
}

TEST_F(TerminalOutput, ValidateMessagesShowControlsEscaped) {
  write("bad.yaml",
        "sources: []\ntypes: {entity_types: [a], relation_types: [r]}\nentities:\n"
        "  - {id: x, label: X, type: \"b\\e]0;owned\\a\\u009b\"}\nrelations: []\n");
  const auto run = kgviz("validate bad.yaml");
  EXPECT_EQ(run.status, 1);
  EXPECT_FALSE(has_raw_control(run.err)) << run.err;
  EXPECT_NE(run.err.find("\\x1b]0;owned\\x07\\u009b"), std::string::npos) << run.err;
}

TEST_F(TerminalOutput, ErrorsNamingInputShowControlsEscaped) {
  write_hostile_graph();
  const auto run = kgviz("path evil.csv a \"$(printf 'zz\\033[2J')\" --nodes nodes.csv");
  EXPECT_EQ(run.status, 1);
  EXPECT_FALSE(has_raw_control(run.err)) << run.err;
  EXPECT_NE(run.err.find("zz\\x1b[2J"), std::string::npos) << run.err;
}

TEST_F(TerminalOutput, DataFormatsKeepExactValues) {
  write_hostile_graph();
  const auto csv = kgviz("analyze evil.csv --nodes nodes.csv --format csv --metrics degree");
  ASSERT_EQ(csv.status, 0) << csv.err;
  EXPECT_NE(csv.out.find("A\x1b]52;c;cHduZWQ=\x07"), std::string::npos) << csv.out;
  const auto json = kgviz("path evil.csv a b --nodes nodes.csv --format json");
  ASSERT_EQ(json.status, 0) << json.err;
  EXPECT_NE(json.out.find("said \\u001b]0;owned\\u0007 \u202eso"), std::string::npos) << json.out;
}

}  // namespace
}  // namespace kgviz
