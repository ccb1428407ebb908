"""The four labelled tasks, each asked the same way of a luytre expert and of a small LLM.

A task gives, per item: the text the expert is asked (through the node, exactly as a user asks it),
the text the LLM is asked, the allowed answers the LLM may give, and the gold answer in the same
vocabulary. Samples are drawn with a fixed seed, so every run asks the same items.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SEED = 20261206
PROVINCES = 4  # address items come from the provinces with most hand-written old-format addresses


@dataclass(frozen=True)
class Item:
    expert_query: str
    llm_query: str
    gold: str
    choices: tuple[str, ...]  # the allowed answers shown to the LLM (and enforced by its grammar)
    shots: tuple[tuple[str, str], ...] = ()  # few-shot pairs of this item's own kind, when not the task's


@dataclass
class Task:
    name: str
    expert: str  # the reference expert that answers it
    source: str  # the labelled set, for the report
    instructions: str  # what the LLM is told, before the allowed answers
    shots: list[tuple[str, str]]  # few-shot (question, answer) pairs, never from the scored items
    items: list[Item]
    read_expert: Callable[[dict[str, Any] | None], str]  # the node's ``result`` -> an answer in the gold vocabulary
    notes: list[str] = field(default_factory=list)


def _jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _sample(rows: list, n: int) -> list:
    return random.Random(SEED).sample(rows, min(n, len(rows)))


def triage(n: int) -> Task:
    """Department (or emergency) for a patient's complaint, on the blind hold-out ``holdout2.jsonl``."""
    import tomllib

    source = ROOT / "experts" / "vn-health-triage"
    labels = tomllib.loads((source / "manifest.toml").read_text(encoding="utf-8"))["labels"]
    name = {label: spec["name"]["vi"] for label, spec in labels.items()}
    choices = tuple(name.values())
    train = _jsonl(source / "data" / "train.jsonl")
    shots, seen = [], set()
    for row in random.Random(SEED).sample(train, len(train)):  # one training example per department
        if row["label"] not in seen and len(row["text"]) < 120:
            seen.add(row["label"])
            shots.append((row["text"], name[row["label"]]))
    items = [Item(r["text"], r["text"], name[r["label"]], choices)
             for r in _sample(_jsonl(source / "data" / "holdout2.jsonl"), n)]
    return Task(
        "triage", "vn-health-triage", "experts/vn-health-triage/data/holdout2.jsonl (blind hold-out)",
        "Bạn là nhân viên phân luồng ở bệnh viện. Đọc lời kể triệu chứng và trả lời đúng MỘT khoa phải đến, "
        "chọn trong danh sách. Dấu hiệu nguy hiểm đến tính mạng thì trả lời \"Cấp cứu\".",
        shots, items, lambda result: name.get((result or {}).get("label"), ""))


def address(n: int) -> Task:
    """Old (pre-2025) address -> the new ward, on hand-written addresses in the old format."""
    from luytre.kinds.address.metrics import gold_of, read_records
    from luytre.kinds.address.tables import extract_tables

    tables = extract_tables()
    by_province: dict[str, list[str]] = {}
    for code, ward in tables.wards.items():
        if ward.era == "new":
            by_province.setdefault(ward.parent, []).append(code)
    label = {}  # ward code -> the answer text: its name, with the code where a province has the name twice
    for codes in by_province.values():
        names = [tables.wards[c].name for c in codes]
        for c in codes:
            label[c] = tables.wards[c].name + (f" ({c})" if names.count(tables.wards[c].name) > 1 else "")

    def choices_of(province: str) -> tuple[str, ...]:
        return tuple(sorted(label[c] for c in by_province[province]))

    records = [r for r in read_records([ROOT / "tests" / "data" / "address" / "handwritten.jsonl"])
               if r["format"] == "old" and gold_of(r, tables).ward_code]
    counts = Counter(gold_of(r, tables).province_code for r in records)
    provinces = {code for code, _ in counts.most_common(PROVINCES)}  # one long prompt prefix per province
    records = [r for r in records if gold_of(r, tables).province_code in provinces]
    rows = [(r, gold_of(r, tables)) for r in _sample(records, n)]
    rows.sort(key=lambda pair: pair[1].province_code)  # items of one province share a prompt prefix
    dev: dict[str, list[tuple[str, str]]] = {}  # examples from dev.jsonl, by province: answers from the same list
    for r in read_records([ROOT / "tests" / "data" / "address" / "dev.jsonl"]):
        gold = gold_of(r, tables)
        if "old_ward_code" in r and gold.ward_code:
            dev.setdefault(gold.province_code, []).append((r["text"], label[gold.ward_code]))
    shots = [pair for pairs in dev.values() for pair in pairs][:2]
    items = [Item(r["text"], r["text"], label[g.ward_code], choices_of(g.province_code),
                  tuple(random.Random(SEED).sample(dev.get(g.province_code, shots), 2))) for r, g in rows]

    def read(result: dict[str, Any] | None) -> str:
        code = (result or {}).get("ward_code")
        return label.get(code, "") if code else ""

    return Task(
        "address", "vn-address",
        f"tests/data/address/handwritten.jsonl (format \"old\", the {PROVINCES} provinces with most; "
        "not blind any more)",
        "Từ 1/7/2025 Việt Nam bỏ cấp huyện và sáp nhập nhiều phường, xã. Cho một địa chỉ viết theo đơn vị hành "
        "chính cũ, trả lời phường/xã/đặc khu MỚI chứa địa chỉ đó, chọn trong danh sách phường/xã mới của tỉnh.",
        shots, items, read,
        notes=[("The LLM is given the new wards of the gold province only (it need not find the province); "
                "the expert gets the address alone and must find province and ward itself.")])


