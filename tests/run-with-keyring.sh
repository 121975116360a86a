#!/usr/bin/env bash
# Runs a test inside its own D-Bus session with a real, unlocked Secret Service
# (gnome-keyring) in a throwaway home, so QtKeychain stores and reads for real.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
exec dbus-run-session -- bash -c '
    echo -n merchant-console-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
    exec "$@"' keyring "$@"
