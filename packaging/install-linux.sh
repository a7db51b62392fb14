#!/bin/sh
# Install or upgrade Screener for this user, from the unpacked tar.gz (run it from there).
# The app goes to ~/.local/opt/screener (SCREENER_PREFIX overrides), replaced whole; a menu entry
# to ~/.local/share/applications. The store (~/.local/share/screener/screener.db) is never
# touched: a newer Screener upgrades it on the first unlock, after copying it aside.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${SCREENER_PREFIX:-$HOME/.local/opt/screener}
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
if [ "$here" = "$prefix" ]; then
  echo "run install-linux.sh from the unpacked archive, not from $prefix" >&2
  exit 2
fi
mkdir -p "$(dirname "$prefix")" "$apps"
rm -rf "$prefix.new" "$prefix.old"
cp -R "$here" "$prefix.new"
if [ -d "$prefix" ]; then mv "$prefix" "$prefix.old"; fi
mv "$prefix.new" "$prefix"
rm -rf "$prefix.old"
sed -e "s|^Exec=.*|Exec=\"$prefix/screener\"|" -e "s|^Icon=.*|Icon=$prefix/screener.png|" \
  "$here/screener.desktop" > "$apps/screener.desktop"
echo "Screener $("$prefix/screener" --version) installed in $prefix"
