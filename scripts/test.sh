#!/usr/bin/env bash
# Quick start: install what is missing, build, and run every test.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$root/build" --output-on-failure --parallel 2
# The whole suite again under ASan and UBSan (build-asan/), then every fuzz target
# for a bounded time (build-fuzz/). MC_QUICK=1 skips both on a developer's machine.
if [ -z "${MC_QUICK:-}" ]; then
    "$root/scripts/sanitize.sh"
    "$root/scripts/fuzz.sh" "${MC_FUZZ_SECONDS:-30}"
fi
# Kill -9 loop: 100 random kills of `merchant-console-cli create`, then reconcile.
"$root/scripts/kill-loop.sh" 100
