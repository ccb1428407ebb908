"""vn-procedures tried as a user would (issue 20): the answer comes from the section the question asks for, marks
what holds only in some cases (and the form the office fills in), and cites its section. Built from the real
reference documents of one folder (identity and residence), so the build stays short."""

import re
import shutil

import pytest

from conftest import ROOT
from luytre.kinds import load_expert
from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval

FOLDER = ROOT / "experts" / "vn-procedures" / "docs" / "cu-tru-can-cuoc"
LOST_CARD = "cu-tru-can-cuoc/cap-lai-the-can-cuoc-khi-mat.md"


@pytest.fixture(scope="module")
def procedures(tmp_path_factory):
    docs = tmp_path_factory.mktemp("docs") / "docs"
    shutil.copytree(FOLDER, docs / "cu-tru-can-cuoc")
    source = RetrievalSource(id="vn-procedures", title_vi="Thủ tục hành chính công", publisher="luytre-tests")
    built = build_retrieval(docs, source, tmp_path_factory.mktemp("pkg") / "vn-procedures")
    return load_expert(built.package)


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


@pytest.mark.parametrize("question", ["thủ tục làm lại căn cước bị mất", "thu tuc lam lai can cuoc bi mat"])
def test_a_procedure_named_alone_is_answered_with_its_steps(procedures, question):
    reply = procedures.answer(question)  # issue 20: answered with the legal-basis section
    assert reply.result["answered_from"]["doc"] == LOST_CARD
    assert reply.result["answered_from"]["section"] == "Trình tự thực hiện"
    assert "Bước 1" in reply.text and "Nghị định" not in reply.text
    assert _lines(reply.text)[-1] == "Nguồn: Cấp lại thẻ căn cước khi bị mất › Trình tự thực hiện."


def test_documents_mark_conditional_items_and_the_form_the_officer_fills_in(procedures):
    reply = procedures.answer("làm lại căn cước bị mất cần giấy tờ gì")
    assert reply.result["answered_from"]["section"] == "Thành phần hồ sơ"
    lines = _lines(reply.text)
    citizenship = next(line for line in lines if "trở lại quốc tịch" in line)
    assert citizenship.endswith("(tùy trường hợp).")  # issue 20: listed as if everyone needed it
    form = next(line for line in lines if "Phiếu thu nhận" in line)
    assert form.endswith("(cơ quan tiếp nhận lập, không phải mang theo).")  # issue 20: as if the citizen brought it
    assert lines[-1] == "Nguồn: Cấp lại thẻ căn cước khi bị mất › Thành phần hồ sơ."


@pytest.mark.parametrize(("question", "section"), [
    ("làm lại căn cước bị mất hết bao nhiêu tiền", "Lệ phí"),
    ("cấp lại căn cước bị mất mất bao lâu", "Thời hạn giải quyết"),
    ("làm lại căn cước bị mất nộp hồ sơ ở đâu", "Nơi nộp hồ sơ"),
    ("cấp lại thẻ căn cước bị mất theo luật nào, căn cứ pháp lý", "Căn cứ pháp lý"),
    ("các bước làm lại căn cước khi bị mất", "Trình tự thực hiện"),
])
def test_the_section_follows_the_question(procedures, question, section):
    reply = procedures.answer(question)
    assert reply.result["answered_from"] == {"doc": LOST_CARD, "title": "Cấp lại thẻ căn cước khi bị mất",
                                             "section": section}
    assert _lines(reply.text)[-1].endswith(f"› {section}.")


def test_no_sentence_is_said_twice(procedures):
    for question in ("thủ tục làm lại căn cước bị mất", "làm lại căn cước bị mất cần giấy tờ gì",
                     "đăng ký thường trú cần giấy tờ gì", "đăng ký tạm trú nộp ở đâu"):
        sentences = [s for s in re.split(r"(?<=[.!?])\s+|\n", procedures.answer(question).text) if s.strip()]
        assert len(sentences) == len(set(sentences))


def test_the_legal_basis_is_kept_when_the_law_is_asked_for(procedures):
    reply = procedures.answer("Luật Căn cước 2023 quy định cấp lại thẻ ở điều nào?")
    assert reply.result["answered_from"]["section"] == "Căn cứ pháp lý"

