#!/usr/bin/env bash
# Installs the Debian 12 packages that building, running and testing Kintura Desk need.
# Idempotent: packages already present are skipped. Works as root or through sudo.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config clang libclang-rt-14-dev
  # Qt 6.4 and QtKeychain (see shared QT-NOTES: Charts needs libqt6opengl6-dev,
  # HttpServer's CMake config needs qt6-websockets-dev, LinguistTools is in qt6-tools-dev)
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qtkeychain-qt6-dev libsecret-1-0
  # the report cache writes through SQLite's C API (the library Qt's SQLite driver uses)
  libsqlite3-dev
  # Qt's own texts (standard buttons, file dialogs) in the translated languages
  qt6-translations-l10n
  # a real Secret Service for the keychain tests
  dbus dbus-daemon dbus-x11 gnome-keyring libsecret-tools
  # looking at the window: offscreen/Xvfb runs and screenshots
  xvfb xauth imagemagick fonts-dejavu-core
  # the Debian package and its checks (packaging/check-package.sh): dpkg-shlibdeps,
  # dpkg-buildflags, file (CPack), help2man (man page), the validators, rsvg-convert (icons)
  dpkg-dev file help2man desktop-file-utils appstream lintian librsvg2-bin
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
