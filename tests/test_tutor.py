"""vn-tutor: banks and answer checking, the models and policy, the simulator, and the HTTP/CLI flow."""

from __future__ import annotations

import csv
import io
import json
import shutil
import sqlite3
import time
from pathlib import Path

import httpx
import pytest

from conftest import ROOT, RunningNode, assert_sure_claims, cli
from luytre.errors import BuildError
from luytre.kinds.tutor.bank import check_answer, load_bank
from luytre.kinds.tutor.engine import LearnerState, TutorEngine
from luytre.kinds.tutor.models import MASTERY, BktParams, FsrsMemory, fit_fsrs

BANKS = ROOT / "experts" / "vn-tutor" / "banks"


@pytest.fixture(scope="module")
def math_bank():
    return load_bank(BANKS / "math-thcs.yaml")


@pytest.fixture(scope="module")
def vocab_bank():
    return load_bank(BANKS / "english-vocab.yaml")


def test_sample_banks_are_valid_and_large_enough(math_bank, vocab_bank):
    assert len(math_bank.skills) >= 8 and len(math_bank.items) >= 60
    assert len(vocab_bank.items) >= 200
    order = math_bank.skill_order()
    for skill in math_bank.skills:  # prerequisites always come first
        assert all(order.index(p) < order.index(skill.id) for p in skill.prerequisites)


BAD_BANKS = {
    "cycle": ("skills: [{id: a, name: {vi: A, en: A}, prerequisites: [b]}, {id: b, name: {vi: B, en: B}, "
              "prerequisites: [a]}]", "cycle"),
    "unknown skill": ("skills: [{id: a, name: {vi: A, en: A}}]\nitems: [{id: i1, skills: [zz], type: numeric, "
                      "question: q, answers: ['1']}]", "unknown skills"),
    "choice": ("skills: [{id: a, name: {vi: A, en: A}}]\nitems: [{id: i1, skills: [a], type: choice, question: q, "
               "answers: [x], choices: [y, z]}]", "among its choices"),
    "number": ("skills: [{id: a, name: {vi: A, en: A}}]\nitems: [{id: i1, skills: [a], type: numeric, question: q, "
               "answers: [abc]}]", "not a number"),
    "duplicate": ("skills: [{id: a, name: {vi: A, en: A}}]\nitems: [{id: i1, skills: [a], type: text, question: q, "
                  "answers: [x]}, {id: i1, skills: [a], type: text, question: q, answers: [y]}]", "duplicate item"),
    "yaml": ("skills: [unclosed", "is not YAML"),
}


@pytest.mark.parametrize("case", sorted(BAD_BANKS))
def test_invalid_banks_are_refused_with_the_reason(tmp_path, case):
    body, message = BAD_BANKS[case]
    header = "bank: t\nversion: 1\ntitle: {vi: T, en: T}\nlanguage: vi\n"
    if "items:" not in body:
        body += "\nitems: [{id: i1, skills: [a], type: text, question: q, answers: [x]}]"
    path = tmp_path / "bank.yaml"
    path.write_text(header + body, encoding="utf-8")
    with pytest.raises(BuildError, match=message):
        load_bank(path)


def test_answer_checking_is_tolerant_where_a_teacher_is(math_bank, vocab_bank):
    numeric = next(i for i in math_bank.items if i.type == "numeric" and i.answers == ["-7"])
    assert all(check_answer(numeric, r) for r in ("-7", " −7 ", "x = -7", "-7,0", "-14/2"))
    assert not check_answer(numeric, "7")
    roots = next(i for i in math_bank.items if i.type == "numeric_set" and i.answers == ["-3; 3"])
    assert check_answer(roots, "3;-3") and check_answer(roots, "x = 3 hoặc x = -3")
    assert not check_answer(roots, "3")
    word = next(i for i in vocab_bank.items if i.answers[0] == "father")
    assert check_answer(word, "  Father ") and not check_answer(word, "fathers")
    lenient = next(i for i in vocab_bank.items if i.accent_insensitive and i.answers[0] == "chồng")
    assert check_answer(lenient, "chong") and check_answer(lenient, "CHỒNG")
    choice = next(i for i in math_bank.items if i.type == "choice")
    assert check_answer(choice, str(choice.choices.index(choice.answers[0]) + 1))


def test_models_move_the_right_way():
    params = BktParams()
    assert params.update(0.3, True) > 0.3 > params.update(0.3, False) + params.p_learn / 2
    memory = FsrsMemory()
    card = memory.review(memory.new_card(), True, 10.0)
    assert memory.retrievability(card, 10.5) > memory.retrievability(card, 40.0) > 0
    fitted, info = fit_fsrs([[(0.0, True), (1.0, True)]])
    assert info["fitted"] == 0 and fitted == memory.parameters  # too few reviews: defaults kept


