"""Worked calculations, computed exactly: "3/4 + 5/6 bằng bao nhiêu", "tính 15% của 240", "căn bậc hai của 144".

A pupil who types a calculation wants its result and the order of its steps, not an unrelated exercise. Only a
calculation of numbers (at most ``MAX_DIGITS`` digits each), + - × : ^, brackets, square roots and percentages is
read, and only when the question asks for a result or is nothing but the calculation. The text is parsed with
Python's ``ast`` (parsing evaluates nothing) and each operation is computed by sympy in exact rational and surd
arithmetic, within bounds on exponents and sizes, so no text can make it run long. Dates, phone numbers and codes
(a number with a leading zero, a day/month/year) are left alone.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Any

from luytre.kinds.tutor.solver import GROUPS, grouped, show
from luytre.text import fold

MAX_CALCULATION_CHARS = 80
MAX_DIGITS = 9
MAX_EXPONENT = 12
MAX_RESULT_DIGITS = 40  # a numerator or denominator longer than this is no pupil's calculation
MAX_OPERATIONS = 12
MAX_ROOT_DIGITS = 12  # sympy factors a radicand to simplify its root: ~0.25 s for 36 digits, nothing at 12
# Skills of a bank whose items are calculations of each sort; a worked calculation needs its skill taught.
PERCENT_SKILL, ROOT_SKILL, FRACTION_SKILL, INTEGER_SKILL = ("percentages", "powers-and-roots", "fractions",
                                                            "integer-arithmetic")

# Operations said in words and written signs, on the folded question ("5 nhân 7", "căn bậc hai của 144").
_WORDS = ((re.compile(r"\bcan bac (?:hai|2)(?: cua)?\s*"), " √"), (re.compile(r"\bcan (?=\(|\d)"), " √"),
          (re.compile(r"(\d|\))\s*binh phuong\b"), r"\1^2"), (re.compile(r"(\d|\))\s*lap phuong\b"), r"\1^3"),
          (re.compile(r"(\d|\))\s*mu\s+(?=\d)"), r"\1^"),
          (re.compile(r"(?<=[\d)])\s*(?:cong|plus)\s+(?=[\d(√])"), " + "),
          (re.compile(r"(?<=[\d)])\s*(?:tru|minus)\s+(?=[\d(√])"), " - "),
          (re.compile(r"(?<=[\d)])\s*(?:nhan voi|nhan|times|multiplied by)\s+(?=[\d(√])"), " * "),
          (re.compile(r"(?<=[\d)])\s*(?:chia cho|chia|divided by)\s+(?=[\d(√])"), " // "),
          (re.compile(r"(?<=\d)\s*%\s*(?:cua|of)\s+(?=[\d(])"), "% * "),
          (re.compile(r"(?<=[\d)])\s*[x×]\s*(?=[\d(√])"), " * "))
_SIGNS = str.maketrans({"−": "-", "–": "-", "×": "*", "·": "*", ":": "//", "÷": "//", "²": "^2", "³": "^3"})
_TIME = re.compile(r"(?<=\d):(?=\d\d(?!\d))")  # "8:30" is a time, not a division
# A number with dots between groups of three is written with thousands separators ("2.450.000"); a comma between
# digits is a decimal comma ("3,5").
_THOUSANDS = re.compile(r"(?<![\d.,])\d{1,3}(?:\.\d{3})+(?![\d.,])")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")
_RUN = re.compile(r"[\d\s+\-*/^().√%]+")
_OPERATION = re.compile(r"[\d)%]\s*[-+*/^]\s*[-(√\d]|√|\d\s*%")
# Numbers that are not a calculation's: a date ("12/3/1985", "15/08"), a number with a leading zero (a phone, a
# code), a run of digit groups (an identifier read in groups).
_NOT_A_CALCULATION = re.compile(r"\b\d{1,2}/\d{1,2}/\d{2,4}\b|(?<![\d.])0\d|\d\s+\d")
# A result asked, folded: "bằng bao nhiêu", "tính", "kết quả", "= ?", "what is".
_ASKED = re.compile(r"\b(?:tinh|bang bao nhieu|bang may|la bao nhieu|bao nhieu|ket qua|rut gon|thu gon|"
                    r"calculate|compute|what is|what's|how much is|evaluate|simplify)\b|=\s*\??\s*$|=\s*\?")
_FILLER = re.compile(r"\b(?:giup|em|minh|toi|con|voi|nhe|a|oi|cho|hoi|vay|the|nao|ha|di|please)\b|[?!.,=\s]")


@dataclass
class WorkedCalculation:
    calculation: str
    skill: str
    steps: list[str]
    value: str
    decimal: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"calculation": self.calculation, "skill": self.skill, "steps": self.steps, "value": self.value,
                "decimal": self.decimal}

    def text(self, lang: str) -> str:
        decimal = "" if self.decimal in (None, self.value) else \
            f" ({self.decimal})" if self.decimal.startswith("≈") else f" (= {self.decimal})"
        if lang == "en":
            return f"Calculating {self.calculation} (steps in Vietnamese): {' '.join(self.steps)} " \
                   f"Result: {self.value}{decimal}."
        return f"Tính {self.calculation}: {' '.join(self.steps)} Kết quả: {self.value}{decimal}."


class _Unreadable(Exception):
    """The text is no calculation this reads, or leaves the bounds."""


def _plain(question: str) -> str:
    """The folded question with operations said in words written as signs and numbers written as Python's."""
    text = _TIME.sub("h", fold(question[:500])).translate(_SIGNS)
    for pattern, sign in _WORDS:
        text = pattern.sub(sign, text)
    text = _THOUSANDS.sub(lambda m: m.group(0).replace(".", ""), text)
    return _DECIMAL_COMMA.sub(".", text)


