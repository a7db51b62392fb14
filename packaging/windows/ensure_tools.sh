#!/bin/sh
# `make package-windows(-test)`: the Linux tools that build and test the Windows installer
# (Wine 8, NSIS, wixl and msitools, osslsigncode, mingw-w64 for the Wine stand-in DLLs, Xvfb, unzip), from
# Debian's packages, installed when missing. Fails loudly (exit 1, one line naming the packages)
# when they are missing and cannot be installed: the Windows build never half-runs.
set -u
need=""
check() { command -v "$1" >/dev/null 2>&1 || need="$need $2"; }
check wine wine
check wineboot wine
check wineserver wine
[ -x /usr/lib/wine/wine64 ] || need="$need wine64"
check makensis nsis
check wixl wixl
check msibuild msitools
check osslsigncode osslsigncode
check x86_64-w64-mingw32-gcc gcc-mingw-w64-x86-64-win32
check Xvfb xvfb
check unzip unzip
check openssl openssl
[ -z "$need" ] && exit 0
# one package may be named by several tools
need=$(echo $need | tr ' ' '\n' | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ]; then
  SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  SUDO="sudo -n"
else
  echo "package-windows: missing tools; install them with: apt-get install $need" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "package-windows: missing tools and no apt-get; install: $need" >&2
  exit 1
fi
echo "Installing the Windows build tools (Debian packages: $need)..."
export DEBIAN_FRONTEND=noninteractive
# shellcheck disable=SC2086
$SUDO apt-get install -y -q --no-install-recommends $need >/dev/null 2>&1 \
  || { $SUDO apt-get update -q >/dev/null && $SUDO apt-get install -y -q --no-install-recommends $need >/dev/null; } \
  || { echo "package-windows: installing $need failed (apt-get); install them by hand" >&2; exit 1; }
for tool in wine wineboot wineserver makensis wixl msibuild osslsigncode x86_64-w64-mingw32-gcc Xvfb unzip; do
  command -v "$tool" >/dev/null 2>&1 || { echo "package-windows: $tool still missing after apt-get install" >&2; exit 1; }
done
exit 0
