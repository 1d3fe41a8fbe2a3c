// A progress line with ETA on standard error, for steps that take more than a second: only when
// standard error is a terminal and --quiet is not given, never in pipes or files.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <iosfwd>
#include <mutex>
#include <string>
#include <thread>

namespace kgviz {

class ProgressLine {
 public:
  /// `enabled` = standard error is a terminal and not --quiet; when false every call is a no-op.
  ProgressLine(std::ostream& err, bool enabled);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

  /// Starts a named step (ends the previous one). Its line appears once it has run for a second.
  void begin(const std::string& step);
  /// Fraction done of the current step, 0 to 1, or negative when unknown. Thread-safe.
  void update(double fraction);
  /// Ends the current step and clears its line.
  void end();

 private:
  void tick();
  void draw(bool final_clear);

  std::ostream& err_;
  bool enabled_;
  std::mutex mutex_;
  std::condition_variable wake_;
  std::string step_;
  std::chrono::steady_clock::time_point started_;
  std::atomic<double> fraction_{-1.0};
  bool active_ = false;
  bool drawn_ = false;
  bool stopping_ = false;
  std::thread ticker_;
};

}  // namespace kgviz
