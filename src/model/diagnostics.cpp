#include "model/diagnostics.hpp"

#include <algorithm>
#include <utility>

#include "model/terminal_text.hpp"

namespace kgviz {

std::string Diagnostic::format() const {
  std::string out = file;
  if (line > 0) {
    out += ':' + std::to_string(line) + ':' + std::to_string(column > 0 ? column : 1);
  }
  out += severity == Severity::Warning ? ": warning: " : ": error: ";
  out += message;
  // Messages quote file content, and they are shown on a terminal.
  return terminal_text(out);
}

namespace {
std::string first_message(const std::vector<Diagnostic>& diagnostics) {
  return diagnostics.empty() ? std::string("invalid input") : diagnostics.front().format();
}
}  // namespace

InputError::InputError(std::vector<Diagnostic> diagnostics)
    : Error(first_message(diagnostics)), diagnostics_(std::move(diagnostics)) {}

InputError::InputError(Diagnostic diagnostic)
    : InputError(std::vector<Diagnostic>{std::move(diagnostic)}) {}

DiagnosticSink::DiagnosticSink(std::string file, std::size_t max_errors, WarningHandler on_warning)
    : file_(std::move(file)),
      max_errors_(max_errors == 0 ? 1 : max_errors),
      on_warning_(std::move(on_warning)) {}

void DiagnosticSink::warning(std::size_t line, std::size_t column, std::string message) {
  if (!on_warning_ || warnings_ > max_errors_) return;
  if (warnings_++ == max_errors_) {
    on_warning_(Diagnostic{file_, 0, 0,
                           "more warnings left out (at most " + std::to_string(max_errors_) +
                               " are shown per file, as --max-errors says)",
                           Severity::Warning});
    return;
  }
  on_warning_(Diagnostic{file_, line, column, std::move(message), Severity::Warning});
}

void DiagnosticSink::error(std::size_t line, std::size_t column, std::string message) {
  if (full()) throw ErrorCapReached();
  diagnostics_.push_back(Diagnostic{file_, line, column, std::move(message)});
  if (full()) throw ErrorCapReached();
}

void DiagnosticSink::throw_if_any() const {
  if (!diagnostics_.empty()) throw InputError(diagnostics_);
}

void DiagnosticSink::throw_sorted_if_any() const {
  if (diagnostics_.empty()) return;
  std::vector<Diagnostic> sorted = diagnostics_;
  std::stable_sort(sorted.begin(), sorted.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::pair(a.line, a.column) < std::pair(b.line, b.column);
  });
  throw InputError(std::move(sorted));
}

}  // namespace kgviz
