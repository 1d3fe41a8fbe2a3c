// kgviz's hidden files beside an output target NAME: `.NAME.kgviz-PID-RRRRRRCCCC` (PID the process
// that made it, RRRRRR six random letters or digits, CCCC four letters or digits hashed from all
// before them, so that a name a person made matches by chance once in about 15 million). They hold
// an output being written, or the previous content of a target while a commit replaces it, and
// live only during a run.
//
// NAME is cut (at a UTF-8 character boundary) to its first 226 bytes, so the whole name fits the
// 255 bytes a file name may have; the random part keeps it unique.
//
// A run killed by SIGKILL (or a crash) leaves its files behind; a later run writing the same target
// removes them (remove_stale_temporaries), under rules that cannot touch a user's file or a file
// another kgviz still uses.
#pragma once

#include <sys/types.h>
#include <time.h>

#include <functional>
#include <string>
#include <string_view>

namespace kgviz {

/// ".NAME.kgviz-": the start of every hidden file name of target file name `target_name`.
std::string temporary_prefix(std::string_view target_name);

/// The folder of `target` ("." when it has none).
std::string folder_of(const std::string& target);

/// What a hidden file holds: an output being written, or the previous target during a commit.
enum class HiddenKind { Output, Backup };

/// The hidden file name for target file name `target_name`, of process `pid`, with the random part
/// `random` (six letters or digits).
std::string hidden_file_name(std::string_view target_name, HiddenKind kind, pid_t pid,
                             std::string_view random);

/// Makes a new hidden file beside `target` by calling `make(path)` with fresh names (it returns 0,
/// or an errno; EEXIST makes it try another name). Returns the path made; throws Error
/// ("cannot write 'TARGET': reason") for any other failure.
std::string make_hidden_beside(const std::string& target, HiddenKind kind,
                               const std::function<int(const std::string&)>& make);

/// Removes, in the folder of `target`, the hidden files of the same target that earlier kgviz runs
/// left: a name `.NAME.kgviz-PID-RRRRRRCCCC` exactly (check letters included), a regular file, last
/// modified before `run_start`, made by a process PID that no longer runs on this machine, and not
/// locked (kgviz holds a lock on each of its files while it runs, which also protects files of runs
/// on other machines or in other PID namespaces); a backup only while the target exists (a commit
/// killed between moving the target aside and renaming the new file in leaves the previous content
/// in the backup alone: it is kept). Every failure is ignored: this is tidying, not part of the
/// run's result. Returns how many were removed.
std::size_t remove_stale_temporaries(const std::string& target, const timespec& run_start);

/// Opens `path` (a kgviz hidden file) and takes the lock that marks it as in use; returns the
/// descriptor, or -1 (errno set) when it cannot be opened. A filesystem without locks is not an
/// error: the file is then protected by its PID alone.
int open_and_lock(const std::string& path, int flags);

}  // namespace kgviz
