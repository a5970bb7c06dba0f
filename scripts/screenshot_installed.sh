#!/usr/bin/env bash
# Screenshots of the installed package as a user meets it (docs/packaging.md): a desktop
# (IceWM, Xvfb) whose application menu (rofi's "drun" mode, which reads the installed
# .desktop files and icon theme) lists GymLog with its icon; choosing it starts GymLog from its
# menu entry, and the window shows the icon in its title bar and the task bar.
#
#   scripts/screenshot_installed.sh OUT_DIR      (after `dpkg -i dist/gymlog_*.deb`)
#
# Writes OUT_DIR/installed-menu.png and OUT_DIR/installed-window.png. Needs Xvfb, icewm, rofi,
# xdotool and ImageMagick (Debian packages of those names; imagemagick for `import`).
set -euo pipefail
out=${1:?usage: scripts/screenshot_installed.sh OUT_DIR}
mkdir -p "$out"
[ -f /usr/share/applications/gymlog.desktop ] || { echo "install the package first: dpkg -i dist/gymlog_*.deb" >&2; exit 1; }
work=$(mktemp -d)
display=:$((80 + RANDOM % 9))
cleanup() { kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
export HOME=$work/home DISPLAY=$display XDG_DATA_HOME= XDG_CONFIG_HOME=
mkdir -p "$HOME"
gymlog demo --years 3 --seed 4 >/dev/null     # a history to open on
Xvfb "$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
for _ in $(seq 50); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
icewm >/dev/null 2>&1 &
sleep 2
rofi -show drun -show-icons -theme-str 'window {width: 520px;}' >/dev/null 2>&1 &
sleep 2
xdotool type --delay 80 "gym"
sleep 1
import -window root "$out/installed-menu.png"
xdotool key Return                              # rofi starts the entry's Exec=gymlog
started=
for _ in $(seq 100); do xdotool search --class '^gymlog$' >/dev/null 2>&1 && started=1 && break; sleep 0.2; done
[ -n "$started" ] || { echo "no window of class gymlog appeared" >&2; exit 1; }
sleep 4
import -window root "$out/installed-window.png"
echo "wrote $out/installed-menu.png and $out/installed-window.png"
