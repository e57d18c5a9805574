#!/usr/bin/env python3
"""Writes the confirmation e-mail corpus in this folder.

Each mail is NAME.eml (the raw bytes a mail client saves: CRLF line ends,
RFC 2047 encoded-words in headers, the body in its declared charset and
transfer encoding) and NAME.json (what a reader should find in it).

The messages are built with the standard library's `email` package
(compat32 `Message` trees written by `BytesGenerator`); bodies are encoded
here with Python's codecs so that the charset and the transfer encoding are
exactly the ones chosen (the `email` package would otherwise turn Shift_JIS
and EUC-JP into ISO-2022-JP). Dates, Message-IDs and boundaries are fixed and
nothing is random, so running this again gives the same bytes:

    python3 tests/data/mail/make_corpus.py          # (re)write the corpus
    python3 tests/data/mail/check_corpus.py         # verify it

Needs `qrcode` (pip install qrcode) for the QR matrix of the inline eSIM
QR image; the PNG itself is written here (1-bit greyscale, zlib level 9).
"""

import base64
import binascii
import datetime
import io
import json
import struct
import sys
import zlib
from email.generator import BytesGenerator
from email.message import Message
from email.policy import compat32
from email.utils import format_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent

# compat32 with no line length writes headers exactly as given (folded here);
# CRLF as mail clients save .eml files.
POLICY = compat32.clone(linesep="\r\n", max_line_length=0)

JST = datetime.timezone(datetime.timedelta(hours=9), "JST")
CST = datetime.timezone(datetime.timedelta(hours=8), "CST")
UTC = datetime.timezone.utc

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

# The eSIM activation code that e-mail 6 carries only as an inline QR image.
QR_ONLY_CODE = "LPA:1$rsp.sora-esim.example$K2-7Q1ZX-9LQ3M8"


# --------------------------------------------------------------------------
# Encoding helpers
# --------------------------------------------------------------------------


def encoded_words(text, charset, codec=None, enc="B", first=75):
    """`text` as RFC 2047 encoded-words, split between characters (never
    inside a multibyte sequence; each ISO-2022-JP word starts and ends in
    ASCII): the first at most `first` characters long, the others at most 75.
    Spaces of `text` stay inside the words (the space between two
    encoded-words is not part of the text)."""
    codec = codec or charset

    def word(chunk):
        raw = chunk.encode(codec)
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


def header_text(name, text, charset="UTF-8", codec=None, enc="B"):
    """A header value: as is (folded at spaces) when ASCII, else encoded-words."""
    if text.isascii():
        return fold(name, text.split(" "))
    return fold(name, encoded_words(text, charset, codec, enc, first=76 - len(name) - 2))


def address(name, display, addr, charset="UTF-8", codec=None, enc="B"):
    """The header value `display <addr>`; `name` is the header's name."""
    if display.isascii():
        if any(c in display for c in '()<>[]:;@\\,."'):
            display = '"%s"' % display
        return fold(name, display.split(" ") + ["<%s>" % addr])
    words = encoded_words(display, charset, codec, enc, first=76 - len(name) - 2)
    return fold(name, words + ["<%s>" % addr])


def encode_text(text, codec):
    """`text` (with \\n line ends) in `codec`. ISO-2022-JP is encoded line by
    line so that every line ends back in ASCII (RFC 1468)."""
    if codec.replace("-", "_").lower() == "iso2022_jp":
        return b"\n".join(line.encode("iso2022_jp") for line in text.split("\n"))
    return text.encode(codec)


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


def leaf(ctype, cte, *, text=None, charset=None, codec=None, data=None,
         params="", headers=()):
    """A single-part MIME entity."""
    part = Message()
    if text is not None:
        if not text.endswith("\n"):
            text += "\n"
        raw = encode_text(text, codec or charset)
        part["Content-Type"] = params_header(
            "Content-Type", "%s; charset=%s%s" % (ctype, charset, params))
    else:
        raw = data
        part["Content-Type"] = params_header("Content-Type", ctype + params)
    part["Content-Transfer-Encoding"] = cte
    for name, value in headers:
        part[name] = value
    part.set_payload(transfer_encode(raw, cte))
    return part


def multipart(subtype, boundary, parts, *, params="", preamble=None):
    part = Message()
    part["Content-Type"] = params_header(
        "Content-Type", 'multipart/%s; boundary="%s"%s' % (subtype, boundary, params))
    for p in parts:
        part.attach(p)
    if preamble is not None:
        part.preamble = preamble
    return part


def attached_message(inner, filename):
    part = Message()
    part["Content-Type"] = params_header("Content-Type", 'message/rfc822; name="%s"' % filename)
    part["Content-Disposition"] = params_header(
        "Content-Disposition", 'attachment; filename="%s"' % filename)
    part.set_payload([inner])
    return part


