"""The ``address`` expert kind: answers "what is this address on the 2025 map?" in Vietnamese or English.

The package carries the official tables (``tables.json``); the parser is code
(``luytre.kinds.address.parser``).
"""

from __future__ import annotations

import re
from typing import Any

from luytre.errors import PackageError
from luytre.experts.package import ExpertPackage
from luytre.kinds import Answer, Claim, Expert
from luytre.kinds.address.parser import AddressParser, ParsedAddress
from luytre.kinds.address.tables import TABLES_FILE, AdminTables
from luytre.kinds.address.tokens import STREET_CUES
from luytre.text.bilingual import as_vietnamese
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

# Question words around an address in a chat question; the address is what remains.
_QUESTION_PHRASES = [
    "chuyển đổi giúp tôi", "chuyển đổi giúp", "chuyển đổi", "chuyển giúp tôi", "chuẩn hóa", "đổi giúp tôi",
    "sang địa chỉ mới", "sang bản đồ mới", "theo bản đồ mới", "địa chỉ mới của", "địa chỉ mới", "địa chỉ này",
    "địa chỉ", "sau sáp nhập", "nay thuộc phường nào", "nay thuộc xã nào", "nay thuộc tỉnh nào",
    "thuộc phường nào", "thuộc xã nào", "thuộc tỉnh nào", "bây giờ là", "là gì", "là ở đâu", "nay là",
    "convert", "normalize", "normalise", "to the new map", "new address of", "new address", "address",
    "which ward is it now", "which ward", "which province",
]
_QUESTION = re.compile(r"(?i)(?<!\w)(?:" + "|".join(
    re.escape(p) for p in sorted({*_QUESTION_PHRASES, *(fold(p) for p in _QUESTION_PHRASES)}, key=len, reverse=True)
) + r")(?!\w)")
# Asking what became of a unit in the reorganization (folded): merged, renamed, still a province, its new name.
_MAP_CHANGE = cue_pattern(("sap nhap", "sat nhap", "nhap vao", "nhap voi", "gop vao", "gop voi", "hop nhat",
                           "sap xep", "doi ten", "ten moi",
                           "phuong moi", "xa moi", "tinh moi", "dia chi moi", "con la tinh", "con la huyen",
                           "thanh phuong", "thanh xa", "thuoc tinh nao", "thuoc phuong nao", "thuoc xa nao",
                           "gio thuoc", "nay thuoc", "gio la phuong", "gio la xa", "gio la tinh", "ban do moi",
                           "merged", "renamed", "new ward", "new province",
                           "bo quan", "bo huyen", "khong con quan", "khong con huyen"))
# What became of it, asked in words that say as much of anything ("đổi thành tiền mặt", "bị bỏ học", "giờ gọi là
# gì"): they count only after a unit's word ("quận Hoàn Kiếm bị bỏ", "p thach thang, q hai chau … doi thanh j").
_MAP_CHANGE_AFTER_UNIT = re.compile(
    r"(?<!\w)(?:phuong|quan|huyen|thi xa|thi tran|thanh pho|tinh|xa|tp|tx|p|q|h)(?!\w).*?"
    r"(?<!\w)(?:doi thanh|bi bo|giai the|gio goi la|gio ten la|gio la gi|gio ten gi)(?!\w)", re.DOTALL)
MAP_CHANGE_CLAIM = 0.6
# A ward or commune named with its district (an old unit the tables know, both typed: "tan dinh q1", "phường Thảo
# Điền, TP Thủ Đức") and its fate asked (``_MAP_CHANGE``, or ``_WARD_FATE``: "còn tồn tại không", "bị gộp", "tên là
# gì"): surely this expert's, however little of an address it is.
WARD_FATE_CLAIM = 0.85
_WARD_FATE = cue_pattern(("bi gop", "gop chung", "gop lai", "con ton tai", "ton tai khong", "ten la gi", "ten gi",
                          "bi xoa", "xoa so", "giai the"))
# A terse input that is nothing but an address ("p.tân định", "123 nguyen van linh q7", "q hai chau da nang moi"):
# every word is a unit the parser matched, a unit's abbreviation or word, a house number's street, or "mới"/"cũ".
# The parser's confidence is low on it (the ward is ambiguous without its district), but the question is surely
# this expert's: nobody else reads a bare address. At most TERSE_WORDS words.
TERSE_CLAIM = 0.8
TERSE_WORDS = 8
# A unit's word or abbreviation: one of them (or a house number) must be typed, so that a greeting whose words name a
# place ("chào bạn": a commune's name) is not read as an address.
_UNIT_MARKERS = frozenset(("p", "q", "h", "x", "tp", "tx", "tt", "f", "phuong", "quan", "huyen", "xa", "tinh", "thon",
                           "ap", "kp", "ngo", "ngach", "hem", "kiet", "ward", "district", "province"))