def test_policy_reviews_first_respects_prerequisites_caps_and_explains(math_bank):
    engine = TutorEngine(math_bank, daily_cap=3)
    state = LearnerState()
    first = engine.next_item(state, 0.0)
    assert set(first.item.skills) <= {s.id for s in math_bank.skills if not s.prerequisites}
    assert first.reason["code"] == "new" and 0.6 <= first.predicted <= 0.85 and first.reason["vi"]
    engine.record(state, first.item, True, 0.0)
    due = engine.next_item(state, 30.0)  # a month later the item is nearly forgotten: review it
    assert due.item.id == first.item.id and due.reason["code"] == "review"
    state.today = 3
    capped = engine.next_item(state, 30.0)
    assert capped.item is None and capped.reason["code"] == "daily_cap"
    state.today = 0
    for skill in math_bank.skills:  # everything mastered except one skill whose prerequisites are mastered
        state.known[skill.id] = MASTERY
    state.known["quadratic-equations"] = 0.3
    state.cards.clear()
    assert engine.next_item(state, 31.0).item.skills[0] == "quadratic-equations"


def test_simulated_learners_learn_more_with_the_policy(math_bank, vocab_bank):
    from luytre.kinds.tutor.simulator import Simulator

    for bank, mode in ((math_bank, "skills"), (vocab_bank, "memory")):
        outcomes = {chooser: Simulator(bank, mode, 8, seed=3).run(chooser, 8)[1]["mastered_mean"]
                    for chooser in ("policy", "random")}
        assert outcomes["policy"] > outcomes["random"], (bank.bank, outcomes)


def test_fsrs_fits_a_schools_reviews_without_torch(vocab_bank):
    from collections import defaultdict

    from luytre.kinds.tutor.simulator import Simulator

    events, _ = Simulator(vocab_bank, "memory", 8, seed=5).run("policy", 10)
    histories = defaultdict(list)
    for e in events:
        histories[(e.learner, e.item)].append((e.day, e.correct))
    fitted, info = fit_fsrs(list(histories.values()))
    assert info["fitted"] == 1 and info["log_loss_after"] <= info["log_loss_before"]
    assert fitted != FsrsMemory().parameters


def _tables_mentioning(db: Path, text: str) -> list[str]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return [t for t in tables if any(text in str(v) for row in conn.execute(f'SELECT * FROM "{t}"') for v in row)]


def test_learning_over_http_survives_a_restart_and_erasure_removes_every_trace(tutor_home):
    home, token = tutor_home
    admin = {"authorization": f"Bearer {token}"}
    node = RunningNode(home)
    try:
        started = httpx.post(f"{node.url}/v1/tutor/sessions", json={"learner": "hs-9a-07", "bank": "math-thcs",
                                                                     "class": "9A"}, timeout=30)
        assert started.status_code == 201, started.text
        session = started.json()
        sid, item = session["session"], session["item"]
        assert "answers" not in item and session["reason"]["vi"]
        # the bodies are exactly their response models' (a new learner's secret included, shown once)
        assert set(session) == {"session", "learner", "bank", "focus", "learner_secret", "item", "reason",
                                "predicted", "today"}
        assert set(item) == {"id", "skills", "type", "question", "choices", "hints"}
        banks = {b["bank"]: b for b in httpx.get(f"{node.url}/v1/tutor/banks", timeout=30).json()}
        assert banks["math-thcs"]["items"] >= 60 and banks["math-thcs"]["title"]["vi"]
        assert set(banks["math-thcs"]["skills"][0]) == {"id", "name", "prerequisites", "curriculum"}
        assert httpx.get(f"{node.url}/v1/tutor/sessions/{sid}/next", timeout=30).json()["item"]["id"] == item["id"]
        math_bank = load_bank(BANKS / "math-thcs.yaml")
        right = math_bank.item(item["id"]).answers[0]
        result = httpx.post(f"{node.url}/v1/tutor/sessions/{sid}/answer", json={"item": item["id"], "answer": right},
                            timeout=30).json()
        assert result["correct"] is True and result["next"]["item"]["id"] != item["id"]
        assert set(result) == {"correct", "accepted", "solution", "feedback", "skills", "next"}
        stale = httpx.post(f"{node.url}/v1/tutor/sessions/{sid}/answer", json={"item": item["id"], "answer": right},
                           timeout=30)
        assert stale.status_code == 409 and stale.json()["error"]["code"] == "not_the_current_item"
        wrong = httpx.post(f"{node.url}/v1/tutor/sessions/{sid}/answer",
                           json={"item": result["next"]["item"]["id"], "answer": "không biết"}, timeout=30).json()
        assert wrong["correct"] is False and wrong["accepted"]
        assert httpx.get(f"{node.url}/v1/tutor/sessions/nope/next", timeout=30).status_code == 404
        assert httpx.get(f"{node.url}/v1/tutor/learners/hs-9a-07/progress", timeout=30).status_code == 401
        progress = httpx.get(f"{node.url}/v1/tutor/learners/hs-9a-07/progress", headers=admin, timeout=30).json()
    finally:
        node.stop()

    node = RunningNode(home)  # a restart keeps the learner's state
    try:
        again = httpx.get(f"{node.url}/v1/tutor/learners/hs-9a-07/progress", headers=admin, timeout=30).json()
        assert again == progress and again["banks"]["math-thcs"]["items_seen"] == 2
        report = httpx.get(f"{node.url}/v1/tutor/classes/9A/report", params={"bank": "math-thcs"}, headers=admin,
                           timeout=30).json()
        assert [r["learner"] for r in report["learners"]] == ["hs-9a-07"]
        exported = httpx.get(f"{node.url}/v1/tutor/export.csv", headers=admin, timeout=30)
        rows = list(csv.DictReader(io.StringIO(exported.text)))
        assert [r["correct"] for r in rows] == ["1", "0"] and rows[0]["user_id"] == "hs-9a-07"
        erased = httpx.delete(f"{node.url}/v1/tutor/learners/hs-9a-07", headers=admin, timeout=30).json()
        assert erased["rows"] == {"attempts": 2, "states": 1, "sessions": 1, "learners": 1}
        assert httpx.get(f"{node.url}/v1/tutor/sessions/{sid}/next", timeout=30).status_code == 404
        assert httpx.get(f"{node.url}/v1/tutor/learners/hs-9a-07/progress", headers=admin,
                         timeout=30).status_code == 404
    finally:
        node.stop()
    assert _tables_mentioning(home / "luytre.db", "hs-9a-07") == []


