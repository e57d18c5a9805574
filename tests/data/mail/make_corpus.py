#!/usr/bin/env python3
"""Writes the confirmation e-mail corpus in this folder.

Each mail is NAME.eml (the raw bytes a mail client saves: CRLF line ends,
RFC 2047 encoded-words in headers, the body in its declared charset and
transfer encoding) and NAME.json (what a reader should find in it).

What the mails say lives in `mails.toml` next to this script: one `[[mail]]`
table a mail with its headers, its expected fields and its MIME body (text
parts as written, before any encoding). This script is the generic builder
that turns those tables into bytes; the format of `mails.toml` is described
at the top of that file and in `build_part` below.

The messages are built with the standard library's `email` package
(compat32 `Message` trees written by `BytesGenerator`); bodies are encoded
here with Python's codecs so that the charset and the transfer encoding are
exactly the ones chosen (the `email` package would otherwise turn Shift_JIS
and EUC-JP into ISO-2022-JP). Dates, Message-IDs and boundaries are fixed and
nothing is random, so running this again gives the same bytes:

    python3 tests/data/mail/make_corpus.py          # (re)write the corpus
    python3 tests/data/mail/check_corpus.py         # verify it

Needs Python 3.11 or later (`tomllib`) and `qrcode` (pip install qrcode) for
the QR matrix of the inline eSIM QR image; the PNG itself is written here
(1-bit greyscale, zlib level 9), and so is the PDF receipt.
"""

import base64
import binascii
import codecs
import io
import json
import re
import struct
import sys
import tomllib
import zlib
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATA = HERE / "mails.toml"

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


# The binary parts a leaf can name with `kind`: kind -> function of the
# mail's expected fields giving the part's bytes.
KINDS = {
    "receipt-pdf": lambda fields: receipt_pdf(),
    # The QR code of the mail's own activation code (en_esim_qr_sora has it
    # only in this image).
    "qr-png": lambda fields: qr_png(fields["activation_code"]),
}


# --------------------------------------------------------------------------
# Building a mail from its table in mails.toml
# --------------------------------------------------------------------------


def expected(table):
    """The .json object: every key of KEYS, null where the table has none."""
    fields = table.get("expected", {})
    assert set(fields) <= set(KEYS), set(fields) - set(KEYS)
    return {key: fields.get(key) for key in KEYS}


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
        value += '; name="%s"' % spec["filename"]
    return params_header("Content-Type", value)


def disposition(part, spec):
    """Adds the Content-Disposition of a part with a `disposition`."""
    if "disposition" in spec:
        part["Content-Disposition"] = params_header(
            "Content-Disposition",
            '%s; filename="%s"' % (spec["disposition"], spec["filename"]))


def build_part(spec, fields):
    """The MIME entity of a `body` (or `parts` entry) table:

    - `type = "multipart/…"`: `boundary`, its `parts` (each such a table),
      optional `params` and `preamble`;
    - `type = "message/rfc822"`: the attached mail as a `message` table (with
      `headers` and `body`), `filename` and `disposition`;
    - any other type: a leaf with `transfer` (its Content-Transfer-Encoding)
      and either `text` in `charset` (the codec of that name encodes it) or a
      generated `kind` of data (see KINDS); optional `params`, `content_id`,
      `filename` and `disposition`.

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
        raw = KINDS[spec["kind"]](fields)
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
    B (default) or Q."""
    head = table["headers"]
    charset, enc = head.get("charset", "UTF-8"), head.get("encoding", "B")
    msg = Message()
    msg["From"] = address("From", head["from"], charset, enc)
    msg["To"] = address("To", head["to"], charset, enc)
    msg["Subject"] = header_text("Subject", head["subject"], charset, enc)
    msg["Date"] = format_datetime(head["date"])
    msg["Message-ID"] = head["message_id"]
    msg["MIME-Version"] = "1.0"
    body = build_part(table["body"], fields)
    for name, value in body.items():
        msg[name] = value
    # The raw payload: get_payload() would decode 8-bit (surrogate) text.
    msg.set_payload(body._payload)
    if body.preamble is not None:
        msg.preamble = body.preamble
    return msg


def load(path=DATA):
    """The `[[mail]]` tables of mails.toml by name, in the file's order."""
    with open(path, "rb") as f:
        tables = tomllib.load(f)["mail"]
    return {table["name"]: table for table in tables}


MAILS = load()


def build(name):
    """The .eml bytes and .json text of the mail `name`."""
    table = MAILS[name]
    fields = expected(table)
    eml = to_bytes(build_mail(table, fields))
    js = json.dumps(fields, ensure_ascii=False, indent=2) + "\n"
    return eml, js


def main(out_dir=HERE):
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name in MAILS:
        eml, js = build(name)
        (out_dir / (name + ".eml")).write_bytes(eml)
        (out_dir / (name + ".json")).write_bytes(js.encode("utf-8"))
        print("%-22s %6d bytes" % (name + ".eml", len(eml)))


if __name__ == "__main__":
    main(*sys.argv[1:])
