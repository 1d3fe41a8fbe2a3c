// The string pool's index: texts of up to 7 bytes are compared by their inline key alone, longer
// ones by their text too; either way equal texts get one handle and different texts different ones.
#include "model/string_pool.hpp"

#include <gtest/gtest.h>

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kgviz {
namespace {

/// Texts that differ only where a key could blur them: lengths around the 7 inline bytes, NUL
/// and 0xFF bytes (the long-text mark), and long texts sharing their first 7 bytes.
std::vector<std::string> tricky_texts() {
  std::vector<std::string> texts = {"",
                                    "a",
                                    std::string("a\0", 2),
                                    std::string("\0a", 2),
                                    std::string(1, '\0'),
                                    std::string(7, '\0'),
                                    std::string(8, '\0'),
                                    std::string(7, '\xff'),
                                    std::string(8, '\xff'),
                                    "abcdef",
                                    "abcdefg",
                                    "abcdefgh",
                                    "abcdefgi",
                                    "abcdefgh-a-much-longer-text",
                                    "abcdefgh-a-much-longer-texT",
                                    "n199999",
                                    "199999"};
  for (int i = 0; i < 5000; ++i) texts.push_back(std::to_string(i));  // forces the index to grow
  return texts;
}

TEST(StringPool, EqualTextsShareAHandleAndDifferentTextsDoNot) {
  StringPool pool;
  const std::vector<std::string> texts = tricky_texts();
  std::vector<StringId> handles;
  for (const std::string& text : texts) handles.push_back(pool.intern(text));
  EXPECT_EQ(handles[0], 0u) << "handle 0 is the empty string";
  EXPECT_EQ(pool.size(), texts.size()) << "every text is distinct";
  for (std::size_t i = 0; i < texts.size(); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(pool.view(handles[i]), texts[i]);
    EXPECT_EQ(pool.intern(texts[i]), handles[i]) << "interning again adds nothing";
    StringId found = 12345;
    ASSERT_TRUE(pool.find(texts[i], found));
    EXPECT_EQ(found, handles[i]);
  }
  EXPECT_EQ(pool.size(), texts.size());
  StringId found = 0;
  EXPECT_FALSE(pool.find("abcdefgj", found));
  EXPECT_FALSE(pool.find("abcdefgh-a-much-longer-tex", found));
  EXPECT_FALSE(pool.find(std::string(2, '\0'), found));
  EXPECT_FALSE(pool.find("5000", found));
}

/// Two texts `make(i)`, `make(j)` whose 32-bit index hashes collide (the pool folds
/// std::hash's 64 bits as below), found by the birthday bound within a few 100,000 tries.
template <class Make>
std::optional<std::pair<std::string, std::string>> colliding(Make make) {
  std::unordered_map<std::uint32_t, int> seen;
  for (int i = 0; i < 2'000'000; ++i) {
    const std::string text = make(i);
    const std::size_t full = std::hash<std::string_view>{}(text);
    const auto hash = static_cast<std::uint32_t>(full ^ (full >> 32));
    const auto [at, added] = seen.emplace(hash, i);
    if (!added) return std::make_pair(make(at->second), text);
  }
  return std::nullopt;
}

// Equal hashes leave the key (short texts) or the text (long ones) to tell texts apart.
TEST(StringPool, TextsWithEqualHashesStayApart) {
  const auto short_pair = colliding([](int i) { return std::to_string(i); });
  const auto long_pair = colliding([](int i) { return "shared-prefix-" + std::to_string(i); });
  ASSERT_TRUE(short_pair && long_pair);
  ASSERT_LE(short_pair->second.size(), 7u);
  for (const auto& [first, second] : {*short_pair, *long_pair}) {
    SCOPED_TRACE(first + " / " + second);
    StringPool pool;
    const StringId a = pool.intern(first);
    StringId found = 0;
    EXPECT_FALSE(pool.find(second, found));
    const StringId b = pool.intern(second);
    EXPECT_NE(a, b);
    ASSERT_TRUE(pool.find(first, found));
    EXPECT_EQ(found, a);
    ASSERT_TRUE(pool.find(second, found));
    EXPECT_EQ(found, b);
    EXPECT_EQ(pool.view(b), second);
  }
}

TEST(StringPool, ACopyFindsTheSameTexts) {
  StringPool pool;
  const std::vector<std::string> texts = tricky_texts();
  for (const std::string& text : texts) pool.intern(text);
  const StringPool copy(pool);  // NOLINT(performance-unnecessary-copy-initialization)
  ASSERT_EQ(copy.size(), pool.size());
  for (const std::string& text : texts) {
    StringId in_pool = 0;
    StringId in_copy = 0;
    ASSERT_TRUE(pool.find(text, in_pool));
    ASSERT_TRUE(copy.find(text, in_copy));
    EXPECT_EQ(in_copy, in_pool);
    EXPECT_EQ(copy.view(in_copy), text);
  }
}

}  // namespace
}  // namespace kgviz
