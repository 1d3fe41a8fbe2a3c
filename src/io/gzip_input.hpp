// gzip-compressed inputs (`FILE.EXT.gz`, or gzip data under any name or on standard input),
// decompressed in memory within the input size limit. zlib stays in the .cpp. Internal to src/io.
#pragma once

#include <string>
#include <string_view>

#include "io/read_options.hpp"

namespace kgviz {

/// The decompressed bytes of the gzip data `compressed`: every member of a multi-member file in
/// turn, as gzip(1) reads them (NUL padding after the last member is ignored). Decompresses
/// piece by piece and stops as soon as the output would pass `limits.max_input_bytes`, so a
/// decompression bomb costs at most the limit. Throws InputError naming `name` (no position) when
/// the output is too large, the data is corrupt or truncated, or other bytes follow it.
/// O(output size).
std::string gunzip(std::string_view compressed, const std::string& name, const ReadLimits& limits);

}  // namespace kgviz
