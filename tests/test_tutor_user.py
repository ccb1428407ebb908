"""vn-tutor tried as a user would (issue 20): feedback says each thing once, misses bring the difficulty back into
the target window, skills never practised say so, and an equation typed by a learner gets an exact worked solution."""

import re
import shutil

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import RunningNode, cli
from luytre.kinds.tutor.bank import feedback, load_bank
from luytre.kinds.tutor.engine import TARGET_SUCCESS, LearnerState, TutorEngine, band
from luytre.kinds.tutor.solver import solve
from test_tutor import BANKS

TAUGHT = {"linear-equations", "quadratic-equations"}


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()]


def test_feedback_gives_the_answer_once():
    bank = load_bank(BANKS / "english-vocab.yaml")
    for item in bank.items:
        for correct in (True, False):
            for text in feedback(item, correct).values():
                sentences = _sentences(text)
                assert len(sentences) == len(set(sentences)), text  # issue 20: "Đáp án: chicken. Đáp án: chicken."
                assert text.count("Đáp án:") <= 1 and text.count("Answer:") <= 1, text
    math = load_bank(BANKS / "math-thcs.yaml")
    wrong = feedback(math.item("qe-001"), False)["vi"]  # the solution does not state "-3; 3": it is given once
    assert wrong.startswith("Chưa đúng. Đáp án: -3; 3.") and wrong.count("Đáp án") == 1


def test_cli_practice_after_misses_never_repeats_and_labels_honestly(tutor_home, tmp_path):
    home, _ = tutor_home
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    run = cli("tutor", "practice", "--bank", "english-vocab", "--learner", "hs-miss", "--skill", "food-and-drink",
              home=copy, input=b"xyz\nxyz\nxyz\nxyz\nq\n")
    assert run.returncode == 0, run.stderr
    out = run.stdout.decode()
    assert out.count("Chưa đúng.") == 4
    for line in out.splitlines():
        sentences = _sentences(line)
        assert len(sentences) == len(set(sentences)), line
        for predicted, label in re.findall(r"làm đúng (\d+)% \(([^,]+), mục tiêu", line):
            assert label == band(int(predicted) / 100), line  # issue 20: 33% and 28% both called "hơi khó"


def test_misses_bring_the_difficulty_back_into_the_target_window():
    bank = load_bank(BANKS / "math-thcs.yaml")
    engine, state, day = TutorEngine(bank), LearnerState(), 1000.0
    low, high = TARGET_SUCCESS
    served, hardest_new = [], []
    for _ in range(7):  # a learner who misses every item, a few minutes apart
        choice = engine.next_item(state, day)
        skill = choice.skill
        met = {skill, *bank.skill(skill).prerequisites}
        last = max(state.last_seen, key=state.last_seen.get, default=None)
        new = [engine.success(state, item) for item in bank.items_of(skill) if item.id not in state.cards]
        reachable = new + [engine.success(state, item) for item in bank.items
                           if item.id in state.cards and item.id != last and met & set(item.skills)]
        if any(low <= p <= high for p in reachable):
            assert low <= choice.predicted <= high, choice.reason
        else:  # nothing is inside the window for this learner now: the easiest item, and said plainly
            assert choice.predicted == pytest.approx(max(reachable)) and band(choice.predicted) in choice.reason["vi"]
        served.append(choice.predicted)
        hardest_new.append(max(new))
        engine.record(state, choice.item, False, day)
        day += 0.001
    # issue 20: after four misses it served new items predicted at 33% and 28%; items already met come back first
    assert all(low <= p <= high for p in served[:4]), served
    assert all(p > easiest_new for p, easiest_new in zip(served[4:], hardest_new[4:], strict=True)), served


def test_progress_says_never_practised_instead_of_zero_of_zero(tutor_home, tmp_path):
    home, _ = tutor_home
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    assert cli("tutor", "practice", "--bank", "math-thcs", "--learner", "hs-new", home=copy,
               input=b"0\nq\n").returncode == 0
    out = cli("tutor", "progress", "hs-new", home=copy).stdout.decode()
    assert "(0/0 đúng)" not in out  # issue 20: "20% (0/0 đúng)"
    assert out.count("chưa luyện") == len(load_bank(BANKS / "math-thcs.yaml").skills) - 1


