"""vn-tutor tried as a user would (issue 20): feedback says each thing once, misses bring the difficulty back into
the target window, skills never practised say so, and an equation typed by a learner gets an exact worked solution."""

import re
import shutil

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import RunningNode, cli
from luytre.kinds.tutor.arithmetic import calculate
from luytre.kinds.tutor.bank import feedback, load_bank
from luytre.kinds.tutor.engine import TARGET_SUCCESS, LearnerState, TutorEngine, band
from luytre.kinds.tutor.solver import solve, solve_system
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
    ("giải phương trình x^2 - 2 = 0", ["−√2", "√2"]),
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


ARITHMETIC = {"integer-arithmetic", "fractions", "percentages", "powers-and-roots"}


@pytest.mark.parametrize(("question", "value", "skill", "step"), [
    # found by using the demo: each of these started an unrelated exercise (English words for "em gái")
    ("3/4 + 5/6 bằng bao nhiêu", "19/12", "fractions", "3/4 + 5/6 = 9/12 + 10/12 = 19/12."),
    ("tính giúp em 2/3 - 1/4", "5/12", "fractions", "2/3 − 1/4 = 8/12 − 3/12 = 5/12."),
    ("1/2 : 3/4", "2/3", "fractions", "1/2 : 3/4 = 1/2 · 4/3 = 2/3."),  # a fraction bar binds before ":"
    ("tính 15% của 240", "36", "percentages", "15% · 240 = 36."),
    ("25 x 4 + 12 bằng mấy", "112", "integer-arithmetic", "25 · 4 = 100."),
    ("5 nhân 7 cộng 3 bằng mấy", "38", "integer-arithmetic", "35 + 3 = 38."),
    ("căn bậc hai của 144 là bao nhiêu", "12", "powers-and-roots", "√144 = 12."),
    ("tính √8", "2√2", "powers-and-roots", "√8 = 2√2."),
    ("(−12) − (−5) = ?", "−7", "integer-arithmetic", "(−12) − (−5) = −7."),
    ("3,5 + 2,25 bằng bao nhiêu", "5,75", "fractions", "3,5 + 2,25 = 5,75."),
    ("tính 2.450.000 x 3", "7.350.000", "integer-arithmetic", "2.450.000 · 3 = 7.350.000."),
    ("12 : 4 x 3 = ?", "9", "integer-arithmetic", "12 : 4 = 3."),  # left to right
    ("tính 2(3 + 4)^2", "98", "powers-and-roots", "7^2 = 49."),
    ("calculate 15 * 4 - 8", "52", "integer-arithmetic", "60 − 8 = 52."),
])
def test_a_calculation_gets_its_exact_result_and_steps(question, value, skill, step):
    worked = calculate(question, ARITHMETIC)
    assert worked is not None and worked.value == value and worked.skill == skill
    assert step in worked.steps, worked.steps


@pytest.mark.parametrize("question", [
    "12/3/1985 bằng bao nhiêu",  # a date
    "gọi 0912-345-678 hết bao nhiêu tiền",  # a phone number
    "lúc 8:30 thì bao nhiêu người",  # a time
    "ảnh thẻ 3x4 hay 4x6",  # photo sizes
    "số 079 185 001 234 bằng mấy",  # an identifier read in groups
    "tôi sinh năm 1990, năm nay 2024 - 1990",  # numbers in a sentence, no result asked
    "tính 9^9^9", "tính 10^99", "tính 1/0 + 1", "tính 5 : 0", "tính √(-4)", "tính 2 + ", "tính ((1+2)",
    "tính __import__('os')", "tính 1e9 + 1", "tính 1234567890 + 1",
])
def test_what_is_no_calculation_or_leaves_the_bounds_is_left_alone(question):
    assert calculate(question, ARITHMETIC) is None


def test_a_calculation_of_a_skill_no_bank_teaches_is_left_alone():
    assert calculate("3/4 + 5/6 = ?", {"integer-arithmetic"}) is None


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789+-*/^().,:%√x ", min_size=1, max_size=60))
def test_any_calculation_shaped_text_is_worked_or_left_alone(text):
    """Whatever the text, the calculation is computed within its bounds or left alone: never an exception."""
    worked = calculate(f"tính {text}", ARITHMETIC)
    assert worked is None or (worked.steps and worked.value)


