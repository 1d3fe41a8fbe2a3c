#include "render/graphviz_text.hpp"

#include <fmt/format.h>

#include <cstdint>

#include "model/utf8.hpp"

namespace kgviz {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

bool is_space(char c) { return c == ' ' || c == '\t'; }

/// Splits one word into pieces of at most `width` code points: after hyphens first, then hard cuts.
/// Pieces after the first carry `glued` = true (joined without a space when they share a line).
struct Piece {
  std::string text;
  bool glued = false;
};

void split_word(const std::string& word, std::size_t width, std::vector<Piece>& out) {
  if (utf8_length(word) <= width) {
    out.push_back({word, false});
    return;
  }
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < word.size(); ++i) {
    // A hyphen inside the word (not first, not last) is a break opportunity after it.
    if (word[i] == '-' && i > start && i + 1 < word.size()) {
      parts.push_back(word.substr(start, i + 1 - start));
      start = i + 1;
    }
  }
  parts.push_back(word.substr(start));
  bool first = true;
  for (const auto& part : parts) {
    // Cut a part that is still too long every `width` code points (at sequence boundaries).
    std::size_t begin = 0;
    std::size_t count = 0;
    for (std::size_t i = 0; i <= part.size(); ++i) {
      const bool boundary =
          i == part.size() || (static_cast<unsigned char>(part[i]) & 0xC0u) != 0x80u;
      if (!boundary) continue;
      if (i == part.size() || count == width) {
        if (i > begin) {
          out.push_back({part.substr(begin, i - begin), !first});
          first = false;
        }
        begin = i;
        count = 0;
      }
      ++count;
    }
  }
}

}  // namespace

std::string sanitize_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t cp = 0;
    const std::size_t length = utf8_sequence(text, i, cp);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    if (cp == '\r') {
      out += '\n';
      i += (i + 1 < text.size() && text[i + 1] == '\n') ? 2 : 1;
      continue;
    }
    const bool control = (cp < 0x20 && cp != '\t' && cp != '\n') || cp == 0x7F;
    if (control || cp == 0xFFFE || cp == 0xFFFF) {
      out += kReplacement;
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::size_t utf8_length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0u) != 0x80u) ++count;
  }
  return count;
}

namespace {

/// Cleaned `text` with each backslash written as `backslash`, `&` as `ampersand` (when given), each
/// line feed as `line_feed` and tabs as spaces (SVG readers turn a tab in an attribute into a space
/// anyway).
std::string escape_with(std::string_view text, std::string_view backslash,
                        std::string_view ampersand, std::string_view line_feed) {
  const std::string clean = sanitize_text(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    if (c == '\\') {
      out += backslash;
    } else if (c == '&' && !ampersand.empty()) {
      out += ampersand;
    } else if (c == '\t') {
      out += ' ';
    } else if (c == '\n') {
      out += line_feed;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace

std::string escape_graphviz_text(std::string_view text) {
  return escape_with(text, "\\\\", "&amp;", "\n");
}

std::string escape_graphviz_tooltip(std::string_view text) {
  return escape_with(text, "\\\\\\\\", "&amp;", "\n");
}

std::string escape_dot_value(std::string_view text) { return escape_with(text, "\\\\", "", "\\n"); }

std::string escape_graphviz_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    out += escape_graphviz_text(lines[i]);
  }
  return out;
}

std::string escape_graphviz_html(std::string_view text) {
  const std::string clean = sanitize_text(text);
  std::string out;
  out.reserve(clean.size() + 8);
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\n':
        out += "<BR/>";
        break;
      case '\t':
        out += ' ';
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  if (width == 0) width = 1;
  const std::string clean = sanitize_text(text);
  std::vector<std::string> lines;
  std::size_t pos = 0;
  // One paragraph per line feed of the input.
  while (true) {
    const std::size_t end = clean.find('\n', pos);
    const std::string_view paragraph = std::string_view(clean).substr(
        pos, end == std::string::npos ? std::string::npos : end - pos);
    std::vector<Piece> pieces;
    std::size_t i = 0;
    while (i < paragraph.size()) {
      while (i < paragraph.size() && is_space(paragraph[i])) ++i;
      std::size_t j = i;
      while (j < paragraph.size() && !is_space(paragraph[j])) ++j;
      if (j > i) split_word(std::string(paragraph.substr(i, j - i)), width, pieces);
      i = j;
    }
    std::string line;
    std::size_t line_length = 0;
    for (const auto& piece : pieces) {
      const std::size_t length = utf8_length(piece.text);
      const std::size_t joined = line_length + (piece.glued ? 0 : 1) + length;
      if (line_length > 0 && joined > width) {
        lines.push_back(line);
        line.clear();
        line_length = 0;
      }
      if (line_length > 0 && !piece.glued) {
        line += ' ';
        ++line_length;
      }
      line += piece.text;
      line_length += length;
    }
    lines.push_back(line);
    if (end == std::string::npos) break;
    pos = end + 1;
  }
  return lines;
}

std::string xml_comment_text(std::string_view text) {
  const std::string clean = sanitize_text(text);
  std::string out;
  out.reserve(clean.size());
  for (char c : clean) {
    if (c == '\n' || c == '\t') c = ' ';
    if (c == '-' && !out.empty() && out.back() == '-') out += ' ';
    out += c;
  }
  if (!out.empty() && out.back() == '-') out += ' ';
  return out;
}

std::string dot_comment_text(std::string_view text) {
  std::string out = sanitize_text(text);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

std::string fixed_number(double value, int decimals) {
  // fmt formats without the global locale unless asked to ('L'), so this is locale-independent.
  return fmt::format("{:.{}f}", value, decimals);
}

}  // namespace kgviz
