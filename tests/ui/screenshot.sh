#!/usr/bin/env bash
# Makes the README's screenshot from a real window under Xvfb: starts a lab
# with the seed's chain, opens the inspector on it (--lab-state), waits until
# the service image's lineage and verification are shown, and saves what the
# X server shows of the window.
#
#   bash tests/ui/screenshot.sh [OUTPUT.png] [TAB] [BUILD_DIR]
#
# TAB: lineage (default), verify, overview, raw, policy.
# BUILD_DIR: default build/release, else build/dev (must hold app/chainscope).
# Needs xvfb-run (Debian package xvfb); installer/deps-debian.sh installs it.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
output=$(realpath -m "${1:-$root/docs/screenshot.png}")
tab=${2:-lineage}
build=${3:-}
if [ -z "$build" ]; then
  for candidate in "$root/build/release" "$root/build/dev"; do
    if [ -x "$candidate/app/chainscope" ]; then build=$candidate; break; fi
  done
fi
app="$build/app/chainscope"
[ -x "$app" ] || { echo "screenshot.sh: no chainscope binary in '$build'" >&2; exit 2; }
command -v xvfb-run >/dev/null || { echo "screenshot.sh: xvfb-run is missing (apt install xvfb)" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/chainscope-shot.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$(dirname "$output")"

# A fresh home for settings and autosaves: a recovered policy from an earlier
# session must not end up in the picture. English, whatever the host says.
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
export LANG=C.UTF-8 LC_ALL=C.UTF-8 LANGUAGE=
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_QPA_PLATFORM

python3 "$root/tests/lab/lab.py" demo --dir "$work/lab" -- \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  "$app" --lab-state '{state}' --window-size 1400x860 \
  --screenshot "$output" --screenshot-tab "$tab"
echo "screenshot.sh: wrote $output"
