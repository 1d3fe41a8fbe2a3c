// Storage of the parse trees (json_document, yaml_tree): a growable node array and an arena for
// runs of values (decoded strings, child lists). Neither ever moves what it holds, so growing costs
// no copy and no moment where an old and a new buffer are both alive: peak memory stays at what is
// held, and pointers into them stay valid while the tree lives.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstring>
#include <memory>
#include <type_traits>
#include <utility>
#include <vector>

namespace kgviz {

/// A growable array stored in fixed-size chunks.
template <class T, std::size_t kChunkBits = 14>
class ChunkedVector {
 public:
  static constexpr std::size_t kChunkSize = std::size_t{1} << kChunkBits;

  [[nodiscard]] std::size_t size() const { return size_; }
  [[nodiscard]] bool empty() const { return size_ == 0; }

  T& operator[](std::size_t index) {
    return chunks_[index >> kChunkBits][index & (kChunkSize - 1)];
  }
  const T& operator[](std::size_t index) const {
    return chunks_[index >> kChunkBits][index & (kChunkSize - 1)];
  }

  T& push_back(T value) {
    if ((size_ & (kChunkSize - 1)) == 0 && (size_ >> kChunkBits) == chunks_.size()) {
      chunks_.push_back(std::make_unique<T[]>(kChunkSize));
    }
    T& slot = (*this)[size_++];
    slot = std::move(value);
    return slot;
  }

  void clear() {
    chunks_.clear();
    size_ = 0;
  }

 private:
  std::vector<std::unique_ptr<T[]>> chunks_;
  std::size_t size_ = 0;
};

/// Copies of runs of trivially copyable values, each kept contiguous at a stable address. Runs
/// share blocks; a run of more than a quarter block gets a block of its own, so at most a quarter
/// of the memory is left unused at block ends.
template <class T, std::size_t kBlockSize = (std::size_t{1} << 20) / sizeof(T)>
class Arena {
  static_assert(std::is_trivially_copyable_v<T>);

 public:
  /// A stable copy of `count` values from `data`.
  const T* store(const T* data, std::size_t count) {
    if (count == 0) return nullptr;
    if (count > kBlockSize / 4) {
      blocks_.push_back(std::unique_ptr<T[]>(new T[count]));
      std::memcpy(blocks_.back().get(), data, count * sizeof(T));
      return blocks_.back().get();
    }
    if (current_ == nullptr || used_ + count > kBlockSize) {
      blocks_.push_back(std::unique_ptr<T[]>(new T[kBlockSize]));
      current_ = blocks_.back().get();
      used_ = 0;
    }
    T* at = current_ + used_;
    std::memcpy(at, data, count * sizeof(T));
    used_ += count;
    return at;
  }

  void clear() {
    blocks_.clear();
    current_ = nullptr;
    used_ = 0;
  }

 private:
  std::vector<std::unique_ptr<T[]>> blocks_;
  T* current_ = nullptr;
  std::size_t used_ = 0;
};

}  // namespace kgviz
