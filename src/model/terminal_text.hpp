// Text shown on a terminal (diagnostics, notes, `analyze --format table`, `path` text) with every
// character a terminal could act on made visible: file content must not set window titles, write
// the clipboard (OSC 52), move the cursor, recolour the screen or reorder a line. Data formats
// (CSV, JSON, GraphML, ...) never go through this; they keep exact values.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace kgviz {

/// `text` with controls escaped: tab, line feed and carriage return as `\t`, `\n`, `\r`; other C0
/// controls (U+0000-U+001F, ESC included) and DEL as `\xHH`; C1 controls (U+0080-U+009F) and the
/// bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) as `\uHHHH`;
/// each byte that is not valid UTF-8 as `\xHH`. Everything else, backslashes included, is kept.
std::string terminal_text(std::string_view text);

/// The columns a terminal gives UTF-8 `text`: 2 for each East Asian wide or fullwidth character
/// (CJK, most emoji), 0 for combining marks and zero-width characters, 1 for the rest (and for
/// each invalid byte), as the C library's wcwidth() reads Unicode. For aligning table columns.
std::size_t terminal_width(std::string_view text);

/// `text` cut to at most `width` terminal columns, its last column an ellipsis when anything was
/// cut; `text` itself when it fits or `width` is 0.
std::string shortened_to_width(std::string_view text, std::size_t width);

}  // namespace kgviz
