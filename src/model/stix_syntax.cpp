#include "model/stix_syntax.hpp"

#include <cctype>
#include <cstddef>

namespace kgviz::stix {

namespace {

bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

}  // namespace

bool is_type_name(std::string_view type) {
  if (type.size() < 3 || type.size() > 250 || type[0] < 'a' || type[0] > 'z') return false;
  for (std::size_t i = 0; i < type.size(); ++i) {
    const char c = type[i];
    const bool ok =
        (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && type[i - 1] != '-');
    if (!ok) return false;
  }
  return true;
}

bool is_identifier(std::string_view id, std::string_view type) {
  const std::size_t dashes = id.rfind("--");
  if (dashes == std::string_view::npos || dashes < 3) return false;
  if (!type.empty() && id.substr(0, dashes) != type) return false;
  const std::string_view prefix = id.substr(0, dashes);
  for (char c : prefix) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  if (prefix.front() < 'a' || prefix.front() > 'z' || prefix.back() == '-') return false;
  const std::string_view uuid = id.substr(dashes + 2);
  if (uuid.size() != 36) return false;
  for (std::size_t i = 0; i < uuid.size(); ++i) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    if (dash ? uuid[i] != '-' : !is_hex(uuid[i])) return false;
  }
  const char version = uuid[14];
  const char variant = static_cast<char>(std::tolower(static_cast<unsigned char>(uuid[19])));
  return version >= '1' && version <= '5' &&
         (variant == '8' || variant == '9' || variant == 'a' || variant == 'b');
}

std::string timestamp_order(std::string_view stamp) {
  std::string key(stamp.substr(0, 19));
  std::string fraction;
  if (stamp.size() > 20 && stamp[19] == '.') {
    for (std::size_t i = 20; i < stamp.size() && stamp[i] >= '0' && stamp[i] <= '9'; ++i) {
      fraction += stamp[i];
    }
  }
  fraction.resize(9, '0');
  return key + fraction;
}

}  // namespace kgviz::stix
