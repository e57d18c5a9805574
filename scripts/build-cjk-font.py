#!/usr/bin/env python3
"""Rebuilds assets/fonts/NotoSansCJK-Koshin.otf.zlib, the CJK font Kōshin ships.

Egui's own fonts have no Chinese or Japanese, and many laptops have no CJK
font either, so the app carries a subset of Noto Sans CJK SC (SIL Open Font
License 1.1, see assets/fonts/OFL.txt) with:

  * every character of the app's translations (assets/i18n/*.ftl),
  * GB2312 level 1 (the 3,755 most common simplified characters),
  * the common characters of Big5 (5,401 traditional characters),
  * JIS X 0208 level 1 (2,965 kanji) and all kana,
  * CJK punctuation and full-width forms.

Rarer characters people type come from the system's fonts when it has some.

The font is stored zlib-compressed (1.7 MB of OpenType in 1.5 MB), unpacked
by the app on a thread while its window starts (src/ui/fonts.rs). With zopfli
(pip install zopfli) the file is about 1 % smaller than with zlib's level 9.

Needs fontTools (pip install fonttools) and the Noto CJK fonts (Debian:
apt-get install fonts-noto-cjk). Usage:

    python3 scripts/build-cjk-font.py [path/to/NotoSansCJK-Regular.ttc]
"""

import io
import pathlib
import sys
import zlib

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = pathlib.Path(__file__).resolve().parent.parent
SOURCE = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
OUT = ROOT / "assets" / "fonts" / "NotoSansCJK-Koshin.otf.zlib"
FAMILY = "Noto Sans CJK SC"


def decode_range(codec, first_lead, last_lead, first_trail, last_trail):
    """Characters of a double-byte code page between two lead and trail bytes."""
    chars = set()
    for lead in range(first_lead, last_lead + 1):
        for trail in range(first_trail, last_trail + 1):
            try:
                chars.add(bytes([lead, trail]).decode(codec))
            except UnicodeDecodeError:
                pass
    return chars


def characters():
    chars = set()
    for ftl in sorted((ROOT / "assets" / "i18n").glob("*.ftl")):
        chars |= set(ftl.read_text(encoding="utf-8"))
    # GB2312 level 1: rows 16-55 (lead bytes 0xB0-0xD7 in EUC-CN).
    chars |= decode_range("gb2312", 0xB0, 0xD7, 0xA1, 0xFE)
    # Big5 common characters: 0xA440-0xC67E.
    big5 = decode_range("big5", 0xA4, 0xC6, 0x40, 0xFE)
    chars |= {c for c in big5 if c.encode("big5") <= bytes([0xC6, 0x7E])}
    # JIS X 0208 level 1 kanji: rows 16-47 (lead bytes 0xB0-0xCF in EUC-JP).
    chars |= decode_range("euc_jp", 0xB0, 0xCF, 0xA1, 0xFE)
    # Kana, CJK punctuation, full-width forms, and ASCII.
    for first, last in [(0x3000, 0x30FF), (0xFF00, 0xFFEF), (0x0020, 0x007E), (0x31F0, 0x31FF)]:
        chars |= {chr(c) for c in range(first, last + 1)}
    return {c for c in chars if c.isprintable() and not c.isspace() or c == " "}


def compress(data):
    """The zlib stream of `data`: zopfli's when it is installed, else zlib's level 9."""
    try:
        from zopfli.zopfli import compress as zopfli_compress
    except ImportError:
        return zlib.compress(data, 9)
    packed = zopfli_compress(data, numiterations=15)
    assert zlib.decompress(packed) == data
    return packed


def main():
    collection = TTCollection(str(SOURCE))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FAMILY)
    wanted = characters()
    cmap = font.getBestCmap()
    present = sorted(ord(c) for c in wanted if ord(c) in cmap)
    missing = sorted(c for c in wanted if ord(c) not in cmap and ord(c) > 0x7F)
    options = subset.Options()
    # No "locl": its glyphs are the Japanese, Korean and traditional Chinese
    # forms, chosen only for text tagged with a language, and egui's shaper
    # (harfrust) never tags one, so they were never drawn; they were half the
    # glyphs. No vertical metrics either: egui lays text out horizontally.
    options.layout_features = ["kern", "palt"]
    options.drop_tables += ["vhea", "vmtx", "VORG"]
    options.hinting = False
    options.desubroutinize = False
    options.name_IDs = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)
    otf = io.BytesIO()
    font.save(otf)
    otf = otf.getvalue()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_bytes(compress(otf))
    print(f"{OUT.relative_to(ROOT)}: {len(present)} characters, {len(otf):,} bytes, {OUT.stat().st_size:,} compressed")
    if missing:
        print(f"not in {FAMILY}: {''.join(missing)}")


if __name__ == "__main__":
    main()
