#!/usr/bin/env bash
# README command 1: installs the dependencies, builds the release preset,
# starts the lab registry with the seed's supply chain and opens the inspector
# on it. Closing the window stops the lab. Without a display it says so and
# exits with 2.
#
#   bash installer/demo.sh
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# The demo never needs Node.js: the lab signs with its own key.
bash installer/deps-debian.sh --no-node

export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true
cmake --preset release
# Only the application: the demo needs neither the test suites nor packages.
cmake --build --preset release --target chainscope

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo.sh: no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
  echo "  Chainscope is built in build/release; run this command again from a" \
       "graphical session, or use the CLI: build/release/app/chainscope --help" >&2
  exit 2
fi

dir=$(mktemp -d "${TMPDIR:-/tmp}/chainscope-demo.XXXXXX")
trap 'rm -rf "$dir"' EXIT
echo "demo.sh: starting the lab in $dir; close the window to stop it."
python3 tests/lab/lab.py demo --dir "$dir" -- \
  "$root/build/release/app/chainscope" --lab-state '{state}'
