"""Generate labelled address variants from the official tables (run from the repository root).

    .venv/bin/python tests/data/address/generate.py

Every record starts from one unit picked at random from the official tables
(old ward, new ward, or island district); the text is then written in one of
the styles people use, and the label is the unit's code. The new-map label of
an old address is not stored: it is derived at evaluation time from the
official old→new mapping, so labels cannot drift from the tables.

Two files with different seeds: ``dev.jsonl`` (used while developing the
parser) and ``test.jsonl`` (used only to report).
"""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

from luytre.kinds.address.tables import AdminTables, Unit, extract_tables
from luytre.text.normalize import fold

HERE = Path(__file__).parent
# Streets named after people and places: many are also ward or province names somewhere.
STREETS = ["Lê Lợi", "Trần Phú", "Quang Trung", "Hai Bà Trưng", "Nguyễn Huệ", "Điện Biên Phủ", "Lý Thường Kiệt",
           "Hùng Vương", "Lê Duẩn", "Nguyễn Trãi", "Trần Hưng Đạo", "Phan Đình Phùng", "Hà Nội", "Tràng Tiền",
           "Bạch Đằng", "Lạc Long Quân", "Nguyễn Văn Cừ", "Võ Thị Sáu", "Cách Mạng Tháng Tám", "Ba Tháng Hai",
           "Nguyễn Thị Minh Khai", "Hoàng Diệu", "Lê Thánh Tông", "Phạm Văn Đồng", "Thống Nhất", "Độc Lập"]
STREET_FORMS = ["{n} {s}", "số {n} {s}", "{n} đường {s}", "{n}/{m} {s}", "số nhà {n}, đường {s}",
                "ngõ {m} phố {s}", "{n} {s} street"]
WARD_ABBR = {"Phường": ["Phường", "P.", "P ", "phường", "F."], "Xã": ["Xã", "X.", "xã"],
             "Thị trấn": ["Thị trấn", "TT.", "TT ", "thị trấn"], "Đặc khu": ["Đặc khu"]}
DISTRICT_ABBR = {"Quận": ["Quận", "Q.", "Q ", "quận"], "Huyện": ["Huyện", "H.", "huyện"],
                 "Thị xã": ["Thị xã", "TX.", "TX ", "thị xã"], "Thành phố": ["Thành phố", "TP.", "TP ", "Tp "]}
PROVINCE_ABBR = {"Tỉnh": ["Tỉnh", "T.", "tỉnh", ""], "Thành phố": ["Thành phố", "TP.", "TP ", "Tp. ", ""]}
PROVINCE_NICKNAMES = {"79": ["TPHCM", "TP HCM", "Tp.HCM", "HCM", "Sài Gòn", "SG"], "01": ["HN", "Hà Nội", "TP Hà Nội"],
                      "77": ["BR-VT", "Bà Rịa - Vũng Tàu", "BRVT"], "46": ["Thừa Thiên Huế", "TT Huế", "Huế"]}
NOISE = [", Việt Nam", ", VN", " Vietnam", ", gần chợ", " (gần UBND)", ",,", " 700000"]


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c))) \
        .replace("đ", "d").replace("Đ", "D")


def needs_marks(tables: AdminTables, ward: Unit, province: str) -> bool:
    """Whether another ward of the same new province differs from this one only by diacritics.

    Without marks such an address is ambiguous, and its label would be a guess."""
    twins = {u.name for u in tables.wards.values() if u.parent == province and u.key == ward.key}
    twins |= {u.name for u in tables.old_wards.values() if u.key == ward.key
              and tables.province_old_to_new[tables.old_province_of(u)] == province}
    return len({n.split(" ", 1)[-1] if n.split(" ")[0] in ("Phường", "Xã") else n for n in twins}) > 1


def typo(name: str, rng: random.Random) -> str | None:
    """One or two letter edits inside the name's longest word."""
    words = name.split(" ")
    i = max(range(len(words)), key=lambda k: len(words[k]))
    word = words[i]
    if len(word) < 4:
        return None
    edits = 1 if rng.random() < 0.7 or len(fold(name).replace(" ", "")) < 8 else 2
    for _ in range(edits):
        pos = rng.randrange(1, len(word) - 1)
        op = rng.choice(["swap", "drop", "replace", "double"])
        if op == "swap":
            word = word[:pos] + word[pos + 1] + word[pos] + word[pos + 2:]
        elif op == "drop":
            word = word[:pos] + word[pos + 1:]
        elif op == "replace":
            word = word[:pos] + rng.choice("aeiounhtc") + word[pos + 1:]
        else:
            word = word[:pos] + word[pos] + word[pos:]
    words[i] = word
    out = " ".join(words)
    return out if fold(out) != fold(name) else None


def short(name: str, unit_type: str) -> str:
    return name[len(unit_type):].strip()


def typed(name: str, unit_type: str, table: dict[str, list[str]], rng: random.Random) -> str:
    """The name with its type word spelt out, abbreviated or dropped (never dropped for numbered units)."""
    bare = short(name, unit_type)
    forms = table.get(unit_type, [unit_type])
    numbered = bare.isdigit() or set(bare) <= set("IVX")
    form = rng.choice(forms + ([""] if not numbered else []))
    if numbered and bare.isdigit() and rng.random() < 0.3:
        bare = bare.zfill(2)
    if not form:
        return bare
    return form + bare if form.endswith((".", " ")) else f"{form} {bare}"


