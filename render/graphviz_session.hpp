// Exclusive, checked use of the Graphviz libraries.
//
// Graphviz keeps global state (error level, error handler, parser and layout globals) and is not
// thread-safe even with separate contexts (INTEROP.md "Graphviz"). Every Graphviz call of kgviz
// happens while a GraphvizSession exists: it holds one process-wide mutex, routes Graphviz's
// messages into a buffer instead of standard error (only the CLI prints), and turns errors into
// exceptions. Graphviz types stay out of this header.
#pragma once

#include <locale.h>

#include <mutex>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

class GraphvizSession {
 public:
  /// Waits for the Graphviz mutex. Sessions nest within one thread (a destructor that frees a
  /// graph may run while a build holds the session); only the outermost one installs the message
  /// handler and resets Graphviz's error level.
  GraphvizSession();
  ~GraphvizSession();
  GraphvizSession(const GraphvizSession&) = delete;
  GraphvizSession& operator=(const GraphvizSession&) = delete;

  /// Throws Error("Graphviz failed to <what>: <messages>") when Graphviz reported an error since
  /// the outermost session began or since the last check; each check starts afresh (error level and
  /// messages reset).
  void check(std::string_view what);

  /// Messages (errors and warnings) Graphviz reported since the last check.
  [[nodiscard]] std::string messages() const;

 private:
  std::unique_lock<std::recursive_mutex> lock_;
  bool outermost_ = false;
  locale_t c_locale_ = nullptr;
  locale_t previous_locale_ = nullptr;
};

/// Throws Error unless `installed` (the layout plugins Graphviz reports) holds every engine of
/// `needed`. An empty `installed` means the plugin configuration is missing: Debian writes it when
/// the package is installed, `dot -c` rebuilds it, and the message says so.
void require_layout_engines(const std::vector<std::string>& installed,
                            const std::vector<std::string>& needed);

}  // namespace kgviz
