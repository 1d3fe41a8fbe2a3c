#!/usr/bin/env python3
"""The module lint rejects what it is meant to: each case is a small tree with one bad include,
checked by check_module_deps.py; a clean tree passes."""
import pathlib
import subprocess
import sys
import tempfile

LINT = pathlib.Path(__file__).resolve().parent / "check_module_deps.py"

# (file, its text, a phrase the lint must print; None = the tree must pass)
CASES = [
    ("src/model/clean.hpp", '#include <string>\n#include "model/other.hpp"\n', None),
    ("src/io/reader.cpp", '#include "../analysis/csr.hpp"\n', "climbs out of io/"),
    ("render/writer.cpp", '#include "../src/io/input.hpp"\n', "climbs out of render/"),
    ("src/model/graph.hpp", "#include <boost/graph/adjacency_list.hpp>\n", "heavy third-party header"),
    ("src/model/json.hpp", "#include <nlohmann/json.hpp>\n", "heavy third-party header"),
    ("src/analysis/kernel.cpp", '#include "render/diagram.hpp"\n', "analysis must not include"),
    ("src/cli/app.hpp", "#include <CLI/CLI.hpp>\n", "must stay out of headers"),
]


def lint(tree_files):
    with tempfile.TemporaryDirectory() as root:
        for name, text in tree_files:
            path = pathlib.Path(root, name)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        for module in ("src/model", "src/io", "src/analysis", "render", "src/cli"):
            pathlib.Path(root, module).mkdir(parents=True, exist_ok=True)
        done = subprocess.run([sys.executable, str(LINT), root], capture_output=True, text=True)
        return done.returncode, done.stdout


def main():
    failures = []
    for name, text, phrase in CASES:
        status, output = lint([(name, text)])
        if phrase is None and status != 0:
            failures.append(f"{name}: a clean tree failed: {output}")
        if phrase is not None and (status == 0 or phrase not in output):
            failures.append(f"{name}: expected a failure saying '{phrase}', got {status}: {output!r}")
    # A relative include within the module is fine.
    status, output = lint([("src/io/a.cpp", '#include "../io/b.hpp"\n')])
    if status != 0:
        failures.append(f"a relative include inside io/ was rejected: {output}")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
