#!/usr/bin/env bash
# Quick start: install what is missing, build, and launch the console.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
exec "$root/build/merchant-console" "$@"
