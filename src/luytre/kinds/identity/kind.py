"""The ``identity`` expert kind: answers questions about identifiers in Vietnamese or English.

The rules are code (``luytre.identifiers``); the package carries the manifest, so
the expert is installed, routed to and versioned like any other.
"""

from __future__ import annotations

import re
from typing import Any

from luytre.experts.package import ExpertPackage
from luytre.identifiers.checks import CheckedIdentifier, check
from luytre.identifiers.extract import extract
from luytre.identifiers.tables import MOBILE_PREFIXES, PLATE_PROVINCES
from luytre.kinds import Answer, Claim, Expert
from luytre.kinds.identity.payment import asks_for_code, make_from_question
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold
from luytre.text.organizations import named_organization

_NAMES = {
    "cccd": ("Số CCCD", "Citizen ID"), "cmnd": ("Số CMND", "Old ID card number"), "mst": ("Mã số thuế", "Tax code"),
    "phone": ("Số điện thoại", "Phone number"), "card": ("Số thẻ", "Card number"), "vietqr": ("Mã VietQR", "VietQR"),
    "plate": ("Biển số xe", "Licence plate"), "bhyt": ("Mã thẻ BHYT", "Health-insurance card"),
    "unknown": ("Giá trị", "Value"),
}
_ERRORS_VI = {
    "shape": "sai định dạng", "check_digit": "chữ số kiểm tra không khớp", "province_code": "mã tỉnh không tồn tại",
    "birth_year": "năm sinh nằm ở tương lai", "branch": "số chi nhánh không hợp lệ", "length": "sai độ dài",
    "prefix": "đầu số chưa được cấp", "area_code": "mã vùng không có trong bảng mã vùng 2017",
    "luhn": "sai số kiểm tra Luhn", "scheme": "không thuộc loại thẻ nào đã biết",
    "crc": "sai mã kiểm tra CRC", "tlv": "cấu trúc dữ liệu bị hỏng", "napas": "không theo mẫu tài khoản Napas",
    "bank_bin": "mã ngân hàng (BIN) không xác định", "account": "thiếu số tài khoản",
    "object_code": "mã đối tượng không tồn tại", "benefit_level": "mức hưởng phải từ 1 đến 5",
    "empty": "giá trị rỗng", "too_long": "quá dài", "unknown": "không đúng dạng mã nào được hỗ trợ",
}


def _facts(v: CheckedIdentifier, lang: str) -> str:
    d, vi = v.details, lang != "en"
    if v.type == "cccd" and d.get("province"):
        sex = ("nữ" if d["sex"] == "female" else "nam") if vi else d["sex"]
        return (f"đăng ký khai sinh tại {d['province']}, {sex}, sinh năm {d['birth_year']}" if vi
                else f"birth registered in {d['province']}, {sex}, born {d['birth_year']}")
    if v.type == "cmnd":
        return "CMND không có chữ số kiểm tra, chỉ kiểm tra được độ dài" if vi else "CMND has no check digit"
    if v.type == "mst":
        branch = d.get("branch")
        base = "chữ số kiểm tra đúng" if vi else "check digit correct"
        return base + (f", chi nhánh {branch}" if vi else f", branch {branch}") if branch else base
    if v.type == "phone" and d.get("carrier"):
        return f"{'nhà mạng' if vi else 'carrier'} {CARRIER_NAMES.get(d['carrier'], d['carrier'])}, {d['e164']}"
    if v.type == "phone" and d.get("kind") == "landline":
        where = f" ({d['province']})" if d.get("province") else ""
        return f"{'số cố định, mã vùng' if vi else 'landline, area code'} {d['area_code']}{where}"
    if v.type == "card" and d.get("scheme"):
        bank = f", {d['bank']}" if d.get("bank") else ""
        return f"{'thẻ' if vi else 'card'} {d['scheme'].upper()}{bank}"
    if v.type == "vietqr" and d.get("bank"):
        parts = [d["bank"], f"{'tài khoản' if vi else 'account'} {d['account']}"]
        if d.get("amount"):
            parts.append(f"{'số tiền' if vi else 'amount'} {int(d['amount']):,} đ".replace(",", "."))
        if d.get("message"):
            parts.append(f"{'nội dung' if vi else 'message'} “{d['message']}”")
        return ", ".join(parts)
    if v.type == "plate" and d.get("province"):
        vehicle = {"car": "ô tô", "motorbike": "xe máy"}[d["vehicle"]] if vi else d["vehicle"]
        return f"{d['province']}, {vehicle}"
    if v.type == "bhyt" and v.valid:
        who = f", {d['object']}" if d.get("object") and vi else ""
        return f"{'mức hưởng' if vi else 'benefit level'} {d['benefit_level']}{who}"
    return ""


