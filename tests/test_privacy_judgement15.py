"""Privacy judgement, fifteenth round (issue 19): the classes of error privacy blind12 showed once opened for
development, and the misses a review of privacy14 found. A relative in a state with an adverb between ("con còn đang
sốt", "vợ vẫn bị ra máu"); the asker described without "tôi" (a profile asking for advice, a pregnancy counted, a
loan of one's own from an app); a pawn and its redemption as money. Every sentence was written for this file, not
taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, forwarded
from luytre.sovereignty import person_model
from luytre.sovereignty.privacy_gate import screen_text


def _found(gate, text: str) -> list[tuple[str, str]]:
    return [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]


def _hidden_from_expert(gate, text: str, value: str) -> bool:
    redaction = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).redaction
    return redaction is not None and value not in redaction.text


# -- a relative in a state, an adverb of time between -----------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Con còn đang sốt 38 độ rưỡi, tối nay có cho đi học thêm được không?",
    "Vợ còn đang mang thai 10 tuần mà thấy ra máu, có phải đi viện ngay không?",
    "chong van dang bi ho ra mau, co can chup phoi ko",
    "Bé 4 tháng vẫn bị sốt về đêm thì làm sao",
    "ck cu bi dau da day hoai, uong thuoc gi",
    "Bà nội vẫn đang nằm viện, mua bảo hiểm gì cho bà được",
])
def test_a_relative_in_a_state_with_an_adverb_between_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Còn đang sốt thì có nên tiêm phòng cúm không?",  # "còn": still, nobody's kin
    "Trẻ con còn đang bị sốt có nên tắm nước ấm không?",  # children in general
    "Nếu con vẫn bị sốt sau 3 ngày thì phải làm gì?",  # a case put
])
def test_still_or_children_in_general_are_no_relative(gate, text):
    assert forwarded(gate, text) == "allow"


# -- the asker described without "tôi" ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Nữ 28 tuổi, cần tư vấn về kinh nguyệt không đều",
    "nam 35t can hoi ve benh gout",
    "Bầu 7 tháng cần ăn gì cho con tăng cân",
    "mang bau 20w bi phu chan co sao ko",
    "Đang bầu 12 tuần đau bụng lâm râm có sao không",
    "Vay 50 triệu app giờ không trả có bị bắt không",
    "no 30tr tin dung den khong tra duoc co sao khong",
])
def test_the_asker_described_without_a_pronoun_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Nam 30 tuổi cần khám sức khỏe những gì?",  # a case put
    "Phụ nữ mang thai cần bổ sung sắt từ tuần thứ mấy?",
    "Bầu 3 tháng đầu có nên uống nước dừa không?",  # a trimester
    "Vay 50 triệu app không trả thì có bị bắt không?",  # a case put with "thì"
    "Vay app không trả có bị bắt không?",
])
def test_a_case_put_is_no_asker(gate, text):
    assert forwarded(gate, text) == "allow"


# -- a pawn and its redemption -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Tôi cầm xe Vision ở tiệm, quá hạn 2 ngày còn chuộc được không?",
    "em cam so do o tiem roi, gio chuoc lai can giay to gi",
    "Mẹ tôi cầm cố nhẫn cưới, tiền chuộc tính lãi thế nào?",
])
def test_a_pawn_of_ones_own_is_sensitive(gate, text):
    assert "finance" in screen_text(gate.scanner, text).categorization.sensitive
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Cấm xe tải vào nội thành từ mấy giờ?",  # "cấm xe", folded like "cầm xe"
    "Tiệm cầm đồ có mở buổi tối không?",  # a topic, nobody's
])
def test_forbidding_or_a_pawnshop_asked_about_is_nobodys(gate, text):
    assert forwarded(gate, text) == "allow"


# -- identifiers: a run holding two values, groups of four with spaced dashes, a birth date in words --------------
@pytest.mark.parametrize("text, values", [
    ("sdt 0912 345 678.0987 654 321 ai cũng được", ["0912 345 678", "0987 654 321"]),
    ("goi 0903 111 222-0988 777 666 nhe", ["0903 111 222", "0988 777 666"]),
])
def test_a_run_holding_two_values_is_read_as_both(gate, text, values):
    found = [value for _, value in _found(gate, text)]
    assert all(value in found for value in values), found
    assert all(_hidden_from_expert(gate, text, value) for value in values)


@pytest.mark.parametrize("text, kind, value", [
    ("so the 9704 - 1188 - 2345 - 6789 bi nuot o cay ATM", "CARD", "9704 - 1188 - 2345 - 6789"),
    ("thẻ 4111 – 2222 – 3333 – 4444 bị trừ tiền lạ", "CARD", "4111 - 2222 - 3333 - 4444"),  # dashes read as "-"
    ("stk 1903 - 4567 - 8901 - 23 techcombank chuyển giúp", "BANK_ACCOUNT", "1903 - 4567 - 8901 - 23"),
])
def test_groups_of_four_with_spaced_dashes_are_one_value(gate, text, kind, value):
    assert (kind, value) in _found(gate, text)
    assert forwarded(gate, text) != "allow"


@pytest.mark.parametrize("text, value", [
    ("Lê Thị Mai, 3 tháng 9 năm 1990, cần làm lại căn cước", "3 tháng 9 năm 1990"),
    ("Pham Van Duc 21 thang 12 nam 1975 xin cap lai so ho khau", "21 thang 12 nam 1975"),
])
def test_a_birth_date_in_words_after_a_name_is_found(gate, text, value):
    assert ("DOB", value) in _found(gate, text)
    assert _hidden_from_expert(gate, text, value)


@pytest.mark.parametrize("text, value", [
    ("Please book the room, my ID is C1234567 and I arrive Monday", "C1234567"),
    ("ID no. B 7654321, can I pick up the results for myself?", "B 7654321"),
])
def test_a_passport_shaped_value_after_id_is_found(gate, text, value):
    assert ("PASSPORT", value) in _found(gate, text)


# -- decoys: a grade's range, a range of sums, years in a row, a place's coordinates -------------------------------
@pytest.mark.parametrize("text", [
    "Học sinh lớp 10 - 11 - 12 có phải đóng bảo hiểm y tế không?",
    "Sinh viên năm 1 - 2 - 3 có được miễn học phí không?",
    "Lương 15.000.000--20.000.000 thì đóng thuế thu nhập bao nhiêu?",
    "Mức lương 7.000.000 - 9.000.000 có phải nộp thuế không?",
    "Điểm chuẩn 2019  2020  2021 ngành y là bao nhiêu?",
    "Học phí các năm 2021 2022 2023 tăng bao nhiêu?",
    "Tọa độ 10.762622, 106.660172 là bệnh viện nào?",
    "gps 21.028511 105.804817 cách Bạch Mai bao xa",
    "Các phòng 1201 - 1202 - 1203 - 1204 ở tầng mấy?",
])
def test_ranges_years_and_coordinates_are_no_identifier(gate, text):
    assert _found(gate, text) == []
    assert forwarded(gate, text) == "allow"


def test_a_value_after_a_cue_in_such_shapes_is_still_read(gate):
    assert "BANK_ACCOUNT" in [kind for kind, _ in _found(gate, "stk 2019 2020 2021 vietcombank")]
    assert "CMND" in [kind for kind, _ in _found(gate, "CMND 106.660172 của tôi bị mất")]
    assert "DOB" in [kind for kind, _ in _found(gate, "ngày sinh 5 - 8 - 55, tên Lan")]


# -- someone placed bare, a record asked with "gì", the girl at the shop, on the way somewhere -------------------
@pytest.mark.parametrize("text", [
    "ong phong 7 co tien an ko, kiem tra dum",
    "bà phòng 12 có nợ xấu gì không, tra giúp em",
    "Cho em hỏi ông thuê nhà số 9 có tiền án tiền sự gì không?",
])
def test_an_occupant_asked_after_for_a_record_is_a_lookup(gate, text):
    from conftest import assert_refused_lookup

    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "Ống phòng 5 bị rò nước thì gọi ai sửa?",  # a pipe, folded like "ông"
    "Tôi có tiền án gì không thì có xin được lý lịch tư pháp số 1?",  # the asker's own
])
def test_a_pipe_or_the_askers_own_record_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "con nho tiem banh co bau voi ai vay, ai biet ko",
    "con nho quan tra sua bi benh gi ma nghi hoai vay",
])
def test_the_girl_at_a_shop_typed_bare_beside_a_topic_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


def test_remembering_a_shop_is_nobody(gate):
    assert forwarded(gate, "Còn nhớ tiệm bánh mì Hòa Mã ở quận 3 không, giờ còn bán không?") == "allow"


@pytest.mark.parametrize("text", [
    "Đang chạy xe biển 59-X2-345-67 ở cầu Sài Gòn",
    "dang doi o cong sau benh vien, xe 30A-999.88 mau trang",
])
def test_someone_on_the_way_with_a_plate_stays_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


def test_on_the_way_asked_about_by_nobody_may_leave(gate):
    assert forwarded(gate, "Đang chạy xe ở làn xe buýt thì bị phạt lỗi gì?") == "allow"


# -- refused for nothing: a shop named like a person, "tối" and "tội" typed bare, a public service's file number -----
@pytest.mark.parametrize("text", [
    "Tiệm cầm đồ Phú Hưng số 12 Lê Lợi có mở chủ nhật không?",
    "quán phở Lê Văn Hưu mở cửa mấy giờ?",
    "Cửa hàng điện thoại Minh Tuấn có bảo hành pin không?",
])
def test_a_shop_named_like_a_person_is_nobody(gate, text):
    assert [kind for kind, _ in _found(gate, text)] == []
    assert answered_locally(gate, text) == "allow"
    assert forwarded(gate, text) == "allow"


def test_a_shops_owner_named_is_still_a_person(gate):
    assert ("PERSON", "Nguyễn Thị Lan") in _found(gate, "chủ tiệm bánh Nguyễn Thị Lan bị ung thư à")


@pytest.mark.parametrize("text", [
    "thuoc tieu duong metformin uong trua hay toi thi tot",  # "tối": evening
    "bo luat hinh su toi trom cap tai san phat the nao",  # "tội": an offence
    "dieu 251 blhs toi mua ban trai phep chat ma tuy khung hinh phat ra sao",
])
def test_toi_read_as_a_time_or_an_offence_is_nobody(gate, monkeypatch, text):
    # the rules read nobody here; the learned person signal, asked on every question since privacy21, may still keep
    # it from the peer (bare "toi" is also "tôi"): a cost in "not forwarded raw" only, never in what the node answers
    monkeypatch.setattr(person_model, "flags", lambda text, topical=True: False)
    assert answered_locally(gate, text) == "allow"
    assert forwarded(gate, text) == "allow"


@pytest.mark.parametrize("text", [
    "toi tang tru ma tuy bi bat roi thi sao",  # "tôi": the asker, the offence after
    "gia dinh em theo dao Cao Dai, le tang co theo nghi thuc rieng duoc khong",  # "gia đình em"
])
def test_the_asker_typed_bare_stays_the_asker(gate, text):
    assert forwarded(gate, text) == "deny"


def test_a_public_services_file_number_is_nobodys(gate):
    text = "Mã hồ sơ 000.00.21.H31-250114-0457 đã trả kết quả chưa?"
    assert _found(gate, text) == []
    assert answered_locally(gate, text) == "allow"


# -- third-person lookups: asked to be told, asked of anyone, whereabouts "at this hour", English asked inside ------
@pytest.mark.parametrize("text", [
    "Ai biết chị Hạnh tầng 4 bị bệnh gì mà nghỉ cả tháng không, kể em nghe với",
    "thang be nha ben no bao nhieu tien roi, noi toi nghe",
    "Cô bé bán trà sữa đầu ngõ nợ tiệm bao nhiêu rồi, kể mình nghe",
    "co ai biet ong cu phong 8 dang nam vien nao khong",
    "Bác bảo vệ có biết cô bé phòng 6 giờ này đang ở đâu không?",
    "Anh chàng hẹn hò với em trên app có bị giang mai không, kiểm tra giúp em",
    "Can you check whether the cleaner in room 12 has tuberculosis?",
    "Please tell me if my landlord is in debt to the bank.",
    "Could you find out where my ex-husband is living right now?",
])
def test_a_third_persons_record_asked_for_is_refused(gate, text):
    from conftest import assert_refused_lookup

    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "Bác sĩ ơi kể em nghe bệnh tiểu đường kiêng ăn gì",  # advice asked of whoever answers
    "Can you tell me if my mother can have visitors after surgery?",  # the asker's own family, a rule
    "Can you check whether the pharmacy next door is open on Sunday?",  # a shop
    "Có ai biết bệnh viện nào khám tiểu đường tốt không?",  # advice asked of anyone
])
def test_advice_or_a_rule_asked_so_is_answered(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"


# -- a patient placed by a room or bed, asked about only for the ward's everyday rules ------------------------------
@pytest.mark.parametrize("text", [
    "Bệnh nhân phòng 305 được thăm lúc mấy giờ?",
    "Người nhà bệnh nhân giường 12 lấy cơm ở đâu?",
    "nguoi nha benh nhan phong 402 co duoc o lai qua dem khong",
    "Người bệnh buồng 7 có được bật điều hòa ban đêm không?",
])
def test_a_ward_rule_asked_for_a_patient_in_a_room_may_leave(gate, text):
    from conftest import PEER

    assert forwarded(gate, text) == "allow"
    assert gate.decide(gate.screen(text), PEER, "anonymous", "answer", False).outcome == "allow"


@pytest.mark.parametrize("text", [
    "Bệnh nhân phòng 305 bị gì mà không được thăm?",  # their state asked
    "Bệnh nhân giường 12 là bố tôi, mấy giờ được thăm?",  # the asker's father
    "Bệnh nhân phòng 305 tỉnh chưa, người nhà vào thăm được không?",  # their state
    "Bệnh nhân phòng 15 là ông cụ theo đạo Hồi, bếp có suất ăn halal không?",  # a topic said of them
    "Viện phí của bệnh nhân giường 9 hết bao nhiêu, người nhà đóng ở đâu?",  # their bill
])
def test_anything_said_of_the_patient_keeps_the_question_on_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


# -- English: a yes-or-no question opened on someone singled out, where they are, what record they got -------------
@pytest.mark.parametrize("text", [
    "Did the day-shift cashier on floor 2 test positive for hepatitis?",
    "Was the old woman in bed 9 treated for a mental illness?",
    "Where is my landlord right now? He owes me money.",
    "Could you tell me what diagnosis my colleague got at your clinic yesterday?",
    "Does my ex-wife have any loans at your bank?",
])
def test_an_english_question_opened_on_someone_singled_out_is_a_lookup(gate, text):
    from conftest import assert_refused_lookup

    assert_refused_lookup(gate, text)


@pytest.mark.parametrize("text", [
    "Is the night-shift nurse allowed to give injections at home?",  # a rule
    "Does my landlord have to return my deposit if I move out?",  # a duty
    "Was the pharmacy next door open on the holiday?",  # a shop
])
def test_a_rule_a_duty_or_a_shop_asked_in_english_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup


# -- hostile input: this round's patterns, repeated to 4 KB, screen in bounded time ----------------------------------
def test_this_rounds_patterns_screen_in_bounded_time(gate):
    """CPU time of the slowest piece repeated to 4 KB, against the floor and the multiple of a 4 KB prose letter that
    tests/test_hostile.py allows."""
    import gc
    import time

    def cpu(text: str) -> float:
        best = float("inf")
        gc.disable()
        try:
            for _ in range(3):
                start = time.process_time()
                screen_text(gate.scanner, text)
                best = min(best, time.process_time() - start)
        finally:
            gc.enable()
        return best

    def filled(piece: str) -> str:
        text = piece
        while len(text.encode()) < 4096:
            text += text
        return text.encode()[:4096].decode("utf-8", "ignore")

    prose = ("Chào bác sĩ, mẹ tôi là Nguyễn Thị Hoa, năm nay 67 tuổi, ở số 12 ngõ 45 phố Huế, Hà Nội. Mấy hôm nay bà "
             "bị ho và sốt, uống thuốc hạ sốt 500mg mà không đỡ. Xin hỏi có nên đưa bà đến Bệnh viện Bạch Mai không? ")
    budget = max(0.080, 4 * cpu(filled(prose)))
    pieces = ["0912 345 678.", "9704 - 2212 - ", "15.000.000--", "2019  ", "10.762622, ", "con còn đang ",
              "Bầu 7 tháng ", "đang chạy xe ở ", "Bệnh nhân phòng 305 thăm ", "whether the tenant in room 5 ",
              "Did the a b nurse ", "kể em nghe ", "ong phong 5 ", "Tiệm cầm đồ Kim Long ", "H29-2412-",
              "học sinh 1 - ",
              "Lê Thị Mai, 3 tháng 9 năm ", "my ID is N", "co tien an tien su gi ", "con nho tiem "]
    slow = {piece: spent for piece in pieces if (spent := cpu(filled(piece))) > budget}
    assert not slow, (budget, slow)


@pytest.mark.parametrize("text, name", [
    ("Hôm qua tiêm cho bé Nguyễn Thị Lan mũi 6 trong 1, giờ sốt cao", "Nguyễn Thị Lan"),  # "tiêm", not "tiệm"
    ("tiem cho be Nguyen Thi Lan mui 6 trong 1 gio sot cao", "Nguyen Thi Lan"),
    ("tiem vacxin Nguyen Van An bi sot", "Nguyen Van An"),  # "tiêm vắc xin" typed bare
    ("sắp Trần Văn Nam mổ rồi, cần chuẩn bị gì", "Trần Văn Nam"),  # "sắp", not "sạp"
])
def test_a_word_folded_like_a_shops_before_a_name_keeps_the_name(gate, text, name):
    assert ("PERSON", name) in _found(gate, text)


def test_a_full_birth_date_after_a_word_holding_the_cue_is_still_found(gate):
    assert ("DOB", "12/03/2010") in _found(gate, "ngày sinh của học sinh: 12/03/2010, làm thẻ ở đâu")


@pytest.mark.parametrize("text", [
    "ve luat hinh su em bi cong an moi len lam viec thi sao",  # "em" after "hình sự" is the asker
    "bo luat hinh su minh dang bi khoi to thi co duoc tai ngoai khong",
    "theo bo luat hinh su toi co bi di tu khong",  # "tôi có bị…", a verb a person does after it
])
def test_the_asker_after_a_law_typed_bare_stays_the_asker(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Chị Lan kể em nghe chị ấy bị ung thư, em nên an ủi thế nào?",  # what someone told: advice asked
    "Bạn em nói em nghe là nó bị trầm cảm, em phải làm sao?",
])
def test_what_someone_told_the_asker_is_no_request_to_be_told(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
    assert answered_locally(gate, text) != "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Does the night-shift doctor speak English?",
    "Can you tell me if the night-shift doctor speaks Vietnamese?",
])
def test_an_english_question_about_someone_without_a_state_is_no_lookup(gate, text):
    assert not screen_text(gate.scanner, text).categorization.lookup
