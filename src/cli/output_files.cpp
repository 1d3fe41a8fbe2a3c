#include "cli/output_files.hpp"

#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <ostream>
#include <set>
#include <sstream>

#include "cli/fd_stream.hpp"
#include "cli/interrupt_cleanup.hpp"
#include "cli/output_targets.hpp"
#include "cli/temporary_names.hpp"
#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

timespec now() {
  timespec time{};
  ::clock_gettime(CLOCK_REALTIME, &time);
  return time;
}

/// When this process started: hidden files older than this, of processes no longer running, are
/// leftovers of killed runs.
const timespec kProcessStart = now();

[[noreturn]] void fail(const std::string& path, const std::string& reason) {
  throw Error("cannot write '" + path + "': " + reason);
}

/// The mode the new file gets: that of the file it replaces, less set-user-ID, set-group-ID and
/// sticky bits (an output is no program to run with its owner's rights); for a new file that of
/// open(2) with 0666 and the umask (mkstemp's 0600 would make outputs unreadable to others).
mode_t target_mode(const std::string& path) {
  struct stat existing {};
  if (::stat(path.c_str(), &existing) == 0) return existing.st_mode & 0777;
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return 0666 & ~mask;
}

/// Writes `content` to `buffer` and flushes it; the errno of a failure, else 0.
int write_through(FdStreambuf& buffer, const std::string& content) {
  buffer.sputn(content.data(), static_cast<std::streamsize>(content.size()));
  buffer.pubsync();
  return buffer.error();
}

/// Renames `from` to `to` unless `to` exists (then EEXIST): moving a target aside must never
/// replace another file.
int rename_without_replacing(const std::string& from, const std::string& to) {
#ifdef RENAME_NOREPLACE
  if (::renameat2(AT_FDCWD, from.c_str(), AT_FDCWD, to.c_str(), RENAME_NOREPLACE) == 0) return 0;
  if (errno != EINVAL && errno != ENOSYS) return errno;
#endif
  struct stat existing {};
  if (::lstat(to.c_str(), &existing) == 0) return EEXIST;
  return ::rename(from.c_str(), to.c_str()) == 0 ? 0 : errno;
}

void close_descriptor(int& fd) {
  if (fd >= 0) ::close(fd);
  fd = -1;
}

/// Makes the renames in `folder` durable (best effort: a folder that cannot be synced is no error).
void sync_folder(const std::string& folder) {
  const int fd = ::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

}  // namespace

OutputSet::OutputSet(std::ostream& standard_output) : standard_output_(standard_output) {}

OutputSet::~OutputSet() {
  if (committed_) return;
  try {
    remove_temporaries();
  } catch (...) {  // a destructor must not throw; the files then stay for a later run to remove
  }
}

void OutputSet::set_before_rename_for_testing(std::function<void(const std::string&)> hook) {
  before_rename_ = std::move(hook);
}

void OutputSet::write(const std::string& path, const std::function<void(std::ostream&)>& produce) {
  Output output;
  output.path = path;
  output.in_place = is_written_in_place(path);
  if (output.in_place) {
    std::ostringstream text;
    produce(text);
    output.content = std::move(text).str();
    outputs_.push_back(std::move(output));
    return;
  }
  remove_stale_temporaries(path, kProcessStart);
  outputs_.reserve(outputs_.size() + 1);  // so that adding it below cannot fail
  {
    SignalHold hold;  // no signal between creating the file and registering it for removal
    output.temporary =
        make_hidden_beside(path, HiddenKind::Output, [&output](const std::string& candidate) {
          output.fd = open_and_lock(candidate, O_WRONLY | O_CREAT | O_EXCL);
          return output.fd < 0 ? errno : 0;
        });
    try {
      output.slot = register_cleanup(output.temporary);
    } catch (...) {
      ::unlink(output.temporary.c_str());
      close_descriptor(output.fd);
      throw;
    }
    outputs_.push_back(output);
  }
  Output& added = outputs_.back();
  FdStreambuf buffer(added.fd);
  std::ostream stream(&buffer);
  produce(stream);
  stream.flush();
  if (buffer.error() != 0) fail(path, std::strerror(buffer.error()));
  if (!stream) fail(path, "write error");
  if (::fchmod(added.fd, target_mode(path)) != 0 || ::fsync(added.fd) != 0) {
    fail(path, std::strerror(errno));
  }
}

