#!/usr/bin/env bash
# Installs everything Chainscope needs to build, run its demo and run its tests
# on Debian 12/13 and Ubuntu 24.04. Idempotent: when everything is present it
# changes nothing and reaches no network; npm packages come from the committed
# lock file and are reinstalled only when that file changes.
#
#   installer/deps-debian.sh            build + demo + test dependencies
#   installer/deps-debian.sh --no-node  skip the Node.js test tooling (the demo)
#
# Fedora and Arch equivalents are listed in README.md.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
with_node=1
for arg in "$@"; do
  case "$arg" in
    --no-node) with_node=0 ;;
    -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
    *) echo "deps-debian.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "deps-debian.sh: run as root or install sudo" >&2; exit 2; }
  sudo=sudo
else
  sudo=
fi
export DEBIAN_FRONTEND=noninteractive

# Each entry is a package, or alternatives "a|b" (first one apt knows wins)
# for names that differ between releases.
required=(
  # build
  build-essential cmake ninja-build ccache pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools libssl-dev libyaml-cpp-dev libarchive-dev
  # runtime plugins: offscreen/xcb platforms, SVG icons, Qt's own translations
  qt6-qpa-plugins libqt6svg6 qt6-translations-l10n fonts-dejavu-core
  # the lab: registry, image tools, htpasswd, signer
  docker-registry umoci skopeo apache2-utils openssl python3 curl ca-certificates
  # screenshots and packaging checks
  xvfb xauth desktop-file-utils appstream file dpkg-dev
  # stored registry passwords (QtKeychain) and their test: D-Bus + GNOME Keyring
  qtkeychain-qt6-dev dbus gnome-keyring libsecret-tools
)
# KF6 SyntaxHighlighting exists from Debian 13 / Ubuntu 24.10 on; older
# systems use the built-in highlighter.
optional=(libkf6syntaxhighlighting-dev)

# (No `cmd | grep -q` here: with pipefail, grep's early exit fails the pipe.)
installed() {
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}
available() {
  local policy
  policy=$(apt-cache policy "$1" 2>/dev/null)
  [[ "$policy" =~ Candidate:\ [^\(] ]]
}
# Prints the installed alternative of an entry, or nothing.
installed_alt() {
  local alt
  IFS='|' read -ra alts <<<"$1"
  for alt in "${alts[@]}"; do
    if installed "$alt"; then echo "$alt"; return; fi
  done
}
lists_empty() {
  ! compgen -G '/var/lib/apt/lists/*_Packages*' >/dev/null
}

missing=()
for entry in "${required[@]}"; do
  [ -n "$(installed_alt "$entry")" ] || missing+=("$entry")
done

updated=0
apt_update() {
  if [ "$updated" -eq 0 ]; then
    $sudo apt-get update -qq
    updated=1
  fi
}
if [ "${#missing[@]}" -gt 0 ] || lists_empty; then
  apt_update
fi

to_install=()
unknown=()
for entry in "${missing[@]}"; do
  pick=
  IFS='|' read -ra alts <<<"$entry"
  for alt in "${alts[@]}"; do
    if available "$alt"; then pick=$alt; break; fi
  done
  if [ -n "$pick" ]; then to_install+=("$pick"); else unknown+=("$entry"); fi
done
for p in "${optional[@]}"; do
  if ! installed "$p" && available "$p"; then to_install+=("$p"); fi
done

if [ "${#unknown[@]}" -gt 0 ]; then
  echo "deps-debian.sh: this distribution has no package for: ${unknown[*]}" >&2
  exit 2
fi

# docker-registry's package would start a system service on port 5000; the
# lab runs its own instances. Keep services from starting during installation
# unless the machine already has a policy.
policy_added=0
if [ "${#to_install[@]}" -gt 0 ] && [ ! -e /usr/sbin/policy-rc.d ]; then
  printf '#!/bin/sh\nexit 101\n' | $sudo tee /usr/sbin/policy-rc.d >/dev/null
  $sudo chmod 755 /usr/sbin/policy-rc.d
  policy_added=1
fi
cleanup() { [ "$policy_added" -eq 0 ] || $sudo rm -f /usr/sbin/policy-rc.d; }
trap cleanup EXIT

if [ "${#to_install[@]}" -gt 0 ]; then
  echo "deps-debian.sh: installing ${to_install[*]}"
  $sudo apt-get install -y -qq --no-install-recommends "${to_install[@]}" >/dev/null
fi

if command -v systemctl >/dev/null 2>&1 &&
   systemctl is-active --quiet docker-registry 2>/dev/null; then
  $sudo systemctl stop docker-registry || true
  $sudo systemctl disable docker-registry >/dev/null 2>&1 || true
fi

[ "$with_node" -eq 1 ] || exit 0

# Node.js is a test-only dependency (the Sigstore JavaScript client of the
# lab); it is needed once the lab's npm lock file exists.
lock="$root/tests/lab/sigstore/package-lock.json"
[ -f "$lock" ] || exit 0

need_major=20 need_minor=17
node_ok() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || return 1
  local ver major rest minor
  ver=$(node -p 'process.versions.node')
  major=${ver%%.*}; rest=${ver#*.}; minor=${rest%%.*}
  [ "$major" -gt "$need_major" ] ||
    { [ "$major" -eq "$need_major" ] && [ "$minor" -ge "$need_minor" ]; }
}
if ! node_ok; then
  # Debian 13 ships a recent enough Node.js; Debian 12's (18.x) is too old.
  apt_update
  cand=$(apt-cache policy nodejs 2>/dev/null | sed -n 's/^ *Candidate: *\([0-9]*\)\.\([0-9]*\).*/\1 \2/p')
  read -r cmaj cmin <<<"${cand:-0 0}"
  if [ "$cmaj" -gt "$need_major" ] ||
     { [ "$cmaj" -eq "$need_major" ] && [ "$cmin" -ge "$need_minor" ]; }; then
    echo "deps-debian.sh: installing nodejs npm"
    $sudo apt-get install -y -qq --no-install-recommends nodejs npm >/dev/null
  fi
fi
if ! node_ok; then
  have=$(node -p 'process.versions.node' 2>/dev/null || echo none)
  echo "deps-debian.sh: the lab's tests need Node.js >= $need_major.$need_minor with npm" \
       "(found: $have)." >&2
  echo "  Install Node.js 20 LTS or newer, e.g. the nodejs and npm packages of" \
       "Debian 13 / Ubuntu 24.04, or NodeSource's node_20.x for Debian 12." >&2
  exit 2
fi

# Reinstall the pinned packages only when the lock file changed.
stamp="$root/tests/lab/sigstore/node_modules/.chainscope-lock.sha256"
sum=$(sha256sum "$lock" | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$sum" ]; then
  (cd "$root/tests/lab/sigstore" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$sum" >"$stamp"
fi