def _glued(text: str, run: re.Match[str]) -> bool:
    """The run touches a letter or digit outside it with no space between."""
    before = run.start() > 0 and not run.group(0)[0].isspace() and text[run.start() - 1].isalnum()
    after = run.end() < len(text) and not run.group(0)[-1].isspace() and text[run.end()].isalnum()
    return before or after


def find_calculation(question: str) -> str | None:
    """The calculation a question asks for (signs normalized), or None."""
    text = _plain(question)
    # a run glued to a letter is part of a word or a code ("1e9", "A1-2"), not a calculation
    runs = [m.group(0).strip() for m in _RUN.finditer(text) if not _glued(text, m)]
    best = max(runs, key=len, default="")
    if not best or not _OPERATION.search(best) or len(best) > MAX_CALCULATION_CHARS:
        return None
    if _NOT_A_CALCULATION.search(best) or re.search(r"\d{%d}" % (MAX_DIGITS + 1), best):
        return None
    rest = text.replace(best, " ", 1)
    if "=" in rest.replace("= ?", "").replace("=?", "").strip(" =?") and re.search(r"=\s*[\w(]", rest):
        return None  # an equation, the solver's
    if not _ASKED.search(text) and _FILLER.sub("", rest).strip():
        return None  # numbers inside a sentence about something else
    return best


def _decimal(value: Any) -> str | None:
    """A value that is no integer as a Vietnamese decimal: exact when it terminates, else "≈" to three places."""
    if value.is_Integer:
        return None
    if value.is_Rational:
        q, twos, fives = int(value.q), 0, 0
        while q % 2 == 0:
            q, twos = q // 2, twos + 1
        while q % 5 == 0:
            q, fives = q // 5, fives + 1
        if q == 1:  # terminates after max(twos, fives) places
            places = max(twos, fives)
            scaled = int(value.p) * 10**places // int(value.q)
            sign, digits = ("−" if scaled < 0 else ""), str(abs(scaled)).rjust(places + 1, "0")
            return f"{sign}{digits[:-places]},{digits[-places:]}"
    approx = f"{float(value):.3f}".rstrip("0").rstrip(".").replace(".", ",").replace("-", "−")
    return f"≈ {approx}"


