#!/usr/bin/env bash
# Quick start: install what is missing, build, and run every test.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure --parallel 2
# Kill -9 loop: 100 random kills of `merchant-console-cli create`, then reconcile.
"$root/scripts/kill-loop.sh" 100
