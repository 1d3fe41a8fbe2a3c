#include "cli/output_files.hpp"

#include <fcntl.h>
#include <limits.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstring>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <ostream>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

// Temporary files of the commit under way, for the signal handler: fixed storage, because a
// handler may only call async-signal-safe functions (unlink, not free).
constexpr std::size_t kMaxPending = 256;
char g_pending[kMaxPending][PATH_MAX];
std::atomic<std::size_t> g_pending_count{0};

void register_pending(const std::string& path) {
  const std::size_t slot = g_pending_count.load();
  if (slot >= kMaxPending || path.size() >= PATH_MAX) return;
  std::memcpy(g_pending[slot], path.c_str(), path.size() + 1);
  g_pending_count.store(slot + 1);
}

void clear_pending() { g_pending_count.store(0); }

extern "C" void remove_pending_and_reraise(int signal_number) {
  const std::size_t count = g_pending_count.load();
  for (std::size_t i = 0; i < count; ++i) ::unlink(g_pending[i]);
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

bool is_special_file(const std::string& path) {
  struct stat info {};
  return ::stat(path.c_str(), &info) == 0 && !S_ISREG(info.st_mode);
}

std::filesystem::path folder_of(const std::string& path) {
  std::filesystem::path folder = std::filesystem::path(path).parent_path();
  return folder.empty() ? std::filesystem::path(".") : folder;
}

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw Error("cannot write '" + path + "': " + reason);
}

/// The mode a new file gets from open(2) with 0666 (umask applied), or the mode of the file being
/// replaced: mkstemp's 0600 would make outputs unreadable to others.
mode_t target_mode(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 07777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

void write_all(int fd, const std::string& content, const std::string& path) {
  std::size_t done = 0;
  while (done < content.size()) {
    const ssize_t n = ::write(fd, content.data() + done, content.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(path, std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
}

}  // namespace

OutputSet::OutputSet(std::ostream& standard_output) : standard_output_(standard_output) {}

OutputSet::~OutputSet() {
  if (!committed_) remove_temporaries();
}

void OutputSet::check_writable(const std::string& path) {
  if (path == "-") return;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) fail(path, "it is a directory");
  const std::filesystem::path folder = folder_of(path);
  if (!std::filesystem::is_directory(folder, ec)) {
    fail(path, "folder '" + folder.string() + "' does not exist");
  }
  if (::access(folder.c_str(), W_OK) != 0) fail(path, std::strerror(errno));
  if (std::filesystem::exists(path, ec) && ::access(path.c_str(), W_OK) != 0) {
    fail(path, std::strerror(errno));
  }
}

void OutputSet::add(const std::string& path, std::string content) {
  staged_.push_back(Staged{path, std::move(content), {}});
}

void OutputSet::remove_temporaries() {
  for (auto& staged : staged_) {
    if (!staged.temporary.empty()) {
      ::unlink(staged.temporary.c_str());
      staged.temporary.clear();
    }
  }
  clear_pending();
}

void install_interrupt_cleanup() {
  for (int signal_number : {SIGINT, SIGTERM, SIGHUP}) {
    struct sigaction action {};
    action.sa_handler = remove_pending_and_reraise;
    sigemptyset(&action.sa_mask);
    ::sigaction(signal_number, &action, nullptr);
  }
}

void OutputSet::commit() {
  try {
    for (auto& staged : staged_) {
      if (staged.path == "-" || is_special_file(staged.path)) continue;
      const std::string name = std::filesystem::path(staged.path).filename().string();
      std::string pattern = (folder_of(staged.path) / ("." + name + ".kgviz-XXXXXX")).string();
      const int fd = ::mkstemp(pattern.data());
      if (fd < 0) fail(staged.path, std::strerror(errno));
      staged.temporary = pattern;
      register_pending(pattern);
      try {
        write_all(fd, staged.content, staged.path);
        if (::fchmod(fd, target_mode(staged.path)) != 0 || ::fsync(fd) != 0) {
          fail(staged.path, std::strerror(errno));
        }
      } catch (...) {
        ::close(fd);
        throw;
      }
      if (::close(fd) != 0) fail(staged.path, std::strerror(errno));
    }
    for (auto& staged : staged_) {
      if (staged.path == "-" || !staged.temporary.empty()) continue;
      const int fd = ::open(staged.path.c_str(), O_WRONLY | O_CLOEXEC);
      if (fd < 0) fail(staged.path, std::strerror(errno));
      try {
        write_all(fd, staged.content, staged.path);
      } catch (...) {
        ::close(fd);
        throw;
      }
      if (::close(fd) != 0) fail(staged.path, std::strerror(errno));
    }
  } catch (...) {
    remove_temporaries();
    throw;
  }
  for (auto& staged : staged_) {
    if (staged.temporary.empty()) continue;
    if (::rename(staged.temporary.c_str(), staged.path.c_str()) != 0) {
      const std::string reason = std::strerror(errno);
      remove_temporaries();
      fail(staged.path, reason);
    }
    staged.temporary.clear();
  }
  clear_pending();
  committed_ = true;
  for (auto& staged : staged_) {
    if (staged.path == "-") standard_output_ << staged.content;
  }
  standard_output_.flush();
  if (!standard_output_) throw Error("cannot write to standard output");
}

}  // namespace kgviz
