#!/usr/bin/env bash
# Renders packaging/icons/gymlog.svg into the PNG sizes the desktop (hicolor theme), the
# packages and the window icon use. The PNGs are committed; run this after editing the SVG.
# Needs rsvg-convert (Debian: librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/../packaging/icons"
for size in 16 24 32 48 64 128 256 512; do
  rsvg-convert --width "$size" --height "$size" gymlog.svg --output "gymlog-$size.png"
done
ls -l gymlog-*.png
