#include "model/stix_vocabulary.hpp"

namespace kgviz::stix {

namespace {

/// One row per level: the score written, and the lowest score read back as that level.
struct ScoreRange {
  Confidence level;
  int written;
  int lowest;
};
constexpr std::array<ScoreRange, 3> kScoreRanges{{{Confidence::Confirmed, 85, 70},
                                                  {Confidence::Reported, 50, 30},
                                                  {Confidence::Alleged, 15, 1}}};

}  // namespace

int confidence_score(Confidence level) {
  for (const auto& range : kScoreRanges) {
    if (range.level == level) return range.written;
  }
  return 0;
}

std::optional<Confidence> confidence_of_score(long long score) {
  for (const auto& range : kScoreRanges) {
    if (score >= range.lowest) return range.level;
  }
  return std::nullopt;
}

}  // namespace kgviz::stix