def test_ask_starts_practice_for_the_subject(tutor_home):
    home, token = tutor_home
    node = RunningNode(home)
    try:  # naming a subject needs a clerk or operator key
        asked = httpx.post(f"{node.url}/v1/ask", json={"query": "cho em luyện tập phương trình bậc hai",
                                                       "subject": "hs-ask-1"},
                           headers={"authorization": f"Bearer {token}"}, timeout=30).json()
        assert asked["expert"] == "vn-tutor"
        assert asked["result"]["practice"] == {"bank": "math-thcs", "skill": "quadratic-equations"}
        [action] = asked["actions"]
        assert action["type"] == "tutor.session_started"
        session = action["data"]
        assert session["focus"] == "quadratic-equations" and "quadratic-equations" in session["item"]["skills"]
        anonymous = httpx.post(f"{node.url}/v1/ask", json={"query": "cho em luyện tập phương trình bậc hai"},
                               timeout=30).json()  # nobody to save a session for: the offer goes back as it is
        assert [a["type"] for a in anonymous["actions"]] == ["tutor.practice_offered"]
    finally:
        node.stop()


def test_a_claim_and_its_answer_agree_end_to_end(tutor_home):
    """Through the node's router (triage, identity and the tutor installed): a learner's "harder questions" reaches
    the tutor although the triage classifier half-claims it; a grandfather's fall told in the schoolbook form stays
    with triage; a bare plate code is answered by the identity expert with its province."""
    home, _ = tutor_home
    node = RunningNode(home)

    def ask(query: str) -> dict:
        return httpx.post(f"{node.url}/v1/ask", json={"query": query}, timeout=30).json()

    try:
        for request in ("these are too easy, give me harder questions", "bài khó quá, cho câu dễ hơn đi"):
            asked = ask(request)
            assert asked["expert"] == "vn-tutor" and "practice" in asked["result"], (request, asked["expert"])
        fall = ask("ông tôi 80 tuổi ngã, 2 ngày nay không đi được. Hỏi mấy ngày thì khỏi")
        assert fall["expert"] == "vn-health-triage" and "Bắt đầu luyện tập" not in fall["answer"]
        plate = ask("biển 29 là xe ở đâu")
        assert plate["expert"] == "vn-identity" and "Hà Nội" in plate["answer"], plate
    finally:
        node.stop()


