#!/usr/bin/env python3
"""Generate the labelled Vietnamese PII test set in this folder.

    .venv/bin/python tests/data/pii/generate.py

writes ``dev.jsonl`` and ``holdout.jsonl``: one sentence a line,
``{"id", "text", "entities": [{"type", "start", "end", "text"}]}`` with Python ``str`` offsets.

* Deterministic: fixed seeds, standard library + ``luytre`` only; two runs give identical files.
* dev and holdout are built from two separate template pools (different wording and situations)
  and from different random draws; no entity value occurs in both splits.
* Every structured value is constructed to be valid and is then checked with the project's own
  validators (``luytre.identifiers.checks``); every decoy that imitates an identifier is checked to be
  *invalid*. The script refuses to write anything when a check fails.
* All content is synthetic: templates were written for this file, names are assembled from common
  Vietnamese name parts, identifiers are random but structurally valid.

Template mini-language
----------------------
``{PERSON}``, ``{PHONE:land}``, ``{CCCD@2}``  an entity (type, optional modifiers, optional person
                                              index: entities with the same index describe the
                                              same synthetic person: sex, birth date, province)
``{~price}``, ``{~date:past}``                a decoy: looks like PII or a number, is NOT labelled
``[a|b|]``                                    literal alternatives (an empty one makes it optional)

Each template is rendered in one of three styles: ``acc`` (with diacritics), ``fold`` (typed
without diacritics: literal text and values folded with ``luytre.text.fold``) or ``en`` (English
message; Vietnamese values written without diacritics).
"""
from __future__ import annotations

import difflib
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
if str(ROOT / "src") not in sys.path:
    sys.path.insert(0, str(ROOT / "src"))

from luytre.identifiers import tables  # noqa: E402 - after the sys.path entry
from luytre.identifiers.checks import (  # noqa: E402 - after the sys.path entry
    check_bhyt,
    check_card,
    check_cccd,
    check_cmnd,
    check_mst,
    check_phone,
    check_plate,
    luhn_ok,
    mst_check_digit,
)
from luytre.text import fold  # noqa: E402 - after the sys.path entry

TODAY = date(2026, 11, 22)  # birth years are never after this
SPLITS = {  # name: (seed, number of sentences)
    "dev": (20261201, 220),
    "holdout": (20261202, 180),
}
UNACCENTED_SHARE = 0.30
MAX_ENTITIES = 4

TYPES = {
    "PERSON": "PERSON", "CCCD": "CCCD", "CMND": "CMND", "TAX": "TAX_CODE", "PHONE": "PHONE",
    "EMAIL": "EMAIL", "BANK": "BANK_ACCOUNT", "CARD": "CARD", "BHYT": "HEALTH_INSURANCE",
    "BHXH": "SOCIAL_INSURANCE", "PASSPORT": "PASSPORT", "PLATE": "PLATE", "DOB": "DOB",
    "ADDRESS": "ADDRESS",
}
MINIMUMS = {"CCCD": 25, "PHONE": 35, "TAX_CODE": 15, "EMAIL": 15, "BANK_ACCOUNT": 15, "CARD": 12,
            "HEALTH_INSURANCE": 10, "SOCIAL_INSURANCE": 8, "PASSPORT": 8, "PLATE": 10, "DOB": 15,
            "CMND": 8, "PERSON": 60, "ADDRESS": 25}


# =============================================================================================
# Names
# =============================================================================================
SURNAMES = [("Nguyễn", 30), ("Trần", 11), ("Lê", 9), ("Phạm", 7), ("Hoàng", 4), ("Huỳnh", 4),
            ("Phan", 4), ("Vũ", 3), ("Võ", 3), ("Đặng", 2), ("Bùi", 2), ("Đỗ", 2), ("Hồ", 2),
            ("Ngô", 2), ("Dương", 1), ("Lý", 1), ("Đinh", 1), ("Trịnh", 1), ("Mai", 1), ("Cao", 1),
            ("Lương", 1), ("Tạ", 1), ("Chu", 1), ("Đoàn", 1), ("Lâm", 1), ("Tô", 1), ("Hà", 1),
            ("Kiều", 1), ("Quách", 1), ("Thái", 1), ("Vương", 1), ("La", 1)]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Công", "Thế", "Mạnh", "Xuân",
            "Hoàng", "Gia", "Thành", "Trọng", "Quang", "Anh", "Tuấn", "Bá", "Đình", "Ngọc", "Hải"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Minh", "Phương", "Hồng",
            "Bích", "Mai", "Thùy", "Diệu", "Bảo", "Khánh", "Hải", "Quỳnh", "Mỹ"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Duy", "Đạt", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy",
           "Khang", "Khoa", "Kiên", "Lâm", "Long", "Lộc", "Minh", "Nam", "Nghĩa", "Phát", "Phong",
           "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung",
           "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Khải", "Nhân", "Thiện", "Đông", "Bảo"]
GIVEN_F = ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Huệ",
           "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "My", "Nga", "Ngân", "Ngọc", "Nhung",
           "Nhi", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Trâm", "Uyên", "Vân",
           "Vy", "Xuân", "Yến", "Hân", "Thư", "Diệp", "Ly"]
EXTRA_F = ["Bích", "Ngọc", "Thu", "Kim", "Bảo", "Mỹ", "Thanh", "Hoài", "Minh", "Khánh"]
EXTRA_M = ["Minh", "Quốc", "Gia", "Hoàng", "Đức", "Anh", "Nhật", "Thanh"]
FOREIGN = ["John Smith", "Emily Johnson", "Michael Brown", "Kim Min-jun", "Park Ji-yeon",
           "Tanaka Hiroshi", "Sarah Williams", "Daniel Lee", "David Nguyen", "Kevin Tran",
           "Linda Pham", "Maria Garcia", "Thomas Müller", "Sophie Martin", "Lee Seo-yeon",
           "Wang Wei", "James Anderson", "Olivia Wilson", "Sato Yuki", "Peter Hoang"]
# Historical figures whose names are used for streets, schools and places: never generated as PERSON.
FAMOUS = {"Lê Lợi", "Nguyễn Trãi", "Nguyễn Du", "Lê Duẩn", "Trần Phú", "Nguyễn Huệ", "Quang Trung",
          "Trần Hưng Đạo", "Võ Văn Tần", "Lê Văn Tám", "Lê Văn Sỹ", "Bà Triệu", "Hoàng Diệu",
          "Lê Hồng Phong", "Nguyễn Văn Cừ", "Phan Đình Phùng", "Lý Thường Kiệt", "Lê Văn Thịnh",
          "Kim Đồng", "Nguyễn Tri Phương", "Phạm Ngọc Thạch", "Trần Duy Hưng", "Phạm Văn Đồng"}


# =============================================================================================
# Places (used inside addresses, and as decoys without a house number)
# =============================================================================================
@dataclass
class City:
    key: str
    streets: list[str]
    wards: list[tuple[str, str | None]]  # (ward, its district); district None where the city has none
    cities: list[str]
    city_en: list[str]
    alleys: list[str]
    street_prefixes: list[str]