def describe_check(v: CheckedIdentifier, shown: str, lang: str) -> str:
    """One sentence about one checked identifier, in ``lang``."""
    vi = lang != "en"
    name = _NAMES.get(v.type, _NAMES["unknown"])[0 if vi else 1]
    facts = _facts(v, lang)
    if v.valid:
        return f"{name} {shown}: {'hợp lệ' if vi else 'valid'}" + (f" ({facts})." if facts else ".")
    reasons = "; ".join(_ERRORS_VI.get(e["code"], e["message"]) if vi else e["message"] for e in v.errors)
    return f"{name} {shown}: {'không hợp lệ' if vi else 'not valid'} — {reasons}."


# An identifier-check question without the value typed: an identifier type and a checking word (folded).
_IDENTIFIER_WORDS = cue_pattern(("ma so thue", "mst", "cccd", "can cuoc", "cmnd", "chung minh", "so dinh danh",
                                 "so dien thoai", "sdt", "dau so", "nha mang", "so the", "the atm", "the visa",
                                 "vietqr", "ma qr", "bien so", "bien kiem soat", "the bhyt", "ma bhyt",
                                 "so tai khoan", "stk", "ma vung", "xe bien", "bien xe", "qr", "viettel",
                                 "vinaphone", "mobifone", "vietnamobile", "tax code", "tax id", "citizen id",
                                 "phone number", "card number", "licence plate", "license plate", "bhyt", "bhxh",
                                 "ma so doanh nghiep", "ma doanh nghiep",
                                 # a plate's series named by its kind ("biển ngoại giao NG 80-123-45")
                                 "bien ngoai giao", "bien so ngoai giao"))
# A part of an identifier's structure asked about, folded ("số thứ tư", "đuôi -001", "chữ HT đầu", "thế kỷ"), or a
# code part typed ("ht3", "te1": a health-insurance card's first letters and benefit digit): with the identifier named,
# a question about what its parts mean.
_STRUCTURE = cue_pattern(("so thu", "chu so", "ky tu", "ky hieu", "so dau", "chu dau", "the ky", "vi tri",
                          "nghia la gi", "co nghia", "gom may", "may so", "may chu", "dau la", "cuoi la",
                         "ma tinh", "doc the nao", "doc nhu the nao", "doc sao"))
# ...or its last digits ("đuôi -001"): folded, "duoi" is also "dưới" (under: "trẻ dưới 6 tuổi"), so a figure follows
_CODE_PART = re.compile(r"\b[a-z]{2}\d\b|\bduoi\s*(?:la\s*)?-\s*\d")
_DIGITS = re.compile(r"\d{2,}")
_CARRIER_WORDS = ("mang gi", "mang nao", "which carrier", "which network")
_CHECK_WORDS = cue_pattern(("kiem tra", "hop le", "dung khong", "co dung", "co that", "gia khong", "tinh nao",
                            "ngan hang nao", "cua ai", "giai ma", "doc giup", "y nghia", "chu so", "bao nhieu so",
                            "check", "valid", "which province", "which bank", "decode", *_CARRIER_WORDS))
# A mobile number's first digits with its carrier asked, folded ("0978 mạng gì", "đầu 0332 mạng nào"): the
# expert's own question although no identifier word is written. A figure of its own (ASCII digits, no letter or
# digit glued to it: "099k" is a price, "a0978" a code); a list of them may be written with commas or slashes
# ("0912,0913", "0978/0979"), but a figure glued to another by a dot or a comma is part of a bigger number
# ("1,098", "0978.123.456"), and one after a word of time, price or room is that ("lúc 0930").
_CARRIER_ASKED = cue_pattern(_CARRIER_WORDS)
_DIGIT_GROUP = re.compile(r"(?<![^\W_])[0-9]+(?![^\W_])")
_MOBILE_PREFIX = re.compile(r"0[35789][0-9]{1,2}")
_NOT_A_PREFIX_AFTER = re.compile(r"\b(?:luc|gio|gia|phong|so nha)\s*$")
_WORD_BEFORE = 12  # characters read before a figure for such a word
_GLUE = frozenset(".,")
_LIST_SEPARATORS = frozenset(",/")
# Carriers as they write their names.
CARRIER_NAMES = {"viettel": "Viettel", "vinaphone": "VinaPhone", "mobifone": "MobiFone", "vietnamobile": "Vietnamobile",
                 "gmobile": "Gmobile", "itelecom": "iTel"}