def test_cli_practice_simulate_and_errors(tutor_home, tmp_path):
    home, _ = tutor_home
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    run = cli("tutor", "practice", "--bank", "math-thcs", "--learner", "hs-cli", home=copy, input="?\n0\nq\n".encode())
    assert run.returncode == 0, run.stderr
    assert "Đã làm 1 câu" in run.stdout.decode()
    progress = json.loads(cli("tutor", "progress", "hs-cli", "--json", home=copy).stdout)
    assert progress["banks"]["math-thcs"]["items_seen"] == 1
    unknown = cli("tutor", "practice", "--bank", "chemistry", "--learner", "hs-cli", home=copy, input=b"q\n")
    assert unknown.returncode != 0 and b"no item bank 'chemistry'" in unknown.stderr
    fit = json.loads(cli("tutor", "fit", "--json", home=copy).stdout)
    assert fit["fitted"] == 0 and fit["reviews"] == 0  # one answer is far from enough: defaults stay
    simulated = json.loads(cli("tutor", "simulate", "--learners", "3", "--days", "3", "--json").stdout)
    assert simulated["simulation"] is True and simulated["answers"] == 180


def test_claims_follow_the_bank_and_skill_a_question_names(tutor_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    named = expert.claim("cho em luyện tập phương trình bậc hai")
    assert named.score >= 0.6 and "quadratic-equations" in named.reason
    assert expert.claim("giá vàng hôm nay bao nhiêu").score == 0.0
    topic = expert.claim("tính diện tích hình chữ nhật dài 8 rộng 5")  # a maths topic, no skill named
    assert topic.score >= 0.6 and "dien tich" in topic.reason


def test_practice_starts_on_the_topic_one_part_of_a_skill_name_names(tutor_package):
    """A pupil asks for vocabulary "chủ đề thời tiết": the skill is "Thời tiết và mùa", so half its name was named and
    the first item must be a weather word, not the bank's first skill (family). Said in English, or naming a maths
    skill by half its name, the same. Claims are unchanged: a part alone is not a reason to claim a question."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for query, skill in (("em muốn ôn từ vựng tiếng Anh chủ đề thời tiết", "weather-and-seasons"),
                         ("cho em học từ vựng tiếng anh về động vật", "nature-and-animals"),
                         ("quiz me on English vocabulary about animals", "nature-and-animals"),
                         ("on tap so nguyen cho em", "integer-arithmetic"),
                         ("cho em bài tập về diện tích hình phẳng", "perimeter-and-area")):
        answer = expert.answer(query)
        assert answer.result["practice"]["skill"] == skill, (query, answer.result)
        assert answer.result["item"]["id"], query
    # a question naming no skill leaves the choice to the bank's review policy, as before
    assert expert.answer("cho em luyện từ vựng tiếng Anh").result["practice"] == {"bank": "english-vocab",
                                                                                  "skill": None}
    assert expert.claim("thời tiết hôm nay thế nào").score == 0.0


def test_chemistry_and_physics_called_by_their_short_names_are_not_the_tutors(tutor_package):
    """A chemical equation to balance ("cân bằng phương trình Fe + O2") or a subject by its short name ("bài hóa",
    "môn lý") is no maths lesson, though "phương trình" and the symbols look like one; a linear equation still is."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for query in ("giải giúp em bài hóa cân bằng phương trình Fe + O2", "can bang phuong trinh Al + O2 -> Al2O3",
                  "bài hoá lớp 8 khó quá, giải giúp em", "hôm nay cô giao bài lý về lực đẩy"):
        claim = expert.claim(query)
        assert claim.disowned and claim.score == 0.0, (query, claim)
    assert expert.claim("giải phương trình 2x + 3 = 7").score >= 0.8
    assert expert.claim("phuong trinh can bang x + 2 = 5").score >= 0.8


def test_asking_for_an_easier_or_harder_exercise_is_the_tutors_own(tutor_package):
    """Mid-session a learner writes only "bài khó quá, cho câu dễ hơn": no skill, no bank, yet only a tutor adapts
    what it asks. The same comparison about a road or a procedure is not a lesson."""

    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    assert_sure_claims(expert,
                       ("bài khó quá, cho câu dễ hơn đi", "cho minh bai kho hon nhe", "đề dễ hơn được không cô",
                        "these are too easy, give me harder questions"),
                       ("đường này đi dễ hơn đường cũ không", "thủ tục mới khó hơn trước à", "is it easier to pay"),
                       reason="easier or harder", hostile="bai de " * 700)


