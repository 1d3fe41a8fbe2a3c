#include "model/confidence.hpp"

#include <cstddef>

namespace kgviz {

namespace {

constexpr std::array<std::string_view, kConfidences.size()> kNames{"confirmed", "reported",
                                                                   "alleged"};

}  // namespace

std::string_view confidence_name(Confidence level) {
  return kNames[static_cast<std::size_t>(level)];
}

std::optional<Confidence> parse_confidence(std::string_view word) {
  for (Confidence level : kConfidences) {
    if (confidence_name(level) == word) return level;
  }
  return std::nullopt;
}

int confidence_rank(Confidence level) {
  return static_cast<int>(kConfidences.size()) - static_cast<int>(level);
}

std::string confidence_names_text(std::string_view last) {
  std::string text;
  for (std::size_t i = 0; i < kNames.size(); ++i) {
    if (i > 0) text += i + 1 == kNames.size() ? last : ", ";
    text += kNames[i];
  }
  return text;
}

}  // namespace kgviz