# A licence plate's province code asked about, folded: "biển 65 là tỉnh gì", "biển xanh 80B", "xe biển số 36A".
# The code has its series letters, or a question follows it ("biển 61 là …"): "gần biển 20 phút" is the sea. A
# unit glued to the figures is no series letter unless a question follows ("biển 30K có phải Hà Nội"), folded text
# cannot tell "20km", "17h", "15p", "50m" from "29H"; codes may be listed before the question ("biển 15 hay 16 là
# Hải Phòng"), and "xe" or "phải" may follow ("Biển 61 xe Bình Dương phải không"), or the name of a province of the
# plate table, asked as terse as "biển 38 hà tĩnh hả"; and
# "biển" right after a word of place or travel ("cách biển", "ra biển") is the sea.
_PLATE_UNIT = r"(?:km|m|m2|cm|mm|h|p|ph|g|kg|k|l|tr|t)\b"
_PLATE_CODE = re.compile(r"(?<!\bcach )(?<!\bgan )(?<!\bra )(?<!\bdi )(?<!\bven )(?<!\bbai )(?<!\btam )"
                         r"(?<!\bnuoc )(?<!\bbo )(?<!\bsat )(?<!\bhuong )"
                         r"\bbien\s+(?:so\s+)?(?:xe\s+)?(?:xanh\s+|trang\s+|vang\s+)?(\d{2})"
                         r"(?:(?!" + _PLATE_UNIT + r")[a-z]{1,2}\d?\b(?!\s*/)|"
                         r"(?:[a-z]{1,2}\d?)?(?:\s*(?:,|/|hay|hoac|va|voi)\s*\d{2}\b)*\s+"
                         r"(?=(?:la|thuoc|cua|o dau|tinh|co phai|phai|dung la|xe|"
                         + "|".join(sorted({re.escape(fold(p)) for p in PLATE_PROVINCES.values()}, key=len,
                                           reverse=True))
                         + r")\b)|\s*(?:[?,.]|$))")
# A road sign or a speed asked about: "biển 50 là giới hạn tốc độ", "biển 30 là bao nhiêu km".
_ROAD_SIGN = cue_pattern(("toc do", "gioi han", "bien bao", "km", "km/h", "duong cao toc", "vuot toc do"))


def plate_code(query: str) -> str | None:
    """The province code of a licence plate a question asks about without the whole plate ("biển 29 là xe ở
    đâu"), when the table of plate codes knows it; None for the sea, a road sign or a speed."""
    folded = fold(query)
    if _ROAD_SIGN.search(folded):
        return None
    return next((m.group(1) for m in _PLATE_CODE.finditer(folded) if m.group(1) in PLATE_PROVINCES), None)


def describe_plate_code(code: str, query: str, lang: str) -> str:
    """Which province a bare plate code belongs to, and whether it is the one the question names."""
    province = PLATE_PROVINCES[code]
    named = fold(province) in fold(query)
    if lang == "en":
        text = f"Plate code {code}: {province}" + (" (yes, as you asked)" if named else "")
        return text + ". This is only the province code, not a whole plate."
    text = f"Biển số mang mã {code}: {province}" + (" (đúng như bạn hỏi)" if named else "")
    return text + ". Đây chỉ là mã tỉnh, chưa phải một biển số đầy đủ."


MAX_PREFIXES = 6  # mobile prefixes described in one answer


def carrier_prefixes(query: str) -> list[str]:
    """The mobile prefixes whose carrier a question asks ("0978 mạng gì", "đầu 0332 mạng nào"), when no
    whole identifier is written; the claim and the answer read them alike."""
    folded = fold(query)
    if not _CARRIER_ASKED.search(folded):
        return []
    groups = list(_DIGIT_GROUP.finditer(folded))
    prefixes = []
    for i, group in enumerate(groups):
        if not _MOBILE_PREFIX.fullmatch(group.group(0)) or _NOT_A_PREFIX_AFTER.search(
                folded, max(0, group.start() - _WORD_BEFORE), group.start()):
            continue
        if not (_listed_with(folded, groups, i, i - 1) and _listed_with(folded, groups, i, i + 1)):
            continue
        prefixes.append(group.group(0))
    return list(dict.fromkeys(prefixes))[:MAX_PREFIXES]


def _listed_with(folded: str, groups: list[re.Match[str]], i: int, j: int) -> bool:
    """Whether digit group ``i`` stands apart from its neighbour ``j``: not glued to it by a dot or a comma
    ("1,098", "0978.123"), unless both are mobile prefixes in a list ("0912,0913", "0978/0979")."""
    if not 0 <= j < len(groups):
        return True
    first, second = sorted((groups[i], groups[j]), key=lambda g: g.start())
    between = folded[first.end():second.start()]
    if len(between) != 1 or between not in _GLUE | _LIST_SEPARATORS:
        return True
    return between in _LIST_SEPARATORS and bool(_MOBILE_PREFIX.fullmatch(groups[j].group(0)))


