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

    def text(self, lang: str) -> str:
        roots = ", ".join(self.roots)
        if lang == "en":
            found = f"Roots: {roots}." if self.roots else "No real root."
            return f"Solving {self.equation} (steps in Vietnamese): {' '.join(self.steps)} {found}"
        found = f"Nghiệm: {roots}." if self.roots else "Phương trình vô nghiệm."
        return f"Giải phương trình {self.equation}: {' '.join(self.steps)} {found}"


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


def show(value: Any) -> str:
    """A sympy value as a schoolbook writes it: "2√2", "3x/2", "−1/4", 7.350.000."""
    import sympy

    text = sympy.sstr(value).replace("sqrt", "√").replace("**", "^").replace("*", "·")
    text = re.sub(r"√\((\d+)\)", r"√\1", re.sub(r"(\d)·([a-z(√])", r"\1\2", text))
    return GROUPS.sub(grouped, text).replace("-", "−")


GROUPS = re.compile(r"(?<![\d/,.])\d{5,}(?![\d/,.])")  # 7350000 is written 7.350.000


def grouped(match: re.Match[str]) -> str:
    return f"{int(match.group(0)):,}".replace(",", ".")


def _checked(equation: str) -> str | None:
    """The equation as the parser reads it when it passes the strict character check, else None."""
    text = equation.translate(_SUPERSCRIPTS).lower()
    text = re.sub(r"(\d),(\d)", r"\1.\2", text).replace("**", "^")
    if (len(text) > MAX_EQUATION_CHARS or not _EQUATION.fullmatch(text) or text.count("=") != 1
            or re.search(r"[a-z]{2}|\d{7}", text) or not _SMALL_POWERS.fullmatch(text)
            or _BAD_POINT.search(text) or "," in text or not all(_brackets_pair(side) for side in text.split("="))):
        return None
    return text


def _sides(text: str, names: dict[str, Any]) -> tuple[Any, Any] | None:
    """Both sides of a checked equation parsed by sympy, or None."""
    import sympy
    from sympy.parsing.sympy_parser import (
        convert_xor,
        implicit_multiplication_application,
        parse_expr,
        standard_transformations,
    )

    transformations = (*standard_transformations, implicit_multiplication_application, convert_xor)
    try:
        left, right = (parse_expr(side, local_dict=names, transformations=transformations, evaluate=True)
                       for side in text.split("="))
    except (SyntaxError, sympy.SympifyError):  # what a checked text can still raise
        return None
    return left, right


def solve(question: str, taught: set[str]) -> WorkedSolution | None:
    """A worked solution of the equation in ``question`` when it is of a degree whose skill is in ``taught``."""
    equation = find_equation(question)
    text = None if equation is None else _checked(equation)
    if equation is None or text is None:
        return None
    letters = set(re.findall(r"[a-z]", text))
    if len(letters) != 1:
        return None
    import sympy

    name = letters.pop()
    x = sympy.Symbol(name)
    sides = _sides(text, {name: x})
    if sides is None:
        return None
    left, right = sides
    try:
        poly = sympy.Poly(sympy.nsimplify(sympy.expand(left - right), rational=True), x)
    except (sympy.SympifyError, sympy.PolynomialError):
        return None
    if not all(c.is_Rational for c in poly.all_coeffs()):  # "x/0 = 1": no equation to solve
        return None
    degree = poly.degree()
    skill = SKILL_OF_DEGREE.get(degree)
    if skill is None or skill not in taught:
        return None
    steps = [f"Đưa về dạng chuẩn: {show(poly.as_expr())} = 0."]
    if degree == 1:
        a, b = poly.all_coeffs()
        root = -b / a
        if a != 1:
            steps += [f"{show(a * x)} = {show(-b)}.", f"{name} = {show(-b)} : {show(a)} = {show(root)}."]
        else:
            steps.append(f"{name} = {show(root)}.")
        roots = [root]
    else:
        a, b, c = poly.all_coeffs()
        delta = b**2 - 4 * a * c
        steps.append(f"a = {show(a)}, b = {show(b)}, c = {show(c)}; Δ = b² − 4ac = {show(b**2)} − "
                     f"{show(4 * a * c)} = {show(delta)}.".replace("− −", "+ "))
        if delta < 0:
            steps.append("Δ < 0 nên phương trình vô nghiệm (không có nghiệm thực).")
            roots = []
        elif delta == 0:
            root = -b / (2 * a)
            steps.append(f"Δ = 0 nên phương trình có nghiệm kép {name} = −b/(2a) = {show(root)}.")
            roots = [root]
        else:
            roots = sorted({sympy.radsimp((-b + sign * sympy.sqrt(delta)) / (2 * a)) for sign in (1, -1)},
                           key=lambda r: float(r))
            steps.append(f"Δ > 0 nên phương trình có hai nghiệm phân biệt: {name}₁ = (−b + √Δ)/(2a) = "
                         f"{show(roots[1])}, {name}₂ = (−b − √Δ)/(2a) = {show(roots[0])}.")
    for root in roots:  # never show a root that does not satisfy the equation
        if sympy.simplify(left.subs(x, root) - right.subs(x, root)) != 0:
            return None
    if roots:
        checks = "; ".join(f"{name} = {show(r)}: {show(sympy.nsimplify(left.subs(x, r)))} = "
                           f"{show(sympy.nsimplify(right.subs(x, r)))}" for r in roots)
        steps.append(f"Thử lại: {checks}.")
    return WorkedSolution(equation, degree, skill, steps, [show(r) for r in roots])


