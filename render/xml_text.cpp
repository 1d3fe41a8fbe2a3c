#include "render/xml_text.hpp"

#include <charconv>
#include <cmath>
#include <ostream>
#include <type_traits>
#include <variant>

#include "model/diagnostics.hpp"
#include "model/list_text.hpp"
#include "model/utf8.hpp"

namespace kgviz {

namespace {

constexpr std::string_view kReplacementCharacter = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::size_t kFlushBytes = std::size_t{1} << 16;

}  // namespace

void append_xml_escaped(std::string& out, std::string_view text, XmlContext context) {
  const bool attribute = context == XmlContext::Attribute;
  for (std::size_t i = 0; i < text.size();) {
    const char c = text[i];
    const auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80) {
      const std::size_t length = utf8_sequence(text, i);
      if (length == 0) {
        out += kReplacementCharacter;
        ++i;
        continue;
      }
      // U+FFFE and U+FFFF are not XML characters.
      if (length == 3 && byte == 0xEF && static_cast<unsigned char>(text[i + 1]) == 0xBF &&
          static_cast<unsigned char>(text[i + 2]) >= 0xBE) {
        out += kReplacementCharacter;
      } else {
        out.append(text.substr(i, length));
      }
      i += length;
      continue;
    }
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
        out += attribute ? "&quot;" : "\"";
        break;
      case '\t':
        out += attribute ? "&#9;" : "\t";
        break;
      case '\n':
        out += attribute ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      default:
        if (byte < 0x20) {
          out += kReplacementCharacter;
        } else {
          out += c;
        }
    }
    ++i;
  }
}

void append_xml_integer(std::string& out, std::int64_t value) {
  char buffer[24];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

void append_xml_double(std::string& out, double value) {
  if (std::isinf(value)) {
    out += value > 0 ? "Infinity" : "-Infinity";
    return;
  }
  char buffer[32];
  const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  out.append(buffer, result.ptr);
}

std::string_view xml_type_name(AttrType type, std::string_view int_name) {
  if (type == AttrType::StringList) return "string";
  return type == AttrType::Int ? int_name : attr_type_name(type);
}

bool append_xml_value(std::string& out, const ExportColumn& column, std::size_t row,
                      ExportValue& scratch, XmlContext context) {
  if (!column.read(row, scratch) || scratch.is_nan()) return false;
  std::visit(
      [&out, context](const auto& value) {
        using T = std::decay_t<decltype(value)>;
        if constexpr (std::is_same_v<T, bool>) {
          out += value ? "true" : "false";
        } else if constexpr (std::is_same_v<T, std::int64_t>) {
          append_xml_integer(out, value);
        } else if constexpr (std::is_same_v<T, double>) {
          append_xml_double(out, value);
        } else if constexpr (std::is_same_v<T, std::string_view>) {
          append_xml_escaped(out, value, context);
        } else {
          for (std::size_t i = 0; i < value.size(); ++i) {
            if (i > 0) out += kListSeparator;
            append_xml_escaped(out, value[i], context);
          }
        }
      },
      scratch.data);
  return true;
}

void append_xml_edge_start(std::string& out, const KnowledgeGraph& graph, EdgeId e,
                           std::string_view indent) {
  out += indent;
  out += "<edge id=\"e";
  append_xml_integer(out, e);
  out += "\" source=\"";
  append_xml_escaped(out, graph.id(graph.source(e)), XmlContext::Attribute);
  out += "\" target=\"";
  append_xml_escaped(out, graph.id(graph.target(e)), XmlContext::Attribute);
  out += '"';
}

XmlOutput::XmlOutput(std::ostream& out, std::string_view format)
    : out_(out), format_(format), buffer_("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n") {}

void XmlOutput::maybe_flush() {
  if (buffer_.size() >= kFlushBytes) flush();
}

void XmlOutput::flush() {
  out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
  buffer_.clear();
  if (!out_) throw Error("writing " + std::string(format_) + " failed");
}

void XmlOutput::finish() {
  flush();
  out_.flush();
  if (!out_) throw Error("writing " + std::string(format_) + " failed");
}

}  // namespace kgviz
