#include "cli/app.hpp"

#include <ostream>

namespace kgviz {

int run(const std::vector<std::string>& /*args*/, std::istream& /*in*/, std::ostream& /*out*/,
        std::ostream& err) {
  err << "kgviz: not yet wired\n";
  return 1;
}

}  // namespace kgviz
