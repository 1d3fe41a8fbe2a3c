#include "model/run_record_fields.hpp"

#include <algorithm>
#include <array>

namespace kgviz::record_field {

bool is_record_field(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kFields{
      kVersion, kCommand, kInputs, kOptions, kSeed, kFlatCommand, kFlatInputSha256};
  return std::find(kFields.begin(), kFields.end(), name) != kFields.end();
}

}  // namespace kgviz::record_field
