#include "render/stix_values.hpp"

#include <algorithm>
#include <cstddef>

#include "model/stix_syntax.hpp"

namespace kgviz::stix {

namespace {

bool is_digits(std::string_view text) {
  return !text.empty() &&
         std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

int number_of(std::string_view digits) {
  int value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  return value;
}

bool ends_with(std::string_view text, std::string_view suffix) {
  return text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix;
}

}  // namespace

std::optional<std::string> timestamp_of(std::string_view text) {
  std::string date;
  if (text.size() == 4 && is_digits(text)) {
    date = std::string(text) + "-01-01";
  } else if (text.size() == 7 && text[4] == '-') {
    date = std::string(text) + "-01";
  } else {
    date = std::string(text.substr(0, 10));
  }
  if (date.size() != 10 || !is_digits(date.substr(0, 4)) || date[4] != '-' ||
      !is_digits(date.substr(5, 2)) || date[7] != '-' || !is_digits(date.substr(8, 2))) {
    return std::nullopt;
  }
  const int month = number_of(date.substr(5, 2));
  const int day = number_of(date.substr(8, 2));
  if (month < 1 || month > 12 || day < 1 || day > 31) return std::nullopt;
  if (text.size() <= 10) return date + "T00:00:00.000Z";
  const std::string_view time = text.substr(10);
  // "THH:MM:SS" then an optional fraction, then "Z".
  if (time.size() < 10 || time[0] != 'T' || time[3] != ':' || time[6] != ':' ||
      time.back() != 'Z' || !is_digits(time.substr(1, 2)) || !is_digits(time.substr(4, 2)) ||
      !is_digits(time.substr(7, 2))) {
    return std::nullopt;
  }
  if (number_of(time.substr(1, 2)) > 23 || number_of(time.substr(4, 2)) > 59 ||
      number_of(time.substr(7, 2)) > 60) {
    return std::nullopt;
  }
  std::string fraction;
  const std::string_view rest = time.substr(9, time.size() - 10);
  if (!rest.empty()) {
    if (rest[0] != '.' || !is_digits(rest.substr(1))) return std::nullopt;
    fraction = std::string(rest.substr(1));
  }
  if (fraction.size() < 3) fraction.resize(3, '0');
  return date + std::string(time.substr(0, 9)) + "." + fraction + "Z";
}

bool is_custom_type(std::string_view type) {
  return type.substr(0, 2) == "x-" && is_type_name(type) && type.back() != '-';
}

bool is_relationship_type_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
  });
}

bool is_property_name(std::string_view name) {
  if (name.size() < 3 || name.size() > 250 || name[0] < 'a' || name[0] > 'z') return false;
  return std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::string avoid_binary_suffix(std::string name) {
  if (ends_with(name, "_bin") || ends_with(name, "_hex")) name += '_';
  return name;
}

bool is_uri(std::string_view text) {
  const std::size_t colon = text.find(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  const auto scheme_char = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '+' ||
           c == '-' || c == '.';
  };
  if (!((text[0] >= 'a' && text[0] <= 'z') || (text[0] >= 'A' && text[0] <= 'Z'))) return false;
  if (!std::all_of(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(colon), scheme_char)) {
    return false;
  }
  return std::none_of(text.begin(), text.end(), [](char c) {
    return c == ' ' || c == '"' || c == '<' || c == '>' || static_cast<unsigned char>(c) < 0x20;
  });
}

bool is_valid_external_id(std::string_view source, std::string_view id) {
  const auto is_cve = [](std::string_view text) {
    if (text.size() < 13 || text.substr(0, 4) != "CVE-" || !is_digits(text.substr(4, 4)) ||
        text[8] != '-') {
      return false;
    }
    const std::string_view number = text.substr(9);
    return is_digits(number) && (number.size() == 4 || (number.size() > 4 && number[0] != '0'));
  };
  const auto is_capec = [](std::string_view text) {
    return text.size() > 6 && text.substr(0, 6) == "CAPEC-" && is_digits(text.substr(6));
  };
  if (source == "cve") return is_cve(id);
  if (source == "capec") return is_capec(id);
  return !is_cve(id) && !is_capec(id);
}

}  // namespace kgviz::stix
