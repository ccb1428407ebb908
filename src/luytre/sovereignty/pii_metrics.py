"""Score a PII scanner against labeled sentences (``tests/data/pii/*.jsonl``).

Structured identifiers must match the labeled span exactly (after trimming
spaces and trailing punctuation): half a phone number left in clear text is a
leak. Names and addresses count when the found span overlaps the label,
because where an address ends ("…, Hà Nội" or not) is a matter of style.
"""

from __future__ import annotations

from collections import Counter
from typing import Any, Iterable

from luytre.sovereignty.entities import Entity
from luytre.sovereignty.pii import STRUCTURED_TYPES, PiiScanner

SOFT_TYPES = ("PERSON", "ADDRESS")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in " .,;:":
        end -= 1
    while start < end and text[start] == " ":
        start += 1
    return start, end


def _matches(text: str, found: Entity, label: dict[str, Any]) -> bool:
    if found.type != label["type"]:
        return False
    if label["type"] in SOFT_TYPES:
        return bool(found.start < label["end"] and label["start"] < found.end)
    return _trim(text, found.start, found.end) == _trim(text, label["start"], label["end"])


def evaluate(scanner: PiiScanner, rows: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """Recall per type and for structured identifiers and names, overall precision, and the misses."""
    labeled: Counter[str] = Counter()
    recalled: Counter[str] = Counter()
    found_total, found_right = 0, 0
    misses, false_alarms = [], []
    for row in rows:
        text = row["text"]
        found = scanner.scan(text)
        labels = row["entities"]
        for label in labels:
            labeled[label["type"]] += 1
            if any(_matches(text, f, label) for f in found):
                recalled[label["type"]] += 1
            else:
                misses.append({"id": row["id"], **label})
        for f in found:
            found_total += 1
            if any(_matches(text, f, label) for label in labels):
                found_right += 1
            else:
                false_alarms.append({"id": row["id"], **f.to_dict()})

    def recall(types: Iterable[str]) -> float:
        n = sum(labeled[t] for t in types)
        return round(sum(recalled[t] for t in types) / n, 4) if n else 1.0

    return {
        "labeled": sum(labeled.values()),
        "recall_structured": recall(STRUCTURED_TYPES),
        "recall_names": recall(["PERSON"]),
        "recall_addresses": recall(["ADDRESS"]),
        "precision": round(found_right / found_total, 4) if found_total else 1.0,
        "per_type": {t: {"labeled": labeled[t], "recall": recall([t])} for t in sorted(labeled)},
        "misses": misses,
        "false_alarms": false_alarms,
    }
