#!/usr/bin/env python3
"""Writes a confirmation corpus: by default the e-mail corpus in this
folder, or the one of another folder with its own `mails.toml`.

Each mail is NAME.eml (the raw bytes a mail client saves: CRLF line ends,
RFC 2047 encoded-words in headers, the body in its declared charset and
transfer encoding) and NAME.json (what a reader should find in it). A
standalone PDF (a `[[document]]` table) is NAME.pdf with its NAME.json.

What the mails say lives in `mails.toml` in the corpus folder: one `[[mail]]`
table a mail with its headers, its expected fields and its MIME body (text
parts as written, before any encoding). This script is the generic builder
that turns those tables into bytes; the format of `mails.toml` is described
at the top of that file, in `build_part` and in `pdf_document` below.

The messages are built with the standard library's `email` package
(compat32 `Message` trees written by `BytesGenerator`); bodies are encoded
here with Python's codecs so that the charset and the transfer encoding are
exactly the ones chosen (the `email` package would otherwise turn Shift_JIS
and EUC-JP into ISO-2022-JP). Dates, Message-IDs and boundaries are fixed and
nothing is random, so running this again gives the same bytes:

    python3 tests/data/mail/make_corpus.py          # (re)write this corpus
    python3 tests/data/mail/make_corpus.py tests/data/confirmations/dev
    python3 tests/data/mail/make_corpus.py FOLDER --out DIR   # write elsewhere
    python3 tests/data/mail/check_corpus.py [FOLDER]          # verify one

Needs Python 3.11 or later (`tomllib`) and `qrcode` (pip install qrcode) for
the QR matrix of the inline eSIM QR image; the PNG itself is written here
(1-bit greyscale, zlib level 9), and so is the hand-written PDF receipt of
`kind = "receipt-pdf"`. Laid-out PDFs (`kind = "pdf"` and `[[document]]`)
need `fpdf2` and `fonttools` (pip install fpdf2; fonttools comes with it).
"""

import base64
import binascii
import codecs
import io
import json
import re
import struct
import atexit
import shutil
import sys
import tempfile
import tomllib
import zlib
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
# The app's own CJK font (a zlib-compressed OpenType/CFF subset of Noto Sans
# CJK SC); see assets/fonts/README.md.
CJK_FONT = HERE.parents[2] / "assets" / "fonts" / "NotoSansCJK-Koshin.otf.zlib"

# compat32 with no line length writes headers exactly as given (folded here);
# CRLF as mail clients save .eml files.
POLICY = compat32.clone(linesep="\r\n", max_line_length=0)

KEYS = (
    "provider",
    "order_number",
    "amount",
    "currency",
    "currency_note",
    "date",
    "valid_until",
    "plan",
    "iccid",
    "activation_code",
)

# Pixels a QR module in the inline PNG.
QR_SCALE = 8

# Headers in `extra` written like From (a display name and an address).
ADDRESS_HEADERS = ("reply-to", "cc", "sender", "return-path")


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------


def encoded_words(text, charset, enc="B", first=75):
    """`text` as RFC 2047 encoded-words, split between characters (never
    inside a multibyte sequence; each ISO-2022-JP word starts and ends in
    ASCII): the first at most `first` characters long, the others at most 75.
    Spaces of `text` stay inside the words (the space between two
    encoded-words is not part of the text). `charset` names both the
    declared charset and the Python codec."""

    def word(chunk):
        raw = chunk.encode(charset)
        if enc == "B":
            data = base64.b64encode(raw).decode("ascii")
        else:
            data = "".join(
                "_" if b == 0x20
                else chr(b) if (b < 0x80 and (chr(b).isalnum() or chr(b) in "!*+-/"))
                else "=%02X" % b
                for b in raw
            )
        return "=?%s?%s?%s?=" % (charset, enc, data)

    words, chunk, limit = [], "", first
    for ch in text:
        if chunk and len(word(chunk + ch)) > limit:
            words.append(word(chunk))
            chunk, limit = "", 75
        chunk += ch
    if chunk:
        words.append(word(chunk))
    return words


def fold(name, tokens):
    """Header value of `tokens` (joined by spaces), folded before a token
    where a line would pass 76 characters."""
    line = len(name) + 2
    out = ""
    for i, token in enumerate(tokens):
        if i == 0:
            out, line = token, line + len(token)
        elif line + 1 + len(token) > 76:
            out, line = out + "\n " + token, 1 + len(token)
        else:
            out, line = out + " " + token, line + 1 + len(token)
    return out


