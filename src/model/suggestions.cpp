#include "model/suggestions.hpp"

#include <algorithm>
#include <cctype>
#include <limits>

namespace kgviz {

namespace {

constexpr std::size_t kLongestName = 200;

std::string lower(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

}  // namespace

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> previous(b.size() + 1);
  std::vector<std::size_t> current(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    current[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    previous.swap(current);
  }
  return previous[b.size()];
}

std::size_t name_distance(std::string_view wanted, std::string_view candidate) {
  if (candidate.size() > kLongestName || wanted.size() > kLongestName) {
    return std::numeric_limits<std::size_t>::max();
  }
  const std::string a = lower(wanted);
  const std::string b = lower(candidate);
  std::size_t distance = edit_distance(a, b);
  const bool contained = a.size() >= 3 && b.size() >= 3 &&
                         (b.find(a) != std::string::npos || a.find(b) != std::string::npos);
  if (contained) distance = std::min<std::size_t>(distance, 1);
  return distance;
}

bool is_close(std::string_view wanted, std::size_t distance) {
  return distance <= std::max<std::size_t>(2, wanted.size() / 3);
}

std::vector<std::string> closest_names(std::string_view wanted,
                                       const std::vector<std::string>& candidates,
                                       std::size_t limit) {
  std::vector<std::pair<std::size_t, const std::string*>> close;
  for (const auto& candidate : candidates) {
    const std::size_t distance = name_distance(wanted, candidate);
    if (is_close(wanted, distance)) close.emplace_back(distance, &candidate);
  }
  std::stable_sort(close.begin(), close.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (const auto& [distance, name] : close) {
    if (out.size() == limit) break;
    if (std::find(out.begin(), out.end(), *name) == out.end()) out.push_back(*name);
  }
  return out;
}

std::string did_you_mean(const std::vector<std::string>& suggestions) {
  if (suggestions.empty()) return {};
  std::string out = "did you mean ";
  for (std::size_t i = 0; i < suggestions.size(); ++i) {
    out += i == 0 ? "'" : i + 1 == suggestions.size() ? " or '" : ", '";
    out += suggestions[i] + "'";
  }
  return out + "?";
}

std::string with_suggestions(std::string message, std::string_view wanted,
                             const std::vector<std::string>& candidates) {
  const std::string hint = did_you_mean(closest_names(wanted, candidates));
  if (!hint.empty()) message += "; " + hint;
  return message;
}

}  // namespace kgviz
