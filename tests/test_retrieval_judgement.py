"""A retrieval expert's one relevance judgement: its routing claim and its answer's not-found gate read the same
evidence, and old or everyday names of papers are read as the documents' terms. Documents and questions written
for these tests (a commune's procedures), not taken from any routing set."""

import pytest

from luytre.kinds import load_expert
from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval
from luytre.kinds.retrieval.everyday import in_official_words

DOCUMENTS = {
    "can-cuoc.md": "# Cấp đổi thẻ căn cước\n\n## Trình tự thực hiện\n\nCông dân đến cơ quan quản lý căn cước, cán bộ "
                   "thu nhận vân tay, ảnh chân dung và cấp giấy hẹn trả thẻ căn cước.\n\n## Đối tượng\n\nCông dân "
                   "đủ 14 tuổi, 25 tuổi, 40 tuổi, 60 tuổi; thẻ căn cước hết hạn, bị hỏng hoặc có sai sót thông tin."
                   "\n\n## Nơi nộp hồ sơ\n\nCông an cấp xã nơi cư trú hoặc Phòng Cảnh sát quản lý hành chính về "
                   "trật tự xã hội.\n\n## Lệ phí\n\nCấp đổi thẻ căn cước: 50.000 đồng; đổi do hết hạn theo tuổi "
                   "không mất lệ phí.\n",
    "hon-nhan.md": "# Cấp giấy xác nhận tình trạng hôn nhân\n\n## Thành phần hồ sơ\n\nTờ khai cấp giấy xác nhận "
                   "tình trạng hôn nhân theo mẫu; giấy tờ chứng minh việc ly hôn nếu đã từng kết hôn.\n\n## Nơi nộp "
                   "hồ sơ\n\nỦy ban nhân dân cấp xã nơi thường trú.\n\n## Thời hạn giải quyết\n\n03 ngày làm việc.\n",
    "thuong-tru.md": "# Đăng ký thường trú\n\n## Thành phần hồ sơ\n\nTờ khai thay đổi thông tin cư trú; giấy tờ "
                     "chứng minh chỗ ở hợp pháp.\n\n## Nơi nộp hồ sơ\n\nCông an cấp xã nơi có chỗ ở hợp pháp.\n",
}


@pytest.fixture(scope="module")
def commune(tmp_path_factory):
    root = tmp_path_factory.mktemp("commune")
    (root / "docs").mkdir()
    for name, text in DOCUMENTS.items():
        (root / "docs" / name).write_text(text, encoding="utf-8")
    built = build_retrieval(root / "docs", RetrievalSource(id="xa-test", title_vi="Thủ tục hành chính xã",
                                                           publisher="luytre-tests"), root / "pkg")
    return load_expert(built.package)


@pytest.mark.parametrize(("question", "doc"), [
    ("làm lại chứng minh nhân dân ở đâu", "can-cuoc.md"),  # the card's old name, in a procedure question
    ("cccd het han lam lai o dau", "can-cuoc.md"),  # its shorthand, typed without diacritics
    ("xin giấy xác nhận độc thân ở đâu", "hon-nhan.md"),  # what people call the paper
    ("tách khẩu nộp hồ sơ ở đâu", "thuong-tru.md"),
])
def test_old_and_everyday_names_are_claimed_and_answered(commune, question, doc):
    reply = commune.answer(question)
    assert commune.claim(question).score >= 0.5, question
    assert reply.result["found"] and reply.result["answered_from"]["doc"] == doc, (question, reply.text)


def test_an_old_name_is_not_read_in_a_question_about_a_number(commune):
    """The identifier checker's questions name the same papers: "số cmnd …" asks about the number, no procedure."""
    uses = commune._documents_use
    for question in ("số cmnd 012345678 có hợp lệ không", "cccd 079203001234 là của tỉnh nào"):
        assert in_official_words(question, uses) == question
    assert in_official_words("làm lại cmnd ở đâu", uses) == "làm lại thẻ căn cước ở đâu"  # they say "cấp đổi"


def test_a_question_the_expert_plainly_does_not_claim_is_not_answered(commune):
    """The answer's gate reads the claim's judgement: never an answer under a claim of ANSWER_FLOOR."""
    from luytre.kinds.retrieval.kind import ANSWER_FLOOR

    for question in ("visa du lịch Hàn Quốc cần giấy tờ gì", "gia hạn hộ chiếu Mỹ ở đâu", "giá vàng hôm nay",
                     "thủ tục giải thể công ty", "đổi thẻ căn cước ở đâu", "lệ phí cấp đổi thẻ căn cước"):
        claim, reply = commune.claim(question), commune.answer(question)
        assert not reply.result["found"] or claim.score >= ANSWER_FLOOR, (question, claim)
        assert reply.result["judged"] == claim.reason


def test_a_question_one_document_says_whole_is_claimed_surely(commune):
    """Every topic syllable of the question stands in one document, in any order: the router's sure claim."""
    question = "thẻ căn cước hết hạn 40 tuổi thì nộp hồ sơ cấp đổi ở công an xã nào"
    share, covered = commune.section_coverage(question)
    assert share >= 0.8 and covered >= 3 and commune.claim(question).score >= 0.8
    near = "thẻ tín dụng hết hạn thì đổi ở ngân hàng nào"  # the card's words, another card
    assert commune.section_coverage(near)[0] < 0.5 and commune.claim(near).score < 0.5
