#!/usr/bin/env bash
# Runs every benchmark of tests/bench (docs/performance.md explains the figures) and writes
# build/bench/results/: figures.md (one table, with the machine), figures.csv, query-plans.md
# and performance-growth.png. Builds the "bench" preset (Release) in build/bench first.
#
# Usage: bash tests/bench/run-benchmarks.sh [--real-rate] [--smoke]
#   --real-rate  also one cold sync of the typical workload at Kintura's real throttle,
#                1 request/s (about half a minute more)
#   --smoke      every benchmark's smoke run only (seconds; what CTest runs)
# Takes about 10 minutes on 2 cores, most of it building the large workload's cache (kept in
# build/bench/work for the rest of the day) and the 10,000-campaign growth step.
# Startup and never-frozen run offscreen and, when xvfb-run is installed, on an X server too;
# startup inside a throwaway keyring session (tests/with-keyring.sh) when gnome-keyring exists.
set -euo pipefail
cd "$(dirname "$0")/../.."

real_rate=()
smoke=()
for arg in "$@"; do
  case "$arg" in
    --real-rate) real_rate=(--real-rate) ;;
    --smoke) smoke=(--smoke) ;;
    *) echo "unknown option: $arg" >&2; exit 2 ;;
  esac
done

cmake --preset bench >/dev/null
cmake --build --preset bench --target kd_benchmarks

bin=build/bench/bin
out=build/bench/results
work=build/bench/work
mkdir -p "$out" "$work"
csv=$out/figures.csv
md=$out/figures.md
rm -f "$csv" "$md"
unset QT_QPA_PLATFORM
export QT_LOGGING_RULES="kintura.*.info=false;qt.qpa.*=false"

mem_kb=$(awk '/^MemTotal:/ {print $2}' /proc/meminfo)
{
  echo "# Benchmark figures"
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "- Commit: $(git describe --always --dirty 2>/dev/null || echo unknown)"
  echo "- Machine: $(nproc) cores (nproc), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $((mem_kb / 1024 / 1024)) GiB RAM, $(uname -sr)"
  echo "- Build: preset bench (Release, $(c++ --version | head -1))"
  echo "- Load average at the start (other work on the machine): $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| Figure | Case | Measured | Baseline (same run) | Ratio | Target | Met | Notes |"
  echo "|---|---|---|---|---|---|---|---|"
} >"$md"

# run PLATFORM PROGRAM [ARGS...]: PLATFORM is offscreen or xvfb (an X server from xvfb-run);
# a "keyring-" prefix runs it inside tests/with-keyring.sh (a private D-Bus session with an
# unlocked gnome-keyring, as a desktop has), when dbus-run-session and gnome-keyring exist.
have_xvfb=$(command -v xvfb-run >/dev/null && echo 1 || true)
have_keyring=$(command -v dbus-run-session >/dev/null && command -v gnome-keyring-daemon >/dev/null && echo 1 || true)
run() {
  local platform=$1
  shift
  local prefix=()
  if [ "${platform#keyring-}" != "$platform" ]; then
    platform=${platform#keyring-}
    [ -n "$have_keyring" ] && prefix=(tests/with-keyring.sh)
  fi
  echo "== $* ($platform${prefix:+, keyring session})"
  if [ "$platform" = xvfb ]; then
    "${prefix[@]}" xvfb-run -a -s "-screen 0 1920x1080x24" "$@" "${smoke[@]}" --csv "$csv" --md "$md" --work "$work"
  else
    "${prefix[@]}" env QT_QPA_PLATFORM="$platform" "$@" "${smoke[@]}" --csv "$csv" --md "$md" --work "$work"
  fi
}

run offscreen "$bin/bench_requests" "${real_rate[@]}"
run offscreen "$bin/bench_ingest"
run offscreen "$bin/bench_queries" --plans "$out/query-plans.md"
run offscreen "$bin/bench_charts"
run keyring-offscreen "$bin/bench_startup"
[ -n "$have_xvfb" ] && run keyring-xvfb "$bin/bench_startup"
run offscreen "$bin/bench_memory"
run offscreen "$bin/bench_frozen"
[ -n "$have_xvfb" ] && run xvfb "$bin/bench_frozen"
run offscreen "$bin/bench_growth" --png "$out/performance-growth.png"

echo
echo "Figures: $md (and $csv); growth plot: $out/performance-growth.png"
echo "To update the docs: cp $out/performance-growth.png docs/ and edit docs/performance.md."
