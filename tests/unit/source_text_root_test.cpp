// Where YAML source texts may come from (issue 11, point 10): `sources[].text` once named any file
// (/etc/passwd, /proc/self/environ), and the exit code told whether a chosen string occurs in it. A
// source text is read only from the YAML file's folder and below — no absolute path, no `..` out,
// no symbolic link out — unless --source-root names another folder; a refusal is a positioned
// error at the `text:` value, decided before anything outside is opened.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "cli_run_support.hpp"

namespace kgviz {
namespace {

namespace fs = std::filesystem;

/// A valid document whose one source text is `text` and whose one relation quotes `evidence`.
std::string graph_citing(const std::string& text, const std::string& evidence) {
  return "sources:\n"
         "  - id: doc\n"
         "    title: T\n"
         "    publisher: null\n"
         "    date: null\n"
         "    url: null\n"
         "    text: " +
         text +
         "\n"
         "types:\n"
         "  entity_types: [actor]\n"
         "  relation_types: [targets]\n"
         "entities:\n"
         "  - {id: a, label: A, type: actor}\n"
         "  - {id: b, label: B, type: actor}\n"
         "relations:\n"
         "  - {source: a, target: b, relation: targets, confidence: reported, evidence: \"" +
         evidence + "\", source_doc: doc}\n";
}

class SourceTextRootTest : public test::CliFixture {
 protected:
  SourceTextRootTest() : CliFixture("kgviz-source-root-") {}

  void SetUp() override {
    CliFixture::SetUp();
    fs::create_directories(dir_ / "graph" / "texts");
    fs::create_directories(dir_ / "elsewhere");
    write("graph/texts/article.txt", "The hackers targeted carriers.\n");
    write("elsewhere/secret.txt", "password=hunter2\n");
  }

  /// `kgviz validate graph/g.yaml OPTIONS` for a graph citing `text`, quoting `evidence`.
  test::CliOutcome validate(const std::string& text, const std::string& evidence,
                            const std::string& options = "") {
    write("graph/g.yaml", graph_citing(text, evidence));
    return kgviz("validate " + options + " graph/g.yaml");
  }

  /// The run failed with one error at the `text:` value (line 7, column 11).
  static void expect_refused(const test::CliOutcome& run, const std::string& part) {
    EXPECT_EQ(run.status, 1) << run.err;
    EXPECT_EQ(run.err.rfind("graph/g.yaml:7:11: error: cannot read source text", 0), 0u) << run.err;
    EXPECT_NE(run.err.find(part), std::string::npos) << run.err;
    EXPECT_EQ(std::count(run.err.begin(), run.err.end(), '\n'), 1) << run.err;
  }
};

TEST_F(SourceTextRootTest, TextsBelowTheYamlFolderAreRead) {
  EXPECT_EQ(validate("texts/article.txt", "targeted carriers").status, 0);
  EXPECT_EQ(validate("texts/../texts/./article.txt", "targeted carriers").status, 0);
  fs::create_symlink("article.txt", dir_ / "graph" / "texts" / "inside-link.txt");
  EXPECT_EQ(validate("texts/inside-link.txt", "targeted carriers").status, 0);
  // The evidence check still works through them.
  EXPECT_EQ(validate("texts/article.txt", "not in the text").status, 1);
}

TEST_F(SourceTextRootTest, AbsolutePathsAreRefused) {
  expect_refused(validate("/etc/passwd", "root:"),
                 "it is an absolute path; source texts are read "
                 "only from the YAML file's folder and below");
  expect_refused(validate("/proc/self/environ", "PATH="), "it is an absolute path");
  expect_refused(validate((dir_ / "graph/texts/article.txt").string(), "targeted carriers"),
                 "it is an absolute path");
}

TEST_F(SourceTextRootTest, DotDotAndSymbolicLinksOutAreRefused) {
  expect_refused(validate("../elsewhere/secret.txt", "hunter2"),
                 "it is outside the folder of the YAML file (");
  expect_refused(validate("texts/../../elsewhere/secret.txt", "hunter2"), "is outside the folder");
  fs::create_symlink("../../elsewhere/secret.txt", dir_ / "graph" / "texts" / "link.txt");
  expect_refused(validate("texts/link.txt", "hunter2"), "is outside the folder");
  fs::create_directory_symlink("../elsewhere", dir_ / "graph" / "out");
  expect_refused(validate("out/secret.txt", "hunter2"), "is outside the folder");
  fs::create_symlink("/etc/passwd", dir_ / "graph" / "passwd");
  expect_refused(validate("passwd", "root:"), "is outside the folder");
}

TEST_F(SourceTextRootTest, TheRunTellsNothingAboutFilesOutside) {
  // Whether the quote occurs in the outside file, or the file exists at all, gives the same status
  // and the same message: the decision is made on the path alone.
  const auto occurs = validate("../elsewhere/secret.txt", "hunter2");
  const auto absent = validate("../elsewhere/secret.txt", "not there");
  const auto missing = validate("../elsewhere/no-such-file.txt", "hunter2");
  EXPECT_EQ(occurs.status, 1);
  EXPECT_EQ(occurs.status, absent.status);
  EXPECT_EQ(occurs.err, absent.err);
  const std::string tail = occurs.err.substr(occurs.err.find("': it is outside"));
  EXPECT_EQ(missing.err.substr(missing.err.find("': it is outside")), tail);
}

TEST_F(SourceTextRootTest, SourceRootAllowsAnotherFolder) {
  const std::string root = "--source-root elsewhere";
  EXPECT_EQ(validate("../elsewhere/secret.txt", "hunter2", root).status, 0);
  EXPECT_EQ(validate((dir_ / "elsewhere/secret.txt").string(), "hunter2", root).status, 0);
  // The YAML's own folder stays allowed; other places stay refused.
  EXPECT_EQ(validate("texts/article.txt", "targeted carriers", root).status, 0);
  expect_refused(validate("/etc/passwd", "root:", root), "is outside the folder");
  // The folder must exist: a usage error.
  const auto run = validate("texts/article.txt", "targeted carriers", "--source-root nowhere");
  EXPECT_EQ(run.status, 2) << run.err;
  EXPECT_NE(run.err.find("--source-root"), std::string::npos) << run.err;
}

TEST_F(SourceTextRootTest, StandardInputResolvesAgainstTheCurrentFolder) {
  const auto inside =
      kgviz("validate --from yaml -", graph_citing("graph/texts/article.txt", "targeted carriers"));
  EXPECT_EQ(inside.status, 0) << inside.err;
  const auto outside = kgviz("validate --from yaml -", graph_citing("../x.txt", "x"));
  EXPECT_EQ(outside.status, 1);
  EXPECT_NE(outside.err.find("<stdin>:7:11: error: cannot read source text '../x.txt': it is "
                             "outside the folder"),
            std::string::npos)
      << outside.err;
}

}  // namespace
}  // namespace kgviz
