// Errors and positioned diagnostics: the one exception hierarchy of kgviz.
//
// Readers collect `Diagnostic`s (file, 1-based line and byte column, message) and throw one
// `InputError` holding all of them; only the CLI prints them and turns them into exit codes
// (InputError and Error -> 1, UsageError -> 2). Warnings (a problem that does not stop the read,
// such as a value kept as text because its declared type is unknown) go to a handler the CLI
// gives, as they are found.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kgviz {

enum class Severity : std::uint8_t { Error, Warning };

/// One problem found in an input, with its position when it has one (line 0 = no position).
struct Diagnostic {
  std::string file;
  std::size_t line = 0;    ///< 1-based; 0 when the problem has no position
  std::size_t column = 0;  ///< 1-based, in bytes
  std::string message;
  Severity severity = Severity::Error;

  /// `FILE:LINE:COL: error: message` (`warning:` for a warning), or `FILE: error: message`
  /// without a position, with control characters escaped (terminal_text).
  [[nodiscard]] std::string format() const;
};

/// Receives each warning of a read as it is found (the CLI prints it on standard error).
using WarningHandler = std::function<void(const Diagnostic&)>;

/// A failed operation that is not the user's input (an unwritable path, a layout failure).
class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The command line itself is wrong (unknown option, bad value); exit code 2.
class UsageError : public Error {
 public:
  using Error::Error;
};

/// An input is invalid; carries every diagnostic found in it (up to the error cap).
class InputError : public Error {
 public:
  explicit InputError(std::vector<Diagnostic> diagnostics);
  explicit InputError(Diagnostic diagnostic);
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

 private:
  std::vector<Diagnostic> diagnostics_;
};

/// Collects diagnostics for one input, up to `max_errors`; `throw_if_any()` ends the read.
/// Warnings go to `on_warning` (dropped when it is empty), also up to `max_errors`, then one
/// warning says that more were left out.
class DiagnosticSink {
 public:
  DiagnosticSink(std::string file, std::size_t max_errors, WarningHandler on_warning = {});

  void error(std::size_t line, std::size_t column, std::string message);
  void error(std::string message) { error(0, 0, std::move(message)); }
  void warning(std::size_t line, std::size_t column, std::string message);

  [[nodiscard]] bool full() const { return diagnostics_.size() >= max_errors_; }
  [[nodiscard]] bool empty() const { return diagnostics_.empty(); }
  [[nodiscard]] const std::string& file() const { return file_; }
  [[nodiscard]] const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  /// Throws InputError with everything collected, if anything was.
  void throw_if_any() const;
  /// Throws InputError with everything collected, if anything was, sorted by line and column (a
  /// stable sort: problems without a position first, then in file order).
  void throw_sorted_if_any() const;

 private:
  std::string file_;
  std::size_t max_errors_;
  std::vector<Diagnostic> diagnostics_;
  WarningHandler on_warning_;
  std::size_t warnings_ = 0;
};

/// Thrown inside a reader when the error cap is reached, to stop reading early.
class ErrorCapReached : public std::exception {
 public:
  [[nodiscard]] const char* what() const noexcept override { return "error cap reached"; }
};

}  // namespace kgviz
