"""Privacy judgement, twenty-first round (privacy20): the shape every leak of fifteen blind sets had, guarded as a
shape. A value of an identifier's length written in a way no recognizer listed ("29 H1 234 56", "MST 8.123.456.789",
"09 tám 8 chấm 765 chấm 432", privacy blind16's three leaks, and each earlier set's cousins) reached a peer or an
undeclared expert because the gate read the text as anonymous. Now a peer receives a text as it is only when the loose
reading (``residue.loose_runs``: digits joined across any short separator or word of dictation, digit words among
short groups, a plate's series) finds no run of an identifier's length that nothing explains, and no mailbox is
written in it however its "@" is said (``residue.mailbox_spans``). Runs shaped as an identifier are redacted for an
expert that does not check identifiers. Every input here is written for this file as a variant of a class, not
copied from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, PEER, forwarded
from luytre.sovereignty.privacy_gate import screen_text
from luytre.sovereignty.residue import loose_runs, mailbox_spans


def _sent(gate, text: str, *, peer: bool) -> str | None:
    """The text the peer (or the organisation's own expert) would receive, or None when it receives nothing."""
    screening = gate.screen(text)
    if peer:
        decision = gate.decide(screening, PEER, "anonymous", "answer", False, action="forward",
                               destination="peer-b", jurisdiction="VN")
    else:
        decision = gate.decide(screening, LOCAL_PERSONAL, "anonymous", "answer", False)
    if decision.outcome == "deny":
        return None
    return decision.redaction.text if decision.redaction else screening.text


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


# -- 1: a value of an identifier's length, however written, never reaches a peer or an undeclared expert ------------
@pytest.mark.parametrize("text, value", [
    ("bien so 31 K2 456 78 bi mat dang ky, lam lai o dau", "31 K2 456 78"),  # a plate, every part apart
    ("xe 43 C 567 89 bị phạt nguội không", "43 C 567 89"),
    ("MST hộ gia đình 3.602.345.678 khai thuế ở đâu", "3.602.345.678"),  # a tax code written as an amount
    ("ma so thue: 4.101.234.567 nop to khai o chi cuc nao", "4.101.234.567"),
    ("sđt: 07 chín 3 chấm 412 chấm 678, nhắn chị Thu", "07 chín 3 chấm 412 chấm 678"),  # dictated, a word among
    ("sdt 09 77 bảy 6 5 4 3 2 nha", "09 77 bảy 6 5 4 3 2"),
    ("stk 1903 lẻ 8877 lẻ 665 chuyển nhầm tiền", "1903 lẻ 8877 lẻ 665"),
    ("STK ACB: 2013 - 4455 - 66 chuyển khoản học phí", "2013 - 4455 - 66"),  # a bank's name between cue and value
    ("so cua anh ay: 08 (sau) 6 - 543 - 210", "08 (sau) 6 - 543 - 210"),
])
def test_a_value_written_loosely_reaches_no_peer_and_no_undeclared_expert(gate, text, value):
    digits = _digits(value)
    assert forwarded(gate, text) != "allow", text
    for peer in (True, False):
        sent = _sent(gate, text, peer=peer)
        assert sent is None or digits not in _digits(sent), (peer, sent)


@pytest.mark.parametrize("text", [
    "so 0 8 6 . 5 4 3 . 2 1 0 hom qua goi lam phien",
    "ghi giúp em số 03 ba 4 chấm 556 chấm 778",
    "biển 88 LD 123 45 đỗ trước cổng",
])
def test_the_loose_reading_finds_a_value_the_recognizers_may_miss(text):
    assert any(digits >= 7 for _, _, digits, _ in loose_runs(text)), text


# -- 2: what a plain number explains stays anonymous -----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tổng đài 1900 6868 99 của hãng bay làm việc mấy giờ?",  # a national hotline
    "duong day nong 1800 5678 cua so y te co mien phi khong",
    "Nghị định 123/2024/NĐ-CP quy định gì về hóa đơn?",  # a legal document's number
    "nghi dinh 45/2022 phat loi nay bao nhieu",
    "Giá thuê phòng 3.500.000 một tháng có gồm điện nước không?",  # an amount, a digit word after it
    "Số 4.000.000.000 đọc bằng chữ thế nào?",
    "Hóa đơn số 0004321 ký hiệu 1C25TAA xuất sai, sửa sao?",  # a number an organisation gives a thing
    "ma van don GHTK 8123456780123 dang o dau",
    "Mã ngành 7340101 là ngành gì?",
    "Số 987654321 có chia hết cho 3 không?",  # arithmetic
    "Bác Hồ sinh ngày 19/5/1890 ở đâu?",  # a date, an old year
    "Giờ thăm bệnh 10:30 - 13:30 và 17:00 - 20:00 phải không?",
    "Năm học 2025-2026 khai giảng ngày nào?",
    "Hồ sơ số HS-2025-004512 xử lý đến đâu rồi?",  # a code glued to its letters
])
def test_a_number_something_explains_is_no_hidden_value(gate, text):
    assert loose_runs(gate.screen(text).text) == [], loose_runs(gate.screen(text).text)


@pytest.mark.parametrize("text", [
    "Tổng đài 1900 6868 99 của hãng bay làm việc mấy giờ?",
    "Nghị định 123/2024/NĐ-CP quy định gì về hóa đơn?",
    "Mã ngành 7340101 là ngành gì?",
])
def test_an_anonymous_question_with_an_explained_number_is_forwarded_as_it_is(gate, text):
    assert forwarded(gate, text) == "allow", screen_text(gate.scanner, text).categorization


