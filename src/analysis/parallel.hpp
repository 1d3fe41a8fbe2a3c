// Deterministic parallel loops: work is cut into a fixed number of blocks that does not depend on
// the thread count, so per-block partial results combined in block order give identical numbers
// with 1 or N threads.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace kgviz {

/// Receives the fraction (0 to 1) of a long computation done so far; may be called from worker
/// threads, one call at a time.
using ProgressCallback = std::function<void(double)>;

/// Number of worker threads to use: `requested`, or all hardware threads when 0.
inline unsigned resolve_threads(unsigned requested) {
  if (requested > 0) return requested;
  const unsigned hardware = std::thread::hardware_concurrency();
  return hardware == 0 ? 1 : hardware;
}

/// Calls `body(block, first, last)` for `blocks` consecutive ranges covering [0, count), on up to
/// `threads` threads. Blocks are handed out in order; the first exception is rethrown.
template <class Body>
void parallel_blocks(std::size_t count, std::size_t blocks, unsigned threads, Body&& body) {
  if (count == 0) return;
  blocks = std::max<std::size_t>(1, std::min(blocks, count));
  auto range = [&](std::size_t block, std::size_t& first, std::size_t& last) {
    first = count * block / blocks;
    last = count * (block + 1) / blocks;
  };
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(threads, blocks));
  if (workers <= 1) {
    for (std::size_t block = 0; block < blocks; ++block) {
      std::size_t first = 0;
      std::size_t last = 0;
      range(block, first, last);
      body(block, first, last);
    }
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_mutex;
  std::vector<std::thread> pool;
  pool.reserve(workers);
  for (unsigned t = 0; t < workers; ++t) {
    pool.emplace_back([&] {
      for (std::size_t block = next++; block < blocks; block = next++) {
        try {
          std::size_t first = 0;
          std::size_t last = 0;
          range(block, first, last);
          body(block, first, last);
        } catch (...) {
          std::lock_guard<std::mutex> lock(failure_mutex);
          if (!failure) failure = std::current_exception();
        }
      }
    });
  }
  for (auto& thread : pool) thread.join();
  if (failure) std::rethrow_exception(failure);
}

}  // namespace kgviz
