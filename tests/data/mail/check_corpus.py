#!/usr/bin/env python3
"""Checks the e-mail corpus in this folder.

    python3 tests/data/mail/check_corpus.py

- make_corpus.py regenerates every file byte for byte;
- every .eml parses with the standard library (policy.default) without
  defects, with the charsets and transfer encodings the README lists;
- every .json has exactly the expected keys, each a string or null;
- every expected value is really in the decoded e-mail: on a line with its
  label (or in the From/Date header), and the value as written normalises to
  the expected one (amounts, dates, ICCIDs are re-derived here independently
  of make_corpus.py);
- "¥" decisions: the word that decides the currency is there, or (decided by
  language/domain, or left open) no currency word at all is there;
- every e-mail has other amounts besides the total;
- the QR-only activation code is in no text part, and the inline PNG decodes
  to it (zxing-cpp when installed) and is the PNG make_corpus.py draws for it;
- the PDF attachment is a valid one-page PDF showing "Receipt" (its xref
  offsets checked here; its text extracted with pypdf when installed).
"""

import contextlib
import html
import io
import json
import re
import sys
import tempfile
import unicodedata
from email import message_from_bytes, policy
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True  # no __pycache__ in the corpus folder
import make_corpus  # noqa: E402

KEYS = [
    "provider", "order_number", "amount", "currency", "currency_note",
    "date", "valid_until", "plan", "iccid", "activation_code",
]

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
WORD_CURRENCY = {
    "JPY": "JPY", "Japanese yen": "JPY", "yen": "JPY", "日本円": "JPY", "円": "JPY",
    "元": "CNY", "NT$": "TWD", "US$": "USD",
}
CURRENCY_WORDS = re.compile(r"円|元|人民币|RMB|CNY|JPY|\byen\b|\byuan\b|日元", re.I)

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

MONTHS = {m: i for i, m in enumerate(
    "jan feb mar apr may jun jul aug sep oct nov dec".split(), start=1)}
ZONES = {"JST": "+09:00", "GMT+9": "+09:00", "北京时间": "+08:00"}

failures = []


def check(condition, name, what):
    if not condition:
        failures.append("%s: %s" % (name, what))


def html_text(source):
    """A plain rendering of HTML: one line per row/paragraph, cells by tabs."""
    source = re.sub(r"(?is)<(style|script|title)\b.*?</\1>", "", source)
    source = re.sub(r"(?i)</t[dh]>", "\t", source)
    source = re.sub(r"(?i)<br\s*/?>|</(tr|p|div|h\d|table)>", "\n", source)
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


def luhn(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def parse_when(written, with_time):
    s = unicodedata.normalize("NFKC", written)
    m = re.search(r"(\d{4})\s*[-/年]\s*(\d{1,2})\s*[-/月]\s*(\d{1,2})", s)
    if m:
        y, mo, d = int(m[1]), int(m[2]), int(m[3])
    else:
        m = re.search(r"(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})", s)
        if m:
            y, mo, d = int(m[3]), MONTHS[m[2].lower()], int(m[1])
        else:
            m = re.search(r"([A-Za-z]{3})[a-z]* (\d{1,2}), (\d{4})", s)
            y, mo, d = int(m[3]), MONTHS[m[1].lower()], int(m[2])
    day = "%04d-%02d-%02d" % (y, mo, d)
    rest = s[m.end():]
    t = re.search(r"(\d{1,2}):(\d{2})(?::\d{2})?\s*(AM|PM)?", rest)
    zone = next((z for k, z in ZONES.items() if k in rest), None)
    if not with_time or not t or not zone:
        return day
    hour = int(t[1]) % 12 + (12 if t[3] == "PM" else 0) if t[3] else int(t[1])
    return "%sT%02d:%s:00%s" % (day, hour, t[2], zone)


def amounts(text):
    """Normalised money amounts in `text`."""
    s = unicodedata.normalize("NFKC", text)
    pattern = (r"(?:[¥]|US\$|NT\$|JPY)\s?-?([\d,]+(?:\.\d+)?)"
               r"|([\d,]+(?:\.\d+)?)\s?(?:円|yen\b)")
    return {(a or b).replace(",", "") for a, b in re.findall(pattern, s)}


def check_pdf(name, data):
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


def main():
    with tempfile.TemporaryDirectory() as tmp:
        with contextlib.redirect_stdout(io.StringIO()):
            make_corpus.main(tmp)
        for name in make_corpus.MAILS:
            for ext in (".eml", ".json"):
                check((Path(tmp) / (name + ext)).read_bytes()
                      == (HERE / (name + ext)).read_bytes(),
                      name, "regenerated %s differs" % ext)

    emls = sorted(p.stem for p in HERE.glob("*.eml"))
    check(emls == sorted(make_corpus.MAILS), "corpus", "the .eml files are the built ones")
    for name in sorted(make_corpus.MAILS):
        raw = (HERE / (name + ".eml")).read_bytes()
        exp = json.loads((HERE / (name + ".json")).read_text("utf-8"))
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
            if field == "amount":
                check(digits(written) == value, name, "amount %r ≠ %r" % (written, value))
            elif field == "iccid":
                d = digits(written)
                check(d == value and luhn(d) and len(d) in (19, 20) and d.startswith("89"),
                      name, "iccid %r" % written)
            elif field in ("date", "valid_until"):
                got = parse_when(written, field == "valid_until")
                check(got == value, name, "%s %r → %r ≠ %r" % (field, written, got, value))
            elif field == "plan":
                check(" ".join(written.split()) == value, name, "plan %r" % written)
            elif field == "activation_code":
                check(written == value and re.fullmatch(r"LPA:1\$[^$]+\$[^$]+", value),
                      name, "activation code %r" % written)
            else:
                check(written == value, name, "%s %r ≠ %r" % (field, written, value))

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
                check_pdf(name, part.get_content())
            if part.get_content_type() == "image/png":
                check(exp["activation_code"] not in alltext, name, "the code only in the QR")
                check_qr(name, top, part.get_content(), exp["activation_code"])
        print("ok  %s" % name)

    if failures:
        print("\n".join(["", "FAILED:"] + failures))
        sys.exit(1)
    print("all %d e-mails check out" % len(make_corpus.MAILS))


if __name__ == "__main__":
    main()
