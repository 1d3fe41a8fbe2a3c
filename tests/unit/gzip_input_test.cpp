// gzip-compressed inputs (io/gzip_input.hpp, io/input.hpp): every format as FILE.EXT.gz, gzip data
// under another name or on standard input, multi-member files, and corrupt, truncated, padded,
// mislabelled and bomb inputs, in process and through the binary.
#include "io/gzip_input.hpp"

#include <gtest/gtest.h>
#include <zlib.h>

#include <string>

#include "cli_run_support.hpp"
#include "io/graph_reader.hpp"
#include "io/input.hpp"
#include "model/diagnostics.hpp"
#include "model/formats.hpp"

namespace kgviz {
namespace {

/// `text` as one gzip member (zlib's own gzip framing, as gzip(1) writes).
std::string gzip(const std::string& text, int level = Z_BEST_COMPRESSION) {
  z_stream stream{};
  EXPECT_EQ(deflateInit2(&stream, level, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&stream, text.size()) + 64, '\0');
  stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(text.data()));
  stream.avail_in = static_cast<uInt>(text.size());
  stream.next_out = reinterpret_cast<Bytef*>(out.data());
  stream.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&stream, Z_FINISH), Z_STREAM_END);
  out.resize(stream.total_out);
  deflateEnd(&stream);
  return out;
}

/// The one diagnostic of gunzip(`data`) with `limits`.
std::string gunzip_error(const std::string& data, const ReadLimits& limits = {}) {
  try {
    gunzip(data, "in.gz", limits);
  } catch (const InputError& e) {
    EXPECT_EQ(e.diagnostics().size(), 1u);
    return e.diagnostics().front().format();
  }
  ADD_FAILURE() << "no error";
  return {};
}

TEST(GzipInput, MembersPaddingAndErrors) {
  const std::string text = "graph [ node [ id 1 ] ]\n";
  EXPECT_TRUE(is_gzip(gzip(text)));
  EXPECT_FALSE(is_gzip(text));
  EXPECT_EQ(gunzip(gzip(text), "in.gz", {}), text);
  // `cat a.gz b.gz`: both members, as gzip(1) reads them; NUL padding after the last is ignored.
  EXPECT_EQ(gunzip(gzip("one ") + gzip("two"), "in.gz", {}), "one two");
  EXPECT_EQ(gunzip(gzip(text) + std::string(512, '\0'), "in.gz", {}), text);
  EXPECT_EQ(gunzip(gzip(""), "in.gz", {}), "");

  const std::string whole = gzip(text);
  EXPECT_NE(
      gunzip_error(whole.substr(0, whole.size() - 6)).find("in.gz: error: truncated gzip data"),
      std::string::npos);
  EXPECT_NE(gunzip_error(whole.substr(0, 5)).find("truncated gzip data"), std::string::npos);
  std::string corrupt = whole;
  corrupt[corrupt.size() - 5] ^= 0x55;  // the CRC-32 of the data
  EXPECT_NE(gunzip_error(corrupt).find("corrupt gzip data: incorrect data check"),
            std::string::npos);
  std::string bad_header = whole;
  bad_header[2] = 9;  // a compression method gzip does not know
  EXPECT_NE(gunzip_error(bad_header).find("corrupt gzip data"), std::string::npos);
  EXPECT_NE(gunzip_error(whole + "trailing").find("unexpected bytes after the gzip data"),
            std::string::npos);
}

TEST(GzipInput, DecompressionBombStopsAtTheLimit) {
  // 16 MiB of zeros compress to a few dozen KiB; with a 1 MiB limit the inflate stops after the
  // first MiB instead of inflating everything first.
  const std::string bomb = gzip(std::string(std::size_t{16} << 20, '\0'), Z_BEST_SPEED);
  EXPECT_LT(bomb.size(), std::size_t{1} << 17);
  ReadLimits limits;
  limits.max_input_bytes = std::size_t{1} << 20;
  EXPECT_NE(gunzip_error(bomb, limits)
                .find("input is larger than 1048576 bytes once decompressed (raise the limit with "
                      "--max-input-size)"),
            std::string::npos);
  limits.max_input_bytes = std::size_t{16} << 20;
  EXPECT_EQ(gunzip(bomb, "in.gz", limits).size(), std::size_t{16} << 20);  // exactly the limit
}