def identity(n: int) -> Task:
    """Is this identifier valid? On ``tests/data/identity/values.jsonl`` (garbage lines left out)."""
    kinds = {"cccd": "số căn cước công dân (CCCD)", "cmnd": "số chứng minh nhân dân (CMND)",
             "mst": "mã số thuế", "phone": "số điện thoại", "card": "số thẻ thanh toán", "plate": "biển số xe",
             "bhyt": "mã thẻ bảo hiểm y tế", "vietqr": "chuỗi mã VietQR"}
    choices = ("hợp lệ", "không hợp lệ")
    rows = [r for r in _jsonl(ROOT / "tests" / "data" / "identity" / "values.jsonl") if r["type"] in kinds]
    picked = _sample(rows, n)
    rest = [r for r in rows if r not in picked and len(r["value"]) < 40]
    shots = [(f"{kinds[r['type']]}: {r['value']}", choices[not r["valid"]])
             for r in random.Random(SEED).sample(rest, 4)]
    items = [Item(r["value"], f"{kinds[r['type']]}: {r['value']}", choices[not r["valid"]], choices) for r in picked]

    def read(result: dict[str, Any] | None) -> str:
        values = (result or {}).get("values") or []
        return choices[not (values and values[0].get("valid"))]

    return Task(
        "identity", "vn-identity", "tests/data/identity/values.jsonl (written as an independent oracle)",
        "Kiểm tra mã định danh Việt Nam: theo quy tắc chính thức (độ dài, mã tỉnh, chữ số kiểm tra, đầu số nhà "
        "mạng, Luhn, CRC), giá trị sau có hợp lệ không? Trả lời \"hợp lệ\" hoặc \"không hợp lệ\".",
        shots, items, read,
        notes=["The LLM is told the identifier's type; the expert gets the bare value and detects the type itself."])


def procedures(n: int, documents: dict[str, str]) -> Task:
    """Citizen's question -> the document that answers it, among the 32 sample procedures.

    ``documents`` maps each document's path to its title, as the built expert indexed them."""
    questions = [q for q in _jsonl(ROOT / "experts" / "vn-procedures" / "eval" / "questions.jsonl")
                 if q["answerable"]]
    choices = tuple(documents[d] for d in sorted(documents))
    picked = _sample(questions, n)
    shots = []
    for q in random.Random(SEED + 1).sample([q for q in questions if q not in picked], 3):
        shots.append((q["question"], documents[q["doc"]]))

    def read(result: dict[str, Any] | None) -> str:
        citations = (result or {}).get("citations") or []
        return documents.get(citations[0]["doc"], "") if citations else ""

    return Task(
        "procedures", "vn-procedures", "experts/vn-procedures/eval/questions.jsonl (answerable; not blind any more)",
        "Bạn là cán bộ một cửa. Người dân hỏi về thủ tục hành chính; trả lời tên MỘT thủ tục trong danh sách "
        "có tài liệu trả lời câu hỏi.",
        shots, [Item(q["question"], q["question"], documents[q["doc"]], choices) for q in picked], read,
        notes=[("Scored on the document only. The expert's first citation counts even when it answers "
                "\"not found\" (it still names the closest section), as in bench/retrieval.py's top-1.")])
