#!/usr/bin/env python3
"""Checks a confirmation corpus: by default the e-mail corpus in this folder,
or the corpus in FOLDER (a folder with a mails.toml, e.g.
tests/data/confirmations/dev).

    python3 tests/data/mail/check_corpus.py [FOLDER ...]

- make_corpus.py regenerates every file byte for byte (PDFs: see PINNED),
  and the folder holds exactly the files it makes;
- every .eml parses with the standard library (policy.default) without
  defects, with CRLF lines, ASCII headers and the charsets and transfer
  encodings its table declares;
- every .json has exactly the expected keys, each a string or null (and an
  optional `why_missing` object naming null fields);
- every expected value is really in the decoded e-mail (or PDF): on a line
  with its label (or in the From/Date header), and the value as written
  normalises to the expected one (amounts, dates, ICCIDs are re-derived here
  independently of make_corpus.py); a null field has no evidence;
- "¥" decisions: the word that decides the currency is there, or (decided by
  language/domain, or left open) no currency word at all is there;
- every e-mail has other amounts besides the total;
- PDFs: valid, every font embedded (or one of the standard 14), the fixed
  creation date, and their extracted text (pypdf) holds the evidence;
- the QR-only activation code is in no text part, and the inline PNG decodes
  to it (zxing-cpp when installed) and is the PNG make_corpus.py draws for it;
- the hand-written PDF of tests/data/mail is a valid one-page PDF showing
  "Receipt" (its xref offsets checked here).

The evidence of tests/data/mail is written below (E, CURRENCY_BASIS,
PARTS); other corpora give theirs in a `check` table per mail or document
in their mails.toml (its format is described at the top of that file).
"""

import contextlib
import datetime
import html
import io
import json
import re
import sys
import tempfile
import unicodedata
from email import message_from_bytes, policy
from email.utils import parseaddr, parsedate_to_datetime
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the corpus folder
import make_corpus  # noqa: E402

# The PDFs of kind "pdf" and [[document]] are byte-identical only with the
# versions they were made with (fpdf2 lays out and compresses them, fontTools
# subsets and converts the font). With other versions the check compares
# what the files say instead: the same headers and text parts, and the same
# text extracted from every PDF.
PINNED = {"fpdf2": "2.8.9", "fonttools": "4.68.0"}

KEYS = [
    "provider", "order_number", "amount", "currency", "currency_note",
    "date", "valid_until", "plan", "iccid", "activation_code",
]

# ---------------------------------------------------------------------------
# The e-mail corpus of issue 17 (tests/data/mail): its evidence lives here.
# Newer corpora write theirs into their mails.toml as [mail.check] tables.
# ---------------------------------------------------------------------------

HOUSEHOLD = {
    "sora-esim.example": "Sora eSIM",
    "mirai-mobile.example": "Mirai Mobile",
    "tabi-wifi.example": "Tabi WiFi Rental",
}

