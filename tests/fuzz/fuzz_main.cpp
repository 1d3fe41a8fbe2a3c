// One libFuzzer binary per harness: KGVIZ_HARNESS names it at compile time.
#include <cstring>

#include "harnesses.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const kgviz::fuzz::Harness* harness = [] {
    for (const auto& h : kgviz::fuzz::harnesses()) {
      if (std::strcmp(h.name, KGVIZ_HARNESS) == 0) return &h;
    }
    return static_cast<const kgviz::fuzz::Harness*>(nullptr);
  }();
  if (harness != nullptr) harness->run(data, size);
  return 0;
}
