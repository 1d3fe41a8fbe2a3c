#!/usr/bin/env python3
"""Keeps DESIGN.md's module rule: dependencies point one way (cli -> {io, analysis, render} -> model)
and each third-party library is included only by the module that owns it. Debian installs every
header in /usr/include, so the compiler alone would not catch a stray include."""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
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


def main():
    problems = []
    for module, folder in MODULES.items():
        for path in sorted(folder.rglob("*")):
            if path.suffix not in (".hpp", ".cpp"):
                continue
            for header in INCLUDE.findall(path.read_text(encoding="utf-8")):
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