# (label, value as written) per field; "header" means the From or Date header.
E = {
    "en_sora_topup": dict(
        order_number=("Order ID", "SORA-77120"),
        amount=("Total", "¥2,980 JPY"),
        date=("Order date", "November 10, 2026"),
        valid_until=("Valid until", "2026-11-25 23:59 (JST)"),
        plan=("Plan", "Japan 10 GB / 15 days"),
        iccid=("ICCID", "8981 1000 2215 2271 918"),
    ),
    "en_html_only_mirai": dict(
        order_number=("Order No.", "MM-WEB-60418"),
        amount=("Total", "¥3,300"),
        date="header",
        valid_until=("Expires", "30\u00a0Nov\u00a02026"),
        plan=("Product", "Visitor SIM 30 days 20\u00a0GB"),
        iccid=("ICCID", "8981\u00a01000\u00a03318\u00a04405\u00a0630"),
    ),
    "en_ambiguous_yen": dict(
        order_number=("Order number:", "KD-48213"),
        amount=("Total", "¥2,980"),
        date=("Order date:", "2026-10-02"),
        valid_until=("Valid until:", "2026-10-17"),
        plan=("Plan:", "Asia Pacific 10 GB / 15 days"),
        activation_code=("Activation code:", "LPA:1$rsp.kumodata.com$KD-48213-7HQ2VX"),
    ),
    "en_forwarded_tabi": dict(
        order_number=("Order No.:", "TW-2026-118834"),
        amount=("Total (JPY, tax included)", "¥9,240"),
        date=("Order date:", "12 Nov 2026"),
        valid_until=("Valid until:", "19 Nov 2026, 21:00 JST"),
        plan=("Plan:", "Unlimited 5G router"),
    ),
    "en_pdf_receipt_sora": dict(
        order_number=("Order ID:", "SORA-77544"),
        amount=("Amount paid:", "JPY 4,480"),
        date=("Order date:", "2026-11-26"),
        valid_until=("Valid until:", "2026-12-25"),
        plan=("Plan:", "Japan 20 GB / 30 days"),
        iccid=("ICCID:", "8981100022152271918"),
    ),
    "en_esim_qr_sora": dict(
        order_number=("Order ID", "SORA-78002"),
        amount=("Total", "4,980 yen"),
        date=("Order date", "2026-12-01"),
        valid_until=("Valid until", "2026-12-31 23:59 (JST)"),
        plan=("Plan", "Japan Unlimited 7 days"),
        iccid=("ICCID", "8981 1000 2215 3300 179"),
        activation_code="qr",
    ),
    "ja_iso2022_mirai": dict(
        order_number=("ご注文番号：", "MM-STORE-5521"),
        amount=("合計", "￥3,300（税込）"),
        date=("ご注文日：", "2026年10月30日"),
        valid_until=("有効期限：", "2026年11月28日"),
        plan=("商品名：", "訪日SIM 30日 20GB"),
        iccid=("ICCID：", "8981100033184405622"),
    ),
    "ja_sjis_mirai": dict(
        order_number=("ご注文番号：", "MM-TOPUP-30917"),
        amount=("ご請求金額：", "３，３００円"),
        date=("ご注文日：", "２０２６年１１月２８日"),
        valid_until=("有効期限：", "２０２６年１２月２８日まで"),
        plan=("商品名：", "期間延長 30日 20GB"),
        iccid=("ICCID：", "8981 1000 3318 4405 622"),
    ),
    "ja_eucjp_tabi": dict(
        order_number=("予約番号：", "TW-2026-118834"),
        amount=("合計金額：", "3,960円（税込）"),
        date=("ご注文日：", "2026/11/18"),
        valid_until=("利用期限：", "2026年11月22日 21:00 (JST)"),
        plan=("プラン：", "無制限5Gルーター"),
    ),
    "zh_gbk_taobao": dict(
        order_number=("订单编号", "TB2026-0931-4471"),
        amount=("实付款", "￥149.00 元"),
        date=("下单时间", "2026-10-10 20:31:07"),
        valid_until=("有效期至", "2026-10-25"),
        plan=("商品", "日本eSIM 10GB 15天 高速流量"),
        iccid=("ICCID", "8981100022152271918"),
        activation_code=("激活码", "LPA:1$rsp.sora-esim.example$TB-4471-8M2KQ0"),
    ),
    "zh_gb18030_cn": dict(
        order_number=("订单号：", "ZL20261105883201"),
        amount=("支付金额：", "￥88.00"),
        date=("下单时间：", "2026年11月05日 14:22"),
        valid_until=("到期时间：", "2026-11-12 23:59（北京时间）"),
        plan=("套餐：", "日本 5GB 7天"),
        iccid=("ICCID：", "8986 0312 3456 7890 1235"),
        activation_code=("激活码：", "LPA:1$smdp.zhilv-esim.cn$ZL-883201-Q7XK"),
    ),
    "zh_big5_tw": dict(
        order_number=("訂單編號：", "TW20261101-0457"),
        amount=("總金額：", "NT$ 450"),
        date=("訂購日期：", "2026/11/01"),
        valid_until=("有效期限：", "2026/12/31"),
        plan=("方案：", "日本上網卡 8天 吃到飽"),
        iccid=("ICCID：", "8981 2000 1234 5678 904"),
    ),
    "en_usd_tabi": dict(
        order_number=("Order No.", "TW-EXT-20931"),
        amount=("Total", "US$14.99"),
        date=("Order date", "Nov 21, 2026"),
        valid_until=("Valid until", "Nov 25, 2026 9:00 PM (GMT+9)"),
        plan=("Plan", "Unlimited 5G router"),
    ),
    "ja_utf8_sakura": dict(
        order_number=("ご注文番号", "SP-20261115-0042"),
        amount=("お支払い金額", "￥1,100"),
        date=("ご注文日", "2026年11月15日"),
        valid_until=("有効期限", "2026年12月15日"),
        plan=("商品名", "データチャージ 3GB（30日間）"),
    ),
}

# What decides the currency: ("word", w) = w is in the text;
# ("language", lang) = no currency word at all, a ¥ in a `lang` e-mail;
# ("open", None) = no currency word, English, .com sender.
CURRENCY_BASIS = {
    "en_sora_topup": ("word", "JPY"),
    "en_html_only_mirai": ("word", "Japanese yen"),
    "en_ambiguous_yen": ("open", None),
    "en_forwarded_tabi": ("word", "JPY"),
    "en_pdf_receipt_sora": ("word", "JPY"),
    "en_esim_qr_sora": ("word", "yen"),
    "ja_iso2022_mirai": ("word", "日本円"),
    "ja_sjis_mirai": ("word", "円"),
    "ja_eucjp_tabi": ("word", "円"),
    "zh_gbk_taobao": ("word", "元"),
    "zh_gb18030_cn": ("language", "zh"),
    "zh_big5_tw": ("word", "NT$"),
    "en_usd_tabi": ("word", "US$"),
    "ja_utf8_sakura": ("language", "ja"),
}