SYSTEM_SKILL = "systems-of-linear-equations"
# Where a question separates the two equations of a system: "x + y = 10, x - y = 2", "2x + y = 5 và x - y = 1".
_BETWEEN_EQUATIONS = re.compile(r"[,;\n{}]|\s(?:và|va|and)\s")


@dataclass
class WorkedSystem:
    equations: list[str]
    skill: str
    steps: list[str]
    solution: dict[str, str]  # empty when the system has no single solution
    outcome: str  # "one", "none" (no solution) or "many" (infinitely many)

    def to_dict(self) -> dict[str, Any]:
        return {"equations": self.equations, "skill": self.skill, "steps": self.steps, "solution": self.solution,
                "outcome": self.outcome}

    def text(self, lang: str) -> str:
        names = "; ".join(self.solution)
        found = {"one": f"Nghiệm: ({names}) = ({'; '.join(self.solution.values())}).",
                 "none": "Hệ vô nghiệm.", "many": "Hệ có vô số nghiệm."}[self.outcome]
        if lang == "en":
            found = {"one": f"Solution: ({names}) = ({'; '.join(self.solution.values())}).",
                     "none": "No solution.", "many": "Infinitely many solutions."}[self.outcome]
            return f"Solving the system (steps in Vietnamese): {' '.join(self.steps)} {found}"
        return f"Giải hệ phương trình: {' '.join(self.steps)} {found}"


def solve_system(question: str, taught: set[str]) -> WorkedSystem | None:
    """A worked solution, by substitution, of two linear equations in two unknowns written in ``question``."""
    if SYSTEM_SKILL not in taught:
        return None
    pieces = (_WORDS_AROUND.sub("", m.group(0)).strip(" .:")
              for part in _BETWEEN_EQUATIONS.split(question[:500]) for m in _CANDIDATE.finditer(part))
    equations = [e for e in pieces if e.count("=") == 1 and re.search(r"[a-zA-Z]", e)]
    texts = [_checked(e) for e in equations]
    if len(texts) != 2 or None in texts:
        return None
    letters = sorted({c for t in texts if t for c in re.findall(r"[a-z]", t)})
    if len(letters) != 2:
        return None
    import sympy

    symbols = {name: sympy.Symbol(name) for name in letters}
    lines = []
    for text in texts:
        sides = _sides(text or "", symbols)
        if sides is None:
            return None
        try:
            poly = sympy.Poly(sympy.nsimplify(sympy.expand(sides[0] - sides[1]), rational=True), *symbols.values())
        except (sympy.SympifyError, sympy.PolynomialError):
            return None
        if poly.total_degree() != 1 or not all(c.is_Rational for c in poly.coeffs()):
            return None
        lines.append((sides, poly.as_expr()))
    return _by_substitution(equations, lines, list(symbols.values()))


def _by_substitution(equations: list[str], lines: list[tuple[tuple[Any, Any], Any]],
                     unknowns: list[Any]) -> WorkedSystem | None:
    """Substitution as a schoolbook shows it: one unknown from the equation where its coefficient is simplest, put
    into the other, then back; the solution checked in both equations."""
    import sympy

    steps = [" ".join(f"({i}) {show(s[0])} = {show(s[1])};" for i, (s, _) in enumerate(lines, 1)).rstrip(";") + "."]
    # the unknown with coefficient ±1 first (no fraction appears), then the smallest coefficient
    choices = sorted(((abs(expr.coeff(u)) != 1, abs(expr.coeff(u)), i, j) for i, (_, expr) in enumerate(lines)
                      for j, u in enumerate(unknowns) if expr.coeff(u) != 0))
    if not choices:
        return WorkedSystem(equations, SYSTEM_SKILL, steps, {}, "none")
    _, _, i, j = choices[0]
    other_line, u, v = lines[1 - i], unknowns[j], unknowns[1 - j]
    expressed = sympy.solve(lines[i][1], u)[0]
    steps.append(f"Từ ({i + 1}): {u} = {show(expressed)}.")
    (left, right), _ = other_line
    put = sympy.expand(left.subs(u, expressed) - right.subs(u, expressed))
    steps.append(f"Thế vào ({2 - i}): {show(left.subs(u, sympy.Symbol(f'({show(expressed)})'))).replace('·(', '(')}"
                 f" = {show(right.subs(u, sympy.Symbol(f'({show(expressed)})')))} ⇒ {show(put)} = 0.")
    if put.coeff(v) == 0:
        outcome = "many" if put == 0 else "none"
        return WorkedSystem(equations, SYSTEM_SKILL, steps, {}, outcome)
    value_v = sympy.solve(put, v)[0]
    value_u = sympy.nsimplify(expressed.subs(v, value_v))
    steps.append(f"{v} = {show(value_v)}; suy ra {u} = {show(value_u)}.")
    values = {u: value_u, v: value_v}
    checks = []
    for n, ((left, right), _) in enumerate(lines, 1):
        l_value, r_value = sympy.nsimplify(left.subs(values)), sympy.nsimplify(right.subs(values))
        if sympy.simplify(l_value - r_value) != 0:  # never show a solution that does not satisfy the system
            return None
        checks.append(f"({n}) {show(l_value)} = {show(r_value)}")
    steps.append(f"Thử lại: {'; '.join(checks)}.")
    return WorkedSystem(equations, SYSTEM_SKILL, steps, {str(s): show(values[s]) for s in unknowns}, "one")
