// Removing kgviz's temporary files when a signal ends the run: a registry of the files to remove,
// kept in fixed storage the signal handler can read, and a way to hold signals back while the
// registry and the files it names change together (a commit's renames).
//
// Signals handled: SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2, SIGXFSZ,
// SIGXCPU, SIGVTALRM, SIGPROF (SIGHUP and SIGPIPE stay ignored when kgviz starts with them ignored,
// as under nohup). The handler removes every registered file, then the signal ends the process
// with its usual status.
// SIGKILL cannot be caught: what it leaves is removed by a later run (temporary_names.hpp).
#pragma once

#include <cstddef>
#include <string>

namespace kgviz {

/// Installs the handlers. Call once from main(), before any output is opened.
void install_interrupt_cleanup();

/// At most this many files are registered at once (kgviz refuses more outputs than this).
constexpr std::size_t kMaxCleanupFiles = 256;

/// Registers `path` for removal by the handler; returns its slot. Throws Error when every slot is
/// taken or the path is longer than PATH_MAX. Call inside a SignalHold, together with the
/// creation of the file, so that no signal comes between the two.
std::size_t register_cleanup(const std::string& path);
/// Forgets the file of `slot` (it was removed or renamed into place). Call inside a SignalHold.
void unregister_cleanup(std::size_t slot);

/// While one lives, the handled signals are held back (from every thread); when it ends, a signal
/// that came meanwhile removes the registered files and ends the process. Not nested.
class SignalHold {
 public:
  SignalHold();
  ~SignalHold();
  SignalHold(const SignalHold&) = delete;
  SignalHold& operator=(const SignalHold&) = delete;
};

}  // namespace kgviz
