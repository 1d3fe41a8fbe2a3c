// Escaping, sanitising and wrapping of the text kgviz hands to Graphviz (render/graphviz_text.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "render/graphviz_text.hpp"

namespace kgviz {
namespace {

const std::string kFffd = "\xEF\xBF\xBD";

TEST(RenderText, SanitizeKeepsValidTextAndReplacesTheRest) {
  EXPECT_EQ(sanitize_text("plain ASCII"), "plain ASCII");
  EXPECT_EQ(sanitize_text("\xC3\xBC \xE6\x97\xA5 \xF0\x9F\x98\x80"),
            "\xC3\xBC \xE6\x97\xA5 \xF0\x9F\x98\x80");
  EXPECT_EQ(sanitize_text("tab\tand\nline"), "tab\tand\nline");
  EXPECT_EQ(sanitize_text("crlf\r\nand\rcr"), "crlf\nand\ncr");
  EXPECT_EQ(sanitize_text(std::string("nul\0x", 5)), "nul" + kFffd + "x");
  EXPECT_EQ(sanitize_text("ctl\x01\x1F\x7F"), "ctl" + kFffd + kFffd + kFffd);
  EXPECT_EQ(sanitize_text("bad\xFF\xFE"), "bad" + kFffd + kFffd);
  EXPECT_EQ(sanitize_text("cut\xC3"), "cut" + kFffd);
  EXPECT_EQ(sanitize_text("overlong\xC0\xAF"), "overlong" + kFffd + kFffd);
  EXPECT_EQ(sanitize_text("surrogate\xED\xA0\x80"), "surrogate" + kFffd + kFffd + kFffd);
  EXPECT_EQ(sanitize_text("nonchar\xEF\xBF\xBE"), "nonchar" + kFffd);
}

TEST(RenderText, EscStringDoublesBackslashesAndEscapesAmpersands) {
  EXPECT_EQ(escape_graphviz_text(R"(a\b)"), R"(a\\b)");
  EXPECT_EQ(escape_graphviz_text("ends with \\"), "ends with \\\\");
  EXPECT_EQ(escape_graphviz_text(R"(\N \G \L \n)"), R"(\\N \\G \\L \\n)");
  EXPECT_EQ(escape_graphviz_text("AT&T &amp; &#38;"), "AT&amp;T &amp;amp; &amp;#38;");
  // Quotes, angle brackets and braces are cgraph's job (it quotes and XML-escapes them).
  EXPECT_EQ(escape_graphviz_text(R"("q" <b> {x})"), R"("q" <b> {x})");
  EXPECT_EQ(escape_graphviz_lines({"one\\", "two&"}), R"(one\\\ntwo&amp;)");
}

TEST(RenderText, TooltipsQuadrupleBackslashesAndOtherValuesDoubleThem) {
  // Graphviz drops one backslash level in interpretCRNL and one in its \N substitution.
  EXPECT_EQ(escape_graphviz_tooltip(R"(a\N & b)"), R"(a\\\\N &amp; b)");
  EXPECT_EQ(escape_graphviz_tooltip("two\nlines\ttab"), "two\nlines tab");
  EXPECT_EQ(escape_dot_value(R"(x\ & y)"), R"(x\\ & y)");
  EXPECT_EQ(escape_dot_value("a\\\n\"b\tc"), R"(a\\\n"b c)");
}

TEST(RenderText, HtmlEscapesMarkup) {
  EXPECT_EQ(escape_graphviz_html(R"(<b>"x" & 'y'</b>)"),
            "&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/b&gt;");
  EXPECT_EQ(escape_graphviz_html("a\nb"), "a<BR/>b");
  EXPECT_EQ(escape_graphviz_html("back\\slash"), "back\\slash");
}

TEST(RenderText, WrapsAtWordBoundaries) {
  EXPECT_EQ(wrap_words("Kamala Harris’s 2024 presidential campaign", 20),
            (std::vector<std::string>{"Kamala Harris’s 2024", "presidential", "campaign"}));
  EXPECT_EQ(wrap_words("short", 20), (std::vector<std::string>{"short"}));
  EXPECT_EQ(wrap_words("", 20), (std::vector<std::string>{""}));
  EXPECT_EQ(wrap_words("  many   spaces\there ", 20),
            (std::vector<std::string>{"many spaces here"}));
  EXPECT_EQ(wrap_words("forced\nbreak", 20), (std::vector<std::string>{"forced", "break"}));
}

TEST(RenderText, WrapsLongWordsAfterHyphensThenHard) {
  EXPECT_EQ(wrap_words("critical-infrastructure-providers", 20),
            (std::vector<std::string>{"critical-", "infrastructure-", "providers"}));
  EXPECT_EQ(wrap_words("abcdefghijklmnopqrstuvwxyz", 10),
            (std::vector<std::string>{"abcdefghij", "klmnopqrst", "uvwxyz"}));
  // Code points, not bytes: 12 two-byte letters fit a width of 12.
  const std::string umlauts =
      "\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3\xBC\xC3"
      "\xBC";
  EXPECT_EQ(wrap_words(umlauts, 12), (std::vector<std::string>{umlauts}));
  const auto cut = wrap_words(umlauts, 5);
  ASSERT_EQ(cut.size(), 3u);
  EXPECT_EQ(utf8_length(cut[0]), 5u);
  EXPECT_EQ(utf8_length(cut[2]), 2u);
}

TEST(RenderText, CommentsCannotBeClosedFromInside) {
  EXPECT_EQ(xml_comment_text("a -- b --> c-"), "a - - b - -> c- ");
  EXPECT_EQ(xml_comment_text("x---"), "x- - - ");
  EXPECT_EQ(xml_comment_text("two\nlines"), "two lines");
  EXPECT_EQ(dot_comment_text("two\nlines\r\nthree"), "two lines three");
}

TEST(RenderText, FixedNumbersIgnoreTheLocale) {
  EXPECT_EQ(fixed_number(1.5, 2), "1.50");
  EXPECT_EQ(fixed_number(-0.125, 1), "-0.1");
  EXPECT_EQ(fixed_number(1234567.0, 0), "1234567");
}

}  // namespace
}  // namespace kgviz
