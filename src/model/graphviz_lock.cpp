#include "model/graphviz_lock.hpp"

namespace kgviz {

std::recursive_mutex& graphviz_mutex() {
  static std::recursive_mutex mutex;
  return mutex;
}

}  // namespace kgviz
