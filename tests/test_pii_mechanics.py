"""The PII scan's shortcuts change nothing it finds: the pattern recognizers that skip a text lacking what
their patterns need (a digit, an "@") find what their patterns find when run on it anyway, and the scan view
built from slices is the one built a character at a time."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import PatternRecognizer

from luytre.sovereignty.normalize import _Builder, _fold_word, _replacements, clean_text, scan_view
from luytre.sovereignty.pii import PiiScanner, _NeedingRecognizer

SCANNER = PiiScanner(use_ner=False)
NEEDING = [r for r in SCANNER._engine.registry.recognizers if isinstance(r, _NeedingRecognizer)]
# Cue words, letters, ASCII and other scripts' digits (Arabic-Indic, Devanagari, Kawi), separators and "@".
PIECES = st.sampled_from(["stk ", "số tài khoản ", "sinh ngày ", "năm sinh ", "hộ chiếu ", "BHXH ", "email ",
                          "B", "C", "a", "nam", "@", ".", "-", "/", " ", ", ", "0", "1", "9", "19", "20", "12",
                          "٣", "४", "\U00011f55", "gmail.com", "vn", "tháng ", "Jan "])


def test_every_cued_pattern_and_the_email_pattern_skip_when_they_cannot_match():
    assert {r.name for r in NEEDING} >= {"luytre-email", "luytre-bank-account", "luytre-bhxh", "luytre-passport",
                                         "luytre-dob", "luytre-birth-year"}


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_a_skipping_recognizer_finds_what_its_patterns_find(text):
    for recognizer in NEEDING:
        skipped = recognizer.analyze(text, recognizer.supported_entities)
        matched = PatternRecognizer.analyze(recognizer, text, recognizer.supported_entities)
        assert [(r.entity_type, r.start, r.end, r.score) for r in skipped] == \
            [(r.entity_type, r.start, r.end, r.score) for r in matched], recognizer.name


def test_the_scan_still_finds_values_beside_the_cues():
    found = {e.type for e in SCANNER.scan("stk 0123456789 của tôi, sinh ngày 12/03/1990, email an.nguyen@gmail.com")}
    assert {"BANK_ACCOUNT", "DOB", "EMAIL"} <= found


def scan_view_a_character_at_a_time(cleaned: str):
    out = _Builder(cleaned)
    position = 0
    for start, end, replacement in _replacements(cleaned):
        for i in range(position, start):
            out.emit(cleaned[i], i, i + 1)
        out.emit(replacement, start, end)
        position = end
    for i in range(position, len(cleaned)):
        out.emit(cleaned[i], i, i + 1)
    return out.done()


# Evasions the view undoes: spelled digits, glued plates and digits, spoken separators, obfuscated e-mail.
EVASIONS = st.sampled_from(["không ", "chín ", "một ", "hai ", "ba ", "bốn ", "năm ", "sáu ", "bảy ", "tám ",
                            "khong ", "chin ", "0912", "345", " gạch ngang ", " chấm ", "xe51G67890cua", "cccd",
                            "079201012345", "an [at] gmail [dot] com", " a còng ", "O9I2 ", "tôi ", ", ", "-"])


@settings(max_examples=300, deadline=None)
@given(st.lists(EVASIONS | PIECES, max_size=30).map("".join))
def test_the_scan_view_maps_every_character_as_before(text):
    cleaned = clean_text(text)
    assert scan_view(cleaned) == scan_view_a_character_at_a_time(cleaned)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=12) | EVASIONS)
def test_spelled_digit_words_fold_as_before(word):
    decomposed = unicodedata.normalize("NFD", word.lower())
    assert _fold_word(word) == "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("đ", "d")