class GzipCli : public test::CliFixture {
 protected:
  GzipCli() : CliFixture("kgviz_gzip_") {}
};

TEST_F(GzipCli, EveryFormatCompressed) {
  const std::string gml =
      "graph [ directed 1 node [ id 1 label \"a\" ] node [ id 2 label \"b\" ]\n"
      "  edge [ source 1 target 2 ] ]\n";
  write("g.gml.gz", gzip(gml));
  write("g.dot.gz", gzip("digraph { a -> b }\n"));
  write("g.net.gz", gzip("*Vertices 2\n1 \"a\"\n2 \"b\"\n*Arcs\n1 2\n"));
  write("g.csv.gz", gzip("source,target\na,b\n"));
  write(
      "g.graphml.gz",
      gzip("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"><graph "
           "edgedefault=\"directed\">"
           "<node id=\"a\"/><node id=\"b\"/><edge source=\"a\" target=\"b\"/></graph></graphml>"));
  for (const char* file : {"g.gml.gz", "g.dot.gz", "g.net.gz", "g.csv.gz", "g.graphml.gz"}) {
    SCOPED_TRACE(file);
    const auto run = kgviz(std::string("analyze ") + file + " --format csv --metrics out_degree");
    EXPECT_EQ(run.status, 0) << run.err;
    EXPECT_EQ(run.out, "id,label,type,out_degree\na,a,,1\nb,b,,0\n");
  }
  // Compressed data under a plain name, and on standard input with --from.
  write("plain.gml", gzip(gml));
  EXPECT_EQ(kgviz("analyze plain.gml --format csv --metrics degree").status, 0);
  const auto piped = kgviz("analyze - --from gml --format csv --metrics degree", gzip(gml));
  EXPECT_EQ(piped.status, 0) << piped.err;
  EXPECT_EQ(piped.out, "id,label,type,degree\na,a,,1\nb,b,,1\n");
  // The reproducibility record holds the SHA-256 of the file as stored (what sha256sum prints).
  const auto json = kgviz("analyze g.gml.gz --format json --metrics degree");
  EXPECT_NE(json.out.find(sha256_hex(read("g.gml.gz"))), std::string::npos) << json.out;
}

TEST_F(GzipCli, BrokenCompressedInputsAreClearErrors) {
  write("not.gml.gz", "graph [ node [ id 1 ] ]");
  auto run = kgviz("validate not.gml.gz");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err,
            "not.gml.gz: error: not gzip data: a .gz file must start with the gzip magic "
            "bytes 1f 8b\n");
  const std::string whole = gzip("graph [ node [ id 1 ] ]");
  write("cut.gml.gz", whole.substr(0, whole.size() / 2));
  run = kgviz("validate cut.gml.gz");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("cut.gml.gz: error: truncated gzip data"), std::string::npos) << run.err;
  write("bomb.gml.gz", gzip(std::string(std::size_t{8} << 20, ' '), Z_BEST_SPEED));
  run = kgviz("validate bomb.gml.gz --max-input-size 1000000");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(
      run.err.find("bomb.gml.gz: error: input is larger than 1000000 bytes once decompressed"),
      std::string::npos)
      << run.err;
  // Errors inside a compressed file are positioned in its decompressed text.
  write("bad.gml.gz", gzip("graph [\n  node [ id 1 ]\n  edge [ source 1 target 9 ]\n]\n"));
  run = kgviz("validate bad.gml.gz");
  EXPECT_EQ(run.status, 1);
  EXPECT_EQ(run.err, "bad.gml.gz:3:26: error: edge target '9' is not the id of a node\n");
}

}  // namespace
}  // namespace kgviz
