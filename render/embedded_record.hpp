// The run record inside the picture formats that have no comment syntax Graphviz fills in
// (DESIGN.md "Every output also carries a reproducibility record"): a PNG text chunk and the PDF
// document information dictionary, both of which image viewers and `exiftool`/`pdfinfo` show.
#pragma once

#include <string>
#include <string_view>

namespace kgviz {

/// `png` with an `iTXt` chunk (UTF-8 text, uncompressed) right after the IHDR header chunk.
/// `keyword` is 1-79 printable Latin-1 characters (PNG's rule). Throws Error when `png` does not
/// start with the PNG signature and an IHDR chunk.
std::string png_with_text(std::string_view png, std::string_view keyword, std::string_view text);

/// `pdf` with `/Creator` and `/Subject` set in its document information dictionary, by a PDF
/// incremental update (the original bytes stay as they are; a new version of the information
/// dictionary, a cross-reference section and a trailer pointing back with `/Prev` are appended),
/// so no offset of the original file has to change. Throws Error when the trailer cannot be found.
std::string pdf_with_info(std::string_view pdf, std::string_view creator, std::string_view subject);

/// Replaces the date value of every `/CreationDate (D:...)` and `/ModDate (D:...)` in PDF bytes by
/// a constant of the same length (`D:20000101000000Z`, its `+00'00` form, or its start), so that
/// two renders of one diagram are byte-identical; the length is kept so the xref offsets stay
/// valid.
void normalize_pdf_dates(std::string& pdf);

}  // namespace kgviz
