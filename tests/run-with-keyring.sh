#!/usr/bin/env bash
# Runs a test inside its own D-Bus session with a real, unlocked Secret Service
# (gnome-keyring) in a throwaway home, so QtKeychain stores and reads for real.
set -euo pipefail
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
exec dbus-run-session -- bash -c '
    echo -n merchant-console-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1
    # --unlock returns before the daemon has written the unlocked login keyring;
    # a --start that comes first finds no unlocked collection, and every save
    # then waits on a password prompt that cannot appear (a loaded CI machine
    # showed it). Wait for the keyring file before going on.
    for _ in $(seq 100); do
        [ -s "$XDG_DATA_HOME/keyrings/login.keyring" ] && break
        sleep 0.1
    done
    eval "$(gnome-keyring-daemon --start --components=secrets 2>/dev/null)"
    exec "$@"' keyring "$@"