CITIES = [
    City("hn", ["Nguyễn Trãi", "Kim Mã", "Xuân Thủy", "Trần Duy Hưng", "Láng Hạ", "Giải Phóng",
                "Tây Sơn", "Hoàng Quốc Việt", "phố Huế", "Bà Triệu", "Lò Đúc", "Minh Khai",
                "Nguyễn Chí Thanh", "Cầu Giấy", "Đội Cấn", "Thái Hà", "Trường Chinh", "Khâm Thiên",
                "Lạc Long Quân", "Hồ Tùng Mậu", "Vũ Trọng Phụng", "Nguyễn Văn Cừ", "Tôn Đức Thắng"],
         [("Thanh Xuân Trung", "Thanh Xuân"), ("Khương Trung", "Thanh Xuân"), ("Ngọc Khánh", "Ba Đình"),
          ("Kim Mã", "Ba Đình"), ("Dịch Vọng Hậu", "Cầu Giấy"), ("Trung Hòa", "Cầu Giấy"),
          ("Quan Hoa", "Cầu Giấy"), ("Nghĩa Đô", "Cầu Giấy"), ("Yên Hòa", "Cầu Giấy"), ("Láng Hạ", "Đống Đa"),
          ("Phương Mai", "Đống Đa"), ("Kim Liên", "Đống Đa"), ("Văn Chương", "Đống Đa"),
          ("Ô Chợ Dừa", "Đống Đa"), ("Bạch Mai", "Hai Bà Trưng"), ("Minh Khai", "Hai Bà Trưng"),
          ("Bồ Đề", "Long Biên"), ("Quảng An", "Tây Hồ"), ("Mỹ Đình 1", "Nam Từ Liêm"), ("Mộ Lao", "Hà Đông"),
          ("Định Công", "Hoàng Mai")],
         ["Hà Nội", "Hà Nội", "TP. Hà Nội", "HN"], ["Hanoi", "Ha Noi"], ["ngõ", "ngõ", "ngách"],
         ["phố", "đường", ""]),
    City("hcm", ["Lê Văn Sỹ", "Nguyễn Đình Chiểu", "Cách Mạng Tháng Tám", "Võ Văn Tần", "Điện Biên Phủ",
                 "Nguyễn Thị Minh Khai", "Trần Hưng Đạo", "Lý Thường Kiệt", "Phan Xích Long",
                 "Quang Trung", "Lê Đức Thọ", "Phạm Văn Đồng", "Huỳnh Tấn Phát", "Nguyễn Oanh",
                 "Hoàng Văn Thụ", "Phan Đăng Lưu", "Xô Viết Nghệ Tĩnh", "Nguyễn Xí", "Âu Cơ",
                 "Lũy Bán Bích", "đường số 7", "đường số 19", "Nguyễn Văn Đậu", "Bùi Đình Túy"],
         [("Bến Thành", "1"), ("Bến Nghé", "1"), ("Tân Định", "1"), ("Đa Kao", "1"), ("Võ Thị Sáu", "3"),
          ("13", "3"), ("11", "3"), ("2", "3"), ("15", "10"), ("Tân Phong", "7"), ("Tân Phú", "7"),
          ("7", "Gò Vấp"), ("25", "Bình Thạnh"), ("13", "Bình Thạnh"), ("2", "Tân Bình"), ("13", "Tân Bình"),
          ("7", "Phú Nhuận"), ("15", "Phú Nhuận"), ("Bình Trị Đông B", "Bình Tân"), ("Tân Sơn Nhì", "Tân Phú"),
          ("Phú Trung", "Tân Phú"), ("Hiệp Bình Chánh", "TP. Thủ Đức"), ("Linh Trung", "TP. Thủ Đức")],
         ["TP.HCM", "TP. Hồ Chí Minh", "Tp HCM", "TPHCM", "Sài Gòn", "Thành phố Hồ Chí Minh"],
         ["HCMC", "Ho Chi Minh City"], ["hẻm"], ["đường", "", ""]),
    City("dn", ["Nguyễn Văn Linh", "Lê Duẩn", "Hùng Vương", "Ông Ích Khiêm", "Nguyễn Tri Phương",
                "Hoàng Diệu", "Trưng Nữ Vương", "Hàm Nghi", "Ngô Quyền", "Tôn Đức Thắng", "Núi Thành"],
         [("Thạc Gián", "Thanh Khê"), ("Chính Gián", "Thanh Khê"), ("Hải Châu 1", "Hải Châu"),
          ("Phước Ninh", "Hải Châu"), ("Nam Dương", "Hải Châu"), ("An Hải Bắc", "Sơn Trà"),
          ("Hòa Khánh Bắc", "Liên Chiểu"), ("Mỹ An", "Ngũ Hành Sơn")],
         ["Đà Nẵng", "TP. Đà Nẵng", "TP Đà Nẵng"], ["Da Nang"], ["kiệt", "kiệt", "hẻm"], ["đường", ""]),
    City("hue", ["Phan Đình Phùng", "Lê Lợi", "Hùng Vương", "Nguyễn Huệ", "Điện Biên Phủ", "Ngự Bình",
                 "Bà Triệu", "Nguyễn Sinh Cung", "Chi Lăng"],
         [(w, None) for w in ("Vĩnh Ninh", "Phú Hội", "Phước Vĩnh", "Trường An", "Vỹ Dạ", "An Cựu")],
         ["TP. Huế", "Huế", "Thừa Thiên Huế"], ["Hue"], ["kiệt"], ["đường", ""]),
    City("ct", ["30 Tháng 4", "Trần Hưng Đạo", "Mậu Thân", "Nguyễn Văn Cừ", "Hòa Bình", "Trần Văn Khéo"],
         [("Xuân Khánh", "Ninh Kiều"), ("An Hòa", "Ninh Kiều"), ("Hưng Lợi", "Ninh Kiều"), ("An Khánh", "Ninh Kiều"),
          ("Tân An", "Ninh Kiều"), ("Bùi Hữu Nghĩa", "Bình Thủy"), ("Lê Bình", "Cái Răng")],
         ["Cần Thơ", "TP. Cần Thơ"], ["Can Tho"], ["hẻm"], ["đường", ""]),
    City("vt", ["Trần Phú", "Hạ Long", "Ba Cu", "Lê Hồng Phong", "Thùy Vân", "Nguyễn An Ninh"],
         [(w, None) for w in ("5", "1", "Thắng Tam", "7", "Rạch Dừa")],
         ["TP. Vũng Tàu", "Vũng Tàu", "Bà Rịa - Vũng Tàu"], ["Vung Tau"], ["hẻm"], ["đường", ""]),
    City("hp", ["Lạch Tray", "Văn Cao", "Tô Hiệu", "Lê Lợi", "Điện Biên Phủ", "Trần Nguyên Hãn"],
         [("Đằng Giang", "Ngô Quyền"), ("Lạch Tray", "Ngô Quyền"), ("Cầu Đất", "Ngô Quyền"),
          ("Đông Khê", "Ngô Quyền"), ("Dư Hàng Kênh", "Lê Chân"), ("Hoàng Văn Thụ", "Hồng Bàng")],
         ["Hải Phòng", "TP. Hải Phòng"], ["Hai Phong"], ["ngõ"], ["đường", "phố", ""]),
]
CITY_WEIGHTS = [30, 34, 10, 6, 7, 6, 7]
CITY_BY_KEY = {c.key: c for c in CITIES}

DECOY_STREETS = ["Lê Lợi", "Trần Hưng Đạo", "Nguyễn Huệ", "Hai Bà Trưng", "Lý Thường Kiệt", "Lê Duẩn",
                 "Nguyễn Thị Minh Khai", "Võ Văn Tần", "Nguyễn Du", "Phan Chu Trinh", "Hoàng Diệu",
                 "Bà Triệu", "Trần Phú", "Lê Văn Sỹ", "Nguyễn Văn Cừ", "Điện Biên Phủ", "Quang Trung"]
DECOY_PLACES = ["chợ Bến Thành", "công viên Lê Văn Tám", "hồ Hoàn Kiếm", "sân bay Tân Sơn Nhất",
                "ga Hà Nội", "Vincom Bà Triệu", "chợ Đồng Xuân", "bến xe Miền Đông", "công viên Thống Nhất",
                "siêu thị Co.opmart Lý Thường Kiệt", "bến xe Giáp Bát", "chợ Hàn", "cầu Trần Thị Lý",
                "nhà văn hóa phường", "công viên Gia Định", "quảng trường Ba Đình"]
DECOY_HOSPITALS = ["Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Nhi Đồng 1",
                   "Bệnh viện Hữu nghị Việt Đức", "Bệnh viện Trưng Vương", "Bệnh viện Nguyễn Tri Phương",
                   "Bệnh viện Đa khoa Xanh Pôn", "BV Thanh Nhàn", "Bệnh viện Phạm Ngọc Thạch",
                   "Bệnh viện Đà Nẵng", "BV Lê Văn Thịnh", "Bệnh viện Nhân dân 115", "bệnh viện Từ Dũ"]
DECOY_SCHOOLS = ["trường THPT Nguyễn Du", "trường Tiểu học Lê Văn Tám", "trường THCS Trần Phú",
                 "trường THPT chuyên Lê Hồng Phong", "trường Mầm non Hoa Sen", "trường Tiểu học Kim Đồng",
                 "trường THPT Phan Đình Phùng", "trường Tiểu học Nguyễn Bỉnh Khiêm",
                 "trường THCS Nguyễn Trường Tộ", "trường THPT Lê Quý Đôn"]
DECOY_DISTRICTS = ["quận Hai Bà Trưng", "quận Lê Chân", "huyện Củ Chi", "quận Ngô Quyền", "phường Bến Nghé",
                   "quận Hoàn Kiếm", "phường Võ Thị Sáu", "quận Bình Thạnh", "huyện Đông Anh", "xã Tân Phú"]
PRODUCTS = ["iPhone 15 Pro", "iPhone 15 Pro Max 256GB", "Samsung Galaxy A55", "tai nghe AirPods Pro 2",
            "máy lọc nước Kangaroo KG10A3", "laptop Dell Inspiron 15 3520", "nồi chiên không dầu 5.2L",
            "Xiaomi Redmi Note 13", "máy giặt LG 9kg", "tủ lạnh Panasonic 322L", "iPad Air M2"]
DRUGS = ["Paracetamol 500mg", "Amoxicillin 500mg", "Panadol Extra", "Vitamin C 1000mg", "Augmentin 625mg",
         "Berberin", "Omeprazol 20mg", "Loratadin 10mg"]
BUILDINGS = ["Lotte Center", "Keangnam Landmark", "Bitexco", "Viettel Tower", "Saigon Centre", "Indochina Plaza"]
BANKS = ["Vietcombank", "Techcombank", "BIDV", "VietinBank", "MB Bank", "ACB", "VPBank", "TPBank",
         "Sacombank", "Agribank", "HDBank", "VIB"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]


# =============================================================================================
# Rendering context: one random generator per split, a shared registry of used values
# =============================================================================================
USED: dict[str, str] = {}  # normalized value -> split that used it (values are never reused)


class Gen:
    def __init__(self, split: str, seed: int):
        self.split = split
        self.rng = random.Random(seed)

    # -- helpers ------------------------------------------------------------------------------
    def digits(self, n: int) -> str:
        return "".join(self.rng.choice("0123456789") for _ in range(n))

    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def weighted(self, pairs):
        items, weights = zip(*pairs)
        return self.rng.choices(items, weights=weights)[0]

    def unique(self, make, key=lambda v: re.sub(r"[\s.\-()+]", "", fold(v))):
        """Draw with ``make()`` until the value was never used in any split."""
        for _ in range(1000):
            value = make()
            k = key(value)
            if k not in USED:
                USED[k] = self.split
                return value
        raise RuntimeError("could not draw an unused value")


@dataclass
class Profile:
    """One synthetic person; entities with the same @index in a template share it."""
    sex: str = ""
    age: str = "adult"  # child, student, adult, old
    foreign: bool = False
    name: str = ""
    birth: date | None = None
    province: str = ""  # CCCD province code (3 digits)
    extra: dict = field(default_factory=dict)


def fill_profile(g: Gen, p: Profile) -> None:
    if not p.sex:
        p.sex = g.pick("mf")
    years = {"child": (2012, 2020), "student": (2001, 2007), "adult": (1962, 2003), "old": (1940, 1962)}[p.age]
    # full birth dates are never reused (a bare birth year, "sinh năm 1985", inevitably is)
    p.birth = date.fromisoformat(g.unique(
        lambda: date(g.rng.randint(*years), g.rng.randint(1, 12), g.rng.randint(1, 28)).isoformat(),
        key=lambda v: "dob:" + v))
    p.province = g.pick(sorted(tables.CCCD_PROVINCES))


def person_name(g: Gen, p: Profile, syllables: int | None = None) -> str:
    if p.foreign:
        return g.unique(lambda: g.pick(FOREIGN), key=lambda v: "name:" + fold(v))

    def make() -> str:
        n = syllables or g.weighted([(2, 8), (3, 74), (4, 18)])
        surname = g.weighted(SURNAMES)
        given = g.pick(GIVEN_F if p.sex == "f" else GIVEN_M)
        if n == 2:
            parts = [surname, given]
        elif n == 3:
            parts = [surname, g.pick(MIDDLE_F if p.sex == "f" else MIDDLE_M), given]
        else:
            if p.sex == "f":
                parts = [surname, g.pick(["Thị", "Ngọc", "Thị", "Hoàng"]), g.pick(EXTRA_F), given]
            else:
                parts = [surname, g.pick(["Văn", "Quang", "Hữu", "Đức"]), g.pick(EXTRA_M), given]
        # "Nguyễn Minh Minh", "Hoàng Hoàng Mỹ Hồng", "Lê Lợi", "Nguyễn Vân" (folds to "nguyen van"): draw again
        if len({fold(x) for x in parts}) < len(parts) or " ".join(parts) in FAMOUS or \
                (n == 2 and fold(given) in ("van", "thi")):
            return make()
        return " ".join(parts)

    return g.unique(make, key=lambda v: "name:" + fold(v))


