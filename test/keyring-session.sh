#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring, so that keytar
# talks to a real Secret Service. The daemon runs in the foreground form and is ended by PID.
# Usage: bash test/keyring-session.sh <command…>
set -euo pipefail

if [ -z "${KEYRING_SESSION_INNER:-}" ]; then
  if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
    echo "keyring-session: dbus-run-session or gnome-keyring-daemon missing; keychain tests will use their fallbacks" >&2
    exec "$@"
  fi
  scratch=$(mktemp -d)
  export XDG_DATA_HOME="$scratch/data" XDG_RUNTIME_DIR="$scratch/run"
  mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"; chmod 700 "$XDG_RUNTIME_DIR"
  status=0
  KEYRING_SESSION_INNER=1 dbus-run-session -- bash "$0" "$@" || status=$?
  rm -rf "$scratch"
  exit "$status"
fi

echo -n "ci-keyring-password" | gnome-keyring-daemon --foreground --unlock --components=secrets >/dev/null 2>&1 &
daemon=$!
cleanup() { kill "$daemon" 2>/dev/null || true; wait "$daemon" 2>/dev/null || true; }
trap cleanup EXIT

for _ in $(seq 1 100); do
  if dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q 'boolean true'; then
    break
  fi
  sleep 0.1
done
export AIHUBMIX_TEST_KEYRING=1
"$@"