# (content type, charset, transfer encoding) of every leaf part, in order.
PARTS = {
    "en_sora_topup": [("text/plain", "utf-8", "quoted-printable"),
                      ("text/html", "utf-8", "quoted-printable")],
    "en_html_only_mirai": [("text/html", "utf-8", "base64")],
    "en_ambiguous_yen": [("text/plain", "utf-8", "8bit")],
    "en_forwarded_tabi": [("text/plain", "utf-8", "quoted-printable"),
                          ("text/plain", "utf-8", "quoted-printable")],
    "en_pdf_receipt_sora": [("text/plain", "us-ascii", "7bit"),
                            ("application/pdf", None, "base64")],
    "en_esim_qr_sora": [("text/plain", "utf-8", "quoted-printable"),
                        ("text/html", "utf-8", "quoted-printable"),
                        ("image/png", None, "base64")],
    "ja_iso2022_mirai": [("text/plain", "iso-2022-jp", "7bit")],
    "ja_sjis_mirai": [("text/plain", "shift_jis", "quoted-printable")],
    "ja_eucjp_tabi": [("text/plain", "euc-jp", "8bit")],
    "zh_gbk_taobao": [("text/plain", "gbk", "base64"), ("text/html", "gbk", "base64")],
    "zh_gb18030_cn": [("text/plain", "gb18030", "8bit")],
    "zh_big5_tw": [("text/plain", "big5", "quoted-printable")],
    "en_usd_tabi": [("text/plain", "us-ascii", "7bit"),
                    ("text/html", "utf-8", "quoted-printable")],
    "ja_utf8_sakura": [("text/plain", "utf-8", "base64"),
                       ("text/html", "utf-8", "quoted-printable")],
}

WORD_CURRENCY = {
    "JPY": "JPY", "Japanese yen": "JPY", "yen": "JPY", "日本円": "JPY", "円": "JPY",
    "日元": "JPY", "日圓": "JPY", "日幣": "JPY",
    "元": "CNY", "人民币": "CNY", "人民幣": "CNY", "RMB": "CNY", "CNY": "CNY", "yuan": "CNY",
    "NT$": "TWD", "TWD": "TWD", "新台幣": "TWD",
    "HK$": "HKD", "HKD": "HKD", "港幣": "HKD", "港元": "HKD",
    "US$": "USD", "USD": "USD", "US dollars": "USD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP",
}
# Words that decide what a bare ¥ is; none may be in a mail whose ¥ is
# decided by its language or domain, or left open.
CURRENCY_WORDS = re.compile(
    r"円|元|人民币|人民幣|RMB|CNY|JPY|\byen\b|\byuan\b|日元|日圓|日幣", re.I)

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
# Zone words after a time, longest first, and the offset they stand for.
ZONES = [
    ("GMT+09:00", "+09:00"), ("UTC+09:00", "+09:00"), ("GMT+08:00", "+08:00"),
    ("UTC+08:00", "+08:00"), ("北京时间", "+08:00"), ("北京時間", "+08:00"),
    ("日本時間", "+09:00"), ("日本时间", "+09:00"), ("香港時間", "+08:00"),
    ("台灣時間", "+08:00"), ("台北時間", "+08:00"), ("+09:00", "+09:00"),
    ("+08:00", "+08:00"), ("GMT+9", "+09:00"), ("UTC+9", "+09:00"),
    ("GMT+8", "+08:00"), ("UTC+8", "+08:00"), ("JST", "+09:00"), ("HKT", "+08:00"),
]
# What separates the two ends of a period ("A 至 B", "A～B", "A to B").
RANGE = re.compile(r"\s*(?:至|~|〜|–|—|\bto\b|\buntil\b|\s-\s)\s*")
# Labels of an order date: with one of them in the text, the date is not
# the Date header's.
DATE_LABELS = re.compile(
    r"order date|purchase date|date of purchase|ordered on|order placed|date paid"
    r"|注文日|申込日|受付日|購入日|下单时间|下单日期|订单日期|订单时间|支付时间|付款时间"
    r"|訂購日期|訂單日期|下單時間|付款時間|購買日期", re.I)

failures = []



def check_written(name, field, written, value, amount_of):
    """Checks that `written`, as the mail writes `field`, says `value`;
    `amount_of` reads an amount as the corpus writes them."""
    if field == "amount":
        check(amount_of(written) == value, name, "amount %r ≠ %r" % (written, value))
    elif field == "iccid":
        d = digits(written)
        check(d == value and luhn(d) and len(d) in (19, 20) and d.startswith("89"),
              name, "iccid %r" % written)
    elif field in ("date", "valid_until"):
        got = parse_when(written, field == "valid_until")
        check(got == value, name, "%s %r → %r ≠ %r" % (field, written, got, value))
    elif field == "plan":
        check(" ".join(written.split()) == value, name, "plan %r" % written)
    elif field == "order_number":
        check(written.removeprefix("#") == value, name, "order number %r" % written)
    elif field == "activation_code":
        check(written == value and re.fullmatch(r"LPA:1\$[^$]+\$[^$]+", value),
              name, "activation code %r" % written)
    else:
        check(written == value, name, "%s %r ≠ %r" % (field, written, value))

def check(condition, name, what):
    if not condition:
        failures.append("%s: %s" % (name, what))


