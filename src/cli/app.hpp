// The command-line application: parses arguments, runs a subcommand, maps errors to exit codes.
// Only this module prints or decides exit codes.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace kgviz {

/// Runs kgviz with `args` (without the program name). Returns the exit code: 0 success, 1 bad
/// input or failed operation, 2 usage error.
int run(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
        std::ostream& err);

}  // namespace kgviz
