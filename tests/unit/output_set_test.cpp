// The output machinery in-process: OutputSet (streaming, checks before renames, putting targets
// back), the hidden file names and their stale-file rules, held-back signals, the checked
// standard output, and run() with caller streams.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/app.hpp"
#include "cli/fd_stream.hpp"
#include "cli/interrupt_cleanup.hpp"
#include "cli/output_files.hpp"
#include "cli/temporary_names.hpp"
#include "cli_run_support.hpp"
#include "model/diagnostics.hpp"
#include "output_process_support.hpp"

namespace {

namespace fs = std::filesystem;
using kgviz::OutputSet;
using kgviz::test::hidden_files;

class OutputSetTest : public kgviz::test::CliFixture {
 protected:
  OutputSetTest() : CliFixture("kgviz-outputset-") {}
  [[nodiscard]] std::string path(const std::string& name) const { return (dir_ / name).string(); }
  /// The hidden files of target `name`.
  [[nodiscard]] std::vector<std::string> hidden_of(const std::string& name) const {
    std::vector<std::string> found;
    for (const auto& hidden : hidden_files(dir_)) {
      if (hidden.rfind(kgviz::temporary_prefix(name), 0) == 0) found.push_back(hidden);
    }
    return found;
  }
};

auto text(const std::string& content) {
  return [content](std::ostream& out) { out << content; };
}

/// The message of the Error that commit() throws; "" when it succeeds.
std::string commit_failure(OutputSet& outputs) {
  try {
    outputs.commit();
  } catch (const kgviz::Error& e) {
    return e.what();
  }
  return "";
}

ino_t inode(const fs::path& path) {
  struct stat info {};
  EXPECT_EQ(::stat(path.c_str(), &info), 0);
  return info.st_ino;
}

TEST_F(OutputSetTest, EachFileIsOnDiskAsSoonAsItIsProducedAndVisibleOnlyAtCommit) {
  std::ostringstream out;
  OutputSet outputs(out);
  const std::string big(1 << 20, 'x');
  outputs.write(path("a.txt"), text(big));
  outputs.write(path("b.txt"), [&](std::ostream& stream) {
    // a.txt is complete in its temporary file (not in memory), and not yet at its name.
    ASSERT_EQ(hidden_of("a.txt").size(), 1u);
    EXPECT_EQ(fs::file_size(dir_ / hidden_of("a.txt").front()), big.size());
    EXPECT_FALSE(fs::exists(dir_ / "a.txt"));
    stream << "b";
  });
  outputs.write("-", text("to standard output"));
  EXPECT_EQ(out.str(), "");
  EXPECT_FALSE(fs::exists(dir_ / "b.txt"));
  outputs.commit();
  EXPECT_EQ(read("a.txt"), big);
  EXPECT_EQ(read("b.txt"), "b");
  EXPECT_EQ(out.str(), "to standard output");
  EXPECT_TRUE(hidden_files(dir_).empty());
}

TEST_F(OutputSetTest, AFailedProducerLeavesNothing) {
  write("a.txt", "OLD");
  {
    std::ostringstream out;
    OutputSet outputs(out);
    outputs.write(path("a.txt"), text("new"));
    EXPECT_THROW(
        outputs.write(path("b.txt"), [](std::ostream&) { throw kgviz::Error("no layout"); }),
        kgviz::Error);
  }
  EXPECT_EQ(read("a.txt"), "OLD");
  EXPECT_FALSE(fs::exists(dir_ / "b.txt"));
  EXPECT_TRUE(hidden_files(dir_).empty());
}

TEST_F(OutputSetTest, AFailingDeviceStopsTheCommitBeforeAnyRename) {
  std::ostringstream out;
  OutputSet outputs(out);
  outputs.write(path("a.txt"), text("new"));
  outputs.write("/dev/full", text("anything"));
  EXPECT_EQ(commit_failure(outputs), "cannot write '/dev/full': No space left on device");
  EXPECT_FALSE(fs::exists(dir_ / "a.txt"));
}

TEST_F(OutputSetTest, AFailingStandardOutputStopsTheCommitBeforeAnyRename) {
  std::ostringstream out;
  out.setstate(std::ios::badbit);
  {
    OutputSet outputs(out);
    outputs.write(path("a.txt"), text("new"));
    outputs.write("-", text("table"));
    EXPECT_EQ(commit_failure(outputs), "cannot write to standard output: write error");
  }
  EXPECT_FALSE(fs::exists(dir_ / "a.txt"));
  EXPECT_TRUE(hidden_files(dir_).empty());
}

TEST_F(OutputSetTest, TargetsAreCheckedAgainBeforeTheFirstRename) {
  write("a.txt", "OLD");
  {
    std::ostringstream out;
    OutputSet outputs(out);
    outputs.write(path("a.txt"), text("new"));
    outputs.write(path("b.txt"), text("new"));
    fs::create_directory(dir_ / "b.txt");  // since the run started
    EXPECT_EQ(commit_failure(outputs), "cannot write '" + path("b.txt") + "': it is a directory");
  }
  EXPECT_EQ(read("a.txt"), "OLD");
  EXPECT_TRUE(hidden_files(dir_).empty());
}

TEST_F(OutputSetTest, ARenameThatFailsMidwayPutsEveryEarlierTargetBack) {
  write("a.txt", "OLD");
  fs::create_hard_link(dir_ / "a.txt", dir_ / "a-link.txt");
  const ino_t previous = inode(dir_ / "a.txt");
  {
    std::ostringstream out;
    OutputSet outputs(out);
    outputs.write(path("a.txt"), text("new a"));
    outputs.write(path("new.txt"), text("new file"));
    outputs.write(path("b.txt"), text("new b"));
    bool hook_ran = false;
    outputs.set_before_rename_for_testing([&](const std::string& target) {
      if (target != path("b.txt")) return;
      hook_ran = true;
      // The earlier targets are replaced, a.txt's previous content kept beside it.
      EXPECT_EQ(read("a.txt"), "new a");
      EXPECT_EQ(read("new.txt"), "new file");
      ASSERT_EQ(hidden_of("a.txt").size(), 1u);
      EXPECT_EQ(inode(dir_ / hidden_of("a.txt").front()), previous);
      // Now make the rename of b.txt fail: a folder that is not empty is there.
      fs::create_directories(dir_ / "b.txt" / "inside");
    });
    const std::string message = commit_failure(outputs);
    EXPECT_EQ(message.rfind("cannot write '" + path("b.txt") + "': ", 0), 0u) << message;
    EXPECT_NE(message.find("; no file was changed"), std::string::npos) << message;
    EXPECT_TRUE(hook_ran);
  }
  EXPECT_EQ(read("a.txt"), "OLD");
  EXPECT_EQ(inode(dir_ / "a.txt"), previous);  // the very file, not a copy
  EXPECT_FALSE(fs::exists(dir_ / "new.txt"));
  EXPECT_TRUE(hidden_files(dir_).empty());
}

TEST_F(OutputSetTest, ModesOfNewAndReplacedFiles) {
  write("kept.txt", "OLD");
  ASSERT_EQ(::chmod(path("kept.txt").c_str(), 06751), 0);
  std::ostringstream out;
  OutputSet outputs(out);
  outputs.write(path("kept.txt"), text("new"));
  outputs.write(path("fresh.txt"), [&](std::ostream& stream) {
    // Private while being written.
    ASSERT_EQ(hidden_of("fresh.txt").size(), 1u);
    struct stat info {};
    ASSERT_EQ(::stat(path(hidden_of("fresh.txt").front()).c_str(), &info), 0);
    EXPECT_EQ(info.st_mode & 07777, 0600u);
    stream << "new";
  });
  outputs.commit();
  const auto mode = [&](const char* name) {
    struct stat info {};
    EXPECT_EQ(::stat(path(name).c_str(), &info), 0);
    return info.st_mode & 07777;
  };
  EXPECT_EQ(mode("kept.txt"), 0751u);  // set-user-ID and set-group-ID dropped
  const mode_t mask = ::umask(0);
  ::umask(mask);
  EXPECT_EQ(mode("fresh.txt"), 0666u & ~mask);
}

// ---- hidden file names and stale files
// -----------------------------------------------------------

TEST(TemporaryNames, FitTheLongestNameAndCutAtACharacterBoundary) {
  const std::string longest(255, 'n');
  EXPECT_LE(
      kgviz::hidden_file_name(longest, kgviz::HiddenKind::Output, 2147483647, "abcdef").size(),
      255u);
  EXPECT_LE(
      kgviz::hidden_file_name(longest, kgviz::HiddenKind::Backup, 2147483647, "abcdef").size(),
      255u);
  std::string accented = "a";
  while (accented.size() < 250) accented += "\xC3\xA9";
  const std::string prefix = kgviz::temporary_prefix(accented);
  const std::string kept = prefix.substr(1, prefix.size() - 1 - std::string(".kgviz-").size());
  ASSERT_LT(kept.size(), accented.size());
  EXPECT_EQ(accented.compare(0, kept.size(), kept), 0);
  EXPECT_EQ(static_cast<unsigned char>(kept.back()), 0xA9u) << "a character was cut in two";
  // Short names are kept whole; the kinds differ only in their check letters.
  EXPECT_EQ(kgviz::temporary_prefix("g.svg"), ".g.svg.kgviz-");
  const std::string output =
      kgviz::hidden_file_name("g.svg", kgviz::HiddenKind::Output, 42, "abcdef");
  const std::string backup =
      kgviz::hidden_file_name("g.svg", kgviz::HiddenKind::Backup, 42, "abcdef");
  EXPECT_EQ(output.rfind(".g.svg.kgviz-42-abcdef", 0), 0u) << output;
  EXPECT_EQ(output.size(), std::string(".g.svg.kgviz-42-abcdef").size() + 4);
  EXPECT_NE(output, backup);
}

/// The PID of a process that has ended.
pid_t ended_process() {
  const pid_t pid = ::fork();
  if (pid == 0) ::_exit(0);
  kgviz::test::wait_for(pid);
  return pid;
}

TEST_F(OutputSetTest, StaleFilesOfEndedRunsAreRemovedAndNothingElse) {
  const pid_t ended = ended_process();
  timespec start{};
  ::clock_gettime(CLOCK_REALTIME, &start);
  const auto make = [&](const std::string& name, bool old) {
    write(name, "x");
    const time_t when =
        old ? start.tv_sec - 100 : start.tv_sec + 1;  // before or after the run start
    const timespec times[2] = {{when, 0}, {when, 0}};
    ASSERT_EQ(::utimensat(AT_FDCWD, path(name).c_str(), times, AT_SYMLINK_NOFOLLOW), 0);
  };
  using kgviz::HiddenKind;
  const std::string stale = kgviz::hidden_file_name("t.svg", HiddenKind::Output, ended, "aaaaaa");
  const std::string stale_backup =
      kgviz::hidden_file_name("t.svg", HiddenKind::Backup, ended, "bbbbbb");
  const std::string of_running =
      kgviz::hidden_file_name("t.svg", HiddenKind::Output, ::getppid(), "cccccc");
  const std::string recent = kgviz::hidden_file_name("t.svg", HiddenKind::Output, ended, "dddddd");
  const std::string locked = kgviz::hidden_file_name("t.svg", HiddenKind::Output, ended, "eeeeee");
  std::string lookalike = kgviz::hidden_file_name("t.svg", HiddenKind::Output, ended, "ffffff");
  lookalike.back() = lookalike.back() == 'z' ? 'y' : 'z';  // wrong check letters
  const std::string other_target =
      kgviz::hidden_file_name("u.svg", HiddenKind::Output, ended, "gggggg");
  for (const auto& name : {stale, stale_backup, of_running, locked, lookalike, other_target})
    make(name, true);
  make(recent, false);
  const int lock = ::open(path(locked).c_str(), O_RDONLY);
  ASSERT_EQ(::flock(lock, LOCK_EX), 0);

  // Without the target, a backup may hold the only copy of it: kept.
  EXPECT_EQ(kgviz::remove_stale_temporaries(path("t.svg"), start), 1u);
  EXPECT_FALSE(fs::exists(dir_ / stale));
  EXPECT_TRUE(fs::exists(dir_ / stale_backup));
  write("t.svg", "target");
  EXPECT_EQ(kgviz::remove_stale_temporaries(path("t.svg"), start), 1u);
  EXPECT_FALSE(fs::exists(dir_ / stale_backup));
  for (const auto& name : {of_running, recent, locked, lookalike, other_target}) {
    EXPECT_TRUE(fs::exists(dir_ / name)) << name;
  }
  ::close(lock);
  EXPECT_EQ(kgviz::remove_stale_temporaries(path("t.svg"), start), 1u);  // the lock was the reason
  EXPECT_FALSE(fs::exists(dir_ / locked));
}

// ---- signals held back during a commit
// -------------------------------------------------------------

TEST_F(OutputSetTest, ASignalDuringAHoldIsHandledWhenTheHoldEnds) {
  const std::string registered = path("registered.tmp");
  const std::string marker = path("held.txt");
  write("registered.tmp", "x");
  const pid_t pid = ::fork();
  if (pid == 0) {
    kgviz::install_interrupt_cleanup();
    std::size_t slot = 0;
    {
      kgviz::SignalHold hold;
      slot = kgviz::register_cleanup(registered);
      ::raise(SIGUSR1);
      // Still here, the file still there: the signal waits for the hold to end.
      if (::access(registered.c_str(), F_OK) == 0) std::ofstream(marker) << "held";
    }
    (void)slot;
    ::_exit(0);  // not reached: the held signal ends the process
  }
  const int status = kgviz::test::wait_for(pid);
  EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == SIGUSR1);
  EXPECT_EQ(read("held.txt"), "held");
  EXPECT_FALSE(fs::exists(registered));
}

