"""Item banks: skills (knowledge components with prerequisites) and items, validated at load.

The format is documented in ``experts/vn-tutor/banks/README.md``. ``check_answer``
is tolerant the way a teacher is: spacing and case never matter, diacritics only
where the item allows it, and numbers compare as numbers ("0,5" = "0.5" = "1/2",
"x = 4" = "4"); sets of roots compare as sets.
"""

from __future__ import annotations

import re
from fractions import Fraction
from graphlib import CycleError, TopologicalSorter
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from luytre.errors import BuildError, translated
from luytre.experts.manifest import Localized
from luytre.text.normalize import fold, normalize

ItemType = Literal["numeric", "numeric_set", "choice", "text"]
_ID = r"^[a-z0-9][a-z0-9-]{0,63}$"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Skill(_Strict):
    id: str = Field(pattern=_ID)
    name: Localized
    prerequisites: list[str] = []
    curriculum: str = ""


class ItemView(_Strict):
    """What a learner sees of an item before answering it: never its answers or its solution."""

    id: str = Field(pattern=_ID)
    skills: list[str] = Field(min_length=1, max_length=3)
    type: ItemType
    question: str = Field(min_length=1)
    choices: list[str] = []
    hints: list[str] = []


class Item(ItemView):
    answers: list[str] = Field(min_length=1)
    solution: str = ""
    difficulty: float = Field(0.0, ge=-4, le=4)  # prior on a logit scale
    accent_insensitive: bool = False

    @model_validator(mode="after")
    def _answers_fit_the_type(self) -> "Item":
        if self.type == "choice" and not set(self.answers) <= set(self.choices):
            raise ValueError("a choice item's answers must be among its choices")
        if self.type == "numeric":
            for answer in self.answers:
                if parse_number(answer) is None:
                    raise ValueError(f"numeric answer {answer!r} is not a number")
        if self.type == "numeric_set":
            for answer in self.answers:
                if parse_number_set(answer) is None:
                    raise ValueError(f"numeric_set answer {answer!r} is not a list of numbers")
        return self


class Bank(_Strict):
    bank: str = Field(pattern=_ID)
    version: int = Field(ge=1)
    title: Localized
    language: str = Field(min_length=2, max_length=3)
    skills: list[Skill] = Field(min_length=1)
    items: list[Item] = Field(min_length=1)

    @model_validator(mode="after")
    def _consistent(self) -> "Bank":
        skill_ids = [s.id for s in self.skills]
        item_ids = [i.id for i in self.items]
        for kind, ids in (("skill", skill_ids), ("item", item_ids)):
            duplicated = sorted({i for i in ids if ids.count(i) > 1})
            if duplicated:
                raise ValueError(f"duplicate {kind} ids: {', '.join(duplicated)}")
        known = set(skill_ids)
        for skill in self.skills:
            unknown = set(skill.prerequisites) - known
            if unknown:
                raise ValueError(f"skill {skill.id} has unknown prerequisites: {', '.join(sorted(unknown))}")
        for item in self.items:
            unknown = set(item.skills) - known
            if unknown:
                raise ValueError(f"item {item.id} names unknown skills: {', '.join(sorted(unknown))}")
        try:
            tuple(TopologicalSorter({s.id: s.prerequisites for s in self.skills}).static_order())
        except CycleError as exc:
            raise ValueError(f"prerequisites form a cycle: {' -> '.join(exc.args[1])}") from exc
        return self

    def skill(self, skill_id: str) -> Skill:
        return next(s for s in self.skills if s.id == skill_id)

    def item(self, item_id: str) -> Item:
        return next(i for i in self.items if i.id == item_id)

    def items_of(self, skill_id: str) -> list[Item]:
        return [i for i in self.items if skill_id in i.skills]

    def skill_order(self) -> list[str]:
        """Skills with every prerequisite before the skills that need it (ties in file order)."""
        order = {s.id: n for n, s in enumerate(self.skills)}
        sorter = TopologicalSorter({s.id: s.prerequisites for s in self.skills})
        sorter.prepare()
        out: list[str] = []
        while sorter.is_active():
            ready = sorted(sorter.get_ready(), key=order.__getitem__)
            out += ready
            sorter.done(*ready)
        return out


