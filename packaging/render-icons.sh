#!/usr/bin/env bash
# Renders resources/icons/kintura-desk.svg into the hicolor PNG sizes that the Debian package
# installs (resources/icons/hicolor/<N>x<N>/apps/kintura-desk.png) and records the SVG's
# SHA-256 beside them, so packaging/check-package.sh notices when the SVG changed and the
# PNGs were not rendered again. The PNGs are committed: building needs no SVG renderer, and
# a small size can be hand-tuned later (then keep the tuned file and update the stamp).
# It also writes, from the same PNGs, the Windows icon (packaging/windows/kintura-desk.ico,
# for the .rc file) and the macOS one (packaging/macos/kintura-desk.icns, for the bundle), with
# 512 and 1024 px rendered for the .icns only; both committed, so that neither build needs
# ImageMagick or iconutil (docs/packaging.md).
# Usage: bash packaging/render-icons.sh          (needs rsvg-convert: apt install librsvg2-bin,
#                                                 convert: imagemagick, and python3)
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

png() { printf '%s/%sx%s/apps/kintura-desk.png' "$out" "$1" "$1"; }
convert "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 256)" \
  packaging/windows/kintura-desk.ico

# .icns: a header and one PNG per type (Apple's 'icp4' 16 px ... 'ic10' 1024 px; PNG data is
# what macOS 10.7 and later read for every one of these types).
big=$(mktemp -d)
trap 'rm -rf "$big"' EXIT
for s in 512 1024; do
  rsvg-convert --width "$s" --height "$s" --keep-aspect-ratio --format png --output "$big/$s.png" "$svg"
done
python3 - "$(png 16)" "$(png 32)" "$(png 64)" "$(png 128)" "$(png 256)" "$big/512.png" \
  "$big/1024.png" packaging/macos/kintura-desk.icns <<'PY'
import struct, sys
p16, p32, p64, p128, p256, p512, p1024, target = sys.argv[1:]
types = [("icp4", p16), ("icp5", p32), ("ic11", p32), ("icp6", p64), ("ic12", p64),
         ("ic07", p128), ("ic08", p256), ("ic13", p256), ("ic09", p512), ("ic14", p512),
         ("ic10", p1024)]
body = b""
for kind, path in types:
    data = open(path, "rb").read()
    body += kind.encode() + struct.pack(">I", len(data) + 8) + data
open(target, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY

sha256sum "$svg" | cut -d' ' -f1 >"$out/SOURCE.sha256"
echo "render-icons: ${sizes[*]} px from $svg into $out/, packaging/windows/kintura-desk.ico," \
  "packaging/macos/kintura-desk.icns"
