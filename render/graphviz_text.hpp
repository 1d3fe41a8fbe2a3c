// Text handed to Graphviz and text put into its output: escaping, sanitising and wrapping.
//
// Graphviz is a poor guardian of user text (INTEROP.md "Graphviz"): it reads `\` escapes and
// `&...;` entities in labels and tooltips, copies C0 control characters into SVG (which then is not
// XML), treats invalid UTF-8 as Latin-1 with a warning, and writes a node name ending in `\` as
// broken DOT. Every piece of user text goes through one of these functions before it reaches
// cgraph. Pure functions, no Graphviz types: unit-testable on their own.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kgviz {

/// `text` made safe for XML 1.0 and for Graphviz: each invalid UTF-8 byte, each C0 control other
/// than tab and line feed, DEL and U+FFFE/U+FFFF become U+FFFD; CR LF and lone CR become LF.
/// Valid text without controls comes back unchanged. O(n).
std::string sanitize_text(std::string_view text);

/// Number of code points of valid UTF-8 `text` (continuation bytes are not counted).
std::size_t utf8_length(std::string_view text);

/// Sanitised `text` as the value of an escString attribute (label, xlabel, tooltip, ...): every `\`
/// doubled (Graphviz reads `\n`, `\N`, `\G`, `\L`... and a final `\` breaks the DOT output) and
/// every
/// `&` written `&amp;` (Graphviz decodes entities in labels and tooltips), tabs as spaces (an SVG
/// attribute cannot keep them). Line feeds stay: Graphviz shows them as centred line breaks in
/// labels and keeps them (as `&#10;`) in SVG tooltips.
std::string escape_graphviz_text(std::string_view text);

/// Sanitised `text` as the value of a tooltip attribute (tooltip, labeltooltip). Graphviz reads a
/// tooltip three times over: entities (so `&` is written `&amp;`), then `\n`-style escapes (a
/// backslash drops), then `\N`-style substitutions (`\\` becomes one backslash): every `\` is
/// therefore written as four. Tabs become spaces, line feeds stay.
std::string escape_graphviz_tooltip(std::string_view text);

/// Sanitised `text` as the value of an attribute Graphviz does not interpret (kgviz's own `type`,
/// `relation`, `confidence`, `entity_id`), C-style: every `\` doubled and each line feed written
/// `\n`. cgraph writes values without escaping backslashes and its reader takes `\\` as a pair, so
/// only an even run survives a write and read; and its reader drops a raw line feed that sits
/// between backslashes (`\\` LF `\"` reads back as `\\"`). Tabs become spaces.
std::string escape_dot_value(std::string_view text);

/// Lines joined as one escString label: each line escaped as above, joined by the `\n` escape
/// (a centred line break), so the DOT output keeps one attribute per line.
std::string escape_graphviz_lines(const std::vector<std::string>& lines);

/// Sanitised `text` for the inside of an HTML-like label: `&`, `<`, `>`, `"` and `'` as entities;
/// line feeds as `<BR/>`, tabs as spaces.
std::string escape_graphviz_html(std::string_view text);

/// Splits `text` into lines of at most about `width` code points at word boundaries. A line feed in
/// the text forces a break; a word longer than `width` is split after its hyphens, and a piece
/// still longer than `width` is cut every `width` code points. Runs of spaces and tabs fold to one
/// space. Returns at least one (possibly empty) line. Input is sanitised first.
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

/// Text for the inside of an XML comment `<!-- ... -->`: sanitised, line feeds as spaces, `--`
/// broken up (`- -`) and no final `-`, which XML forbids in comments.
std::string xml_comment_text(std::string_view text);

/// Text for a DOT `// ...` line comment: sanitised, line feeds and tabs as spaces.
std::string dot_comment_text(std::string_view text);

/// A number with `decimals` digits after the point, independent of the global locale (fmt).
std::string fixed_number(double value, int decimals);

}  // namespace kgviz