def load_bank(path: Path) -> Bank:
    """Read and validate one YAML bank; raise ``BuildError`` naming every problem."""
    with translated(BuildError, f"cannot read item bank {path}"):  # a missing file, not UTF-8
        text = path.read_text(encoding="utf-8")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise BuildError(f"item bank {path.name} is not YAML: {exc}") from exc
    try:
        return Bank.model_validate(data)
    except ValidationError as exc:
        problems = [f"{'.'.join(str(p) for p in e['loc']) or '(root)'}: {e['msg']}" for e in exc.errors()]
        raise BuildError(f"item bank {path.name} is invalid: " + "; ".join(problems[:10]), problems=problems) from exc


_ASSIGNMENT = re.compile(r"^\s*[a-zA-Z]\s*=\s*")


def parse_number(text: str) -> Fraction | None:
    """A number as a learner may type it: "4", "-3", "0,5", "0.5", "1/2", "x = 4", "2,5 cm"."""
    cleaned = _ASSIGNMENT.sub("", text.strip()).replace("−", "-").replace(" ", "")
    cleaned = re.sub(r"[a-zA-Zđ²³%°]+$", "", cleaned)  # a trailing unit
    if re.fullmatch(r"-?\d+,\d+", cleaned):  # Vietnamese decimal comma
        cleaned = cleaned.replace(",", ".")
    try:
        return Fraction(cleaned)
    except (ValueError, ZeroDivisionError):
        return None


def parse_number_set(text: str) -> frozenset[Fraction] | None:
    """A set of numbers separated by ";" (or "và"/"and"/"hoặc"): "2; 3", "x = 2 hoặc x = 3"."""
    parts = [p for p in re.split(r";|\bvà\b|\band\b|\bhoặc\b|\bor\b", text) if p.strip()]
    numbers: set[Fraction] = set()
    for part in parts:
        number = parse_number(part)
        if number is None:
            return None
        numbers.add(number)
    return frozenset(numbers) or None


def _text_form(text: str, accent_insensitive: bool) -> str:
    normalized = " ".join(normalize(text).replace("’", "'").split()).strip(" .!")
    return fold(normalized) if accent_insensitive else normalized


def check_answer(item: Item, response: str) -> bool:
    """Whether ``response`` is an accepted answer to ``item``."""
    if item.type == "numeric":
        value = parse_number(response)
        return value is not None and any(value == parse_number(a) for a in item.answers)
    if item.type == "numeric_set":
        values = parse_number_set(response)
        return values is not None and any(values == parse_number_set(a) for a in item.answers)
    if item.type == "choice":
        given = response.strip()
        if given.isdigit() and 1 <= int(given) <= len(item.choices):  # the choice's number
            given = item.choices[int(given) - 1]
        return _text_form(given, True) in {_text_form(a, True) for a in item.answers}
    return _text_form(response, item.accent_insensitive) in {_text_form(a, item.accent_insensitive)
                                                             for a in item.answers}


def feedback(item: Item, correct: bool) -> dict[str, str]:
    """What the learner reads after answering, in Vietnamese and English; the accepted answer is given once: not
    again when the worked solution already states it ("Đáp án: father. …")."""
    if correct:
        return {"vi": f"Đúng! {item.solution}".strip(), "en": f"Correct! {item.solution}".strip()}
    shown = _text_form(item.solution, True)
    stated = any(_text_form(answer, True) in shown for answer in item.answers)
    answers = ", ".join(item.answers)
    return {"vi": ("Chưa đúng." if stated else f"Chưa đúng. Đáp án: {answers}.") + f" {item.solution}".rstrip(),
            "en": ("Not quite." if stated else f"Not quite. Answer: {answers}.") + f" {item.solution}".rstrip()}
