"""What a personal-data scan works on and finds, without the scanner: the cleaned text its offsets refer to,
the entities, a redaction and the way back. The scanner (``luytre.sovereignty.pii``) imports presidio, seconds
of start-up; what only checks or restores text imports this module alone."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from luytre.errors import InvalidQuery
from luytre.identifiers.extract import MAX_TEXT_CHARS
from luytre.sovereignty.normalize import clean_text

MAX_SCAN_CHARS = MAX_TEXT_CHARS


@lru_cache(maxsize=256)
def cleaned(text: str) -> str:
    """``clean_text(text)``, remembered for the latest texts: an ask cleans its question in each stage
    (checked, screened, scanned, redacted)."""
    return clean_text(text)


def prepare_text(text: str) -> str:
    """The cleaned form (``sovereignty.normalize.clean``: NFC, no format characters, ASCII digits; offsets
    refer to it); refuse text longer than a scan is meant for."""
    if not isinstance(text, str):
        raise InvalidQuery("the text must be a string")
    if len(text) > MAX_SCAN_CHARS:
        raise InvalidQuery(f"the text has {len(text)} characters; a scan takes at most {MAX_SCAN_CHARS}")
    return cleaned(text)


@dataclass
class Entity:
    type: str
    start: int
    end: int
    text: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"type": self.type, "start": self.start, "end": self.end, "text": self.text,
                "score": round(self.score, 3)}


@dataclass
class Redaction:
    """Text with each personal value replaced by a typed placeholder, and the way back.

    ``mapping`` (placeholder -> value) stays on this node: it is what lets the
    node restore values in the answer it returns to its own user."""

    text: str
    mapping: dict[str, str] = field(default_factory=dict)

    def restore(self, value: Any) -> Any:
        """``value`` (a string, or lists and dicts of them) with placeholders put back."""
        if isinstance(value, str):
            for placeholder, original in self.mapping.items():
                value = value.replace(placeholder, original)
            return value
        if isinstance(value, list):
            return [self.restore(v) for v in value]
        if isinstance(value, dict):
            return {k: self.restore(v) for k, v in value.items()}
        return value
