// End-to-end checks of what kgviz promises about its outputs (README "Outputs", docs/outputs.md):
// all-or-nothing sets of -o, inputs never overwritten, signals and killed runs leaving no
// temporary files, every write to standard output checked, long names, modes and links.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_run_support.hpp"
#include "output_process_support.hpp"

namespace {

namespace fs = std::filesystem;
using kgviz::test::hidden_files;
using kgviz::test::slurp;
using Outcome = kgviz::test::CliOutcome;

constexpr const char* kOld = "OLD\n";

class OutputSafetyTest : public kgviz::test::CliFixture {
 protected:
  OutputSafetyTest() : CliFixture("kgviz-outputs-") {}

  void TearDown() override {
    // chattr flags would keep the scratch folder from being removed.
    for (const auto& path : flagged_) {
      std::system(("chattr -a -i '" + path.string() + "' 2>/dev/null").c_str());
    }
    CliFixture::TearDown();
  }

  /// `chattr FLAG path`; false (the caller skips) where the filesystem or the user cannot.
  bool chattr(const std::string& flag, const fs::path& path) {
    const std::string command = "chattr " + flag + " '" + path.string() + "' 2>/dev/null";
    if (std::system(command.c_str()) != 0) return false;
    flagged_.push_back(path);
    return true;
  }

  /// Runs a shell command in the scratch folder (KGVIZ stands for the binary); its exit status,
  /// with its standard error in stderr.txt.
  int shell(const std::string& command) {
    const std::string full = "cd '" + dir_.string() + "' && KGVIZ='" + KGVIZ_BINARY + "' && (" +
                             command + ") 2> stderr.txt";
    const int raw = std::system(full.c_str());
    return WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
  }

  void make_fifo(const std::string& name) { ASSERT_EQ(::mkfifo((dir_ / name).c_str(), 0644), 0); }

  void expect_no_hidden_files(const fs::path& folder) {
    EXPECT_TRUE(hidden_files(folder).empty()) << hidden_files(folder).front();
  }

 private:
  std::vector<fs::path> flagged_;
};

// ---- 1. a set of -o is all or nothing
// ------------------------------------------------------------

TEST_F(OutputSafetyTest, AppendOnlyTargetLeavesEveryTargetUntouched) {
  write("a.graphml", kOld);
  write("b.svg", kOld);
  if (!chattr("+a", dir_ / "b.svg")) GTEST_SKIP() << "chattr +a is not possible here";
  Outcome run = kgviz("export -o a.graphml -o b.svg");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("cannot write 'b.svg': it is append-only"), std::string::npos) << run.err;
  EXPECT_EQ(read("a.graphml"), kOld);
  EXPECT_EQ(read("b.svg"), kOld);
  expect_no_hidden_files(dir_);
}

TEST_F(OutputSafetyTest, ImmutableOrAppendOnlyFolderIsRefusedBeforeAnyRename) {
  write("a.graphml", kOld);
  fs::create_directories(dir_ / "locked");
  if (!chattr("+i", dir_ / "locked")) GTEST_SKIP() << "chattr +i is not possible here";
  Outcome run = kgviz("export -o a.graphml -o locked/b.svg");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("folder 'locked' is immutable"), std::string::npos) << run.err;
  EXPECT_EQ(read("a.graphml"), kOld);
  // In an append-only folder a file can be created but not renamed: refused before the run too.
  fs::create_directories(dir_ / "log");
  ASSERT_TRUE(chattr("+a", dir_ / "log"));
  run = kgviz("export -o a.graphml -o log/b.svg");
  EXPECT_EQ(run.status, 1);
  EXPECT_NE(run.err.find("folder 'log' is append-only"), std::string::npos) << run.err;
  EXPECT_EQ(read("a.graphml"), kOld);
  EXPECT_TRUE(fs::is_empty(dir_ / "log"));
  expect_no_hidden_files(dir_);
}