def province_text(tables: AdminTables, code: str, era: str, rng: random.Random) -> str:
    unit = (tables.provinces if era == "new" else tables.old_provinces)[code]
    if code in PROVINCE_NICKNAMES and rng.random() < 0.5 and (era == "old" or code != "77"):
        nick = rng.choice(PROVINCE_NICKNAMES[code])
        if era == "new" and code == "46" and nick != "Huế":
            nick = "Huế"
        return nick
    return typed(unit.name, unit.type, PROVINCE_ABBR, rng)


def finish(parts: list[str], rng: random.Random, cases: list[str], keep_marks: bool = False) -> str:
    if rng.random() < 0.15:
        parts = parts[::-1]
        cases.append("reversed")
    sep = rng.choice([", ", ", ", ",", " - ", " "]) if rng.random() < 0.3 else ", "
    text = sep.join(p for p in parts if p)
    if rng.random() < 0.12:
        text += rng.choice(NOISE)
        cases.append("noise")
    if rng.random() < 0.35 and not keep_marks:
        text = strip_marks(text)
        cases.append("no_diacritics")
    if rng.random() < 0.05:
        text = text.upper()
        cases.append("noise")
    return text


def street(rng: random.Random, cases: list[str]) -> str:
    if rng.random() > 0.45:
        return ""
    cases.append("street_first")
    name = rng.choice(STREETS)
    return rng.choice(STREET_FORMS).format(n=rng.randint(1, 399), m=rng.randint(2, 90), s=name)


def written_ward(ward: Unit, rng: random.Random, cases: list[str]) -> str | None:
    """The ward as written, sometimes with a typo (None: no recoverable typo for this name)."""
    text = typed(ward.name, ward.type, WARD_ABBR, rng)
    if rng.random() < 0.12:
        wrong = typo(short(ward.name, ward.type), rng)
        if wrong is None:
            return None
        text = text.replace(short(ward.name, ward.type), wrong)
        cases.append("typo")
    return text


def old_record(tables: AdminTables, rng: random.Random) -> dict | None:
    code = rng.choice(sorted(tables.old_wards))
    ward = tables.old_wards[code]
    district = tables.old_districts[ward.parent]
    province_code = district.parent
    cases: list[str] = []
    if short(ward.name, ward.type).isdigit() or set(short(ward.name, ward.type)) <= set("IVX"):
        cases.append("numbered_ward")
    ward_text = written_ward(ward, rng, cases)
    if ward_text is None:
        return None
    district_text = typed(district.name, district.type, DISTRICT_ABBR, rng)
    if district.code == "769" and rng.random() < 0.5:
        district_text = rng.choice(["Quận 2", "Q.9", "Quận Thủ Đức", "Q2"])
        cases.append("history")
    new_province = tables.provinces[tables.province_old_to_new[province_code]]
    # Mixed: the old ward under the name of the new province it is now part of (when that name changed).
    mixed = rng.random() < 0.1 and new_province.key != tables.old_provinces[province_code].key
    if mixed:
        province = province_text(tables, tables.province_old_to_new[province_code], "new", rng)
        cases.append("mixed")
    else:
        province = province_text(tables, province_code, "old", rng)
    if len(tables.old_to_new[code]) > 1:
        cases.append("split_ward")
    text = finish([street(rng, cases), ward_text, district_text, province], rng, cases,
                  keep_marks=needs_marks(tables, ward, tables.province_old_to_new[province_code]))
    if "abbrev" not in cases and any(a in text for a in ("P.", "Q.", "TP", "TX", "TT", "F.", "H.", "HCM")):
        cases.append("abbrev")
    return {"text": text, "format": "mixed" if mixed else "old", "old_ward_code": code, "cases": cases}


def new_record(tables: AdminTables, rng: random.Random) -> dict | None:
    code = rng.choice(sorted(tables.wards))
    ward = tables.wards[code]
    cases: list[str] = []
    ward_text = written_ward(ward, rng, cases)
    if ward_text is None:
        return None
    text = finish([street(rng, cases), ward_text, province_text(tables, ward.parent, "new", rng)], rng, cases,
                  keep_marks=needs_marks(tables, ward, ward.parent))
    return {"text": text, "format": "new", "ward_code": code, "province_code": ward.parent, "cases": cases}


def generate(tables: AdminTables, seed: int, n: int, prefix: str) -> list[dict]:
    rng = random.Random(seed)
    records: list[dict] = []
    while len(records) < n:
        record = old_record(tables, rng) if rng.random() < 0.55 else new_record(tables, rng)
        if record is None:
            continue
        records.append({"id": f"{prefix}{len(records) + 1:04d}", **record})
    return records


def main() -> None:
    tables = extract_tables()
    for name, seed, n in (("dev", 11, 800), ("test", 29, 1200)):
        records = generate(tables, seed, n, name[0])
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as out:
            for record in records:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{name}: {len(records)} records")


if __name__ == "__main__":
    main()
