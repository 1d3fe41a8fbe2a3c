#include "cli/temporary_names.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <random>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr std::string_view kMarker = ".kgviz-";
constexpr std::size_t kRandomLength = 6;
constexpr std::size_t kCheckLength = 4;
constexpr std::size_t kMaxPidDigits = 10;  // pid_t is 32 bits
constexpr std::size_t kNameMax = 255;      // NAME_MAX of Linux filesystems
// "." NAME ".kgviz-" PID "-" RANDOM CHECK must fit kNameMax whatever the PID.
constexpr std::size_t kMaxTargetBytes =
    kNameMax - 1 - kMarker.size() - kMaxPidDigits - 1 - kRandomLength - kCheckLength;
constexpr std::size_t kAttempts = 100;
constexpr std::string_view kAlphabet =
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

/// Four letters or digits that a hash of `text` (FNV-1a) decides: they make a name kgviz's own,
/// since a name a person typed matches them by chance once in 62^4 (about 15 million).
std::string check_letters(std::string_view text) {
  std::uint64_t hash = 14695981039346656037ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 1099511628211ULL;
  }
  std::string letters(kCheckLength, 'x');
  for (char& c : letters) {
    c = kAlphabet[hash % kAlphabet.size()];
    hash /= kAlphabet.size();
  }
  return letters;
}

std::string random_letters() {
  thread_local std::mt19937_64 engine{std::random_device{}() ^
                                      (static_cast<std::uint64_t>(::getpid()) << 32) ^
                                      static_cast<std::uint64_t>(::time(nullptr))};
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string letters(kRandomLength, 'x');
  for (char& c : letters) c = kAlphabet[pick(engine)];
  return letters;
}

/// The file name after ".NAME.kgviz-": "PID-RANDOMCHECK", CHECK being check_letters of all before
/// it and of the kind (so a backup and an output file never pass for each other).
std::string owner_part(std::string_view prefix, HiddenKind kind, pid_t pid,
                       std::string_view random) {
  const std::string head = std::to_string(pid) + "-" + std::string(random);
  return head +
         check_letters(std::string(prefix) + head + (kind == HiddenKind::Backup ? "b" : "o"));
}

/// The PID in `name` when it is prefix + owner_part(prefix, kind, PID, RANDOM) exactly; 0
/// otherwise.
pid_t parse_owner(std::string_view prefix, HiddenKind kind, std::string_view name) {
  const std::string_view rest = name.substr(prefix.size());
  const std::size_t dash = rest.find('-');
  if (dash == std::string_view::npos || dash == 0 || dash > kMaxPidDigits || rest[0] == '0' ||
      rest.size() != dash + 1 + kRandomLength + kCheckLength) {
    return 0;
  }
  long long value = 0;
  for (char c : rest.substr(0, dash)) {
    if (c < '0' || c > '9') return 0;
    value = value * 10 + (c - '0');
  }
  if (value > 0x7fffffff) return 0;
  const auto pid = static_cast<pid_t>(value);
  const std::string random(rest.substr(dash + 1, kRandomLength));
  return owner_part(prefix, kind, pid, random) == rest ? pid : 0;
}

bool process_is_running(pid_t pid) { return ::kill(pid, 0) == 0 || errno != ESRCH; }

bool is_before(const timespec& a, const timespec& b) {
  return a.tv_sec < b.tv_sec || (a.tv_sec == b.tv_sec && a.tv_nsec < b.tv_nsec);
}

/// Whether the file at `path` (a regular file, not a link) is held by no other process: its lock
/// could be taken. Unreadable or unlockable files count as held.
bool is_unlocked_regular_file(const std::string& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) return false;
  struct stat info {};
  const bool unlocked =
      ::fstat(fd, &info) == 0 && S_ISREG(info.st_mode) && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
  ::close(fd);
  return unlocked;
}

}  // namespace

std::string temporary_prefix(std::string_view target_name) {
  std::size_t keep = std::min(target_name.size(), kMaxTargetBytes);
  // Never cut a UTF-8 sequence: back up over continuation bytes (10xxxxxx).
  while (keep > 0 && keep < target_name.size() &&
         (static_cast<unsigned char>(target_name[keep]) & 0xC0) == 0x80) {
    --keep;
  }
  return "." + std::string(target_name.substr(0, keep)) + std::string(kMarker);
}

std::string hidden_file_name(std::string_view target_name, HiddenKind kind, pid_t pid,
                             std::string_view random) {
  const std::string prefix = temporary_prefix(target_name);
  return prefix + owner_part(prefix, kind, pid, random);
}

std::string folder_of(const std::string& target) {
  const std::string folder = std::filesystem::path(target).parent_path().string();
  return folder.empty() ? "." : folder;
}

std::string make_hidden_beside(const std::string& target, HiddenKind kind,
                               const std::function<int(const std::string&)>& make) {
  const std::string name = std::filesystem::path(target).filename().string();
  const std::filesystem::path folder = folder_of(target);
  int error = EEXIST;
  for (std::size_t attempt = 0; attempt < kAttempts && error == EEXIST; ++attempt) {
    const std::string candidate =
        (folder / hidden_file_name(name, kind, ::getpid(), random_letters())).string();
    error = make(candidate);
    if (error == 0) return candidate;
  }
  throw Error("cannot write '" + target + "': " + std::strerror(error));
}

int open_and_lock(const std::string& path, int flags) {
  const int fd = ::open(path.c_str(), flags | O_CLOEXEC | O_NOFOLLOW, 0600);
  if (fd >= 0) ::flock(fd, LOCK_EX | LOCK_NB);  // no lock support: the PID alone protects it
  return fd;
}

std::size_t remove_stale_temporaries(const std::string& target, const timespec& run_start) {
  const std::string folder = folder_of(target);
  const std::string prefix = temporary_prefix(std::filesystem::path(target).filename().string());
  DIR* directory = ::opendir(folder.c_str());
  if (directory == nullptr) return 0;
  std::size_t removed = 0;
  while (const dirent* entry = ::readdir(directory)) {
    const std::string_view name = entry->d_name;
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0) continue;
    const pid_t output_pid = parse_owner(prefix, HiddenKind::Output, name);
    const pid_t pid = output_pid != 0 ? output_pid : parse_owner(prefix, HiddenKind::Backup, name);
    if (pid == 0 || pid == ::getpid() || process_is_running(pid)) continue;
    // A backup may be the only copy of a target that a killed commit had moved aside.
    struct stat target_info {};
    if (output_pid == 0 && ::lstat(target.c_str(), &target_info) != 0) continue;
    const std::string path = (std::filesystem::path(folder) / std::string(name)).string();
    struct stat info {};
    if (::lstat(path.c_str(), &info) != 0 || !S_ISREG(info.st_mode)) continue;
    if (!is_before(info.st_mtim, run_start)) continue;
    if (!is_unlocked_regular_file(path)) continue;
    if (::unlink(path.c_str()) == 0) ++removed;
  }
  ::closedir(directory);
  return removed;
}

}  // namespace kgviz
