#!/usr/bin/env bash
# Installs the Debian 12 packages the console needs (only those missing), then
# configures and builds it in build/. Sourced by run.sh and test.sh.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-qpa-plugins libqt6sql6-sqlite
    qt6-httpserver-dev qt6-websockets-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqrencode-dev qtkeychain-qt6-dev
    libxlsxwriter-dev python3-openpyxl
    qt6-charts-dev libqt6opengl6-dev
    cups cups-client cups-bsd printer-driver-cups-pdf poppler-utils
    libzxing-dev
    clang-14 libclang-rt-14-dev
    nlohmann-json3-dev
    gnome-keyring dbus
    sqlite3 libsqlite3-dev
    nodejs
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
    echo "Installing: ${missing[*]}"
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" apt-get update
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$root/build" -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$root/build" --parallel "$(nproc)"
