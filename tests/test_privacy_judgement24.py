"""Privacy judgement, twenty-fourth round (the lead, sixteenth session): privacy blind18's misses, read after its
second run (blind18 was written blind and measured before and after the session's privacy branch): an insurance
agent's number beside the investment product she pressed on the asker went to the peer redacted, the money topic
unread; a birth year after the chat's "sn" and a two-digit-year date in brackets after a name were not read as dates
of birth. Every input here is written for this file as a variant of a class, not copied from the labelled sets.
"""

from __future__ import annotations

import pytest

from conftest import forwarded
from luytre.sovereignty.pii import PiiScanner

SCANNER = PiiScanner(use_ner=False)


@pytest.mark.parametrize("text", [
    "Nhân viên tư vấn bảo hiểm tên Mai, số 0987654321, gọi mãi bắt tôi ký hợp đồng, báo ai được?",
    "anh moi gioi chung khoan sdt 0912345678 xui toi mua co phieu roi lo nang, kien o dau",
    "An insurance agent, phone 0903123456, made my dad sign an investment plan; where do we complain?",
])
def test_a_number_beside_a_persons_insurance_or_investment_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Bảo hiểm xe máy bắt buộc mua ở đâu, giá bao nhiêu?",
    "Đầu tư chứng khoán cần mở tài khoản ở công ty nào?",
])
def test_insurance_or_investment_asked_about_in_general_still_goes_to_the_peer(gate, text):
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize(("text", "value"), [
    ("bệnh nhân Nguyễn Thị Tám, sn 1958, đang chạy thận", "1958"),
    ("ong Ba ns: 1949 o to 5", "1949"),
    ("Phạm Minh Khôi (14/7/06) đăng ký học bơi", "14/7/06"),
    ("Hồ Ngọc Lan, 3.11.98, xin việc làm thêm", "3.11.98"),
])
def test_a_birth_year_after_sn_or_ns_and_a_short_date_after_a_name_are_dates_of_birth(text, value):
    assert any(e.type == "DOB" and e.text == value for e in SCANNER.scan(text))


def test_a_full_date_after_sn_is_read_whole_not_as_its_year():
    found = [e for e in SCANNER.scan("chị Hoa sn 12/3/1985 hỏi thủ tục") if e.type == "DOB"]
    assert [e.text for e in found] == ["12/3/1985"]
