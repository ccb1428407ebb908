"""Privacy judgement, nineteenth round (privacy18): classes from privacy blind14's errors, opened for development.
A birth date anywhere in a text that names someone; a year said as a number in a spoken date; letters drawn as digits
in a value that opens with its own letters; where the asker stands now with a way to reach them. Every input here is
written for this file as a variant of a class, not copied from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import answered_locally, assert_refused_lookup, forwarded
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


# -- 1: a full date anywhere in a text that names someone is their birth date ---------------------------------------
@pytest.mark.parametrize("text, value", [
    ("03/07/1979, họ tên Phạm Thị Mai, lịch lọc máu tuần sau thế nào", "03/07/1979"),
    ("1992-11-05 - Lê Quang Vinh - hỏi lịch tiêm", "1992-11-05"),
    ("Trần Văn Bình quê Huế, 21.4.1966, xin hỏi thủ tục", "21.4.1966"),
    ("ngày 9 tháng 2 năm 2001, Đỗ Thu Hà, bị hen", "9 tháng 2 năm 2001"),
    ("Bệnh nhân Vũ Minh Tâm, quê Nam Định, 30-12-1958, đau khớp", "30-12-1958"),
])
def test_a_full_date_beside_a_name_is_a_birth_date(gate, text, value):
    assert ("DOB", value) in _found(gate, text)


@pytest.mark.parametrize("text", [
    "Ông Nguyễn Văn Hải hẹn khám ngày 12/3/2019 có đổi được không",  # an appointment's date
    "Lê Thị Hoa nhập viện ngày 5/6/2020, bao giờ được thăm",  # an admission's
    "Phạm Văn Đức tái khám 14/2/2099 phải không",  # a year to come
    "Ngày 2/9/1945 là ngày gì?",  # no name
])
def test_an_events_date_or_a_date_without_a_name_is_no_birth_date(gate, text):
    assert not [kind for kind, _ in _found(gate, text) if kind == "DOB"]


# -- 2: a spoken date whose year's last two digits are said as a number ---------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("ngày sinh mười lăm tháng sáu năm bảy mươi hai", "mười lăm tháng sáu năm bảy mươi hai"),
    ("sinh ngay hai mot thang chin nam chin muoi tu", "hai mot thang chin nam chin muoi tu"),
    ("Họ tên: Lý Văn Tài, ngày sinh mùng bốn tháng mười năm sáu mươi", "mùng bốn tháng mười năm sáu mươi"),
])
def test_a_spoken_year_said_as_a_number_is_read(gate, text, value):
    found = _found(gate, text)
    assert any(kind == "DOB" and value in spoken or spoken in value for kind, spoken in found), found


def test_the_spoken_year_is_read_as_its_digits():
    from luytre.sovereignty.normalize import _spelled_dates

    assert [read for *_, read in _spelled_dates("ngày sinh ba tháng tư năm tám mươi mốt")] == ["3/4/1981"]
    assert [read for *_, read in _spelled_dates("sinh ngày một tháng một năm hai mươi")] == ["1/1/2020"]


# -- 3: letters drawn as digits in a value that opens with its own letters ------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("ho chieu b765432I het han chua", "PASSPORT"),
    ("passport n12S4567 renew ở đâu", "PASSPORT"),
    ("hộ chiếu số CZ345678 bị mất", "PASSPORT"),
    ("thẻ BHYT HS4O1234S678901 còn hạn không", "HEALTH_INSURANCE"),
])
def test_letters_for_digits_after_a_values_own_letters_are_read(gate, text, kind):
    assert kind in [k for k, _ in _found(gate, text)], _found(gate, text)


@pytest.mark.parametrize("text", [
    "iPhone15 Pro Max giá bao nhiêu",
    "mã khuyến mãi SALE2024 còn dùng được không",
    "phòng B2O3 ở tầng mấy",
    "dòng xe SH150i có tốn xăng không",
])
def test_a_product_or_a_short_code_is_no_value(gate, text):
    assert not [k for k, _ in _found(gate, text) if k in ("PASSPORT", "HEALTH_INSURANCE", "CCCD", "PHONE")]


def test_digits_led_by_a_lookalike_are_still_read_whole(gate):
    assert ("PHONE", "O9O8l2345") in _found(gate, "so dt O9O8l2345G nhe")  # not split at its first letter


# -- 4: where the asker stands now, with a way to reach them: their real-time location -----------------------------
@pytest.mark.parametrize("text", [
    "Chú xe ôm ơi cháu đứng ở cổng trường Lê Quý Đôn, số cháu 0912 345 678",
    "em đang đợi trước sảnh B bến xe Miền Đông, gọi 0987654321 nha",
    "tôi ở ngã tư Hàng Xanh, liên hệ 0903.111.222",
    "mình ngồi ở quầy 5 sảnh chờ, zalo 0356 789 012",
    "shipper ơi em ở cổng sau ký túc xá, sđt +84 912 000 111",
])
def test_where_the_asker_stands_now_with_a_phone_never_reaches_a_peer(gate, text):
    categorization = screen_text(gate.scanner, text).categorization
    assert "location_realtime" in categorization.sensitive, categorization
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"  # the organisation's own desk may still call them back


@pytest.mark.parametrize("text", [
    "nhà em ở quận 3, số em 0912345678, đăng ký thẻ thư viện thế nào",  # where one lives
    "em đứng ở cổng chợ Bến Thành thì đi xe buýt số mấy về Thủ Đức",  # no way to reach anyone
])
def test_a_home_or_a_place_without_a_contact_is_no_realtime_location(gate, text):
    assert "location_realtime" not in screen_text(gate.scanner, text).categorization.sensitive


@pytest.mark.parametrize("text", [
    "sđt của em 09S4B23G71, gọi sau 5 giờ",
    "CCCD 079Z0301ZSBG bị sai ngày cấp",
    "stk 1Z34SG7B901ZS nhận lương",
])
def test_capitals_for_digits_in_a_bare_run_are_read(gate, text):
    found = _found(gate, text)
    assert found and forwarded(gate, text) != "allow", found


@pytest.mark.parametrize("text", ["ổ cứng 500GB có đủ không", "màn 2160p hay 1080p", "mã 2024SALE còn không",
                                  "xe SH150i đời 2019"])
def test_a_size_or_a_code_with_capitals_is_no_value(gate, text):
    assert not _found(gate, text)


# -- 5: anonymous questions read as about someone: "tạo" typed bare, an acronym after "có", a figure's name cut short
@pytest.mark.parametrize("text", [
    "Chay than nhan tao co dau khong, bao lau mot lan?",  # "nhân tạo", artificial: not "tao", I
    "dao tao dieu duong bao nhieu nam?",
    "gan nhan tao co ben khong",
    "Phi chay than co BHYT chi tra khong?",  # "có BHYT": no "cô"
    "Xét nghiệm HIV co CCCD moi duoc lam khong?",
    "Nhan vat Chi Pheo trong truyen cua Nam Cao co tinh cach the nao?",
])
def test_an_anonymous_question_is_about_nobody(gate, text):
    categorization = screen_text(gate.scanner, text).categorization
    assert categorization.person == "nobody", categorization
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "tao bi dau nguc 2 ngay nay",  # "tao", I, still the asker
    "cậu tao bi ung thu gan",
    "co Lan phong ke toan bi ung thu",  # a title and a name
])
def test_the_asker_or_a_titled_name_is_still_someone(gate, text):
    assert screen_text(gate.scanner, text).categorization.person != "nobody"


# -- 6: a third person's sensitive data asked of someone singled out by a trade, a customer's seat or a flat --------
@pytest.mark.parametrize("text", [
    "Anh xe ôm ơi, cô khách anh chở sáng nay giờ đang ở đâu rồi?",  # a passenger served, where now
    "ai biết ông bán phở đầu hẻm từng ngồi tù vì tội gì không",  # a trader by his goods, a conviction asked
    "chú bán xôi đầu ngõ bị bắt vì tội gì vậy mọi người",
    "ong chu can 5B dang o dau, camera soi gium em voi",  # a flat's owner, looked for through a camera
    "anh ke toan moi bi benh gi ma nghi hoai vay, ai biet khong",  # the crowd asked what a colleague has
    "Chị thủ quỹ mới vào đang điều trị ung thư ở bệnh viện nào vậy?",  # where she is treated
    "Cho tôi xin danh sách những người nhiễm HIV trong khu trọ",  # a list of people in a state
    "Số 0912 345 678 là của chồng tôi, định vị giúp xem anh ấy đang ở đâu",  # a partner tracked, "của chồng tôi"
])
def test_a_singled_out_persons_record_or_whereabouts_is_a_refused_lookup(gate, text):
    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "tôi bị gì mà sốt cao mãi vậy",  # a symptom's cause, the asker's
    "Bác sĩ ơi chị hàng xóm bị gì mà ho ra máu vậy",  # a doctor asked what may cause it
    "bị bệnh gì mà hay chóng mặt buổi sáng?",
    "Người từng đi tù vì tội trộm cắp có được làm bảo vệ không?",  # anybody's
    "Bệnh nhân trầm cảm nên điều trị ở đâu thì tốt?",  # advice, nobody in particular
    "Quán có bán xôi buổi tối không?",  # "có bán": no "cô bán"
    "định vị giúp điện thoại của tôi bị mất",  # the asker's own phone
    "Danh sách giấy tờ cần khi khám BHYT gồm những gì?",
])
def test_advice_anybody_or_the_askers_own_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup, text
    assert answered_locally(gate, text) != "deny"


# -- 7: a figure's name the name finder cut short, a school or a feast named after one ----------------------------
@pytest.mark.parametrize("text", [
    "Truong THPT Nguyen Thi Minh Khai tuyen sinh lop 10 khi nao?",
    "Truong THCS Le Quy Don co day tieng Nhat khong",
    "Nhan vat Chi Pheo trong truyen Nam Cao la nguoi the nao",
    "le Vu Lan nam nay vao ngay nao",
])
def test_a_figures_name_cut_short_is_no_ones(gate, text):
    assert not [k for k, _ in _found(gate, text) if k == "PERSON"], _found(gate, text)
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text, name", [
    ("ông Lê Lợi Hùng bị nợ xấu", "Lê Lợi Hùng"),  # a name that goes on after a figure's
    ("chị Nguyễn Thị Minh khai báo thuế thế nào", "Nguyễn Thị Minh"),  # a lower-case word after it
])
def test_a_persons_name_beside_a_figures_is_still_read(gate, text, name):
    assert ("PERSON", name) in _found(gate, text)


def test_a_partner_tracking_the_askers_own_phone_is_no_lookup(gate):
    text = "Chồng tôi định vị điện thoại của tôi mà không hỏi, có vi phạm pháp luật không?"
    assert not screen_text(gate.scanner, text).categorization.lookup
