#include "model/string_pool.hpp"

#include <algorithm>
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

std::uint64_t make_slot(std::uint32_t hash, StringId id) {
  return (static_cast<std::uint64_t>(hash) << 32) | (static_cast<std::uint64_t>(id) + 1);
}
std::uint32_t slot_hash(std::uint64_t slot) { return static_cast<std::uint32_t>(slot >> 32); }
StringId slot_id(std::uint64_t slot) { return static_cast<StringId>((slot & 0xFFFFFFFFu) - 1); }
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

std::size_t StringPool::slot_of(std::string_view text, std::uint32_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    const std::uint64_t slot = slots_[i];
    if (slot == 0 || (slot_hash(slot) == hash && views_[slot_id(slot)] == text)) return i;
  }
}

void StringPool::grow_index() {
  std::vector<std::uint64_t> old(std::max(kInitialSlots, 2 * slots_.size()), 0);
  old.swap(slots_);
  const std::size_t mask = slots_.size() - 1;
  for (const std::uint64_t slot : old) {
    if (slot == 0) continue;
    std::size_t i = slot_hash(slot) & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = slot;
  }
}

StringId StringPool::intern(std::string_view text) {
  if (2 * (views_.size() + 1) > slots_.size()) grow_index();
  const std::uint32_t hash = hash_of(text);
  const std::size_t i = slot_of(text, hash);
  if (slots_[i] != 0) return slot_id(slots_[i]);
  if (views_.size() >= std::numeric_limits<StringId>::max() - 1) {
    throw std::length_error("too many distinct strings in one graph");
  }
  const auto id = static_cast<StringId>(views_.size());
  views_.push_back(store(text));
  slots_[i] = make_slot(hash, id);
  return id;
}

bool StringPool::find(std::string_view text, StringId& id) const {
  if (slots_.empty()) return false;
  const std::uint64_t slot = slots_[slot_of(text, hash_of(text))];
  if (slot == 0) return false;
  id = slot_id(slot);
  return true;
}

}  // namespace kgviz
