// Escaped NUL characters (issue 11, point 12): raw NUL bytes were refused, but YAML "\0" and JSON
// "\u0000" passed and came out as raw NULs in CSV and markdown. Every value and key of the YAML,
// JSON and STIX readers refuses them, at the string's position.
#include <gtest/gtest.h>

#include <string>

#include "io/json_reader.hpp"
#include "io/yaml_reader.hpp"
#include "json_input_support.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

std::vector<Diagnostic> yaml_errors(const std::string& text) {
  InputSource source;
  source.display_name = source.path = source.basename = "nul.yaml";
  source.content = text;
  try {
    read_yaml(source, {});
  } catch (const InputError& e) {
    return e.diagnostics();
  }
  ADD_FAILURE() << "no error for " << text;
  return {};
}

TEST(NulEscapeTest, YamlRefusesEveryNulEscapeInValuesAndKeys) {
  // Each spelling YAML has for U+0000, in a value, inside a longer value, and in a key.
  const std::vector<std::pair<std::string, std::size_t>> cases{
      {"title: \"\\0\"\n", 8},     {"title: \"a\\x00b\"\n", 8},
      {"title: \"\\u0000\"\n", 8}, {"title: \"\\U00000000\"\n", 8},
      {"\"ti\\0tle\": x\n", 1},    {"entities:\n  - {id: \"a\\0\"}\n", 10},
  };
  for (const auto& [text, column] : cases) {
    const auto found = yaml_errors(text);
    ASSERT_FALSE(found.empty()) << text;
    bool reported = false;
    for (const auto& d : found) {
      if (d.message.find("NUL character") == std::string::npos) continue;
      reported = true;
      EXPECT_EQ(d.column, column) << text << d.format();
    }
    EXPECT_TRUE(reported) << text;
  }
}

TEST(NulEscapeTest, JsonRefusesUnicodeNulEscapesInValuesAndKeys) {
  EXPECT_TRUE(test::first_error_at("{\"nodes\": [{\"id\": \"a\\u0000\"}], \"links\": []}",
                                   "nul.json", 1, 19, "string holds a NUL character (\\u0000)",
                                   {}));
  EXPECT_TRUE(test::first_error_at("{\"nodes\": [{\"id\": \"a\", \"k\\u0000\": 1}], \"links\": []}",
                                   "nul.json", 1, 24, "key holds a NUL character", {}));
  // In a STIX bundle too (the same parse step), e.g. in a name.
  const std::string bundle =
      "{\"type\": \"bundle\", \"id\": \"bundle--99999999-9999-4999-8999-999999999999\", "
      "\"objects\": [{\"type\": \"tool\", \"id\": \"tool--22222222-2222-4222-8222-222222222222\", "
      "\"name\": \"T\\u0000\"}]}";
  EXPECT_TRUE(test::first_error_at(bundle, "nul.stix.json", 1, bundle.find("\"T\\u") + 1,
                                   "NUL character", {}));
  // Other escapes still decode.
  const KnowledgeGraph g = test::read_json_ok(
      "{\"nodes\": [{\"id\": \"a\\u0001\\n\\u00e9\"}], \"links\": []}", "ok.json", {});
  EXPECT_EQ(g.id(0), "a\x01\n\xC3\xA9");
}

}  // namespace
}  // namespace kgviz
