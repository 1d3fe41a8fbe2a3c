#include "io/text.hpp"

#include <gtest/gtest.h>

namespace kgviz {
namespace {

TEST(FoldWhitespace, FoldsUnicodeRunsAndTrims) {
  EXPECT_EQ(fold_whitespace("  a\t\n b\xC2\xA0\xC2\xA0"
                            "c\xE2\x80\xAF"
                            "d  "),
            "a b c d");
  EXPECT_EQ(fold_whitespace("officials\xE2\x80\x99 data"), "officials\xE2\x80\x99 data");
  EXPECT_EQ(fold_whitespace(""), "");
}

TEST(CheckUtf8, ReportsInvalidSequencesWithPositions) {
  DiagnosticSink sink("f.yaml", 10);
  EXPECT_FALSE(
      check_utf8("ok\nab\xFF"
                 "c\n\xC3\x28",
                 sink));
  ASSERT_EQ(sink.diagnostics().size(), 2u);
  EXPECT_EQ(sink.diagnostics()[0].line, 2u);
  EXPECT_EQ(sink.diagnostics()[0].column, 3u);
  EXPECT_EQ(sink.diagnostics()[1].line, 3u);
  EXPECT_EQ(sink.diagnostics()[1].column, 1u);
}

TEST(CheckUtf8, RejectsNulOverlongAndSurrogates) {
  for (std::string_view bad :
       {std::string_view("a\0b", 3), std::string_view("\xC0\xAF"), std::string_view("\xED\xA0\x80"),
        std::string_view("\xF4\x90\x80\x80")}) {
    DiagnosticSink sink("f", 10);
    EXPECT_FALSE(check_utf8(bad, sink)) << bad;
  }
  DiagnosticSink sink("f", 10);
  EXPECT_TRUE(check_utf8("\xE2\x80\x99 \xF0\x9F\x98\x80", sink));
}

TEST(PositionOf, CountsLinesAndByteColumns) {
  EXPECT_EQ(position_of("ab\ncd", 4), std::make_pair(std::size_t{2}, std::size_t{2}));
  EXPECT_EQ(position_of("ab", 0), std::make_pair(std::size_t{1}, std::size_t{1}));
}

}  // namespace
}  // namespace kgviz
