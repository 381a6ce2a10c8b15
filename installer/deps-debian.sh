#!/usr/bin/env bash
# Installs everything Chainscope needs to build, run its demo and run its tests
# on Debian 12/13 and Ubuntu 24.04. Idempotent: packages already present are
# skipped by apt, and npm packages come from the committed lock file.
#
#   installer/deps-debian.sh            build + demo + test dependencies
#   installer/deps-debian.sh --no-node  skip the Node.js test tooling
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
with_node=1
for arg in "$@"; do
  case "$arg" in
    --no-node) with_node=0 ;;
    *) echo "deps-debian.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  sudo=sudo
else
  sudo=
fi

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libssl-dev libyaml-cpp-dev
  # runtime plugins: offscreen/xcb platforms and SVG icons
  qt6-qpa-plugins libqt6svg6 fonts-dejavu-core
  # the lab: registry, image tools, htpasswd, signer
  docker-registry umoci skopeo apache2-utils openssl python3 curl ca-certificates
  # screenshots and packaging checks
  xvfb xauth desktop-file-utils appstream file dpkg-dev
)

# KF6 SyntaxHighlighting exists from Debian 13 / Ubuntu 24.10 on; older systems
# use the built-in highlighter.
if apt-cache show libkf6syntaxhighlighting-dev >/dev/null 2>&1; then
  packages+=(libkf6syntaxhighlighting-dev)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ "${#missing[@]}" -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq
  $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# docker-registry's package starts a system service on port 5000; the lab runs
# its own instances, so the packaged one only gets in the way.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
  $sudo systemctl stop docker-registry || true
fi

if [ "$with_node" -eq 1 ]; then
  need_major=20 need_minor=17
  if ! command -v node >/dev/null 2>&1; then
    echo "Node.js >= $need_major.$need_minor is needed for the keyless-signing lab tests." >&2
    echo "Install it with: apt-get install nodejs npm (Debian 13) or from your distribution." >&2
    exit 2
  fi
  ver=$(node -p 'process.versions.node')
  major=${ver%%.*}; rest=${ver#*.}; minor=${rest%%.*}
  if [ "$major" -lt "$need_major" ] || { [ "$major" -eq "$need_major" ] && [ "$minor" -lt "$need_minor" ]; }; then
    echo "Node.js $ver is too old; the lab needs $need_major.$need_minor or newer." >&2
    exit 2
  fi
  if [ -f "$root/tests/lab/sigstore/package-lock.json" ]; then
    (cd "$root/tests/lab/sigstore" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
