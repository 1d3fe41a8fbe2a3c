// How a run that ended with an exception is reported (cli/failure.hpp): a bug in kgviz is not
// reported as the user's bad input.
#include "cli/failure.hpp"

#include <gtest/gtest.h>

#include <new>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "model/diagnostics.hpp"

namespace kgviz {
namespace {

struct Reported {
  int status;
  std::string err;
};

template <class Exception>
Reported report(const Exception& exception) {
  std::ostringstream err;
  const int status = report_failure(std::make_exception_ptr(exception), err);
  return {status, err.str()};
}

TEST(FailureReport, UsageErrorsExitTwo) {
  const auto reported = report(UsageError("--to grapml: no such format"));
  EXPECT_EQ(reported.status, kExitUsage);
  EXPECT_EQ(reported.err, "kgviz: error: --to grapml: no such format\n");
}

TEST(FailureReport, InputErrorsGiveEveryPositionedLine) {
  const auto reported =
      report(InputError({Diagnostic{"g.csv", 3, 7, "bad"}, Diagnostic{"g.csv", 4, 1, "worse"}}));
  EXPECT_EQ(reported.status, kExitFailed);
  EXPECT_EQ(reported.err, "g.csv:3:7: error: bad\ng.csv:4:1: error: worse\n");
}

TEST(FailureReport, RunTimeFailuresAndMemoryExitOne) {
  EXPECT_EQ(report(std::runtime_error("cannot write 'x'")).err, "kgviz: error: cannot write 'x'\n");
  EXPECT_EQ(report(std::bad_alloc()).status, kExitFailed);
  EXPECT_EQ(report(std::length_error("vector::reserve")).err, "kgviz: error: out of memory\n");
}

TEST(FailureReport, ProgrammerErrorsAreInternalErrorsWithTheirOwnStatus) {
  for (const auto& reported : {report(std::logic_error("node attribute type clash: x")),
                               report(std::out_of_range("vector::_M_range_check")),
                               report(std::invalid_argument("stoi"))}) {
    EXPECT_EQ(reported.status, kExitInternal);
    EXPECT_EQ(reported.err.rfind("kgviz: internal error: ", 0), 0u) << reported.err;
    EXPECT_NE(reported.err.find("This is a bug in kgviz, not a problem with your input"),
              std::string::npos)
        << reported.err;
  }
}

TEST(FailureReport, ControlCharactersInMessagesAreEscaped) {
  const auto reported = report(std::runtime_error("bad \x1b[31mname"));
  EXPECT_EQ(reported.err.find('\x1b'), std::string::npos) << reported.err;
}

}  // namespace
}  // namespace kgviz
