#!/usr/bin/env bash
# Runs inside test/keyring-session.sh (one D-Bus session and keyring for the whole flow), so the
# token saved by `login` is still there for the commands after it. Prints one marker per step.
set -u
cli() { node "$CLI" "$@"; }
echo "$TOKEN" | cli login >/dev/null 2>&1; echo "login=$?"
env -u AIHUBMIX_ACCESS_TOKEN node "$CLI" balance --json >/dev/null 2>&1; echo "balance-from-keychain=$?"
cli token rotate --yes --json >/dev/null 2>&1; echo "rotate=$?"
cli balance --json >/dev/null 2>&1; echo "balance-after-rotate=$?"
cli logout >/dev/null 2>&1; echo "logout=$?"
cli balance >/dev/null 2>&1; echo "balance-after-logout=$?"