def mail(headers, body):
    """A whole message: the top-level headers, then `body`'s MIME headers
    and content."""
    msg = Message()
    for name, value in headers:
        msg[name] = value
    msg["MIME-Version"] = "1.0"
    for name, value in body.items():
        msg[name] = value
    # The raw payload: get_payload() would decode 8-bit (surrogate) text.
    msg.set_payload(body._payload)
    if body.preamble is not None:
        msg.preamble = body.preamble
    return msg


def date_header(y, mo, d, h, mi, s, tz):
    return format_datetime(datetime.datetime(y, mo, d, h, mi, s, tzinfo=tz))


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


def qr_png(text, scale=8):
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


# --------------------------------------------------------------------------
# The e-mails. Each builder returns (message, expected fields).
# --------------------------------------------------------------------------


def expected(**fields):
    assert set(fields) <= set(KEYS), set(fields) - set(KEYS)
    return {key: fields.get(key) for key in KEYS}


def en_sora_topup():
    plain = """\
Hi Mei,

Thank you for topping up your Sora eSIM. Your new data pack is already
active on the eSIM in your phone — there is nothing to install.

Order ID:      SORA-77120
Order date:    November 10, 2026
Plan:          Japan 10 GB / 15 days
ICCID:         8981 1000 2215 2271 918

Plan price:                      ¥3,280 JPY
Loyalty discount (10th order):   -¥300 JPY
Total:                           ¥2,980 JPY
(includes consumption tax of ¥270 JPY)

Paid with Visa ending in 4242.

Valid from:    2026-11-10 21:14 (JST)
Valid until:   2026-11-25 23:59 (JST)

Keep this e-mail as your receipt. Do not delete the eSIM from your phone: a deleted eSIM cannot be reinstalled without buying a new one.

Sora eSIM · Shibuya, Tokyo · https://sora-esim.example/topup
"""
    html = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Top-up confirmed</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;color:#222">
<p>Hi Mei,</p>
<p>Thank you for topping up your Sora eSIM. Your new data pack is already active on the eSIM in your phone &mdash; there is nothing to install.</p>
<table cellspacing="0" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Order ID</th><td>SORA-77120</td></tr>
<tr><th align="left">Order date</th><td>November 10, 2026</td></tr>
<tr><th align="left">Plan</th><td>Japan 10 GB / 15 days</td></tr>
<tr><th align="left">ICCID</th><td>8981 1000 2215 2271 918</td></tr>
<tr><th align="left">Plan price</th><td align="right">¥3,280 JPY</td></tr>
<tr><th align="left">Loyalty discount (10th order)</th><td align="right">-¥300 JPY</td></tr>
<tr style="font-weight:bold"><th align="left">Total</th><td align="right">¥2,980 JPY</td></tr>
<tr><td colspan="2"><small>(includes consumption tax of ¥270 JPY)</small></td></tr>
<tr><th align="left">Valid from</th><td>2026-11-10 21:14 (JST)</td></tr>
<tr><th align="left">Valid until</th><td>2026-11-25 23:59 (JST)</td></tr>
</table>
<p>Keep this e-mail as your receipt. Do not delete the eSIM from your phone: a deleted eSIM cannot be reinstalled without buying a new one.</p>
<p style="color:#888">Sora eSIM &middot; Shibuya, Tokyo &middot; <a href="https://sora-esim.example/topup">sora-esim.example</a></p>
</body></html>
"""
    msg = mail(
        [
            ("From", address("From", "Sora eSIM", "orders@sora-esim.example")),
            ("To", address("To", "Mei Chen", "mei.chen@mail.example")),
            ("Subject", header_text("Subject", "Your top-up is confirmed — order SORA-77120", enc="Q")),
            ("Date", date_header(2026, 11, 10, 21, 14, 5, JST)),
            ("Message-ID", "<SORA-77120.20261110211405@mail.sora-esim.example>"),
        ],
        multipart("alternative", "=_sora_77120_alt", [
            leaf("text/plain", "quoted-printable", text=plain, charset="utf-8",
                 params="; format=fixed"),
            leaf("text/html", "quoted-printable", text=html, charset="utf-8"),
        ]),
    )
    return msg, expected(
        provider="Sora eSIM", order_number="SORA-77120", amount="2980",
        currency="JPY", date="2026-11-10", valid_until="2026-11-25T23:59:00+09:00",
        plan="Japan 10 GB / 15 days", iccid="8981100022152271918",
    )


def en_html_only_mirai():
    html = """\
