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

# The Windows icon (koshin.exe, the Start menu, the installer): the same PNGs
# in one .ico, PNG-compressed (needs Python with Pillow).
cd ../..
python3 - <<'PY'
from PIL import Image
sizes = [16, 24, 32, 48, 64, 128, 256]
images = [Image.open(f"icons/hicolor/{s}x{s}/apps/koshin.png").convert("RGBA") for s in sizes]
images[-1].save("windows/koshin.ico", format="ICO", sizes=[(s, s) for s in sizes],
                append_images=images[:-1])
PY
