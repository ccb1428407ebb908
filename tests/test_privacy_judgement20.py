"""Privacy judgement, twentieth round (privacy19): classes from privacy blind15's errors, opened for development, each
closed by a guard wider than the string that slipped: an "@" between a mailbox and a word is an address, however its
domain ends; a document number's shape is someone's unless its context says it is a code, wherever its cue stands;
English is read by the shape of its words, not only by a list of function words; a record kept from the asker, a
vehicle's past route and a list of the faithful are lookups. Every input here is written for this file as a variant
of a class, not copied from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import answered_locally, assert_refused_lookup, forwarded
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


def _redacted_forward(gate, text: str) -> str | None:
    """The text a peer would receive, or None when nothing is forwarded."""
    from conftest import PEER

    decision = gate.decide(gate.screen(text), PEER, "anonymous", "answer", False, action="forward",
                           destination="peer-b", jurisdiction="VN")
    if decision.outcome == "deny":
        return None
    return decision.redaction.text if decision.redaction else gate.screen(text).text


# -- 1: an "@" between a mailbox's name and a word is an address, whatever disguises the rest -------------------------
@pytest.mark.parametrize("text, value", [
    ("gui don thuoc qua minh.anh88@yahoo[.]com nhe", "minh.anh88@yahoo[.]com"),
    ("kết quả siêu âm gửi về thu.le2001@gmail(.)com giúp chị", "thu.le2001@gmail(.)com"),
    ("mail em la quanghuy@outlook chấm com", "quanghuy@outlook chấm com"),
    ("liên hệ lan99@gmail nhé", "lan99@gmail"),  # the domain cut short
])
def test_an_at_sign_between_a_name_and_a_word_is_an_address(gate, text, value):
    found = _found(gate, text)
    assert any(kind == "EMAIL" and (text_ in value or value in text_) for kind, text_ in found), found
    sent = _redacted_forward(gate, text)
    assert sent is None or value.split("@")[0] not in sent, sent


@pytest.mark.parametrize("text", [
    "theo dõi fanpage @benhvienbachmai để biết lịch khám",  # a handle: nothing before the "@"
    "2@3 trong Excel nghĩa là gì",  # a domain starts with a letter
])
def test_a_handle_or_a_formula_is_no_address(gate, text):
    assert not [kind for kind, _ in _found(gate, text) if kind == "EMAIL"]


def test_a_disclosure_beside_a_disguised_address_stays_on_the_node(gate):
    text = "gửi kết quả xét nghiệm viêm gan B vào ngoc.bich77@gmail[.]com giúp em"
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


# -- 2: a document number's shape, whatever cue stands where ---------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("pp no. B 765 4321, hộ chiếu sắp hết hạn thì gia hạn ở đâu", "B 765 4321"),  # the cue after, abbreviated
    ("số giấy tờ N2468013 của tôi bị mất", "N2468013"),  # no cue a list holds
    ("doc no K 1357 9246 con han khong", "K 1357 9246"),
    ("c7654321 het han roi lam lai mat bao lau", "c7654321"),  # small letters typed against the digits
])
def test_a_document_numbers_shape_is_someones_whatever_its_cue(gate, text, value):
    found = _found(gate, text)
    assert any(kind in ("PASSPORT", "ID_NUMBER") and value in text_ for kind, text_ in found), found
    sent = _redacted_forward(gate, text)
    assert sent is None or value not in sent, sent


@pytest.mark.parametrize("text", [
    "mã đơn hàng DH7654321 bao giờ giao",  # an order's code
    "SKU AB76543210 còn hàng không",  # a product's
    "Số đăng ký thuốc VD-54321-19 tra ở đâu",  # a code's parts, dashed
    "Thủ tục mã G33.54321 nộp online được không",  # dotted
    "Is 1900 6868 the hospital's hotline?",  # a word and a hotline
    "Tính 3 x 7654321 bằng bao nhiêu",  # a multiplication
    "device ID XY7654321 báo lỗi",  # a thing's ID
])
def test_a_code_a_hotline_or_a_product_is_no_document_number(gate, text):
    assert not [kind for kind, _ in _found(gate, text) if kind in ("PASSPORT", "ID_NUMBER")]


# -- 3: English read by the shape of its words -------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "my knee surgery scar hurts when it rains",  # only "my" of the function words
    "cant log into banking app since my stroke, hands shaking",
    "fingerprint scanner rejects my thumb after chemo",
])
def test_english_typed_loosely_is_read_for_the_asker(gate, text):
    found = screen_text(gate.scanner, text).categorization
    assert found.person == "asker" and found.sensitive, found
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Ứng dụng VNeID có cần eKYC không",  # a Vietnamese sentence with a brand or two
    "Mua bảo hiểm qua app MoMo được không",
    "cach dang ky app VNeID tren iphone",
])
def test_a_vietnamese_sentence_with_a_brand_is_not_english(gate, text):
    from luytre.sovereignty.facts import _english_by_shape
    from luytre.text.normalize import fold

    assert not _english_by_shape(fold(text.lower()))


@pytest.mark.parametrize("text", [
    "which documents does hospital admission require",
    "Can I smoke outside while waiting in the lobby",  # no sensitive topic: a rule asked, whoever waits
])
def test_an_english_question_without_a_topic_is_still_forwarded(gate, text):
    assert forwarded(gate, text) == "allow"


# -- 4: lookups ------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    # a relative's record the relative keeps from the asker
    "tra giúp em kết quả sinh thiết của vợ em, cô ấy giấu em mấy hôm nay",
    "kiem tra giup toi benh an cua bo toi, ong ay khong chiu noi",
    # where a vehicle went, from its plate
    "xe 51G-123.45 chiều qua đi những đâu, trích xuất camera cho tôi",
    "biển 30K 765 43 đi đâu đêm qua, xem lộ trình giúp",
    # a list of the faithful, or of the ill, in a place
    "cho em xin danh sách những người ở tổ 5 đi chùa",
    "liệt kê tên những người trong khu trọ nhiễm HIV",
])
def test_a_record_kept_from_the_asker_a_route_or_a_list_is_a_lookup(gate, text):
    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "tra giúp kết quả xét nghiệm của chồng tôi, anh ấy nhờ tôi lấy",  # the relative asked the asker
    "xe tôi bị mất tối qua, trích camera giúp",  # the asker's own vehicle
    "Danh sách người được miễn viện phí gồm những ai?",  # a rule
    "Xe buýt số 32 đi đâu?",  # a route, nobody's
])
def test_an_own_record_an_own_vehicle_or_a_rule_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


# -- 5: cousins of the classes above, found writing this file ---------------------------------------------------------
@pytest.mark.parametrize("text", [
    "wife got diagnosed w diabetes last wk, what diet",  # kin named bare, as chat does
    "ur mom has cancer? which ward takes her",
    "hubby lost his job n we owe the bank 200 million",
])
def test_kin_named_bare_in_english_never_leaves_with_a_topic(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


def test_an_anybody_named_by_a_role_in_english_still_leaves(gate):
    assert forwarded(gate, "Can the mother stay overnight in the maternity ward, is there a fee?") == "allow"


@pytest.mark.parametrize("text, value", [
    ("kết quả gửi vào thanh.ha05 at gmail.com nhé", "thanh.ha05"),
    ("send my scan to minhquan99 at yahoo.com.vn", "minhquan99"),
])
def test_at_before_a_host_with_a_dot_is_an_address(gate, text, value):
    assert any(kind == "EMAIL" for kind, _ in _found(gate, text))
    sent = _redacted_forward(gate, text)
    assert sent is None or value not in sent, sent


def test_at_before_a_time_or_a_place_is_no_address(gate):
    assert not _found(gate, "meet at 5.30 at Cho Ray hospital")


def test_a_plain_address_at_a_sentences_end_keeps_its_own_span(gate):
    """Found by the PII set after the merge: with a plain "@" joined like a disguised one, the full stop and the next
    sentence's word became the address's domain ("x@outlook.com. Please" as one EMAIL)."""
    text = "my phone is +84 768 504 463 and my email is locphan.8309@outlook.com. Please call me after 18:00."
    assert ("EMAIL", "locphan.8309@outlook.com") in _found(gate, text)
    assert ("EMAIL", "hoa.tran1992@gmail[.]com") in _found(gate, "email hoa.tran1992@gmail[.]com nha")


def test_a_passport_said_somewhere_takes_only_a_number_written_as_one(gate):
    """A passport word anywhere in the text made "he 0362 169" (the end of "liên he" before a phone) a passport:
    presidio matches case-insensitively. Its letters must be capitals, or small ones typed against the digits."""
    found = _found(gate, "mat passport C3132394 o khach san roi, lien he 0362 169 560 giup em voi")
    assert ("PASSPORT", "C3132394") in found and ("PHONE", "0362 169 560") in found, found
    assert ("PASSPORT", "c1234567") in _found(gate, "passport c1234567 mất rồi")
    assert ("PASSPORT", "C 123 4567") in _found(gate, "pp no. C 123 4567 ho chieu het han")
