#include "cli/interrupt_cleanup.hpp"

#include <limits.h>
#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <stdexcept>

#include "model/diagnostics.hpp"

namespace kgviz {

namespace {

constexpr int kHandledSignals[] = {SIGINT,  SIGTERM, SIGHUP,  SIGQUIT, SIGPIPE,   SIGALRM,
                                   SIGUSR1, SIGUSR2, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF};

// Fixed storage: a handler may only call async-signal-safe functions (unlink, not free), and must
// read nothing a thread could be reallocating.
char g_paths[kMaxCleanupFiles][PATH_MAX];
std::atomic<bool> g_used[kMaxCleanupFiles];

// Idle: a signal cleans up at once. Holding: a SignalHold lives, the signal is noted in g_deferred
// and handled when the hold ends. Cleaning: a thread is removing the files and ending the process.
enum State : int { kIdle, kHolding, kCleaning };
std::atomic<int> g_state{kIdle};
std::atomic<int> g_deferred{0};

static_assert(std::atomic<int>::is_always_lock_free && std::atomic<bool>::is_always_lock_free,
              "the signal handler needs lock-free atomics");

/// Removes the registered files and lets `signal_number` end the process with its usual status.
/// In a handler the signal is blocked until it returns, so the process ends right after; outside
/// one it ends at raise().
void remove_files_and_raise(int signal_number) {
  for (std::size_t slot = 0; slot < kMaxCleanupFiles; ++slot) {
    if (g_used[slot].load()) ::unlink(g_paths[slot]);
  }
  ::signal(signal_number, SIG_DFL);
  ::raise(signal_number);
}

/// Takes the Cleaning state and ends the process, or, when another thread took it first, waits
/// for that thread to end the process.
void end_process(int signal_number) {
  int expected = kIdle;
  if (g_state.compare_exchange_strong(expected, kCleaning)) {
    remove_files_and_raise(signal_number);
    ::_exit(128 + signal_number);  // only if the signal was blocked in this thread
  }
  for (;;) ::pause();
}

extern "C" void on_signal(int signal_number) {
  const int saved_errno = errno;
  int expected = kIdle;
  if (g_state.compare_exchange_strong(expected, kCleaning)) {
    remove_files_and_raise(signal_number);  // ends the process when this handler returns
  } else if (expected == kHolding) {
    g_deferred.store(signal_number);
    // The hold may have ended between the two steps without seeing the note: then clean up here.
    expected = kIdle;
    if (g_state.compare_exchange_strong(expected, kCleaning)) remove_files_and_raise(signal_number);
  }
  errno = saved_errno;
}

}  // namespace

void install_interrupt_cleanup() {
  struct sigaction action {};
  action.sa_handler = on_signal;
  action.sa_flags = SA_RESTART;
  sigemptyset(&action.sa_mask);
  for (int signal_number : kHandledSignals) sigaddset(&action.sa_mask, signal_number);
  for (int signal_number : kHandledSignals) {
    // SIGHUP ignored by nohup, and SIGPIPE ignored by a caller that wants EPIPE errors instead,
    // stay ignored. The others are caught even when ignored: a non-interactive shell starts
    // background commands with SIGINT and SIGQUIT ignored, and `kill -INT` must still stop them.
    struct sigaction previous {};
    if ((signal_number == SIGHUP || signal_number == SIGPIPE) &&
        ::sigaction(signal_number, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) {
      continue;
    }
    ::sigaction(signal_number, &action, nullptr);
  }
}

std::size_t register_cleanup(const std::string& path) {
  if (path.size() >= PATH_MAX)
    throw Error("cannot write '" + path + "': " + std::strerror(ENAMETOOLONG));
  for (std::size_t slot = 0; slot < kMaxCleanupFiles; ++slot) {
    if (g_used[slot].load()) continue;
    std::memcpy(g_paths[slot], path.c_str(), path.size() + 1);
    g_used[slot].store(true);
    return slot;
  }
  throw Error("more than " + std::to_string(kMaxCleanupFiles) + " temporary files at once");
}

void unregister_cleanup(std::size_t slot) {
  if (slot < kMaxCleanupFiles) g_used[slot].store(false);
}

SignalHold::SignalHold() {
  int expected = kIdle;
  if (!g_state.compare_exchange_strong(expected, kHolding)) {
    if (expected == kHolding) throw std::logic_error("SignalHold is not nested");
    for (;;) ::pause();  // another thread is ending the process on a signal
  }
}

SignalHold::~SignalHold() {
  g_state.store(kIdle);
  const int deferred = g_deferred.exchange(0);
  if (deferred != 0) end_process(deferred);
}

}  // namespace kgviz