def html_text(source):
    """A plain rendering of HTML: one line per row/paragraph, cells by tabs."""
    source = re.sub(r"(?is)<(style|script|title)\b.*?</\1>", "", source)
    source = re.sub(r"(?i)</t[dh]>", "\t", source)
    source = re.sub(r"(?i)<br\s*/?>|</(tr|p|div|h\d|table|li)>", "\n", source)
    source = re.sub(r"<[^>]+>", "", source)
    return html.unescape(source)


def texts(msg):
    """The decoded text parts of `msg` (HTML rendered), not descending into
    attached messages."""
    out = []
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            break
        if part.get_content_maintype() == "text":
            content = part.get_content()
            if part.get_content_type() == "text/html":
                content = html_text(content)
            out.append(content.replace("\r\n", "\n"))
    return out


def find_line(parts, label, written):
    for text in parts:
        for line in text.split("\n"):
            i = line.find(label)
            if i >= 0 and line.find(written, i + len(label)) >= 0:
                return line
    return None


def digits(s):
    return re.sub(r"[^0-9.]", "", unicodedata.normalize("NFKC", s))


def number(s):
    """The first number written in `s`, as a plain decimal."""
    m = re.search(r"\d[\d,]*(?:\.\d+)?", unicodedata.normalize("NFKC", s))
    return m[0].replace(",", "") if m else None


def luhn(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse_when(written, with_time):
    """The date (and, `with_time`, the time with its zone) of `written`;
    of a period, its end."""
    s = unicodedata.normalize("NFKC", written)
    if with_time:
        s = [p for p in RANGE.split(s) if re.search(r"\d", p)][-1]
    found = []
    for m in re.finditer(r"(\d{4})\s*[-/年.]\s*(\d{1,2})\s*[-/月.]\s*(\d{1,2})", s):
        found.append((m.start(), m, int(m[1]), int(m[2]), int(m[3])))
    for m in re.finditer(r"(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,})\.?,? (\d{4})", s):
        if m[2][:3].lower() in MONTHS:
            found.append((m.start(), m, int(m[3]), MONTHS[m[2][:3].lower()], int(m[1])))
    for m in re.finditer(r"([A-Za-z]{3,})\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})", s):
        if m[1][:3].lower() in MONTHS:
            found.append((m.start(), m, int(m[3]), MONTHS[m[1][:3].lower()], int(m[2])))
    for m in re.finditer(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})", s):
        # D/M/Y or M/D/Y: only when the order is plain (one part above 12).
        a, b = int(m[1]), int(m[2])
        if a > 12 >= b:
            found.append((m.start(), m, int(m[3]), b, a))
        elif b > 12 >= a:
            found.append((m.start(), m, int(m[3]), a, b))
    if not found:
        return None
    _, m, y, mo, d = min(found, key=lambda f: f[0])
    day = datetime.date(y, mo, d).isoformat()
    rest = s[m.end():]
    t = re.search(r"(\d{1,2})[:時](\d{2})分?(?::(\d{2}))?\s*([AaPp])?\.?[Mm]?", rest)
    zone = next((z for k, z in ZONES if k in rest), None)
    if not with_time or not t or not zone:
        return day
    hour = int(t[1]) % 12 + (12 if t[4] in "Pp" else 0) if t[4] else int(t[1])
    return "%sT%02d:%s:%s%s" % (day, hour, t[2], t[3] or "00", zone)


def amounts(text):
    """Normalised money amounts in `text`."""
    s = unicodedata.normalize("NFKC", text)
    pattern = (r"(?:¥|US\$|NT\$|HK\$|\$|€|£|JPY|USD|EUR|GBP|HKD|TWD|CNY|RMB)\s?-?\s?(\d[\d,]*(?:\.\d+)?)"
               r"|(\d[\d,]*(?:\.\d+)?)\s?(?:円|元|yen\b|JPY|USD|EUR|GBP|HKD|TWD|CNY|RMB|€)")
    return {(a or b).replace(",", "") for a, b in re.findall(pattern, s)}


def pdf_text(data):
    import pypdf

    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    return "\n".join(page.extract_text() for page in reader.pages)


def versions_pinned():
    try:
        return all(metadata.version(k) == v for k, v in PINNED.items())
    except metadata.PackageNotFoundError:
        return False


def gist(data, ext):
    """What a file says, for comparing files made with other fpdf2/fontTools
    versions: a PDF's text; an e-mail's headers and parts, each PDF part by
    its text."""
    if ext == "pdf":
        return pdf_text(data)
    if ext != "eml":
        return data
    out = []
    for part in message_from_bytes(data, policy=policy.default).walk():
        out.append(sorted(part.items()))
        if part.is_multipart() or part.get_content_type() == "message/rfc822":
            continue
        if part.get_content_type() == "application/pdf":
            out.append(pdf_text(part.get_content()))
        else:
            out.append(part.get_payload())
    return out


# ---------------------------------------------------------------------------
# tests/data/mail (evidence in E, CURRENCY_BASIS, PARTS above)
# ---------------------------------------------------------------------------


