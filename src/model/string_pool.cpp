#include "model/string_pool.hpp"

#include <limits>
#include <stdexcept>

namespace kgviz {

namespace {
constexpr std::size_t kBlockSize = 64 * 1024;
}

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

StringId StringPool::intern(std::string_view text) {
  if (auto it = index_.find(text); it != index_.end()) return it->second;
  if (views_.size() >= std::numeric_limits<StringId>::max()) {
    throw std::length_error("too many distinct strings in one graph");
  }
  const std::string_view stored = store(text);
  const auto id = static_cast<StringId>(views_.size());
  views_.push_back(stored);
  index_.emplace(stored, id);
  return id;
}

bool StringPool::find(std::string_view text, StringId& id) const {
  auto it = index_.find(text);
  if (it == index_.end()) return false;
  id = it->second;
  return true;
}

}  // namespace kgviz
