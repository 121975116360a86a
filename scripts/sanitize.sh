#!/usr/bin/env bash
# Builds everything (engine, widgets, tests) with GCC's AddressSanitizer and
# UndefinedBehaviorSanitizer in build-asan/ and runs the whole test suite there.
# Any sanitizer report fails the test that triggered it.
#
#   scripts/sanitize.sh [CTEST ARGUMENTS...]     (e.g. -R tst_amount)
#
# MC_BUILD_LOCK=FILE runs the configure and build steps under flock FILE.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${MC_ASAN_BUILD_DIR:-$root/build-asan}

lock=()
[ -z "${MC_BUILD_LOCK:-}" ] || lock=(flock "$MC_BUILD_LOCK")
# GCC leaves float-cast-overflow out of -fsanitize=undefined (clang does not):
# a JSON number beyond qint64 converted to an integer is exactly that bug.
configure=(-DCMAKE_CXX_COMPILER=g++ -DMC_SANITIZE=ON -DCMAKE_BUILD_TYPE=RelWithDebInfo
           "-DCMAKE_CXX_FLAGS=-fsanitize=float-cast-overflow")
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null; then
    configure+=(-G Ninja)
fi
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
"${lock[@]}" cmake -S "$root" -B "$build" "${configure[@]}" >/dev/null
"${lock[@]}" cmake --build "$build" --parallel "$(nproc)"

# UBSan stops at the first report, with the stack that led there.
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export ASAN_OPTIONS=${ASAN_OPTIONS:-strict_string_checks=1:detect_stack_use_after_return=1}
# Leak checking stays on for our code. Only OpenSSL's objects are let go: Qt's TLS
# backend (not instrumented, not ours) can still hold some when a test that made
# a TLS connection exits.
suppressions="$build/lsan.supp"
echo "leak:libcrypto.so" >"$suppressions"
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$suppressions:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$build" --output-on-failure --parallel "$(nproc)" "$@"
