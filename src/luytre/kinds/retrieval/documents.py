"""Read an organization's documents and split them into passages that follow their structure.

Formats: ``.txt``, ``.md``, ``.html``/``.htm``, ``.docx`` and ``.pdf`` (its text
layer). A file that cannot be read (corrupt, empty, too large, not text) is
reported and skipped; the others are still indexed. Text that is not UTF-8 is
decoded as Windows-1258 (the Vietnamese code page) and reported.

Passages follow headings (Markdown ``#``, HTML ``<h1>``–``<h6>``, Word heading
styles, lines in capitals) and legal divisions ("Chương", "Mục", "Điều",
"Khoản"); a long section is cut into overlapping windows of sentences.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

SUFFIXES = (".txt", ".md", ".html", ".htm", ".docx", ".pdf")
MAX_FILE_BYTES = 10 * 1024 * 1024
PASSAGE_WORDS = 140  # a passage longer than this is cut into windows
WINDOW_OVERLAP_WORDS = 30
_LEGAL = re.compile(r"^(?:chương|mục|điều|khoản|phần)\s+[\dIVXLC]+\b", re.IGNORECASE)


@dataclass
class Block:
    """A heading (level >= 1) or a line of body text (level 0)."""

    level: int
    text: str


@dataclass
class Document:
    path: str  # relative to the documents folder, POSIX
    sha256: str
    title: str
    blocks: list[Block]


@dataclass
class Passage:
    doc: str
    title: str
    section: str  # heading path inside the document, "" at the top
    text: str

    def to_dict(self) -> dict[str, str]:
        return self.__dict__.copy()


@dataclass
class Reading:
    documents: list[Document] = field(default_factory=list)
    problems: list[dict[str, str]] = field(default_factory=list)  # {"file", "problem", "action"}


def read_folder(folder: Path, max_file_bytes: int = MAX_FILE_BYTES) -> Reading:
    """Every supported document under ``folder``, in path order, and what went wrong with the rest."""
    reading = Reading()
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if any(part.startswith(".") for part in Path(rel).parts):
            continue
        if path.suffix.lower() not in SUFFIXES:
            reading.problems.append({"file": rel, "problem": f"unsupported file type {path.suffix or '(none)'}",
                                     "action": "skipped"})
            continue
        size = path.stat().st_size
        if size > max_file_bytes:
            reading.problems.append({"file": rel, "problem": f"{size / 1e6:.1f} MB is over the "
                                     f"{max_file_bytes / 1e6:.0f} MB limit per file", "action": "skipped"})
            continue
        data = path.read_bytes()
        try:
            blocks, note = _blocks(path.suffix.lower(), data)
        except _parser_errors() as exc:  # a corrupt or unreadable file is reported and skipped, not fatal
            reading.problems.append({"file": rel, "problem": f"cannot read: {type(exc).__name__}: {exc}"[:300],
                                     "action": "skipped"})
            continue
        if note:
            reading.problems.append({"file": rel, "problem": note, "action": "indexed"})
        blocks = [b for b in blocks if b.text]
        if not any(b.level == 0 for b in blocks):
            reading.problems.append({"file": rel, "problem": "no text", "action": "skipped"})
            continue
        title = next((b.text for b in blocks if b.level == 1), None) or path.stem.replace("-", " ")
        reading.documents.append(Document(rel, hashlib.sha256(data).hexdigest(), title, blocks))
    return reading


def _clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


@cache
def _parser_errors() -> tuple[type[Exception], ...]:
    """What reading a corrupt document raises: a bad value or text (ValueError, UnicodeError), pypdf's own
    errors, python-docx's "not a Word package", a broken zip container and a missing part in it (KeyError),
    and malformed XML (lxml's XMLSyntaxError is a SyntaxError)."""
    import zipfile

    from docx.opc.exceptions import PackageNotFoundError
    from pypdf.errors import PyPdfError

    return ValueError, KeyError, SyntaxError, zipfile.BadZipFile, PackageNotFoundError, PyPdfError


def _decode(data: bytes) -> tuple[str, str | None]:
    try:
        return data.decode("utf-8-sig"), None
    except UnicodeDecodeError:
        return data.decode("cp1258", errors="replace"), "not UTF-8: decoded as Windows-1258"


def _blocks(suffix: str, data: bytes) -> tuple[list[Block], str | None]:
    if suffix == ".docx":
        return _docx_blocks(data), None
    if suffix == ".pdf":
        return _pdf_blocks(data)
    text, note = _decode(data)
    if "\x00" in text:
        raise ValueError("binary content, not text")
    if suffix in (".html", ".htm"):
        return _html_blocks(text), note
    return _text_blocks(text, markdown=suffix == ".md"), note


def _text_blocks(text: str, *, markdown: bool) -> list[Block]:
    blocks = []
    for raw in text.splitlines():
        line = raw.strip()
        heading = re.match(r"^(#{1,6})\s+(.*)$", line) if markdown else None
        if heading:
            blocks.append(Block(len(heading.group(1)), _clean(heading.group(2))))
        elif _LEGAL.match(line) and len(line) < 160:
            blocks.append(Block(4, _clean(line)))
        elif not markdown and line and len(line) < 120 and line == line.upper() and any(c.isalpha() for c in line):
            blocks.append(Block(2 if blocks else 1, _clean(line)))  # "THÀNH PHẦN HỒ SƠ"
        elif line:
            blocks.append(Block(0, _clean(re.sub(r"^[-*+]\s+", "• ", line))))
    return blocks


class _HtmlBlocks(HTMLParser):
    BREAKS = {"p", "li", "div", "br", "tr", "section", "article", "td", "dd", "dt"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._buffer: list[str] = []
        self._level = 0
        self._skip = 0

    def _flush(self) -> None:
        text = _clean("".join(self._buffer))
        if text:
            self.blocks.append(Block(self._level, text))
        self._buffer, self._level = [], 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif re.fullmatch(r"h[1-6]", tag):
            self._flush()
            self._level = int(tag[1])
        elif tag in self.BREAKS:
            self._flush()
            if tag == "li":
                self._buffer.append("• ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif re.fullmatch(r"h[1-6]", tag) or tag in self.BREAKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self._buffer.append(data)


def _html_blocks(text: str) -> list[Block]:
    parser = _HtmlBlocks()
    parser.feed(text)
    parser.close()
    parser._flush()
    return parser.blocks


def _docx_blocks(data: bytes) -> list[Block]:
    import io

    import docx

    blocks = []
    for paragraph in docx.Document(io.BytesIO(data)).paragraphs:
        text = _clean(paragraph.text)
        style = (paragraph.style.name or "").lower() if paragraph.style is not None else ""
        level = re.search(r"heading (\d)", style)
        if style == "title":
            blocks.append(Block(1, text))
        elif level:
            blocks.append(Block(int(level.group(1)), text))
        elif _LEGAL.match(text) and len(text) < 160:
            blocks.append(Block(4, text))
        else:
            blocks.append(Block(0, ("• " + text) if "list" in style else text))
    return blocks


def _pdf_blocks(data: bytes) -> tuple[list[Block], str | None]:
    import io
    import logging

    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # corrupt files are reported by us, once
    reader = PdfReader(io.BytesIO(data), strict=False)
    text = "\n".join(page.extract_text() or "" for page in reader.pages)
    if not text.strip():
        raise ValueError("the PDF has no text layer (scanned?)")
    return _text_blocks(text, markdown=False), None


def split(document: Document, max_words: int = PASSAGE_WORDS) -> list[Passage]:
    """Passages of ``document``: one per section, long sections cut into overlapping windows."""
    passages: list[Passage] = []
    path: list[tuple[int, str]] = []
    body: list[str] = []

    def flush() -> None:
        if not body:
            return
        section = " › ".join(text for level, text in path if level > 1)
        for window in _windows(body, max_words):
            passages.append(Passage(document.path, document.title, section, window))
        body.clear()

    for block in document.blocks:
        if block.level:
            flush()
            path = [(lvl, t) for lvl, t in path if lvl < block.level] + [(block.level, block.text)]
        else:
            body.append(block.text)
    flush()
    return passages


def _windows(lines: list[str], max_words: int) -> list[str]:
    """Join lines into passages of at most ~``max_words`` words, overlapping by a few lines."""
    text = "\n".join(lines)
    if len(text.split()) <= max_words:
        return [text]
    units: list[str] = []
    for line in lines:  # cut over-long lines at sentence ends
        units += [s for s in re.split(r"(?<=[.;!?])\s+", line) if s]
    windows: list[str] = []
    current: list[str] = []
    for unit in units:
        if current and len(" ".join(current + [unit]).split()) > max_words:
            windows.append("\n".join(current))
            keep: list[str] = []
            words = 0
            for previous in reversed(current):
                words += len(previous.split())
                if words > WINDOW_OVERLAP_WORDS:
                    break
                keep.insert(0, previous)
            current = keep
        current.append(unit)
    if current:
        windows.append("\n".join(current))
    return windows