def test_a_word_problem_as_schoolbooks_write_it_is_the_tutors_own(tutor_package):
    """A parent copies a word problem: figures, then a sentence opening with "Hỏi" that asks for a quantity. No skill is
    named, no equation typed, yet it is a maths exercise. A question that only opens a sentence with "Hỏi" about a
    procedure, or a football score, is not."""
    import time

    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for problem in ("Cửa hàng có 120 kg gạo, đã bán 3/4 số gạo. Hỏi cửa hàng còn lại bao nhiêu ki-lô-gam gạo?",
                    "con em hoi bai nay: mot voi nuoc chay 2 gio duoc 150 lit. Hoi 5 gio chay duoc may lit"):
        claim = expert.claim(problem)
        assert claim.score >= 0.8 and "word problem" in claim.reason, (problem, claim)
    for elsewhere in ("Bố tôi 70 tuổi, có sổ hưu 2 năm. Hỏi thủ tục làm thẻ BHYT ở đâu?",
                      "tran MU gap Liverpool 2 doi, ti so may roi", "cho tôi hỏi 2 cái căn cước làm mấy ngày"):
        assert expert.claim(elsewhere).score < 0.5, elsewhere
    started = time.process_time()  # a hostile 4 KB question is read in linear time
    expert.claim(("1. hỏi " * 600)[:4096])
    expert.claim(". hoi " + "a " * 2045)
    assert time.process_time() - started < 0.2


@pytest.mark.parametrize("problem", [
    "Một ô tô đi 180 km hết 3 giờ. Hỏi đi 300 km hết bao lâu?",  # the same unit given twice
    "Năm nay mẹ 30 tuổi, con 6 tuổi. Hỏi sau mấy năm tuổi mẹ gấp 3 lần tuổi con?",  # ages, and an operation
    "Lớp 4A có 32 học sinh, số học sinh nữ nhiều hơn nam 4 bạn. Hỏi lớp có bao nhiêu học sinh nữ?",
    "mot thung co 24 chai nuoc, da ban 9 chai. Hoi con lai bao nhieu chai",  # unaccented: "hoi" is read as hỏi
    "Một lớp có 40 học sinh, số nữ chiếm 45%. Hỏi có bao nhiêu bạn nam?",  # a percentage
])
def test_a_word_problem_needs_an_operation_or_a_unit_pair(tutor_package, problem):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    claim = load_expert(ExpertPackage.open(tutor_package)).claim(problem)
    assert claim.score >= 0.8 and "word problem" in claim.reason, (problem, claim)


@pytest.mark.parametrize("everyday", [
    "ông tôi 80 tuổi ngã, 2 ngày nay không đi được. Hỏi mấy ngày thì khỏi",  # a span of days, no arithmetic
    "Tôi sinh năm 1970, đóng BHXH 25 năm. Hỏi lương hưu được bao nhiêu?",
    "CCCD của tôi cấp năm 2016 lúc 25 tuổi. Hỏi mấy năm nữa phải đổi?",
    "Hồi 2 giờ sáng nhà máy báo nhiệt độ lò 350 độ, mấy độ thì nguy hiểm",  # hồi, not hỏi
    "máy 3 báo rung 12 mm/s. Hỏi máy có cần dừng không, ngưỡng bao nhiêu",  # máy, not mấy
    "may 3 bao rung 12 mm/s. Hoi may co can dung khong, nguong bao nhieu",
    "Hội chợ 2024 mở cửa từ 8h đến mấy giờ",
    "Máy lạnh 12000 BTU cho phòng 20m2. Hỏi máy bao nhiêu tiền",
    "Vợ tôi mang thai 32 tuần, tăng 15 kg. Hỏi vậy có nhiều quá không, nên tăng bao nhiêu?",
    "Mẹ tôi 70 tuổi, bị tiểu đường 10 năm. Hỏi nên ăn bao nhiêu cơm mỗi ngày?",
    "Hồi 2 giờ sáng bé sốt 39 độ, uống mấy viên hạ sốt được",
    "Bé nhà tôi 3 tuổi nặng 14 kg, tháng trước 12 kg. Hỏi bé tăng cân vậy có chậm không, khám ở đâu?",
    "Nhà tôi dùng 250 số điện tháng 5, 300 số tháng 6. Hỏi tiền điện mỗi tháng bao nhiêu?",
])
def test_an_everyday_question_in_the_schoolbook_form_is_no_word_problem(tutor_package, everyday):
    """Ages, years, kilograms and degrees are figures too, "hoi" folded is also hơi/hồi/hội and "may" is máy."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    claim = load_expert(ExpertPackage.open(tutor_package)).claim(everyday)
    assert claim.score < 0.5, (everyday, claim)


@pytest.mark.parametrize("not_a_request", [
    "bé bị táo bón, cho ăn gì để dễ hơn",  # để (in order to), not đề (a test)
    "be bi tao bon, cho an gi de de hon",
    "cách kê gối cho bà nằm để dễ hơn khi thở",
    "ăn gì để khô hơn vết thương",  # khô (dry), not khó
    "làm thủ tục cấp lại căn cước online thế nào để dễ hơn",
    "đề khó hơn năm ngoái không",  # news about an exam, not a request
    "nghe nói đề thi năm nay khó hơn",
])
def test_easier_or_harder_needs_a_request_and_reads_diacritics(tutor_package, not_a_request):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    claim = load_expert(ExpertPackage.open(tutor_package)).claim(not_a_request)
    assert claim.score < 0.5, (not_a_request, claim)


@pytest.mark.parametrize("elsewhere", [
    "Học tiếng Anh giao tiếp ở trung tâm nào tốt tại Cần Thơ",  # where to learn: a provider, not a lesson
    "cho con hoc toan voi gia su hoc phi bao nhieu",
    "Cách viết CV xin việc bằng tiếng Anh?",
    "Thủ đô của Canada là thành phố nào?",  # a general-knowledge fact
    "ai la tac gia bai tho Tay Tien",
])
def test_asking_where_to_learn_or_a_general_fact_is_not_a_lesson(tutor_package, elsewhere):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    claim = load_expert(ExpertPackage.open(tutor_package)).claim(elsewhere)
    assert claim.score == 0.0 and claim.disowned, (elsewhere, claim)


def test_a_fact_asked_with_a_word_of_learning_is_still_a_lesson(tutor_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    assert expert.claim("từ \"thủ đô\" tiếng Anh là gì").score >= 0.5
    assert expert.claim("cho em luyện tập phương trình bậc hai ở trung tâm").score >= 0.5  # a skill named


def test_an_everyday_topic_word_is_not_a_vocabulary_lesson(tutor_package):
    """The vocabulary skills are everyday topics ("School", "Trường học", "Gia đình"): a question that only names
    one belongs to whoever runs the school or the family's paperwork, and the tutor's claim stays below its
    threshold; the same topic with a word of learning is the tutor's own."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for elsewhere in ("What is the school's policy on phones in class?", "nội quy trường học về đồng phục",
                      "How do I apply for a scholarship at my school?", "khám sức khỏe định kỳ cho gia đình ở đâu"):
        claim = expert.claim(elsewhere)
        assert claim.score < 0.5, (elsewhere, claim)
    for lesson in ("teach me vocabulary about school", "từ vựng tiếng Anh chủ đề trường học",
                   "cho em luyện tập từ vựng về gia đình", "Nghĩa tiếng Việt của 'cycling' là gì?"):
        claim = expert.claim(lesson)
        assert claim.score >= 0.5, (lesson, claim)
    assert expert.claim("phương trình bậc hai một ẩn").score >= 0.8  # a school topic's whole name is enough


