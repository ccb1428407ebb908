#!/usr/bin/env python3
"""Generate the labelled Vietnamese identifier test data in this folder.

    python tests/data/identity/generate.py

writes ``values.jsonl`` (one value per line, with its type, the expected verdict and details) and
``extract.jsonl`` (sentences with the identifiers that should be found in them).

Standard library only and deterministic (fixed seed): running it twice gives identical files.

How the labels are made
-----------------------
Every row is *constructed* to be valid or invalid by the rules written out in README.md
(province tables, MST check digit, Luhn, EMVCo TLV + CRC-16/CCITT-FALSE, ...). As a safety net the
script also contains a small, independent reference checker per type (``check_*`` below) and
refuses to write anything if a constructed label disagrees with it. The checkers exist only to
catch mistakes in this file; they are not the project's validator and were written without
looking at it.
"""
from __future__ import annotations

import json
import random
import re
import string
from pathlib import Path

SEED = 20261122
TODAY = (2026, 11, 22)  # the "today" the labels assume (birth years after this are in the future)
HERE = Path(__file__).resolve().parent

rng = random.Random(SEED)


def digits(n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


# ---------------------------------------------------------------------------------------------
# Reference tables
# ---------------------------------------------------------------------------------------------

# CCCD province codes (Decision 124/2004/QĐ-TTg numbering, 3 digits as printed on the card).
CCCD_PROVINCES = {
    "001": "Hà Nội", "002": "Hà Giang", "004": "Cao Bằng", "006": "Bắc Kạn", "008": "Tuyên Quang",
    "010": "Lào Cai", "011": "Điện Biên", "012": "Lai Châu", "014": "Sơn La", "015": "Yên Bái",
    "017": "Hòa Bình", "019": "Thái Nguyên", "020": "Lạng Sơn", "022": "Quảng Ninh",
    "024": "Bắc Giang", "025": "Phú Thọ", "026": "Vĩnh Phúc", "027": "Bắc Ninh", "030": "Hải Dương",
    "031": "Hải Phòng", "033": "Hưng Yên", "034": "Thái Bình", "035": "Hà Nam", "036": "Nam Định",
    "037": "Ninh Bình", "038": "Thanh Hóa", "040": "Nghệ An", "042": "Hà Tĩnh", "044": "Quảng Bình",
    "045": "Quảng Trị", "046": "Thừa Thiên Huế", "048": "Đà Nẵng", "049": "Quảng Nam",
    "051": "Quảng Ngãi", "052": "Bình Định", "054": "Phú Yên", "056": "Khánh Hòa",
    "058": "Ninh Thuận", "060": "Bình Thuận", "062": "Kon Tum", "064": "Gia Lai", "066": "Đắk Lắk",
    "067": "Đắk Nông", "068": "Lâm Đồng", "070": "Bình Phước", "072": "Tây Ninh", "074": "Bình Dương",
    "075": "Đồng Nai", "077": "Bà Rịa - Vũng Tàu", "079": "Hồ Chí Minh", "080": "Long An",
    "082": "Tiền Giang", "083": "Bến Tre", "084": "Trà Vinh", "086": "Vĩnh Long", "087": "Đồng Tháp",
    "089": "An Giang", "091": "Kiên Giang", "092": "Cần Thơ", "093": "Hậu Giang", "094": "Sóc Trăng",
    "095": "Bạc Liêu", "096": "Cà Mau",
}
assert len(CCCD_PROVINCES) == 63

# GSO 2-digit province codes (same numbering without the leading 0), used on BHYT cards.
GSO_PROVINCES = sorted(code[1:] for code in CCCD_PROVINCES)

MOBILE_PREFIXES = {
    "viettel": ["032", "033", "034", "035", "036", "037", "038", "039", "086", "096", "097", "098"],
    "vinaphone": ["081", "082", "083", "084", "085", "088", "091", "094"],
    "mobifone": ["070", "076", "077", "078", "079", "089", "090", "093"],
    "vietnamobile": ["052", "056", "058", "092"],
    "gmobile": ["059", "099"],
    "itelecom": ["087"],
}
CARRIER_OF = {p: c for c, ps in MOBILE_PREFIXES.items() for p in ps}

# Landline area codes (after the 2017 renumbering every one begins with 2). Only the ones used below.
LANDLINE_AREAS = {"24": "Hà Nội", "28": "TP.HCM", "236": "Đà Nẵng", "225": "Hải Phòng",
                  "292": "Cần Thơ", "203": "Quảng Ninh", "237": "Thanh Hóa", "251": "Đồng Nai"}

# Plate province codes used as VALID in this data (a subset of Circular 24/2023/TT-BCA appendix
# that we are certain of). Codes used as INVALID are only 00-10 and 13.
PLATE_CODES = {
    "11": "Cao Bằng", "12": "Lạng Sơn", "14": "Quảng Ninh", "15": "Hải Phòng", "16": "Hải Phòng",
    "17": "Thái Bình", "18": "Nam Định", "19": "Phú Thọ", "20": "Thái Nguyên", "21": "Yên Bái",
    "24": "Lào Cai", "26": "Sơn La", "29": "Hà Nội", "30": "Hà Nội", "31": "Hà Nội", "32": "Hà Nội",
    "33": "Hà Nội", "34": "Hải Dương", "35": "Ninh Bình", "36": "Thanh Hóa", "37": "Nghệ An",
    "38": "Hà Tĩnh", "40": "Hà Nội", "41": "TP.HCM", "43": "Đà Nẵng", "47": "Đắk Lắk",
    "49": "Lâm Đồng", "50": "TP.HCM", "51": "TP.HCM", "52": "TP.HCM", "53": "TP.HCM",
    "54": "TP.HCM", "55": "TP.HCM", "56": "TP.HCM", "57": "TP.HCM", "58": "TP.HCM", "59": "TP.HCM",
    "60": "Đồng Nai", "61": "Bình Dương", "62": "Long An", "65": "Cần Thơ", "66": "Đồng Tháp",
    "67": "An Giang", "68": "Kiên Giang", "72": "Bà Rịa - Vũng Tàu", "75": "Thừa Thiên Huế",
    "77": "Bình Định", "79": "Khánh Hòa", "81": "Gia Lai", "88": "Vĩnh Phúc", "89": "Hưng Yên",
    "90": "Hà Nam", "92": "Quảng Nam", "93": "Bình Phước", "98": "Bắc Giang", "99": "Bắc Ninh",
}
PLATE_BAD_CODES = {f"{i:02d}" for i in range(0, 11)} | {"13"}
CAR_SERIES = ["A", "C", "D", "E", "F", "G", "H", "K", "LD"]
MOTO_SERIES = ["B1", "B2", "F1", "G1", "H1", "K1", "L1", "N1", "P1", "S1", "T1", "V1", "X1", "Y1"]

BHYT_OBJECTS = {
    "DN": "người lao động trong doanh nghiệp", "HX": "hợp tác xã", "CH": "cơ quan nhà nước",
    "NN": "tổ chức nước ngoài", "TK": "tổ chức khác", "HC": "cán bộ, công chức",
    "XK": "cán bộ xã hưởng lương", "HT": "người hưởng lương hưu", "TB": "trợ cấp BHXH",
    "NO": "nghỉ ốm dài ngày", "CT": "trợ cấp", "XB": "cán bộ xã nghỉ việc",
    "TN": "trợ cấp thất nghiệp", "CS": "công an/quân nhân nghỉ hưu", "CC": "người có công",
    "CK": "người có công", "CB": "cựu chiến binh", "KC": "kháng chiến", "HD": "đại biểu HĐND",
    "TE": "trẻ em dưới 6 tuổi", "BT": "bảo trợ xã hội", "HN": "hộ nghèo", "DT": "dân tộc thiểu số",
    "DK": "vùng khó khăn", "XD": "xã đảo", "TS": "thân nhân liệt sĩ", "TC": "thân nhân người có công",
    "TQ": "thân nhân", "TA": "thân nhân", "TY": "thân nhân", "HG": "hiến bộ phận cơ thể",
    "LS": "lưu học sinh", "CN": "hộ cận nghèo", "HS": "học sinh", "SV": "sinh viên",
    "GD": "hộ gia đình", "QN": "quân nhân", "CA": "công an", "CY": "cơ yếu",
}

BANK_BINS = {
    "970436": "Vietcombank", "970415": "VietinBank", "970418": "BIDV", "970405": "Agribank",
    "970422": "MB", "970407": "Techcombank", "970416": "ACB", "970432": "VPBank",
    "970423": "TPBank", "970403": "Sacombank",
}

# ---------------------------------------------------------------------------------------------
# Check-digit / checksum helpers (the algorithms the labels rest on)
# ---------------------------------------------------------------------------------------------

MST_WEIGHTS = (31, 29, 23, 19, 17, 13, 7, 5, 3)


def mst_check_digit(first9: str) -> str | None:
    """10 - (weighted sum mod 11); None when the remainder is 0 (no valid 10th digit exists)."""
    r = sum(int(d) * w for d, w in zip(first9, MST_WEIGHTS)) % 11
    return None if r == 0 else str(10 - r)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(prefix: str, length: int) -> str:
    """Random digits after prefix, then the Luhn check digit, total `length` digits."""
    body = prefix + digits(length - len(prefix) - 1)
    for c in string.digits:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError("unreachable")


def crc16_ccitt_false(text: str) -> str:
    crc = 0xFFFF
    for byte in text.encode("utf-8"):
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else (crc << 1)
            crc &= 0xFFFF
    return f"{crc:04X}"


def tlv(tag: str, value: str) -> str:
    assert len(tag) == 2 and len(value) <= 99
    return f"{tag}{len(value):02d}{value}"


def vietqr(bin_: str, account: str, amount: str | None = None, message: str | None = None) -> str:
    beneficiary = tlv("00", bin_) + tlv("01", account)
    merchant = tlv("00", "A000000727") + tlv("01", beneficiary) + tlv("02", "QRIBFTTA")
    body = tlv("00", "01") + tlv("01", "12" if amount else "11") + tlv("38", merchant)
    body += tlv("53", "704")
    if amount:
        body += tlv("54", amount)
    body += tlv("58", "VN")
    if message:
        body += tlv("62", tlv("08", message))
    body += "6304"
    return body + crc16_ccitt_false(body)


def recrc(payload_without_crc: str) -> str:
    """Append a correct CRC to a payload that ends with '6304'."""
    assert payload_without_crc.endswith("6304")
    return payload_without_crc + crc16_ccitt_false(payload_without_crc)


def change_digit(value: str, index: int) -> str:
    """Replace the digit at `index` by a different digit."""
    old = value[index]
    assert old.isdigit()
    new = str((int(old) + rng.randint(1, 9)) % 10)
    return value[:index] + new + value[index + 1:]


def group(s: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    assert i == len(s)
    return sep.join(out)


# ---------------------------------------------------------------------------------------------
# Independent reference checkers (safety net for this file only)
# ---------------------------------------------------------------------------------------------

def check_cccd(v):
    d = re.sub(r"[ .]", "", v)
    if not re.fullmatch(r"[0-9]{12}", d) or d[:3] not in CCCD_PROVINCES:
        return False, None
    c, yy = int(d[3]), int(d[4:6])
    year = 1900 + 100 * (c // 2) + yy
    if year > TODAY[0]:
        return False, None
    return True, {"province_code": d[:3], "sex": "female" if c % 2 else "male", "birth_year": year}


def check_cmnd(v):
    return (True, {}) if re.fullmatch(r"[0-9]{9}", v) else (False, None)


def check_mst(v):
    m = re.fullmatch(r"([0-9]{10})(?:-([0-9]{3}))?", v)
    if not m or mst_check_digit(m[1][:9]) != m[1][9] or m[2] == "000":
        return False, None
    return True, ({"branch": m[2]} if m[2] else {})


def check_phone(v):
    s = re.sub(r"[ .]", "", v)
    if s.startswith("+84"):
        s = "0" + s[3:]
    elif s.startswith("84") and len(s) == 11:
        s = "0" + s[2:]
    if not re.fullmatch(r"0[0-9]+", s):
        return False, None
    if len(s) == 10 and s[:3] in CARRIER_OF:
        return True, {"e164": "+84" + s[1:], "carrier": CARRIER_OF[s[:3]]}
    if len(s) == 11 and s.startswith("02"):
        return True, {"e164": "+84" + s[1:]}
    return False, None


def card_scheme(d):
    n = len(d)
    if d.startswith("9704"):
        return "napas" if n in (16, 19) else None
    if d.startswith("4"):
        return "visa" if n in (13, 16, 19) else None
    if 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720:
        return "mastercard" if n == 16 else None
    if 3528 <= int(d[:4]) <= 3589:
        return "jcb" if n == 16 else None
    if d[:2] in ("34", "37"):
        return "amex" if n == 15 else None
    if d.startswith("62"):
        return "unionpay" if 16 <= n <= 19 else None
    return None


def check_card(v):
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"[0-9]{12,19}", d) or not luhn_ok(d):
        return False, None
    scheme = card_scheme(d)
    return (True, {"scheme": scheme}) if scheme else (False, None)


def check_plate(v):
    m = re.fullmatch(r"([0-9]{2})([A-Z]{1,2}|[A-Z][0-9])[- ]([0-9]{3}\.[0-9]{2}|[0-9]{4,5})", v)
    if not m or m[1] not in PLATE_CODES:
        return False, None
    return True, {"province_code": m[1]}


def check_bhyt(v):
    m = re.fullmatch(r"([A-Z]{2})([1-5])([0-9]{2})([0-9]{10})", v)
    if not m or m[1] not in BHYT_OBJECTS or m[3] not in GSO_PROVINCES:
        return False, None
    return True, {"object_code": m[1], "benefit_level": int(m[2])}


def parse_tlv(s):
    out, i = {}, 0
    while i < len(s):
        if i + 4 > len(s) or not s[i:i + 4].isdigit():
            raise ValueError("bad header")
        tag, n = s[i:i + 2], int(s[i + 2:i + 4])
        if i + 4 + n > len(s):
            raise ValueError("overrun")
        out[tag] = s[i + 4:i + 4 + n]
        i += 4 + n
    return out


def check_vietqr(v):
    if len(v) < 8 or v[-8:-4] != "6304" or crc16_ccitt_false(v[:-4]) != v[-4:]:
        return False, None
    try:
        top = parse_tlv(v)
        mai = parse_tlv(top["38"])
        ben = parse_tlv(mai["01"])
        add = parse_tlv(top["62"]) if "62" in top else {}
    except (ValueError, KeyError):
        return False, None
    if (top.get("00") != "01" or top.get("01") not in ("11", "12") or mai.get("00") != "A000000727"
            or mai.get("02") != "QRIBFTTA" or not re.fullmatch(r"[0-9]{6}", ben.get("00", ""))
            or not ben.get("01") or top.get("58") != "VN" or top.get("53") != "704"):
        return False, None
    exp = {"bank_bin": ben["00"], "account": ben["01"], "currency": top["53"]}
    if "54" in top:
        exp["amount"] = top["54"]
    if "08" in add:
        exp["message"] = add["08"]
    return True, exp


CHECKERS = {"cccd": check_cccd, "cmnd": check_cmnd, "mst": check_mst, "phone": check_phone,
            "card": check_card, "plate": check_plate, "bhyt": check_bhyt, "vietqr": check_vietqr}

# ---------------------------------------------------------------------------------------------
# Rows
# ---------------------------------------------------------------------------------------------

ROWS: list[dict] = []


def add(value: str, type_: str, valid: bool, note: str, expect: dict | None = None) -> None:
    ROWS.append({"value": value, "type": type_, "valid": valid,
                 "expect": expect if (valid and expect is not None) else {}, "note": note})


def gen_cccd():
    T = "cccd"
    add("001099012345", T, True, "Hà Nội, digit 4 = 0 → male, 1999",
        {"province_code": "001", "sex": "male", "birth_year": 1999})
    add("079185004321", T, True, "TP.HCM, digit 4 = 1 → female, 1985",
        {"province_code": "079", "sex": "female", "birth_year": 1985})
    add("001 099 012345", T, True, "same number as 001099012345 with spaces between groups",
        {"province_code": "001", "sex": "male", "birth_year": 1999})
    add("001.099.012345", T, True, "same number with dots between groups",
        {"province_code": "001", "sex": "male", "birth_year": 1999})
    add("048226000123", T, True, "Đà Nẵng, digit 4 = 2 with year 26 → male born 2026 (this year, not future)",
        {"province_code": "048", "sex": "male", "birth_year": 2026})
    add("096300765432", T, True, "Cà Mau, digit 4 = 3 → female, 2000",
        {"province_code": "096", "sex": "female", "birth_year": 2000})
    add("002100000001", T, True, "Hà Giang, digit 4 = 1, year 00 → female born 1900 (old but not future)",
        {"province_code": "002", "sex": "female", "birth_year": 1900})
    # random valid ones spread over provinces, centuries and sexes
    codes = sorted(CCCD_PROVINCES)
    for century_sex in (0, 1, 2, 3, 0, 1, 2, 3, 0, 1):
        code = rng.choice(codes)
        yy = rng.randint(0, 26) if century_sex >= 2 else rng.randint(30, 99)
        v = f"{code}{century_sex}{yy:02d}{digits(6)}"
        year = 1900 + 100 * (century_sex // 2) + yy
        sex = "female" if century_sex % 2 else "male"
        if rng.random() < 0.3:
            v = group(v, (3, 3, 6), " ")
        add(v, T, True, f"{CCCD_PROVINCES[code]}, {sex}, born {year}",
            {"province_code": code, "sex": sex, "birth_year": year})
    # invalid: unknown provinces
    for code in ("003", "005", "099", "000", "063", "097", "050"):
        add(f"{code}0{rng.randint(50, 99)}{digits(6)}", T, False,
            f"province code {code} is not one of the 63 codes")
    # invalid: future birth years
    add("001227012345", T, False, "digit 4 = 2, year 27 → 2027 is in the future")
    add("079399123456", T, False, "digit 4 = 3, year 99 → 2099 is in the future")
    add("001250000001", T, False, "digit 4 = 2, year 50 → 2050 is in the future")
    add("001400012345", T, False, "digit 4 = 4 → born in the 2100s, future")
    add("038512345678", T, False, "digit 4 = 5 → born in the 2100s, future")
    add("001999012345", T, False, "digit 4 = 9 → 2300s, future")
    # invalid: shape
    add("00109901234", T, False, "11 digits")
    add("0010990123456", T, False, "13 digits")
    add("00109901234A", T, False, "letter in place of the last digit")
    add("001 099 01234", T, False, "11 digits even with separators")
    add("٠٠١٠٩٩٠١٢٣٤٥", T, False, "Arabic-Indic digits, not ASCII digits")


def gen_cmnd():
    T = "cmnd"
    for v in ("012345678", "025123456", "272345678", "381234567", "123456789"):
        add(v, T, True, "9 digits", {})
    for _ in range(9):
        add(rng.choice("0123") + digits(8), T, True, "9 digits (generated)", {})
    add("01234567", T, False, "8 digits")
    add("2512345", T, False, "7 digits")
    add("0" + digits(7), T, False, "8 digits")
    add("0123456789", T, False, "10 digits")
    add("1" + digits(9), T, False, "10 digits")
    add("12345678A", T, False, "letter in last position")
    add("A12345678", T, False, "leading letter")
    add("0123O5678", T, False, "letter O instead of digit 0")
    add("٠١٢٣٤٥٦٧٨", T, False, "Arabic-Indic digits, not ASCII digits")
    add("", T, False, "empty")
    add("012 345", T, False, "6 digits with a space")


REAL_MST = [  # public company tax codes (all pass the check digit)
    ("0100109106", "Tập đoàn Công nghiệp - Viễn thông Quân đội (Viettel)"),
    ("0300588569", "Công ty CP Sữa Việt Nam (Vinamilk)"),
    ("0101248141", "Công ty CP FPT"),
    ("0100112437", "Ngân hàng TMCP Ngoại thương Việt Nam (Vietcombank)"),
    ("0101245486", "Tập đoàn Vingroup"),
    ("0100107370", "Tập đoàn Xăng dầu Việt Nam (Petrolimex)"),
    ("0100150619", "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam (BIDV)"),
    ("0100686209", "Tổng công ty Viễn thông MobiFone"),
    ("0100684378", "Tập đoàn Bưu chính Viễn thông Việt Nam (VNPT)"),
    ("0900189284", "Công ty CP Tập đoàn Hòa Phát"),
    ("0102325399", "Công ty CP Hàng không VietJet"),
]


def new_mst(prefix: str) -> str:
    while True:
        first9 = prefix + digits(9 - len(prefix))
        c = mst_check_digit(first9)
        if c is not None:
            return first9 + c


def gen_mst():
    T = "mst"
    for code, name in REAL_MST:
        add(code, T, True, f"real public tax code: {name}", {})
    generated = []
    for prefix in ("01", "03", "02", "04", "31", "37", "40", "48", "56", "18"):
        v = new_mst(prefix)
        generated.append(v)
        add(v, T, True, "generated, check digit = 10 - (weighted sum mod 11)", {})
    for branch in ("001", "002", "015", "123", "999"):
        base = rng.choice(generated + [c for c, _ in REAL_MST])
        add(f"{base}-{branch}", T, True, f"valid base code + branch {branch}", {"branch": branch})
    # invalid
    add("0100109107", T, False, "Viettel code with the check digit changed (6 → 7)")
    add("0300588568", T, False, "Vinamilk code with the check digit changed (9 → 8)")
    add("0100119106", T, False, "Viettel code with the 6th digit changed")
    add("0101248142", T, False, "FPT code with the check digit changed")
    for v in generated[:3]:
        i = rng.randint(0, 8)
        add(change_digit(v, i), T, False, f"generated code {v} with digit {i + 1} changed")
    # adjacent transposition (kept only if it really breaks the check digit)
    base = generated[3]
    for i in range(8):
        if base[i] != base[i + 1]:
            t = base[:i] + base[i + 1] + base[i] + base[i + 2:]
            if check_mst(t)[0] is False:
                add(t, T, False, f"generated code {base} with digits {i + 1} and {i + 2} swapped")
                break
    # first 9 digits with remainder 0: no valid 10th digit exists
    found = 0
    while found < 2:
        first9 = "01" + digits(7)
        if mst_check_digit(first9) is None:
            add(first9 + str(found * 9), T, False,
                "weighted sum of the first 9 digits ≡ 0 (mod 11): no valid check digit exists")
            found += 1
    add("0100109106-000", T, False, "branch 000 is not a branch")
    add("0100109106-01", T, False, "branch must be 3 digits")
    add("0100109106-0001", T, False, "branch must be 3 digits")
    add("0100109107-001", T, False, "branch on a base code with a wrong check digit")
    add("010010910", T, False, "9 digits")
    add("01001091066", T, False, "11 digits")
    add("01001O9106", T, False, "letter O instead of digit 0")
    add("MST0100109106", T, False, "prefix text is not part of the code")


def fmt_mobile(national: str, style: str) -> str:
    n = national[1:]  # 9 digits without the leading 0
    return {
        "plain": national,
        "spaces": group(national, (4, 3, 3), " "),
        "dots": group(national, (4, 3, 3), "."),
        "intl": "+84" + n,
        "intl_spaces": "+84 " + group(n, (3, 3, 3), " "),
        "84": "84" + n,
    }[style]


def gen_phone():
    T = "phone"
    vina = {"e164": "+84912345678", "carrier": "vinaphone"}
    add("0912345678", T, True, "Vinaphone 091, plain", vina)
    add("0912 345 678", T, True, "Vinaphone 091, spaced", vina)
    add("0912.345.678", T, True, "Vinaphone 091, dotted", vina)
    add("+84 912 345 678", T, True, "Vinaphone 091, international with spaces", vina)
    add("84912345678", T, True, "Vinaphone 091, 84 without plus", vina)
    styles = ["plain", "spaces", "dots", "intl", "intl_spaces", "84"]
    picks = [("viettel", "032"), ("viettel", "086"), ("viettel", "098"), ("vinaphone", "088"),
             ("mobifone", "070"), ("mobifone", "090"), ("mobifone", "089"),
             ("vietnamobile", "052"), ("vietnamobile", "092"), ("gmobile", "059"),
             ("gmobile", "099"), ("itelecom", "087")]
    for i, (carrier, prefix) in enumerate(picks):
        national = prefix + digits(7)
        style = styles[i % len(styles)]
        add(fmt_mobile(national, style), T, True, f"{carrier} prefix {prefix}, {style} form",
            {"e164": "+84" + national[1:], "carrier": carrier})
    # landlines: 0 + area code 2x(x) + subscriber, 11 digits in all
    add("024 3825 1234", T, True, "Hà Nội landline (024 + 8 digits)", {"e164": "+842438251234"})
    add("02838224567", T, True, "TP.HCM landline (028 + 8 digits), no separators", {"e164": "+842838224567"})
    add("0236 382 1234", T, True, "Đà Nẵng landline (0236 + 7 digits)", {"e164": "+842363821234"})
    add("0225.384.2123", T, True, "Hải Phòng landline (0225 + 7 digits), dotted", {"e164": "+842253842123"})
    add("0292 382 1234", T, True, "Cần Thơ landline (0292 + 7 digits)", {"e164": "+842923821234"})
    # invalid
    add("0101234567", T, False, "prefix 010 is not allocated")
    add("0501234567", T, False, "prefix 050 is not allocated")
    add("0951234567", T, False, "prefix 095 is not allocated (former S-Fone)")
    add("0311234567", T, False, "prefix 031 is not allocated (Viettel is 032-039)")
    add("0711234567", T, False, "prefix 071 is not allocated (MobiFone is 070, 076-079)")
    add("01621234567", T, False, "old 11-digit mobile number (renumbered to 036x in 2018)")
    add("04 3825 1234", T, False, "old Hà Nội landline format (area code became 024 in 2017), 10 digits")
    add("091234567", T, False, "9 digits")
    add("09123456789", T, False, "11 digits starting 09")
    add("+84 912 345 67", T, False, "international form one digit short")
    add("0243825123", T, False, "landline with 10 digits (needs 11)")
    add("024382512345", T, False, "landline with 12 digits")
    add("+85 912 345 678", T, False, "country code 85, not 84")
    add("0912 345 67a", T, False, "letter in the number")
    add("0000000000", T, False, "prefix 000")


TEST_CARDS = [  # widely published test card numbers
    ("4111111111111111", "visa"), ("4012888888881881", "visa"), ("4222222222222", "visa"),
    ("4000056655665556", "visa"), ("5555555555554444", "mastercard"),
    ("5105105105105100", "mastercard"), ("2223003122003222", "mastercard"),
    ("378282246310005", "amex"), ("371449635398431", "amex"), ("3530111333300000", "jcb"),
    ("3566002020360505", "jcb"), ("6200000000000005", "unionpay"),
    ("6205500000000000004", "unionpay"),
]


def gen_card():
    T = "card"
    for number, scheme in TEST_CARDS:
        add(number, T, True, f"public {scheme} test number ({len(number)} digits)", {"scheme": scheme})
    add("4111 1111 1111 1111", T, True, "visa test number with spaces", {"scheme": "visa"})
    add("5555-5555-5555-4444", T, True, "mastercard test number with hyphens", {"scheme": "mastercard"})
    add("3782 822463 10005", T, True, "amex test number in 4-6-5 groups", {"scheme": "amex"})
    generated = []
    for prefix, length, scheme in [("970436", 16, "napas"), ("970418", 16, "napas"),
                                   ("970405", 19, "napas"), ("970422", 19, "napas"),
                                   ("4", 16, "visa"), ("4", 19, "visa"), ("2720", 16, "mastercard"),
                                   ("2221", 16, "mastercard"), ("53", 16, "mastercard"),
                                   ("3589", 16, "jcb"), ("3528", 16, "jcb"), ("34", 15, "amex"),
                                   ("62", 17, "unionpay"), ("62", 18, "unionpay")]:
        v = luhn_complete(prefix, length)
        generated.append((v, scheme))
        shown = v
        if scheme == "napas" and length == 16 and prefix == "970418":
            shown = group(v, (4, 4, 4, 4), " ")
        if scheme == "napas" and length == 19 and prefix == "970422":
            shown = group(v, (4, 4, 4, 4, 3), " ")
        add(shown, T, True, f"generated {scheme}, {length} digits, Luhn-valid", {"scheme": scheme})
    # invalid: one digit changed (Luhn always catches a single changed digit)
    for number, scheme in [TEST_CARDS[0], TEST_CARDS[4], TEST_CARDS[7], TEST_CARDS[9]] + generated[:3]:
        i = rng.randint(4, len(number) - 2)
        bad = change_digit(number, i)
        add(bad, T, False, f"{scheme} {number} with digit {i + 1} changed, Luhn fails")
    add("4111111111111112", T, False, "visa test number with the last digit changed")
    add("9704 3652 6018 1597", T, False, "napas number with spaces, last digit changed, Luhn fails")
    # invalid: Luhn-valid but wrong length for the scheme / no scheme
    for prefix, length, why in [("970436", 18, "napas must be 16 or 19 digits"),
                                ("4", 15, "visa must be 13, 16 or 19 digits"),
                                ("51", 15, "mastercard must be 16 digits"),
                                ("37", 16, "amex must be 15 digits"),
                                ("3530", 15, "jcb must be 16 digits"),
                                ("62", 15, "unionpay must be 16-19 digits"),
                                ("2721", 16, "2721 is above the mastercard 2221-2720 range, no scheme"),
                                ("3527", 16, "3527 is below the jcb 3528-3589 range, no scheme"),
                                ("8", 16, "no supported scheme starts with 8")]:
        add(luhn_complete(prefix, length), T, False, f"Luhn-valid but {why}")
    add("4111", T, False, "far too short")
    add("4111 1111 1111 111X", T, False, "letter in the number")


def plate(code: str, series: str, num: str, style: str) -> str:
    if style == "dash_dot":
        return f"{code}{series}-{num[:3]}.{num[3:]}"
    if style == "space":
        return f"{code}{series} {num}"
    if style == "dash":
        return f"{code}{series}-{num}"
    raise ValueError(style)


def gen_plate():
    T = "plate"
    add("30A-123.45", T, True, "Hà Nội car, 5-digit dotted", {"province_code": "30"})
    add("51F 12345", T, True, "TP.HCM car, space form", {"province_code": "51"})
    add("29B1-123.45", T, True, "Hà Nội motorbike series B1", {"province_code": "29"})
    add("43A 12345", T, True, "Đà Nẵng car", {"province_code": "43"})
    add("30A-1234", T, True, "Hà Nội car, older 4-digit number", {"province_code": "30"})
    add("29LD-123.45", T, True, "Hà Nội, LD series (foreign-invested enterprise)", {"province_code": "29"})
    styles = ["dash_dot", "space", "dash"]
    for i, code in enumerate(["15", "16", "14", "36", "37", "60", "61", "65", "72", "75", "92",
                              "40", "41", "59", "99", "11", "88"]):
        series = rng.choice(MOTO_SERIES if i % 3 == 2 else CAR_SERIES[:-1])
        num = digits(5)
        add(plate(code, series, num, styles[i % 3]), T, True,
            f"{PLATE_CODES[code]} ({code}), series {series}", {"province_code": code})
    # invalid province codes
    for code, series, num in [("00", "A", "12345"), ("01", "A", "12345"), ("05", "B1", "12345"),
                              ("10", "C", "1234"), ("13", "A", "12345"), ("13", "B1", "67890"),
                              ("09", "F", "54321")]:
        style = "dash" if len(num) == 4 else "dash_dot"
        add(plate(code, series, num, style), T, False, f"province code {code} does not exist (00-10, 13)")
    # invalid shapes
    add("30-123.45", T, False, "no series letter")
    add("30A-123", T, False, "only 3 digits")
    add("30A-123456", T, False, "6 digits")
    add("3A-123.45", T, False, "1-digit province code")
    add("300A-123.45", T, False, "3-digit province code")
    add("A30-123.45", T, False, "letter before the province code")
    add("30A-123.45.6", T, False, "extra group")
    add("30-A-B-123.45", T, False, "garbled series")


def gen_bhyt():
    T = "bhyt"
    add("DN4010123456789", T, True, "DN (worker), level 4, province 01 Hà Nội",
        {"object_code": "DN", "benefit_level": 4})
    add("HT2790123456789", T, True, "HT (pensioner), level 2, province 79 TP.HCM",
        {"object_code": "HT", "benefit_level": 2})
    add("TE1010987654321", T, True, "TE (child under 6), level 1", {"object_code": "TE", "benefit_level": 1})
    combos = [("HS", 4), ("SV", 4), ("GD", 4), ("CC", 1), ("CK", 2), ("HN", 1), ("CN", 3),
              ("BT", 1), ("HC", 4), ("CH", 4), ("NN", 4), ("CB", 2), ("TS", 2), ("DT", 1),
              ("QN", 1), ("XK", 4), ("TN", 3), ("CA", 5)]
    for code, level in combos:
        prov = rng.choice(GSO_PROVINCES)
        add(f"{code}{level}{prov}{digits(10)}", T, True,
            f"{code} ({BHYT_OBJECTS[code]}), level {level}, province {prov}",
            {"object_code": code, "benefit_level": level})
    add("ZZ4010123456789", T, False, "unknown object code ZZ")
    add("AB4790123456789", T, False, "unknown object code AB")
    add("QQ3480123456789", T, False, "unknown object code QQ")
    add("DN0010123456789", T, False, "benefit level 0")
    add("DN6010123456789", T, False, "benefit level 6")
    add("HS9790123456789", T, False, "benefit level 9")
    add("DN401012345678", T, False, "14 characters")
    add("DN40101234567890", T, False, "16 characters")
    add("D14010123456789", T, False, "digit inside the object code")
    add("DN40101234567A9", T, False, "letter inside the social insurance number")
    add("DN4010123456", T, False, "12 characters")
    add("4DN010123456789", T, False, "level digit before the object code")


def gen_vietqr():
    T = "vietqr"
    specs = [("970436", "0011004123456", None, None), ("970415", "101872345678", "50000", "Thanh toan hoa don"),
             ("970418", "21510000123456", "1500000", None), ("970405", "1500205123456", None, "ung ho"),
             ("970422", "0123456789", "10000", "Chuyen tien an trua"), ("970407", "19033344556677", None, None),
             ("970416", "123456789", "250000", "DH240915"), ("970432", "212345678", "99000", None),
             ("970423", "00001234567", None, "Hoc phi thang 11"), ("970403", "060123456789", "2000000", "Tien nha T11"),
             ("970436", "1023456789", "1943000", "TT000069"), ("970422", "9704229999", "5000", None),
             ("970418", "31410001234567", None, None), ("970415", "100000001", "123456", "test"),
             ("970407", "19036789012015", "75000", "Mua sach"), ("970405", "3100205987654", "300000", "Dong BHYT")]
    valid = []
    for bin_, acct, amount, msg in specs:
        p = vietqr(bin_, acct, amount, msg)
        valid.append(p)
        exp = {"bank_bin": bin_, "account": acct, "currency": "704"}
        if amount:
            exp["amount"] = amount
        if msg:
            exp["message"] = msg
        kind = "dynamic with amount" if amount else "static"
        add(p, T, True, f"{BANK_BINS[bin_]} {kind}{', with message' if msg else ''}; CRC over payload incl. 6304", exp)
    # invalid: one character changed, CRC left as it was
    for p in valid[:3]:
        i = p.index("QRIBFTTA") - 5  # a digit of the account number
        add(change_digit(p, i), T, False, "one digit of the account changed; CRC no longer matches")
    p = valid[1]
    i = p.index("540550000") + 4
    add(p[:i] + "6" + p[i + 1:], T, False, "amount 50000 changed to 60000; CRC no longer matches")
    p = valid[4]
    i = p.index("970422") + 5
    add(p[:i] + "3" + p[i + 1:], T, False, "bank BIN 970422 changed to 970423; CRC no longer matches")
    p = valid[9]
    add(p.replace("Tien nha T11", "Tien nha T12"), T, False, "message edited; CRC no longer matches")
    # invalid: CRC digits wrong
    p = valid[5]
    add(p[:-1] + ("0" if p[-1] != "0" else "1"), T, False, "last CRC hex digit wrong")
    p = valid[6]
    add(p[:-4] + "0000", T, False, "CRC replaced by 0000")
    p = valid[7]
    add(p[:-4] + p[-2:] + p[-4:-2], T, False, "CRC bytes swapped")
    # invalid: truncated
    add(valid[8][:-2], T, False, "truncated: last 2 CRC digits missing")
    add(valid[10][:60], T, False, "truncated after 60 characters")
    add(valid[11][:-8], T, False, "CRC field (6304xxxx) removed")
    # invalid: length fields wrong (CRC recomputed so that only the TLV structure is broken)
    p = valid[12][:-4]
    add(recrc(p.replace("0114" + "31410001234567", "0115" + "31410001234567")), T, False,
        "nested account length says 15 but the value has 14 digits (CRC recomputed)")
    p = valid[13][:-4]
    add(recrc(p.replace("5406123456", "5405123456")), T, False,
        "amount length says 05 but 6 digits follow (CRC recomputed)")
    p = valid[14][:-4]
    add(recrc(p.replace("3858", "3857", 1)), T, False,
        "tag 38 length one short (CRC recomputed)")
    p = valid[15]
    add(p.replace("5406300000", "5407300000"), T, False, "amount length wrong and CRC not updated")
    add(valid[0] + "0", T, False, "extra character after the CRC")
    p = valid[2]
    i = p.index("QRIBFTTA")
    add(p[:i] + "QRIBFTAT" + p[i + 8:], T, False, "two adjacent characters swapped; CRC catches it")


def gen_garbage():
    T = "unknown"
    letters = "".join(rng.choice(string.ascii_letters) for _ in range(10 * 1024))
    for v, why in [("", "empty string"), ("😀🇻🇳🙏", "emoji only"), (letters, "10 KB of random letters"),
                   ("abc", "three letters"), ("\u0000\u0001\u0002\u0003\u00ff\u00fe", "control and high bytes"),
                   ("\ufffd\ufffdPNG\r\n\u001a\n", "PNG-header-looking bytes"), ("null", "the word null"),
                   ("   \t\n", "whitespace only"), ("¯\\_(ツ)_/¯", "shrug"),
                   ("'; DROP TABLE users; --", "SQL-looking text")]:
        add(v, T, False, why)


# ---------------------------------------------------------------------------------------------
# Extraction sentences (values exactly as written; entries without "valid" are valid)
# ---------------------------------------------------------------------------------------------

def E(type_, value, valid=True):
    d = {"type": type_, "value": value}
    if not valid:
        d["valid"] = False
    return d


EXTRACT = [
    ("Mã số thuế công ty tôi là 0100109106, anh xuất hóa đơn giúp em nhé.", [E("mst", "0100109106")]),
    ("sdt cua em 0912 345 678 nhe, goi sau 5h chieu", [E("phone", "0912 345 678")]),
    ("Số CCCD của tôi là 001099012345, cấp ngày 15/09/2021.", [E("cccd", "001099012345")]),
    ("chuyen khoan vao the 9704 3652 6018 1596 giup minh voi", [E("card", "9704 3652 6018 1596")]),
    ("Biển số xe 30A-123.45 đỗ sai chỗ từ sáng.", [E("plate", "30A-123.45")]),
    ("gia chiec xe la 1.250.000.000 dong, bien so 51F-678.90", [E("plate", "51F-678.90")]),
    ("Mã đơn hàng 240915123456 đã được giao ngày 20/09/2024, giá 1.250.000 đồng.", []),
    ("ma so thue 0100109107 co dung khong a?", [E("mst", "0100109107", valid=False)]),
    ("Tôi mua 3 thùng, mỗi thùng 24 lon, tổng cộng 720.000đ.", []),
    ("lien he hotline +84 912 345 678 hoac so ban 028 3822 4567",
     [E("phone", "+84 912 345 678"), E("phone", "028 3822 4567")]),
    ("Số thẻ BHYT của mẹ tôi là HT2790123456789, còn hạn đến 31/12/2026.", [E("bhyt", "HT2790123456789")]),
    ("so cmnd cu 012345678, cccd moi 001185004321", [E("cmnd", "012345678"), E("cccd", "001185004321")]),
    ("Công ty Vinamilk có mã số thuế 0300588569.", [E("mst", "0300588569")]),
    ("the visa test 4111 1111 1111 1111 dung de thu thanh toan", [E("card", "4111 1111 1111 1111")]),
    ("Số lượng nhập kho: 2500 kg, ngày nhập 03/10/2025.", []),
    ("xe may bien 29B1-123.45 bi mat o cho gui xe", [E("plate", "29B1-123.45")]),
    ("Vui lòng chuyển 500.000 đồng, nội dung ghi số điện thoại 0987.654.321.", [E("phone", "0987.654.321")]),
    ("mst chi nhanh 0100109106-001 nhe ban", [E("mst", "0100109106-001")]),
    ("Số tài khoản 0011004123456 tại Vietcombank, chủ tài khoản Nguyễn Văn A.", []),
    ("ngay sinh 12/05/1999, so cccd 079199005678", [E("cccd", "079199005678")]),
    ("Số cũ của tôi đã đổi, số mới là 0362 123 456.", [E("phone", "0362 123 456")]),
    ("ma van don 852147963, du kien giao ngay 25/11", []),
    ("the amex 3782 822463 10005 het han 09/27", [E("card", "3782 822463 10005")]),
    ("Nhà tôi ở số 12 ngõ 34 phố Huế, quận Hai Bà Trưng.", []),
    ("Tôi sinh năm 1985, CMND số 025123456 cấp tại TP.HCM.", [E("cmnd", "025123456")]),
    ("xe tai 15C-045.67 cho hang tu Hai Phong len Ha Noi", [E("plate", "15C-045.67")]),
    ("Điện thoại văn phòng Đà Nẵng: 0236 382 1234, fax 0236 382 1235.",
     [E("phone", "0236 382 1234"), E("phone", "0236 382 1235")]),
    ("Giá vé 1.500.000đ, chuyến bay ngày 02/01/2026 lúc 07:30.", []),
    ("thanh toan bang the mastercard 5555 5555 5555 4444 nhe", [E("card", "5555 5555 5555 4444")]),
    ("Biển kiểm soát 43A-567.89, chủ xe ở Đà Nẵng, SĐT 0905 123 456.",
     [E("plate", "43A-567.89"), E("phone", "0905 123 456")]),
    ("cho minh hoi mst 0101248141 la cua cong ty nao vay", [E("mst", "0101248141")]),
    ("Hợp đồng số 15/2024/HĐ-KT, giá trị 250.000.000 đồng.", []),
    ("bhyt cua chau la TE1010987654321, sdt me chau 0388 765 432",
     [E("bhyt", "TE1010987654321"), E("phone", "0388 765 432")]),
    ("Mã số thuế 0300588568 mà hệ thống báo sai, nhờ kiểm tra lại giúp.", [E("mst", "0300588568", valid=False)]),
    ("so luong ton kho 120 cai, gia nhap 45.000 dong moi cai", []),
    ("Anh ơi, em gửi số CCCD 038 203 001234 để làm hồ sơ.", [E("cccd", "038 203 001234")]),
    ("chuyen tien qua so dien thoai 84987654321 duoc khong shop", [E("phone", "84987654321")]),
    ("Hôm nay 22/11/2026 nhiệt độ 28 độ, độ ẩm 85%.", []),
    ("the noi dia cua minh la 9704 3618 6091 3909 964 nhe", [E("card", "9704 3618 6091 3909 964")]),
    ("Xe khách 51B-123.45 và xe máy 59X1-678.90 va chạm lúc 14:20.",
     [E("plate", "51B-123.45"), E("plate", "59X1-678.90")]),
    ("dia chi cong ty: so 1 duong ABC, MST 0100109106, tel 024 3825 1234",
     [E("mst", "0100109106"), E("phone", "024 3825 1234")]),
    ("Em cần đổi thẻ BHYT DN4790123456789 vì sai ngày sinh 01/01/1990.", [E("bhyt", "DN4790123456789")]),
    ("mua 2 cai ao gia 350k, ma giam gia SALE50", []),
    ("so cccd 001099012345, sdt 0912 345 678, bien so 30A-123.45",
     [E("cccd", "001099012345"), E("phone", "0912 345 678"), E("plate", "30A-123.45")]),
    ("Tổng đài chăm sóc khách hàng làm việc từ 8h đến 17h, thứ Hai đến thứ Sáu.", []),
    ("ma so thue ca nhan cua toi la 8012345678 phai khong chi?", [E("mst", "8012345678", valid=False)]),
    ("Nhờ bạn ghi giúp số điện thoại 0868 123 789 vào hồ sơ.", [E("phone", "0868 123 789")]),
    ("don hang so 100234 gom 5 san pham, tong 1.999.000d", []),
]


# ---------------------------------------------------------------------------------------------

def main() -> None:
    for gen in (gen_cccd, gen_cmnd, gen_mst, gen_phone, gen_card, gen_plate, gen_bhyt, gen_vietqr,
                gen_garbage):
        gen()

    # safety net: every constructed label must agree with the reference checker
    for row in ROWS:
        if row["type"] == "unknown":
            continue
        ok, exp = CHECKERS[row["type"]](row["value"])
        assert ok == row["valid"], row
        if ok:
            for k, v in row["expect"].items():
                assert exp.get(k) == v, (row, exp)
    values = [r["value"] for r in ROWS if r["type"] != "unknown"]
    assert len(values) == len(set((r["value"], r["type"]) for r in ROWS if r["type"] != "unknown"))

    for text, ents in EXTRACT:
        for e in ents:
            assert e["value"] in text, (text, e)
            assert CHECKERS[e["type"]](e["value"])[0] == e.get("valid", True), (text, e)

    with open(HERE / "values.jsonl", "w", encoding="utf-8") as f:
        for row in ROWS:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    with open(HERE / "extract.jsonl", "w", encoding="utf-8") as f:
        for text, ents in EXTRACT:
            f.write(json.dumps({"text": text, "expect": ents}, ensure_ascii=False) + "\n")

    counts: dict[str, list[int]] = {}
    for row in ROWS:
        c = counts.setdefault(row["type"], [0, 0])
        c[0 if row["valid"] else 1] += 1
    for t, (v, i) in counts.items():
        print(f"{t:8s} valid {v:3d}  invalid {i:3d}")
    print(f"total {len(ROWS)} values, {len(EXTRACT)} sentences")


if __name__ == "__main__":
    main()
