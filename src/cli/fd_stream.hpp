// An output stream buffer over a file descriptor that remembers why a write failed, so that every
// write kgviz makes (temporary files, standard output) can be reported with its reason ("No space
// left on device", "Bad file descriptor") instead of a bare failbit.
#pragma once

#include <ostream>
#include <streambuf>
#include <string>
#include <vector>

namespace kgviz {

class FdStreambuf : public std::streambuf {
 public:
  /// Writes to `fd`, which stays owned by the caller (never closed here).
  explicit FdStreambuf(int fd);
  ~FdStreambuf()
      override;  // flushes what is buffered; a failure there is lost: call pubsync() first
  FdStreambuf(const FdStreambuf&) = delete;
  FdStreambuf& operator=(const FdStreambuf&) = delete;

  /// errno of the first write that failed, 0 when none did. After a failure every write fails.
  [[nodiscard]] int error() const { return error_; }

 protected:
  int_type overflow(int_type ch) override;
  std::streamsize xsputn(const char* data, std::streamsize size) override;
  int sync() override;

 private:
  bool flush_buffer();
  bool write_fully(const char* data, std::size_t size);

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

/// The reason the writes of `stream` failed, e.g. "No space left on device": the error its
/// FdStreambuf recorded, else "write error".
std::string write_failure_reason(const std::ostream& stream);

/// Puts a placeholder on each of descriptors 0, 1 and 2 that was closed when kgviz started (one
/// that makes every use fail with "Bad file descriptor"), so that no file kgviz opens later takes
/// their number and receives what was meant for standard output.
void reserve_standard_descriptors();

}  // namespace kgviz
