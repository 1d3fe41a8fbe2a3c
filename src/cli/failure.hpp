// How a run that ended with an exception is reported: which message, which exit status.
#pragma once

#include <exception>
#include <ostream>

namespace kgviz {

/// Exit statuses (README, "Exit codes").
inline constexpr int kExitFailed = 1;    ///< bad input, or an operation that failed (I/O, memory)
inline constexpr int kExitUsage = 2;     ///< the command line is wrong
inline constexpr int kExitInternal = 3;  ///< a bug in kgviz: a broken invariant, not the input

/// Writes what `failure` says on `err` and returns the exit status. Usage errors: one
/// `kgviz: error:` line (exit 2). Input errors: every `FILE:LINE:COL: error:` line (exit 1). Out of
/// memory and other run-time failures (a file that cannot be written): `kgviz: error:` (exit 1).
/// Programmer errors (std::logic_error: a broken invariant, an index out of range) are not the
/// user's fault and are not reported as bad input: `kgviz: internal error:` with a request to
/// report it (exit 3).
int report_failure(const std::exception_ptr& failure, std::ostream& err);

}  // namespace kgviz
