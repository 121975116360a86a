#!/usr/bin/env bash
# Kill -9 loop: proves that killing the console at any moment loses and doubles
# nothing. Against a slow, jittery loopback stand-in of the gateway
# (payid19-standin, which logs every create_invoice it receives), it runs
# `merchant-console-cli create` N times (default 100) and kills each run with
# SIGKILL after a random 0-600 ms (some finish by themselves), then runs
# `merchant-console-cli reconcile` and checks with sqlite3 that:
#   - every order id the stand-in received is in the history, and not marked
#     "not sent" (which would invite a second invoice);
#   - no order id was received twice;
#   - no invoice is left `sending` or unconfirmed;
#   - SQLite's integrity_check says ok.
# Usage: scripts/kill-loop.sh [N]   (BUILD_DIR, DELAY_MS, JITTER_MS, MAX_KILL_MS
# may be set in the environment). Exits non-zero on any violation.
set -euo pipefail

runs=${1:-100}
if ! [[ "$runs" =~ ^[0-9]+$ ]] || ((runs < 1)); then
    echo "kill-loop: N must be a positive whole number, not '$runs'" >&2
    exit 2
fi
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
cli=$build/cli/merchant-console-cli
standin=$build/tools/payid19-standin
delay_ms=${DELAY_MS:-50}
jitter_ms=${JITTER_MS:-400}
max_kill_ms=${MAX_KILL_MS:-600}

for program in "$cli" "$standin"; do
    [ -x "$program" ] || { echo "kill-loop: $program is not built (run scripts/setup.sh)" >&2; exit 2; }
done
command -v sqlite3 >/dev/null || { echo "kill-loop: sqlite3 is missing (run scripts/setup.sh)" >&2; exit 2; }

