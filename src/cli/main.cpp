#include <iostream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/output_files.hpp"

int main(int argc, char** argv) {
  kgviz::install_interrupt_cleanup();
  std::vector<std::string> args(argv + 1, argv + argc);
  return kgviz::run(args, std::cin, std::cout, std::cerr);
}
