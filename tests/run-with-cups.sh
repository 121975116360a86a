#!/usr/bin/env bash
# Runs one test executable against a real print system of its own: a private
# cupsd (configuration, spool, logs and socket in a throwaway folder, nothing
# shared with the machine's CUPS or with another test running at the same time)
# with one PDF printer, MC-PDF. The test finds it through the environment:
#
#   CUPS_SERVER=<socket>        libcups, hence Qt's CUPS print plugin, talks to it
#   MC_TEST_PRINTER=MC-PDF      the queue to print to
#   MC_TEST_PRINTER_OUT=<dir>   where each printed job lands as a PDF
#   MC_TEST_PRINTER_BACKEND=cups-pdf | file
#
# As root, the queue is the PDF printer people install, cups-pdf (its backend
# runs only as root): CUPS's filters turn Qt's PDF into PostScript (pdftopdf,
# pdftops) and cups-pdf has Ghostscript write a new PDF, TITLE-job_N.pdf, into
# the output folder. cups-pdf reads its settings only from /etc/cups: the
# device cups-pdf:/NAME reads /etc/cups/cups-pdf-NAME.conf, so each run writes
# one such file with a name of its own (removed on exit; stale ones from a
# killed run are removed by the next). As any other user cups-pdf cannot run,
# so the queue is a PDF printer on a file: device (FileDevice Yes): the job
# goes through CUPS's pdftopdf filter and lands as printed.pdf, replacing the
# one before. MC_CUPS_BACKEND=file picks the second kind as root too.
#
# When CUPS is not installed the test runs without MC_TEST_PRINTER and decides
# itself: it fails under CI=true and skips otherwise.
#
#   tests/run-with-cups.sh TEST-EXECUTABLE [ARGUMENTS...]
set -euo pipefail

printer=MC-PDF

missing=()
for tool in cupsd lpadmin lpstat; do
    command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || missing+=("$tool")