def describe_carrier_prefixes(prefixes: list[str], lang: str) -> str:
    """Which carrier each mobile prefix was allocated to (a number may since have moved to another carrier)."""
    parts = []
    carriers = [MOBILE_PREFIXES.get(prefix[:3]) for prefix in prefixes]
    for prefix, carrier in zip(prefixes, carriers):
        if lang == "en":
            parts.append(f"Prefix {prefix}: {CARRIER_NAMES[carrier]}." if carrier else
                         f"Prefix {prefix}: no mobile carrier uses it.")
        else:
            parts.append(f"Đầu số {prefix}: {CARRIER_NAMES[carrier]}." if carrier else
                         f"Đầu số {prefix}: không thuộc nhà mạng di động nào.")
    if not any(carriers):  # no carrier to have moved from
        return " ".join(parts)
    note = (" A number kept when changing carrier may now be with another one." if lang == "en" else
            " Số đã chuyển mạng giữ số có thể nay thuộc nhà mạng khác.")
    return " ".join(parts) + note


class IdentityExpert(Expert):
    reads_one_value = True  # it parses identifiers out of the text it is asked

    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        if asks_for_code(query):
            text, confidence, result = make_from_question(query, lang)
            return Answer(text, confidence, result)
        found = [(f.to_dict()["text"], f.checked) for f in extract(query)]
        if not found:
            bare = check(query)
            if bare.type != "unknown":
                found = [(bare.value, bare)]
        code = None if found else plate_code(query)
        if code is not None:
            return Answer(describe_plate_code(code, query, lang), 0.9,
                          {"values": [], "plate_code": {"code": code, "province": PLATE_PROVINCES[code]}})
        prefixes = [] if found else carrier_prefixes(query)
        if prefixes:
            return Answer(describe_carrier_prefixes(prefixes, lang), 0.9,
                          {"values": [], "carrier_prefixes": {p: MOBILE_PREFIXES.get(p[:3]) for p in prefixes}})
        if not found:
            text = ("Không tìm thấy mã định danh nào (CCCD, mã số thuế, số điện thoại, số thẻ, VietQR, biển số, "
                    "BHYT) trong câu hỏi." if lang != "en" else
                    "No identifier (citizen ID, tax code, phone, card, VietQR, plate, health-insurance card) "
                    "was found in the question.")
            return Answer(text, 0.5, {"values": []})
        sentences = [describe_check(v, shown, lang) for shown, v in found]
        values: list[dict[str, Any]] = [{**v.to_dict(), "value": shown} for shown, v in found]
        return Answer(" ".join(sentences), 1.0, {"values": values})

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """An identifier found in the text, or a question about checking one."""
        found = extract(query)
        if any(f.checked.valid for f in found):
            return Claim(1.0, f"valid {found[0].checked.type} found")
        folded = fold(query)
        named = _IDENTIFIER_WORDS.search(folded)
        # A checking word read inside the identifier's own name is no check: "nhà mạng nào rẻ" asks for a carrier.
        names = [m.span() for m in _IDENTIFIER_WORDS.finditer(folded)]
        checking = next((m for m in _CHECK_WORDS.finditer(folded)
                         if not any(start < m.end() and m.start() < end for start, end in names)), None)
        plate = None if found else plate_code(query)
        if plate is not None:  # its table of plate codes places it, and its answer says where
            return Claim(0.8, f"asks about the plate code {plate}")
        if found:
            return Claim(0.8 if named else 0.6, f"{found[0].checked.type} found, not valid")
        # "mã vùng 0236 là tỉnh nào", "CCCD có số thứ tư là 2 …", "bhyt ht3 là mức hưởng …": a part of one
        if named and (checking or _DIGITS.search(folded) or _STRUCTURE.search(folded) or _CODE_PART.search(folded)):
            return Claim(0.7, f"asks about a {named.group(0)}")
        if carrier_prefixes(query):  # its table of prefixes answers it
            return Claim(0.7, "asks the carrier of a mobile prefix")
        organization = named_organization(query)
        if named and organization:  # "Thẻ Visa của Techcombank bị khóa, tổng đài là số nào": the organization's
            return Claim(0.0, f"mentions {named.group(0)} of an organization: {organization}", disowned=True)
        return Claim(0.25 if named else 0.0, f"mentions {named.group(0)}" if named else "no identifier")


def load_package(package: ExpertPackage) -> IdentityExpert:
    return IdentityExpert(package.manifest)