class _Calculator:
    """Evaluates a parsed calculation node by node, writing each operation as a step in the order it is done.

    Each node gives its value and how the next step shows it: a number as written ("3,5", "3/4", "15%"), a result
    as computed. "/" between two numbers is a fraction bar (a number, no step); ":" is a division (a step)."""

    def __init__(self, *, decimals: bool) -> None:
        import sympy

        self.sympy = sympy
        self.decimals = decimals  # numbers were written as decimals: results are shown so when they terminate
        self.steps: list[str] = []
        self.fractions = False

    def value(self, node: ast.AST) -> tuple[Any, str]:
        sympy = self.sympy
        if isinstance(node, ast.Constant) and isinstance(node.value, int | float) and not isinstance(node.value, bool):
            number = sympy.Rational(str(node.value))
            return number, GROUPS.sub(grouped, str(node.value).replace(".", ","))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub | ast.UAdd):
            inner, shown = self.value(node.operand)
            return (-inner, f"(−{shown.strip('()')})") if isinstance(node.op, ast.USub) else (inner, shown)
        if (written := _fraction_written(node)) is not None:
            if written[1] == 0:
                raise _Unreadable("a fraction over zero")
            self.fractions = True
            return sympy.Rational(*written), f"{written[0]}/{written[1]}"
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and len(node.args) == 1 \
                and not node.keywords and node.func.id in ("root", "percent"):
            inner, shown = self.value(node.args[0])
            if node.func.id == "percent":
                return inner / 100, f"{shown}%"
            if inner.is_negative:
                raise _Unreadable("no real square root of a negative number")
            if not inner.is_Rational or max(len(str(abs(inner.p))), len(str(inner.q))) > MAX_ROOT_DIGITS:
                raise _Unreadable("a root of a number this calculation does not take")
            root = sympy.sqrt(inner)
            simpler = root.is_Rational or show(root) != f"√{shown}"  # √144 = 12, √8 = 2√2; √2 stays
            return self._step(f"√{shown}", root) if simpler else (root, f"√{shown}")
        if isinstance(node, ast.BinOp):
            return self._operation(node.op, self.value(node.left), self.value(node.right))
        raise _Unreadable(type(node).__name__)

    def _operation(self, op: ast.operator, left: tuple[Any, str], right: tuple[Any, str]) -> tuple[Any, str]:
        sympy = self.sympy
        (x, a), (y, b) = left, right
        if isinstance(op, ast.Add | ast.Sub):
            sign = "+" if isinstance(op, ast.Add) else "−"
            result = x + y if isinstance(op, ast.Add) else x - y
            common = sympy.ilcm(x.q, y.q) if x.is_Rational and y.is_Rational and not self.decimals else 1
            if common > 1 and (x.q != common or y.q != common):  # brought to a common denominator first
                over = [f"{int(v.p * (common // v.q))}/{common}".replace("-", "−") for v in (x, y)]
                second = f"({over[1]})" if over[1].startswith("−") else over[1]
                return self._step(f"{a} {sign} {b} = {over[0]} {sign} {second}", result)
            return self._step(f"{a} {sign} {b}", result)
        if isinstance(op, ast.Mult):
            return self._step(f"{a} · {b}", x * y)
        if isinstance(op, ast.Div | ast.FloorDiv):  # ":" is written as "//" by find_calculation
            if y == 0:
                raise _Unreadable("division by zero")
            if y.is_Rational and not y.is_Integer and not self.decimals:  # by a fraction: times its inverse
                inverse = show(1 / y)
                return self._step(f"{a} : {b} = {a} · {inverse if y > 0 else f'({inverse})'}", x / y)
            return self._step(f"{a} : {b}", x / y)
        if isinstance(op, ast.Pow):
            if not (y.is_Integer and abs(int(y)) <= MAX_EXPONENT) or (x == 0 and y < 0):
                raise _Unreadable("an exponent this calculation does not take")
            return self._step(f"{a}^{b}", x**y)
        raise _Unreadable(type(op).__name__)

    def _step(self, written: str, result: Any) -> tuple[Any, str]:
        result = self.sympy.nsimplify(result) if result.is_Rational else result
        if result.is_Rational and max(len(str(abs(result.p))), len(str(result.q))) > MAX_RESULT_DIGITS:
            raise _Unreadable("a result too large")
        if len(self.steps) >= MAX_OPERATIONS:
            raise _Unreadable("too many operations")
        self.fractions |= bool(result.is_Rational and not result.is_Integer)
        shown = self.show(result)
        self.steps.append(f"{written} = {shown}.")
        return result, _wrap(shown)

    def show(self, value: Any) -> str:
        decimal = _decimal(value)
        if self.decimals and decimal and not decimal.startswith("≈"):
            return decimal
        return show(value)