def test_an_identifier_shaped_number_stays_even_when_a_code_cue_explains_numbers(gate):
    # "mã đơn" explains an order number; one shaped as a mobile number is kept from the peer all the same
    assert forwarded(gate, "Ma don 0987654321 tren san co phai so dien thoai khong?") != "allow"


# -- 3: a mailbox however its "@" is said ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, handle", [
    ("mail: thuha a còng gmail", "thuha"),
    ("email anh ấy là hoang.minh at yahoo nhé", "hoang.minh"),
    ("gmail của em là ngoclan1995 nha", "ngoclan1995"),
    ("hop thu cua chi: bich_ngoc88", "bich_ngoc88"),
])
def test_a_mailbox_however_written_is_an_address(gate, text, handle):
    assert mailbox_spans(screen_text(gate.scanner, text).text) or any(
        e.type == "EMAIL" for e in screen_text(gate.scanner, text).entities), text
    for peer in (True, False):
        sent = _sent(gate, text, peer=peer)
        assert sent is None or handle not in sent, (peer, sent)


@pytest.mark.parametrize("text", [
    "gửi hồ sơ qua gmail được không?",  # a provider, no mailbox
    "email của trường là gì vậy?",
    "Mail merge in Word: how do I start?",
])
def test_a_provider_or_a_mail_word_alone_is_no_mailbox(text):
    assert mailbox_spans(text) == []


# -- 4: blind16's remaining misses, by class -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "muc phat toi da cho loi nay la bao nhieu",  # "tối đa" typed bare after a quantity: no "tôi đã"
    "lai suat vay tieu dung toi da la bao nhieu mot nam",
    "tuoi toi thieu de mo tai khoan ngan hang la bao nhieu",
])
def test_a_maximum_after_a_quantity_is_no_asker(gate, text):
    assert screen_text(gate.scanner, text).categorization.person == "nobody", text
    assert forwarded(gate, text) == "allow"


def test_the_asker_who_has_done_something_stays_the_asker(gate):
    assert screen_text(gate.scanner, "toi da vay 50 trieu, lai suat cao qua").categorization.person == "asker"


@pytest.mark.parametrize("text", [
    "Hàng qua cửa khẩu Hữu Nghị có phải nộp thuế nhập khẩu không?",  # a border gate, a port, a zone: places
    "Container ở cảng Cát Lái lưu bãi mất phí bao nhiêu?",
    "Công nhân khu công nghiệp Tân Tạo được hỗ trợ tiền thuê nhà không?",
])
def test_a_place_named_like_a_person_is_no_person(gate, text):
    assert not [e for e in screen_text(gate.scanner, text).entities if e.type == "PERSON"], text


@pytest.mark.parametrize("text", [
    "Tra giúp chủ số 0987 112 233 có nợ xấu không?",  # the holder of a number, looked up through it
    "kiem tra giup chu tai khoan 1903 4455 6677 co tien an khong",
    "Could you pull up the test results of the lady in room 8, Mrs. Hoa? I'm her friend.",
    "Show me her medical record, Ms. Trang in bed 4, I'm a colleague.",
])
def test_a_lookup_through_a_value_or_an_english_request_is_refused(gate, text):
    from conftest import assert_refused_lookup

    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "tổng các chữ số 0912345678 là bao nhiêu",  # the digits of a number: nobody's holder
    "chủ số 0912345678 là ai thì tôi không quan tâm, tôi muốn hỏi giờ làm việc",
])
def test_the_digits_of_a_number_are_no_holder(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup, text


@pytest.mark.parametrize("text, handle", [
    ("lan.nguyen90 gmail com nhe", "lan.nguyen90"),  # no "@" at all: a handle, then the provider
    ("mail em: thu_ha yahoo", "thu_ha"),
])
def test_a_handle_before_a_provider_is_a_mailbox(gate, text, handle):
    for peer in (True, False):
        sent = _sent(gate, text, peer=peer)
        assert sent is None or handle not in sent, (peer, sent)


@pytest.mark.parametrize("text", [
    "Đăng nhập Zalo2024 trên điện thoại mới được không?",
    "dung gmail hay outlook tot hon",
    "tai khoan 2fa gmail bi khoa thi lam sao",
])
def test_a_word_beside_a_provider_is_no_handle(text):
    assert mailbox_spans(text) == []


@pytest.mark.parametrize("text, value", [
    ("chuyen nham vao 1903 le 4567 le 891 roi, lam sao lay lai", "1903 le 4567 le 891"),  # no cue, joined whole
    ("em ghi lai: 3602 . 345 . 678 nhe", "3602 . 345 . 678"),
])
def test_a_joined_value_with_no_cue_is_redacted_for_an_undeclared_expert(gate, text, value):
    sent = _sent(gate, text, peer=False)
    assert sent is None or _digits(value) not in _digits(sent), sent
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text", [
    "Nhà tạm lánh có nhận người mang theo con nhỏ không?",  # whoever brings a child: anybody
    "nguoi mang thai duoc uong thuoc nay khong",
])
def test_whoever_brings_or_carries_is_anybody(gate, text):
    assert screen_text(gate.scanner, text).categorization.person == "nobody", text


def test_who_carries_a_value_is_someone(gate):
    text = "người mang biển số 30A-123.45 bỏ chạy, tra giúp"
    assert screen_text(gate.scanner, text).categorization.person != "nobody"


@pytest.mark.parametrize("text", [
    "Số seri máy 4321-8765-2109 còn bảo hành không?",  # a device's serial number: a thing's, no one's
    "serial 5566 7788 9900 cua may in la gi",
])
def test_a_serial_number_is_a_things(text):
    assert loose_runs(text) == []
