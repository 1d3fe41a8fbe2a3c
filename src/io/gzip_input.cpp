#include "io/gzip_input.hpp"

#include <zlib.h>

#include <algorithm>
#include <vector>

#include "model/diagnostics.hpp"
#include "model/formats.hpp"

namespace kgviz {

namespace {

[[noreturn]] void fail(const std::string& name, std::string message) {
  throw InputError(Diagnostic{name, 0, 0, std::move(message)});
}

/// Frees the zlib state however the decompression ends.
class Inflater {
 public:
  Inflater() {
    // 15 + 16: the largest window, and gzip framing only (a raw zlib stream is not a .gz file).
    if (inflateInit2(&stream_, 15 + 16) != Z_OK) throw Error("zlib could not start decompressing");
  }
  ~Inflater() { inflateEnd(&stream_); }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  z_stream& stream() { return stream_; }

 private:
  z_stream stream_{};
};

bool only_nul_bytes(std::string_view bytes) {
  return std::all_of(bytes.begin(), bytes.end(), [](char c) { return c == '\0'; });
}

}  // namespace

std::string gunzip(std::string_view compressed, const std::string& name, const ReadLimits& limits) {
  // zlib counts in 32 bits: input is handed over in pieces of at most 1 GiB.
  constexpr std::size_t kMaxPiece = std::size_t{1} << 30;
  Inflater inflater;
  z_stream& stream = inflater.stream();
  std::string out;
  std::vector<unsigned char> buffer(1 << 16);
  std::size_t consumed = 0;  // bytes of `compressed` handed to zlib so far
  const auto refill = [&] {
    const std::size_t piece = std::min(kMaxPiece, compressed.size() - consumed);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data() + consumed));
    stream.avail_in = static_cast<uInt>(piece);
    consumed += piece;
  };
  refill();
  while (true) {
    if (stream.avail_in == 0 && consumed < compressed.size()) refill();
    stream.next_out = buffer.data();
    stream.avail_out = static_cast<uInt>(buffer.size());
    const int status = inflate(&stream, Z_NO_FLUSH);
    const std::size_t produced = buffer.size() - stream.avail_out;
    if (produced > limits.max_input_bytes - std::min(out.size(), limits.max_input_bytes)) {
      fail(name, "input is larger than " + std::to_string(limits.max_input_bytes) +
                     " bytes once decompressed (raise the limit with --max-input-size)");
    }
    out.append(reinterpret_cast<const char*>(buffer.data()), produced);
    if (status == Z_STREAM_END) {
      // The end of one gzip member: another may follow, as `cat a.gz b.gz` makes.
      const std::size_t offset = consumed - stream.avail_in;
      const std::string_view rest = compressed.substr(offset);
      if (rest.empty() || only_nul_bytes(rest)) return out;
      if (!is_gzip(rest)) {
        fail(name, "unexpected bytes after the gzip data, at byte " + std::to_string(offset) +
                       " of the compressed file");
      }
      inflateReset(&stream);
      continue;
    }
    if (status == Z_OK) continue;
    if (status == Z_BUF_ERROR && stream.avail_in == 0 && consumed == compressed.size()) {
      fail(name,
           "truncated gzip data: the compressed stream ends early (an incomplete download "
           "or copy?)");
    }
    if (status == Z_BUF_ERROR) continue;
    fail(name, std::string("corrupt gzip data: ") +
                   (stream.msg != nullptr ? stream.msg : "zlib cannot decompress it"));
  }
}

}  // namespace kgviz