# =============================================================================================
# Entity values. Each returns the text exactly as written in the sentence.
# =============================================================================================
def luhn_complete(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return body + d
    raise AssertionError


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def make_cccd(g: Gen, p: Profile, mods: set[str]) -> str:
    def make() -> str:
        century = 0 if p.birth.year < 2000 else 2
        sexd = century + (1 if p.sex == "f" else 0)
        return p.province + str(sexd) + f"{p.birth.year % 100:02d}" + g.digits(6)

    d = g.unique(make)
    form = g.weighted([("plain", 88), ("space", 8), ("dot", 4)])
    if form == "space":
        return group(d, [3, 3, 6], " ")
    if form == "dot":
        return group(d, [3, 3, 6], ".")
    return d


def make_cmnd(g: Gen, p: Profile, mods: set[str]) -> str:
    return g.unique(lambda: g.pick(["0", "1", "2", "3"]) + g.digits(8))


def make_tax(g: Gen, p: Profile, mods: set[str]) -> str:
    def make() -> str:
        while True:
            if "personal" in mods or ("company" not in mods and g.chance(0.35)):
                nine = "8" + g.digits(8)
            else:
                nine = g.pick(["01", "01", "03", "03", "02", "04", "05", "06", "18", "23", "31", "36",
                               "37", "38", "40", "42"]) + g.digits(7)
            check = mst_check_digit(nine)
            if check is not None:
                return nine + str(check)

    main = g.unique(make)
    if "branch" in mods or ("personal" not in mods and g.chance(0.2)):
        return main + "-" + f"{g.weighted([(1, 5), (2, 3), (3, 2), (g.rng.randint(4, 999), 3)]):03d}"
    return main


def make_phone(g: Gen, p: Profile, mods: set[str]) -> str:
    if "land" in mods:
        def make_land() -> str:
            area = g.pick(["24", "24", "28", "28", "236", "225", "292", "234", "251"])
            return "0" + area + g.digits(10 - len(area))

        d = g.unique(make_land)
        if len(d) == 11 and d[1:3] in ("24", "28"):
            rest = d[3:]
            return g.pick([f"{d[:3]} {rest[:4]} {rest[4:]}", f"({d[:3]}) {rest[:4]} {rest[4:]}",
                           f"{d[:3]}.{rest[:4]}.{rest[4:]}", f"{d[:3]} {rest}"])
        rest = d[4:]
        return g.pick([f"{d[:4]} {rest[:3]} {rest[3:]}", f"{d[:4]}.{rest}", f"({d[:4]}) {rest[:3]} {rest[3:]}"])

    d = g.unique(lambda: g.pick(sorted(tables.MOBILE_PREFIXES)) + g.digits(7))
    form = "plain" if "plain" in mods else g.weighted(
        [("plain", 46), ("space", 14), ("dot", 11), ("+84 space", 8), ("+84", 8), ("84", 5), ("dash", 4),
         ("space4", 4)])
    n = d[1:]
    return {
        "plain": d,
        "space": f"{d[:4]} {d[4:7]} {d[7:]}",
        "dot": f"{d[:4]}.{d[4:7]}.{d[7:]}",
        "+84 space": f"+84 {n[:3]} {n[3:6]} {n[6:]}",
        "+84": "+84" + n,
        "84": "84" + n,
        "dash": f"{d[:4]}-{d[4:7]}-{d[7:]}",
        "space4": f"{d[:4]} {d[4:]}",
    }[form]


EMAIL_DOMAINS = [("gmail.com", 50), ("yahoo.com", 7), ("yahoo.com.vn", 5), ("outlook.com", 7),
                 ("hotmail.com", 5), ("icloud.com", 4)]
COMPANY_DOMAINS = ["minhphat.com.vn", "anphat-logistics.vn", "hoanglongtech.vn", "vietsun.com.vn",
                   "thanhcong-group.vn", "sao-viet.com", "dongaplastic.vn", "tamduc.com.vn", "greenhome.vn",
                   "bachdang-jsc.vn", "phuongnam-trading.com", "hungthinhland.vn"]
EDU_DOMAINS = ["st.hust.edu.vn", "sv.ueh.edu.vn", "student.hcmus.edu.vn", "sv.dut.udn.vn", "vnu.edu.vn"]


def make_email(g: Gen, p: Profile, mods: set[str]) -> str:
    if not p.name:
        p.name = person_name(g, p)
    parts = fold(p.name).replace("-", "").split()
    sur, giv = parts[0], parts[-1]
    initials = "".join(x[0] for x in parts[:-1])
    yy = f"{p.birth.year % 100:02d}"

    def make() -> str:
        if "company" in mods:
            local = g.pick([f"{giv}.{sur}", f"{giv}{initials}", "ketoan", "hotro", "cskh", f"{sur}{giv}.hr",
                            "info", "hoadon"])
            if local in ("ketoan", "hotro", "cskh", "info", "hoadon"):
                local += g.pick(["", str(g.rng.randint(1, 9)), "." + giv])
            return f"{local}@{g.pick(COMPANY_DOMAINS)}"
        if "edu" in mods:
            return f"{giv}.{initials}{g.digits(6)}@{g.pick(EDU_DOMAINS)}"
        local = g.pick([f"{''.join(parts)}{yy}", f"{giv}{sur}{yy}", f"{giv}.{sur}", f"{sur}{giv}{g.digits(3)}",
                        f"{giv}_{initials}{yy}", f"{initials}{giv}{g.digits(2)}", f"{giv}{sur}.{g.digits(4)}",
                        f"{sur}.{giv}{yy}"])
        return f"{local}@{g.weighted(EMAIL_DOMAINS)}"

    return g.unique(make, key=lambda v: v.lower())


def make_bank(g: Gen, p: Profile, mods: set[str]) -> str:
    n = g.weighted([(8, 3), (9, 8), (10, 14), (11, 6), (12, 8), (13, 12), (14, 10), (15, 3), (16, 3)])
    d = g.unique(lambda: g.pick("0123456789" if n >= 13 else "123456789") + g.digits(n - 1))
    if n in (12, 16) and g.chance(0.25):
        return group(d, [4] * 4, " ")
    return d


def make_card(g: Gen, p: Profile, mods: set[str]) -> str:
    def make() -> str:
        scheme = g.weighted([("visa", 4), ("mc", 3), ("napas", 4)]) if not mods & {"visa", "napas"} else \
            ("visa" if "visa" in mods else "napas")
        prefix = {"visa": "4" + g.digits(5), "mc": str(g.rng.randint(51, 55)) + g.digits(4),
                  "napas": g.pick(sorted(tables.BANK_BINS))}[scheme]
        return luhn_complete(prefix + g.digits(15 - len(prefix)))

    d = g.unique(make)
    form = g.weighted([("plain", 40), ("space", 42), ("dash", 18)])
    return d if form == "plain" else group(d, [4, 4, 4, 4], " " if form == "space" else "-")


BHYT_BY_AGE = {"child": ["TE", "HS", "HS"], "student": ["SV", "SV", "HS", "GD"],
               "adult": ["DN", "DN", "DN", "GD", "HC", "CN", "HN"], "old": ["HT", "HT", "CC", "CB", "GD"]}
BHYT_LEVEL = {"TE": 1, "HS": 4, "SV": 4, "DN": 4, "HC": 4, "GD": 4, "HT": 2, "CC": 2, "CB": 2, "CN": 3, "HN": 1}


def bhxh_number(g: Gen, p: Profile) -> str:
    if "bhxh" not in p.extra:
        p.extra["bhxh"] = g.unique(lambda: p.province[1:] + g.digits(8))
    return p.extra["bhxh"]


def make_bhyt(g: Gen, p: Profile, mods: set[str]) -> str:
    obj = next((m for m in mods if m in tables.BHYT_OBJECTS), None) or g.pick(BHYT_BY_AGE[p.age])
    value = f"{obj}{BHYT_LEVEL.get(obj, 4)}{p.province[1:]}{bhxh_number(g, p)}"
    return value if g.chance(0.9) else f"{value[:2]} {value[2]} {value[3:5]} {value[5:]}"


def make_bhxh(g: Gen, p: Profile, mods: set[str]) -> str:
    return bhxh_number(g, p)


def make_passport(g: Gen, p: Profile, mods: set[str]) -> str:
    return g.unique(lambda: g.weighted([("C", 7), ("P", 2), ("N", 1)]) + str(g.rng.randint(1, 9)) + g.digits(6))


CAR_SERIES = ["A", "A", "A", "C", "D", "E", "F", "G", "H", "K", "LD"]
MOTO_SERIES = ["B1", "F1", "G1", "H1", "K1", "L5", "N1", "P1", "S2", "T1", "V3", "X2", "Y1", "Z1", "E1"]


def make_plate(g: Gen, p: Profile, mods: set[str]) -> str:
    codes = sorted(c for c in tables.PLATE_PROVINCES if c != "80")
    kind = "car" if "car" in mods else "moto" if "moto" in mods else g.pick(["car", "moto"])

    def make() -> str:
        code = g.pick(codes)
        if kind == "car":
            series = g.pick(CAR_SERIES)
            num = g.digits(5) if g.chance(0.85) else g.digits(4)
        else:
            series = g.pick(MOTO_SERIES)
            num = g.digits(5) if g.chance(0.9) else g.digits(4)
        sep = g.weighted([("-", 70), (" ", 25), ("", 5)])
        body = f"{num[:3]}.{num[3:]}" if len(num) == 5 and g.chance(0.75) else num
        head = f"{code}{series}"
        if kind == "moto" and g.chance(0.12):
            head = f"{code}-{series}"
            sep = " "
        return f"{head}{sep}{body}"

    return g.unique(make, key=lambda v: "plate:" + re.sub(r"[\s.\-]", "", v))


def make_dob(g: Gen, p: Profile, mods: set[str], style: str) -> str:
    b = p.birth
    if "year" in mods:
        return str(b.year)
    if "en" in mods or style == "en":
        return g.pick([f"{b.day:02d}/{b.month:02d}/{b.year}", b.isoformat(), f"{MONTHS_EN[b.month - 1]} {b.day}, {b.year}",
                       f"{b.day} {MONTHS_EN[b.month - 1][:3]} {b.year}"])
    forms = [f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day}/{b.month}/{b.year}", f"{b.day}-{b.month}-{b.year}",
             f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}"]
    if "num" in mods:
        return g.pick(forms)
    if g.chance(0.22):
        return f"{b.day} tháng {b.month} năm {b.year}" if g.chance(0.7) else f"{b.day:02d} tháng {b.month:02d} năm {b.year}"
    return g.pick(forms)


