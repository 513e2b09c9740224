#!/usr/bin/env bash
# Runs every libFuzzer target of build/fuzz for a bounded time on a copy of its seed corpus,
# two at a time. Fails on any finding; the input that crashed is kept under
# build/fuzz/artifacts/ (copy it to tests/fuzz/regressions/<target>/ once fixed).
# Usage: tests/fuzz/run-fuzzers.sh [SECONDS_PER_TARGET]   (default 60)
# KD_FUZZ_BUILD names another build folder of the fuzz preset's settings (default build/fuzz),
# for a second checkout's or a colleague's build beside the shared one.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds=${1:-${KD_FUZZ_SECONDS:-60}}
build=${KD_FUZZ_BUILD:-build/fuzz}
bin=$build/bin
work=$build/work
artifacts=$build/artifacts
rm -rf "$work"
mkdir -p "$work" "$artifacts"

export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

run_one() {
  local target=$1 seconds=$2 work=$3 artifacts=$4 bin=$5
  mkdir -p "$work/$target"
  cp tests/fuzz/corpus/"$target"/* "$work/$target/" 2>/dev/null || true
  if "$bin/fuzz_$target" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
       -artifact_prefix="$artifacts/$target-" -print_final_stats=1 "$work/$target" \
       > "$work/$target.log" 2>&1; then
    runs=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$work/$target.log" | grep -Eo '[0-9]+$' || echo '?')
    echo "fuzz $target: ok, $runs runs in ${seconds}s"
  else
    echo "fuzz $target: FINDING (log: $work/$target.log)"
    grep -E 'ERROR|SUMMARY|Test unit written' "$work/$target.log" | head -5
    return 1
  fi
}
export -f run_one

targets=$(ls "$bin" | sed -n 's/^fuzz_//p')
[ -n "$targets" ] || { echo "no fuzz targets in $bin"; exit 1; }
printf '%s\n' $targets | xargs -P 2 -I{} bash -c 'run_one "$@"' _ {} "$seconds" "$work" "$artifacts" "$bin"
