#include "cli/fd_stream.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace kgviz {

namespace {
constexpr std::size_t kBufferBytes = 1 << 16;
}  // namespace

FdStreambuf::FdStreambuf(int fd) : fd_(fd), buffer_(kBufferBytes) {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
}

FdStreambuf::~FdStreambuf() { flush_buffer(); }

bool FdStreambuf::write_fully(const char* data, std::size_t size) {
  while (size > 0 && error_ == 0) {
    const ssize_t written = ::write(fd_, data, size);
    if (written < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
    } else if (written == 0) {
      error_ = EIO;
    } else {
      data += written;
      size -= static_cast<std::size_t>(written);
    }
  }
  return error_ == 0;
}

bool FdStreambuf::flush_buffer() {
  const std::size_t pending = static_cast<std::size_t>(pptr() - pbase());
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return write_fully(buffer_.data(), pending);
}

FdStreambuf::int_type FdStreambuf::overflow(int_type ch) {
  if (!flush_buffer()) return traits_type::eof();
  if (traits_type::eq_int_type(ch, traits_type::eof())) return traits_type::not_eof(ch);
  *pptr() = traits_type::to_char_type(ch);
  pbump(1);
  return ch;
}

std::streamsize FdStreambuf::xsputn(const char* data, std::streamsize size) {
  const auto count = static_cast<std::size_t>(size);
  if (count <= static_cast<std::size_t>(epptr() - pptr())) {
    std::memcpy(pptr(), data, count);
    pbump(static_cast<int>(count));
    return size;
  }
  // Larger than the room left: flush, then write it straight through.
  if (!flush_buffer() || !write_fully(data, count)) return 0;
  return size;
}

int FdStreambuf::sync() { return flush_buffer() ? 0 : -1; }

std::string write_failure_reason(const std::ostream& stream) {
  const auto* buffer = dynamic_cast<const FdStreambuf*>(stream.rdbuf());
  if (buffer != nullptr && buffer->error() != 0) return std::strerror(buffer->error());
  return "write error";
}

void reserve_standard_descriptors() {
  for (int fd : {STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO}) {
    if (::fcntl(fd, F_GETFD) != -1 || errno != EBADF) continue;
    // Standard input gets /dev/null opened write-only (reads fail). Standard output and error get
    // a path-only descriptor of "/": writes fail, and reopening it as /dev/stdout or /dev/stderr
    // finds a folder, which no output accepts.
    const int placeholder =
        fd == STDIN_FILENO ? ::open("/dev/null", O_WRONLY) : ::open("/", O_PATH | O_DIRECTORY);
    if (placeholder >= 0 && placeholder != fd) {
      ::dup2(placeholder, fd);
      ::close(placeholder);
    }
  }
}

}  // namespace kgviz