def make_address(g: Gen, p: Profile, mods: set[str], style: str) -> str:
    city = CITY_BY_KEY[next(m for m in mods if m in CITY_BY_KEY)] if mods & set(CITY_BY_KEY) else \
        g.rng.choices(CITIES, weights=CITY_WEIGHTS)[0]
    en = style == "en"
    titled = style == "fold" and g.chance(0.35)

    def name(s: str) -> str:  # a proper name inside the address
        if style == "acc":
            return s
        f = fold(s)
        return " ".join(w.capitalize() if not w[0].isdigit() else w for w in f.split()) if (en or titled) else f

    def word(s: str) -> str:  # a common word inside the address (số, đường, phường, ...)
        return s if style == "acc" else fold(s)

    def make() -> str:
        street = g.pick(city.streets)
        if street.startswith(("phố ", "đường ")):
            pre, street_name = street.split(" ", 1)
            street_txt = f"{word(pre)} {name(street_name)}" if not en else f"{name(street_name)} {'Street' if pre == 'đường' else 'St'}"
        else:
            pre = g.pick(city.street_prefixes)
            if en:
                street_txt = f"{name(street)} {g.pick(['Street', 'Street', 'St'])}"
            else:
                street_txt = f"{word(pre)} {name(street)}".strip()
        n = g.rng.randint(1, 350)
        # house number or alley
        kind = g.weighted([("num", 55), ("alley", 30), ("slash", 15)])
        if kind == "num":
            house = str(n) + (g.pick("ABCD") if g.chance(0.15) else "")
        elif kind == "slash":
            house = f"{n}/{g.rng.randint(1, 60)}" + (f"/{g.rng.randint(1, 20)}" if city.key == "hcm" and g.chance(0.3) else "")
        else:
            alley = g.pick(city.alleys)
            a = g.rng.randint(2, 400)
            if en:
                house = g.pick([f"Alley {a}", f"{g.rng.randint(1, 90)} Alley {a}"])
            elif alley == "ngách":
                house = f"{word('số')} {g.rng.randint(1, 60)} {word('ngách')} {a}/{g.rng.randint(2, 90)}"
            else:
                house = g.pick([f"{word(alley)} {a}", f"{word('số')} {g.rng.randint(1, 90)} {word(alley)} {a}",
                                f"{g.rng.randint(1, 90)} {word(alley)} {a}"])
        if kind != "alley" and not en and g.chance(0.35):
            house = f"{g.pick(['số', 'số', 'Số']) if style == 'acc' else 'so'} {house}"
        head = f"{house} {street_txt}"

        units = []
        w, d = g.pick(city.wards)
        chain = g.weighted([("wdc", 30), ("wd", 14), ("dc", 14), ("wc", 16), ("c", 12), ("", 14)])
        if d is None:
            chain = chain.replace("d", "")
        for u in chain:
            if u == "w":
                if en:
                    units.append(f"Ward {w}" if w.isdigit() else f"{name(w)} Ward")
                elif w.isdigit():
                    units.append(g.pick([f"{word('phường')} {w}", f"P.{w}", f"P. {w}", f"p.{w}"]) if style == "acc" else
                                 g.pick([f"phuong {w}", f"p.{w}", f"p. {w}", f"p{w}", f"P{w}"]))
                else:
                    units.append(g.pick([f"{word('phường')} {name(w)}", f"{word('phường')} {name(w)}",
                                         f"P. {name(w)}", f"{'P' if style == 'acc' else 'p'}.{name(w)}"]))
            elif u == "d":
                if d.startswith("TP. "):  # a city inside the city (TP. Thủ Đức)
                    units.append(f"{name(d[4:])} City" if en else d if style == "acc" else
                                 f"tp. {name(d[4:])}" if g.chance(0.5) else f"tp {name(d[4:])}")
                elif en:
                    units.append(f"District {d}" if d.isdigit() else f"{name(d)} District")
                elif d.isdigit():
                    units.append(g.pick([f"{word('quận')} {d}", f"Q.{d}", f"Q{d}", f"Q. {d}"]) if style == "acc" else
                                 g.pick([f"quan {d}", f"q.{d}", f"q{d}", f"Q{d}"]))
                else:
                    units.append(g.pick([f"{word('quận')} {name(d)}", f"{word('quận')} {name(d)}",
                                         f"{'Q' if style == 'acc' else 'q'}. {name(d)}"]))
            else:
                c = g.pick(city.city_en) if en else g.pick(city.cities)
                units.append(c if en or style == "acc" else (name(c) if titled else fold(c)))
        sep = g.weighted([(", ", 88), (",", 8), (" , ", 4)])
        return sep.join([head] + units)

    return g.unique(make, key=lambda v: "addr:" + fold(v))


# =============================================================================================
# Decoys: never labelled. Each returns the accented form; fold() is applied in unaccented sentences.
# =============================================================================================
def dots(n: int, sep: str = ".") -> str:
    return f"{n:,}".replace(",", sep)


