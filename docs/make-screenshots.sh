#!/usr/bin/env bash
# Regenerates every picture in docs/screenshots/ (the README's and the user guide's) from the
# demo mode and the GUI tests' snapshots, so that none is made by hand.
#
#   bash docs/make-screenshots.sh [BUILD_DIR]      (default: build/dev)
#
# Needs the built kintura-desk and the GUI test executables (cmake --build --preset dev); no
# display (Qt's offscreen platform), no keychain, no network beyond 127.0.0.1. Takes about
# 35 s: the demo's Reports page waits for its first sync at the tracker's 1 request/s.
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-build/dev}
[[ $build = /* ]] || build=$root/$build
bin=$build/bin
out=$root/docs/screenshots
if [[ ! -d $bin ]]; then
    echo "make-screenshots: no $bin: build first (cmake --preset dev && cmake --build --preset dev)" >&2
    exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kd-screenshots.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/home" "$work/runtime" "$work/tests" "$work/logs" "$out"
chmod 700 "$work/runtime"

# Same pictures on every machine: offscreen, English, nothing read from or written to the
# user's own settings, cache or keychain.
export QT_QPA_PLATFORM=offscreen
export LANG=C.UTF-8 LC_ALL=C.UTF-8
unset LANGUAGE QT_SCALE_FACTOR QT_SCREEN_SCALE_FACTORS QT_FONT_DPI || true
export HOME=$work/home XDG_RUNTIME_DIR=$work/runtime
export XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_CACHE_HOME=$work/home/.cache

# The binaries may be being relinked by a build right now: wait until each one exists, is
# executable and has not changed for a few seconds (at most two minutes).
wait_for() {
    local file=$1 waited=0
    while true; do
        if [[ -x $file ]] && (($(date +%s) - $(stat -c %Y "$file") >= 3)); then
            return 0
        fi
        if ((waited >= 120)); then
            echo "make-screenshots: $file is missing or still changing; build it first" >&2
            return 1
        fi
        sleep 5
        waited=$((waited + 5))
    done
}

# Runs a command up to three times: a binary replaced mid-start fails with 126/127 or a crash.
run_retrying() {
    local log=$1 exe=$2 rc=0
    shift 2
    for _ in 1 2 3; do
        wait_for "$exe" || return 1
        rc=0
        timeout 300 "$exe" "$@" >"$log" 2>&1 || rc=$?
        case $rc in
        126 | 127 | 132 | 134 | 135 | 139) sleep 10 ;; # not executable yet, or crashed: again
        *) return "$rc" ;;
        esac
    done
    return "$rc"
}

# A main page of the demo: the app saves the window once the first checks, template reads
# and syncs have settled, then quits by itself.
demo_page() {
    local page=$1
    run_retrying "$work/logs/demo-$page.log" "$bin/kintura-desk" \
        --demo --page "$page" --screenshot "$work/demo-$page.png"
}

# The Reports page in another language (the system locale picks it), to check that nothing is
# clipped when the words are longer.
demo_in_language() {
    local lang=$1
    LANG=$lang.UTF-8 LC_ALL=$lang.UTF-8 run_retrying "$work/logs/demo-$lang.log" \
        "$bin/kintura-desk" --demo --page reports --screenshot "$work/demo-reports-$lang.png"
}

# The demo on a tracker that offers only Kintura's public API (kintura-sim --api published).
demo_published() {
    local page=$1
    run_retrying "$work/logs/demo-published-$page.log" "$bin/kintura-desk" --demo \
        --demo-api published --page "$page" --screenshot "$work/demo-published-$page.png"
}

# High DPI: the Ad networks page at scale factor 2 (icons are SVG: they must stay sharp).
demo_at_scale_2() {
    QT_SCALE_FACTOR=2 run_retrying "$work/logs/demo-2x.log" "$bin/kintura-desk" \
        --demo --page ad-networks --screenshot "$work/demo-ad-networks-2x.png"
}

# A GUI test with KD_SCREENSHOT_DIR set saves the dialogs and states it walks through
# (tests/Snapshot.h). A failing check is reported; its pictures are still looked for below.
gui_test() {
    local name=$1 rc=0
    KD_SCREENSHOT_DIR=$work/tests run_retrying "$work/logs/$name.log" "$bin/$name" || rc=$?
    if ((rc != 0)); then
        echo "make-screenshots: warning: $name exited with $rc; its failures:" >&2
        grep -E '^(FAIL|XPASS)' "$work/logs/$name.log" >&2 || tail -n 5 "$work/logs/$name.log" >&2
    fi
    return 0
}

start=$(date +%s)
pids=()
for page in integrations ad-networks reports; do
    demo_page "$page" &
    pids+=($!)
done
demo_at_scale_2 &
pids+=($!)
for page in integrations reports; do
    demo_published "$page" &
    pids+=($!)
done
for lang in es_ES pt_BR ru_RU; do
    demo_in_language "$lang" &
    pids+=($!)
done
gui_test tst_integrationform &
pids+=($!)
gui_test tst_adnetworks &
pids+=($!)
gui_test tst_reportspage &
pids+=($!)
gui_test tst_reportscharts &
pids+=($!)
failed=0
for pid in "${pids[@]}"; do
    wait "$pid" || failed=1
done
if ((failed)); then
    for log in "$work"/logs/demo-*.log; do
        echo "== $log" >&2
        tail -n 5 "$log" >&2
    done
fi

# PNG width and height from the IHDR chunk.
png_size() {
    od -An -tu1 -j16 -N8 "$1" | awk '{ printf "%d %d\n", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

# source picture -> name in docs/screenshots (the first three are the README's).
pairs=(
    "demo-integrations.png integrations.png"
    "demo-ad-networks.png ad-networks.png"
    "demo-reports.png reports.png"
    "tests/form-empty.png connect-form-checks.png"
    "tests/form-mismatch.png connect-settings-mismatch.png"
    "tests/form-certificate.png connect-certificate.png"
    "tests/template-chooser.png template-chooser.png"
    "tests/ad-networks-step3.png tracking-parameters.png"
    "tests/reports.png reports-one-tracker.png"
    "tests/reports-currencies.png reports-all-integrations.png"
    "tests/reports-conflict.png reports-double-counting.png"
    "demo-ad-networks-2x.png ad-networks-2x.png"
    "demo-reports-es_ES.png reports-es.png"
    "demo-reports-pt_BR.png reports-pt_BR.png"
    "demo-reports-ru_RU.png reports-ru.png"
    "demo-published-integrations.png published-integrations.png"
    "demo-published-reports.png published-reports.png"
)
missing=0
for pair in "${pairs[@]}"; do
    read -r from to <<<"$pair"
    if [[ ! -s $work/$from ]]; then
        echo "make-screenshots: $from was not produced (for $to)" >&2
        missing=1
        continue
    fi
    read -r width height < <(png_size "$work/$from")
    if ((width < 300 || height < 200)); then
        echo "make-screenshots: $from is only ${width}x$height: something went wrong" >&2
        missing=1
        continue
    fi
    cp "$work/$from" "$out/$to"
    echo "docs/screenshots/$to  ${width}x$height"
done
echo "make-screenshots: done in $(($(date +%s) - start)) s"
exit "$missing"
