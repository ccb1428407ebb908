"""Speed changes that must not change a single output: each fast path against the plain reading it replaces."""

from __future__ import annotations

import importlib
import re
import unicodedata

import pytest

from luytre.sovereignty import facts
from luytre.text.normalize import _place_tone, normalize

normalize_module = importlib.import_module("luytre.text.normalize")  # luytre.text.normalize is also the function

QUESTIONS = [
    "Con tôi sốt 39 độ từ hôm qua, có cần đưa đi khám ngay không?",
    "Bé nhà mình bị ho khan 3 ngày nay, uống siro ho được không ạ",
    "me em bi tieu duong type 2, an chuoi duoc ko",
    "e bj tjeu duong, an j dc ko, jup e vs",
    "T.O.I B.I dau dau, c0 can di kham k0?",
    "t0i b1 ung thu g4n, b4o nhieu t1en mot dot hoa tri",
    "Hoà đau bụng dữ dội, khuỷu tay tê, thuỷ đậu có lây không",
    "Số CCCD 079201012345 của bà Nguyễn Thị Hoà ở lớp 10A3 trường THPT Lê Lợi",
    "đc ko? hok bik nua, bme em noi ntn thi ms dung, dk k",
    "<PHONE_1> là số của chị ấy, gọi giúp jờ được không",
    "What should I do if my child has a fever of 39 degrees?",
    "Xin chào\u200bbác sĩ, cháu bị\u00a0chóng mặt   và buồn nôn",
    "Đắk Lắk, Quy Nhơn, Gia Lai: giá vàng SJC hôm nay bao nhiêu?",
]


def test_normalize_places_tones_as_it_did_on_every_word():
    def every_word(text: str) -> str:
        text = unicodedata.normalize("NFC", text)
        text = re.sub(r"\w+", lambda m: _place_tone(m.group(0)), text)
        return " ".join(text.split()).lower()

    texts = QUESTIONS + [unicodedata.normalize("NFD", q) for q in QUESTIONS] + ["hòa thủy mùa ngoài", "ǹ ß ﬁ ① Ⅻ"]
    for text in texts:
        assert normalize_module.normalize.__wrapped__(text) == every_word(text)
    assert normalize("Hoà  THUỶ") == "hòa thủy"  # the tone still moves to its traditional vowel


def test_readable_reads_as_it_did_on_every_word():
    def every_word(text: str, invisible: str) -> str:
        return re.sub(r"[\w@]+", facts._unleet, facts._unspell_letters(facts.clean_text(text, invisible)))

    for text in QUESTIONS + [" ".join(facts._CHAT_WORDS), "DC KO Hok", "x@y.vn", "j" * 50]:
        for invisible in ("", " "):
            assert facts.readable.__wrapped__(text, invisible) == every_word(text, invisible)
    assert facts.readable("e bj tjeu duong, an j dc ko") == "e bi tieu duong, an gi duoc khong"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_abstention_shows_the_first_two_examples_in_the_language(lang):
    from luytre.node.service import MAX_EXAMPLE_CHARS, _examples_in

    examples = ["x" * (MAX_EXAMPLE_CHARS + 1) + " sốt", "What is a fever?", "Trẻ sốt 39 độ", "ho khan",
                "How do I check my ID?", "Đau bụng", "What is the fee?"]
    eager = {"vi": ["Trẻ sốt 39 độ", "Đau bụng"], "en": ["What is a fever?", "How do I check my ID?",
                                                        "What is the fee?"]}[lang]
    assert list(_examples_in(examples, lang)) == eager
