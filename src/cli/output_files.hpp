// All-or-nothing output (README "Outputs", docs/outputs.md): each file is streamed into a hidden
// temporary file beside its target while it is produced, and the whole set is made visible only
// by commit(), after every output was produced and standard output was written. Files are renamed
// into place together: a rename that fails puts the targets already replaced back.
#pragma once

#include <time.h>

#include <cstddef>
#include <functional>
#include <iosfwd>
#include <string>
#include <vector>

namespace kgviz {

class OutputSet {
 public:
  explicit OutputSet(std::ostream& standard_output);
  ~OutputSet();  // removes every temporary file that was not committed
  OutputSet(const OutputSet&) = delete;
  OutputSet& operator=(const OutputSet&) = delete;

  /// Produces the output `path` ("-" = standard output) by calling `produce` with a stream.
  /// A file is streamed straight into a new temporary file beside its target
  /// (`.NAME.kgviz-PID-...`, see temporary_names.hpp; created with mode 0600, locked, fsync'ed and
  /// given its final mode at the end), so only one output at a time is held by the writers.
  /// Standard output and the other targets written in place (is_written_in_place: a device, a
  /// FIFO, a path in /dev or /proc) are kept in memory until commit(). Before the first temporary
  /// file of a target, removes what killed kgviz runs left for that target
  /// (remove_stale_temporaries).
  /// Throws Error when the temporary file cannot be made or written; nothing is replaced then.
  void write(const std::string& path, const std::function<void(std::ostream&)>& produce);

  /// Makes every output visible:
  /// 1. checks every file target again (check_output_target): nothing is written or replaced
  ///    if one would be refused;
  /// 2. writes standard output, then each target that is not a regular file, in place;
  /// 3. with the handled signals held back, renames each temporary file over its target, having
  ///    kept the previous target as a hidden hard link (or, where the filesystem refuses the link,
  ///    renamed it aside); when a rename still fails, every target already replaced gets its
  ///    previous content back (a new one is removed) and Error says what failed. The kept copies
  ///    are removed after success.
  /// Throws Error naming the output that failed; a failure in step 1 or 2 leaves every file
  /// target as it was (what step 2 already wrote to standard output stays written).
  void commit();

  /// Fault injection for tests: called with each target just before its temporary file is
  /// renamed over it (the previous target already kept), so a test can make that rename fail.
  void set_before_rename_for_testing(std::function<void(const std::string&)> hook);

 private:
  struct Output {
    std::string path;
    bool in_place = false;  ///< standard output or a target that is not a regular file
    std::string content;    ///< in_place: what to write at commit
    std::string temporary;  ///< a file: its temporary file
    int fd = -1;            ///< the temporary file, open (and locked) until the end
    std::size_t slot = static_cast<std::size_t>(-1);  ///< its signal-cleanup registration
    std::string backup;                               ///< during commit: the previous target, kept
    int backup_fd = -1;                               ///< the lock on the backup
    bool moved_aside = false;  ///< the backup is the target renamed (no hard link was possible)
    bool replaced = false;     ///< the target no longer holds its previous content
  };
  void write_in_place(Output& output);
  void replace_target(Output& output);
  std::string put_back_replaced();
  void release(Output& output);
  void remove_temporaries();

  std::ostream& standard_output_;
  std::vector<Output> outputs_;
  std::function<void(const std::string&)> before_rename_;
  bool committed_ = false;
};

}  // namespace kgviz
