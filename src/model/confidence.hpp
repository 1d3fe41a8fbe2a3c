// How sure a relation is: the confidence words of the knowledge-graph YAML (DESIGN.md "Data"), in
// one name <-> enum table that the YAML reader, the theme reader, the filters (--min-confidence),
// the diagram styles and legend, the HTML view and STIX read.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace kgviz {

/// The confidence levels, surest first: `confirmed` (stated by an official source), `reported`
/// (media reports or unhedged background), `alleged` (hedged: "may have been", "linked to").
enum class Confidence { Confirmed, Reported, Alleged };

/// Every level, surest first (the order of legends and of `--min-confidence` help).
inline constexpr std::array<Confidence, 3> kConfidences{Confidence::Confirmed, Confidence::Reported,
                                                        Confidence::Alleged};

/// The word of a level: "confirmed", "reported", "alleged".
std::string_view confidence_name(Confidence level);

/// The level a word names (exactly, lower case), nullopt for any other text.
std::optional<Confidence> parse_confidence(std::string_view word);

/// 3 for confirmed, 2 reported, 1 alleged: larger is surer.
int confidence_rank(Confidence level);

/// The words surest first, for messages and help: "confirmed, reported or alleged" (with `last`
/// = ", ": "confirmed, reported, alleged").
std::string confidence_names_text(std::string_view last = " or ");

}  // namespace kgviz