def test_codes_and_units_are_not_equations_but_formulas_are(tutor_package):
    """Letters and digits glued by a hyphen are a licence plate, a house number or opening hours, and "m²"
    after a number is an area: none is an equation to solve. A formula with an operator or an equals sign is."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for code in ("tra cứu phạt nguội biển số 51F-123.45", "xe 30A-12345 đăng ký ở tỉnh nào", "nhà số 12A-3 phố Huế",
                 "phòng khám mở cửa 8h-17h không", "căn hộ 50m² giá bao nhiêu"):
        claim = expert.claim(code)
        assert claim.score < 0.5, (code, claim)
    for formula in ("Tìm x, biết |2x - 1| = 7", "hàm số y = -2x + 5 nghịch biến hay đồng biến", "khai triển (x - 3)^2",
                    "f(x) = ax + 1 đi qua A(1; 4), tìm a", "so sanh -2/3 va -3/4",
                    "giai pt 2x-4=0", "2x + 3 = 7", "Cho hàm số y = 2x − 3. Tính y khi x = 4.", "3/4 + 5/6 bằng mấy",
                    "x² - 5x + 6 = 0"):
        claim = expert.claim(formula)
        assert claim.score >= 0.8, (formula, claim)
    for hostile in ("|" + "x - 3 " * 700, "y = " * 1000, ") " * 2000 + "^", "so sanh " * 500):
        started = time.process_time()
        expert.claim(hostile[:4096])
        assert time.process_time() - started < 0.2


def test_a_school_topic_no_bank_teaches_is_disowned(tutor_package):
    """Upper-secondary maths, other subjects and English grammar look like a tutor's questions (an equation, "giải
    bài tập") but none of the grade 6–9 maths and vocabulary banks teaches them: disowned, whatever the equation."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    for elsewhere in ("tính đạo hàm của y = 2x^3 + x", "cho em bài tập tích phân từng phần",
                      "giai bai tap vat ly lop 9 ve dinh luat Om", "cân bằng phương trình hóa học Al + O2",
                      "ôn ngữ pháp câu điều kiện loại 2 giúp em", "giải phương trình lượng giác cos x = 0",
                      # physics and chemistry named by their own terms, no subject word: "g = 10" looks like algebra
                      "thả hòn bi rơi tự do từ tầng 5 cao 15m, lấy g = 10, bao lâu thì chạm đất",
                      "hai điện trở 4 ôm và 12 ôm mắc song song thì điện trở tương đương bằng mấy",
                      "tinh so mol cua 5,6 g sat, Fe = 56"):
        claim = expert.claim(elsewhere)
        assert claim.disowned and claim.score == 0.0, (elsewhere, claim)
    for lesson in ("giải phương trình 3x + 5 = 20", "cho em luyện định lí Pythagore lớp 8",
                   "đố em từ vựng tiếng Anh chủ đề thời tiết",
                   "Con thuộc diện trợ cấp, cho con luyện phân số"):  # "diện trợ" folds to no "điện trở" term
        assert not expert.claim(lesson).disowned, lesson
    for physics in ("Newton’s law thứ hai phát biểu thế nào", "một vật roi tu do tu do cao 20m, g = 10"):
        assert expert.claim(physics).disowned, physics
    # an exam's writing task is disowned, its vocabulary practice is not (REVIEW12R S2); a bare English "not" denies
    # no topic (S3)
    for writing in ("chấm giúp em bài IELTS writing task 2", "sửa bài luận TOEFL writing cho em",
                    "I can not solve this integral: ∫ x dx", "I do not know how to take a derivative"):
        assert expert.claim(writing).disowned, writing
    for practice in ("cho em 10 từ vựng IELTS chủ đề môi trường", "em muốn luyện từ vựng tiếng Anh để thi IELTS",
                     "cho em từ vựng TOEFL chủ đề giáo dục"):
        claim = expert.claim(practice)
        assert claim is not None and not claim.disowned and claim.score >= 0.5, (practice, claim)
    assert not expert.claim("I am not asking about grammar, give me vocabulary words").disowned


