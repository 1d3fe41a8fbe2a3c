#include "model/string_pool.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <limits>
#include <stdexcept>

namespace kgviz {

namespace {
constexpr std::size_t kBlockSize = 64 * 1024;
constexpr std::size_t kInitialSlots = 64;

std::uint32_t hash_of(std::string_view text) {
  const std::size_t full = std::hash<std::string_view>{}(text);
  return static_cast<std::uint32_t>(full ^ (full >> 32));
}

constexpr std::size_t kInlineBytes = 7;    // a text this long or shorter is its own key
constexpr unsigned char kLongMark = 0xFF;  // the key's last byte for longer texts

/// The key of `text`: its bytes and its length in the last byte (up to kInlineBytes), else its
/// first kInlineBytes bytes and kLongMark. Equal keys of short texts mean equal texts.
std::uint64_t key_of(std::string_view text) {
  unsigned char bytes[8] = {};
  if (!text.empty()) std::memcpy(bytes, text.data(), std::min(text.size(), kInlineBytes));
  bytes[7] = text.size() <= kInlineBytes ? static_cast<unsigned char>(text.size()) : kLongMark;
  std::uint64_t key = 0;
  std::memcpy(&key, bytes, sizeof key);
  return key;
}

bool is_short_key(std::uint64_t key) {
  unsigned char bytes[8];
  std::memcpy(bytes, &key, sizeof bytes);
  return bytes[7] != kLongMark;
}
}  // namespace

StringPool::StringPool() { intern(std::string_view()); }

StringPool::StringPool(const StringPool& other) : StringPool() {
  for (std::size_t i = 1; i < other.views_.size(); ++i) intern(other.views_[i]);
}

StringPool& StringPool::operator=(const StringPool& other) {
  if (this != &other) {
    StringPool copy(other);
    *this = std::move(copy);
  }
  return *this;
}

std::string_view StringPool::store(std::string_view text) {
  if (text.empty()) return {};
  if (text.size() > kBlockSize / 4) {
    // Large texts get a block of their own; the block is never appended to again.
    blocks_.emplace_front(text);
    return blocks_.front();
  }
  if (blocks_.empty() || blocks_.back().capacity() - blocks_.back().size() < text.size()) {
    blocks_.emplace_back();
    blocks_.back().reserve(kBlockSize);
  }
  std::string& block = blocks_.back();
  const std::size_t offset = block.size();
  block.append(text);  // never reallocates: capacity was checked above
  return std::string_view(block).substr(offset, text.size());
}

std::size_t StringPool::slot_of(std::string_view text, std::uint32_t hash,
                                std::uint64_t key) const {
  const std::size_t mask = slots_.size() - 1;
  const bool short_text = is_short_key(key);
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const Slot& slot = slots_[i];
    if (slot.handle_plus_one == 0) return i;
    if (slot.hash == hash && slot.key == key &&
        (short_text || views_[slot.handle_plus_one - 1] == text)) {
      return i;
    }
  }
}

void StringPool::grow_index() {
  std::vector<Slot> old(std::max(kInitialSlots, 2 * slots_.size()));
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& slot : old) {
    if (slot.handle_plus_one == 0) continue;
    std::size_t i = slot.hash & mask;
    while (slots_[i].handle_plus_one != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

StringId StringPool::intern(std::string_view text) {
  if (2 * (views_.size() + 1) > slots_.size()) grow_index();
  const std::uint32_t hash = hash_of(text);
  const std::uint64_t key = key_of(text);
  const std::size_t i = slot_of(text, hash, key);
  if (slots_[i].handle_plus_one != 0) return slots_[i].handle_plus_one - 1;
  if (views_.size() >= std::numeric_limits<StringId>::max() - 1) {
    throw std::length_error("too many distinct strings in one graph");
  }
  const auto id = static_cast<StringId>(views_.size());
  views_.push_back(store(text));
  slots_[i] = Slot{key, hash, id + 1};
  return id;
}

bool StringPool::find(std::string_view text, StringId& id) const {
  if (slots_.empty()) return false;
  const Slot& slot = slots_[slot_of(text, hash_of(text), key_of(text))];
  if (slot.handle_plus_one == 0) return false;
  id = slot.handle_plus_one - 1;
  return true;
}

}  // namespace kgviz