def check_receipt_pdf(name, data):
    """The hand-written PDF of kind "receipt-pdf"."""
    check(data.startswith(b"%PDF-1.4\n") and data.endswith(b"%%EOF\n"), name, "PDF framing")
    start = int(re.search(rb"startxref\n(\d+)\n", data)[1])
    check(data[start:start + 5] == b"xref\n", name, "startxref offset")
    entries = re.findall(rb"(\d{10}) 00000 n \n", data[start:])
    for number, offset in enumerate(entries, start=1):
        check(data[int(offset):].startswith(b"%d 0 obj\n" % number), name,
              "xref offset of object %d" % number)
    try:
        import pypdf
    except ImportError:
        print("  (pypdf not installed: PDF text not extracted)")
        return
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    check(len(reader.pages) == 1, name, "PDF has one page")
    check(reader.pages[0].extract_text().strip() == "Receipt", name, "PDF text is Receipt")


def check_qr(name, msg, png, code):
    cids = re.findall(r'src="cid:([^"]+)"', "".join(
        p.get_content() for p in msg.walk() if p.get_content_type() == "text/html"))
    image = next(p for p in msg.walk() if p.get_content_type() == "image/png")
    check(cids == [image["Content-ID"].strip("<>")], name, "HTML refers to the PNG by cid")
    check(image.get_content_disposition() == "inline", name, "PNG is inline")
    check(png.startswith(b"\x89PNG\r\n\x1a\n"), name, "PNG signature")
    check(png == make_corpus.qr_png(code), name, "PNG is the QR code of the expected code")
    try:
        import zxingcpp
        from PIL import Image
    except ImportError:
        print("  (zxing-cpp/Pillow not installed: QR not decoded)")
        return
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    check([r.text for r in found] == [code], name,
          "QR decodes to %r (got %r)" % (code, [r.text for r in found]))


def check_legacy_mail(folder, name):
    raw = (folder / (name + ".eml")).read_bytes()
    exp = json.loads((folder / (name + ".json")).read_text("utf-8"))
    check(list(exp) == KEYS, name, "JSON keys")
    check(all(v is None or isinstance(v, str) for v in exp.values()), name, "JSON values")
    check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), name, "CRLF lines")
    check(max(len(line) for line in raw.split(b"\r\n")) <= 998, name, "line length")

    top = message_from_bytes(raw, policy=policy.default)
    leaves = []
    for part in top.walk():
        check(not part.defects, name, "defects %r" % part.defects)
        if not part.is_multipart():
            leaves.append((part.get_content_type(),
                           part.get_param("charset") and part.get_param("charset").lower(),
                           part["Content-Transfer-Encoding"].lower()))
    check(leaves == PARTS[name], name, "parts %r" % leaves)
    # The raw headers are ASCII (non-ASCII only as encoded-words).
    head = raw.split(b"\r\n\r\n", 1)[0]
    check(head.isascii(), name, "ASCII headers")

    # The fields come from the forwarded message when there is one.
    inner = next((p.get_content() for p in top.walk()
                  if p.get_content_type() == "message/rfc822"), None)
    msg = inner if inner is not None else top
    parts = texts(msg)
    alltext = "\n".join(parts)
    if inner is not None:
        check(not any(v in "\n".join(texts(top)) for v in
                      (exp["order_number"], "Total")), name,
              "the forwarding note carries no fields")

    # provider
    display, addr = parseaddr(str(msg["From"]))
    domain = addr.rsplit("@", 1)[1]
    check(exp["provider"] == HOUSEHOLD.get(domain, display), name,
          "provider %r (From %r)" % (exp["provider"], str(msg["From"])))

    for field, evidence in E[name].items():
        value = exp[field]
        if evidence == "header":
            check(field == "date", name, "header evidence only for date")
            when = parsedate_to_datetime(str(msg["Date"]))
            check(value == when.date().isoformat(), name, "date from Date header")
            labelled = re.search(r"(?im)^.*(order date|注文日|下单时间|訂購日期).*$", alltext)
            check(labelled is None, name, "no labelled date when Date header is used")
            continue
        if evidence == "qr":
            continue
        label, written = evidence
        line = find_line(parts, label, written)
        check(line is not None, name, "%s: no line with %r then %r" % (field, label, written))
        check_written(name, field, written, value, digits)

    for field in KEYS:
        if field not in E[name] and field not in ("provider", "currency", "currency_note"):
            check(exp[field] is None, name, "%s should be null" % field)
    if exp["iccid"] is None:
        check("ICCID" not in alltext, name, "no ICCID in the text")
    if exp["activation_code"] is None:
        check("LPA:" not in alltext, name, "no activation code in the text")

    # Currency
    kind, word = CURRENCY_BASIS[name]
    if kind == "word":
        check(word in alltext, name, "currency word %r" % word)
        check(exp["currency"] == WORD_CURRENCY[word] and exp["currency_note"] is None,
              name, "currency %r by %r" % (exp["currency"], word))
    else:
        check(not CURRENCY_WORDS.search(alltext), name, "no currency word")
        check(re.search("[¥￥]", alltext), name, "a yen/yuan sign")
        if kind == "language" and word == "zh":
            check(domain.endswith(".cn") and re.search(r"[\u4e00-\u9fff]", alltext)
                  and exp["currency"] == "CNY", name, "CNY by language/domain")
        elif kind == "language" and word == "ja":
            check(domain.endswith(".jp") and re.search(r"[\u3040-\u30ff]", alltext)
                  and exp["currency"] == "JPY", name, "JPY by language/domain")
        else:
            check(domain.endswith(".com") and exp["currency"] is None
                  and exp["currency_note"], name, "currency left open with a note")
    if kind != "open":
        check(exp["currency_note"] is None, name, "no currency note")

    # The total is not the only amount.
    others = amounts(alltext) - {exp["amount"]}
    check(exp["amount"] in amounts(alltext) and len(others) >= 2, name,
          "other amounts besides the total: %r" % sorted(others))

    # Attachments
    for part in top.walk():
        if part.get_content_type() == "application/pdf":
            check_receipt_pdf(name, part.get_content())
        if part.get_content_type() == "image/png":
            check(exp["activation_code"] not in alltext, name, "the code only in the QR")
            check_qr(name, top, part.get_content(), exp["activation_code"])

