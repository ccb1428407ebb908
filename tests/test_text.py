import pytest

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


def test_features_match_with_and_without_diacritics():
    accented = set(f for f in analyze("thủ tục cấp căn cước") if f.startswith(("f:", "c:")))
    plain = set(f for f in analyze("thu tuc cap can cuoc") if f.startswith(("f:", "c:")))
    assert accented == plain
