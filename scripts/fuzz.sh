#!/usr/bin/env bash
# Builds the libFuzzer targets (fuzz/) with clang in build-fuzz/ and runs each one
# for a bounded time on a copy of its seed corpus, so the repository's corpus never
# grows. One target after another, on one core, at low priority.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    (default: 30 s, every target)
#
# Exits non-zero when a target crashes, printing the input that did it (kept under
# build-fuzz/crashes/) and the command that replays it. MC_BUILD_LOCK=FILE runs the
# configure and build steps under flock FILE (a machine shared with other builds).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-30}
shift $(($# > 0 ? 1 : 0))
targets=("$@")
((${#targets[@]})) || targets=(fuzz_amount fuzz_formbody fuzz_answer fuzz_invoices fuzz_coins fuzz_address)
build=${MC_FUZZ_BUILD_DIR:-$root/build-fuzz}

lock=()
[ -z "${MC_BUILD_LOCK:-}" ] || lock=(flock "$MC_BUILD_LOCK")
configure=(-DCMAKE_CXX_COMPILER=clang++-14 -DMC_FUZZ=ON -DBUILD_TESTING=OFF -DCMAKE_BUILD_TYPE=RelWithDebInfo)
if [ ! -f "$build/CMakeCache.txt" ] && command -v ninja >/dev/null; then
    configure+=(-G Ninja)
fi
if command -v ccache >/dev/null; then
    configure+=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
"${lock[@]}" cmake -S "$root" -B "$build" "${configure[@]}" >/dev/null
"${lock[@]}" cmake --build "$build" --target "${targets[@]}" --parallel "$(nproc)"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=()
for target in "${targets[@]}"; do
    corpus="$work/$target/corpus"
    artifacts="$work/$target/artifacts"
    mkdir -p "$corpus" "$artifacts"
    seeds="$root/fuzz/corpus/$target"
    [ ! -d "$seeds" ] || cp "$seeds"/* "$corpus"/
    seed_count=$(find "$corpus" -type f | wc -l)
    args=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
          -artifact_prefix="$artifacts/")
    [ ! -f "$root/fuzz/dict/$target.dict" ] || args+=(-dict="$root/fuzz/dict/$target.dict")

    log="$work/$target/log"
    rc=0
    nice -n 10 "$build/fuzz/$target" "${args[@]}" "$corpus" >"$log" 2>&1 || rc=$?
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    coverage=$(grep -Eo 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -n 1 || true)
    echo "$target: ${runs:-?} executions in ${seconds} s (${speed:-?} exec/s), ${coverage:-no coverage figure}," \
         "corpus $seed_count -> $(find "$corpus" -type f | wc -l) inputs"
    if [ "$rc" -ne 0 ]; then
        failed+=("$target")
        echo "== $target FAILED (exit $rc); the end of its log:"
        tail -n 60 "$log"
        mkdir -p "$build/crashes"
        for input in "$artifacts"/*; do
            [ -f "$input" ] || continue
            kept="$build/crashes/$target-$(basename "$input")"
            cp "$input" "$kept"
            echo "== reproducer: $kept (replay: $build/fuzz/$target $kept)"
            echo "   base64: $(base64 -w0 "$input")"
            od -A d -c "$input" | head -n 20
        done
    fi
done

if ((${#failed[@]})); then
    echo "Fuzzing found crashes in: ${failed[*]}" >&2
    exit 1
fi
echo "Fuzzing: no crash in ${#targets[@]} targets, ${seconds} s each."
