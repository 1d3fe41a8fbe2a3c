// Interned strings: every text of a graph (ids, labels, types, attribute values) is stored once and
// referred to by a 32-bit handle, which keeps the per-vertex and per-edge records small.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kgviz {

using StringId = std::uint32_t;

class StringPool {
 public:
  StringPool();
  StringPool(const StringPool& other);
  StringPool& operator=(const StringPool& other);
  StringPool(StringPool&&) noexcept = default;
  StringPool& operator=(StringPool&&) noexcept = default;

  /// The handle of `text`, adding it if new. Handle 0 is always the empty string.
  StringId intern(std::string_view text);
  /// The handle of `text` if it is in the pool.
  [[nodiscard]] bool find(std::string_view text, StringId& id) const;
  /// The text of a handle; the view stays valid as long as the pool lives.
  [[nodiscard]] std::string_view view(StringId id) const { return views_[id]; }
  [[nodiscard]] std::size_t size() const { return views_.size(); }

 private:
  std::string_view store(std::string_view text);

  // Texts live in fixed-capacity blocks that never move, so the views stay valid.
  std::deque<std::string> blocks_;
  std::vector<std::string_view> views_;
  std::unordered_map<std::string_view, StringId> index_;
};

}  // namespace kgviz