def header_text(name, text, charset="UTF-8", enc="B"):
    """A header value: as is (folded at spaces) when ASCII, else encoded-words."""
    if text.isascii():
        return fold(name, text.split(" "))
    return fold(name, encoded_words(text, charset, enc, first=76 - len(name) - 2))


def address(name, value, charset="UTF-8", enc="B"):
    """The header value of `value`, written `Display Name <addr>` or a bare
    `addr` (kept as is); `name` is the header's name. A non-ASCII display
    name becomes encoded-words, an ASCII one is quoted when it needs to be."""
    m = re.fullmatch(r"(.+) <([^<>]+)>", value)
    if m is None:
        return value
    display, addr = m.groups()
    if display.isascii():
        if any(c in display for c in '()<>[]:;@\\,."'):
            display = '"%s"' % display
        return fold(name, display.split(" ") + ["<%s>" % addr])
    words = encoded_words(display, charset, enc, first=76 - len(name) - 2)
    return fold(name, words + ["<%s>" % addr])


def encode_text(text, charset):
    """`text` (with \\n line ends) in `charset`. ISO-2022-JP is encoded line
    by line so that every line ends back in ASCII (RFC 1468)."""
    if codecs.lookup(charset).name == "iso2022_jp":
        return b"\n".join(line.encode(charset) for line in text.split("\n"))
    return text.encode(charset)


def transfer_encode(raw, cte):
    """The payload string of a leaf part for the given transfer encoding."""
    if cte == "base64":
        return base64.encodebytes(raw).decode("ascii")
    if cte == "quoted-printable":
        return binascii.b2a_qp(raw, istext=True).decode("ascii")
    if cte == "7bit":
        return raw.decode("ascii")  # fails loudly on 8-bit data
    if cte == "8bit":
        # Non-ASCII bytes as surrogates: BytesGenerator writes them back raw.
        return raw.decode("ascii", "surrogateescape")
    raise ValueError(cte)


def params_header(name, value):
    """A parameterised header value (`type; a=b; c=d`), one parameter a line
    when it does not fit on one."""
    if len(name) + 2 + len(value) <= 76:
        return value
    return ";\n ".join(value.split("; "))


def to_bytes(msg):
    out = io.BytesIO()
    BytesGenerator(out, mangle_from_=False, policy=POLICY).flatten(msg)
    return out.getvalue()


# --------------------------------------------------------------------------
# Attachments: a hand-written PDF and a QR code PNG
# --------------------------------------------------------------------------


def receipt_pdf():
    """A minimal valid one-page PDF 1.4 whose page shows "Receipt"."""
    content = b"BT /F1 24 Tf 72 770 Td (Receipt) Tj ET\n"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objects) + 1)
    out += b"0000000000 65535 f \n"
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\n" % (len(objects) + 1)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def qr_matrix(text):
    """The QR modules of `text` (byte mode, error correction M, smallest
    version), with the 4-module quiet zone; True is dark."""
    import qrcode
    import qrcode.constants

    qr = qrcode.QRCode(
        version=None,
        error_correction=qrcode.constants.ERROR_CORRECT_M,
        box_size=1,
        border=4,
    )
    qr.add_data(text, optimize=0)
    qr.make(fit=True)
    return qr.get_matrix()


def png_chunk(kind, data):
    return (struct.pack(">I", len(data)) + kind + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))


def qr_png(text, scale=QR_SCALE):
    """A 1-bit greyscale PNG of the QR code of `text`, `scale` pixels a module."""
    matrix = qr_matrix(text)
    size = len(matrix) * scale
    rows = bytearray()
    for row in matrix:
        bits = []
        for dark in row:
            bits.extend([0 if dark else 1] * scale)
        line = bytearray([0])  # filter: none
        for i in range(0, size, 8):
            byte = 0
            for bit in bits[i:i + 8]:
                byte = (byte << 1) | bit
            byte <<= 8 - len(bits[i:i + 8])
            line.append(byte)
        rows += bytes(line) * scale
    return (b"\x89PNG\r\n\x1a\n"
            + png_chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 1, 0, 0, 0, 0))
            + png_chunk(b"IDAT", zlib.compress(bytes(rows), 9))
            + png_chunk(b"IEND", b""))


def qr_size(text):
    """The width (and height) in pixels of `qr_png(text)`."""
    return len(qr_matrix(text)) * QR_SCALE


# --------------------------------------------------------------------------
# Laid-out PDFs (kind = "pdf", [[document]]): fpdf2 with an embedded font
# --------------------------------------------------------------------------

_cjk_ttf = None


