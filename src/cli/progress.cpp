#include "cli/progress.hpp"

#include <cmath>
#include <ostream>

#include "model/terminal_text.hpp"

namespace kgviz {

namespace {

constexpr auto kDelay = std::chrono::seconds(1);
constexpr auto kRefresh = std::chrono::milliseconds(200);
constexpr int kBarWidth = 24;

std::string duration_text(double seconds) {
  const auto total = static_cast<long>(std::lround(seconds));
  if (total < 60) return std::to_string(total) + "s";
  return std::to_string(total / 60) + "m" + (total % 60 < 10 ? "0" : "") +
         std::to_string(total % 60) + "s";
}

}  // namespace

ProgressLine::ProgressLine(std::ostream& err, bool enabled) : err_(err), enabled_(enabled) {
  if (enabled_) ticker_ = std::thread([this] { tick(); });
}

ProgressLine::~ProgressLine() {
  if (!enabled_) return;
  end();
  {
    std::lock_guard<std::mutex> lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  ticker_.join();
}

void ProgressLine::begin(const std::string& step) {
  if (!enabled_) return;
  end();
  std::lock_guard<std::mutex> lock(mutex_);
  step_ = terminal_text(step);  // may name an input file
  started_ = std::chrono::steady_clock::now();
  fraction_ = -1.0;
  active_ = true;
}

void ProgressLine::update(double fraction) {
  if (enabled_) fraction_ = fraction;
}

void ProgressLine::end() {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mutex_);
  if (drawn_) draw(true);
  active_ = false;
  drawn_ = false;
}

void ProgressLine::tick() {
  std::unique_lock<std::mutex> lock(mutex_);
  while (!stopping_) {
    wake_.wait_for(lock, kRefresh);
    if (stopping_) break;
    if (active_ && std::chrono::steady_clock::now() - started_ >= kDelay) draw(false);
  }
}

void ProgressLine::draw(bool final_clear) {
  // Called with mutex_ held.
  if (final_clear) {
    err_ << "\r\033[K" << std::flush;
    return;
  }
  const double elapsed =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started_).count();
  const double fraction = fraction_;
  std::string line = "\r\033[K" + step_ + " ";
  if (fraction >= 0) {
    const int filled = static_cast<int>(std::lround(std::min(1.0, fraction) * kBarWidth));
    line += "[" + std::string(static_cast<std::size_t>(filled), '#') +
            std::string(static_cast<std::size_t>(kBarWidth - filled), '.') + "] " +
            std::to_string(static_cast<int>(std::lround(fraction * 100))) + "%";
    if (fraction > 0.01) line += " ETA " + duration_text(elapsed * (1 - fraction) / fraction);
  } else {
    line += duration_text(elapsed);
  }
  err_ << line << std::flush;
  drawn_ = true;
}

}  // namespace kgviz
