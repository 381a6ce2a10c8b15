#!/usr/bin/env bash
# Makes the README's screenshot from a real window under Xvfb: starts the lab,
# opens the inspector on it, waits until the service's lineage and
# verification are shown, and saves what the X server shows of the window.
#
#   bash tests/ui/screenshot.sh [BUILD_DIR] [OUTPUT.png]
#
# Defaults: build/release (falls back to build/dev), docs/screenshot.png.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
build=${1:-}
if [ -z "$build" ]; then
  for candidate in "$root/build/release" "$root/build/dev" "$root/build/ci"; do
    if [ -x "$candidate/app/chainscope" ]; then build=$candidate; break; fi
  done
fi
out=${2:-$root/docs/screenshot.png}
app=${build:+$build/app/chainscope}
if [ -z "$app" ] || [ ! -x "$app" ]; then
  echo "screenshot.sh: no built chainscope found; build first (cmake --build --preset release)" >&2
  exit 2
fi
command -v xvfb-run >/dev/null || { echo "screenshot.sh: xvfb-run is missing (apt-get install xvfb xauth)" >&2; exit 2; }

dir=$(mktemp -d "${TMPDIR:-/tmp}/chainscope-shot.XXXXXX")
trap 'rm -rf "$dir"' EXIT
mkdir -p "$(dirname "$out")"

# Fixed language and fonts so the picture does not depend on the machine.
LANG=C.UTF-8 LC_ALL=C.UTF-8 python3 "$root/tests/lab/lab.py" demo --dir "$dir/lab" -- \
  xvfb-run -a -s "-screen 0 1440x900x24" \
  "$app" --lab-state '{state}' --window-size 1360x860 --screenshot "$out" --screenshot-tab lineage
echo "screenshot.sh: wrote $out"
