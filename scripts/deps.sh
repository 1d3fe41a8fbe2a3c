# Sourced by scripts/demo and scripts/test: installs the Debian 12 packages kgviz needs, skipping
# those already present (apt-get runs only when something is missing).
# shellcheck shell=bash

kgviz_build_packages=(
  cmake ninja-build g++ pkg-config
  libboost-graph-dev libgraphviz-dev graphviz libyaml-cpp-dev libcli11-dev nlohmann-json3-dev
  libfmt-dev libexpat1-dev libssl-dev zlib1g-dev
)
kgviz_test_packages=(
  libgtest-dev python3 python3-networkx python3-igraph python3-graph-tool
  python3-pygraphviz  # networkx's read_dot: the reference reading of the DOT corpus (tests/formats)
  poppler-utils  # pdfinfo reads the run record of exported PDFs
  chromium       # the interactive HTML page's tests (tests/html), headless with software WebGL
  clang-format-14  # the layout every C++ file keeps (.clang-format; ctest `format`)
)

kgviz_install() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "kgviz: installing ${missing[*]}" >&2
  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then sudo=(sudo); fi
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    "${missing[@]}"
}
