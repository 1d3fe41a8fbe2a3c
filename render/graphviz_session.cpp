#include "render/graphviz_session.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <graphviz/cgraph.h>

#include <algorithm>

#include "model/diagnostics.hpp"
#include "model/graphviz_lock.hpp"
#include "render/graphviz_text.hpp"

namespace kgviz {

namespace {

// Guarded by graphviz_mutex(): only the session holder calls Graphviz, hence the handler.
std::string g_messages;
int g_depth = 0;
agusererrf g_previous_handler = nullptr;

int collect_message(char* message) {
  if (message != nullptr) g_messages += message;
  return 0;
}

}  // namespace

GraphvizSession::GraphvizSession() : lock_(graphviz_mutex()) {
  outermost_ = g_depth == 0;
  ++g_depth;
  if (outermost_) {
    // Thread-local, so other threads keep their locale; the mutex already serialises Graphviz.
    c_locale_ = newlocale(LC_ALL_MASK, "C", static_cast<locale_t>(nullptr));
    if (c_locale_ != nullptr) previous_locale_ = uselocale(c_locale_);
    g_messages.clear();
    g_previous_handler = agseterrf(collect_message);
    agreseterrors();
  }
}

GraphvizSession::~GraphvizSession() {
  --g_depth;
  if (outermost_) {
    agseterrf(g_previous_handler);
    g_previous_handler = nullptr;
    g_messages.clear();
    if (c_locale_ != nullptr) {
      uselocale(previous_locale_);
      freelocale(c_locale_);
    }
  }
}

void GraphvizSession::check(std::string_view what) {
  // agerrors() is the highest level seen (AGWARN = 0, AGERR = 1): warnings do not fail a drawing.
  if (agreseterrors() > 0) {
    std::string detail = sanitize_text(g_messages);
    while (!detail.empty() && (detail.back() == '\n' || detail.back() == ' ')) detail.pop_back();
    for (char& c : detail) {
      if (c == '\n') c = ' ';
    }
    throw Error(fmt::format("Graphviz failed to {}{}{}", what, detail.empty() ? "" : ": ", detail));
  }
  // Warnings of a step that succeeded are not news for the next one.
  g_messages.clear();
}

std::string GraphvizSession::messages() const { return g_messages; }

void require_layout_engines(const std::vector<std::string>& installed,
                            const std::vector<std::string>& needed) {
  if (installed.empty()) {
    throw Error(
        "Graphviz has no layout engines: its plugin configuration is missing (run `dot -c` as "
        "root to rebuild it)");
  }
  for (const std::string& engine : needed) {
    if (std::find(installed.begin(), installed.end(), engine) == installed.end()) {
      throw Error(fmt::format("Graphviz has no '{}' layout engine (installed: {})", engine,
                              fmt::join(installed, ", ")));
    }
  }
}

}  // namespace kgviz
