#!/bin/sh
# Installs GymLog from this folder for the current user (no root): the binary in
# ~/.local/bin, the menu entry and the icons in ~/.local/share. Run ./install.sh --remove to
# take them out again; your training data (~/.local/share/gymlog) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
bin=${XDG_BIN_HOME:-$HOME/.local/bin}
share=${XDG_DATA_HOME:-$HOME/.local/share}
sizes="16 24 32 48 64 128 256 512"
if [ "${1:-}" = "--remove" ]; then
  rm -f "$bin/gymlog" "$share/applications/gymlog.desktop" "$share/icons/hicolor/scalable/apps/gymlog.svg"
  for s in $sizes; do rm -f "$share/icons/hicolor/${s}x${s}/apps/gymlog.png"; done
  echo "GymLog removed (your data in $share/gymlog is still there)."
  exit 0
fi
install -Dm755 "$here/gymlog" "$bin/gymlog"
# The menu entry starts this copy by its full path (~/.local/bin is not always on the PATH).
mkdir -p "$share/applications"
sed "s|^Exec=gymlog\$|Exec=\"$bin/gymlog\"|" "$here/gymlog.desktop" > "$share/applications/gymlog.desktop"
install -Dm644 "$here/icons/gymlog.svg" "$share/icons/hicolor/scalable/apps/gymlog.svg"
for s in $sizes; do install -Dm644 "$here/icons/gymlog-$s.png" "$share/icons/hicolor/${s}x${s}/apps/gymlog.png"; done
command -v update-desktop-database >/dev/null && update-desktop-database "$share/applications" 2>/dev/null || true
echo "GymLog installed: $bin/gymlog, and in your applications menu."
