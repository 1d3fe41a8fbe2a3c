// Running kgviz as a child process the test controls (its descriptors, its signal dispositions, a
// signal sent while it waits), and looking for kgviz's hidden files: for the output-safety tests.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace kgviz::test {

/// The names in `folder` that contain ".kgviz-" (kgviz's temporary files and kept copies).
inline std::vector<std::string> hidden_files(const std::filesystem::path& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    if (name.find(".kgviz-") != std::string::npos) names.push_back(name);
  }
  return names;
}

/// Polls `condition` until it holds or `bound` passed; whether it held. The bound is generous: it
/// only limits a broken run.
template <typename Condition>
bool wait_until(Condition condition, std::chrono::seconds bound = std::chrono::seconds(120)) {
  const auto end = std::chrono::steady_clock::now() + bound;
  while (std::chrono::steady_clock::now() < end) {
    if (condition()) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

/// Waits until `folder` holds at least `count` hidden files; false if the bound passed first.
inline bool wait_for_hidden_files(const std::filesystem::path& folder, std::size_t count) {
  return wait_until([&] { return hidden_files(folder).size() >= count; });
}

struct ChildOptions {
  int standard_output = -1;  ///< descriptor for the child's standard output; -1 = /dev/null
  bool ignore_sigpipe = false;
  std::string standard_error_file;  ///< "" = /dev/null
};

/// Starts `kgviz ARGS` in `folder` with every signal at its default action (a shell would start a
/// background command with SIGINT and SIGQUIT ignored) and no core files. Returns its PID.
inline pid_t start_kgviz(const std::filesystem::path& folder, const std::vector<std::string>& args,
                         const ChildOptions& options = {}) {
  std::vector<std::string> words{KGVIZ_BINARY};
  words.insert(words.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (auto& word : words) argv.push_back(word.data());
  argv.push_back(nullptr);
  const std::string error_file = options.standard_error_file.empty()
                                     ? "/dev/null"
                                     : (folder / options.standard_error_file).string();
  const pid_t pid = ::fork();
  if (pid < 0) throw std::runtime_error("fork failed");  // never kill(-1, ...) later
  if (pid != 0) return pid;
  // The child: only async-signal-safe calls until exec.
  if (::chdir(folder.c_str()) != 0) ::_exit(126);
  const int null_fd = ::open("/dev/null", O_RDWR);
  const int error_fd = ::open(error_file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  ::dup2(null_fd, 0);
  ::dup2(options.standard_output >= 0 ? options.standard_output : null_fd, 1);
  ::dup2(error_fd, 2);
  for (int signal_number = 1; signal_number < NSIG; ++signal_number)
    ::signal(signal_number, SIG_DFL);
  if (options.ignore_sigpipe) ::signal(SIGPIPE, SIG_IGN);
  sigset_t none;
  sigemptyset(&none);
  ::sigprocmask(SIG_SETMASK, &none, nullptr);
  const rlimit no_core{0, 0};
  ::setrlimit(RLIMIT_CORE, &no_core);
  ::execv(argv[0], argv.data());
  ::_exit(127);
}

/// Waits for `pid`; returns its raw wait status.
inline int wait_for(pid_t pid) {
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace kgviz::test
