#include "io/theme_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <functional>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "io/text.hpp"
#include "io/yaml_tree.hpp"
#include "model/confidence.hpp"
#include "model/number_format.hpp"

namespace kgviz {

namespace {

using Kind = YamlNode::Kind;

/// Longest palette or fallback shape list: far more than a picture can tell apart, small enough
/// that a hostile file cannot make every diagram carry a huge theme.
constexpr std::size_t kMaxListLength = 256;

template <typename Names>
std::string joined(const Names& names) {
  std::string out;
  for (auto name : names) out += (out.empty() ? "" : ", ") + std::string(name);
  return out;
}

bool listed(const std::vector<std::string_view>& names, std::string_view name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

class ThemeReader {
 public:
  ThemeReader(std::string_view text, const ReadLimits& limits, DiagnosticSink& sink)
      : text_(text), limits_(limits), sink_(sink) {}

  Theme read() {
    Theme theme;
    if (!tree_.parse(text_, limits_, sink_)) return theme;
    for_each_field(tree_.root(), "the theme",
                   {"types", "palette", "fallback_shapes", "fonts", "colors", "confidence"},
                   [&](std::string_view key, std::uint32_t value) {
                     if (key == "types") {
                       read_types(value, theme);
                     } else if (key == "palette") {
                       read_list<Rgb>(value, "palette", theme.palette, [&](std::uint32_t item) {
                         return color(item, "each palette entry");
                       });
                     } else if (key == "fallback_shapes") {
                       read_list<std::string>(
                           value, "fallback_shapes", theme.fallback_shapes,
                           [&](std::uint32_t item) { return shape(item, "each fallback shape"); });
                     } else if (key == "fonts") {
                       read_fonts(value, theme.fonts);
                     } else if (key == "colors") {
                       read_colors(value, theme.colors);
                     } else {
                       read_confidence(value, theme.confidence);
                     }
                   });
    return theme;
  }

 private:
  using FieldReader = std::function<void(std::string_view key, std::uint32_t value)>;

  const YamlNode& node(std::uint32_t index) const { return tree_.node(index); }

  void error_at(std::uint32_t index, std::string message) {
    // An empty value has no text of its own, and yaml-cpp marks it where the next token starts
    // (after a comment, on a later line): its key is where the reader looks.
    if (auto it = key_of_empty_.find(index); it != key_of_empty_.end()) index = it->second;
    const YamlNode& n = node(index);
    sink_.error(n.line(), n.column(), std::move(message));
  }

  void remember_empty_values(const YamlNode& map) {
    for (std::size_t i = 0; i + 1 < map.children().size(); i += 2) {
      const std::uint32_t value = map.children()[i + 1];
      if (node(value).kind == Kind::Null) key_of_empty_[value] = map.children()[i];
    }
  }

  /// Calls `read_field` with each key of the mapping at `index` that is one of `allowed`, in file
  /// order; reports other keys and a node that is not a mapping. (Duplicate keys are YamlTree's.)
  void for_each_field(std::uint32_t index, const std::string& what,
                      const std::vector<std::string_view>& allowed, const FieldReader& read_field) {
    const YamlNode& map = node(index);
    if (map.kind != Kind::Map) {
      error_at(index, what + " must be a mapping of keys to values");
      return;
    }
    remember_empty_values(map);
    for (std::size_t i = 0; i + 1 < map.children().size(); i += 2) {
      const YamlNode& key = node(map.children()[i]);
      if (key.kind == Kind::Scalar &&
          std::find(allowed.begin(), allowed.end(), key.value()) != allowed.end()) {
        read_field(key.value(), map.children()[i + 1]);
        continue;
      }
      error_at(map.children()[i], "unknown key '" + abbreviate(key.value(), 40) + "' in " + what +
                                      " (allowed: " + joined(allowed) + ")");
    }
  }

  /// The text of a scalar, or nullopt after reporting that `what` must be `expected`.
  std::optional<std::string> scalar(std::uint32_t index, const std::string& what,
                                    std::string_view expected) {
    const YamlNode& n = node(index);
    if (n.kind == Kind::Scalar) return std::string(n.value());
    error_at(index, what + " must be " + std::string(expected) +
                        (n.kind == Kind::Null ? ", not empty" : ", not a list or mapping"));
    return std::nullopt;
  }

  std::optional<Rgb> color(std::uint32_t index, const std::string& what) {
    const YamlNode& n = node(index);
    if (n.kind == Kind::Null) {
      // `color: #ffaa00` is the usual slip: an unquoted # after a space starts a YAML comment.
      error_at(index, what +
                          " must be a colour \"#rrggbb\" in quotes (an unquoted # starts a "
                          "YAML comment)");
      return std::nullopt;
    }
    const auto text = scalar(index, what, "a colour \"#rrggbb\"");
    if (!text) return std::nullopt;
    auto rgb = parse_hex_color(*text);
    if (!rgb) {
      error_at(index, what + " must be a colour #rrggbb (# and six hex digits), not '" +
                          abbreviate(*text, 30) + "'");
    }
    return rgb;
  }

  std::optional<std::string> shape(std::uint32_t index, const std::string& what) {
    auto text = scalar(index, what, "a Graphviz shape name");
    if (text && !listed(graphviz_node_shapes(), *text)) {
      error_at(index, what + ": unknown Graphviz shape '" + abbreviate(*text, 30) +
                          "' (shapes: " + joined(graphviz_node_shapes()) + ")");
      return std::nullopt;
    }
    return text;
  }

  std::optional<std::string> line_style(std::uint32_t index, const std::string& what) {
    auto text = scalar(index, what, "a line style");
    if (text && !listed(line_styles(), *text)) {
      error_at(index, what + " must be one of " + joined(line_styles()) + " (not '" +
                          abbreviate(*text, 30) + "')");
      return std::nullopt;
    }
    return text;
  }

  std::optional<bool> boolean(std::uint32_t index, const std::string& what) {
    const YamlNode& n = node(index);
    if (n.kind == Kind::Scalar && !n.quoted) {
      if (n.value() == "true" || n.value() == "True" || n.value() == "TRUE") return true;
      if (n.value() == "false" || n.value() == "False" || n.value() == "FALSE") return false;
    }
    error_at(index, what + " must be true or false");
    return std::nullopt;
  }

  std::optional<double> font_size(std::uint32_t index, const std::string& what) {
    const YamlNode& n = node(index);
    double value = 0;
    bool number = n.kind == Kind::Scalar && !n.quoted && !n.value().empty();
    if (number) {
      const char* end = n.value().data() + n.value().size();
      const auto result = std::from_chars(n.value().data(), end, value);
      number = result.ec == std::errc() && result.ptr == end;
    }
    if (!number || !(value >= kMinFontSize && value <= kMaxFontSize)) {
      const std::string shown =
          n.kind == Kind::Scalar ? " (not '" + abbreviate(n.value(), 30) + "')" : std::string();
      error_at(index, what + " must be a number of points from " + format_double(kMinFontSize) +
                          " to " + format_double(kMaxFontSize) + shown);
      return std::nullopt;
    }
    return value;
  }

  std::optional<std::string> font_name(std::uint32_t index, const std::string& what) {
    auto text = scalar(index, what, "a font name");
    if (text && !is_safe_font_name(*text)) {
      error_at(index, what +
                          " may hold only 1 to 200 letters, digits, spaces and , . _ - "
                          "(Graphviz copies it into SVG unescaped), not '" +
                          abbreviate(*text, 40) + "'");
      return std::nullopt;
    }
    return text;
  }

  /// Replaces `out` by the items of the list at `index` when every item reads and there are 1 to
  /// kMaxListLength of them.
  template <typename T, typename ReadItem>
  void read_list(std::uint32_t index, const std::string& what, std::vector<T>& out,
                 ReadItem read_item) {
    const YamlNode& list = node(index);
    if (list.kind != Kind::Sequence || list.children().empty() ||
        list.children().size() > kMaxListLength) {
      error_at(index,
               what + " must be a list of 1 to " + std::to_string(kMaxListLength) + " entries");
      return;
    }
    std::vector<T> items;
    for (std::uint32_t item : list.children()) {
      if (auto value = read_item(item)) items.push_back(std::move(*value));
    }
    if (items.size() == list.children().size()) out = std::move(items);
  }

  void read_types(std::uint32_t index, Theme& theme) {
    const YamlNode& map = node(index);
    if (map.kind != Kind::Map) {
      error_at(index, "types must be a mapping of entity type names to styles");
      return;
    }
    remember_empty_values(map);
    for (std::size_t i = 0; i + 1 < map.children().size(); i += 2) {
      const std::uint32_t key = map.children()[i];
      if (node(key).kind != Kind::Scalar || node(key).value().empty()) {
        error_at(key, "entity type names in types must be non-empty strings");
        continue;
      }
      read_type(key, map.children()[i + 1], theme);
    }
  }

  /// One entry of `types`: a listed type (built in, or given earlier) keeps what the entry leaves
  /// out; a new type must give both colour and shape.
  void read_type(std::uint32_t key, std::uint32_t value, Theme& theme) {
    const std::string name(node(key).value());
    const std::string what = "types." + abbreviate(name, 40);
    auto listed_type = std::find_if(theme.types.begin(), theme.types.end(),
                                    [&](const auto& entry) { return entry.first == name; });
    TypeStyle style = listed_type != theme.types.end() ? listed_type->second : TypeStyle{};
    bool has_color = false;
    bool has_shape = false;
    bool ok = true;
    const auto keep = [&ok](auto read, auto& field) {
      if (read) {
        field = *read;
      } else {
        ok = false;
      }
    };
    for_each_field(value, what, {"color", "shape", "rounded", "text_color"},
                   [&](std::string_view field, std::uint32_t v) {
                     const std::string path = what + "." + std::string(field);
                     if (field == "color") {
                       has_color = true;
                       keep(color(v, path), style.fill);
                     } else if (field == "shape") {
                       has_shape = true;
                       keep(shape(v, path), style.shape);
                     } else if (field == "rounded") {
                       keep(boolean(v, path), style.rounded);
                     } else {
                       keep(color(v, path), style.text);
                     }
                   });
    if (node(value).kind != Kind::Map) return;
    if (listed_type == theme.types.end()) {
      if (!has_color || !has_shape) {
        error_at(key, "entity type '" + abbreviate(name, 40) +
                          "' has no built-in style: give it both color and shape");
        return;
      }
      if (ok) theme.types.emplace_back(name, std::move(style));
    } else if (ok) {
      listed_type->second = std::move(style);
    }
  }

  void read_fonts(std::uint32_t index, ThemeFonts& fonts) {
    for_each_field(index, "fonts",
                   {"name", "label_size", "edge_label_size", "title_size", "legend_size"},
                   [&](std::string_view key, std::uint32_t value) {
                     const std::string what = "fonts." + std::string(key);
                     if (key == "name") {
                       if (auto name = font_name(value, what)) fonts.name = *name;
                       return;
                     }
                     const auto size = font_size(value, what);
                     if (!size) return;
                     if (key == "label_size") fonts.label_size = *size;
                     if (key == "edge_label_size") fonts.edge_label_size = *size;
                     if (key == "title_size") fonts.title_size = *size;
                     if (key == "legend_size") fonts.legend_size = *size;
                   });
  }

  void read_colors(std::uint32_t index, ThemeColors& colors) {
    const std::pair<std::string_view, Rgb*> fields[] = {
        {"background", &colors.background}, {"text", &colors.text},
        {"caption", &colors.caption},       {"edge", &colors.edge},
        {"edge_label", &colors.edge_label}, {"border", &colors.border}};
    for_each_field(index, "colors",
                   {"background", "text", "caption", "edge", "edge_label", "border"},
                   [&](std::string_view key, std::uint32_t value) {
                     const auto rgb = color(value, "colors." + std::string(key));
                     for (const auto& [name, target] : fields) {
                       if (rgb && name == key) *target = *rgb;
                     }
                   });
  }

  void read_confidence(std::uint32_t index, ConfidenceStyles& styles) {
    std::vector<std::string_view> levels;
    for (Confidence level : kConfidences) levels.push_back(confidence_name(level));
    for_each_field(index, "confidence", levels, [&](std::string_view key, std::uint32_t value) {
      const auto style = line_style(value, "confidence." + std::string(key));
      const auto level = parse_confidence(key);
      if (style && level) styles.of(*level) = *style;
    });
  }

  std::string_view text_;
  const ReadLimits& limits_;
  DiagnosticSink& sink_;
  YamlTree tree_;
  std::unordered_map<std::uint32_t, std::uint32_t> key_of_empty_;  ///< empty value -> its key
};

}  // namespace

Theme read_theme(const InputSource& input, const ReadOptions& options) {
  DiagnosticSink sink(input.display_name, options.max_errors);
  ThemeReader reader(input.content, options.limits, sink);
  Theme theme;
  try {
    theme = reader.read();
  } catch (const ErrorCapReached&) {
  }
  sink.throw_sorted_if_any();
  return theme;
}

}  // namespace kgviz
