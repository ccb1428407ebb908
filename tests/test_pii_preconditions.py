"""The pattern recognizers that skip a text lacking what their patterns need (a digit, an "@") find exactly
what their patterns find when run on it anyway."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from presidio_analyzer import PatternRecognizer

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