def cjk_font():
    """The path of a TrueType copy of the app's CJK font, made once a run.

    The app's font is CID-keyed CFF. fpdf2 can embed that, but it then
    writes its own code-to-CID CMap as the font's /Encoding (instead of the
    usual /Identity-H), which pypdf misreads (a NUL before every character)
    and which few real PDFs have. Its outlines converted to quadratic
    TrueType outlines (fontTools cu2qu, max error 1 unit of 1000) give
    /Identity-H with a /CIDToGIDMap and a /ToUnicode map, as most PDF
    generators write. The conversion is deterministic; fpdf2 embeds only the
    glyphs a PDF uses."""
    global _cjk_ttf
    if _cjk_ttf is not None:
        return _cjk_ttf
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    font = TTFont(io.BytesIO(zlib.decompress(CJK_FONT.read_bytes())))
    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder, glyf.glyphs = order, {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, 1.0, reverse_direction=True))
        glyf[name] = pen.glyph()
    del font["CFF "]
    if "VORG" in font:
        del font["VORG"]
    font["head"].glyphDataFormat = 0
    maxp = font["maxp"]
    maxp.tableVersion = 0x00010000
    for attr in ("maxZones", "maxTwilightPoints", "maxStorage", "maxFunctionDefs",
                 "maxInstructionDefs", "maxStackElements", "maxSizeOfInstructions",
                 "maxComponentElements", "maxComponentDepth"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    font["post"].formatType = 3.0
    font.sfntVersion = "\x00\x01\x00\x00"
    font.recalcTimestamp = False
    folder = tempfile.mkdtemp(prefix="koshin-corpus-font-")
    atexit.register(shutil.rmtree, folder, True)
    _cjk_ttf = str(Path(folder) / "NotoSansCJK-Koshin.ttf")
    font.save(_cjk_ttf)
    return _cjk_ttf


def font_covers(path, text):
    """The characters of `text` (line ends aside) the font at `path` lacks."""
    from fontTools.ttLib import TTFont

    cmap = TTFont(path, lazy=True).getBestCmap()
    return sorted({c for c in text if c != "\n" and ord(c) not in cmap})


# Page sizes in mm (portrait).
PAGE_SIZES = {"A4": (210, 297), "A5": (148, 210), "Letter": (215.9, 279.4)}


def winansi(text):
    try:
        text.encode("windows-1252")
    except UnicodeEncodeError:
        return False
    return True


def pdf_document(doc):
    """The bytes of a PDF laid out from a `pdf` table (see mails.toml):

    - `created` (a date-time with offset): the CreationDate, fixed so that
      the bytes do not change; `title`, `author`, `creator`, `producer`
      (default "fpdf2"), `size` ("A4" default, "A5", "Letter");
    - `font`: "helvetica" (a standard font, not embedded; WinAnsi text only,
      that is Windows-1252: Latin-1 and € – — • …) or "cjk" (the app's font,
      embedded as a subset; it has no €, £ or ×); by default helvetica when
      the text is WinAnsi, else cjk;
    - `columns` (widths in mm) and `align` (one letter a column, L/R/C) for
      the table rows;
    - `text`, one line a line of the page:
        `# T` a title, `## T` a heading, `~ T` small grey print,
        `---` a rule, `[page]` a new page, an empty line a small gap,
        `A|B|C` a table row (cells in the `columns`; a row with fewer cells
        than columns gives its last cell the rest of the width),
        `* ` before a row or line: emphasised (bold in helvetica, a point
        larger in cjk), anything else a paragraph (wrapped).
    """
    from fpdf import FPDF

    text = doc["text"].rstrip("\n")
    font = doc.get("font") or ("helvetica" if winansi(text) else "cjk")
    pdf = FPDF(format=PAGE_SIZES[doc.get("size", "A4")])
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_creation_date(doc["created"])
    pdf.set_producer(doc.get("producer", "fpdf2"))
    for key, setter in (("title", pdf.set_title), ("author", pdf.set_author),
                        ("creator", pdf.set_creator), ("subject", pdf.set_subject)):
        if key in doc:
            setter(doc[key])
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    if font == "cjk":
        path = cjk_font()
        missing = font_covers(path, text)
        assert not missing, "no glyph for %r" % missing
        pdf.add_font("NotoSansCJK", fname=path)
        family = "NotoSansCJK"
    else:
        assert font == "helvetica" and winansi(text), font
        family = "helvetica"
    width = pdf.w - pdf.l_margin - pdf.r_margin
    columns = doc.get("columns", [width / 2, width / 2])
    align = doc.get("align", "L" * len(columns))

    def use(size, strong=False):
        style = "B" if strong and family == "helvetica" else ""
        pdf.set_font(family, style, size + (1 if strong and family != "helvetica" else 0))

    pdf.add_page()
    for line in text.split("\n"):
        strong = line.startswith("* ")
        if strong:
            line = line[2:]
        pdf.set_text_color(0)
        if line == "[page]":
            pdf.add_page()
        elif line == "---":
            y = pdf.get_y() + 1.5
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(3.5)
        elif not line.strip():
            pdf.ln(3)
        elif line.startswith("# "):
            use(17, True)
            pdf.cell(0, 11, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("## "):
            use(12, True)
            pdf.cell(0, 8, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("~ "):
            use(7.5)
            pdf.set_text_color(110)
            pdf.multi_cell(0, 4, line[2:], new_x="LMARGIN", new_y="NEXT")
        elif "|" in line:
            use(9.5, strong)
            cells = line.split("|")
            for i, cell in enumerate(cells):
                w = columns[i] if i < len(cells) - 1 else width - sum(columns[:i])
                pdf.cell(w, 6.5, cell.strip(), align=align[i] if i < len(align) else "L")
            pdf.ln(6.5)
        else:
            use(10, strong)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# The binary parts a leaf can name with `kind`: kind -> function of the
# part's table and the mail's expected fields giving the part's bytes.
KINDS = {
    "receipt-pdf": lambda spec, fields: receipt_pdf(),
    # The QR code of the mail's own activation code (en_esim_qr_sora has it
    # only in this image).
    "qr-png": lambda spec, fields: qr_png(fields["activation_code"]),
    # A PDF laid out from the part's `pdf` table.
    "pdf": lambda spec, fields: pdf_document(spec["pdf"]),
}


# --------------------------------------------------------------------------
# Building a mail from its table in mails.toml
# --------------------------------------------------------------------------


def expected(table):
    """The .json object: every key of KEYS, null where the table has none,
    then `why_missing` (field -> reason a null field is null) when given."""
    fields = dict(table.get("expected", {}))
    why = fields.pop("why_missing", None)
    assert set(fields) <= set(KEYS), set(fields) - set(KEYS)
    out = {key: fields.get(key) for key in KEYS}
    if why is not None:
        assert set(why) <= set(KEYS) and all(out[k] is None for k in why), why
        out["why_missing"] = dict(why)
    return out


def fill(text, fields):
    """`text` with `{qr_size}` (the inline QR image's width, for the HTML
    `<img>` tag) replaced, and a final line end."""
    if "{qr_size}" in text:
        text = text.replace("{qr_size}", str(qr_size(fields["activation_code"])))
    return text if text.endswith("\n") else text + "\n"


def content_type(spec):
    """The Content-Type value of a part: its type, then `boundary=`
    (multipart), `charset=` (text), the `params` as written, and `name=` (a
    part with a `filename`)."""
    value = spec["type"]
    if "boundary" in spec:
        value += '; boundary="%s"' % spec["boundary"]
    if "charset" in spec:
        value += "; charset=%s" % spec["charset"]
    if "params" in spec:
        value += "; " + spec["params"]
    if "filename" in spec:
        name = spec["filename"]
        if not name.isascii():
            # As mail clients write it: an encoded-word in quotes.
            name = encoded_words(name, "UTF-8", "B", first=10**6)[0]
        value += '; name="%s"' % name
    return params_header("Content-Type", value)


def disposition(part, spec):
    """Adds the Content-Disposition of a part with a `disposition`."""
    if "disposition" in spec:
        name = spec["filename"]
        if name.isascii():
            param = 'filename="%s"' % name
        else:
            # RFC 2231: filename*=UTF-8''<percent-encoded UTF-8>
            param = "filename*=UTF-8''" + "".join(
                chr(b) if b < 0x80 and (chr(b).isalnum() or chr(b) in "-._") else "%%%02X" % b
                for b in name.encode("utf-8"))
        part["Content-Disposition"] = params_header(
            "Content-Disposition", "%s; %s" % (spec["disposition"], param))


def build_part(spec, fields):
    """The MIME entity of a `body` (or `parts` entry) table:

    - `type = "multipart/…"`: `boundary`, its `parts` (each such a table),
      optional `params` and `preamble`;
    - `type = "message/rfc822"`: the attached mail as a `message` table (with
      `headers` and `body`), `filename` and `disposition`;
    - any other type: a leaf with `transfer` (its Content-Transfer-Encoding)
      and either `text` in `charset` (the codec of that name encodes it) or a
      generated `kind` of data (see KINDS; "pdf" lays out its `pdf` table);
      optional `params`, `content_id`, `filename` and `disposition`.

    `fields` are the mail's expected fields (the QR part draws its code)."""
    part = Message()
    part["Content-Type"] = content_type(spec)
    if spec["type"].startswith("multipart/"):
        for sub in spec["parts"]:
            part.attach(build_part(sub, fields))
        if "preamble" in spec:
            part.preamble = spec["preamble"]
        return part
    if spec["type"] == "message/rfc822":
        disposition(part, spec)
        part.set_payload([build_mail(spec["message"], fields)])
        return part
    if "text" in spec:
        raw = encode_text(fill(spec["text"], fields), spec["charset"])
    else:
        raw = KINDS[spec["kind"]](spec, fields)
    part["Content-Transfer-Encoding"] = spec["transfer"]
    if "content_id" in spec:
        part["Content-ID"] = spec["content_id"]
    disposition(part, spec)
    part.set_payload(transfer_encode(raw, spec["transfer"]))
    return part


def build_mail(table, fields):
    """A whole message: the top-level headers of the `headers` table, then
    the MIME headers and content of the `body` table.

    `headers` has `from`, `to`, `subject`, `date` (a TOML date-time with its
    offset) and `message_id`; non-ASCII text in From, To and Subject is
    written as encoded-words in `charset` (default UTF-8) with `encoding`
    B (default) or Q. Optional `extra`: [name, value] pairs written after
    Message-ID in that order (address headers like From, others like
    Subject)."""
    head = table["headers"]
    charset, enc = head.get("charset", "UTF-8"), head.get("encoding", "B")
    msg = Message()
    msg["From"] = address("From", head["from"], charset, enc)
    msg["To"] = address("To", head["to"], charset, enc)
    msg["Subject"] = header_text("Subject", head["subject"], charset, enc)
    msg["Date"] = format_datetime(head["date"])
    msg["Message-ID"] = head["message_id"]
    for name, value in head.get("extra", []):
        if name.lower() in ADDRESS_HEADERS:
            msg[name] = address(name, value, charset, enc)
        else:
            msg[name] = header_text(name, value, charset, enc)
    msg["MIME-Version"] = "1.0"
    body = build_part(table["body"], fields)
    for name, value in body.items():
        msg[name] = value
    # The raw payload: get_payload() would decode 8-bit (surrogate) text.
    msg.set_payload(body._payload)
    if body.preamble is not None:
        msg.preamble = body.preamble
    return msg


def load(folder=HERE):
    """The tables of FOLDER/mails.toml by name, in the file's order, each
    paired with the extension of the file it makes: ("eml", a `[[mail]]`)
    or ("pdf", a `[[document]]`, a standalone PDF: `name`, `expected` and
    its `pdf` table)."""
    with open(Path(folder) / "mails.toml", "rb") as f:
        data = tomllib.load(f)
    out = {}
    for ext, key in (("eml", "mail"), ("pdf", "document")):
        for table in data.get(key, []):
            assert table["name"] not in out, table["name"]
            out[table["name"]] = (ext, table)
    return out


def build(ext, table):
    """The file bytes (.eml or .pdf) and the .json text of a table."""
    fields = expected(table)
    if ext == "eml":
        data = to_bytes(build_mail(table, fields))
    else:
        data = pdf_document(table["pdf"])
    js = json.dumps(fields, ensure_ascii=False, indent=2) + "\n"
    return data, js


def write(folder=HERE, out_dir=None, quiet=False):
    """Writes the corpus of FOLDER/mails.toml into `out_dir` (default FOLDER);
    returns the names of the files written."""
    out_dir = Path(out_dir if out_dir is not None else folder)
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, (ext, table) in load(folder).items():
        data, js = build(ext, table)
        (out_dir / (name + "." + ext)).write_bytes(data)
        (out_dir / (name + ".json")).write_bytes(js.encode("utf-8"))
        written += [name + "." + ext, name + ".json"]
        if not quiet:
            print("%-22s %6d bytes" % (name + "." + ext, len(data)))
    return written


def main(argv):
    args = list(argv)
    out_dir = None
    if "--out" in args:
        i = args.index("--out")
        out_dir = args[i + 1]
        del args[i:i + 2]
    if len(args) > 1:
        sys.exit("usage: make_corpus.py [FOLDER] [--out DIR]")
    write(Path(args[0]) if args else HERE, out_dir)


if __name__ == "__main__":
    main(sys.argv[1:])
