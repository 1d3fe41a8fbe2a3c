#include "render/embedded_record.hpp"

#include <fmt/format.h>
#include <zlib.h>

#include <algorithm>
#include <cstdint>
#include <regex>

#include "model/diagnostics.hpp"
#include "model/utf8.hpp"

namespace kgviz {

namespace {

constexpr std::string_view kPngSignature("\x89PNG\r\n\x1a\n", 8);

void append_u32_big_endian(std::string& out, std::uint32_t value) {
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((value >> shift) & 0xFF);
}

std::uint32_t read_u32_big_endian(std::string_view bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

/// A PDF text string: a literal `( … )` for printable ASCII, else UTF-16BE with a byte-order mark
/// in hex (PDF 1.7 §7.9.2.2), which every reader decodes.
std::string pdf_text_string(std::string_view text) {
  bool ascii = true;
  for (char c : text) ascii = ascii && c >= 0x20 && c < 0x7F;
  if (ascii) {
    std::string out = "(";
    for (char c : text) {
      if (c == '(' || c == ')' || c == '\\') out += '\\';
      out += c;
    }
    return out + ")";
  }
  std::string out = "<FEFF";
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code_point = 0xFFFD;
    const std::size_t length = utf8_sequence(text, i, code_point);
    i += length == 0 ? 1 : length;
    if (length == 0) code_point = 0xFFFD;
    if (code_point >= 0x10000) {
      const std::uint32_t v = code_point - 0x10000;
      out += fmt::format("{:04X}{:04X}", 0xD800 + (v >> 10), 0xDC00 + (v & 0x3FF));
    } else {
      out += fmt::format("{:04X}", code_point);
    }
  }
  return out + ">";
}

/// Removes the entry `/name value` from the inside of a PDF dictionary whose values are strings:
/// a literal `( … )` (balanced parentheses, backslash escapes) or a hex string `< … >`.
void erase_pdf_string_entry(std::string& entries, std::string_view name) {
  const std::string key = "/" + std::string(name);
  for (std::size_t at = entries.find(key); at != std::string::npos;
       at = entries.find(key, at + 1)) {
    std::size_t i = at + key.size();
    while (i < entries.size() && (entries[i] == ' ' || entries[i] == '\r' || entries[i] == '\n'))
      ++i;
    if (i >= entries.size() || (entries[i] != '(' && entries[i] != '<')) continue;
    if (entries[i] == '<') {
      i = entries.find('>', i);
    } else {
      int depth = 0;
      for (; i < entries.size(); ++i) {
        if (entries[i] == '\\') {
          ++i;
        } else if (entries[i] == '(') {
          ++depth;
        } else if (entries[i] == ')' && --depth == 0) {
          break;
        }
      }
    }
    if (i >= entries.size()) return;
    entries.erase(at, i + 1 - at);
    return;
  }
}

[[noreturn]] void unexpected_pdf(std::string_view what) {
  throw Error(fmt::format("cannot add the run record to the PDF Graphviz made: {}", what));
}

}  // namespace

std::string png_with_text(std::string_view png, std::string_view keyword, std::string_view text) {
  constexpr std::size_t header_end = 8 + 4 + 4 + 13 + 4;  // signature, IHDR length, type, data, CRC
  if (png.size() < header_end || png.substr(0, 8) != kPngSignature || png.substr(12, 4) != "IHDR" ||
      read_u32_big_endian(png, 8) != 13) {
    throw Error("cannot add the run record to the PNG Graphviz made: no PNG header");
  }
  // iTXt: keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated
  // keyword NUL, then the UTF-8 text.
  std::string chunk = "iTXt";
  chunk.append(keyword);
  chunk.append({'\0', '\0', '\0', '\0', '\0'});
  chunk.append(text);
  std::string out(png.substr(0, header_end));
  append_u32_big_endian(out, static_cast<std::uint32_t>(chunk.size() - 4));
  out += chunk;
  const auto* bytes = reinterpret_cast<const Bytef*>(chunk.data());
  append_u32_big_endian(out, static_cast<std::uint32_t>(crc32(crc32(0L, Z_NULL, 0), bytes,
                                                              static_cast<uInt>(chunk.size()))));
  out.append(png.substr(header_end));
  return out;
}

std::string pdf_with_info(std::string_view pdf, std::string_view creator,
                          std::string_view subject) {
  const std::size_t trailer_at = pdf.rfind("trailer");
  const std::size_t startxref_at = pdf.rfind("startxref");
  if (trailer_at == std::string_view::npos || startxref_at == std::string_view::npos ||
      startxref_at < trailer_at) {
    unexpected_pdf("no trailer");
  }
  const std::string trailer(pdf.substr(trailer_at, startxref_at - trailer_at));
  const std::string tail(pdf.substr(startxref_at));
  std::smatch size_match;
  std::smatch root_match;
  std::smatch previous_match;
  if (!std::regex_search(trailer, size_match, std::regex(R"(/Size\s+(\d+))")) ||
      !std::regex_search(trailer, root_match, std::regex(R"(/Root\s+(\d+\s+\d+\s+R))")) ||
      !std::regex_search(tail, previous_match, std::regex(R"(startxref\s+(\d+))"))) {
    unexpected_pdf("no /Size, /Root or startxref");
  }
  std::size_t size = std::stoul(size_match[1].str());
  std::string info_entries;
  std::size_t info_object = size;
  std::smatch info_match;
  // Cairo writes a flat information dictionary (no nested `<< >>`): its entries are kept, ours
  // replace any of the same name.
  if (std::regex_search(trailer, info_match, std::regex(R"(/Info\s+(\d+)\s+0\s+R)"))) {
    info_object = std::stoul(info_match[1].str());
    const std::string header = fmt::format("\n{} 0 obj", info_object);
    const std::size_t object_at = pdf.find(header);
    const std::size_t open =
        object_at == std::string_view::npos ? object_at : pdf.find("<<", object_at);
    const std::size_t close = open == std::string_view::npos ? open : pdf.find(">>", open);
    if (close == std::string_view::npos) unexpected_pdf("the information dictionary is missing");
    info_entries = std::string(pdf.substr(open + 2, close - open - 2));
    erase_pdf_string_entry(info_entries, "Creator");
    erase_pdf_string_entry(info_entries, "Subject");
  }
  std::string out(pdf);
  if (out.empty() || out.back() != '\n') out += '\n';
  const std::size_t object_offset = out.size();
  out += fmt::format("{} 0 obj\n<<{}   /Creator {}\n   /Subject {}\n>>\nendobj\n", info_object,
                     info_entries, pdf_text_string(creator), pdf_text_string(subject));
  const std::size_t xref_offset = out.size();
  // Cross-reference entries are exactly 20 bytes: 10-digit offset, 5-digit generation, type, EOL.
  out += fmt::format("xref\n0 1\n0000000000 65535 f \n{} 1\n{:010} 00000 n \n", info_object,
                     object_offset);
  size = std::max(size, info_object + 1);
  out += fmt::format("trailer\n<< /Size {}\n   /Root {}\n   /Info {} 0 R\n   /Prev {}\n>>\n", size,
                     root_match[1].str(), info_object, previous_match[1].str());
  out += fmt::format("startxref\n{}\n%%EOF\n", xref_offset);
  return out;
}

void normalize_pdf_dates(std::string& pdf) {
  for (std::string_view key : {std::string_view("/CreationDate"), std::string_view("/ModDate")}) {
    std::size_t pos = 0;
    while ((pos = pdf.find(key, pos)) != std::string::npos) {
      pos += key.size();
      std::size_t open = pos;
      while (open < pdf.size() && (pdf[open] == ' ' || pdf[open] == '\n' || pdf[open] == '\r'))
        ++open;
      if (open >= pdf.size() || pdf[open] != '(') continue;
      const std::size_t close = pdf.find(')', open + 1);
      if (close == std::string::npos) break;
      const std::size_t length = close - open - 1;
      // Same length as the original so that every byte offset in the xref table stays right.
      std::string value;
      if (length == 17) {
        value = "D:20000101000000Z";
      } else if (length == 22) {
        value = "D:20000101000000+00'00";
      } else if (length == 23) {
        value = "D:20000101000000+00'00'";
      } else {
        value = "D:20000101000000Z";
        value.resize(length, ' ');
      }
      pdf.replace(open + 1, length, value);
      pos = close;
    }
  }
}

}  // namespace kgviz
