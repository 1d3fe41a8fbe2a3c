// "Did you mean ...?" for every name a user types (commands, options, metrics, formats, entity
// types, entities): one edit distance, one rule for what is close, one way of saying it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

/// Levenshtein distance (insertions, deletions, substitutions of bytes). O(|a| |b|): call it on
/// names, not on documents.
std::size_t edit_distance(std::string_view a, std::string_view b);

/// How far `candidate` is from what the user typed (`wanted`), case-insensitively: the edit
/// distance, or 1 when one holds the other (`--metric` in `--metrics`, 3 bytes or more). Names
/// over 200 bytes are never typos of a short name (the largest distance is returned).
std::size_t name_distance(std::string_view wanted, std::string_view candidate);

/// Whether `distance` (name_distance) counts as close for `wanted`: at most max(2, |wanted| / 3).
bool is_close(std::string_view wanted, std::size_t distance);

/// Up to `limit` of `candidates` close to `wanted`, closest first (ties in the candidates'
/// order), without repeats.
std::vector<std::string> closest_names(std::string_view wanted,
                                       const std::vector<std::string>& candidates,
                                       std::size_t limit = 3);

/// "did you mean 'a'?", "did you mean 'a' or 'b'?", "did you mean 'a', 'b' or 'c'?"; "" when
/// `suggestions` is empty.
std::string did_you_mean(const std::vector<std::string>& suggestions);

/// `message` followed by "; did you mean ...?" when some candidate is close to `wanted`.
std::string with_suggestions(std::string message, std::string_view wanted,
                             const std::vector<std::string>& candidates);

}  // namespace kgviz