def decoy(g: Gen, kind: str, mods: set[str], style: str) -> str:
    r = g.rng
    en = style == "en" or "en" in mods
    if kind == "price":
        lo, hi = {"small": (15, 900), "mid": (1_000, 10_000), "big": (20_000, 2_000_000)}.get(
            next(iter(mods & {"small", "mid", "big"}), ""), (100, 30_000))
        a = r.randint(lo, hi) * 1000  # amount in đồng
        a = round(a, -len(str(a)) + 2)  # two significant digits, as prices are written
        if en:
            return g.pick([f"${max(1, a // 25000)}", f"{dots(a, ',')} VND", f"{dots(a, ',')} VND"])
        forms = [f"{dots(a)} đồng", f"{dots(a)}đ", f"{a}đ", f"{dots(a)} VND", f"{dots(a)} VNĐ"]
        if a < 1_000_000:
            forms += [f"{a // 1000}k", f"{a // 1000}k", f"{a // 1000} nghìn"]
        elif a < 1_000_000_000:
            m, rest = divmod(a, 1_000_000)
            forms += [f"{m} triệu" if not rest else f"{a / 1e6:g} triệu".replace(".", ",")]
            if rest and rest % 100_000 == 0 and m < 100:
                forms += [f"{m}tr{rest // 100_000}"]
        else:
            forms += [f"{a / 1e9:g} tỷ".replace(".", ",")]
        return g.pick(forms)
    if kind == "order":
        return g.pick([f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{g.digits(6)}",
                       f"DH{g.digits(8)}", f"{r.randint(2, 9)}{g.digits(9)}", f"#{g.digits(7)}",
                       f"{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}{g.pick('ABCDEFGHJK')}{g.digits(5)}"])
    if kind == "tracking":
        return g.pick([f"SPXVN0{g.digits(9)}", f"GY{''.join(g.pick('ABCDEFGHKLMNPQRSTUVXY') for _ in range(6))}",
                       f"EB{g.digits(9)}VN", f"VTP{g.digits(10)}", f"GHN{g.digits(8)}LQ",
                       f"LEX{g.digits(10)}"])
    if kind == "invoice":
        return f"{r.randint(1, 99999):07d}"
    if kind == "case":
        return f"000.{r.randint(0, 99):02d}.{r.randint(10, 40)}.H{r.randint(10, 60)}-{r.randint(24, 26)}{r.randint(1, 12):02d}{r.randint(1, 28):02d}-{r.randint(1, 999):04d}"
    if kind == "contract":
        return f"{r.randint(1, 150)}/{r.randint(2023, 2026)}/{g.pick(['HĐLĐ', 'HĐTN', 'HĐMB', 'HĐDV', 'HĐ-KT'])}"
    if kind == "date":
        y = r.randint(2015, 2025) if "past" in mods else r.randint(2026, 2027)
        m, d = r.randint(1, 12), r.randint(1, 28)
        if en:
            return g.pick([f"{MONTHS_EN[m - 1][:3]} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}"])
        return g.pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}-{m}-{y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}",
                       f"{d:02d}.{m:02d}.{y}"])
    if kind == "time":
        h = r.randint(*((7, 10) if "morning" in mods else (21, 23) if "night" in mods else (7, 20)))
        mi = g.pick([0, 0, 15, 30, 45])
        if en:
            return g.pick([f"{h - 12 if h > 12 else h}{'pm' if h >= 12 else 'am'}", f"{h}:{mi:02d}"])
        if "night" in mods:
            return g.pick([f"{h - 12} giờ", f"{h}h", f"{h - 12}h", f"{h}h{mi:02d}" if mi else f"{h} giờ"])
        if mi == 0:
            return g.pick([f"{h} giờ", f"{h}h", f"{h}:00"])
        return g.pick([f"{h} giờ {mi}", f"{h}h{mi:02d}", f"{h}:{mi:02d}", f"{h}g{mi:02d}", f"{h}h{mi}"])
    if kind == "badtax":
        while True:
            nine = (g.pick(["01", "03", "02", "8"]) + g.digits(9))[:9]
            good = mst_check_digit(nine)
            wrong = g.pick([d for d in "0123456789" if good is None or int(d) != good])
            value = nine + wrong
            if not check_mst(value).valid and not check_phone(value).valid:
                return value
    if kind == "badcard":
        while True:
            body = g.pick(["4" + g.digits(5), "5" + str(r.randint(1, 5)) + g.digits(4), g.pick(sorted(tables.BANK_BINS))])
            good = luhn_complete(body + g.digits(15 - len(body)))
            bad = good[:-1] + str((int(good[-1]) + r.randint(1, 9)) % 10)
            if not check_card(bad).valid:
                return g.pick([bad, group(bad, [4, 4, 4, 4], " ")])
    if kind == "badcccd":
        while True:
            code = f"{r.randint(0, 99):03d}"
            value = code + str(r.randint(0, 3)) + g.digits(8)
            if code not in tables.CCCD_PROVINCES and not check_cccd(value, TODAY).valid:
                return value
    if kind == "street":
        return f"{g.pick(['đường', 'đường', 'phố', 'Đường'])} {g.pick(DECOY_STREETS)}"
    if kind == "place":
        return g.pick(DECOY_PLACES)
    if kind == "hospital":
        return g.pick(DECOY_HOSPITALS)
    if kind == "school":
        return g.pick(DECOY_SCHOOLS)
    if kind == "district":
        return g.pick(DECOY_DISTRICTS)
    if kind == "room":
        return g.pick([f"phòng {r.randint(1, 9)}{r.randint(0, 2)}{r.randint(1, 9)}", f"P.{r.randint(101, 512)}",
                       f"phòng khám số {r.randint(1, 30)}", f"phòng {r.randint(1, 20)}"])
    if kind == "dose":
        return g.pick(["ngày 2 lần, mỗi lần 1 viên", f"{r.randint(1, 2)} viên x 3 lần/ngày", "5ml x 2 lần/ngày",
                       "1 viên trước khi ngủ", "2 viên sau ăn", "mỗi lần 1 gói, ngày 3 lần"])
    if kind == "qty":
        return g.pick([f"{r.randint(2, 10)} vỉ", f"{r.randint(2, 5)} hộp", f"{r.randint(2, 4)} chai 500ml", f"{r.randint(10, 30)} gói"])
    if kind == "product":
        return g.pick(PRODUCTS + [f"mã SP {g.pick('ABCDEFGH')}{g.digits(7)}"])
    if kind == "drug":
        return g.pick(DRUGS)
    if kind == "hotline":
        return g.pick([f"1900 {g.digits(4)}", f"1800 {g.digits(3)} {g.digits(3)}", f"1900.{g.digits(4)}",
                       f"1900{g.digits(4)}"])
    if kind == "year":
        return str(r.randint(2023, 2026))
    if kind == "age":
        return f"{r.randint(3, 88)} tuổi"
    if kind == "ticket":
        return g.digits(6)
    if kind == "seat":
        return f"{r.randint(1, 40)}{g.pick('ABCDEF')}"
    if kind == "studentid":
        return f"20{r.randint(19, 25)}{g.digits(4)}"
    if kind == "class":
        return g.pick([f"lớp {r.randint(1, 5)}{g.pick('ABCD')}", f"lớp {r.randint(6, 12)}A{r.randint(1, 9)}"])
    if kind == "schoolyear":
        y = r.randint(2025, 2027)
        return f"{y}-{y + 1}"
    if kind == "claim":
        return f"BT-{r.randint(2025, 2026)}-{g.digits(6)}"
    if kind == "building":
        return g.pick(BUILDINGS)
    if kind == "ewcode":
        return f"PE{r.randint(1, 15):02d}000{g.digits(6)}"
    if kind == "sbd":
        return f"{r.randint(1, 64):02d}{g.digits(6)}"
    if kind == "flightno":
        return str(r.randint(120, 1899))
    if kind == "serial":
        return f"{g.pick(['R58N', 'SN', 'C02X', 'F9K'])}{''.join(g.pick('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(7))}"
    if kind == "booking":
        return "".join(g.pick("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if kind == "bank":
        return g.pick(BANKS)
    if kind == "percent":
        return f"{r.randint(3, 9)},{r.randint(1, 9)}%"
    raise KeyError(kind)


# =============================================================================================
# Templates
# =============================================================================================
@dataclass
class T:
    text: str
    mode: str = "both"  # both: accented or folded; acc: always accented; un: written unaccented; en: English


# ---- dev: hospital intake, bank transfers, ward office, help desk, school, courier, vehicles ----
DEV_TEMPLATES = [
    # hospital intake
    T("Họ tên bệnh nhân: {PERSON:upper}; ngày sinh: {DOB:num}; số CCCD: {CCCD}; SĐT người nhà: {PHONE}."),
    T("Bệnh nhân {PERSON} ({~age}), địa chỉ {ADDRESS}, vào viện lúc {~time} ngày {~date} vì đau bụng."),
    T("Mã thẻ BHYT của mẹ tôi là {BHYT}, bà {PERSON:f,old} sinh năm {DOB:year}, nhờ phòng khám kiểm tra giúp thẻ còn hạn không ạ."),
    T("[BS.|Bác sĩ|bác sĩ] {PERSON} dặn uống {~drug} {~dose}, tái khám ngày {~date} tại {~room}."),
    T("Phiếu khám - {PERSON} - NS: {DOB:num} - thẻ BHYT {BHYT} - ĐT[: | ]{PHONE}"),
    T("Cho em đặt lịch khám ở {~hospital} sáng thứ Bảy, em không có bảo hiểm thì phí khám bao nhiêu ạ?"),
    T("Người bảo lãnh: {PERSON:m}, CMND số {CMND}, quan hệ với bệnh nhân: con trai, điện thoại {PHONE}."),
    T("Khoa Nhi ghi nhận bé {PERSON:child} sinh ngày {DOB}, nặng 14 kg, mẹ là chị {PERSON:f@2}."),
    T("Mẹ em tên {PERSON:f,old}, nhập viện {~hospital} từ ngày {~date:past}, số BHXH {BHXH}, nhờ khoa hướng dẫn làm thủ tục thanh toán."),
    T("Chị {PERSON:f} ơi, mã thẻ bảo hiểm y tế của chị là {BHYT} phải không ạ? Em ở quầy tiếp đón {~hospital}."),
    # bank transfers and cards
    T("Anh chuyển giúp em {~price} vào STK {BANK} {~bank}, chủ tài khoản {PERSON:upper}, nội dung: tiền nhà tháng 10."),
    T("Số tài khoản của tôi là {BANK} tại ngân hàng BIDV chi nhánh Đống Đa, người nhận {PERSON}."),
    T("Thẻ {CARD} của tôi bị trừ {~price} không rõ lý do, nhờ ngân hàng tra soát giúp. Liên hệ {PHONE}."),
    T("Em báo mất thẻ ATM số {CARD}, chủ thẻ {PERSON}, CCCD {CCCD}, xin khóa thẻ gấp."),
    T("Tôi nhập số thẻ {~badcard} mà app cứ báo sai, có phải thẻ bị lỗi không?"),
    T("tk so {BANK} mb bank ten {PERSON} nhe, ck xong chup bill gui e", "un"),
    T("Hạn mức chuyển khoản online của thẻ ghi nợ là bao nhiêu một ngày? Em cần chuyển {~price} cho đối tác."),
    T("Đề nghị hoàn tiền giao dịch ngày {~date:past}, số tiền {~price}, từ tài khoản số {BANK} về thẻ {CARD}."),
    T("Tôi chuyển nhầm {~price:small} vào STK {BANK} lúc {~time} ngày {~date:past}, mong chủ tài khoản liên hệ lại số {PHONE}."),
    T("Hồ sơ vay tiêu dùng: {PERSON}, CCCD {CCCD}, thu nhập {~price}/tháng, STK lương {BANK} tại Techcombank."),
    # ward office
    T("Kính gửi UBND phường, tôi tên {PERSON}, cư trú tại {ADDRESS}, phản ánh việc quán karaoke gần nhà mở nhạc đến {~time:night} đêm."),
    T("Tôi là {PERSON}, CCCD {CCCD} cấp ngày {~date:past}, đề nghị phường xác nhận tạm trú cho tôi tại {ADDRESS}."),
    T("Hồ sơ mã {~case} nộp từ {~date:past} đến nay chưa có kết quả, đề nghị cán bộ kiểm tra giúp."),
    T("Rác thải đổ bừa bãi ở đầu {~street} đã hơn một tuần, đề nghị phường cho người xử lý."),
    T("Đơn khiếu nại - ông {PERSON:m,old}, sinh ngày {DOB}, CMND {CMND}, hiện ở {ADDRESS}."),
    T("Nhà bên cạnh ở {ADDRESS} xây lấn sang đất nhà tôi, liên hệ tôi qua {PHONE} hoặc {EMAIL}."),
    T("Xác nhận thông tin cư trú: chủ hộ {PERSON}, nơi thường trú {ADDRESS}, số định danh cá nhân {CCCD}."),
    T("Cho hỏi làm CCCD gắn chip cho trẻ em dưới 14 tuổi cần mang theo giấy tờ gì ạ?"),
    T("Số CCCD {~badcccd} em nhập trên cổng dịch vụ công cứ báo không hợp lệ, là sao ạ?"),
    T("Giấy ủy quyền: bên ủy quyền {PERSON}, CCCD {CCCD}; bên được ủy quyền {PERSON@2}, CCCD {CCCD@2}."),
    T("Ông {PERSON:m,old} (số CMND {CMND}) là người nhận lương hưu thay bà {PERSON:f,old@2} từ tháng này."),
    # help desk chat
    T("alo shop oi, em dat don {~order} roi ma chua thay giao, sdt em {PHONE} nha", "un"),
    T("Chào bạn, mình quên mật khẩu tài khoản, email đăng ký là {EMAIL}, số điện thoại {PHONE}."),
    T("Em ơi cho chị hỏi {~product} còn hàng không, giá {~price} đúng không em?"),
    T("Mình là {PERSON}, đổi email liên hệ từ {EMAIL} sang {EMAIL:alt} giúp mình nhé."),
    T("hotline {~hotline} goi hoai ko ai nghe may, ai ho tro em voi", "un"),
    T("Cần xuất hóa đơn VAT cho đơn hàng {~order}: Công ty TNHH Minh Phát, MST {TAX:company}, email nhận hóa đơn {EMAIL:company}."),
    T("Ticket #{~ticket}: khách hàng {PERSON} báo không đăng nhập được, gọi lại qua {PHONE}."),
    T("Mình cần đổi số điện thoại đăng ký từ {PHONE} sang {PHONE:alt} cho tài khoản {EMAIL}."),
    T("Số tài khoản nhận học phí ghi trên thông báo có đúng không ạ, em sợ bị lừa đảo."),
    # school
    T("Đăng ký tuyển sinh lớp 1: học sinh {PERSON:child,upper}, ngày sinh {DOB}, mã định danh {CCCD}, phụ huynh {PERSON@2}."),
    T("Con tôi học {~school}, cho hỏi năm học {~schoolyear} học phí bao nhiêu và đóng trước ngày nào?"),
    T("Phụ huynh em {PERSON:child} vui lòng chuyển {~price} vào tài khoản số {BANK} của trường trước ngày {~date}."),
    T("Thẻ BHYT học sinh của cháu là {BHYT:HS}, cháu tên {PERSON:child}, học {~class}."),
    T("Nhà trường thông báo họp phụ huynh lúc {~time} ngày {~date} tại {~room}, đề nghị các gia đình đến đúng giờ."),
    T("Sinh viên {PERSON:student}, MSSV {~studentid}, thẻ BHYT {BHYT:SV}, email {EMAIL:edu}."),
    # courier / e-commerce
    T("Giao hàng tới: {PERSON} - {PHONE} - {ADDRESS}"),
    T("Mã vận đơn {~tracking} nằm ở kho 3 ngày rồi chưa phát, người nhận {PERSON}, sđt {PHONE}."),
    T("ship giup em toi {ADDRESS} nha, goi {PHONE} truoc 30p", "un"),
    T("Đơn {~order} giao thất bại, phí ship {~price:small}, hẹn giao lại ngày {~date}."),
    T("Người gửi: {PERSON}, {PHONE:plain}. Người nhận: {PERSON@2}, {ADDRESS@2}."),
    # vehicles
    T("Xe máy biển số {PLATE:moto} của tôi bị mất trước cửa {~place} lúc {~time}, chủ xe {PERSON}, sđt {PHONE}."),
    T("Tra cứu phạt nguội cho xe BKS {PLATE:car}, chủ xe ông {PERSON:m}, CCCD {CCCD}."),
    T("Chiếc xe {PLATE} đậu chắn cổng {~school} từ sáng, ai biết chủ xe báo giúp."),
    T("Đăng ký xe mới: chủ xe {PERSON}, ngày sinh {DOB}, địa chỉ {ADDRESS}, biển số được cấp {PLATE:car}."),
    # social insurance and tax
    T("Mã số BHXH của tôi là {BHXH}, tôi đóng bảo hiểm được 8 năm, muốn rút một lần thì làm thế nào?"),
    T("Tôi {PERSON}, số sổ BHXH {BHXH}, đề nghị chốt sổ do công ty cho nghỉ việc từ {~date:past}."),
    T("Cá nhân {PERSON} có mã số thuế {TAX:personal}, đề nghị quyết toán thuế TNCN năm {~year}."),
    T("MST {~badtax} tra trên trang thuế không ra, anh chị kiểm tra giúp em."),
    T("Công ty chúng tôi (MST: {TAX:company}) cần xác nhận công nợ theo hợp đồng số {~contract}."),
    T("Hợp đồng lao động số {~contract} ký với {PERSON}, MST cá nhân {TAX:personal}, mã số BHXH {BHXH}."),
    # travel
    T("Khách {PERSON}, hộ chiếu số {PASSPORT}, đặt vé chuyến bay ngày {~date}, ghế {~seat}."),
    T("Em cần gia hạn passport {PASSPORT}, sắp hết hạn vào {~date}, thủ tục ở {~district} như thế nào ạ?"),
    T("Số hộ chiếu {PASSPORT} của chồng tôi là anh {PERSON:m} bị ghi sai một chữ số trên vé, nhờ hãng sửa giúp."),
    # jobs
    T("CV ứng tuyển vị trí kế toán: {PERSON}, sinh năm {DOB:year}, email {EMAIL}, điện thoại {PHONE}."),
    T("Văn phòng công ty ở tầng 5, số máy bàn {PHONE:land}, gặp chị {PERSON:f} phòng nhân sự."),
    # English-mixed
    T("Hi team, I'm {PERSON}, my phone is {PHONE} and my email is {EMAIL}. Please call me after {~time}.", "en"),
    T("Pls refund to my card {CARD}, order {~order}, amount {~price}. Thanks!", "en"),
    T("Shipping address: {ADDRESS}. Receiver: {PERSON}, tel {PHONE}.", "en"),
    T("Mình mua {~product} trên web, payment bằng card {CARD} nhưng bị declined, check giúp mình với."),
    # written without diacritics by hand
    T("toi ten {PERSON}, cccd {CCCD}, dang ky tiem vacxin cho con o tram y te phuong", "un"),
    T("e can chuyen khoan gap, stk: {BANK} techcombank, chu tk {PERSON:upper}", "un"),
    T("ad oi mst cty e la {TAX:company} xuat hoa don giup e, mail {EMAIL:company}", "un"),
    T("so cmt cua bo em la {CMND}, ong sinh nam {DOB:year,old} co lam lai the duoc ko a", "un"),
    T("bien so xe {PLATE} bi phat nguoi {~price:small} ha mn, nop phat o dau vay", "un"),
    T("chi oi dia chi nha e: {ADDRESS}, sdt {PHONE}, ship cod giup e nhe", "un"),
    T("nay e di kham o {~hospital} ma quen mang the bhyt, so the la {BHYT} dung duoc ko a", "un"),
    # no PII
    T("Từ ngày {~date} phòng khám chuyển về {~street}, mở cửa từ {~time:morning} đến 17 giờ."),
    T("Thuốc này uống {~dose}, mỗi đợt {~qty}, giá {~price:small} một hộp."),
    T("Chủ nhật này {~place} có chợ phiên không mọi người? Mình định đi lúc {~time}."),
    T("Hóa đơn số {~invoice} ngày {~date:past} ghi sai tên hàng, em xin hủy và lập lại hóa đơn mới."),
    # added for coverage of tax codes and passports
    T("Đăng ký hộ kinh doanh: chủ hộ {PERSON}, mã số thuế {TAX:personal}, CCCD {CCCD}."),
    T("Em là kế toán, mã số thuế công ty em là {TAX:company}, bị khóa trên hệ thống hóa đơn điện tử, nhờ chi cục thuế mở giúp."),
    T("Xin visa du lịch Hàn Quốc cho {PERSON}, số hộ chiếu {PASSPORT}, email liên hệ {EMAIL}."),
    T("mat passport {PASSPORT} o khach san roi, lien he {PHONE} giup em voi", "un"),
    T("e muon hoi mst ca nhan {TAX:personal} cua e da quyet toan nam ngoai chua", "un"),
    T("Thẻ tín dụng {CARD} của tôi bị lộ thông tin, đề nghị phát hành thẻ mới và gửi về {ADDRESS}."),
    T("Biên bản vi phạm: người điều khiển xe {PLATE} là {PERSON}, CMND {CMND}, lỗi không đội mũ bảo hiểm, phạt {~price}."),
    T("xe e {PLATE:car} bi cau di luc {~time}, lien he ai de lay xe a", "un"),
    T("Mình muốn liên kết thẻ {CARD} với ví điện tử nhưng không nhận được OTP về số {PHONE}."),
]

# ---- holdout: insurance claims, jobs, hotels, rentals, pharmacy, utilities, tax office, police ----
HOLDOUT_TEMPLATES = [
    # insurance claims
    T("Yêu cầu bồi thường bảo hiểm xe: chủ hợp đồng {PERSON}, biển kiểm soát {PLATE:car}, số liên lạc {PHONE}."),
    T("Người được bảo hiểm {PERSON} (ngày sinh {DOB}) nằm viện 5 ngày, đề nghị chi trả vào số tài khoản {BANK} ngân hàng ACB."),
    T("Hồ sơ bồi thường số {~claim} đã được duyệt, số tiền {~price} sẽ chuyển trong 7 ngày làm việc."),
    T("Khách hàng {PERSON} khai báo mất xe {PLATE:moto} tại bãi gửi xe {~place}, đề nghị bộ phận giám định xác minh."),
    T("Em muốn mua thêm gói bảo hiểm sức khỏe cho bố mẹ, phí năm đầu khoảng {~price} có đúng không?"),
    # jobs
    T("Tôi xin ứng tuyển vị trí nhân viên kinh doanh. Họ và tên: {PERSON}. Năm sinh: {DOB:year}. Liên hệ: {PHONE} / {EMAIL}"),
    T("Phòng nhân sự đã nhận CV của bạn {PERSON}, lịch phỏng vấn lúc {~time} ngày {~date}, tầng 12 tòa {~building}."),
    T("Ứng viên {PERSON} gửi kèm bản scan CCCD {CCCD} và sổ BHXH số {BHXH} để hoàn tất thủ tục nhận việc."),
    T("Mức lương offer {~price} gross, thử việc 2 tháng, ngày bắt đầu {~date}, mong bạn phản hồi sớm."),
    T("Người lao động {PERSON:f}, số BHXH {BHXH}, đăng ký nghỉ thai sản từ ngày {~date}."),
    T("Mẫu đơn xin nghỉ phép: Tôi tên là {PERSON}, bộ phận kho, xin nghỉ từ {~date} đến hết tuần."),
    # hotels and travel
    T("Check-in: khách {PERSON}, số hộ chiếu {PASSPORT}, {~room}, trả phòng ngày {~date}."),
    T("Đoàn mình có 4 người, đặt 2 phòng đôi 3 đêm từ ngày {~date}, tổng {~price} đã gồm ăn sáng chưa ạ?"),
    T("Hồ sơ xin visa Nhật của {PERSON}: passport số {PASSPORT}, ngày sinh {DOB}, email nhận kết quả {EMAIL}."),
    T("Bảo lãnh visa: người bảo lãnh {PERSON}, hộ chiếu {PASSPORT}, địa chỉ liên lạc {ADDRESS}."),
    T("Chuyến bay VN{~flightno} khởi hành {~time}, hành khách {PERSON} vui lòng có mặt tại cửa số 12."),
    T("Vui lòng chuyển tiền giữ phòng vào STK {BANK} (MB Bank), nội dung ghi mã đặt phòng {~booking}."),
    # rentals and real estate
    T("Thuê xe tự lái: người thuê {PERSON}, CCCD {CCCD}, đặt cọc {~price}, nhận xe {PLATE:car} tại {ADDRESS}."),
    T("Hợp đồng thuê căn hộ: bên A {PERSON}, CCCD {CCCD}; bên B {PERSON@2}, CCCD {CCCD@2}."),
    T("Cho thuê phòng trọ tại {ADDRESS}, giá {~price:mid}/tháng, liên hệ chính chủ {PHONE}."),
    T("Hợp đồng thuê nhà số {~contract} hết hạn ngày {~date}, tiền cọc hoàn vào STK {BANK} của người thuê."),
    T("Sổ hồng nhà ở {ADDRESS} đứng tên {PERSON}, đang thế chấp ngân hàng, cần tư vấn thủ tục sang tên."),
    T("Nhà em ở gần {~place}, đi {~street} rẽ vào hẻm là tới, cứ hỏi quán nước đầu hẻm."),
    # pharmacy and telemedicine
    T("Nhà thuốc nhận đơn của {PERSON}: {~drug}, {~dose}, thanh toán bằng thẻ BHYT {BHYT}."),
    T("Tư vấn từ xa: bệnh nhân {PERSON} {~age}, ho sốt 3 ngày, SĐT/Zalo {PHONE}."),
    T("Uống {~drug} trước ăn hay sau ăn vậy dược sĩ? Liều {~dose} có nhiều quá không?"),
    T("Phòng xét nghiệm gửi kết quả của {PERSON} qua email {EMAIL} trước {~time} hôm nay."),
    T("Ngày sinh ghi trên giấy khai sinh của cháu là {DOB:child}, nhưng thẻ BHYT {BHYT} lại ghi khác."),
    # utilities
    T("Đăng ký lắp công tơ điện mới cho nhà {ADDRESS}, chủ hộ {PERSON}, CMND {CMND}."),
    T("Mã khách hàng điện {~ewcode} tháng này bị tính {~price:small}, cao gấp đôi tháng trước."),
    T("Lắp mạng cáp quang tại {ADDRESS}, người liên hệ anh {PERSON:m} {PHONE}."),
    T("Khu vực {~district} tạm ngưng cấp nước từ {~time} ngày {~date} để sửa đường ống."),
    # tax office
    T("Tờ khai thuế: người nộp thuế {PERSON}, mã số thuế {TAX:personal}, địa chỉ {ADDRESS}."),
    T("Chi nhánh Cần Thơ, mã số thuế {TAX:branch}, phải nộp tờ khai quý 3 trước ngày {~date}."),
    T("Mã số thuế {~badtax} báo không tồn tại khi em ký hóa đơn điện tử, mong cơ quan thuế hỗ trợ."),
    T("Tôi cần cấp lại mã số thuế cá nhân do chuyển từ CMND sang CCCD, thủ tục ra sao?"),
    T("Công ty TNHH Thương mại An Khang, MST {TAX:company}, trụ sở {ADDRESS}, điện thoại {PHONE:land}."),
    # civil status and police
    T("Đăng ký kết hôn: chồng {PERSON:m}, CCCD {CCCD}; vợ {PERSON:f@2}, sinh ngày {DOB@2}."),
    T("Kính gửi Công an phường, tôi {PERSON}, số định danh {CCCD}, trình báo bị mất ví có thẻ ATM {CARD}."),
    T("Ai nhặt được ví mang tên {PERSON} xin liên hệ {PHONE}, hậu tạ chu đáo."),
    T("Đăng ký thường trú cho con: bé {PERSON:child}, ngày sinh {DOB}, về ở cùng bố mẹ tại {ADDRESS}."),
    T("Trường hợp của tôi CMND {CMND} đã hết hạn, chưa đổi sang CCCD thì có rút được tiền tiết kiệm không?"),
    T("Liên hệ khẩn cấp: vợ tôi {PERSON:f}, {PHONE}; em trai {PERSON:m@2}, {PHONE@2}."),
    # cards and shopping
    T("Đổi trả hàng: đơn {~order}, sản phẩm {~product}, hoàn tiền về thẻ {CARD}."),
    T("Mình bị trừ tiền 2 lần cho cùng đơn {~order}, thẻ Visa {CARD:visa}, tổng {~price}."),
    T("Phí thường niên thẻ tín dụng hạng vàng là bao nhiêu, năm đầu có được miễn không?"),
    T("Số thẻ {~badcard} nhập vào app báo sai, mình gõ lại mấy lần vẫn lỗi."),
    T("Thẻ Napas {CARD:napas} bị nuốt tại cây ATM trên {~street}, chủ thẻ {PERSON}."),
    T("Trả góp {~product}: khách {PERSON}, CCCD {CCCD}, trả trước {~price}, kỳ hạn 12 tháng."),
    T("Phiếu bảo hành: khách hàng {PERSON}, SĐT {PHONE}, sản phẩm {~product}, số serial {~serial}."),
    T("Đăng ký hội viên phòng gym: {PERSON}, số đt {PHONE}, gói 12 tháng giá {~price:mid}."),
    T("Quỹ ủng hộ miền Trung nhận qua tài khoản số {BANK}, nội dung chuyển khoản: {PERSON:plain,upper} ung ho."),
    T("Thông tin nhận hoàn tiền: tài khoản số {BANK}, chủ TK {PERSON:plain,upper}, ngân hàng Sacombank."),
    T("Cảnh báo: kẻ gian mạo danh nhân viên ngân hàng gọi điện đòi mã OTP, tuyệt đối không cung cấp."),
    T("Phí chuyển tiền liên ngân hàng dưới 500 nghìn có mất phí không ạ?"),
    T("Gửi tiết kiệm {~price:big} kỳ hạn 6 tháng, lãi suất {~percent}/năm thì cuối kỳ được bao nhiêu?"),
    # school / university
    T("Tuyển sinh đại học: thí sinh {PERSON:student}, số báo danh {~sbd}, CCCD {CCCD}, email {EMAIL}."),
    T("Điểm chuẩn ngành Công nghệ thông tin năm nay là 27,5, học phí khoảng {~price} mỗi năm."),
    # vehicles
    T("Tài xế {PERSON:m} lái xe {PLATE:car} đón khách ở {~place} lúc {~time}."),
    T("Bán xe Wave chính chủ, BKS {PLATE:moto}, giá {~price}, alo {PHONE}."),
    T("Cho hỏi năm nay lỗi vượt đèn đỏ xe máy bị phạt bao nhiêu tiền?"),
    # social insurance
    T("Tra cứu quá trình đóng bảo hiểm với mã số BHXH {BHXH}, số điện thoại xác thực {PHONE}."),
    # English
    T("Dear HR, please find attached my resume. Name: {PERSON}, DOB: {DOB}, mobile {PHONE}, email {EMAIL}.", "en"),
    T("Booking confirmed for {PERSON:foreign}. Contact number {PHONE} (WhatsApp). Check-in {~date}.", "en"),
    T("Em gửi thông tin payment: card number {CARD}, exp 08/27, name on card {PERSON:plain,upper}."),
    T("Deliver to {ADDRESS}, call {PHONE} when you arrive, the gate code is 4521.", "en"),
    T("Invoice #{~invoice} for {~price} is overdue since {~date:past}, please pay via the usual link.", "en"),
    T("My passport number is {PASSPORT}, born on {DOB}, I need to change the name on my ticket.", "en"),
    # written without diacritics by hand
    T("cho minh hoi mst {TAX} la cua cty nao vay, minh can doi chieu hoa don", "un"),
    T("so bhxh cua e la {BHXH} ma tra cuu tren app vssid ko ra", "un"),
    T("a oi em gui thong tin dat coc: ho ten {PERSON}, cmnd {CMND}, stk {BANK} vietinbank", "un"),
    T("nha minh o {ADDRESS} nha shipper, toi goi {PHONE}", "un"),
    T("ho chieu cua me em {PASSPORT} het han thang sau, lam lai mat bao lau vay", "un"),
    T("xe {PLATE} dau truoc cong nha toi 2 ngay roi, ai la chu xe vui long lien he", "un"),
    T("hom nay 30/4 ngan hang co lam viec ko mn", "un"),
    T("the bhyt {BHYT} cua con e het han {~date}, gia han o dau vay a", "un"),
    T("mk ten {PERSON}, ngay sinh {DOB:num}, dang ky hoc lai bang lai xe B2", "un"),
    T("tai xe grab nay bien so {PLATE:car} lai au, sdt tai xe {PHONE}", "un"),
    T("toi la {PERSON}, gui kem scan cccd {CCCD} va so ho chieu {PASSPORT} de lam the tam tru", "un"),
    # added for coverage of tax codes, e-mail, BHYT and CMND
    T("Hóa đơn đỏ xuất cho đơn vị: Công ty CP Sao Việt, mã số thuế {TAX:company}, địa chỉ email nhận {EMAIL:company}."),
    T("Nhờ chị gửi bảng lương tháng này về email {EMAIL} giúp em, em là {PERSON} phòng kỹ thuật."),
    T("Đại lý bảo hiểm {PERSON:f}, mã số thuế cá nhân {TAX:personal}, nhận hoa hồng qua STK {BANK}."),
    T("gui lai e mau to khai nhe, mst {TAX} , email {EMAIL}", "un"),
    T("Mã thẻ bảo hiểm y tế {BHYT} của bà {PERSON:f,old} bị sai năm sinh, cần đính chính lại."),
    T("Số chứng minh nhân dân cũ của tôi là {CMND}, nay đã đổi sang căn cước {CCCD}, đề nghị ngân hàng cập nhật."),
    T("Biên nhận hồ sơ cấp đổi căn cước: công dân {PERSON}, số CCCD {CCCD}, hẹn trả kết quả ngày {~date}."),
    T("Hợp đồng mua bán xe: bên bán {PERSON}, CCCD {CCCD}, xe biển số {PLATE:car}, giá {~price:big}."),
    T("Bố tôi dùng CMND {CMND} mở thẻ {CARD:napas} từ lâu, nay muốn đổi sang thẻ chip thì làm sao?"),
    T("Gia hạn bảo hiểm y tế hộ gia đình cho {PERSON}, mã thẻ {BHYT:GD}, mức đóng {~price:small} mỗi tháng."),
]


# =============================================================================================
# Template rendering
# =============================================================================================
TOKEN = re.compile(r"\{[^{}]+\}|\[[^\[\]]*\]")
PLACEHOLDER = re.compile(r"^\{(~?)([A-Za-z_]+)(?::([a-zA-Z0-9_,]+))?(?:@(\d))?\}$")


def parse(template: str) -> list[tuple]:
    out, pos = [], 0
    for m in TOKEN.finditer(template):
        if m.start() > pos:
            out.append(("lit", template[pos:m.start()]))
        tok = m.group(0)
        if tok.startswith("["):
            out.append(("alt", tok[1:-1].split("|")))
        else:
            pm = PLACEHOLDER.match(tok)
            if not pm:
                raise ValueError(f"bad placeholder {tok!r} in {template!r}")
            tilde, name, mods, pid = pm.groups()
            mods = set(mods.split(",")) if mods else set()
            if tilde:
                out.append(("decoy", name, mods))
            else:
                if name not in TYPES:
                    raise ValueError(f"unknown entity {name!r} in {template!r}")
                out.append(("ent", name, mods, int(pid or 1)))
        pos = m.end()
    if pos < len(template):
        out.append(("lit", template[pos:]))
    return out


def has_diacritics(s: str) -> bool:
    return fold(s) != s.lower()


def case_person(g: Gen, name: str, mods: set[str], style: str, foreign: bool = False) -> str:
    if foreign:
        return name
    if style == "fold" or "plain" in mods:
        f = fold(name)
        if "upper" in mods:
            return f.upper()
        return g.weighted([(f, 55), (f.title(), 40), (f.upper(), 5)]) if style == "fold" else f.title()
    if style == "en":
        return name if g.chance(0.35) else fold(name).title()
    return name.upper() if "upper" in mods else name


def render(g: Gen, template: T, style: str) -> tuple[str, list[dict], list[str]]:
    tokens = parse(template.text)
    profiles: dict[int, Profile] = {}
    for tok in tokens:  # person attributes first, whatever order the placeholders come in
        if tok[0] == "ent":
            p = profiles.setdefault(tok[3], Profile())
            mods = tok[2]
            if "f" in mods:
                p.sex = "f"
            if "m" in mods:
                p.sex = "m"
            for age in ("child", "student", "old"):
                if age in mods:
                    p.age = age
            if "foreign" in mods:
                p.foreign = True
    for p in profiles.values():
        fill_profile(g, p)

    pieces: list[tuple[str, str | None]] = []
    decoys: list[str] = []
    for tok in tokens:
        if tok[0] == "lit":
            s = tok[1]
            pieces.append((fold(s) if style == "fold" and template.mode != "un" else s, None))
        elif tok[0] == "alt":
            s = g.pick(tok[1])
            pieces.append((fold(s) if style == "fold" and template.mode != "un" else s, None))
        elif tok[0] == "decoy":
            if tok[1] == "age" and 1 in profiles:  # the age of the person in the sentence
                s = f"{TODAY.year - profiles[1].birth.year} tuổi"
            else:
                s = decoy(g, tok[1], tok[2], style)
            decoys.append(tok[1])
            pieces.append((fold(s) if style == "fold" else s, None))
        else:
            _, name, mods, pid = tok
            p = profiles[pid]
            if name == "PERSON":
                syll = 2 if "2" in mods else 4 if "4" in mods else None
                if p.name and "alt" not in mods:
                    value = p.name
                else:
                    value = p.name = person_name(g, p, syll)
                value = case_person(g, value, mods, style, p.foreign)
            elif name == "DOB":
                value = make_dob(g, p, mods, style)
                value = fold(value) if style == "fold" else value
            elif name == "ADDRESS":
                value = make_address(g, p, mods, style)
            else:
                value = {"CCCD": make_cccd, "CMND": make_cmnd, "TAX": make_tax, "PHONE": make_phone,
                         "EMAIL": make_email, "BANK": make_bank, "CARD": make_card, "BHYT": make_bhyt,
                         "BHXH": make_bhxh, "PASSPORT": make_passport, "PLATE": make_plate}[name](g, p, mods)
            pieces.append((value, TYPES[name]))

    if style == "fold" and pieces and pieces[0][1] is None and g.chance(0.35):
        first = pieces[0][0]
        pieces[0] = (first[:1].upper() + first[1:], None)

    text, entities = "", []
    for s, label in pieces:
        s = unicodedata.normalize("NFC", s)
        if label:
            entities.append({"type": label, "start": len(text), "end": len(text) + len(s), "text": s})
        text += s
    return text, entities, decoys


# =============================================================================================
# Building and checking a split
# =============================================================================================
def build(split: str, pool: list[T]) -> tuple[list[dict], dict]:
    seed, n = SPLITS[split]
    g = Gen(split, seed)
    order: list[int] = []
    while len(order) < n:
        idx = list(range(len(pool)))
        g.rng.shuffle(idx)
        order += idx
    order = order[:n]
    # choose which sentences are typed without diacritics
    target = round(UNACCENTED_SHARE * n)
    forced = [i for i, t in enumerate(order) if pool[t].mode == "un"]
    optional = [i for i, t in enumerate(order) if pool[t].mode == "both"]
    folded = set(forced) | set(g.rng.sample(optional, max(0, target - len(forced))))

    rows, stats = [], {"decoy_sentences": 0, "no_pii": 0, "unaccented": 0, "english": 0,
                       "per_sentence": Counter(), "decoys": Counter()}
    for i, t in enumerate(order):
        template = pool[t]
        style = "en" if template.mode == "en" else "fold" if i in folded else "acc"
        text, entities, decoys = render(g, template, style)
        rows.append({"id": f"{split}-{i + 1:04d}", "text": text, "entities": entities})
        stats["decoy_sentences"] += bool(decoys)
        stats["decoys"].update(decoys)
        stats["no_pii"] += not entities
        stats["unaccented"] += style == "fold"
        stats["english"] += style == "en"
        stats["per_sentence"][len(entities)] += 1
    return rows, stats


EMAIL_RE = re.compile(r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", re.I)
ADDRESS_START = re.compile(r"^(số |so |Số |\d|ngõ |ngo |hẻm |hem |kiệt |kiet |Alley )")


def verify(rows: list[dict], split: str) -> None:
    problems = []
    for row in rows:
        text = row["text"]
        if unicodedata.normalize("NFC", text) != text:
            problems.append((row["id"], "text not NFC"))
        last_end = -1
        if len(row["entities"]) > MAX_ENTITIES:
            problems.append((row["id"], "too many entities"))
        for e in row["entities"]:
            v, typ = e["text"], e["type"]
            if text[e["start"]:e["end"]] != v:
                problems.append((row["id"], "span text mismatch", e))
            if e["start"] < last_end:
                problems.append((row["id"], "overlap", e))
            last_end = e["end"]
            if v != v.strip() or not v:
                problems.append((row["id"], "span has outer white space", e))
            ok = {
                "CCCD": lambda: check_cccd(v, TODAY).valid,
                "CMND": lambda: check_cmnd(v).valid,
                "TAX_CODE": lambda: check_mst(v).valid,
                "PHONE": lambda: check_phone(v).valid,
                "CARD": lambda: check_card(v).valid and luhn_ok(re.sub(r"\D", "", v)),
                "HEALTH_INSURANCE": lambda: check_bhyt(v).valid,
                "PLATE": lambda: check_plate(v).valid,
                "SOCIAL_INSURANCE": lambda: re.fullmatch(r"\d{10}", v) is not None,
                "PASSPORT": lambda: re.fullmatch(r"[CNP]\d{7}", v) is not None,
                "BANK_ACCOUNT": lambda: 8 <= len(re.sub(r" ", "", v)) <= 16 and re.fullmatch(r"\d[\d ]*\d", v) is not None,
                "EMAIL": lambda: EMAIL_RE.fullmatch(v) is not None,
                "DOB": lambda: re.fullmatch(r"\d{4}|\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d\d-\d\d|"
                                            r"\d{1,2} (tháng|thang) \d{1,2} (năm|nam) \d{4}|[A-Z][a-z]+ \d{1,2}, \d{4}|"
                                            r"\d{1,2} [A-Z][a-z]{2} \d{4}", v) is not None,
                "PERSON": lambda: 2 <= len(v.split()) <= 4,
                "ADDRESS": lambda: ADDRESS_START.match(v) is not None and not v.endswith((",", ".")),
            }[typ]()
            if not ok:
                problems.append((row["id"], "invalid value", e))
            if typ == "PHONE" and "+84" in text[max(0, e["start"] - 3):e["start"]]:
                problems.append((row["id"], "+84 left out of the span", e))
    if problems:
        for p in problems[:30]:
            print("PROBLEM", split, p, file=sys.stderr)
        raise SystemExit(f"{len(problems)} problems in {split}; nothing written")


def template_overlap() -> tuple[float, str, str]:
    """Most similar (dev, holdout) template pair, placeholders removed."""
    def bare(t: T) -> str:
        return fold(TOKEN.sub(" ", t.text))

    best = (0.0, "", "")
    for a in DEV_TEMPLATES:
        for b in HOLDOUT_TEMPLATES:
            r = difflib.SequenceMatcher(None, bare(a), bare(b)).ratio()
            if r > best[0]:
                best = (r, a.text, b.text)
    return best


def main() -> None:
    for name, pool in (("DEV", DEV_TEMPLATES), ("HOLDOUT", HOLDOUT_TEMPLATES)):
        texts = [t.text for t in pool]
        assert len(set(texts)) == len(texts), f"duplicate template in {name}"
        assert len(pool) >= 70, f"{name} has only {len(pool)} templates"
        for t in pool:
            parse(t.text)
            if t.mode in ("un", "en"):
                assert not has_diacritics(TOKEN.sub("", t.text)), f"diacritics in {t.text!r}"
    assert not set(t.text for t in DEV_TEMPLATES) & set(t.text for t in HOLDOUT_TEMPLATES)
    ratio, a, b = template_overlap()
    assert ratio < 0.8, (ratio, a, b)

    results = {}
    for split, pool in (("dev", DEV_TEMPLATES), ("holdout", HOLDOUT_TEMPLATES)):
        rows, stats = build(split, pool)
        verify(rows, split)
        results[split] = (rows, stats)

    # no value may occur in both splits (except a bare birth year)
    def keys(rows):
        return {(e["type"], re.sub(r"[\s.\-()+]", "", fold(e["text"]))) for r in rows for e in r["entities"]
                if not (e["type"] == "DOB" and len(e["text"]) == 4)}
    shared = keys(results["dev"][0]) & keys(results["holdout"][0])
    assert not shared, f"values shared between splits: {sorted(shared)[:5]}"

    # counts
    all_types = list(MINIMUMS)
    counts = {s: Counter(e["type"] for r in rows for e in r["entities"]) for s, (rows, _) in results.items()}
    failures = []
    for s in results:
        scale = 1.0 if s == "dev" else 0.8
        for typ, m in MINIMUMS.items():
            if counts[s][typ] < m * scale:
                failures.append(f"{s}: {typ} {counts[s][typ]} < {m * scale:g}")
    print(f"{'type':18} {'dev':>5} {'holdout':>8}   (minimum dev / holdout)")
    for typ in all_types:
        print(f"{typ:18} {counts['dev'][typ]:5} {counts['holdout'][typ]:8}   ({MINIMUMS[typ]} / {MINIMUMS[typ] * 0.8:g})")
    print(f"{'total entities':18} {sum(counts['dev'].values()):5} {sum(counts['holdout'].values()):8}")
    for s, (rows, st) in results.items():
        n = len(rows)
        print(f"{s}: {n} sentences, {len(DEV_TEMPLATES if s == 'dev' else HOLDOUT_TEMPLATES)} templates; "
              f"unaccented {st['unaccented']} ({st['unaccented'] / n:.0%}), English {st['english']}, "
              f"no PII {st['no_pii']} ({st['no_pii'] / n:.0%}), with a decoy {st['decoy_sentences']} "
              f"({st['decoy_sentences'] / n:.0%}); entities per sentence {dict(sorted(st['per_sentence'].items()))}")
        if st["unaccented"] / n < 0.27 or st["no_pii"] / n < 0.15 or st["decoy_sentences"] / n < 0.25:
            failures.append(f"{s}: share of unaccented / no-PII / decoy sentences too low")
    print(f"most similar dev/holdout template pair: {ratio:.2f}")
    if failures:
        raise SystemExit("; ".join(failures) + "; nothing written")

    for s, (rows, _) in results.items():
        with open(HERE / f"{s}.jsonl", "w", encoding="utf-8", newline="\n") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote", ", ".join(f"{s}.jsonl" for s in results))


if __name__ == "__main__":
    main()