@pytest.mark.parametrize("lesson", [
    # a maths problem set in physics, its formula given
    "Độ cao của quả bóng rơi tự do được cho bởi công thức h = 80 - 5t², hỏi sau mấy giây chạm đất",
    "quãng đường của xe theo công thức s = 4t² + 2t, tính s khi t = 3 giây, gia tốc không cần tính",
    # a term's letters with other marks: another phrase
    "em làm xong bài hình rồi tự do chơi, giờ cho em bài phân số tiếp",
    # an English term asked as a word
    "từ acceleration nghĩa là gì ạ",
    "chemistry có nghĩa là gì trong tiếng Việt",
])
def test_a_maths_problem_set_in_physics_or_a_topic_word_asked_as_vocabulary_is_not_disowned(tutor_package, lesson):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    claim = load_expert(ExpertPackage.open(tutor_package)).claim(lesson)
    assert claim is None or not claim.disowned, (lesson, claim)


@pytest.mark.parametrize("query", [
    # routing15 (blind13's open errors): an exercise set out beside a bank's or a clinic's words
    "Đề bài: một cửa hàng gửi 20 triệu với lãi suất 5% một năm, sau 2 năm có bao nhiêu? Giải giúp em",
    "bai toan lop 6: mua 3 hop sua gia 12 nghin, tra 50 nghin thi duoc thoi lai bao nhieu",
    "em lam ra 450 nghin, cho em hoi 15% cua 3 trieu co dung vay khong",
])
def test_an_exercise_set_out_is_claimed_by_the_tutor_and_no_classifier(tutor_package, triage_package, query):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    tutor = load_expert(ExpertPackage.open(tutor_package))
    triage = load_expert(ExpertPackage.open(triage_package))
    assert tutor.claim(query).score >= 0.8, query
    unclaimed = triage.claim(query)  # no claim, but not disowned: a second question beside it may be the domain's
    assert unclaimed.score == 0.0 and not unclaimed.disowned and "exercise" in unclaimed.reason, query


