#!/usr/bin/env bash
# Runs a test inside its own D-Bus session with a fresh, unlocked GNOME
# Keyring, so that QtKeychain talks to a real Secret Service. HOME and the
# XDG folders point into a temporary folder: the user's own keyring is never
# touched, and the folder is removed afterwards.
#
#   run-with-keychain.sh [--bus-only] TEST-BINARY [ARGS...]
#
# --bus-only: a session bus but no keyring daemon (the "no Secret Service" case).
# Needs dbus-run-session (dbus) and gnome-keyring-daemon (gnome-keyring);
# installer/deps-debian.sh installs both. Their absence fails the test.
set -euo pipefail

bus_only=0
if [ "${1:-}" = --bus-only ]; then bus_only=1; shift; fi
[ $# -ge 1 ] || { echo "usage: $0 [--bus-only] TEST [ARGS...]" >&2; exit 2; }

for tool in dbus-run-session gnome-keyring-daemon; do
  command -v "$tool" >/dev/null ||
    { echo "run-with-keychain.sh: $tool is missing (installer/deps-debian.sh)" >&2; exit 1; }
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/chainscope-keychain.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
mkdir -m 700 "$scratch/run"
export HOME=$scratch XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config
export XDG_CACHE_HOME=$scratch/cache XDG_RUNTIME_DIR=$scratch/run
export CHAINSCOPE_KEYCHAIN_HOME=$scratch
unset DISPLAY WAYLAND_DISPLAY GNOME_KEYRING_CONTROL
export CHAINSCOPE_KEYCHAIN_BUS_ONLY=$bus_only

# Inside the session: unlock a new "login" keyring with a password read from
# stdin (what PAM does at a desktop login), then run the test. The daemon
# ends with the session bus.
inner='
set -euo pipefail
if [ "$CHAINSCOPE_KEYCHAIN_BUS_ONLY" = 0 ]; then
  eval "$(printf "chainscope-test-unlock" |
          gnome-keyring-daemon --unlock --components=secrets)"
  export GNOME_KEYRING_CONTROL
fi
exec "$@"
'
# dbus-daemon may warn that it cannot raise its fd limit (not root in a
# container); that is harmless.
config=()
if [ "$bus_only" = 1 ]; then
  # A session bus that knows no activatable services: on a desktop, D-Bus
  # would start gnome-keyring on demand, which is not the case tested here.
  mkdir "$scratch/services"
  cat >"$scratch/session.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$scratch/run</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
  <servicedir>$scratch/services</servicedir>
</busconfig>
CONF
  config=(--config-file="$scratch/session.conf")
fi
dbus-run-session "${config[@]}" -- bash -c "$inner" run-with-keychain "$@"
