// The run record inside PNG and PDF bytes (render/embedded_record.hpp): chunk and cross-reference
// structure checked byte by byte; tests/CMakeLists.txt also reads an exported PDF with pdfinfo.
#include "render/embedded_record.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <string>
#include <vector>

#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

struct PngChunk {
  std::string type;
  std::string data;
  bool crc_ok = false;
};

std::uint32_t big_endian(const std::string& bytes, std::size_t at) {
  std::uint32_t value = 0;
  for (std::size_t i = 0; i < 4; ++i)
    value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
  return value;
}

std::vector<PngChunk> png_chunks(const std::string& png) {
  std::vector<PngChunk> chunks;
  for (std::size_t at = 8; at + 12 <= png.size();) {
    const std::uint32_t length = big_endian(png, at);
    PngChunk chunk{png.substr(at + 4, 4), png.substr(at + 8, length)};
    const std::string covered = png.substr(at + 4, 4 + length);
    chunk.crc_ok = crc32(0, reinterpret_cast<const Bytef*>(covered.data()),
                         static_cast<uInt>(covered.size())) == big_endian(png, at + 8 + length);
    chunks.push_back(chunk);
    at += 12 + length;
  }
  return chunks;
}

std::string chunk(const std::string& type, const std::string& data) {
  std::string out;
  for (int shift = 24; shift >= 0; shift -= 8)
    out += static_cast<char>((data.size() >> shift) & 0xFF);
  const std::string covered = type + data;
  const auto crc =
      crc32(0, reinterpret_cast<const Bytef*>(covered.data()), static_cast<uInt>(covered.size()));
  out += covered;
  for (int shift = 24; shift >= 0; shift -= 8) out += static_cast<char>((crc >> shift) & 0xFF);
  return out;
}

const std::string kSignature("\x89PNG\r\n\x1a\n", 8);

TEST(EmbeddedRecord, PngGetsAnITxtChunkAfterTheHeader) {
  const std::string png = kSignature + chunk("IHDR", std::string(13, '\1')) +
                          chunk("IDAT", "pixels") + chunk("IEND", "");
  const std::string text =
      "kgviz 0.1.0 export; inputs: \xC3\xA9t\xC3\xA9.yaml";  // UTF-8 kept as is
  const auto chunks = png_chunks(png_with_text(png, "Comment", text));
  ASSERT_EQ(chunks.size(), 4u);
  EXPECT_EQ(chunks[0].type, "IHDR");
  EXPECT_EQ(chunks[1].type, "iTXt");
  EXPECT_EQ(chunks[1].data, std::string("Comment\0\0\0\0\0", 12) + text);
  EXPECT_EQ(chunks[2].type, "IDAT");
  EXPECT_EQ(chunks[3].type, "IEND");
  for (const auto& c : chunks) EXPECT_TRUE(c.crc_ok) << c.type;
  EXPECT_THROW(png_with_text("GIF89a", "Comment", text), Error);
  EXPECT_THROW(png_with_text(kSignature + chunk("IDAT", "x"), "Comment", text), Error);
}

/// A minimal PDF as cairo writes it: numbered objects, one xref table, a trailer with /Info.
std::string minimal_pdf() {
  std::string pdf = "%PDF-1.5\n";
  std::vector<std::size_t> offsets;
  offsets.push_back(pdf.size());
  pdf +=
      "1 0 obj\n<< /Producer (cairo 1.16.0 (https://cairographics.org))\n   /Creator (old (x))\n"
      "   /CreationDate (D:20000101000000Z)\n>>\nendobj\n";
  offsets.push_back(pdf.size());
  pdf += "2 0 obj\n<< /Type /Catalog >>\nendobj\n";
  const std::size_t xref = pdf.size();
  pdf += "xref\n0 3\n0000000000 65535 f \n";
  for (auto offset : offsets) {
    pdf += std::string(10 - std::to_string(offset).size(), '0') + std::to_string(offset) +
           " 00000 n \n";
  }
  pdf += "trailer\n<< /Size 3\n   /Root 2 0 R\n   /Info 1 0 R\n>>\nstartxref\n" +
         std::to_string(xref) + "\n%%EOF\n";
  return pdf;
}

