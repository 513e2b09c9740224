#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret
# Service), in a throwaway HOME, so keychain tests use a real keychain and never the user's.
# Usage: tests/with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${KD_IN_KEYRING_SESSION:-}" ]; then
  export KD_IN_KEYRING_SESSION=1
  exec dbus-run-session -- "$0" "$@"
fi

scratch=$(mktemp -d /tmp/kd-keyring.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
export HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch/run" XDG_DATA_HOME="$scratch/home/.local/share"
export XDG_CONFIG_HOME="$scratch/home/.config" XDG_CACHE_HOME="$scratch/home/.cache"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
chmod 700 "$XDG_RUNTIME_DIR"

# A throwaway password unlocks (and creates) the login keyring. The daemon leaves with the
# session bus when dbus-run-session ends.
eval "$(printf 'throwaway-test-password' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
export KD_REQUIRE_KEYRING=1

"$@"
