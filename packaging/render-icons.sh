#!/usr/bin/env bash
# Renders the PNG icons from the scalable SVG. The PNGs are committed: run this
# after changing icons/hicolor/scalable/apps/koshin.svg (needs rsvg-convert,
# `apt-get install librsvg2-bin`).
set -euo pipefail
cd "$(dirname "$0")/icons/hicolor"
for size in 16 22 24 32 48 64 128 256 512; do
  mkdir -p "${size}x${size}/apps"
  rsvg-convert -w "$size" -h "$size" scalable/apps/koshin.svg -o "${size}x${size}/apps/koshin.png"
done
