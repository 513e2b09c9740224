#!/usr/bin/env bash
# The one entry to every check: installs what is missing, builds, and runs the whole suite
# (unit, simulator, client, GUI and keychain tests) inside a throwaway keyring session, then
# the same suite built with AddressSanitizer and UndefinedBehaviorSanitizer, then every
# libFuzzer target for a bounded time.
# Usage: bash tests/run-all.sh
#   KD_SKIP_ASAN=1 skips the sanitizer pass, KD_SKIP_FUZZ=1 the fuzzers,
#   KD_FUZZ_SECONDS=N sets the time per fuzz target (default 60), KD_SKIP_PACKAGE=1 skips the
#   Debian package check (packaging/check-package.sh: release build, cpack, validators, lintian,
#   apt-get install, smoke start of the installed program, apt-get remove).
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/install-deps.sh

step() { printf '\n=== %s\n' "$*"; }

step "build (preset dev)"
cmake --preset dev
cmake --build --preset dev

step "tests (preset dev)"
tests/with-keyring.sh ctest --preset dev

if [ -z "${KD_SKIP_ASAN:-}" ]; then
  step "build (preset asan)"
  cmake --preset asan
  cmake --build --preset asan
  step "tests (preset asan)"
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1"
  export LSAN_OPTIONS="suppressions=$PWD/tests/lsan.supp:print_suppressions=0"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  tests/with-keyring.sh ctest --preset asan
fi

if [ -z "${KD_SKIP_FUZZ:-}" ]; then
  step "build (preset fuzz)"
  cmake --preset fuzz
  cmake --build --preset fuzz
  step "fuzzers (${KD_FUZZ_SECONDS:-60} s each)"
  tests/fuzz/run-fuzzers.sh
fi

if [ -z "${KD_SKIP_PACKAGE:-}" ]; then
  step "Debian package (preset release)"
  bash packaging/check-package.sh
fi

step "all checks passed"