TEST_F(OutputSafetyTest, FailedStandardOutputLeavesFilesUntouched) {
  write("a.graphml", kOld);
  // A full device, and a closed descriptor.
  for (const char* redirect : {">/dev/full", ">&-"}) {
    EXPECT_EQ(shell(std::string("\"$KGVIZ\" export -o a.graphml -o - --to dot ") + redirect), 1)
        << redirect;
    const std::string err = read("stderr.txt");
    EXPECT_NE(err.find("kgviz: error: cannot write to standard output: "), std::string::npos)
        << err;
    EXPECT_EQ(read("a.graphml"), kOld) << redirect;
    expect_no_hidden_files(dir_);
  }
  EXPECT_NE(read("stderr.txt").find("Bad file descriptor"), std::string::npos);
}

TEST_F(OutputSafetyTest, ClosedPipeLeavesFilesUntouched) {
  write("a.graphml", kOld);
  for (const bool ignore_sigpipe : {false, true}) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    ::close(fds[0]);  // nobody will read: the first write fails
    kgviz::test::ChildOptions options;
    options.standard_output = fds[1];
    options.ignore_sigpipe = ignore_sigpipe;
    options.standard_error_file = "stderr.txt";
    const pid_t pid = kgviz::test::start_kgviz(
        dir_, {"export", "-o", "a.graphml", "-o", "-", "--to", "dot"}, options);
    ::close(fds[1]);
    const int status = kgviz::test::wait_for(pid);
    if (ignore_sigpipe) {
      // The caller chose EPIPE over SIGPIPE: an error and exit 1.
      ASSERT_TRUE(WIFEXITED(status));
      EXPECT_EQ(WEXITSTATUS(status), 1);
      EXPECT_NE(read("stderr.txt").find("cannot write to standard output: Broken pipe"),
                std::string::npos)
          << read("stderr.txt");
    } else {
      ASSERT_TRUE(WIFSIGNALED(status));
      EXPECT_EQ(WTERMSIG(status), SIGPIPE);
    }
    EXPECT_EQ(read("a.graphml"), kOld);
    expect_no_hidden_files(dir_);
  }
}

