#!/bin/sh
# `make run` and `make package`: the system libraries Qt's xcb platform plugin (X11 desktops)
# needs, found with ldd on the plugin of the venv's PySide6. Missing ones are installed from
# Debian's packages when we may (root or sudo without a password), else one line says exactly
# what to install. `make package` copies them into the Linux bundle, which then needs nothing
# extra on a desktop (tests/package/test_bundle.py checks that with ldd).
# Usage: ensure_qt_libs.sh PLUGIN [--required]   (--required: exit 1 when they stay missing)
set -u
plugin="$1"
required="${2:-}"
[ -f "$plugin" ] || { echo "ensure_qt_libs: $plugin not found" >&2; exit 1; }
missing() { ldd "$plugin" 2>/dev/null | awk '/not found/ {print $1}' | sort -u; }
# Debian package of a library file name: libxcb-icccm.so.4 -> libxcb-icccm4, libxkbcommon-x11.so.0 -> libxkbcommon-x11-0
package_of() {
  case "$1" in
    libglib-2.0.so.0|libgthread-2.0.so.0) echo libglib2.0-0 ;;
    *) echo "$1" | tr 'A-Z' 'a-z' | sed -E 's/\.so\.([0-9]+).*$/ \1/' | awk '{ if ($1 ~ /[0-9]$/) print $1 "-" $2; else print $1 $2 }' ;;
  esac
}
libs=$(missing)
[ -z "$libs" ] && exit 0
packages=$(for lib in $libs; do package_of "$lib"; done | sort -u | tr '\n' ' ')
if [ "$(id -u)" = 0 ]; then SUDO=""
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then SUDO="sudo -n"
else SUDO="none"; fi
if [ "$SUDO" != none ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing the system libraries Qt's xcb platform needs: $packages"
  export DEBIAN_FRONTEND=noninteractive
  # shellcheck disable=SC2086
  $SUDO apt-get install -y -q --no-install-recommends $packages >/dev/null 2>&1 \
    || { $SUDO apt-get update -q >/dev/null 2>&1 && $SUDO apt-get install -y -q --no-install-recommends $packages >/dev/null 2>&1; }
  libs=$(missing)
  [ -z "$libs" ] && exit 0
fi
echo "Qt's xcb platform (X11) lacks $(echo $libs | tr '\n' ' '): install them with: sudo apt-get install $packages" >&2
[ "$required" = "--required" ] && exit 1
exit 0
