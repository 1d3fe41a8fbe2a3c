#!/usr/bin/env python3
"""Fails when clang-format-14 would change a C++ file of src/, render/ or tests/ (.clang-format at
the top of the checkout says how); with --fix, applies it. Skips with ctest's skip code (77) when
clang-format-14 is not installed (scripts/test installs it)."""
import pathlib
import shutil
import subprocess
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOLDERS = ("src", "render", "tests")
SKIP_CODE = 77


def cpp_files():
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.suffix in (".cpp", ".hpp") and "node_modules" not in path.parts:
                yield path


def main() -> int:
    tool = shutil.which("clang-format-14") or shutil.which("clang-format")
    if tool is None:
        print("check_format: clang-format-14 is not installed; skipped", file=sys.stderr)
        return SKIP_CODE
    files = [str(path) for path in cpp_files()]
    if "--fix" in sys.argv[1:]:
        subprocess.run([tool, "-i", "--style=file", *files], check=True)
        return 0
    result = subprocess.run([tool, "--dry-run", "--Werror", "--style=file", *files],
                            capture_output=True, text=True)
    if result.returncode != 0:
        changed = sorted({line.split(":", 1)[0] for line in result.stderr.splitlines()
                          if line.startswith(str(ROOT)) and "clang-format-violations" in line})
        for name in changed:
            print(f"{pathlib.Path(name).relative_to(ROOT)}: not formatted as .clang-format says",
                  file=sys.stderr)
        print(f"check_format: {len(changed)} file(s) to format; run tests/lint/check_format.py --fix",
              file=sys.stderr)
        return 1
    print(f"check_format: {len(files)} files formatted as .clang-format says")
    return 0


if __name__ == "__main__":
    sys.exit(main())