TEST_F(OutputSafetyTest, FoldersAnotherUserCannotWriteAreRefusedBeforeAnyRename) {
  // Permissions bind only a user without root's rights: as root, the run goes through setpriv.
  std::string as_user;
  if (::geteuid() == 0) {
    if (std::system("command -v setpriv >/dev/null") != 0) GTEST_SKIP() << "root without setpriv";
    as_user = "setpriv --reuid=65534 --regid=65534 --clear-groups ";
  }
  fs::create_directories(dir_ / "open");
  fs::create_directories(dir_ / "closed");
  write("open/a.graphml", kOld);
  fs::permissions(dir_, fs::perms::all);  // reachable by that user
  fs::permissions(dir_ / "open", fs::perms::all);
  fs::permissions(dir_ / "open/a.graphml", fs::perms::all);
  fs::permissions(dir_ / "closed", fs::perms::owner_all | fs::perms::group_read |
                                       fs::perms::group_exec | fs::perms::others_read |
                                       fs::perms::others_exec);
  if (::geteuid() != 0)
    fs::permissions(dir_ / "closed", fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_EQ(shell(as_user + "\"$KGVIZ\" export -o open/a.graphml -o closed/b.svg"), 1);
  EXPECT_NE(read("stderr.txt").find("cannot write 'closed/b.svg': Permission denied"),
            std::string::npos)
      << read("stderr.txt");
  EXPECT_EQ(read("open/a.graphml"), kOld);
  expect_no_hidden_files(dir_ / "open");
  if (::geteuid() != 0) return;  // a file of another user needs root to make
  // A sticky folder (like /tmp): a file of another user cannot be renamed over.
  fs::create_directories(dir_ / "sticky");
  write("sticky/c.svg", kOld);
  fs::permissions(dir_ / "sticky", fs::perms::all | fs::perms::sticky_bit);
  fs::permissions(dir_ / "sticky/c.svg", fs::perms::all);
  EXPECT_EQ(shell(as_user + "\"$KGVIZ\" export -o open/a.graphml -o sticky/c.svg"), 1);
  EXPECT_NE(read("stderr.txt").find("folder 'sticky' is sticky"), std::string::npos)
      << read("stderr.txt");
  EXPECT_EQ(read("open/a.graphml"), kOld);
  EXPECT_EQ(read("sticky/c.svg"), kOld);
  expect_no_hidden_files(dir_ / "sticky");
}

TEST_F(OutputSafetyTest, StandardOutputIsWrittenBeforeTheFiles) {
  // Standard output to a FIFO nobody reads yet: the run waits there with every file still
  // unreplaced (the old content in place, the new one in a temporary file).
  write("a.graphml", kOld);
  make_fifo("pipe");
  const int reader = ::open((dir_ / "pipe").c_str(), O_RDONLY | O_NONBLOCK);
  ASSERT_GE(reader, 0);
  const int writer = ::open((dir_ / "pipe").c_str(), O_WRONLY);
  ASSERT_GE(writer, 0);
  kgviz::test::ChildOptions options;
  options.standard_output = writer;
  options.standard_error_file = "stderr.txt";
  // The SVG is larger than a pipe holds, so kgviz waits in the write until the test reads.
  const pid_t pid = kgviz::test::start_kgviz(
      dir_, {"export", "-o", "a.graphml", "-o", "-", "--to", "svg"}, options);
  ::close(writer);
  std::string received;
  char buffer[4096];
  ssize_t n = 0;
  ASSERT_TRUE(kgviz::test::wait_until([&] {
    n = ::read(reader, buffer, sizeof buffer);
    return n > 0;
  }));
  EXPECT_EQ(read("a.graphml"), kOld) << "a file was replaced before standard output was written";
  EXPECT_EQ(hidden_files(dir_).size(), 1u);  // the new a.graphml, waiting
  received.append(buffer, static_cast<std::size_t>(n));
  ASSERT_TRUE(kgviz::test::wait_until([&] {  // until the end of the output (no writer left)
    n = ::read(reader, buffer, sizeof buffer);
    if (n > 0) received.append(buffer, static_cast<std::size_t>(n));
    return n == 0;
  }));
  const int status = kgviz::test::wait_for(pid);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << read("stderr.txt");
  ::close(reader);
  EXPECT_GT(received.size(), 70000u) << "the test needs more than a pipe holds";
  EXPECT_NE(received.find("<svg"), std::string::npos);
  // (What a.graphml holds depends on how --to and extensions combine: only that it is new counts.)
  EXPECT_GT(read("a.graphml").size(), 1000u);
  expect_no_hidden_files(dir_);
}

// ---- 3. an input is never overwritten by its own output
// --------------------------------------------

TEST_F(OutputSafetyTest, OutputNamingAnInputIsAUsageError) {
  const std::string edges = "source,target\na,b\nb,c\n";
  const std::string nodes = "id,label\na,A\n";
  write("edges.csv", edges);
  write("nodes.csv", nodes);
  write("theme.yaml", "palette: [\"#112233\"]\n");
  fs::create_symlink("edges.csv", dir_ / "link.csv");
  fs::create_symlink("theme.yaml", dir_ / "style.svg");
  fs::create_hard_link(dir_ / "edges.csv", dir_ / "hard.csv");
  fs::create_directory_symlink(".", dir_ / "here");
  write("broken.csv", "source,target\na\n");  // unreadable as an edge list: refused before reading
  const std::vector<std::string> runs = {
      "export edges.csv -o edges.csv",
      "export edges.csv --nodes nodes.csv -o out.svg -o nodes.csv",
      "export edges.csv --theme theme.yaml -o style.svg",
      "export edges.csv -o link.csv",
      "export link.csv -o edges.csv",
      "export edges.csv -o hard.csv",
      "export edges.csv -o here/edges.csv",
      "export ./edges.csv -o x.svg -o $PWD/edges.csv",
      "analyze edges.csv -o edges.csv",
      "analyze edges.csv -o hard.csv",
      "analyze edges.csv --nodes nodes.csv -o nodes.csv",
      "export broken.csv -o broken.csv",
  };
  for (const auto& args : runs) {
    Outcome run = kgviz(args);
    EXPECT_EQ(run.status, 2) << args << "\n" << run.err;
    EXPECT_NE(run.err.find("is the input file"), std::string::npos) << args << "\n" << run.err;
    EXPECT_NE(run.err.find("kgviz never writes over its inputs"), std::string::npos) << run.err;
  }
  // (A .yaml output is refused anyway: kgviz does not write YAML.)
  EXPECT_EQ(kgviz("export edges.csv --theme theme.yaml -o theme.yaml --to svg").status, 2);
  EXPECT_EQ(read("theme.yaml"), "palette: [\"#112233\"]\n");
  EXPECT_EQ(read("edges.csv"), edges);
  EXPECT_EQ(read("nodes.csv"), nodes);
  EXPECT_TRUE(fs::is_symlink(dir_ / "link.csv"));
  EXPECT_FALSE(fs::exists(dir_ / "out.svg"));
  EXPECT_FALSE(fs::exists(dir_ / "x.svg"));
  // Standard input redirected from a file is an input file too.
  for (const char* args :
       {"export - --from csv -o edges.csv < edges.csv", "analyze -o edges.csv < edges.csv"}) {
    const std::string command =
        "cd '" + dir_.string() + "' && '" + KGVIZ_BINARY + "' " + args + " 2>stderr.txt";
    const int raw = std::system(command.c_str());
    EXPECT_TRUE(WIFEXITED(raw) && WEXITSTATUS(raw) == 2) << args;
    EXPECT_NE(read("stderr.txt").find("is the input file standard input"), std::string::npos)
        << read("stderr.txt");
  }
  EXPECT_EQ(read("edges.csv"), edges);
  // Standard input from another file: no conflict.
  Outcome from_stdin = kgviz("export - --from csv -o out.csv", edges);
  EXPECT_EQ(from_stdin.status, 0) << from_stdin.err;
}

TEST_F(OutputSafetyTest, TwoOutputsNamingOneFileAreAUsageError) {
  fs::create_directories(dir_ / "sub");
  for (const char* args : {"export -o a.svg -o a.svg", "export -o a.svg -o ./a.svg",
                           "export -o a.svg -o sub/../a.svg"}) {
    Outcome run = kgviz(args);
    EXPECT_EQ(run.status, 2) << args;
    EXPECT_NE(run.err.find("name the same file"), std::string::npos) << run.err;
  }
  EXPECT_FALSE(fs::exists(dir_ / "a.svg"));
}

// ---- 13. signals and killed runs leave no temporary files
// -------------------------------------------

TEST_F(OutputSafetyTest, EverySignalThatEndsARunRemovesItsTemporaryFiles) {
  // The run finishes out.graphml into its temporary file, then waits on a FIFO nobody reads (a
  // target written in place at commit): a window as long as the test wants, without timing.
  make_fifo("wait.dot");
  for (const int signal_number : {SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGALRM, SIGUSR1,
                                  SIGUSR2, SIGXFSZ, SIGXCPU, SIGVTALRM, SIGPROF}) {
    const pid_t pid =
        kgviz::test::start_kgviz(dir_, {"export", "-o", "out.graphml", "-o", "wait.dot"});
    ASSERT_TRUE(kgviz::test::wait_for_hidden_files(dir_, 1)) << strsignal(signal_number);
    ASSERT_EQ(::kill(pid, signal_number), 0);
    const int status = kgviz::test::wait_for(pid);
    EXPECT_TRUE(WIFSIGNALED(status) && WTERMSIG(status) == signal_number)
        << strsignal(signal_number);
    EXPECT_FALSE(fs::exists(dir_ / "out.graphml"));
    expect_no_hidden_files(dir_);
  }
}

TEST_F(OutputSafetyTest, SignalWhileWritingABigInputRemovesTemporaryFiles) {
  // A generated edge list large enough that writing its tables takes a while after the first one
  // is finished (no layout is needed for them, so the run reaches the writing soon).
  std::string csv = "source,target\n";
  std::uint64_t state = 1;
  const auto next = [&state] {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (state >> 33) % 60000;
  };
  for (int i = 0; i < 200000; ++i)
    csv += "n" + std::to_string(next()) + ",n" + std::to_string(next()) + "\n";
  write("big.csv", csv);
  const std::vector<std::string> outputs = {"a.edges.csv", "b.edges.csv", "c.edges.csv", "d.md",
                                            "e.csv"};
  std::vector<std::string> args = {"export", "big.csv", "--metrics", "degree"};
  for (const auto& output : outputs) {
    args.push_back("-o");
    args.push_back(output);
  }
  const pid_t pid = kgviz::test::start_kgviz(dir_, args);
  int status = 0;
  bool ended = false;
  ASSERT_TRUE(kgviz::test::wait_until([&] {
    ended = ::waitpid(pid, &status, WNOHANG) == pid;
    return ended || !hidden_files(dir_).empty();
  }));
  if (ended) GTEST_SKIP() << "the run finished before its first output was written";
  ::kill(pid, SIGTERM);
  status = kgviz::test::wait_for(pid);
  if (WIFEXITED(status)) GTEST_SKIP() << "the run finished before the signal";
  EXPECT_EQ(WTERMSIG(status), SIGTERM);
  for (const auto& output : outputs) EXPECT_FALSE(fs::exists(dir_ / output)) << output;
  expect_no_hidden_files(dir_);
}

TEST_F(OutputSafetyTest, KilledRunsLeftoversAreRemovedButLiveRunsFilesAreNot) {
  make_fifo("wait.dot");
  // SIGKILL cannot be caught: the temporary file stays...
  const pid_t killed =
      kgviz::test::start_kgviz(dir_, {"export", "-o", "out.graphml", "-o", "wait.dot"});
  ASSERT_TRUE(kgviz::test::wait_for_hidden_files(dir_, 1));
  ::kill(killed, SIGKILL);
  kgviz::test::wait_for(killed);
  ASSERT_EQ(hidden_files(dir_).size(), 1u);
  const std::string leftover = hidden_files(dir_).front();
  EXPECT_EQ(leftover.rfind(".out.graphml.kgviz-" + std::to_string(killed) + "-", 0), 0u)
      << leftover;
  // ... until a run writes the same target. A run still going keeps its file meanwhile.
  const pid_t live =
      kgviz::test::start_kgviz(dir_, {"export", "-o", "out.graphml", "-o", "wait.dot"});
  // It removes the leftover before making its own file.
  ASSERT_TRUE(kgviz::test::wait_until([&] {
    const auto now = hidden_files(dir_);
    return now.size() == 1 && now.front() != leftover;
  }));
  const std::string live_file = hidden_files(dir_).front();
  EXPECT_EQ(live_file.rfind(".out.graphml.kgviz-" + std::to_string(live) + "-", 0), 0u)
      << live_file;
  Outcome other = kgviz("export -o out.graphml");
  EXPECT_EQ(other.status, 0) << other.err;
  EXPECT_EQ(hidden_files(dir_), std::vector<std::string>{live_file});
  ::kill(live, SIGTERM);
  kgviz::test::wait_for(live);
  expect_no_hidden_files(dir_);
  // A user's file that looks like kgviz's is never removed.
  write(".out.graphml.kgviz-999999-notesabcd", "mine");
  write(".out.graphml.kgviz-backup", "mine");
  ASSERT_EQ(kgviz("export -o out.graphml").status, 0);
  EXPECT_EQ(read(".out.graphml.kgviz-999999-notesabcd"), "mine");
  EXPECT_EQ(read(".out.graphml.kgviz-backup"), "mine");
}

// ---- 14. every write to standard output is checked
// --------------------------------------------------

TEST_F(OutputSafetyTest, EveryCommandReportsAFailedStandardOutput) {
  const std::vector<std::string> commands = {"validate",
                                             "analyze",
                                             "analyze --format json",
                                             "analyze -o -",
                                             "path 'Salt Typhoon' mss",
                                             "path fbi salt-typhoon --format json",
                                             "export -o - --to dot",
                                             "export -o /dev/stdout --to svg",
                                             "--help",
                                             "--version",
                                             "export --help"};
  for (const auto& command : commands) {
    for (const char* redirect : {">/dev/full", ">&-"}) {
      EXPECT_EQ(shell("\"$KGVIZ\" " + command + " " + redirect), 1) << command << " " << redirect;
      const std::string err = read("stderr.txt");
      EXPECT_NE(err.find("kgviz: error: cannot write"), std::string::npos)
          << command << " " << redirect << ": " << err;
      // (/dev/stdout after >&- names no descriptor: any reason will do.)
      if (command.find("/dev/stdout") != std::string::npos && std::string(redirect) == ">&-")
        continue;
      EXPECT_NE(err.find(std::string(redirect) == ">&-" ? "Bad file descriptor"
                                                        : "No space left on device"),
                std::string::npos)
          << command << " " << redirect << ": " << err;
    }
  }
  expect_no_hidden_files(dir_);
}

// ---- 16. long names
// ---------------------------------------------------------------------------------

TEST_F(OutputSafetyTest, LongOutputNamesWork) {
  const std::string name250 = std::string(246, 'n') + ".svg";
  const std::string name255 = std::string(251, 'm') + ".csv";
  std::string accented = "a";  // two-byte characters across the cut of the temporary name
  while (accented.size() < 245) accented += "\xC3\xA9";
  accented += ".graphml";
  ASSERT_LE(accented.size(), 255u);
  Outcome run = kgviz("export -o " + name250 + " -o " + name255 + " -o '" + accented + "'");
  ASSERT_EQ(run.status, 0) << run.err;
  EXPECT_NE(read(name250).find("<svg"), std::string::npos);
  EXPECT_NE(read(name255).find("id,label"), std::string::npos);
  EXPECT_NE(read(accented).find("<graphml"), std::string::npos);
  expect_no_hidden_files(dir_);
  // One byte more than a name may have: refused before anything runs.
  Outcome too_long = kgviz("export -o " + std::string(252, 'x') + ".svg -o keep.graphml");
  EXPECT_EQ(too_long.status, 1);
  EXPECT_NE(too_long.err.find("File name too long"), std::string::npos) << too_long.err;
  EXPECT_FALSE(fs::exists(dir_ / "keep.graphml"));
}

// ---- 17. replacing an existing file: modes, links, owner
// ---------------------------------------------

TEST_F(OutputSafetyTest, ReplacedFileKeepsItsModeWithoutSetIdBitsAndLinksKeepTheOldContent) {
  write("setuid.csv", kOld);
  write("setgid.csv", kOld);
  write("private.csv", kOld);
  ASSERT_EQ(::chmod((dir_ / "setuid.csv").c_str(), 04755), 0);
  ASSERT_EQ(::chmod((dir_ / "setgid.csv").c_str(), 02775), 0);
  ASSERT_EQ(::chmod((dir_ / "private.csv").c_str(), 0600), 0);
  write("linked.graphml", kOld);
  fs::create_hard_link(dir_ / "linked.graphml", dir_ / "other-name.graphml");
  write("pointed.svg", kOld);
  fs::create_symlink("pointed.svg", dir_ / "symlink.svg");
  const bool root = ::geteuid() == 0;
  if (root) {
    ASSERT_EQ(::chown((dir_ / "private.csv").c_str(), 65534, 65534), 0);
  }
  Outcome run =
      kgviz("export -o setuid.csv -o setgid.csv -o private.csv -o linked.graphml -o symlink.svg");
  ASSERT_EQ(run.status, 0) << run.err;
  const auto mode = [&](const char* name) {
    struct stat info {};
    EXPECT_EQ(::stat((dir_ / name).c_str(), &info), 0);
    return info.st_mode & 07777;
  };
  EXPECT_EQ(mode("setuid.csv"), 0755u);
  EXPECT_EQ(mode("setgid.csv"), 0775u);
  EXPECT_EQ(mode("private.csv"), 0600u);
  // The new file is a new inode: another name of the old one keeps the old content.
  EXPECT_NE(read("linked.graphml").find("<graphml"), std::string::npos);
  EXPECT_EQ(read("other-name.graphml"), kOld);
  // A symbolic link is replaced by the file; the file it pointed to is unchanged.
  EXPECT_FALSE(fs::is_symlink(dir_ / "symlink.svg"));
  EXPECT_NE(read("symlink.svg").find("<svg"), std::string::npos);
  EXPECT_EQ(read("pointed.svg"), kOld);
  if (root) {  // the owner is the user running kgviz
    struct stat info {};
    ASSERT_EQ(::stat((dir_ / "private.csv").c_str(), &info), 0);
    EXPECT_EQ(info.st_uid, 0u);
  }
  expect_no_hidden_files(dir_);
}

}  // namespace