# ---------------------------------------------------------------------------
# Corpora with their evidence in mails.toml ([mail.check], [document.check])
# ---------------------------------------------------------------------------

FIELDS = [k for k in KEYS if k not in ("provider", "currency", "currency_note")]
LPA = re.compile(r"LPA:1\$[A-Za-z0-9.-]+\$[A-Za-z0-9-]+")
KANA = re.compile(r"[\u3040-\u30ff]")
HAN = re.compile(r"[\u4e00-\u9fff]")


def leaf_specs(spec):
    """The leaf tables of a body table, in the order of the message."""
    if spec["type"].startswith("multipart/"):
        for sub in spec["parts"]:
            yield from leaf_specs(sub)
    elif spec["type"] == "message/rfc822":
        yield from leaf_specs(spec["message"]["body"])
    else:
        yield spec


def check_json(name, exp):
    keys = list(exp)
    check(keys == KEYS or keys == KEYS + ["why_missing"], name, "JSON keys %r" % keys)
    check(all(exp[k] is None or isinstance(exp[k], str) for k in KEYS), name, "JSON values")
    why = exp.get("why_missing", {})
    check(isinstance(why, dict) and all(exp.get(k, 1) is None and isinstance(v, str) and v
                                        for k, v in why.items()),
          name, "why_missing names null fields only, with a reason")
    check(exp["provider"] is None or "@" not in exp["provider"], name, "provider is no address")
    check((exp["currency"] is None) == (exp["currency_note"] is not None), name,
          "currency_note exactly when currency is null")
    if exp["currency"] is not None:
        check(re.fullmatch(r"[A-Z]{3}", exp["currency"]), name, "ISO 4217 code")
    if exp["amount"] is not None:
        check(re.fullmatch(r"\d+(?:\.\d+)?", exp["amount"]), name, "amount %r" % exp["amount"])
    if exp["iccid"] is not None:
        d = exp["iccid"]
        check(d.isdigit() and len(d) in (19, 20) and d.startswith("89") and luhn(d),
              name, "ICCID %r (19–20 digits, 89…, Luhn)" % d)
    if exp["activation_code"] is not None:
        check(LPA.fullmatch(exp["activation_code"]), name, "activation code form")
    for field in ("date", "valid_until"):
        v = exp[field]
        if v is not None:
            ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?", v)
            check(ok and (field == "valid_until" or len(v) == 10), name, "%s form %r" % (field, v))


def check_laid_out_pdf(name, data, spec):
    """A PDF of kind "pdf" or a [[document]]: parses strictly, has the fixed
    creation date, embeds its fonts (or uses a standard one), and its text
    layer holds every cell and line of its `text`."""
    import pypdf

    check(data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), name, "PDF framing")
    reader = pypdf.PdfReader(io.BytesIO(data), strict=True)
    created = reader.metadata.creation_date
    check(created == spec["created"], name, "PDF CreationDate %r" % created)
    standard = ("/Helvetica", "/Helvetica-Bold", "/Helvetica-Oblique", "/Times-Roman",
                "/Courier")
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            font = font.get_object()
            if font["/Subtype"] == "/Type0":
                desc = font["/DescendantFonts"][0].get_object()["/FontDescriptor"].get_object()
                check("/FontFile2" in desc and font["/Encoding"] == "/Identity-H"
                      and "/ToUnicode" in font, name, "embedded Identity-H font with ToUnicode")
            else:
                check(font["/BaseFont"] in standard, name, "standard font %r" % font["/BaseFont"])
    text = " ".join(pdf_text(data).split())
    for line in spec["text"].split("\n"):
        line = line.removeprefix("* ")
        if line in ("---", "[page]") or not line.strip():
            continue
        line = re.sub(r"^(#|##|~) ", "", line)
        for cell in line.split("|"):
            cell = " ".join(cell.split())
            if not line.startswith(("~", "#")) and cell:
                check(cell in text, name, "PDF text has %r" % cell)
    return pdf_text(data)