_UNIT_WORDS = _UNIT_MARKERS | frozenset(("thi", "tran", "thanh", "pho", "khu", "to", "duong", "so", "moi", "cu",
                                         "city"))
_TERSE_WORD = re.compile(r"[^\W_]+")
_HOUSE_NUMBER = re.compile(r"^\s*(?:(?:so nha|nha so|so|sn)\s+)?\d+[a-z]?(?:/\d+[a-z]?)*\b")
# A street address written out whole without commas ("so 12 ngo 45 tran duy hung cau giay hn", "so nha 21 kiet 45
# hoang dieu hai chau da nang": kiệt is Central Vietnam's alley, as hẻm in the South, ngõ/ngách in the North) is
# longer than a terse one: up to STREET_ADDRESS_WORDS words when the street read starts with a house number and
# names an alley or a street (``_STREET_WORDS``); every word is still the address's.
STREET_ADDRESS_WORDS = 14
_STREET_WORDS = frozenset(("ngo", "ngach", "hem", "kiet", "duong", "pho", "hxh", "kp", "to", "thon", "ap", "xom",
                           "khom"))
# Words read as a unit's name in a sentence that has figures but no street (no house number, no street's word): the
# parser takes a part with a figure for the street and so does not count its other words against the reading ("chu
# vi hinh chu nhat dai 12 rong 7" reads Phường Chũ twice, "dien tich hinh chu nhat …" once after a "street"). With
# no unit's word typed, each other word (from MIN_STRAY_WORDS of them) lowers the claim by STRAY_WORD, to at most
# STRAY_FLOOR of the parser's confidence.
_TWO_WORD_MARKER = re.compile(r"\b(?:thi tran|thi xa|thanh pho)\b")
STRAY_WORD = 0.15
STRAY_FLOOR = 0.3
MIN_STRAY_WORDS = 2  # one other word may be a street name the parser did not read ("156 Trần Phú Hà Đông")
# Countries and cities abroad, folded, that no Vietnamese place is named (not "Mỹ" nor "Đức": Mỹ Đình, Thủ Đức):
# a question about an address there is not this expert's, whatever its address words.
ABROAD = ("nhat ban", "han quoc", "trung quoc", "dai loan", "thai lan", "campuchia", "singapore", "malaysia",
          "hoa ky", "nuoc my", "nuoc phap", "nuoc duc", "nuoc anh", "nuoc uc", "paris", "tokyo", "osaka", "seoul",
          "bangkok", "washington", "new york", "california", "london", "berlin", "sydney", "melbourne", "toronto",
          "japan", "korea", "china", "taiwan", "thailand", "germany", "france", "australia", "canada", "usa")
_ABROAD = cue_pattern(ABROAD)
# An identifier's code asked about (folded): a document that carries one, and its province code or digits ("mã 038
# trong căn cước là tỉnh nào", "mã tỉnh trong CCCD của người sinh ở Bình Dương"): the identity expert's question,
# though it names a province. Disowned only when no address is read surely (``CODE_KEPT_ADDRESS``): "căn cước 0381…,
# nhà tôi ở 12 Lý Thường Kiệt, phường Cửa Nam, Hà Nội" keeps its address.
CODE_KEPT_ADDRESS = 0.7
_WARD_TYPED = re.compile(r"\b(?:phuong|xa|thi tran)\s+\w|\bp\.\s*\w")  # a ward typed: an address
_IDENTIFIER_DOCUMENT = cue_pattern(("can cuoc", "cccd", "cmnd", "cmt", "chung minh", "dinh danh", "bien so",
                                    "ma so thue", "mst", "the bhyt", "ma the bhyt", "so bhxh", "ma bhxh"))
_CODE_ASKED = re.compile(r"\b(?:ma tinh|ma vung|ma so|so dau|dau so|ma \d{2,3}|\d{9,})\b")
# A licence plate asked about, folded: a plate's shape ("61a-789.01", "29a 12345") or "biển" with a province code
# ("biển 38 hà tĩnh hả"): the identity expert's, though it names a province. Not the sea ("gần biển 20 phút").
_PLATE_ASKED = re.compile(r"\b\d{2}[a-z]{1,2}\d?\s*-?\s*\d{3}\.?\d{2}\b|(?<!\bcach )(?<!\bgan )(?<!\bra )(?<!\bven )"
                          r"\bbien\s+(?:so\s+)?(?:xe\s+)?\d{2}(?:[a-z]{1,2}\d?)?\s+(?!phut|km|m\b|met)")