done
if ((${#missing[@]})); then
    echo "run-with-cups: CUPS is not installed (${missing[*]} missing; Debian: cups cups-client cups-bsd printer-driver-cups-pdf)" >&2
    exec "$@"
fi
export PATH="$PATH:/usr/sbin"

backend=${MC_CUPS_BACKEND:-}
if [ -z "$backend" ]; then
    if [ "$(id -u)" -eq 0 ] && [ -x /usr/lib/cups/backend/cups-pdf ] && [ -w /etc/cups ]; then
        backend=cups-pdf
    else
        [ "$(id -u)" -ne 0 ] || echo "run-with-cups: cups-pdf is not installed (printer-driver-cups-pdf)" \
            "or /etc/cups is not writable; printing to a file device instead" >&2
        backend=file
    fi
fi

# Always under /tmp, not $TMPDIR: the socket's path must fit into sun_path
# (108 bytes).
dir=$(mktemp -d /tmp/mc-cups.XXXXXX)
instance=mc-test-${dir##*.}
instance_conf=/etc/cups/cups-pdf-$instance.conf
cupsd_pid= test_pid= watchdog_pid=
cleanup() {
    [ -z "$test_pid" ] || kill "$test_pid" 2>/dev/null || true
    [ -z "$watchdog_pid" ] || kill "$watchdog_pid" 2>/dev/null || true
    if [ -n "$cupsd_pid" ]; then
        kill "$cupsd_pid" 2>/dev/null || true
        wait "$cupsd_pid" 2>/dev/null || true
    fi
    [ "$backend" != cups-pdf ] || rm -f "$instance_conf"
    rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 129' HUP
trap 'exit 130' INT
trap 'exit 143' TERM

# cupsd runs filters as lp: they must reach the spool under this folder.
chmod 0755 "$dir"
mkdir -p "$dir/etc/ppd" "$dir/etc/ssl" "$dir/spool/tmp" "$dir/cache" "$dir/state" "$dir/log" "$dir/out"
socket=$dir/cups.sock

if [ "$(id -u)" -eq 0 ]; then
    run_as="User lp
Group lp
SystemGroup root"
else
    run_as="SystemGroup $(id -gn)"
fi
cat >"$dir/etc/cups-files.conf" <<EOF
ServerRoot $dir/etc
RequestRoot $dir/spool
TempDir $dir/spool/tmp
CacheDir $dir/cache
StateDir $dir/state
AccessLog $dir/log/access_log
ErrorLog $dir/log/error_log
PageLog $dir/log/page_log
Printcap $dir/printcap
FileDevice Yes
$run_as
EOF
cat >"$dir/etc/cupsd.conf" <<EOF
LogLevel ${MC_CUPS_LOGLEVEL:-warn}
Listen $socket
Browsing No
WebInterface No
DefaultShared No
<Location />
  Order allow,deny
  Allow all
</Location>
<Policy default>
  <Limit All>
    Order deny,allow
  </Limit>
</Policy>
EOF

fail() {
    echo "run-with-cups: $*" >&2
    if [ -s "$dir/log/error_log" ]; then
        echo "--- cupsd error_log ---" >&2
        tail -n 40 "$dir/log/error_log" >&2
    fi
    exit 1
}

cupsd -f -c "$dir/etc/cupsd.conf" -s "$dir/etc/cups-files.conf" &
cupsd_pid=$!
export CUPS_SERVER=$socket
# lpstat -r exits with 0 either way; only its words tell.
answers() { [ "$(LC_ALL=C lpstat -r 2>/dev/null)" = "scheduler is running" ]; }
for _ in $(seq 600); do
    answers && break
    kill -0 "$cupsd_pid" 2>/dev/null || fail "cupsd exited at start"
    sleep 0.05
done
answers || fail "cupsd does not answer on $socket after 30 s"

out=$dir/out
case "$backend" in
cups-pdf)
    model=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF_opt\.ppd/ { print $1; exit }')
    [ -n "$model" ] || fail "no cups-pdf model in \`lpinfo -m\`; install printer-driver-cups-pdf"
    # Runs that were killed before their clean-up left their file behind.
    for stale in /etc/cups/cups-pdf-mc-test-*.conf; do
        [ -e "$stale" ] || continue
        suffix=${stale#/etc/cups/cups-pdf-mc-test-}
        [ -d "/tmp/mc-cups.${suffix%.conf}" ] || rm -f "$stale"
    done
    mkdir -p "$dir/cups-pdf-log"
    # (The queue's PPD then sets Label 2: TITLE-job_N.pdf, so that two jobs
    # with one title never replace each other.)
    cat >"$instance_conf" <<CONF
Out $out
Spool $dir/cups-pdf-spool
Log $dir/cups-pdf-log
AnonDirName $out
Grp lp
LogType ${MC_CUPSPDF_LOGTYPE:-3}
CONF
    # cups-pdf takes PostScript; CUPS's pdftops filter makes it from Qt's PDF.
    # Its default renderer (Ghostscript's ps2write) turns Qt's embedded
    # TrueType fonts into Type 3 fonts without their characters' meaning, so
    # the final PDF's text cannot be read back (pdftotext gives symbols).
    # Poppler's Cairo renderer keeps them as fonts with their glyph names.
    # TitlePref 1: files named after the job's title rather than the title
    # cups-pdf finds in the PostScript.
    lpadmin -p "$printer" -E -v "cups-pdf:/$instance" -m "$model" \
        -o pdftops-renderer-default=pdftocairo -o TitlePref=1 >/dev/null 2>"$dir/lpadmin.err" \
        || fail "lpadmin failed: $(cat "$dir/lpadmin.err")"
    ;;
file)
    # A PDF printer as CUPS drives one that speaks PDF: the job goes through
    # CUPS's pdftopdf filter (page size, copies, page ranges) and lands as a
    # PDF. (A raw queue would not do: cupsd runs no program for a raw job to
    # a file: device, and writes nothing.) The file device writes one file;
    # each job replaces it. As root, cupsd writes it as lp.
    [ "$(id -u)" -ne 0 ] || chown lp "$out"
    ppd=$dir/pdf-file.ppd
    cat >"$ppd" <<'PPD'
*PPD-Adobe: "4.3"
*FormatVersion: "4.3"
*FileVersion: "1.0"
*LanguageVersion: English
*LanguageEncoding: ISOLatin1
*PCFileName: "MCPDF.PPD"
*Manufacturer: "Merchant Console"
*Product: "(Test PDF file)"
*ModelName: "Merchant Console test PDF file"
*ShortNickName: "Merchant Console test PDF file"
*NickName: "Merchant Console test PDF file"
*PSVersion: "(3010.000) 0"
*LanguageLevel: "3"
*ColorDevice: True
*DefaultColorSpace: RGB
*FileSystem: False
*Throughput: "1"
*cupsFilter2: "application/vnd.cups-pdf application/pdf 0 -"
*OpenUI *PageSize/Page Size: PickOne
*OrderDependency: 10 AnySetup *PageSize
*DefaultPageSize: A4
*PageSize A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageSize Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageSize
*OpenUI *PageRegion/Page Region: PickOne
*OrderDependency: 10 AnySetup *PageRegion
*DefaultPageRegion: A4
*PageRegion A4/A4: "<</PageSize[595 842]>>setpagedevice"
*PageRegion Letter/US Letter: "<</PageSize[612 792]>>setpagedevice"
*CloseUI: *PageRegion
*DefaultImageableArea: A4
*ImageableArea A4/A4: "0 0 595 842"
*ImageableArea Letter/US Letter: "0 0 612 792"
*DefaultPaperDimension: A4
*PaperDimension A4/A4: "595 842"
*PaperDimension Letter/US Letter: "612 792"
PPD
    lpadmin -p "$printer" -E -v "file://$out/printed.pdf" -P "$ppd" >/dev/null 2>"$dir/lpadmin.err" \
        || fail "lpadmin failed: $(cat "$dir/lpadmin.err")"
    ;;
*)
    fail "unknown MC_CUPS_BACKEND: $backend (cups-pdf or file)"
    ;;
esac
lpstat -p "$printer" >/dev/null 2>&1 || fail "printer $printer not listed after lpadmin"

export MC_TEST_PRINTER=$printer MC_TEST_PRINTER_OUT=$out MC_TEST_PRINTER_BACKEND=$backend

# Not exec, and not in the foreground: a signal to this script runs its trap at
# once (bash would wait for a foreground child first), stopping the test, cupsd
# and the clean-up together.
"$@" &
test_pid=$!

# If this script is killed outright (kill -9), its traps do not run: a
# watchdog then stops the test and cupsd and removes what the run left.
script_pid=$$
(
    trap - EXIT HUP INT TERM
    while kill -0 "$script_pid" 2>/dev/null; do sleep 1; done
    kill "$test_pid" "$cupsd_pid" 2>/dev/null
    [ "$backend" != cups-pdf ] || rm -f "$instance_conf"
    rm -rf "$dir"
) </dev/null >/dev/null 2>&1 &
watchdog_pid=$!

status=0
wait "$test_pid" || status=$?
test_pid=
if [ "$status" -ne 0 ]; then
    # What the print system said, for a failure that happened there.
    for log in "$dir/log/error_log" "$dir"/cups-pdf-log/*; do
        [ -s "$log" ] || continue
        echo "--- $(basename "$log") (last 30 lines) ---" >&2
        tail -n 30 "$log" >&2
    done
fi
exit "$status"