void OutputSet::write_in_place(Output& output) {
  if (output.path == "-") {
    standard_output_.write(output.content.data(),
                           static_cast<std::streamsize>(output.content.size()));
    standard_output_.flush();
    if (!standard_output_) {
      throw Error("cannot write to standard output: " + write_failure_reason(standard_output_));
    }
  } else {
    // A regular file here is reached through a descriptor link (/dev/stdout when standard output
    // goes to a file): appending writes after what the descriptor already received, as writing
    // to the descriptor would, without truncating a file opened with >>.
    struct stat info {};
    const bool regular = ::stat(output.path.c_str(), &info) == 0 && S_ISREG(info.st_mode);
    const int fd =
        ::open(output.path.c_str(), O_WRONLY | O_CLOEXEC | O_NOCTTY | (regular ? O_APPEND : 0));
    if (fd < 0) fail(output.path, std::strerror(errno));
    int error = 0;
    {
      FdStreambuf buffer(fd);
      error = write_through(buffer, output.content);
    }
    if (::close(fd) != 0 && error == 0) error = errno;
    if (error != 0) fail(output.path, std::strerror(error));
  }
  std::string().swap(output.content);
}

void OutputSet::replace_target(Output& output) {
  const std::string& path = output.path;
  struct stat previous {};
  if (::lstat(path.c_str(), &previous) == 0 && !S_ISDIR(previous.st_mode)) {
    // Keep the previous target: a second name for it (the target stays in place meanwhile), or,
    // where hard links are refused (some filesystems, protected_hardlinks), the target moved aside.
    try {
      output.backup =
          make_hidden_beside(path, HiddenKind::Backup, [&path](const std::string& candidate) {
            return ::link(path.c_str(), candidate.c_str()) == 0 ? 0 : errno;
          });
    } catch (const Error&) {
      output.backup =
          make_hidden_beside(path, HiddenKind::Backup, [&path](const std::string& candidate) {
            return rename_without_replacing(path, candidate);
          });
      output.moved_aside = true;
    }
    output.backup_fd = open_and_lock(output.backup, O_RDONLY | O_NONBLOCK | O_NOCTTY);
  }
  if (before_rename_) before_rename_(path);
  if (::rename(output.temporary.c_str(), path.c_str()) != 0) {
    // A target moved aside must come back like the replaced ones.
    output.replaced = output.moved_aside;
    fail(path, std::strerror(errno));
  }
  unregister_cleanup(output.slot);
  output.temporary.clear();
  output.replaced = true;
}

std::string OutputSet::put_back_replaced() {
  std::string problems;
  for (auto it = outputs_.rbegin(); it != outputs_.rend(); ++it) {
    Output& output = *it;
    if (!output.replaced) continue;
    const bool restored = output.backup.empty()
                              ? ::unlink(output.path.c_str()) == 0
                              : ::rename(output.backup.c_str(), output.path.c_str()) == 0;
    if (restored) {
      output.backup.clear();
      output.replaced = false;
      continue;
    }
    problems += "; '" + output.path + "' could not be put back (" + std::strerror(errno) + ")";
    if (!output.backup.empty()) problems += ": its previous content is in '" + output.backup + "'";
    output.backup.clear();  // kept for the user: never removed
  }
  return problems;
}

void OutputSet::release(Output& output) {
  if (!output.backup.empty()) ::unlink(output.backup.c_str());
  output.backup.clear();
  if (!output.temporary.empty()) ::unlink(output.temporary.c_str());
  output.temporary.clear();
  unregister_cleanup(output.slot);
  close_descriptor(output.fd);
  close_descriptor(output.backup_fd);
}

void OutputSet::remove_temporaries() {
  SignalHold hold;
  for (auto& output : outputs_) release(output);
}

void OutputSet::commit() {
  for (const auto& output : outputs_) {
    if (!output.in_place) check_output_target(output.path);
  }
  for (auto& output : outputs_) {
    if (output.in_place && output.path == "-") write_in_place(output);
  }
  for (auto& output : outputs_) {
    if (output.in_place && output.path != "-") write_in_place(output);
  }
  {
    SignalHold hold;  // a signal now would find some targets replaced and others not
    try {
      for (auto& output : outputs_) {
        if (!output.in_place) replace_target(output);
      }
    } catch (const std::exception& e) {  // Error from a rename, or bad_alloc: put back either way
      const std::string problems = put_back_replaced();
      for (auto& output : outputs_) release(output);
      throw Error(std::string(e.what()) + (problems.empty() ? "; no file was changed" : problems));
    }
    std::set<std::string> folders;
    for (auto& output : outputs_) {
      if (output.in_place) continue;
      folders.insert(folder_of(output.path));
      release(output);
    }
    for (const auto& folder : folders) sync_folder(folder);
    committed_ = true;
  }
}

}  // namespace kgviz