def test_an_everyday_question_with_figures_but_no_exercise_frame_stays_a_classifiers(triage_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    triage = load_expert(ExpertPackage.open(triage_package))
    for query in ("con 3 tuổi sốt 39 độ 2 ngày rồi thì khám khoa nào",
                  "bai tap the duc 30 phut moi ngay co giup ha huyet ap khong"):  # "bài tập" is no exercise frame
        assert not triage.claim(query).disowned, query


@pytest.mark.parametrize("query", [
    "con em lop 8 hay sai phan dai so, cho chau it bai luyen",  # a maths topic and practice, no skill named
    "cho em bai on hinh hoc lop 7",
    "muoi lam phan tram cua 80 la bao nhieu",  # a percentage of a figure, in words
])
def test_a_maths_topic_to_practise_or_a_percentage_in_words_is_claimed_surely(tutor_package, query):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    assert expert.claim(query).score >= 0.8, (query, expert.claim(query))


def test_a_grades_exercise_named_before_its_figures_is_set_out():
    from luytre.text.cues import exercise_set_out
    from luytre.text.normalize import fold

    assert exercise_set_out(fold("bài tập phần trăm lớp 6: gửi 10 triệu lãi 6%/năm, sau 1 năm được bao nhiêu"))
    assert exercise_set_out(fold("bài tập thể dục 30 phút cho người 50 tuổi")) is None  # no grade, no frame
    assert exercise_set_out(fold("Đề bài: tìm x")) is None  # a frame without figures


@pytest.mark.parametrize("query", [
    # a lesson's words, no skill named and no cue list's word (routing set blind16's class of miss)
    "tính căn 144 + căn 81",
    "dạy lại em cách quy đồng mẫu số",
    "Tìm hai số biết tổng 50 hiệu 14",
    "hinh tron ban kinh 5cm dien tich bao nhieu",
    "chu vi hinh chu nhat dai 12 rong 7",
    "Em là học sinh lớp 9 Đà Nẵng, cho em bài Vi-ét khó để ôn thi vào 10",
    "chỉ em cách tính delta khi nào có nghiệm kép",
    # pupils' shorthand read as the words it stands for
    "em hok hỉu bài hệ pt thế, chỉ em vs",
    "cho e bt ve can bac hai lop 9 voi",
    # a count or a pronoun in the request for an easier or harder exercise
    "Cho 3 câu hỏi dễ hơn về phần trăm, em làm sai hết rồi",
    "cho em 5 bài khó hơn đi",
])
def test_a_lesson_asked_in_the_words_of_the_banks_is_claimed(tutor_package, query):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    assert expert.claim(query).score >= 0.8, (query, expert.claim(query))


def test_shorthand_names_a_skill(tutor_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    claim = expert.claim("ptbac2 delta am thi sao")  # "phương trình bậc hai" named, in part: its name is longer
    assert claim.score >= 0.6 and "quadratic-equations" in claim.reason, claim
    # "tỉnh", not "tính": a maths topic's word, no lesson asked, claimed no more than a topic named alone
    assert expert.claim("Tỉnh nào có diện tích lớn nhất Việt Nam sau sáp nhập").score <= 0.6


@pytest.mark.parametrize("query", [
    "Viết code Java tính giai thừa",
    "quy tac dung thi hien tai hoan thanh tieng anh",
    "quan tan binh phuong 2 cu gio la phuong nao",  # "binh phuong" straddles two words
    "Tỉnh Quảng Nam cũ giờ thuộc Đà Nẵng hả, nhà tôi số 20 Trần Phú",
    "vợ tôi mang thai 32 tuần tự nhiên ra máu đỏ tươi",  # "tự nhiên" is in "số tự nhiên" too
    "chuyển khoản nhanh 24/7 phí bao nhiêu",  # a rate, not a quotient
    "toan cao cap ma tran nghich dao 3x3 tinh sao",
    "gửi tiết kiệm 100 triệu lãi suất 6% một năm ở ngân hàng nào cao nhất",
    "Ăn gì để tăng chiều cao tuổi dậy thì",
    "Tính đạo hàm của hàm số y = x^3 - 3x^2 + 2",
    "phat nong do con xe may muc thap nhat bao nhieu",
])
def test_near_misses_of_the_banks_words_are_not_claimed(tutor_package, query):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    assert expert.claim(query).score < 0.5, (query, expert.claim(query))


def test_the_subject_vocabulary_is_read_from_the_banks_against_everyday_questions(math_bank, vocab_bank):
    from luytre.kinds.tutor.vocabulary import LESSON_TERMS, SubjectVocabulary, expand_shorthand
    from luytre.routing.router import background_corpus, near_misses

    vocabulary = SubjectVocabulary([math_bank, vocab_bank], (*background_corpus(), *near_misses()))
    derived = vocabulary.terms - set(LESSON_TERMS)
    assert {"cac nghiem", "duong thang", "he phuong"} <= derived  # pairs of the maths bank's own texts
    assert not {"so tien", "ket qua", "tieng anh", "gia dinh"} & derived  # everyday, or the vocabulary bank's
    assert "tong va hieu" in vocabulary.subject("tim hai so biet tong va hieu")  # a lesson term
    assert vocabulary.subject("tinh quang duong") == []  # one derived pair alone says little
    assert expand_shorthand("giai hpt va ptb2 giup e vs") == "giai he phuong trinh va phuong trinh bac hai giup em voi"
    assert expand_shorthand("x2 + 3x, giai pt") == "x2 + 3x, giai phuong trinh"  # "x2" is no shorthand
    assert expand_shorthand("thue pt tap gym") == "thue pt tap gym"  # a personal trainer, no equation beside it