@pytest.mark.parametrize(("question", "roots"), [
    ("giải giúp em phương trình x^2 - 5x + 6 = 0", ["2", "3"]),  # issue 20: abstained
    ("Giải phương trình x² − 9 = 0", ["−3", "3"]),
    ("giai pt 2x^2 + 3x - 2 = 0 giup em", ["−2", "1/2"]),
    ("giải phương trình 3(x − 2) = 2(x + 1)", ["8"]),
    ("tìm x biết 0,5x + 1 = 2", ["2"]),
    ("giải phương trình x^2 - 2 = 0", ["−√(2)", "√(2)"]),
    ("giải phương trình x^2 + 1 = 0", []),
])
def test_worked_solutions_are_exact(question, roots):
    worked = solve(question, TAUGHT)
    assert worked is not None and worked.roots == roots
    assert len(worked.steps) == len(set(worked.steps))


@pytest.mark.parametrize("question", [
    "giải phương trình x^3 = 8",  # degree 3: the bank does not teach it
    "y = 2x + 1",  # two unknowns
    "__import__('os').system('echo hi') = 1",  # sympy's parser evaluates Python: never reached
    "x^99999999 = 1",
    "9^9^9 x = 1",  # a power of a power would never finish
    "x**9**9 = 1",
    "x/0 = 1",
    "tính 2 + 3 = ?",
    # These escaped the solver as exceptions sympy's parser raises outside what it caught (500s on the ask path):
    "giải phương trình 2(x+1)) = 3",  # a bracket too many: TokenError
    "giải phương trình (1x(0)=x",  # unclosed: TokenError
    "giải phương trình (9 3(7/6=8x)2)4/6",  # brackets across the equals sign: TokenError
    "giải phương trình /)(/x//(.1x6+.7 )()=1",  # closed before opened: IndexError
    "giải phương trình x.x = 1",  # AttributeError
    "giải phương trình 4(7())x = 1",
    "giải phương trình 3x,=x",
])
def test_equations_the_bank_does_not_teach_are_left_alone(question):
    assert solve(question, TAUGHT) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789xy+-*/^().,=² ", min_size=3, max_size=40))
def test_any_equation_shaped_text_is_solved_or_left_alone(text):
    """Whatever reaches sympy's parser is solved or left alone: never an exception out of the tutor (a 500)."""
    worked = solve(f"giải phương trình {text}", TAUGHT)
    assert worked is None or worked.degree in (1, 2)


def test_a_bank_without_the_skill_does_not_solve():
    assert solve("x^2 - 5x + 6 = 0", {"linear-equations"}) is None


def test_equation_through_ask(tutor_home):
    home, _ = tutor_home
    node = RunningNode(home)
    try:
        query = "giải giúp em phương trình x^2 - 5x + 6 = 0"
        body = httpx.post(f"{node.url}/v1/ask", json={"query": query}, timeout=60).json()
        if body.get("expert") != "vn-tutor":  # routing is being rewritten on another branch
            body = httpx.post(f"{node.url}/v1/experts/vn-tutor/invoke", json={"query": query}, timeout=60).json()
        assert body["result"]["solution"]["roots"] == ["2", "3"]
        assert "Δ = b² − 4ac = 25 − 24 = 1" in body["answer"] and "Nghiệm: 2, 3." in body["answer"]
        assert body["result"]["practice"] == {"bank": "math-thcs", "skill": "quadratic-equations"}
        for broken in ("giải phương trình 2(x+1)) = 3", "giải phương trình x.x = 1"):  # were 500s
            reply = httpx.post(f"{node.url}/v1/experts/vn-tutor/invoke", json={"query": broken}, timeout=60)
            assert reply.status_code == 200 and "solution" not in reply.json()["result"], reply.text
    finally:
        node.stop()