_QUOTED = re.compile(r"[\"“”'‘’«»](.{6,}?)[\"“”'‘’«»]")


def address_in(question: str) -> str:
    """The address inside a chat question (quoted text if any, else the question without its question words)."""
    quoted = _QUOTED.search(question)
    if quoted:
        return quoted.group(1)
    return " ".join(_QUESTION.sub(" ", question).split()).strip(" ?:.")


def describe(parsed: ParsedAddress, lang: str) -> str:
    """One or two sentences about what was read."""
    vi = lang != "en"
    if parsed.ward is None and parsed.province is None:
        if parsed.candidates:
            names = "; ".join(f"{c['ward'] or ''}, {c['province']}".strip(", ") for c in parsed.candidates[:3])
            return (f"Địa chỉ chưa đủ rõ để xác định; có thể là: {names}." if vi
                    else f"The address is ambiguous; it could be: {names}.")
        return ("Không nhận ra đơn vị hành chính nào trong địa chỉ này." if vi
                else "No administrative unit was recognised in this address.")
    place = ", ".join(p for p in (parsed.ward, parsed.province) if p)
    codes = f" (mã {parsed.ward_code or parsed.province_code})" if vi else \
        f" (code {parsed.ward_code or parsed.province_code})"
    if parsed.old and parsed.old.get("ward"):
        old = ", ".join(p for p in (parsed.old["ward"], parsed.old["district"], parsed.old["province"]) if p)
        text = (f"Địa chỉ cũ {old} nay thuộc {place}{codes}." if vi
                else f"The old address {old} is now in {place}{codes}.")
    else:
        text = f"Theo bản đồ hành chính 2025: {place}{codes}." if vi else f"On the 2025 map: {place}{codes}."
    if parsed.ward is None:
        wards = [c["ward"] for c in parsed.candidates if c["ward"] and c["score"] > 0][:3]
        text += (" Chưa xác định được phường/xã" if vi else " The ward could not be determined")
        text += (f"; có thể là: {', '.join(wards)}." if vi else f"; it could be: {', '.join(wards)}.") if wards else "."
    if parsed.unexplained:
        parts = "; ".join(f"“{part}”" for part in parsed.unexplained)
        text += (f" Không khớp với địa chỉ đã đọc, nên độ tin cậy thấp hơn: {parts}." if vi
                 else f" Not explained by this reading, so the confidence is lower: {parts}.")
    if parsed.split:
        others = ", ".join(part["ward"] for part in parsed.split)
        text += (f" Đơn vị cũ đã được chia; theo mặc định chính thức là {parsed.ward}, phần còn lại thuộc: {others}."
                 if vi else f" The old unit was split; {parsed.ward} is the official default, other parts went to: "
                 f"{others}.")
    return text


class AddressExpert(Expert):
    """Normalizes Vietnamese addresses and converts them to the 2025 two-level map."""

    reads_one_value = True  # it parses one value out of the text it is asked

    def __init__(self, manifest: Any, parser: AddressParser) -> None:
        super().__init__(manifest)
        self.parser = parser

    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        # An English question's unit words ("Ward 7, District 10") are read in Vietnamese, as the router did.
        parsed = self.parser.parse(address_in(as_vietnamese(query)))
        return Answer(describe(parsed, lang), parsed.confidence, parsed.to_dict())

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "tables": self.parser.tables.source}

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """The parser's confidence that the question carries an address it can place; at least
        ``MAP_CHANGE_CLAIM`` when it names a unit the tables know and asks what became of it in the 2025
        reorganization ("Bến Tre bây giờ còn là tỉnh không": a unit, no full address). Disowned when it names
        a place abroad (``ABROAD``)."""
        abroad = _ABROAD.search(fold(query))
        if abroad:
            return Claim(0.0, f"a place abroad: {abroad.group(0)}", disowned=True)
        text = address_in(query)
        parsed = self.parser.parse(text)
        place = ", ".join(p for p in (parsed.ward, parsed.province) if p)
        folded = fold(query)
        asks_change = _MAP_CHANGE.search(folded) or _MAP_CHANGE_AFTER_UNIT.search(folded)
        document = _IDENTIFIER_DOCUMENT.search(folded)
        if (document and not asks_change and parsed.confidence < CODE_KEPT_ADDRESS and _CODE_ASKED.search(folded)
                and not _WARD_TYPED.search(folded)):
            return Claim(0.0, f"an identifier's code asked about: {document.group(0)}", disowned=True)
        plate = _PLATE_ASKED.search(folded)
        if plate and not asks_change and parsed.confidence < CODE_KEPT_ADDRESS and not _WARD_TYPED.search(folded):
            return Claim(0.0, f"a licence plate asked about: {plate.group(0).strip()}", disowned=True)
        old = parsed.old or {}
        if old.get("ward") and old.get("district") and parsed.confidence < WARD_FATE_CLAIM \
                and (asks_change or _WARD_FATE.search(folded)):
            return Claim(WARD_FATE_CLAIM, f"asks what became of {old['ward']}, {old['district']}")
        if place and asks_change and parsed.confidence < MAP_CHANGE_CLAIM:
            return Claim(MAP_CHANGE_CLAIM, f"asks what became of {place}")
        if place and parsed.confidence < TERSE_CLAIM and _only_an_address(folded, parsed):
            return Claim(TERSE_CLAIM, f"nothing but an address: {place}")
        stray = _stray_words(fold(text), parsed)
        if stray:
            score = round(parsed.confidence * max(STRAY_FLOOR, 1 - STRAY_WORD * len(stray)), 4)
            return Claim(score, f"address read: {place}, in other words: {' '.join(stray)}")
        return Claim(float(parsed.confidence), f"address read: {place}" if place else "no address read")


