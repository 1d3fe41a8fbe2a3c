#include "cli/failure.hpp"

#include <new>
#include <stdexcept>

#include "model/diagnostics.hpp"
#include "model/terminal_text.hpp"

namespace kgviz {

int report_failure(const std::exception_ptr& failure, std::ostream& err) {
  try {
    std::rethrow_exception(failure);
  } catch (const UsageError& e) {
    err << "kgviz: error: " << terminal_text(e.what()) << '\n';
    return kExitUsage;
  } catch (const InputError& e) {
    for (const auto& diagnostic : e.diagnostics()) err << diagnostic.format() << '\n';
    return kExitFailed;
  } catch (const std::bad_alloc&) {
    err << "kgviz: error: out of memory\n";
    return kExitFailed;
  } catch (const std::length_error&) {
    // A container asked for more than it can hold: an input too large for memory, not a bug.
    err << "kgviz: error: out of memory\n";
    return kExitFailed;
  } catch (const std::logic_error& e) {
    err << "kgviz: internal error: " << terminal_text(e.what())
        << "\nThis is a bug in kgviz, not a problem with your input; please report it with the "
           "command that caused it.\n";
    return kExitInternal;
  } catch (const std::exception& e) {
    err << "kgviz: error: " << terminal_text(e.what()) << '\n';
    return kExitFailed;
  } catch (...) {
    err << "kgviz: internal error: an unknown exception\nThis is a bug in kgviz; please report it "
           "with the command that caused it.\n";
    return kExitInternal;
  }
}

}  // namespace kgviz
