#!/usr/bin/env bash
# The package check (docs/packaging.md), outside `cargo test` and .ci/run (the release build
# compiles DuckDB a second time): builds the packages with scripts/package.sh, installs the
# .deb with dpkg, runs the installed gymlog (--version, demo, stats) against a temporary home,
# validates the installed desktop entry and AppStream metadata, removes the package, and shows
# the lifter's data is still there, byte for byte. Needs root (dpkg -i) and cargo-deb.
#
#   scripts/check_package.sh [--no-build]     (--no-build: use the .deb already in dist/)
set -euo pipefail
cd "$(dirname "$0")/.."
[ "$(id -u)" = 0 ] || { echo "check: run as root (dpkg -i)" >&2; exit 1; }
# Checked before the build (half an hour on a fresh machine), not after it.
for tool in desktop-file-validate:desktop-file-utils appstreamcli:appstream; do
  command -v "${tool%%:*}" >/dev/null ||
    { echo "check: ${tool%%:*} is missing: apt-get install ${tool#*:}" >&2; exit 1; }
done
if [ "${1:-}" != "--no-build" ]; then
  scripts/package.sh
fi
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
deb=$(ls -t dist/gymlog_"$version"*_amd64.deb | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"; dpkg -r gymlog >/dev/null 2>&1 || true' EXIT

echo "check: dpkg -i $deb"
dpkg-deb --info "$deb" | sed -n 's/^ \(Package\|Version\|Depends\|Recommends\|Installed-Size\):/check:   \1:/p'
dpkg -i "$deb" >/dev/null
[ "$(command -v gymlog)" = /usr/bin/gymlog ] || { echo "check: FAIL gymlog is not /usr/bin/gymlog on the PATH" >&2; exit 1; }
out=$(gymlog --version)
[ "$out" = "gymlog $version" ] || { echo "check: FAIL gymlog --version printed '$out'" >&2; exit 1; }
echo "check: installed: $(command -v gymlog) prints '$out'"

# The lifter's data in a temporary home, where the installed binary puts it by default.
export HOME=$work/home XDG_DATA_HOME= XDG_CONFIG_HOME=
gymlog demo --years 1 --seed 7 >/dev/null
store=$(ls "$HOME"/.local/share/gymlog/*.duckdb)
workouts=$(gymlog stats --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["workouts"])')
[ "$workouts" -gt 100 ] || { echo "check: FAIL the demo saved $workouts workouts" >&2; exit 1; }
before=$(sha256sum "$store" | cut -d' ' -f1)
echo "check: the installed binary wrote $workouts workouts to $store"

for f in /usr/share/applications/gymlog.desktop /usr/share/metainfo/io.github.gymlog.gymlog.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/gymlog.svg /usr/share/icons/hicolor/256x256/apps/gymlog.png \
         /usr/share/doc/gymlog/README.md; do
  [ -f "$f" ] || { echo "check: FAIL $f is not installed" >&2; exit 1; }
done
desktop-file-validate /usr/share/applications/gymlog.desktop
appstreamcli validate --no-net --pedantic /usr/share/metainfo/io.github.gymlog.gymlog.metainfo.xml >/dev/null
grep -q '^Exec=gymlog$' /usr/share/applications/gymlog.desktop
grep -q '^StartupWMClass=gymlog$' /usr/share/applications/gymlog.desktop
echo "check: the menu entry, the AppStream metadata and the icons are installed and valid"

dpkg -r gymlog >/dev/null
[ ! -e /usr/bin/gymlog ] && [ ! -e /usr/share/applications/gymlog.desktop ] || { echo "check: FAIL files left after dpkg -r" >&2; exit 1; }
after=$(sha256sum "$store" | cut -d' ' -f1)
[ "$before" = "$after" ] || { echo "check: FAIL the data changed when the package was removed" >&2; exit 1; }
echo "check: removed; the data is still there, unchanged: $store"
echo "check: PASS"