def _only_an_address(folded: str, parsed: ParsedAddress) -> bool:
    """Whether the (folded) question is a terse address and nothing else: at most ``TERSE_WORDS`` words, each a part
    of a unit the parser matched, a unit's word or abbreviation (``_UNIT_WORDS``), or the street of a house number
    ("123 nguyen van linh"); a street without a number ("quán phở ngon ở quận 1") is other words. A unit's marker
    (``_UNIT_MARKERS``) or a house number must be typed."""
    words = _TERSE_WORD.findall(folded)
    if not words or len(words) > STREET_ADDRESS_WORDS or not parsed.matched:
        return False
    explained = {w for m in parsed.matched for w in _TERSE_WORD.findall(fold(str(m.get("text", ""))))}
    if parsed.street:
        street = fold(parsed.street)
        if not _HOUSE_NUMBER.match(street):
            return False
        explained |= set(_TERSE_WORD.findall(street))
    if len(words) > TERSE_WORDS and not (parsed.street and _STREET_WORDS & set(_TERSE_WORD.findall(street))):
        return False
    glued = [w for w in words if re.fullmatch(r"(?:p|q|f|h)\d+", w)]  # a unit glued to its number: "q7", "p12"
    if not (parsed.street or glued or any(w in _UNIT_MARKERS for w in words)):
        return False
    return all(w in explained or w in _UNIT_WORDS or w in glued for w in words)


def _stray_words(folded: str, parsed: ParsedAddress) -> list[str]:
    """The words of a (folded) address text with figures that neither a unit read nor a street explains, when no
    street was read and no unit's word is typed (``STRAY_WORD``); empty otherwise."""
    if not parsed.matched or not any(ch.isdigit() for ch in folded):
        return []
    street = _TERSE_WORD.findall(fold(parsed.street or ""))
    if any(w.isdigit() or w in STREET_CUES for w in street):
        return []  # a street read: a house number or a street's word ("dien tich hinh" is none)
    words = _TERSE_WORD.findall(folded)
    if _TWO_WORD_MARKER.search(folded) or any(w in _UNIT_MARKERS or re.fullmatch(r"(?:p|q|f|h)\d+", w)
                                             for w in words):
        return []
    explained = {w for m in parsed.matched for w in _TERSE_WORD.findall(fold(str(m.get("text", ""))))}
    stray = [w for w in words if w not in explained and w not in _UNIT_WORDS and not w.isdigit()]
    return stray if len(stray) >= MIN_STRAY_WORDS else []


def load_package(package: ExpertPackage) -> AddressExpert:
    path = package.root / TABLES_FILE
    if not path.is_file():
        raise PackageError(f"{package.manifest.id}: {TABLES_FILE} is missing from the package")
    try:
        tables = AdminTables.load(path)
    except ValueError as exc:  # not UTF-8, not JSON, or not the tables' shape (pydantic's ValidationError)
        raise PackageError(f"{package.manifest.id}: {TABLES_FILE} is not valid: {exc}") from exc
    return AddressExpert(package.manifest, AddressParser(tables))
