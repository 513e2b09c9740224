#!/usr/bin/env bash
# Runs lupdate over app/ and ui/ into every translations/kintura-desk_*.ts: new strings appear
# as unfinished, strings gone from the code are dropped (-no-obsolete). The same as
# `cmake --build <build dir> --target update_translations`, without a build directory.
# Then: python3 translations/untranslated.py lists what needs translating.
# Usage: bash translations/update.sh [NEW_LANGUAGE...]   e.g. `update.sh de` creates
#        kintura-desk_de.ts (then add it to translations/CMakeLists.txt). LUPDATE=/path/to/lupdate
#        picks another lupdate.
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  lupdate="$(qtpaths6 --query QT_HOST_BINS 2>/dev/null || echo /usr/lib/qt6/bin)/lupdate"
fi

# Keep these options in step with translations/CMakeLists.txt and tests/tst_translations.cpp.
common=(-no-obsolete -locations none -silent -source-language en -I app -I ui app ui)
for code in "$@"; do
  ts="translations/kintura-desk_$code.ts"
  if [ ! -e "$ts" ]; then
    "$lupdate" "${common[@]}" -target-language "$code" -ts "$ts"
  fi
done
others=()
for ts in translations/kintura-desk_*.ts; do
  [ "$ts" = translations/kintura-desk_en.ts ] || others+=("$ts")
done
"$lupdate" "${common[@]}" -ts "${others[@]}"
# English is the source language: its file holds only the plural forms.
"$lupdate" "${common[@]}" -pluralonly -ts translations/kintura-desk_en.ts
echo "update.sh: updated ${others[*]} translations/kintura-desk_en.ts"
