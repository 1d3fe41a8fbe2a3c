// Checks on a run's `-o` targets, made before anything is read and again just before a commit
// renames the first file: what the operating system would refuse is found while nothing has been
// replaced yet.
#pragma once

#include <string>
#include <vector>

namespace kgviz {

/// Whether `path` is written in place rather than replaced by a rename: "-" (standard output), a
/// target that is not a regular file (a device like /dev/full, a FIFO), and any path in /dev or
/// /proc (/dev/stdout, /dev/fd/N, /proc/self/fd/N lead to a descriptor, even when it is a regular
/// file: replacing the link would break the system's /dev).
bool is_written_in_place(const std::string& path);

/// Throws Error ("cannot write 'PATH': reason") when `path` could not be written or replaced:
/// its folder is missing, not writable, immutable or append-only (chattr +i / +a); the name is
/// too long; it is a folder; it exists and is not writable, append-only or immutable, or belongs
/// to another user in a sticky folder (+t, like /tmp). "-" (standard output) passes. A target
/// written in place is only checked for existing and being writable.
void check_output_target(const std::string& path);

/// Usage checks of a run's outputs (UsageError, exit 2): standard output at most once; no two
/// outputs naming the same file; no output naming one of `inputs` (files read by the run: "-" and
/// "" are skipped; "/dev/stdin" is named "standard input" in the message) — compared as files
/// (device and inode, so symbolic and hard links count) and, for names that do not exist yet, as
/// absolute paths with links resolved.
void check_outputs_apart(const std::vector<std::string>& outputs,
                         const std::vector<std::string>& inputs);

}  // namespace kgviz
