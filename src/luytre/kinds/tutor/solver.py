"""Worked solutions, computed exactly, for the equations a bank teaches: "giải giúp em phương trình x^2 - 5x + 6 = 0".

Only an equation in one unknown, of degree 1 or 2, made of numbers, the unknown, + - * / ^ and brackets, is
read; anything else is left alone (the tutor then offers practice). The text is parsed by sympy only after a
strict character check (sympy's parser evaluates Python), every step is computed by sympy in exact rational and
surd arithmetic, and the roots are checked by substitution before they are shown. Nothing is generated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

MAX_EQUATION_CHARS = 80
# Skills of a bank whose items are equations of each degree; a bank teaches a degree when it has the skill.
SKILL_OF_DEGREE = {1: "linear-equations", 2: "quadratic-equations"}

_SUPERSCRIPTS = str.maketrans({"²": "^2", "−": "-", "–": "-", "×": "*", "·": "*", ":": "/", "÷": "/"})
# One unknown (a single letter), numbers with at most 6 digits (a decimal comma or point), operators, brackets.
_EQUATION = re.compile(r"[0-9a-z+\-*/^().,= ]+")
# Words before and after the equation in the same run of plain characters ("giai pt 2x^2 + 3x - 2 = 0 giup em").
# A lone letter before a number is the end of a word too ("tìm x biết 0,5x + 1 = 2" leaves "t 0,5x + 1 = 2").
_WORDS_AROUND = re.compile(r"^(?:(?:[^=\s]*[a-zA-Z]{2}[^=\s]*|[a-zA-Z](?=\s+\d))\s+)+"
                           r"|(?:\s+[^=\s]*[a-zA-Z]{2}[^=\s]*)+$")
# Every power is a single digit up to 3, never a power of a power ("9^9^9" would not finish).
_SMALL_POWERS = re.compile(r"(?:[^^]|\^\s*[0-3](?!\s*[\d.^]))*")
# A decimal point only inside a number ("x.x", "1.", "(.)" are not numbers; a decimal comma is a point by then).
_BAD_POINT = re.compile(r"(?<![0-9])\.|\.(?![0-9])")
_CANDIDATE = re.compile(r"[0-9a-zA-Z+\-−–*/^().,=²×·÷: ]*=[0-9a-zA-Z+\-−–*/^().,=²×·÷: ]*")


@dataclass
class WorkedSolution:
    equation: str
    degree: int
    skill: str
    steps: list[str]
    roots: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"equation": self.equation, "degree": self.degree, "skill": self.skill, "steps": self.steps,
                "roots": self.roots}


def find_equation(question: str) -> str | None:
    """The equation written in a question, or None."""
    runs = (_WORDS_AROUND.sub("", m.group(0)).strip(" .,:") for m in _CANDIDATE.finditer(question[:500]))
    best = max(runs, key=len, default="")
    return best if best.count("=") == 1 and re.search(r"[a-zA-Z]", best) else None


def _brackets_pair(text: str) -> bool:
    """Every bracket closes one opened before it and holds something: sympy's parser tokenizes the text as Python,
    and fails in ways of its own (a tokenizer error, an index out of range, a call of a number) on the rest."""
    depth, previous = 0, ""
    for char in text.replace(" ", ""):
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0 or (previous == "(" and char == ")"):
            return False
        previous = char
    return depth == 0


def _show(value: Any) -> str:
    import sympy

    text = sympy.sstr(value).replace("sqrt", "√").replace("**", "^").replace("*", "·")
    return re.sub(r"(\d)·([a-z(√])", r"\1\2", text).replace("-", "−")


def solve(question: str, taught: set[str]) -> WorkedSolution | None:
    """A worked solution of the equation in ``question`` when it is of a degree whose skill is in ``taught``."""
    equation = find_equation(question)
    if equation is None:
        return None
    text = equation.translate(_SUPERSCRIPTS).lower()
    text = re.sub(r"(\d),(\d)", r"\1.\2", text)
    letters = set(re.findall(r"[a-z]", text))
    text = text.replace("**", "^")
    if (len(text) > MAX_EQUATION_CHARS or not _EQUATION.fullmatch(text) or len(letters) != 1
            or re.search(r"[a-z]{2}|\d{7}", text) or not _SMALL_POWERS.fullmatch(text)
            or _BAD_POINT.search(text) or "," in text or not all(_brackets_pair(side) for side in text.split("="))):
        return None
    import sympy
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )

    name = letters.pop()
    x = sympy.Symbol(name)
    transformations = (*standard_transformations, implicit_multiplication_application, convert_xor)
    try:
        left, right = (parse_expr(side, local_dict={name: x}, transformations=transformations, evaluate=True)
                       for side in text.split("="))
        poly = sympy.Poly(sympy.nsimplify(sympy.expand(left - right), rational=True), x)
    except (SyntaxError, sympy.SympifyError, sympy.PolynomialError):  # what a checked text can still raise
        return None
    if not all(c.is_Rational for c in poly.all_coeffs()):  # "x/0 = 1": no equation to solve
        return None
    degree = poly.degree()
    skill = SKILL_OF_DEGREE.get(degree)
    if skill is None or skill not in taught:
        return None
    steps = [f"Đưa về dạng chuẩn: {_show(poly.as_expr())} = 0."]
    if degree == 1:
        a, b = poly.all_coeffs()
        root = -b / a
        if a != 1:
            steps += [f"{_show(a * x)} = {_show(-b)}.", f"{name} = {_show(-b)} : {_show(a)} = {_show(root)}."]
        else:
            steps.append(f"{name} = {_show(root)}.")
        roots = [root]
    else:
        a, b, c = poly.all_coeffs()
        delta = b**2 - 4 * a * c
        steps.append(f"a = {_show(a)}, b = {_show(b)}, c = {_show(c)}; Δ = b² − 4ac = {_show(b**2)} − "
                     f"{_show(4 * a * c)} = {_show(delta)}.".replace("− −", "+ "))
        if delta < 0:
            steps.append("Δ < 0 nên phương trình vô nghiệm (không có nghiệm thực).")
            roots = []
        elif delta == 0:
            root = -b / (2 * a)
            steps.append(f"Δ = 0 nên phương trình có nghiệm kép {name} = −b/(2a) = {_show(root)}.")
            roots = [root]
        else:
            roots = sorted({sympy.radsimp((-b + sign * sympy.sqrt(delta)) / (2 * a)) for sign in (1, -1)},
                           key=lambda r: float(r))
            steps.append(f"Δ > 0 nên phương trình có hai nghiệm phân biệt: {name}₁ = (−b + √Δ)/(2a) = "
                         f"{_show(roots[1])}, {name}₂ = (−b − √Δ)/(2a) = {_show(roots[0])}.")
    for root in roots:  # never show a root that does not satisfy the equation
        if sympy.simplify(left.subs(x, root) - right.subs(x, root)) != 0:
            return None
    if roots:
        checks = "; ".join(f"{name} = {_show(r)}: {_show(sympy.nsimplify(left.subs(x, r)))} = "
                           f"{_show(sympy.nsimplify(right.subs(x, r)))}" for r in roots)
        steps.append(f"Thử lại: {checks}.")
    return WorkedSolution(equation, degree, skill, steps, [_show(r) for r in roots])
