// The one process-wide lock of the Graphviz libraries, without any Graphviz type.
//
// Graphviz keeps global state (error level and handler, the DOT scanner and parser) and is not
// thread-safe even with separate contexts (INTEROP.md "Graphviz"): every Graphviz call of kgviz,
// the drawings of render/ and the DOT reader of io/, holds this mutex. It lives in model because
// both modules use it and neither may include the other.
#pragma once

#include <mutex>

namespace kgviz {

/// The mutex every Graphviz call holds. Recursive: a Graphviz session may nest within one thread
/// (a destructor that frees a graph may run while a build holds the session).
std::recursive_mutex& graphviz_mutex();

}  // namespace kgviz