# A home of its own: the settings, history and key file of a fresh till.
work=$(mktemp -d "${TMPDIR:-/tmp}/kill-loop.XXXXXX")
standin_pid=
cleanup() {
    local status=$?
    if [ -n "$standin_pid" ]; then
        kill "$standin_pid" 2>/dev/null || true
        wait "$standin_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
# Copies of the programs: a rebuild during the loop must not swap them mid-run.
mkdir -p "$work/bin"
cp "$cli" "$standin" "$work/bin/"
cli=$work/bin/$(basename "$cli")
standin=$work/bin/$(basename "$standin")
export HOME=$work/home XDG_CONFIG_HOME=$work/config XDG_DATA_HOME=$work/data
unset DBUS_SESSION_BUS_ADDRESS # no keychain: the key goes to the owner-only file
mkdir -p "$HOME"
history=$XDG_DATA_HOME/MerchantConsole/merchant-console/invoices.sqlite
received=$work/received.log

fail() {
    echo "kill-loop: FAILED: $*" >&2
    exit 1
}

"$standin" --port 0 --delay-ms "$delay_ms" --jitter-ms "$jitter_ms" --log "$received" >"$work/standin.out" 2>&1 &
standin_pid=$!
for _ in $(seq 100); do
    grep -q '^listening on ' "$work/standin.out" 2>/dev/null && break
    sleep 0.05
done
port=$(sed -n 's/^listening on \([0-9]*\)$/\1/p' "$work/standin.out")
[ -n "$port" ] || fail "the stand-in did not start: $(cat "$work/standin.out")"
base=http://127.0.0.1:$port/api/v1/

# The stand-in plays the training gateway and accepts its keys.
printf '%s' training-private | "$cli" keys set --public-key training-public --api-base "$base" >/dev/null \
    || fail "keys set did not work"

started=$(date +%s%N)
killed=0
finished=0
declare -A other_codes=()
for ((i = 1; i <= runs; i++)); do
    "$cli" create --amount "1.$((RANDOM % 90 + 10))" --title "kill loop $i" --api-base "$base" \
        >/dev/null 2>>"$work/cli.err" &
    pid=$!
    ms=$((RANDOM % (max_kill_ms + 1)))
    sleep "$((ms / 1000)).$(printf '%03d' $((ms % 1000)))"
    kill -KILL "$pid" 2>/dev/null || true
    # 137 = killed by SIGKILL; anything else, it had ended by itself first.
    # (wait's stderr is bash's own "Killed" notice: expected here, not shown.)
    if wait "$pid" 2>/dev/null; then code=0; else code=$?; fi
    if ((code == 137)); then
        killed=$((killed + 1))
    elif ((code == 0)); then
        finished=$((finished + 1))
    else
        other_codes[$code]=$((${other_codes[$code]:-0} + 1))
    fi
done
loop_secs=$((($(date +%s%N) - started) / 1000000000))

[ -f "$history" ] || fail "no history at $history"
sql() { sqlite3 -batch -noheader "$history" "$@"; }
# Killed after the invoice was stored and before the answer was: mid-request.
mid_request=$(sql "SELECT count(*) FROM invoices WHERE state = 'sending';")
left_before=$(sql "SELECT count(*) FROM invoices WHERE state IN ('sending','unknown');")

# Settle what the kills left behind, as the window does when it starts.
reconciled=no
for attempt in 1 2 3; do
    if "$cli" reconcile --api-base "$base" >"$work/reconcile.out" 2>>"$work/cli.err"; then
        reconciled=yes
        break
    fi
    sleep 1
done
echo "kill-loop: reconcile runs: $attempt; $(tr '\n' ' ' <"$work/reconcile.out")"

touch "$received"
cut -f1 "$received" | sort >"$work/received.ids"
sort -u "$work/received.ids" >"$work/received.unique"
sql "SELECT order_id FROM invoices;" | sort >"$work/history.ids"
sql "SELECT order_id FROM invoices WHERE state = 'failed';" | sort >"$work/failed.ids"
sql "SELECT order_id FROM invoices WHERE state NOT IN ('failed','sending','unknown');" | sort >"$work/made.ids"

received_count=$(wc -l <"$work/received.ids")
lost=$(comm -23 "$work/received.unique" "$work/history.ids" | wc -l)
doubled=$(uniq -d "$work/received.ids" | wc -l)
wrongly_failed=$(comm -12 "$work/received.unique" "$work/failed.ids" | wc -l)
phantom=$(comm -13 "$work/received.unique" "$work/made.ids" | wc -l)
sending=$(sql "SELECT count(*) FROM invoices WHERE state = 'sending';")
unknown=$(sql "SELECT count(*) FROM invoices WHERE state = 'unknown';")
stored=$(wc -l <"$work/history.ids")
integrity=$(sql "PRAGMA integrity_check;")

others=
for code in "${!other_codes[@]}"; do others+=" exit $code: ${other_codes[$code]};"; done
echo "kill-loop: $runs runs in ${loop_secs} s (stand-in ${delay_ms} ms + up to ${jitter_ms} ms, kill within ${max_kill_ms} ms):" \
     "$killed killed, $finished finished by themselves;${others:- no other exits;}" \
     "$stored stored, $left_before left unsettled before reconcile"
echo "kill-loop: $runs runs, $mid_request killed mid-request, $received_count received by the gateway," \
     "$lost lost, $doubled doubled, $sending left sending, $unknown unconfirmed, $wrongly_failed marked not sent" \
     "although received, $phantom made but never received, integrity $integrity"

problems=()
((lost == 0)) || problems+=("$lost order ids received by the gateway are missing from the history: $(comm -23 "$work/received.unique" "$work/history.ids" | head -5 | tr '\n' ' ')")
((doubled == 0)) || problems+=("$doubled order ids reached the gateway twice: $(uniq -d "$work/received.ids" | head -5 | tr '\n' ' ')")
((sending == 0)) || problems+=("$sending invoices are left 'sending'")
((unknown == 0)) || problems+=("$unknown invoices are still unconfirmed after reconcile")
((wrongly_failed == 0)) || problems+=("$wrongly_failed invoices the gateway has are marked not sent")
((phantom == 0)) || problems+=("$phantom invoices are open in the history but never reached the gateway")
[ "$integrity" = ok ] || problems+=("integrity_check: $integrity")
for code in "${!other_codes[@]}"; do
    ((code < 128)) || problems+=("${other_codes[$code]} runs crashed (exit $code) before they were killed")
done
[ "$reconciled" = yes ] || problems+=("reconcile did not finish cleanly: $(tail -3 "$work/cli.err")")
if ((${#problems[@]})); then
    for problem in "${problems[@]}"; do echo "kill-loop: FAILED: $problem" >&2; done
    exit 1
fi