// ---- checked standard output
// ---------------------------------------------------------------------

TEST(FdStreambuf, RemembersWhyAWriteFailed) {
  const int fd = ::open("/dev/full", O_WRONLY);
  ASSERT_GE(fd, 0);
  {
    kgviz::FdStreambuf buffer(fd);
    std::ostream out(&buffer);
    out << "text" << std::flush;
    EXPECT_FALSE(out);
    EXPECT_EQ(buffer.error(), ENOSPC);
    EXPECT_EQ(kgviz::write_failure_reason(out), "No space left on device");
  }
  ::close(fd);
  std::ostringstream plain;
  plain.setstate(std::ios::badbit);
  EXPECT_EQ(kgviz::write_failure_reason(plain), "write error");
}

TEST(RunInProcess, WritesToTheCallersStreamsAndChecksThem) {
  std::istringstream in;
  std::ostringstream out;
  std::ostringstream err;
  EXPECT_EQ(kgviz::run({"validate"}, in, out, err), 0) << err.str();
  EXPECT_NE(out.str().find(": ok: "), std::string::npos) << out.str();
  std::ostringstream broken;
  broken.setstate(std::ios::badbit);
  std::ostringstream broken_err;
  EXPECT_EQ(kgviz::run({"validate"}, in, broken, broken_err), 1);
  EXPECT_EQ(broken_err.str(), "kgviz: error: cannot write to standard output: write error\n");
  std::ostringstream table;
  std::ostringstream table_err;
  EXPECT_EQ(kgviz::run({"analyze", "--metrics", "degree", "--format", "csv"}, in, table, table_err),
            0);
  EXPECT_EQ(table.str().rfind("id,label,type,degree\n", 0), 0u);
}

}  // namespace
