#include <unistd.h>

#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/fd_stream.hpp"
#include "cli/interrupt_cleanup.hpp"

int main(int argc, char** argv) {
  kgviz::reserve_standard_descriptors();
  kgviz::install_interrupt_cleanup();
  // Standard output through a buffer that keeps the reason of a failed write, for the message.
  kgviz::FdStreambuf standard_output(STDOUT_FILENO);
  std::streambuf* const previous = std::cout.rdbuf(&standard_output);
  std::vector<std::string> args(argv + 1, argv + argc);
  const int status = kgviz::run(args, std::cin, std::cout, std::cerr);
  std::cout.rdbuf(previous);  // the buffer ends with main; std::cout lives on
  return status;
}