<!DOCTYPE html>
<html lang="en">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Mirai Mobile &ndash; order confirmation</title>
<style type="text/css">
  body { font-family: Arial, sans-serif; }
  td.amount { text-align: right; font-family: monospace; }
  tr.total td { font-weight: bold; border-top: 1px solid #333; }
</style>
</head>
<body>
<div style="display:none;max-height:0;overflow:hidden">Your Visitor SIM is on its way&nbsp;&#8204;&nbsp;&#8204;</div>
<h1>Thanks for your order!</h1>
<p>Hello Lin,<br>your Mirai Mobile Visitor SIM ships today by Japan Post to your hotel.</p>
<table cellpadding="4" border="0">
<tr><td>Order No.</td><td>MM-WEB-60418</td></tr>
<tr><td>Product</td><td>Visitor SIM 30 days 20&nbsp;GB</td></tr>
<tr><td>ICCID</td><td>8981&nbsp;1000&nbsp;3318&nbsp;4405&nbsp;630</td></tr>
<tr><td>Expires</td><td>30&nbsp;Nov&nbsp;2026</td></tr>
</table>
<table cellpadding="4" border="0">
<tr><th>Item</th><th>Qty</th><th>Unit price</th><th>Amount</th></tr>
<tr><td>Visitor SIM 30 days 20&nbsp;GB</td><td>1</td><td class="amount">&yen;2,500</td><td class="amount">&yen;2,500</td></tr>
<tr><td>Delivery to your hotel</td><td>1</td><td class="amount">&yen;500</td><td class="amount">&yen;500</td></tr>
<tr><td colspan="3">Subtotal</td><td class="amount">&yen;3,000</td></tr>
<tr><td colspan="3">Consumption tax (10%)</td><td class="amount">&#xFFE5;300</td></tr>
<tr class="total"><td colspan="3">Total</td><td class="amount">&yen;3,300</td></tr>
</table>
<p>All prices are in Japanese yen and include consumption tax.<br>
Terms &amp; conditions: <a href="https://mirai-mobile.example/terms">mirai-mobile.example/terms</a></p>
<p style="font-size:small;color:#777">Mirai Mobile K.K. &bull; Shinjuku, Tokyo</p>
</body>
</html>
"""
    msg = mail(
        [
            ("From", address("From", "Mirai Mobile", "no-reply@mirai-mobile.example")),
            ("To", address("To", "Lin Chen", "lin.chen@mail.example")),
            ("Subject", "Your order MM-WEB-60418 is confirmed"),
            # Half an hour after midnight in Japan: still 31 October in UTC.
            ("Date", date_header(2026, 11, 1, 0, 30, 0, JST)),
            ("Message-ID", "<MM-WEB-60418.1793460600@mirai-mobile.example>"),
        ],
        leaf("text/html", "base64", text=html, charset="UTF-8"),
    )
    return msg, expected(
        provider="Mirai Mobile", order_number="MM-WEB-60418", amount="3300",
        currency="JPY", date="2026-11-01", valid_until="2026-11-30",
        plan="Visitor SIM 30 days 20 GB", iccid="8981100033184405630",
    )


def en_ambiguous_yen():
    plain = """\
Your Kumo Data order

Hello,

thanks for choosing Kumo Data. Your eSIM is ready to install.

Order number: KD-48213
Order date: 2026-10-02
Plan: Asia Pacific 10 GB / 15 days

Plan price        ¥3,280
Coupon WELCOME    -¥300
Total             ¥2,980

Valid until: 2026-10-17

Activation code: LPA:1$rsp.kumodata.com$KD-48213-7HQ2VX

Install the eSIM over WiFi before you travel. The code works only once.

Questions? Just reply to this e-mail.
Kumo Data
"""
    msg = mail(
        [
            ("From", address("From", "Kumo Data", "billing@kumodata.com")),
            ("To", "mei.chen@mail.example"),
            ("Subject", "Your Kumo Data order KD-48213"),
            ("Date", date_header(2026, 10, 2, 3, 15, 22, UTC)),
            ("Message-ID", "<20261002031522.KD-48213@kumodata.com>"),
        ],
        leaf("text/plain", "8bit", text=plain, charset="UTF-8"),
    )
    return msg, expected(
        provider="Kumo Data", order_number="KD-48213", amount="2980",
        currency=None,
        currency_note="bare ¥ in an English e-mail from a .com sender, "
                      "no 円/元/JPY/CNY/yen/yuan: yen or yuan",
        date="2026-10-02", valid_until="2026-10-17",
        plan="Asia Pacific 10 GB / 15 days",
        activation_code="LPA:1$rsp.kumodata.com$KD-48213-7HQ2VX",
    )


def en_forwarded_tabi():
    inner_plain = """\
Dear Lin Chen,

your pocket WiFi rental is booked. The router will be waiting at your hotel's front desk on the day you arrive.

Order No.: TW-2026-118834
Order date: 12 Nov 2026
Plan: Unlimited 5G router
Device: GW-5G-00912

Router rental, 7 days × ¥1,100 ........ ¥7,700
Damage cover, 7 days × ¥220 ............ ¥1,540
Hotel delivery ......................... ¥550
Coupon FREESHIP ........................ -¥550
Total (JPY, tax included) .............. ¥9,240

Valid until: 19 Nov 2026, 21:00 JST
Return the router in the prepaid envelope by then (any post box in Japan).
Late return: ¥1,650 per day.

Tabi WiFi Rental
https://tabi-wifi.example/extend · help@tabi-wifi.example
"""
    inner = mail(
        [
            ("From", address("From", "Tabi WiFi Rental", "booking@tabi-wifi.example")),
            ("To", address("To", "Lin Chen", "lin.chen@mail.example")),
            ("Subject", "Your booking is confirmed: TW-2026-118834"),
            ("Date", date_header(2026, 11, 12, 10, 2, 11, JST)),
            ("Message-ID", "<booking.TW-2026-118834@tabi-wifi.example>"),
        ],
        leaf("text/plain", "quoted-printable", text=inner_plain, charset="utf-8"),
    )
    outer_plain = """\
Dad, see below — the router booking for our trip. I paid it with PayPal,
please keep it with the other receipts.

Lin
"""
    msg = mail(
        [
            ("From", address("From", "Lin Chen", "lin.chen@mail.example")),
            ("To", address("To", "Wei Chen", "wei.chen@mail.example")),
            ("Subject", "Fwd: Your booking is confirmed: TW-2026-118834"),
            ("Date", date_header(2026, 11, 14, 8, 3, 51, CST)),
            ("Message-ID", "<fwd-20261114080351.lin.chen@mail.example>"),
        ],
        multipart("mixed", "------------fwd-TW2026118834-mixed", [
            leaf("text/plain", "quoted-printable", text=outer_plain, charset="UTF-8",
                 params="; format=flowed"),
            attached_message(inner, "Your booking is confirmed TW-2026-118834.eml"),
        ], preamble="This is a multi-part message in MIME format."),
    )
    return msg, expected(
        provider="Tabi WiFi Rental", order_number="TW-2026-118834", amount="9240",
        currency="JPY", date="2026-11-12", valid_until="2026-11-19T21:00:00+09:00",
        plan="Unlimited 5G router",
    )


def en_pdf_receipt_sora():
    plain = """\
Receipt for your Sora eSIM order

Order ID: SORA-77544
Order date: 2026-11-26
Plan: Japan 20 GB / 30 days
ICCID: 8981100022152271918

Plan price:            JPY 4,980
Sora points used:     -JPY 500
Amount paid:           JPY 4,480
  of which consumption tax (10%): JPY 407

Valid until: 2026-12-25

The receipt is attached as a PDF for your records.

Sora eSIM
"""
    msg = mail(
        [
            ("From", address("From", "Sora eSIM", "receipts@sora-esim.example")),
            ("To", address("To", "Mei Chen", "mei.chen@mail.example")),
            ("Subject", "Receipt for order SORA-77544"),
            ("Date", date_header(2026, 11, 26, 7, 45, 0, JST)),
            ("Message-ID", "<receipt.SORA-77544@mail.sora-esim.example>"),
        ],
        multipart("mixed", "=_sora_77544_mixed", [
            leaf("text/plain", "7bit", text=plain, charset="us-ascii"),
            leaf("application/pdf", "base64", data=receipt_pdf(),
                 params='; name="receipt-SORA-77544.pdf"',
                 headers=[("Content-Disposition",
                           'attachment; filename="receipt-SORA-77544.pdf"')]),
        ]),
    )
    return msg, expected(
        provider="Sora eSIM", order_number="SORA-77544", amount="4480",
        currency="JPY", date="2026-11-26", valid_until="2026-12-25",
        plan="Japan 20 GB / 30 days", iccid="8981100022152271918",
    )


def en_esim_qr_sora():
    plain = """\
Your new Sora eSIM is ready.

Order ID: SORA-78002
Order date: 2026-12-01
Plan: Japan Unlimited 7 days
ICCID: 8981 1000 2215 3300 179

Subtotal: 4,528 yen
Consumption tax: 452 yen
Total: 4,980 yen

Valid until: 2026-12-31 23:59 (JST)

To install: open this e-mail on another screen, then on your phone go to
Settings > Mobile data > Add eSIM and scan the QR code. Install it over
WiFi. The QR code can be installed only once: do not share it.

Sora eSIM
"""
    html = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Your eSIM</title></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<h2>Your new Sora eSIM is ready</h2>
<table cellpadding="5">
<tr><td>Order ID</td><td>SORA-78002</td></tr>
<tr><td>Order date</td><td>2026-12-01</td></tr>
<tr><td>Plan</td><td>Japan Unlimited 7 days</td></tr>
<tr><td>ICCID</td><td>8981 1000 2215 3300 179</td></tr>
<tr><td>Subtotal</td><td>4,528 yen</td></tr>
<tr><td>Consumption tax</td><td>452 yen</td></tr>
<tr><td><b>Total</b></td><td><b>4,980 yen</b></td></tr>
<tr><td>Valid until</td><td>2026-12-31 23:59 (JST)</td></tr>
</table>
<p>Scan this QR code with your phone (Settings &gt; Mobile data &gt; Add eSIM), over WiFi:</p>
<p><img src="cid:qr-SORA-78002@sora-esim.example" alt="eSIM QR code" width="{size}" height="{size}"></p>
<p>The QR code can be installed only once: do not share it.</p>
</body></html>
"""
    png = qr_png(QR_ONLY_CODE)
    html = html.replace("{size}", str(struct.unpack(">I", png[16:20])[0]))
    msg = mail(
        [
            ("From", address("From", "Sora eSIM", "esim@sora-esim.example")),
            ("To", address("To", "Wei Chen", "wei.chen@mail.example")),
            ("Subject", header_text("Subject", "Your new eSIM is ready — scan the QR code", enc="Q")),
            ("Date", date_header(2026, 12, 1, 18, 20, 44, JST)),
            ("Message-ID", "<esim.SORA-78002@mail.sora-esim.example>"),
        ],
        multipart("alternative", "=_sora_78002_alt", [
            leaf("text/plain", "quoted-printable", text=plain, charset="utf-8"),
            multipart("related", "=_sora_78002_rel", [
                leaf("text/html", "quoted-printable", text=html, charset="utf-8"),
                leaf("image/png", "base64", data=png, params='; name="esim-qr.png"',
                     headers=[("Content-ID", "<qr-SORA-78002@sora-esim.example>"),
                              ("Content-Disposition", 'inline; filename="esim-qr.png"')]),
            ], params='; type="text/html"'),
        ]),
    )
    return msg, expected(
        provider="Sora eSIM", order_number="SORA-78002", amount="4980",
        currency="JPY", date="2026-12-01", valid_until="2026-12-31T23:59:00+09:00",
        plan="Japan Unlimited 7 days", iccid="8981100022153300179",
        activation_code=QR_ONLY_CODE,
    )


def ja_iso2022_mirai():
    plain = """\
陳 偉 様

ミライモバイル 新宿店をご利用いただき、ありがとうございます。
ご注文内容をお知らせします。

ご注文番号：MM-STORE-5521
ご注文日：2026年10月30日
商品名：訪日SIM 30日 20GB
ICCID：8981100033184405622
電話番号：080-1234-5678

単価　　　　　　￥3,000
数量　　　　　　1
小計　　　　　　￥3,000
消費税（10%）　 ￥300
合計　　　　　　￥3,300（税込）

有効期限：2026年11月28日

※表示価格はすべて日本円です。
※有効期限を過ぎるとデータ通信はご利用いただけません。
────────────────────
ミライモバイル 新宿店
https://mirai-mobile.example/visitor
"""
    msg = mail(
        [
            ("From", address("From", "ミライモバイル 新宿店", "store@mirai-mobile.example",
                             "ISO-2022-JP", "iso2022_jp")),
            ("To", "wei.chen@mail.example"),
            ("Subject", header_text("Subject", "【ミライモバイル】ご購入ありがとうございます（ご注文番号 MM-STORE-5521）",
                                    "ISO-2022-JP", "iso2022_jp")),
            ("Date", date_header(2026, 10, 30, 14, 5, 33, JST)),
            ("Message-ID", "<20261030140533.MM-STORE-5521@store.mirai-mobile.example>"),
        ],
        leaf("text/plain", "7bit", text=plain, charset="ISO-2022-JP", codec="iso2022_jp"),
    )
    return msg, expected(
        provider="Mirai Mobile", order_number="MM-STORE-5521", amount="3300",
        currency="JPY", date="2026-10-30", valid_until="2026-11-28",
        plan="訪日SIM 30日 20GB", iccid="8981100033184405622",
    )


def ja_sjis_mirai():
    plain = """\
陳 偉 様

いつもミライモバイルをご利用いただき、ありがとうございます。
ご利用期間の延長のお手続きが完了しました。

■ご注文内容
ご注文番号：MM-TOPUP-30917
ご注文日：２０２６年１１月２８日
商品名：期間延長 30日 20GB
ICCID：8981 1000 3318 4405 622

■ご請求内容
延長料金：３，０００円
消費税（１０％）：３００円
ご請求金額：３，３００円

■有効期限
有効期限：２０２６年１２月２８日まで

本メールは送信専用です。ご返信いただいてもお答えできません。
ミライモバイル お客様センター
"""
    msg = mail(
        [
            ("From", address("From", "ミライモバイル お客様センター", "support@mirai-mobile.example",
                             "Shift_JIS", "shift_jis")),
            ("To", "wei.chen@mail.example"),
            ("Subject", header_text("Subject", "【ミライモバイル】ご利用期間延長のお手続きが完了しました",
                                    "Shift_JIS", "shift_jis")),
            ("Date", date_header(2026, 11, 28, 11, 5, 9, JST)),
            ("Message-ID", "<MM-TOPUP-30917.20261128110509@mirai-mobile.example>"),
        ],
        leaf("text/plain", "quoted-printable", text=plain, charset="Shift_JIS",
             codec="shift_jis"),
    )
    return msg, expected(
        provider="Mirai Mobile", order_number="MM-TOPUP-30917", amount="3300",
        currency="JPY", date="2026-11-28", valid_until="2026-12-28",
        plan="期間延長 30日 20GB", iccid="8981100033184405622",
    )


def ja_eucjp_tabi():
    plain = """\
陳 琳 様

タビWiFiレンタルをご利用いただき、誠にありがとうございます。
レンタル期間の延長を承りました。

予約番号：TW-2026-118834
ご注文日：2026/11/18
プラン：無制限5Gルーター
端末番号：GW-5G-00912

延長期間：3日間
延長料金：1,100円 × 3日 = 3,300円
安心補償：220円 × 3日 = 660円
合計金額：3,960円（税込）

利用期限：2026年11月22日 21:00 (JST)
上記の利用期限までに、同封の返却用封筒でポストにご投函ください。
期限を過ぎた場合、延滞料金として1日あたり1,650円を頂戴します。

タビWiFiレンタル
https://tabi-wifi.example/extend
"""
    msg = mail(
        [
            ("From", address("From", "タビWiFiレンタル", "rental@tabi-wifi.example", "EUC-JP", "euc_jp")),
            ("To", "lin.chen@mail.example"),
            ("Subject", header_text("Subject", "【タビWiFiレンタル】レンタル期間延長のご案内（予約番号 TW-2026-118834）",
                                    "EUC-JP", "euc_jp")),
            ("Date", date_header(2026, 11, 18, 9, 12, 40, JST)),
            ("Message-ID", "<ext.TW-2026-118834.20261118@tabi-wifi.example>"),
        ],
        leaf("text/plain", "8bit", text=plain, charset="EUC-JP", codec="euc_jp"),
    )
    return msg, expected(
        provider="Tabi WiFi Rental", order_number="TW-2026-118834", amount="3960",
        currency="JPY", date="2026-11-18", valid_until="2026-11-22T21:00:00+09:00",
        plan="無制限5Gルーター",
    )


def zh_gbk_taobao():
    plain = """\
亲爱的买家，您好！

您在「东京流量小铺」购买的宝贝已发货（电子凭证，无需物流）。

订单编号：TB2026-0931-4471
下单时间：2026-10-10 20:31:07
商品：日本eSIM 10GB 15天 高速流量
数量：1
单价：￥159.00
店铺优惠：-￥10.00
运费：￥0.00
商品总价：￥159.00
实付款：￥149.00 元

有效期至：2026-10-25
ICCID：8981100022152271918
激活码：LPA:1$rsp.sora-esim.example$TB-4471-8M2KQ0

安装方法：设置 > 蜂窝网络 > 添加eSIM > 手动输入，粘贴上面的激活码。
请在连接WiFi时安装，eSIM只能安装一次。

东京流量小铺 祝您旅途愉快
"""
    html = """\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>
<body style="font-size:14px">
<p>亲爱的买家，您好！</p>
<p>您在「东京流量小铺」购买的宝贝已发货（电子凭证，无需物流）。</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>订单编号</td><td>TB2026-0931-4471</td></tr>
<tr><td>下单时间</td><td>2026-10-10 20:31:07</td></tr>
<tr><td>商品</td><td>日本eSIM 10GB 15天 高速流量</td></tr>
<tr><td>数量</td><td>1</td></tr>
<tr><td>单价</td><td>￥159.00</td></tr>
<tr><td>店铺优惠</td><td>-￥10.00</td></tr>
<tr><td>运费</td><td>￥0.00</td></tr>
<tr><td>商品总价</td><td>￥159.00</td></tr>
<tr><td><b>实付款</b></td><td><b style="color:#f40">￥149.00 元</b></td></tr>
<tr><td>有效期至</td><td>2026-10-25</td></tr>
<tr><td>ICCID</td><td>8981100022152271918</td></tr>
<tr><td>激活码</td><td>LPA:1$rsp.sora-esim.example$TB-4471-8M2KQ0</td></tr>
</table>
<p>安装方法：设置 &gt; 蜂窝网络 &gt; 添加eSIM &gt; 手动输入，粘贴上面的激活码。<br>请在连接WiFi时安装，eSIM只能安装一次。</p>
<p>东京流量小铺 祝您旅途愉快</p>
</body></html>
"""
    msg = mail(
        [
            ("From", address("From", "东京流量小铺", "shop@taobao-notice.example", "GBK", "gbk")),
            ("To", "mei.chen@mail.example"),
            ("Subject", header_text("Subject", "您的订单 TB2026-0931-4471 已发货：日本eSIM 10GB 15天",
                                    "GBK", "gbk")),
            ("Date", date_header(2026, 10, 10, 20, 35, 12, CST)),
            ("Message-ID", "<TB2026-0931-4471.20261010203512@taobao-notice.example>"),
        ],
        multipart("alternative", "----=_NextPart_TB2026_0931_4471", [
            leaf("text/plain", "base64", text=plain, charset="GBK", codec="gbk"),
            leaf("text/html", "base64", text=html, charset="GBK", codec="gbk"),
        ]),
    )
    return msg, expected(
        provider="东京流量小铺", order_number="TB2026-0931-4471", amount="149.00",
        currency="CNY", date="2026-10-10", valid_until="2026-10-25",
        plan="日本eSIM 10GB 15天 高速流量", iccid="8981100022152271918",
        activation_code="LPA:1$rsp.sora-esim.example$TB-4471-8M2KQ0",
    )


def zh_gb18030_cn():
    plain = """\
尊敬的用户：

您的订单已支付成功，感谢您选择智旅流量 ✈

订单号：ZL20261105883201
下单时间：2026年11月05日 14:22
套餐：日本 5GB 7天
套餐原价：￥98.00
优惠券：-￥10.00
支付金额：￥88.00
到期时间：2026-11-12 23:59（北京时间）

ICCID：8986 0312 3456 7890 1235
激活码：LPA:1$smdp.zhilv-esim.cn$ZL-883201-Q7XK

温馨提示：请在出发前连接WiFi安装eSIM，激活码只能使用一次，请勿转发。
智旅流量客服
"""
    msg = mail(
        [
            ("From", address("From", "智旅流量", "noreply@zhilv-esim.cn", "GB18030", "gb18030")),
            ("To", "mei.chen@mail.example"),
            ("Subject", header_text("Subject", "支付成功：日本 5GB 7天 eSIM", "GB18030", "gb18030")),
            ("Date", date_header(2026, 11, 5, 14, 22, 31, CST)),
            ("Message-ID", "<ZL20261105883201@zhilv-esim.cn>"),
        ],
        leaf("text/plain", "8bit", text=plain, charset="GB18030", codec="gb18030"),
    )
    return msg, expected(
        provider="智旅流量", order_number="ZL20261105883201", amount="88.00",
        currency="CNY", date="2026-11-05", valid_until="2026-11-12T23:59:00+08:00",
        plan="日本 5GB 7天", iccid="89860312345678901235",
        activation_code="LPA:1$smdp.zhilv-esim.cn$ZL-883201-Q7XK",
    )


def zh_big5_tw():
    plain = """\
親愛的 陳琳 您好：

感謝您的訂購，付款成功！我們將於 2 個工作天內以黑貓宅急便寄出。

訂單編號：TW20261101-0457
訂購日期：2026/11/01
方案：日本上網卡 8天 吃到飽
ICCID：8981 2000 1234 5678 904

商品金額：NT$ 420
運費：NT$ 60
折扣碼 JAPAN30：-NT$ 30
總金額：NT$ 450

有效期限：2026/12/31（請於此日期前開通）

許多旅客詢問：抵達日本後插卡並開啟數據漫遊即可使用。
日本網卡專賣店 敬上
"""
    msg = mail(
        [
            ("From", address("From", "日本網卡專賣店", "service@jpsim-tw.example", "Big5", "big5")),
            ("To", "lin.chen@mail.example"),
            ("Subject", header_text("Subject", "訂單成立通知：TW20261101-0457", "Big5", "big5")),
            ("Date", date_header(2026, 11, 1, 16, 40, 0, CST)),
            ("Message-ID", "<order.TW20261101-0457@jpsim-tw.example>"),
        ],
        leaf("text/plain", "quoted-printable", text=plain, charset="Big5", codec="big5"),
    )
    return msg, expected(
        provider="日本網卡專賣店", order_number="TW20261101-0457", amount="450",
        currency="TWD", date="2026-11-01", valid_until="2026-12-31",
        plan="日本上網卡 8天 吃到飽", iccid="8981200012345678904",
    )


def en_usd_tabi():
    plain = """\
Hello Lin Chen,

we extended your pocket WiFi rental. Thank you!

Order No.: TW-EXT-20931
Order date: Nov 21, 2026
Booking: TW-2026-118834
Plan: Unlimited 5G router

Extension, 3 days ............ US$12.00
Damage cover, 3 days ......... US$1.63
Subtotal ..................... US$13.63
Sales tax (10%) .............. US$1.36
Total ........................ US$14.99

Valid until: Nov 25, 2026 9:00 PM (GMT+9)
Late return fee: US$11.00 per day.

Charged to PayPal (lin.chen@mail.example) in US dollars.
Tabi WiFi Rental - https://tabi-wifi.example/extend
"""
    html = """\
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif">
<p>Hello Lin Chen,</p>
<p>we extended your pocket WiFi rental. Thank you!</p>
<table cellpadding="4">
<tr><td>Order No.:</td><td>TW-EXT-20931</td></tr>
<tr><td>Order date:</td><td>Nov 21, 2026</td></tr>
<tr><td>Booking:</td><td>TW-2026-118834</td></tr>
<tr><td>Plan:</td><td>Unlimited 5G router</td></tr>
<tr><td>Extension, 3 days</td><td align="right">US$12.00</td></tr>
<tr><td>Damage cover, 3 days</td><td align="right">US$1.63</td></tr>
<tr><td>Subtotal</td><td align="right">US$13.63</td></tr>
<tr><td>Sales tax (10%)</td><td align="right">US$1.36</td></tr>
<tr><td><strong>Total</strong></td><td align="right"><strong>US$14.99</strong></td></tr>
<tr><td>Valid until:</td><td>Nov 25, 2026 9:00 PM (GMT+9)</td></tr>
</table>
<p>Late return fee: US$11.00 per day.</p>
<p>Charged to PayPal (lin.chen@mail.example) in US dollars.<br>Tabi WiFi Rental &ndash; <a href="https://tabi-wifi.example/extend">tabi-wifi.example</a></p>
</body></html>
"""
    msg = mail(
        [
            ("From", address("From", "Tabi WiFi Rental", "billing@tabi-wifi.example")),
            ("To", address("To", "Lin Chen", "lin.chen@mail.example")),
            ("Subject", "Receipt: rental extension TW-EXT-20931"),
            ("Date", date_header(2026, 11, 21, 4, 10, 0, UTC)),
            ("Message-ID", "<receipt.TW-EXT-20931@tabi-wifi.example>"),
        ],
        multipart("alternative", "b1_TW_EXT_20931", [
            leaf("text/plain", "7bit", text=plain, charset="us-ascii"),
            leaf("text/html", "quoted-printable", text=html, charset="UTF-8"),
        ]),
    )
    return msg, expected(
        provider="Tabi WiFi Rental", order_number="TW-EXT-20931", amount="14.99",
        currency="USD", date="2026-11-21", valid_until="2026-11-25T21:00:00+09:00",
        plan="Unlimited 5G router",
    )


def ja_utf8_sakura():
    plain = """\
陳 偉 様

サクラプリペイドをご利用いただき、ありがとうございます。
データチャージが完了しました。

ご注文番号：SP-20261115-0042
ご注文日：2026年11月15日
商品名：データチャージ 3GB（30日間）
単価：￥1,000
消費税：￥100
ポイント利用：￥0
お支払い金額：￥1,100
有効期限：2026年12月15日

※チャージしたデータ容量は、有効期限を過ぎると失効します。
サクラプリペイド株式会社
"""
    html = """\
<!DOCTYPE html>
<html lang="ja"><head><meta charset="UTF-8"><title>データチャージ完了のお知らせ</title></head>
<body>
<p>陳 偉 様</p>
<p>サクラプリペイドをご利用いただき、ありがとうございます。<br>データチャージが完了しました。</p>
<table border="1" cellspacing="0" cellpadding="6">
<tr><th>ご注文番号</th><td>SP-20261115-0042</td></tr>
<tr><th>ご注文日</th><td>2026年11月15日</td></tr>
<tr><th>商品名</th><td>データチャージ 3GB（30日間）</td></tr>
<tr><th>単価</th><td>￥1,000</td></tr>
<tr><th>消費税</th><td>￥100</td></tr>
<tr><th>ポイント利用</th><td>￥0</td></tr>
<tr><th>お支払い金額</th><td><strong>￥1,100</strong></td></tr>
<tr><th>有効期限</th><td>2026年12月15日</td></tr>
</table>
<p>※チャージしたデータ容量は、有効期限を過ぎると失効します。</p>
<p>サクラプリペイド株式会社</p>
</body></html>
"""
    msg = mail(
        [
            ("From", address("From", "サクラプリペイド", "info@sakura-prepaid.co.jp")),
            ("To", "wei.chen@mail.example"),
            ("Subject", header_text("Subject", "【サクラプリペイド】データチャージ完了のお知らせ")),
            ("Date", date_header(2026, 11, 15, 19, 30, 12, JST)),
            ("Message-ID", "<SP-20261115-0042@mail.sakura-prepaid.co.jp>"),
        ],
        multipart("alternative", "__sakura_SP-20261115-0042__", [
            leaf("text/plain", "base64", text=plain, charset="UTF-8"),
            leaf("text/html", "quoted-printable", text=html, charset="UTF-8"),
        ]),
    )
    return msg, expected(
        provider="サクラプリペイド", order_number="SP-20261115-0042", amount="1100",
        currency="JPY", date="2026-11-15", valid_until="2026-12-15",
        plan="データチャージ 3GB（30日間）",
    )


MAILS = {
    "en_sora_topup": en_sora_topup,
    "en_html_only_mirai": en_html_only_mirai,
    "en_ambiguous_yen": en_ambiguous_yen,
    "en_forwarded_tabi": en_forwarded_tabi,
    "en_pdf_receipt_sora": en_pdf_receipt_sora,
    "en_esim_qr_sora": en_esim_qr_sora,
    "ja_iso2022_mirai": ja_iso2022_mirai,
    "ja_sjis_mirai": ja_sjis_mirai,
    "ja_eucjp_tabi": ja_eucjp_tabi,
    "zh_gbk_taobao": zh_gbk_taobao,
    "zh_gb18030_cn": zh_gb18030_cn,
    "zh_big5_tw": zh_big5_tw,
    "en_usd_tabi": en_usd_tabi,
    "ja_utf8_sakura": ja_utf8_sakura,
}


def build(name):
    """The .eml bytes and .json text of the mail `name`."""
    msg, fields = MAILS[name]()
    eml = to_bytes(msg)
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
