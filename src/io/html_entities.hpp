// HTML character references (`&amp;`, `&#233;`, `&#xE9;`) in text that tools write with them:
// Graphviz labels (which Graphviz decodes) and networkx's GML strings. Internal to src/io.
#pragma once

#include <string>
#include <string_view>

namespace kgviz {

/// `text` with each character reference replaced by its character in UTF-8: decimal `&#NN;` and
/// hexadecimal `&#xHH;` references to a Unicode scalar value (not NUL, not a surrogate), and the
/// 252 named entities of HTML 4 (`&amp;`, `&lt;`, `&nbsp;`, `&eacute;`...), which is the set both
/// Graphviz and networkx decode. Anything else, an unknown name or an invalid number, stays as
/// written. O(n).
std::string decode_html_entities(std::string_view text);

}  // namespace kgviz
