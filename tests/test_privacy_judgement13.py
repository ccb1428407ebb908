"""Privacy judgement, thirteenth round (issue 19): the classes of leaks privacy blind11 showed once opened.

Someone designated by the place they occupy ("người thuê phòng số 3", "bà cụ nhà số 12", "hội viên tủ số 23",
"the guy in bed 3"); a pregnancy, nursing or sickness said without a subject ("Bầu 7 tháng bị…", "Đang cho con bú
bị sốt…"); a child named by a kin title typed bare ("cháu Bơ"); retreats and rites ("khóa tu"); the asker waiting
somewhere to be fetched ("đang ngồi trên xe…, ra đón tôi"); a BHYT number split by dots or in odd groups. Every
sentence was written for this file, not taken from the labelled sets (tests/data/privacy).
"""

from __future__ import annotations

import pytest

from conftest import LOCAL_PERSONAL, answered_locally, forwarded
from luytre.sovereignty.privacy_gate import screen_text


# -- someone designated by the place they occupy ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Người thuê phòng số 5 hay say rượu rồi đánh vợ, tôi báo công an được không?",
    "nguoi thue phong so 7 vua di cai nghien ve, co phai bao to dan pho khong",  # typed bare
    "Bà cụ nhà số 12 bị lẫn, đi lạc mấy lần rồi, phường có giúp được không?",
    "Khách phòng 408 hình như bị ngộ độc, khách sạn phải làm gì?",
    "The tenant in room 5 was arrested last night, can I end his lease?",
    "The old man in bed 3 has hepatitis, should visitors wear masks?",
])
def test_someone_placed_by_a_number_beside_a_topic_never_leaves_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Hội viên tủ số 12 có tiền án không?",
    "Cho tôi xem kết quả xét nghiệm của bà cụ phòng số 4 được không?",
])
def test_a_record_of_someone_placed_by_a_number_is_a_lookup(gate, text):
    assert answered_locally(gate, text) == "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Phòng số 3 có khám ngoài giờ không?",  # a room, nobody in it
    "Nhà số 12 đường Lê Lợi có bán không?",
    "Khách phòng 302 được gọi đồ ăn lên phòng không?",  # a guest, no topic
    "Giường số 5 của khoa nội có điều hòa không?",
])
def test_rooms_and_houses_alone_are_no_one(gate, text):
    assert answered_locally(gate, text) != "deny"


@pytest.mark.parametrize("text", [
    "Bác sĩ phòng số 3 có khám bệnh trĩ không?",  # a doctor in a room serves everyone
    "Khách ở phòng 201 có được dùng hồ bơi không?",
])
def test_whoever_serves_or_stays_in_a_room_without_a_disclosure_leaves_as_it_is(gate, text):
    assert forwarded(gate, text) == "allow"


# -- states said without a subject ------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Bầu 7 tháng bị ngứa khắp người là sao ạ",
    "Mang thai 22 tuần, đi khám thấy nước ối ít, có sao không?",
    "Đang cho con bú bị sốt thì uống thuốc gì được",
    "Đang bầu mà bị thủy đậu có ảnh hưởng con không mọi người",
])
def test_a_pregnancy_or_sickness_said_without_a_subject_never_leaves_the_node(gate, text):
    assert answered_locally(gate, text) != "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Bà bầu 3 tháng đầu nên ăn gì?",  # anybody's first trimester
    "Mấy giờ được vào thăm người bệnh?",
])
def test_questions_about_anyone_pregnant_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


# -- a child named by a kin title, typed bare -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Thay oi chau Tin nha em bi dong kinh, thay de y giup",
    "Cô ơi cháu Su bị hen suyễn, cô nhắc cháu mang bình xịt nhé",
])
def test_a_child_named_by_a_kin_title_beside_a_condition_never_leaves_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


# -- rites and retreats; the asker waiting to be fetched --------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Con đăng ký khóa tu mùa hè cho cháu, số của con 0987 123 456",
    "Tôi đang ngồi trên taxi 51F-234.56 trước cổng bệnh viện, anh ra đón tôi nhé",
    "Em đang đứng trước cổng trường, số em 0912345678, qua đón em với",
])
def test_an_identifier_beside_a_rite_or_the_askers_whereabouts_is_not_forwarded_redacted(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Khóa tu mùa hè ở chùa có nhận trẻ em không?",  # a retreat asked about, nobody in it
    "Học sinh tụ tập trước cổng trường có bị phạt không?",  # "tụ tập" is no "tu tập"
    "Giao xu co lop cho nguoi lon muon rua toi khong?",  # "rửa tội" typed bare: no "tôi" in it
])
def test_rites_asked_about_anyone_are_answered(gate, text):
    assert answered_locally(gate, text) != "deny"


