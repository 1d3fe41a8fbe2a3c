#!/usr/bin/env python3
"""Keeps DESIGN.md's module rule: dependencies point one way (cli -> {io, analysis, render} -> model)
and each third-party library is included only by the module that owns it. Debian installs every
header in /usr/include, so the compiler alone would not catch a stray include. Also: no relative
include climbs out of its module ("../io/x.hpp" hides a dependency from the rule above), and the
model's headers, which every module includes, pull in no heavy third-party header (those belong in
.cpp files or in the module owning the library). That each header compiles on its own is checked
by the build (tests/CMakeLists.txt, kgviz_header_check)."""
import pathlib
import re
import sys

# The checkout checked: this one, or the tree given as the first argument (the lint's own test).
ROOT = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).parents[2]).resolve()
MODULES = {
    "model": ROOT / "src/model",
    "io": ROOT / "src/io",
    "analysis": ROOT / "src/analysis",
    "render": ROOT / "render",
    "cli": ROOT / "src/cli",
}
# Which kgviz modules each module may include.
ALLOWED = {
    "model": {"model"},
    "io": {"io", "model"},
    "analysis": {"analysis", "model"},
    "render": {"render", "model"},
    "cli": {"cli", "io", "analysis", "render", "model"},
}
# Third-party headers: (include prefix, modules that may include it, may it appear in headers?).
# The first matching prefix decides: cgraph (Graphviz's graph and DOT parser) is shared by render/
# and the DOT reader of io/, the rest of Graphviz (layout, rendering) is render's.
THIRD_PARTY = [
    ("yaml-cpp/", {"io"}, False),
    ("expat", {"io", "render"}, False),
    ("graphviz/cgraph", {"render", "io"}, False),
    ("cgraph", {"render", "io"}, False),
    ("graphviz/", {"render"}, False),
    ("gvc", {"render"}, False),
    ("zlib", {"io", "render"}, False),
    ("CLI/", {"cli"}, False),
    ("nlohmann/", {"io", "render"}, True),
    ("fmt/", {"io", "render", "cli"}, False),
    ("openssl/", {"io", "render"}, False),
]
INCLUDE = re.compile(r'^\s*#\s*include\s*[<"]([^">]+)[">]', re.M)
QUOTED_INCLUDE = re.compile(r'^\s*#\s*include\s*"([^"]+)"', re.M)
# Heavy third-party headers: none in a header of the model (every module and test includes those).
HEAVY = ("boost/", "graphviz/", "cgraph", "gvc", "nlohmann/", "yaml-cpp/", "CLI/", "expat")


def relative_include_problems(module, folder, path, text):
    """Quoted includes with `..` that leave `folder` (the module's own directory)."""
    problems = []
    for header in QUOTED_INCLUDE.findall(text):
        if ".." not in pathlib.PurePosixPath(header).parts:
            continue
        target = (path.parent / header).resolve()
        if folder.resolve() not in target.parents:
            problems.append(f"{path.relative_to(ROOT)}: \"{header}\" climbs out of {module}/ "
                            f"(include it by its module path)")
    return problems


def heavy_header_problems(module, path, text):
    if module != "model" or path.suffix != ".hpp":
        return []
    return [f"{path.relative_to(ROOT)}: {header} is a heavy third-party header: keep it out of the "
            f"model's headers (in a .cpp file or the module owning the library)"
            for header in INCLUDE.findall(text) if header.startswith(HEAVY)]


def main():
    problems = []
    for module, folder in MODULES.items():
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".hpp", ".cpp"):
                continue
            text = path.read_text(encoding="utf-8")
            problems += relative_include_problems(module, folder, path, text)
            problems += heavy_header_problems(module, path, text)
            for header in INCLUDE.findall(text):
                first = header.split("/")[0]
                if first in MODULES and first not in ALLOWED[module]:
                    problems.append(f"{path.relative_to(ROOT)}: {module} must not include {header}")
                for prefix, owners, in_headers in THIRD_PARTY:
                    if header.startswith(prefix):
                        if module not in owners:
                            problems.append(f"{path.relative_to(ROOT)}: {header} belongs to {sorted(owners)}")
                        elif path.suffix == ".hpp" and not in_headers:
                            problems.append(f"{path.relative_to(ROOT)}: {header} must stay out of headers")
                        break
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
