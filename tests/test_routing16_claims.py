"""Claims that say whether a question is the expert's own (routing16, from the classes of blind14's open errors).

- Every kind claims: the anomaly kind says a question is its own when it names a machine, its sensors or its readings
  with their state asked, or carries readings; a question naming none ("mua xe máy mới") is not its own.
- A classifier's claim stays below its threshold on a question nearer an everyday question (the router's background)
  than any of its own examples: the model's evidence counts shared words, the nearest question says what it is.
- The tutor claims word problems typed tersely, proportions, another exercise asked for, an exercise requested on a
  maths topic, and a maths task on a figure; not a health question in the same shape.
- The identity expert claims questions about an identifier's structure and plate codes listed or followed by "xe".
- The address expert claims a ward named with its district when its fate in the reorganization is asked.
Each class is tested on questions written for this file, not copied from a routing set.
"""

from __future__ import annotations

import pytest

from conftest import assert_sure_claims
from luytre.kinds.classifier.kind import NEAR_MISS_CLAIM, NearestTexts

HOSTILE = "1 " * 1500 + "cảm biến bất thường phường quận biển " * 40


def _expert(package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    return load_expert(ExpertPackage.open(package))


def test_the_anomaly_kind_claims_machines_sensors_and_readings_only(factory_package):
    expert = _expert(factory_package)
    assert expert.claim('máy nén số 2 thế nào? {"f1": 40, "f2": 3}').score == 1.0
    assert_sure_claims(expert, ("cảm biến áp suất dây chuyền 1 có bất thường không",
                                "sensor readings of line 4 look abnormal, check them",
                                "thiết bị ở nhà máy báo vượt ngưỡng, có bất thường không"),
                       ("Mua xe máy mới đăng ký biển số ở đâu, có bấm biển online được không?",
                        "làm lại sổ đỏ bị lỗi ở đâu", "dây chuyền vàng 18k giá bao nhiêu",
                        "đau xương khớp bất thường", "điện thoại mất tín hiệu", "máy tính bị lỗi màn hình xanh"),
                       reason="named", hostile=HOSTILE)
    nothing = expert.claim("đăng ký xe máy online ở đâu")
    assert nothing is not None and nothing.score == 0.0 and not nothing.disowned


def test_a_question_nearer_an_everyday_question_than_the_own_examples_is_not_claimed():
    nearest = NearestTexts(["đau bụng tiêu chảy khám khoa nào", "sốt cao co giật đi khám khoa nào",
                            "đau răng sưng má khám ở đâu"],
                           ["Bọc răng sứ ở nha khoa tư giá bao nhiêu", "Kể chuyện cười cho tôi nghe"])
    assert nearest.nearer_outside("nhổ răng ở nha khoa tư giá bao nhiêu") == "Bọc răng sứ ở nha khoa tư giá bao nhiêu"
    assert nearest.nearer_outside("ke chuyen cuoi di") == "Kể chuyện cười cho tôi nghe"  # read without diacritics
    assert nearest.nearer_outside("đau răng sưng má thì khám khoa nào") is None
    assert nearest.nearer_outside("thời tiết hôm nay") is None  # near nothing: the model's evidence decides


def test_a_classifier_claims_everyday_questions_sharing_its_words_below_its_threshold(triage_package):
    expert = _expert(triage_package)
    for question in ("Bọc răng sứ ở nha khoa tư giá khoảng bao nhiêu một răng", "ke chuyen cuoi cho toi nghe"):
        claim = expert.claim(question)
        assert claim.score <= NEAR_MISS_CLAIM < 0.5, (question, claim)
    for question in ("đau răng sưng má nên khám khoa nào", "bé sốt cao 39 độ co giật đi khám khoa nào"):
        assert expert.claim(question).score >= 0.5, question


@pytest.mark.parametrize("query", [
    "1 lop 30 hs, 40% la nam, hoi bao nhieu ban nam",  # a "hỏi" inside the sentence, typed without diacritics
    "5 may cay xong 20 ngay thi 10 may cay bao nhieu ngay",  # a proportion without "Hỏi"
    "Cho em một câu tương tự nhé",  # another exercise like the last one
    "ra cho em mấy bài về phân số",  # an exercise requested on a maths topic
    "đổi 0,75 ra phân số",  # a maths task on a figure
])
def test_the_tutor_claims_terse_word_problems_and_follow_ups(tutor_package, query):
    claim = _expert(tutor_package).claim(query)
    assert claim.score >= 0.8, (query, claim)


@pytest.mark.parametrize("query", [
    "bé 3 tuổi nặng 14 kg, 5 tuổi nặng bao nhiêu kg là chuẩn",  # ages compare people, not a proportion
    "công ty 50 người, 10 người nghỉ, bao nhiêu người được thưởng tết",  # a unit given and asked, no operation
    "Tôi cần để lại giấy tờ gì khi làm căn cước",  # "cần để" is no exercise asked for
    "Tính diện tích nhà 60m2 để xin giấy phép xây dựng",  # a maths word beside a permit
])
def test_the_tutor_leaves_everyday_questions_in_a_schoolbook_shape(tutor_package, query):
    assert _expert(tutor_package).claim(query).score < 0.8, query


def test_the_identity_expert_claims_structure_questions_and_listed_plate_codes(identity_package):
    expert = _expert(identity_package)
    for query in ("bien 29 hay 30 la ha noi", "Biển 43 xe Đà Nẵng phải không"):
        assert expert.claim(query).score >= 0.8, query
    for query in ("CCCD số thứ ba là 1 nghĩa là gì", "the bhyt dn4 la gi", "mã số doanh nghiệp đuôi -002 nghĩa là gì"):
        assert expert.claim(query).score >= 0.7, query
    for query in ("đi biển 20 phút là tới", "thẻ bhyt hết hạn gia hạn ở đâu", "biển 50 là giới hạn tốc độ gì",
                  "lam the bhyt cho tre duoi 6 tuoi o dau"):  # folded, "duoi" is "dưới" (under) as well as "đuôi"
        assert expert.claim(query).score < 0.5, query


def test_the_address_expert_claims_a_ward_with_its_district_asked_about_its_fate(address_package):
    expert = _expert(address_package)
    for query in ("p da kao q1 gop voi phuong nao", "Phường Bến Thành, Quận 1 còn tồn tại không"):
        assert expert.claim(query).score >= 0.8, query
    assert expert.claim("quận 1 có quán phở nào ngon").score < 0.5
