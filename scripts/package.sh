#!/usr/bin/env bash
# One command from source to installable packages (docs/packaging.md):
#
#   scripts/package.sh
#     -> dist/gymlog_<version>-1_amd64.deb            (cargo-deb; `sudo dpkg -i` it)
#     -> dist/gymlog-<version>-x86_64-linux.tar.gz    (binary, desktop entry, icons, README, install.sh)
#
# Builds the release profile (Cargo.toml: stripped, fat LTO, one codegen unit). That compiles
# DuckDB's C++ a second time (about 45 minutes the first time on a 2-core machine; later runs
# only relink), so it is kept out of .ci/run and `cargo test`.
# Needs cargo-deb (`cargo install cargo-deb --locked`); validates the desktop entry and the
# AppStream metadata when desktop-file-validate / appstreamcli are installed.
set -euo pipefail
cd "$(dirname "$0")/.."
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-/var/tmp/gymlog-target}
command -v cargo-deb >/dev/null || { echo "package: cargo-deb is missing: cargo install cargo-deb --locked" >&2; exit 1; }
version=$(sed -n 's/^version = "\(.*\)"$/\1/p' Cargo.toml | head -n 1)
out=dist
mkdir -p "$out"

echo "package: building the release binary (target dir $CARGO_TARGET_DIR)"
cargo build --release --locked --bin gymlog
bin=$CARGO_TARGET_DIR/release/gymlog
"$bin" --version

if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate packaging/linux/gymlog.desktop
else
  echo "package: desktop-file-validate not installed: the desktop entry is not validated" >&2
fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net --pedantic packaging/linux/io.github.gymlog.gymlog.metainfo.xml
else
  echo "package: appstreamcli not installed: the AppStream metadata is not validated" >&2
fi

echo "package: the .deb"
deb=$(cargo deb --no-build --locked --output "$out" | tail -n 1)
echo "package: $deb"

echo "package: the .tar.gz"
name=gymlog-$version-x86_64-linux
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/$name/icons"
cp "$bin" "$stage/$name/gymlog"
cp packaging/linux/gymlog.desktop packaging/linux/io.github.gymlog.gymlog.metainfo.xml README.md "$stage/$name/"
cp packaging/icons/gymlog.svg packaging/icons/gymlog-*.png "$stage/$name/icons/"
cp packaging/linux/install.sh "$stage/$name/install.sh"
tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$out/$name.tar.gz" "$name"

ls -l "$bin" "$deb" "$out/$name.tar.gz" | awk '{printf "package: %-60s %6.1f MiB\n", $NF, $5 / 1048576}'