def check_fields(name, exp, chk, search, msg, domain, alltext):
    """Every field against its evidence in `chk`. `search` are the texts the
    evidence lines are looked for in; `msg` is the message holding the
    fields (None for a standalone PDF)."""
    for field in FIELDS:
        if exp[field] is None:
            check(field not in chk, name, "%s is null but has evidence" % field)
        else:
            check(field in chk, name, "%s has no evidence" % field)

    def line_of(field, ev):
        label, written = ev
        line = find_line(search, label, written)
        check(line is not None, name, "%s: no line with %r then %r" % (field, label, written))
        return line

    # provider
    ev = chk.get("provider")
    if ev == "from":
        check(msg is not None, name, "provider from the From header of a PDF")
        display = msg["From"].addresses[0].display_name if msg is not None else None
        check(exp["provider"] == display, name, "provider %r ≠ From %r" % (exp["provider"], display))
    else:
        check(isinstance(ev, list), name, "provider evidence")
        line_of("provider", ev)
        check(exp["provider"] == " ".join(ev[1].split()), name, "provider %r" % ev[1])

    lines = {}
    for field in FIELDS:
        value, ev = exp[field], chk.get(field)
        if value is None or ev is None:
            continue
        if ev == "header":
            check(field == "date" and msg is not None, name, "header evidence only for date")
            when = parsedate_to_datetime(str(msg["Date"]))
            check(value == when.date().isoformat(), name, "date %r from Date header %r"
                  % (value, str(msg["Date"])))
            check(not DATE_LABELS.search(alltext), name, "a labelled order date besides the header")
            continue
        if field == "activation_code" and isinstance(ev, dict):
            line_of(field, ev["smdp"])
            line_of(field, ev["matching_id"])
            check(value == "LPA:1$%s$%s" % (ev["smdp"][1], ev["matching_id"][1]), name,
                  "activation code composed of SM-DP+ address and matching ID")
            continue
        label, written = ev
        lines[field] = line_of(field, ev)
        check_written(name, field, written, value, number)

    why = exp.get("why_missing", {})
    if exp["iccid"] is None and "ICCID" in alltext:
        check("iccid" in why, name, "ICCID in the text but null: say why")
    if exp["activation_code"] is None and "LPA:" in alltext:
        check("activation_code" in why, name, "LPA: in the text but null: say why")

    # Currency
    basis = chk["currency"]
    kind = basis[0]
    yen = re.search("[¥￥]", alltext)
    if kind == "word":
        word = basis[1]
        check(word in alltext, name, "currency word %r" % word)
        check(exp["currency"] == WORD_CURRENCY[word], name,
              "currency %r by %r" % (exp["currency"], word))
    else:
        check(not CURRENCY_WORDS.search(alltext), name,
              "no currency word (%r)" % (CURRENCY_WORDS.search(alltext) or [None])[0])
        check(yen, name, "a yen/yuan sign")
        dom = domain or ""
        if kind == "language":
            if basis[1] == "zh":
                check(HAN.search(alltext) and not KANA.search(alltext)
                      and exp["currency"] == "CNY", name, "CNY by the Chinese text")
                check(not dom.endswith(".jp"), name, "no Japanese domain")
            else:
                check(KANA.search(alltext) and exp["currency"] == "JPY", name,
                      "JPY by the Japanese text")
                check(not dom.endswith(".cn"), name, "no Chinese domain")
        elif kind == "domain":
            check(not HAN.search(alltext) and not KANA.search(alltext), name,
                  "English text (the language does not decide)")
            code = "CNY" if dom.endswith(".cn") else "JPY" if dom.endswith(".jp") else None
            check(dom.endswith(basis[1]) and code and exp["currency"] == code, name,
                  "currency %r by the domain %r" % (exp["currency"], dom))
        else:
            check(kind == "open", name, "currency basis %r" % kind)
            check(not HAN.search(alltext) and not KANA.search(alltext)
                  and not dom.endswith((".cn", ".jp")), name, "nothing decides the ¥")
            check(exp["currency"] is None and exp["currency_note"], name,
                  "currency left open with a note")

    # The total is not the only amount.
    if exp["amount"] is not None:
        others = amounts(alltext) - {exp["amount"]}
        check(exp["amount"] in amounts(alltext) and len(others) >= 2, name,
              "other amounts besides the total: %r" % sorted(others))
    return lines