TEST(EmbeddedRecord, PdfInformationDictionaryIsUpdatedIncrementally) {
  const std::string original = minimal_pdf();
  const std::string pdf = pdf_with_info(original, "kgviz 0.1.0", "a (b) c\\d");
  ASSERT_EQ(pdf.rfind(original, 0), 0u) << "the original bytes are kept";
  const std::string update = pdf.substr(original.size());
  // The new startxref points at the appended xref section, whose entry points at the new object.
  const std::size_t startxref = update.rfind("startxref\n");
  ASSERT_NE(startxref, std::string::npos);
  const std::size_t xref = std::stoul(update.substr(startxref + 10));
  ASSERT_EQ(pdf.compare(xref, 5, "xref\n"), 0);
  const std::string section = pdf.substr(xref);
  const std::string section_start = "xref\n0 1\n0000000000 65535 f \n1 1\n";
  ASSERT_EQ(section.rfind(section_start, 0), 0u) << section;
  const std::size_t object = std::stoul(section.substr(section_start.size(), 10));
  EXPECT_EQ(pdf.compare(object, 8, "1 0 obj\n"), 0);
  const std::string info = pdf.substr(object, xref - object);
  EXPECT_NE(info.find("/Producer (cairo 1.16.0 (https://cairographics.org))"), std::string::npos);
  EXPECT_NE(info.find("/CreationDate (D:20000101000000Z)"), std::string::npos);
  EXPECT_NE(info.find("/Creator (kgviz 0.1.0)"), std::string::npos) << info;
  EXPECT_EQ(info.find("old (x)"), std::string::npos) << "the old /Creator is replaced: " << info;
  EXPECT_NE(info.find(R"(/Subject (a \(b\) c\\d))"), std::string::npos) << info;
  // The trailer chains to the original cross-reference table.
  const std::size_t original_xref = original.find("xref\n");
  EXPECT_NE(update.find("/Prev " + std::to_string(original_xref) + "\n"), std::string::npos);
  EXPECT_NE(update.find("/Root 2 0 R"), std::string::npos);
  EXPECT_NE(update.find("/Info 1 0 R"), std::string::npos);
  EXPECT_NE(update.find("/Size 3"), std::string::npos);
  EXPECT_EQ(pdf.substr(pdf.size() - 6), "%%EOF\n");
}

TEST(EmbeddedRecord, PdfTextOutsideAsciiIsUtf16) {
  const std::string pdf = pdf_with_info(minimal_pdf(), "kgviz", "\xC3\xA9 \xF0\x9F\x98\x80");
  EXPECT_NE(pdf.find("/Subject <FEFF00E90020D83DDE00>"), std::string::npos);
}

TEST(EmbeddedRecord, PdfWithoutInformationDictionaryGetsANewObject) {
  std::string pdf = minimal_pdf();
  pdf.replace(pdf.find("   /Info 1 0 R\n"), 15, "");
  const std::string updated = pdf_with_info(pdf, "kgviz", "record");
  EXPECT_NE(updated.find("3 0 obj\n<<   /Creator (kgviz)"), std::string::npos) << updated;
  EXPECT_NE(updated.find("/Size 4"), std::string::npos);
  EXPECT_NE(updated.find("/Info 3 0 R"), std::string::npos);
  EXPECT_THROW(pdf_with_info("%PDF-1.5\nno trailer", "kgviz", "record"), Error);
}

TEST(EmbeddedRecord, PdfDatesAreReplacedInPlace) {
  std::string pdf = "<< /CreationDate (D:20261125130812Z) /ModDate (D:20240101120000+01'00) >>";
  const std::size_t size = pdf.size();
  normalize_pdf_dates(pdf);
  EXPECT_EQ(pdf, "<< /CreationDate (D:20000101000000Z) /ModDate (D:20000101000000+00'00) >>");
  EXPECT_EQ(pdf.size(), size);
  std::string odd = "/CreationDate (D:2026)";
  normalize_pdf_dates(odd);
  EXPECT_EQ(odd, "/CreationDate (D:2000)");
}

}  // namespace
}  // namespace kgviz
