// All-or-nothing output: every file is written to a temporary file in its target folder and only
// renamed into place when every output of the run succeeded (DESIGN.md "Outputs are written
// atomically"). `-` stages into memory and goes to standard output at commit.
#pragma once

#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

namespace kgviz {

class OutputSet {
 public:
  explicit OutputSet(std::ostream& standard_output);
  ~OutputSet();  // removes every temporary file that was not committed
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  /// Checks that `path` can be written (its folder exists and is writable, it is not a folder);
  /// throws Error naming the problem. Call for every output before any work is done.
  static void check_writable(const std::string& path);

  /// Stages the full content of `path` ("-" = standard output).
  void add(const std::string& path, std::string content);

  /// Writes every staged output to a temporary file beside its target (fsync'ed), then renames all
  /// into place. Throws Error (and leaves no temporary file and no regular target touched) if a
  /// write fails. Targets that are not regular files (/dev/stdout, a FIFO, /dev/full) are written
  /// in place, before any rename, since renaming over a device would replace it.
  void commit();

 private:
  struct Staged {
    std::string path;
    std::string content;
    std::string temporary;
  };
  void remove_temporaries();

  std::ostream& standard_output_;
  std::vector<Staged> staged_;
  bool committed_ = false;
};

/// Installs SIGINT/SIGTERM/SIGHUP handlers that remove the temporary files of a commit under way
/// and then end the process with the signal's usual status. Call once from main().
void install_interrupt_cleanup();

}  // namespace kgviz
