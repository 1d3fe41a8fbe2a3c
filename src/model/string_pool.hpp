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
  // The index from text to handle: open addressing with linear probing, at most half full. A slot
  // holds a string's 32-bit hash, its handle + 1 (0 = empty) and a key: a text of up to 7 bytes
  // itself, with its length (else its first 7 bytes and a mark). Readers look up every id of
  // every relation here: a short id (most are) is found in the one 16-byte slot, without
  // fetching the handle's view and the text, two more cache misses on large graphs; a flat table
  // costs one miss where std::unordered_map cost two or three.
  struct Slot {
    std::uint64_t key = 0;
    std::uint32_t hash = 0;
    std::uint32_t handle_plus_one = 0;  ///< 0: the slot is empty
  };

  std::string_view store(std::string_view text);
  /// The slot holding `text` (hash `hash`, key `key`), or the empty slot where it would go.
  [[nodiscard]] std::size_t slot_of(std::string_view text, std::uint32_t hash,
                                    std::uint64_t key) const;
  void grow_index();

  // Texts live in fixed-capacity blocks that never move, so the views stay valid.
  std::deque<std::string> blocks_;
  std::vector<std::string_view> views_;
  std::vector<Slot> slots_;
};

}  // namespace kgviz
