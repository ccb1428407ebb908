"""Privacy judgement, twenty-second round (the lead, fifteenth session): privacy blind17's four leaks, read after its
second blind run showed privacy20's guard had caught none of them. Two were values a loose reading had joined or left
unnamed: a card's four groups read with the amount after them ("thẻ 5123 4500 1234 6789 23 triệu": the unit
explained the whole run), an account after a bank's short name ("acb 12345678"). Two were topics the lexicon did not
hold: a gender identity said in English, a faith's name for a person ("pháp danh", "tên thánh"). Every input here is
written for this file as a variant of a class, not copied from the labelled sets.
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, forwarded
from luytre.sovereignty.privacy_gate import screen_text
from luytre.sovereignty.residue import loose_runs


def _to_expert(gate, text: str) -> str | None:
    decision = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False)
    if decision.outcome == "deny":
        return None
    return decision.redaction.text if decision.redaction else text


@pytest.mark.parametrize("text, value", [
    ("Em còn nợ thẻ 4012 8888 7777 1234 15 triệu, bên thu nợ gọi cho sếp em được không?", "4012 8888 7777 1234"),
    ("the tin dung 5200 1111 2222 3333 con no 8 trieu thi bi goi ve nha ko", "5200 1111 2222 3333"),
    ("vcb 0071234567 của tôi bị trừ 200k không rõ lý do", "0071234567"),
    ("tk techcombank 19034455667 bi khoa roi", "19034455667"),
    ("mb 87654321 cua me em nhan tien hoc phi duoc khong", "87654321"),
])
def test_a_card_before_an_amount_or_an_account_after_a_banks_name_reaches_no_undeclared_expert(gate, text, value):
    digits = "".join(ch for ch in value if ch.isdigit())
    sent = _to_expert(gate, text)
    assert sent is None or digits not in "".join(ch for ch in sent if ch.isdigit()), sent
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "Giá căn hộ 2 500 000 000 đồng thì vay được bao nhiêu?",  # an amount in spaced thousands, its unit after
    "phí thường niên thẻ là 1 200 000 đ một năm phải không",
])
def test_an_amount_in_spaced_thousands_is_no_value(text):
    assert loose_runs(text) == []


@pytest.mark.parametrize("text, topic", [
    ("I'm a trans man and my landlord found out, my number is 0912 345 678, what can I do?", "sex_life"),
    ("my coworker outed me at work, is that legal? my email is tuan.pham88@gmail.com", "sex_life"),
    ("Ông Trần Văn Hải, pháp danh Thiện Tâm, sinh năm 1941, nhờ chùa ghi tên cầu siêu", "political_religious"),
    ("Bà Nguyễn Thị Lan, tên thánh Maria, sinh ngày 03/08/1950, xin lễ giỗ", "political_religious"),
])
def test_a_gender_identity_or_a_faiths_name_for_a_person_is_sensitive(gate, text, topic):
    categorization = screen_text(gate.scanner, text).categorization
    assert topic in categorization.sensitive, categorization
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "nam 1990 xa minh doi ten thanh gi vay",  # "đổi tên thành", folded: no saint's name
    "truong cap 2 doi ten thanh truong Le Loi tu bao gio",
])
def test_a_name_changed_into_another_is_no_saints_name(gate, text):
    assert "political_religious" not in screen_text(gate.scanner, text).categorization.topics