def _fraction_written(node: ast.AST) -> tuple[int, int] | None:
    """Numerator and denominator of a fraction written a/b with two whole numbers, else None."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Div) \
            and isinstance(node.left, ast.Constant) and type(node.left.value) is int \
            and isinstance(node.right, ast.Constant) and type(node.right.value) is int:
        return node.left.value, node.right.value
    return None


def _wrap(shown: str) -> str:
    """An operand as the next step writes it: a negative number or a fraction in brackets."""
    return f"({shown})" if shown.startswith("−") or "/" in shown or " " in shown else shown


def calculate(question: str, taught: set[str]) -> WorkedCalculation | None:
    """A worked calculation of what ``question`` asks to compute, when its skill is in ``taught``."""
    found = find_calculation(question)
    if found is None:
        return None
    python = re.sub(r"(\d+(?:\.\d+)?)\s*%", r"percent(\1)", found)
    python = re.sub(r"(?<![\d.)/])(\d+)/(\d+)(?![\d.(/])", r"(\1/\2)", python)  # a fraction bar binds first
    python = re.sub(r"√\s*(\d+(?:\.\d+)?)", r"root(\1)", python).replace("√", "root").replace("^", "**")
    python = re.sub(r"(\d|\))\s*(?=\(|root)", r"\1*", python)  # "2(3 + 4)", "2√9": a product by juxtaposition
    calculator = _Calculator(decimals="." in found and "/" not in found.replace("//", ""))
    try:
        value, _ = calculator.value(ast.parse(python.strip(), mode="eval").body)
    except (SyntaxError, ValueError, RecursionError, MemoryError, _Unreadable):
        return None
    if not calculator.steps:
        return None
    skill = (PERCENT_SKILL if "%" in found else ROOT_SKILL if ("√" in found or "^" in found)
             else FRACTION_SKILL if calculator.fractions or "." in found else INTEGER_SKILL)
    if skill not in taught:
        return None
    shown = re.sub(r"\s*//\s*", " : ", found).replace("*", "·").replace("-", "−").replace(".", ",")
    shown = GROUPS.sub(grouped, shown)
    return WorkedCalculation(shown, skill, calculator.steps, calculator.show(value), _decimal(value))


# Skills a maths question points to by its words (folded) or signs when it names none, the most specific first.
_SKILL_CUES = (
    ("systems-of-linear-equations", re.compile(r"\bhe (?:phuong trinh|pt)\b|\bsystem of\b|\bhai so co tong\b")),
    ("quadratic-equations", re.compile(r"\bbac hai\b|\bbac 2\b|\bdelta\b|\bquadratic\b|[a-z]\s*(?:\^\s*2|²)")),
    ("pythagoras", re.compile(r"\bpy?ta?go|\bcanh huyen\b|\btam giac vuong\b|\bhypotenuse\b")),
    ("perimeter-and-area", re.compile(r"\bchu vi\b|\bdien tich\b|\bperimeter\b|\barea\b")),
    ("linear-functions", re.compile(r"\bham so\b|\bdo thi\b|\bhe so goc\b|\bgraph\b|\blinear function\b")),
    ("linear-equations", re.compile(r"\bphuong trinh\b|\btim x\b|\bequation\b|[a-z]\s*=\s*-?\d")),
    ("ratio-and-proportion", re.compile(r"\bti le\b|\bty le\b|\bti so\b|\bty so\b(?! phan tram)|\bratio\b")),
    (PERCENT_SKILL, re.compile(r"%|\bphan tram\b|\bpercent")),
    (ROOT_SKILL, re.compile(r"√|\^|\bcan bac\b|\bluy thua\b|\bbinh phuong\b|\bpower\b|\bsquare root\b")),
    ("algebraic-expressions", re.compile(r"\bda thuc\b|\bbieu thuc\b|\bhang dang thuc\b|\bpolynomial\b")),
    (FRACTION_SKILL, re.compile(r"\d\s*/\s*\d|\bphan so\b|\bso thap phan\b|\bhuu ti\b|\bfraction|\d,\d")),
    (INTEGER_SKILL, re.compile(r"\d\s*[-+*x×:÷]\s*\d|\bso nguyen\b|\bcong tru\b|\bnhan chia\b")),
)


def skill_cued(question: str) -> str | None:
    """The maths skill a question's words or signs point to, or None."""
    text = fold(question[:500])
    return next((skill for skill, cue in _SKILL_CUES if cue.search(text)), None)
