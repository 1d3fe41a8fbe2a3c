// Interned strings: every text of a graph (ids, labels, types, attribute values) is stored once and
// referred to by a 32-bit handle, which keeps the per-vertex and per-edge records small.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
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
  /// The slot holding `text` (hash `hash`), or the empty slot where it would go.
  [[nodiscard]] std::size_t slot_of(std::string_view text, std::uint32_t hash) const;
  void grow_index();

  // Texts live in fixed-capacity blocks that never move, so the views stay valid.
  std::deque<std::string> blocks_;
  std::vector<std::string_view> views_;
  // The index from text to handle: open addressing with linear probing, at most half full. A slot
  // holds a string's 32-bit hash (high half) and its handle + 1 (low half; 0 = empty), so a probe
  // touches one 8-byte slot and compares texts only when the hashes agree. Readers look up every
  // id of every relation here: a flat table costs one cache miss where std::unordered_map cost
  // two or three, and 8 bytes a slot instead of ~56 a string.
  std::vector<std::uint64_t> slots_;
};

}  // namespace kgviz
