#!/usr/bin/env bash
# Builds the Debian package from the release preset and checks it with the real tools:
# desktop-file-validate, appstreamcli (no errors, no warnings but the accepted ones),
# lintian (no errors, no warnings), then installs it with apt-get, runs the installed
# kintura-desk (--version and an offscreen --demo start that saves a screenshot), checks that
# every shared object it loaded comes from a package its dependencies pull in, and removes
# the package and whatever the installation pulled in, so the machine is left as it was.
# Usage: bash packaging/check-package.sh        (as root or with sudo; tests/run-all.sh runs it
#        unless KD_SKIP_PACKAGE=1). What is checked and why: packaging/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=$src/build/release
started=$SECONDS
export LC_COLLATE=C

say() { printf 'check-package: %s\n' "$*"; }
fail() { printf 'check-package: FAILED: %s\n' "$*" >&2; exit 1; }
phase() { printf '\n--- %s (%d s so far)\n' "$*" $((SECONDS - started)); }

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)

# AppStream tags accepted, each explained in packaging/README.md.
appstream_accepted=(cid-desktopapp-is-not-rdns)

bash packaging/install-deps.sh

tmp=$(mktemp -d /tmp/kd-package.XXXXXX)
installed_by_us=0
before_packages=$tmp/packages-before
cleanup() {
  local rc=$?
  if [ "$installed_by_us" = 1 ]; then
    phase "removing the package"
    # What the installation pulled in (Recommends such as qt6-wayland) goes too: the packages
    # new since the snapshot that kintura-desk's dependencies reach (so that nothing another
    # process installed meanwhile is touched).
    apt-cache depends --recurse --installed --no-suggests --no-conflicts --no-breaks \
      --no-replaces --no-enhances kintura-desk 2>/dev/null | grep -v '^ ' | sed 's/:.*//' |
      sort -u >"$tmp/reach" || true
    "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq kintura-desk || rc=1
    dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^ii/ {print $2}' | sort \
      >"$tmp/packages-after"
    mapfile -t extra < <(comm -13 "$before_packages" "$tmp/packages-after" | comm -12 - "$tmp/reach")
    if [ ${#extra[@]} -gt 0 ]; then
      say "also removing what the installation pulled in: ${extra[*]}"
      "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq "${extra[@]}" || rc=1
    fi
    if dpkg-query -W -f='${db:Status-Abbrev}' kintura-desk 2>/dev/null | grep -q '^ii'; then
      say "kintura-desk is still installed"
      rc=1
    fi
  fi
  rm -rf "$tmp"
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The check ends by removing the package: it does not install over someone's installation.
if dpkg-query -W -f='${db:Status-Abbrev}' kintura-desk 2>/dev/null | grep -q '^ii'; then
  fail "kintura-desk is already installed here; remove it first (apt-get remove kintura-desk)"
fi

# ---------------------------------------------------------------------------------------------
phase "sources: icons rendered from the current SVG, versions in step"
svg_sum=$(sha256sum resources/icons/kintura-desk.svg | cut -d' ' -f1)
[ "$svg_sum" = "$(cat resources/icons/hicolor/SOURCE.sha256)" ] ||
  fail "resources/icons/kintura-desk.svg changed: run bash packaging/render-icons.sh"
for s in 16 22 24 32 48 64 128 256; do
  file -b "resources/icons/hicolor/${s}x${s}/apps/kintura-desk.png" | grep -q "PNG image data, $s x $s," ||
    fail "resources/icons/hicolor/${s}x${s}/apps/kintura-desk.png is not a ${s}x${s} PNG"
done
project_version=$(sed -n 's/^project(KinturaDesk VERSION \([0-9.]*\).*/\1/p' CMakeLists.txt)
changelog_version=$(dpkg-parsechangelog -l packaging/debian/changelog -S Version)
changelog_date=$(date -u -d "$(dpkg-parsechangelog -l packaging/debian/changelog -S Date)" +%F)
release_line=$(grep -m1 '<release ' packaging/linux/kintura-desk.metainfo.xml.in)
[ "$changelog_version" = "$project_version" ] ||
  fail "packaging/debian/changelog is at $changelog_version, CMakeLists.txt at $project_version"
[[ "$release_line" == *"version=\"$project_version\" date=\"$changelog_date\""* ]] ||
  fail "the newest <release> in the metainfo is not $project_version of $changelog_date: $release_line"
say "version $project_version of $changelog_date; icons match the SVG"

# Each screenshot's declared size must be its file's: software centres lay out the gallery
# from the declared size before the picture arrives. The metainfo's URLs are
# @KD_SCREENSHOT_BASE_URL@/<name>, where docs/screenshots/<name> is published (Packaging.cmake).
shots=0
while IFS= read -r image; do
  url=$(sed -n 's|.*>\([^<]*\)</image>.*|\1|p' <<<"$image")
  name=${url#@KD_SCREENSHOT_BASE_URL@/}
  [ "$name" != "$url" ] && [[ "$name" != */* ]] ||
    fail "a metainfo screenshot is not under @KD_SCREENSHOT_BASE_URL@/: $url"
  declared="$(sed -n 's/.* width="\([0-9]*\)".*/\1/p' <<<"$image")x$(sed -n 's/.* height="\([0-9]*\)".*/\1/p' <<<"$image")"
  shot_file=docs/screenshots/$name
  [ -f "$shot_file" ] || fail "the metainfo shows $name, which docs/screenshots/ does not hold"
  real=$(identify -format '%wx%h' "$shot_file[0]")
  [ "$declared" = "$real" ] ||
    fail "the metainfo declares $name as ${declared}, the file is $real: fix width/height"
  shots=$((shots + 1))
done < <(grep -o '<image[^>]*>[^<]*</image>' packaging/linux/kintura-desk.metainfo.xml.in)
[ "$shots" -gt 0 ] || fail "no <image> found in the metainfo"
say "$shots metainfo screenshots: declared sizes match docs/screenshots/"

# ---------------------------------------------------------------------------------------------
phase "build (preset release, Debian's hardening flags)"
# The flags Debian builds its own packages with (fortify, stack protector, relro, now), minus
# -g and -O2: the preset's Release flags (-O3) follow, and the package is stripped anyway.
export DEB_BUILD_MAINT_OPTIONS=hardening=+all
cxxflags="$(dpkg-buildflags --get CPPFLAGS) $(dpkg-buildflags --get CXXFLAGS)"
cxxflags=$(printf '%s\n' "$cxxflags" | sed -E 's/(^| )-(g|O2)( |$)/ /g; s/  +/ /g')
nice cmake --preset release -DCMAKE_CXX_FLAGS="$cxxflags" \
  -DCMAKE_EXE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
  -DCMAKE_SHARED_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" \
  -DCMAKE_MODULE_LINKER_FLAGS="$(dpkg-buildflags --get LDFLAGS)" >"$tmp/configure.log" ||
  { cat "$tmp/configure.log"; fail "cmake --preset release"; }
nice cmake --build --preset release

# ---------------------------------------------------------------------------------------------
phase "cpack -G DEB"
rm -rf "$build/package"
(cd "$build" && nice cpack -G DEB -B "$build/package")
arch=$(dpkg --print-architecture)
deb=$build/package/kintura-desk_${project_version}_${arch}.deb
[ -f "$deb" ] || fail "cpack did not write $deb"
dpkg-deb --info "$deb"
root=$tmp/root
dpkg-deb -x "$deb" "$root"
expected=(
  usr/bin/kintura-desk
  "usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/kintura-desk/libkintura-desk-base.so"
  "usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/kintura-desk/libkintura-desk-shell.so"
  "usr/lib/$(dpkg-architecture -qDEB_HOST_MULTIARCH)/kintura-desk/kintura-desk-app.so"
  usr/share/applications/kintura-desk.desktop
  usr/share/metainfo/kintura-desk.metainfo.xml
  usr/share/icons/hicolor/scalable/apps/kintura-desk.svg
  usr/share/man/man1/kintura-desk.1.gz
  usr/share/doc/kintura-desk/copyright
  usr/share/doc/kintura-desk/changelog.gz
)
for s in 16 22 24 32 48 64 128 256; do
  expected+=("usr/share/icons/hicolor/${s}x${s}/apps/kintura-desk.png")
done
for f in "${expected[@]}"; do
  [ -f "$root/$f" ] || fail "the package lacks /$f"
done
for f in "$root"/usr/bin/kintura-desk "$root"/usr/lib/*/kintura-desk/*.so; do
  file -b "$f" | grep -q ', stripped' || fail "${f#"$root"} is not stripped"
done
[ "$(dpkg-deb -f "$deb" Maintainer)" = "$(dpkg-parsechangelog -l packaging/debian/changelog -S Maintainer)" ] ||
  fail "the Maintainer field and the changelog's trailer differ"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6core6' || fail "Depends has no shlibdeps result"
say "${#expected[@]} expected files present; $(dpkg-deb -f "$deb" Installed-Size) KiB installed"

# ---------------------------------------------------------------------------------------------
phase "desktop-file-validate"
desktop-file-validate "$root/usr/share/applications/kintura-desk.desktop"
say "desktop file valid"

# ---------------------------------------------------------------------------------------------
phase "appstreamcli validate --no-net"
# Exit status 3 means warnings or infos were reported: the tags are judged here instead.
check_appstream() {
  local out
  out=$(appstreamcli "$@" 2>&1) || true
  printf '%s\n' "$out"
  local bad
  bad=$(printf '%s\n' "$out" | awk '$1 == "E:" || $1 == "W:" {print $3}' |
        grep -vxF -f <(printf '%s\n' "${appstream_accepted[@]}") || true)
  [ -z "$bad" ] || fail "appstreamcli $1 reports: ${bad//$'\n'/ }"
  printf '%s\n' "$out" | grep -q 'Validation' || fail "appstreamcli $1 did not finish its validation"
}
check_appstream validate --no-net --pedantic "$root/usr/share/metainfo/kintura-desk.metainfo.xml"
check_appstream validate-tree --no-net "$root"
say "AppStream: no errors, warnings only ${appstream_accepted[*]} (packaging/README.md)"

# ---------------------------------------------------------------------------------------------
phase "lintian"
# No suppressed tags and no overrides: any error or warning fails. Info and pedantic tags are
# shown too (packaging/README.md explains the ones seen so far).
lintian_rc=0
lintian_out=$(lintian --fail-on error,warning --display-info --pedantic "$deb" 2>&1) || lintian_rc=$?
printf '%s\n' "$lintian_out" | grep -v 'running with root privileges is not recommended' || true
[ "$lintian_rc" -eq 0 ] || fail "lintian reports errors or warnings (above)"
say "lintian: no errors, no warnings"

# ---------------------------------------------------------------------------------------------
phase "apt-get install ./$(basename "$deb")"
dpkg-query -W -f='${db:Status-Abbrev} ${Package}\n' | awk '$1 ~ /^ii/ {print $2}' | sort >"$before_packages"
# A copy that apt's unprivileged download user can read (no "unsandboxed" notice).
chmod 755 "$tmp"
cp "$deb" "$tmp/"
installed_by_us=1
(cd "$tmp" && "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
   apt-get install -y -q "./$(basename "$deb")")
dpkg -L kintura-desk | grep -qx /usr/bin/kintura-desk || fail "dpkg -L: no /usr/bin/kintura-desk"

# ---------------------------------------------------------------------------------------------
phase "the installed kintura-desk"
home=$tmp/home
mkdir -p "$home" "$tmp/runtime"
chmod 700 "$tmp/runtime"
run_installed() {
  env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$tmp/runtime" LANG=C.UTF-8 \
    QT_QPA_PLATFORM=offscreen "$@"
}
version_out=$(run_installed /usr/bin/kintura-desk --version)
[ "$version_out" = "kintura-desk $project_version" ] ||
  fail "kintura-desk --version printed \"$version_out\", expected \"kintura-desk $project_version\""
say "--version: $version_out"
help_out=$(run_installed /usr/bin/kintura-desk --help)
[[ "$help_out" == *--demo* ]] || fail "--help does not list --demo"

shot=$tmp/smoke.png
maps=$tmp/maps
: >"$maps"
t0=$SECONDS
# The Reports page does the most at start: the sync thread fills the SQLite cache from the demo
# tracker (about 30 s, paced at 1 request/s), then the charts draw; it quits once settled.
# Started directly (not through run_installed, which would be a subshell) so that $! is the
# program itself: env execs it.
env -i PATH=/usr/bin:/bin HOME="$home" XDG_RUNTIME_DIR="$tmp/runtime" LANG=C.UTF-8 \
  QT_QPA_PLATFORM=offscreen /usr/bin/kintura-desk --demo --page reports --screenshot "$shot" \
  >"$tmp/smoke.log" 2>&1 &
pid=$!
# What the process maps while it runs: the libraries and the plugins Qt loads.
while kill -0 "$pid" 2>/dev/null; do
  awk '$6 ~ /\.so(\.[0-9]+)*$/ {print $6}' "/proc/$pid/maps" >>"$maps" 2>/dev/null || true
  if [ $((SECONDS - t0)) -gt 180 ]; then
    kill "$pid" 2>/dev/null || true
    say "kintura-desk --demo --screenshot still runs after 180 s: stopped"
    break
  fi
  sleep 0.5
done
smoke_rc=0
wait "$pid" || smoke_rc=$?
if [ "$smoke_rc" -ne 0 ]; then
  cat "$tmp/smoke.log"
  fail "kintura-desk --demo --screenshot exited with $smoke_rc"
fi
file -b "$shot" 2>/dev/null | grep -q '^PNG image data' || { cat "$tmp/smoke.log"; fail "no screenshot at $shot"; }
sed 's/^/  (kintura-desk) /' "$tmp/smoke.log"
colours=$(convert "$shot" -format %k info:)
[ "$colours" -gt 100 ] || fail "the screenshot has only $colours colours: an empty window?"
say "--demo --page reports --screenshot: $(file -b "$shot" | cut -d, -f2 | xargs), $colours colours," \
    "after $((SECONDS - t0)) s"

# Every shared object loaded must belong to a package that kintura-desk's Depends pull in
# (recursively): the plugins Qt loads by name are not seen by dpkg-shlibdeps.
sort -u "$maps" | grep -v '^/tmp/' >"$tmp/objects" || true
[ -s "$tmp/objects" ] || fail "could not read the process's mapped objects"
apt-cache depends --recurse --installed --no-recommends --no-suggests --no-conflicts \
  --no-breaks --no-replaces --no-enhances kintura-desk 2>/dev/null |
  grep -v '^ ' | sed 's/:.*//' | sort -u >"$tmp/closure"
owner_of() { # the package that holds a file; dpkg knows some under /lib rather than /usr/lib
  local path out
  for path in "$1" "${1#/usr}" "$(readlink -f "$1")"; do
    out=$(dpkg-query -S "$path" 2>/dev/null) || continue
    out=$(printf '%s\n' "$out" | grep -v '^diversion' | cut -d: -f1 | cut -d, -f1)
    [ -n "$out" ] && { printf '%s\n' "${out%%$'\n'*}"; return 0; }
  done
  return 1
}
missing=()
while read -r object; do
  owner=$(owner_of "$object") || true
  [ -n "$owner" ] || { missing+=("$object (no package)"); continue; }
  grep -qxF "$owner" "$tmp/closure" || missing+=("$object ($owner)")
done <"$tmp/objects"
[ ${#missing[@]} -eq 0 ] || fail "loaded but not in the dependencies: ${missing[*]}"
say "$(wc -l <"$tmp/objects") shared objects loaded, all from packages in the dependency closure"

phase "done"
say "package $(basename "$deb") checked in $((SECONDS - started)) s"
