#include "cli/output_targets.hpp"

#include <fcntl.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef __linux__
#include <linux/fs.h>
#endif

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "cli/interrupt_cleanup.hpp"
#include "cli/temporary_names.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

[[noreturn]] void refuse(const std::string& path, const std::string& reason) {
  throw Error("cannot write '" + path + "': " + reason);
}

struct InodeFlags {
  bool append_only = false;  // chattr +a
  bool immutable = false;    // chattr +i
};

/// The chattr flags of `path`; none where they cannot be read (no permission, a filesystem without
/// them).
InodeFlags inode_flags(const std::string& path, bool folder) {
  InodeFlags result;
#ifdef __linux__
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY |
                                          (folder ? O_DIRECTORY : O_NOFOLLOW));
  if (fd < 0) return result;
  int flags = 0;
  if (::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0) {
    result.append_only = (flags & FS_APPEND_FL) != 0;
    result.immutable = (flags & FS_IMMUTABLE_FL) != 0;
  }
  ::close(fd);
#else
  (void)path;
  (void)folder;
#endif
  return result;
}

void check_folder(const std::string& path, const std::string& folder, struct stat& info) {
  if (::stat(folder.c_str(), &info) != 0 || !S_ISDIR(info.st_mode)) {
    refuse(path, "folder '" + folder + "' does not exist");
  }
  const InodeFlags flags = inode_flags(folder, true);
  if (flags.immutable) refuse(path, "folder '" + folder + "' is immutable (chattr +i)");
  if (flags.append_only) {
    refuse(path,
           "folder '" + folder + "' is append-only (chattr +a): no file in it can be replaced");
  }
  if (::access(folder.c_str(), W_OK | X_OK) != 0) refuse(path, std::strerror(errno));
  const long name_max = ::pathconf(folder.c_str(), _PC_NAME_MAX);
  if (name_max > 0 &&
      std::filesystem::path(path).filename().string().size() > static_cast<std::size_t>(name_max)) {
    refuse(path, std::strerror(ENAMETOOLONG));
  }
}

/// Whether `a` and `b` name the same file: the same device and inode when both exist (regular
/// files only: two names of /dev/null are no conflict), else the same absolute path with every
/// existing link resolved.
bool same_file(const std::string& a, const std::string& b) {
  struct stat first {};
  struct stat second {};
  const bool first_exists = ::stat(a.c_str(), &first) == 0;
  const bool second_exists = ::stat(b.c_str(), &second) == 0;
  if (first_exists && second_exists) {
    return S_ISREG(first.st_mode) && S_ISREG(second.st_mode) && first.st_dev == second.st_dev &&
           first.st_ino == second.st_ino;
  }
  if (first_exists != second_exists) return false;
  const auto resolved = [](const std::string& path, std::error_code& ec) {
    // Absolute first: weakly_canonical leaves a relative name whose first part does not exist as
    // is.
    return std::filesystem::weakly_canonical(std::filesystem::absolute(path, ec), ec);
  };
  std::error_code ec_a;
  std::error_code ec_b;
  const auto resolved_a = resolved(a, ec_a);
  const auto resolved_b = resolved(b, ec_b);
  return !ec_a && !ec_b && resolved_a == resolved_b;
}

}  // namespace

bool is_written_in_place(const std::string& path) {
  if (path == "-") return true;
  struct stat target {};
  if (::stat(path.c_str(), &target) == 0 && !S_ISREG(target.st_mode) && !S_ISDIR(target.st_mode)) {
    return true;
  }
  std::error_code ec;
  const std::string absolute = std::filesystem::absolute(path, ec).lexically_normal().string();
  return !ec && (absolute.rfind("/dev/", 0) == 0 || absolute.rfind("/proc/", 0) == 0);
}

void check_output_target(const std::string& path) {
  if (path == "-") return;
  struct stat target {};
  const bool exists = ::stat(path.c_str(), &target) == 0;
  if (exists && S_ISDIR(target.st_mode)) refuse(path, "it is a directory");
  if (is_written_in_place(path)) {
    if (::access(path.c_str(), W_OK) != 0) refuse(path, std::strerror(errno));
    return;
  }
  const std::string folder = folder_of(path);
  struct stat folder_info {};
  check_folder(path, folder, folder_info);
  struct stat entry {};
  if (::lstat(path.c_str(), &entry) != 0) return;  // a new file
  // The name itself is what the rename replaces: a link, not the file it points to.
  if (S_ISREG(entry.st_mode)) {
    const InodeFlags flags = inode_flags(path, false);
    if (flags.append_only) refuse(path, "it is append-only (chattr +a): it cannot be replaced");
    if (flags.immutable) refuse(path, "it is immutable (chattr +i): it cannot be replaced");
  }
  // A read-only file is not replaced, as a shell's `>` would not write it.
  if (exists && ::access(path.c_str(), W_OK) != 0) refuse(path, std::strerror(errno));
  const uid_t user = ::geteuid();
  if ((folder_info.st_mode & S_ISVTX) != 0 && user != 0 && entry.st_uid != user &&
      folder_info.st_uid != user) {
    refuse(path, "it belongs to another user and folder '" + folder +
                     "' is sticky (+t): only its owner may replace it");
  }
}

void check_outputs_apart(const std::vector<std::string>& outputs,
                         const std::vector<std::string>& inputs) {
  if (std::count(outputs.begin(), outputs.end(), "-") > 1) {
    throw UsageError("standard output (-o -) can be written only once");
  }
  if (outputs.size() > kMaxCleanupFiles) {
    throw UsageError("at most " + std::to_string(kMaxCleanupFiles) + " outputs (-o) in one run");
  }
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i] == "-") continue;
    for (const auto& input : inputs) {
      if (input.empty() || input == "-" || !same_file(outputs[i], input)) continue;
      const std::string what = input == "/dev/stdin" ? "standard input" : "'" + input + "'";
      throw UsageError("-o " + outputs[i] + " is the input file " + what +
                       ": kgviz never writes over its inputs; choose another output name");
    }
    for (std::size_t j = 0; j < i; ++j) {
      if (outputs[j] != "-" && same_file(outputs[j], outputs[i])) {
        throw UsageError("-o " + outputs[j] + " and -o " + outputs[i] + " name the same file");
      }
    }
  }
}

}  // namespace kgviz