def check_item(folder, name, ext, table):
    chk = table["check"]
    exp = json.loads((folder / (name + ".json")).read_text("utf-8"))
    check_json(name, exp)
    if ext == "pdf":
        data = (folder / (name + ".pdf")).read_bytes()
        text = check_laid_out_pdf(name, data, table["pdf"])
        check_fields(name, exp, chk, [text], None, None, text)
        return

    raw = (folder / (name + ".eml")).read_bytes()
    check(b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b""), name, "CRLF lines")
    check(max(len(line) for line in raw.split(b"\r\n")) <= 998, name, "line length")
    check(raw.split(b"\r\n\r\n", 1)[0].isascii(), name, "ASCII headers")
    for part in message_from_bytes(raw).walk():  # compat32: headers as written
        check(all(v.isascii() for v in part.values()), name, "ASCII part headers")
    top = message_from_bytes(raw, policy=policy.default)
    leaves = []
    for part in top.walk():
        check(not part.defects, name, "defects %r" % part.defects)
        if not part.is_multipart() and part.get_content_type() != "message/rfc822":
            leaves.append((part.get_content_type(),
                           part.get_param("charset") and part.get_param("charset").lower(),
                           part["Content-Transfer-Encoding"].lower()))
    specs = list(leaf_specs(table["body"]))
    declared = [(s["type"], s.get("charset") and s["charset"].lower(), s["transfer"].lower())
                for s in specs]
    check(leaves == declared, name, "parts %r ≠ %r" % (leaves, declared))
    for part in top.walk():
        if part.get_content_maintype() == "text":
            part.get_content()  # decodes in its charset or raises

    inner = next((p.get_content() for p in top.walk()
                  if p.get_content_type() == "message/rfc822"), None)
    msg = inner if inner is not None else top
    parts = texts(msg)
    if inner is not None:
        note = "\n".join(texts(top))
        check(exp["order_number"] is None or exp["order_number"] not in note, name,
              "the forwarding note carries no order number")
    pdf_specs = [s["pdf"] for s in specs if s.get("kind") == "pdf"]
    pdf_parts = [p.get_content() for p in top.walk() if p.get_content_type() == "application/pdf"]
    check(len(pdf_specs) == len(pdf_parts), name, "PDF parts")
    pdf_texts = [check_laid_out_pdf(name, d, s) for d, s in zip(pdf_parts, pdf_specs)]
    only = chk.get("only_in_pdf", False)
    if only:
        body = "\n".join(parts)
        for field in ("order_number", "amount"):
            check(chk[field][1] not in body, name, "%s only in the PDF" % field)
    search = pdf_texts if only else parts + pdf_texts
    alltext = "\n".join(parts + pdf_texts)
    addr = msg["From"].addresses[0]
    lines = check_fields(name, exp, chk, search, msg, addr.domain, alltext)

    if chk.get("quoted"):
        for field in ("order_number", "amount"):
            line = lines.get(field) or ""
            check(line.startswith(">"), name, "%s only in the quoted part" % field)
        unquoted = "\n".join(l for t in parts for l in t.split("\n") if not l.startswith(">"))
        check(exp["order_number"] not in unquoted, name, "order number only quoted")
    if chk.get("forwarded") == "inline":
        body = "\n".join(parts)
        mark = re.search(r"-{5,} ?(Forwarded message|Original Message|转发的邮件|原始邮件"
                         r"|転送されたメッセージ) ?-{5,}|^_{20,}$", body, re.M)
        check(mark is not None, name, "inline forward marker")
        if mark:
            check(body.find(exp["order_number"]) > mark.start(), name,
                  "the order is below the forward marker")
    if chk.get("forwarded") == "attached":
        check(inner is not None, name, "an attached message/rfc822")


def regenerate(folder, tables):
    """Rebuilds the corpus of `folder` in a temporary folder and compares."""
    pinned = versions_pinned()
    with tempfile.TemporaryDirectory() as tmp:
        with contextlib.redirect_stdout(io.StringIO()):
            built = make_corpus.write(folder, tmp, quiet=True)
        present = sorted(p.name for p in folder.iterdir()
                         if p.suffix in (".eml", ".json", ".pdf"))
        check(present == sorted(built), str(folder), "the files are the built ones: %r"
              % sorted(set(present) ^ set(built)))
        for file in built:
            new, old = (Path(tmp) / file).read_bytes(), (folder / file).read_bytes()
            if new == old:
                continue
            ext = file.rsplit(".", 1)[1]
            if not pinned and gist(new, ext) == gist(old, ext):
                continue
            check(False, file, "regenerated file differs")
    if not pinned:
        print("  (fpdf2/fonttools are not %r: files with PDFs compared by what they say)"
              % PINNED)


def check_folder(folder):
    folder = Path(folder).resolve()
    tables = make_corpus.load(folder)
    regenerate(folder, tables)
    counts = {"eml": 0, "pdf": 0, "attached": 0}
    for name, (ext, table) in tables.items():
        if ext == "eml" and any(s.get("kind") in ("pdf", "receipt-pdf")
                                for s in leaf_specs(table["body"])):
            counts["attached"] += 1
        before = len(failures)
        if "check" in table:
            check_item(folder, name, ext, table)
        elif name in E:  # the e-mails of tests/data/mail
            check_legacy_mail(folder, name)
        else:
            check(False, name, "no check table")
        counts[ext] += 1
        print("%s  %s" % ("ok" if len(failures) == before else "XX", name))
    return counts


def main(argv):
    folders = [Path(a) for a in argv] or [HERE]
    summary = []
    for folder in folders:
        print("== %s" % folder)
        counts = check_folder(folder)
        summary.append("%s: %d e-mails (%d with a PDF attached), %d standalone PDFs"
                       % (folder, counts["eml"], counts["attached"], counts["pdf"]))
    if failures:
        print("\n".join(["", "FAILED:"] + failures))
        sys.exit(1)
    print("\n".join(summary + ["all check out"]))


if __name__ == "__main__":
    main(sys.argv[1:])
