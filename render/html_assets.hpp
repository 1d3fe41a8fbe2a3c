// The files the interactive HTML page is made of (render/html/, third_party/), compiled into the
// binary by cmake/embed_files.cmake. Internal to render/.
#pragma once

#include <string_view>
#include <vector>

namespace kgviz {

struct HtmlAsset {
  std::string_view path;  ///< relative to the source tree, e.g. "third_party/sigma/sigma.min.js"
  std::string_view content;
};

/// Every embedded file, in the order CMakeLists.txt lists them.
const std::vector<HtmlAsset>& html_assets();

}  // namespace kgviz
