#!/usr/bin/env bash
# Renders resources/icons/kintura-desk.svg into the hicolor PNG sizes that the Debian package
# installs (resources/icons/hicolor/<N>x<N>/apps/kintura-desk.png) and records the SVG's
# SHA-256 beside them, so packaging/check-package.sh notices when the SVG changed and the
# PNGs were not rendered again. The PNGs are committed: building needs no SVG renderer, and
# a small size can be hand-tuned later (then keep the tuned file and update the stamp).
# Usage: bash packaging/render-icons.sh          (needs rsvg-convert: apt install librsvg2-bin)
set -euo pipefail
cd "$(dirname "$0")/.."

svg=resources/icons/kintura-desk.svg
out=resources/icons/hicolor
sizes=(16 22 24 32 48 64 128 256)

command -v rsvg-convert >/dev/null || { echo "render-icons: rsvg-convert missing (librsvg2-bin)" >&2; exit 1; }

for s in "${sizes[@]}"; do
  dir="$out/${s}x${s}/apps"
  mkdir -p "$dir"
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png \
    --output "$dir/kintura-desk.png" "$svg"
done
sha256sum "$svg" | cut -d' ' -f1 >"$out/SOURCE.sha256"
echo "render-icons: ${sizes[*]} px from $svg into $out/"