# -- BHYT numbers in odd groups ---------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value", [
    ("Mã BHYT HS.4.79.0123456789 của bé hết hạn chưa", "HS.4.79.0123456789"),
    ("thẻ BHYT DN 4 79 79 12345678 của tôi có dùng ở tuyến huyện được không", "DN 4 79 79 12345678"),
    ("BHYT GD-4-01-01234-56789 của con tôi", "GD-4-01-01234-56789"),
])
def test_a_bhyt_number_in_any_groups_is_found_and_redacted(gate, text, value):
    assert ("HEALTH_INSURANCE", value) in [(e.type, e.text) for e in screen_text(gate.scanner, text).entities]
    redacted = gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).redaction
    assert redacted is not None and value not in redacted.text


# -- what just happened, a result had, someone by where they live ----------------------------------------------
@pytest.mark.parametrize("text", [
    "Sáng nay thử que lên 2 vạch, giờ nên đi khám ở đâu",  # a pregnancy test read
    "test nhanh ra hai vach roi, lam gi tiep",
    "Mới nhận kết quả HIV dương tính, giờ phải làm sao",  # what just happened, no subject
    "Kết quả sinh thiết của mẹ là ác tính, còn chữa được không",
    "Vừa đi khám về, bác sĩ nói bị viêm gan B",
    "Bà cụ bán bánh mì đầu ngõ bị tai biến, quyên góp giúp thế nào",  # an old person by her trade
    "The lady next door has cancer, how can I help her?",
    "Đang trốn ở nhà bạn vì bị đánh, phải làm gì",
    "Ông nội mình dạo này bị lẫn, hay đi lạc",
])
def test_a_result_or_event_of_someone_never_leaves_the_node(gate, text):
    assert answered_locally(gate, text) != "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Mỗi bệnh nhân được mấy người nuôi bệnh?",  # "mỗi" typed with its marks is no "mới"
    "Que thử thai dùng thế nào cho đúng?",  # a test asked about
    "Vua Quang Trung lên ngôi năm nào?",
    "Bí danh của nhà văn Nam Cao là gì?",  # "bí danh" is no "bị đánh"
])
def test_questions_about_anyone_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


# -- a state said without a subject, in Vietnamese or English ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Siêu âm thấy u nang buồng trứng 4cm, có phải mổ không",  # a finding reported
    "Bác sĩ bảo phải đặt stent, bảo hiểm trả bao nhiêu",  # a doctor's word reported
    "xet nghiem ra giang mai, co lay cho vo khong",
    "Nợ 150 triệu tín dụng đen không trả nổi, bị dọa giết",  # a debt said without a subject
    "Bị công an triệu tập vì đánh bạc online, có phải đi không",
    "3 tháng nay chưa có kinh, lo quá",
    "Pregnant 6 months, is it safe to take the night bus to Da Lat?",  # English without a subject
    "Been on antidepressants since 2021, can I still get a visa?",
    "Had a miscarriage last month, when can we try again?",
])
def test_a_state_said_without_a_subject_never_leaves_the_node(gate, text):
    assert answered_locally(gate, text) != "deny"
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Siêu âm thai 12 tuần thấy được gì?",  # a finding asked about
    "Vay 800 triệu trong 15 năm thì mỗi tháng trả bao nhiêu?",  # a case put
    "Bị công an giữ xe thì cần mang giấy tờ gì?",
    "Trường Y có chương trình bác sĩ nội trú mấy năm?",
    "Is it safe to fly while pregnant?",
])
def test_cases_put_and_findings_asked_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"


# -- a profile said short, a relative typed bare, someone by a trade or as "đứa" -----------------------------------
@pytest.mark.parametrize("text", [
    "Nữ, 31t, trễ kinh 2 tuần, thử que 1 vạch",  # a profile opening the question
    "Nam 42 tuổi, men gan cao, có uống bia được không",
    "F 27, hay hoảng loạn về đêm, có cần đi khám",
    "Xin giấy nghỉ học cho con, cháu đang bị thủy đậu",  # a relative typed bare, in a state
    "vk đang nằm viện sau sinh, ck được nghỉ mấy ngày",
    "Con nhỏ bán bánh cuốn đầu chợ bị ung thư máu",  # someone by her trade
    "Đứa cháu ngoại 4 tuổi bị chậm nói",
    "the guy downstairs deals drugs, who do I tell?",
])
def test_a_profile_or_a_relative_said_short_never_leaves_the_node(gate, text):
    assert forwarded(gate, text) == "deny"


@pytest.mark.parametrize("text", [
    "Nếu con bị sốt cao về đêm thì bố mẹ nên làm gì?",  # a case put
    "Lái xe có nồng độ cồn bị phạt bao nhiêu?",  # "cồn" typed with its marks
    "lai xe co nong do con bi phat bao nhieu",  # and bare
    "Bạn bè đăng ảnh người khác lên mạng có vi phạm không?",
    "Trẻ con bị sốt phát ban có lây không?",
])
def test_children_in_general_and_lookalike_words_still_leave_as_they_are(gate, text):
    assert forwarded(gate, text) == "allow"
