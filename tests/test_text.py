import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from luytre.text import fold, normalize
from luytre.text.features import analyze


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("hoá đơn", "hóa đơn"),
        ("Quý", "quý"), ("giá", "giá"), ("gì", "gì"), ("người", "người"), ("ngoài", "ngoài"),
        ("HOÀNG", "hoàng"), ("toán", "toán"), ("  Thủ   tục  ", "thủ tục"),
    ],
)
def test_normalize_unifies_tone_placement_and_case(raw, expected):
    assert normalize(raw) == expected


def test_normalize_composes_combining_marks():
    decomposed = "ca\u0302\u0300n"  # "cần" typed as base letters plus combining marks
    assert normalize(decomposed) == "cần"


def test_fold_strips_every_diacritic():
    assert fold("Thủ tục cấp căn cước Đắk Lắk") == "thu tuc cap can cuoc dak lak"


def fold_one_character_at_a_time(text: str) -> str:
    """fold as first written: every character of the decomposed text tested in Python."""
    decomposed = unicodedata.normalize("NFD", text.lower())
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped).replace("đ", "d")


@settings(max_examples=400, deadline=None)
@given(st.text(max_size=60) | st.text(alphabet="aăâeêioôơuưyđĐ\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b "
                                       "AÁÀẢÃẠỨỪỬỮỰ\U0001d400\u20dd\ufe20", max_size=40))
def test_fold_strips_the_same_marks_as_testing_each_character(text):
    assert fold(text) == fold_one_character_at_a_time(text)


def test_features_match_with_and_without_diacritics():
    accented = set(f for f in analyze("thủ tục cấp căn cước") if f.startswith(("f:", "c:")))
    plain = set(f for f in analyze("thu tuc cap can cuoc") if f.startswith(("f:", "c:")))
    assert accented == plain


def test_per_ask_caches_keep_no_long_texts():
    """Every stage of an ask reads the same text again, so the text helpers remember recent results; a flood of
    distinct 4 KB questions (or 4 KB words typed without spaces) must not fill those caches with them."""
    import tracemalloc

    from luytre.text.features import count_features
    from luytre.text.negation import negated_words

    helpers = [fold, normalize, count_features, negated_words]
    for helper in helpers:
        helper("đau ngực không khó thở")  # the caches serve short texts
    tracemalloc.start()
    try:
        for i in range(200):
            text = f"{i:04d} " + "đau ngực không khó thở " * 170  # ~4 KB each, all distinct
            for helper in helpers:
                helper(text)
                helper(text.replace(" ", ""))
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert held < 2_000_000, f"{held} bytes still held after 200 distinct 4 KB texts"
