"""Read the CSV files people actually have: exported by Excel or an old accounting program, in UTF-8 (with or
without a byte-order mark), Windows-1258 (Vietnamese, tone marks as combining characters) or Windows-1252,
with a comma, semicolon, tab or bar between fields."""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from dataclasses import dataclass

DELIMITERS = ",;\t|"
LEGACY_ENCODINGS = ("cp1258", "cp1252")
# Read as cp1252, a cp1258 file shows these letters, or a capital with a mark right after a small letter
# ("HoÌa" for "Hòa"); Vietnamese text read right has neither.
_NOT_VIETNAMESE = set("ÐðÞþŠšŽž¥")
_MARKED_CAPITALS = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")


@dataclass
class CsvText:
    text: str
    encoding: str  # "utf-8-sig" (had a BOM), "utf-8", "cp1258" or "cp1252"
    delimiter: str


def _oddities(text: str) -> int:
    """How un-Vietnamese a decoding looks: mojibake letters, and combining marks left over after NFC."""
    composed = unicodedata.normalize("NFC", text)
    odd = sum(ch in _NOT_VIETNAMESE or unicodedata.combining(ch) > 0 for ch in composed)
    return odd + sum(a.islower() and b in _MARKED_CAPITALS for a, b in zip(composed, composed[1:], strict=False))


def decode(data: bytes) -> tuple[str, str]:
    """The text of ``data`` (NFC) and the encoding it was read in."""
    if data.startswith(codecs.BOM_UTF8):
        return unicodedata.normalize("NFC", data[len(codecs.BOM_UTF8):].decode("utf-8")), "utf-8-sig"
    try:
        return unicodedata.normalize("NFC", data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError:
        pass
    readings = []
    for encoding in LEGACY_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        readings.append((_oddities(text), encoding, text))
    if not readings:
        raise ValueError("the file is not UTF-8, Windows-1258 or Windows-1252 text")
    _, encoding, text = min(readings, key=lambda r: r[0])  # ties go to cp1258: this is a Vietnamese tool
    return unicodedata.normalize("NFC", text), encoding


def delimiter_of(header: str) -> str:
    """The delimiter the header line uses most (outside quotes); a comma when it has none."""
    unquoted = re.sub(r'"[^"]*"', "", header)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes) -> tuple[list[dict[str, str]], list[str], CsvText]:
    """Rows, header and how the file was written; ``ValueError`` (with a reason) for what cannot be read."""
    text, encoding = decode(data)
    header = text.split("\n", 1)[0]
    delimiter = delimiter_of(header)
    reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter)
    fields = [name.strip() for name in reader.fieldnames or []]
    reader.fieldnames = fields
    return list(reader), fields, CsvText(text, encoding, delimiter)