@pytest.mark.parametrize(("question", "outcome", "solution"), [
    ("giải hệ x + y = 10, x - y = 2", "one", {"x": "6", "y": "4"}),
    ("hệ phương trình 2x + y = 5 và x - y = 1", "one", {"x": "2", "y": "1"}),
    ("giai he 3x + 2y = 7; 2x - 3y = -4", "one", {"x": "1", "y": "2"}),
    ("giải hệ x + y = 3, 2x + 2y = 6", "many", {}),
    ("giải hệ x + y = 3, 2x + 2y = 7", "none", {}),
])
def test_a_system_of_two_linear_equations_is_solved_by_substitution(question, outcome, solution):
    worked = solve_system(question, {"systems-of-linear-equations"})
    assert worked is not None and worked.outcome == outcome and worked.solution == solution
    if outcome == "one":
        assert worked.steps[-1].startswith("Thử lại:")


@pytest.mark.parametrize("question", [
    "giải hệ x*y = 2, x + y = 3",  # not linear
    "giải hệ x + y + z = 1, x - y = 2",  # three unknowns
    "giải hệ x + y = 1",  # one equation
    "giải phương trình x^2 - 5x + 6 = 0",
])
def test_what_is_no_system_of_two_linear_equations_is_left_alone(question):
    assert solve_system(question, {"systems-of-linear-equations"}) is None


def test_a_problem_it_cannot_solve_is_said_so_and_practised_on_its_own_skill(tutor_package):
    """A right triangle's hypotenuse, a work-rate problem: no worked solution, so the answer says so and practises
    the skill the problem's words point to (or the maths bank), never the first bank's English words."""
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    expert = load_expert(ExpertPackage.open(tutor_package))
    pythagoras = expert.answer("tam giác vuông có hai cạnh góc vuông 3 và 4, cạnh huyền bằng bao nhiêu")
    assert pythagoras.text.startswith("Bài này mình chưa giải từng bước được.")
    assert pythagoras.result["practice"] == {"bank": "math-thcs", "skill": "pythagoras"}
    work = expert.answer("3 người làm xong công việc trong 12 ngày, 4 người làm trong bao lâu?")
    assert work.result["practice"]["bank"] == "math-thcs"
    asked = expert.answer("cho em luyện tập phân số")  # practice asked, nothing to solve: no such sentence
    assert "chưa giải" not in asked.text and asked.result["practice"]["skill"] == "fractions"
    for request in ("em lớp 8, cho em bài tập về hằng đẳng thức", "con tôi 13 tuổi, cho cháu luyện phân số",
                    "I'm in grade 7, give me fraction exercises"):
        assert "chưa giải" not in expert.answer(request).text, request  # a grade or an age is not a problem's figure


def test_calculation_and_system_through_the_expert(tutor_home):
    home, _ = tutor_home
    node = RunningNode(home)
    try:
        for query, key, expected in (("3/4 + 5/6 bằng bao nhiêu", "value", "19/12"),
                                     ("giải hệ x + y = 10, x - y = 2", "solution", {"x": "6", "y": "4"})):
            body = httpx.post(f"{node.url}/v1/experts/vn-tutor/invoke", json={"query": query}, timeout=60).json()
            assert body["result"]["solution"][key] == expected, body
        english = httpx.post(f"{node.url}/v1/experts/vn-tutor/invoke",
                             json={"query": "calculate 15 * 4 - 8", "lang": "en"}, timeout=60).json()
        assert "Result: 52." in english["answer"] and "Practise more: Integer arithmetic." in english["answer"]
    finally:
        node.stop()


def test_a_radicand_too_large_to_factor_quickly_is_left_alone():
    """sympy factors a radicand to simplify its root: 36 digits took ~0.25 s of a request's CPU."""
    assert calculate("tính √(999999937 x 999999929 x 999999893 x 999999797)", ARITHMETIC) is None
    assert calculate("tính √2 x √8", ARITHMETIC).value == "4"
