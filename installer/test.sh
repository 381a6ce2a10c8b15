#!/usr/bin/env bash
# README command 2: installs the dependencies, builds with the CMake preset
# `ci` (or `ci-kf6`, which requires KF6 SyntaxHighlighting, when
# CHAINSCOPE_REQUIRE_KF6=1) and runs every CTest suite, lab included.
# Exits non-zero when anything fails; the last lines are the CTest summary.
#
#   bash installer/test.sh
#
# Environment: CHAINSCOPE_REQUIRE_KF6=1 selects ci-kf6 (build/ci-kf6);
# CHAINSCOPE_BUILD_LOCK=<file> serialises builds and tests on a shared machine
# with flock(1).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
exec </dev/null

bash installer/deps-debian.sh

preset=ci
if [ "${CHAINSCOPE_REQUIRE_KF6:-0}" = 1 ]; then
  preset=ci-kf6
fi

# ccache hits across clones at different paths (CI uses a fresh one each time).
export CCACHE_BASEDIR="$root" CCACHE_NOHASHDIR=true

locked() {
  if [ -n "${CHAINSCOPE_BUILD_LOCK:-}" ]; then
    flock "$CHAINSCOPE_BUILD_LOCK" "$@"
  else
    "$@"
  fi
}

log=$(mktemp)
trap 'rm -f "$log"' EXIT

echo "==> configure (preset $preset)"
cmake --preset "$preset" | tee "$log"
config=$(grep -E '^-- Chainscope: ' "$log" | tail -n1 | sed 's/^-- //')

echo "==> build (preset $preset)"
locked cmake --build --preset "$preset"

echo "==> test (preset $preset)"
set +e
locked ctest --preset "$preset" --no-tests=error 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

echo
echo "==> $preset: ${config:-configuration unknown}"
grep -E 'tests passed|tests failed|The following tests|^[[:space:]]+[0-9]+ - ' "$log" || true
if [ "$rc" -ne 0 ]; then
  echo "test.sh: ctest failed (exit $rc)" >&2
fi
exit "$rc"
