"""The subject vocabulary of a tutor's banks, and the shorthand pupils type it in.

A pupil asks about a topic in the words of its lessons ("quy đồng mẫu số", "nghiệm kép", "hệ số góc"), seldom in a
skill's name. Those words are in the banks already: skill names, curriculum lines, every item's question, hints
and solution. ``SubjectVocabulary`` keeps, at load, the word pairs (folded) that are distinctive of one bank: in
two of its texts or more, at most ``MAX_BACKGROUND`` times among the router's everyday questions (its background),
and far commoner in this bank than in the other banks. Single words are left out: folded, a word of a lesson is
also an everyday word ("chieu" is chiều dài and chiếu phim, "vuong" is hình vuông and mét vuông). A few lesson
words the sample banks do not spell the way pupils do are added (``LESSON_TERMS``): a bank of the same subject
written by a school may well hold them, and a term no bank's skill is about never claims anything by itself (the
claim asks for a sign of maths or a request beside it).

Pupils' shorthand ("giai pt bac 2", "hpt", "ptb2", "em hok hiu", "chi em vs") is read as the words it stands for
before any cue is looked for (``expand_shorthand``), so the same cue lists serve typed-out and shortened questions.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from luytre.kinds.tutor.bank import Bank
from luytre.text import fold, tokens
from luytre.text.cues import cue_pattern

MIN_BANK_TEXTS = 2  # a pair in at least this many of a bank's texts
MAX_BACKGROUND = 1  # ...and at most this many times among everyday questions
MIN_OTHER_RATIO = 3.0  # ...and this many times commoner (share of texts) in its bank than in any other bank
MAX_EVERYDAY_WORD = 3  # ...and one of its words at most this many times among everyday questions: "số tiền", "kết
# quả", "sau đó" are in the banks' solutions and in everyone's questions

# Pupils' shorthand (folded, whole words) and what it stands for. Only forms that are no everyday word of their own
# when typed without diacritics ("can" is căn and cần: left as typed).
SHORTHAND = {
    "ptrinh": "phuong trinh", "hpt": "he phuong trinh",
    "bpt": "bat phuong trinh", "ptb2": "phuong trinh bac hai", "ptbh": "phuong trinh bac hai",
    "ptbac2": "phuong trinh bac hai", "ptb1": "phuong trinh bac nhat", "ptbac1": "phuong trinh bac nhat",
    "bac2": "bac hai", "bac1": "bac nhat", "bt": "bai tap", "btap": "bai tap", "hok": "khong", "ko": "khong",
    "kh": "khong", "khg": "khong", "hiu": "hieu", "vs": "voi", "e": "em", "mk": "minh", "mik": "minh",
    "ntn": "nhu the nao", "lm": "lam", "dc": "duoc", "tgiac": "tam giac", "hcn": "hinh chu nhat", "ps": "phan so",
    "hdt": "hang dang thuc", "vi-et": "viete", "vi et": "viete", "pytago": "pythagore", "pitago": "pythagore",
    "py-ta-go": "pythagore", "pi-ta-go": "pythagore", "pythago": "pythagore", "pythagoras": "pythagore",
    "δ": "delta", "∆": "delta",
}
_SHORTHAND = re.compile(r"(?<![\w-])(?:" + "|".join(sorted((re.escape(k) for k in SHORTHAND), key=len, reverse=True))
                        + r")(?![\w-])")

# Lesson words of lower-secondary maths the sample maths bank spells otherwise ("Viète", "Δ") or leaves to its
# figures ("bán kính"), folded: read as a worked-answers bank's vocabulary. None is an everyday phrase once folded
# ("đồ thị" is also "đô thị", "hộp số", "từ số", "phân tích" are everyday: left out or written in full).
LESSON_TERMS = ("quy dong", "mau so", "mau chung", "ban kinh", "duong kinh", "hinh tron", "hinh vuong",
                "hinh thoi", "hinh binh hanh", "hinh lap phuong", "nghiem kep", "vo nghiem", "viete", "pythagore",
                "delta", "biet thuc", "so huu ti", "so vo ti", "so nguyen to", "uoc chung", "boi chung", "ucln",
                "bcnn", "tim x", "tong hieu", "tong va hieu", "ti le thuc", "ti le ban do", "canh huyen",
                "canh goc vuong", "tam giac", "trung binh cong", "phan tich da thuc", "thanh nhan tu",
                "hang dang thuc", "he so goc", "ve do thi", "do thi ham so", "ham so", "can bac hai", "can bac ba",
                "luy thua", "so mu", "lam tron", "hang phan tram", "so thap phan", "phan so", "rut gon",
                "bieu thuc", "da thuc", "don thuc", "he phuong trinh", "phuong trinh bac", "phuong phap the",
                "phuong phap cong", "chu vi", "dien tich", "the tich", "so nguyen", "tim hai so", "tinh nhanh",
                "theo ti le", "chia ti le", "ban do ti le", "ti le nghich", "ti le thuan", "x binh phuong")


# "pt" is also a personal trainer ("thuê PT tập gym") and a part: read as an equation beside a word or a sign of one
# ("giải pt", "hệ pt", "pt bậc 2", "pt x + 3 = 5", "pt này").
_PT = re.compile(r"(?<![\w-])(?:pt|ptr)(?![\w-])")
_PT_BEFORE = re.compile(r"\b(?:giai|bai|he|cac|cua|cho|lam|ve|hai|mot|cau)\s+$")
_PT_AFTER = re.compile(r"^\s*(?:bac|b\d|\d|=|:|[xy]\b|sau\b|nay\b|tren\b|co\b|chua\b|tich\b|vo\b|an\b|the\b|mu\b)")


def _equation_named(folded: str, match: re.Match[str]) -> str:
    before, after = folded[max(0, match.start() - 12): match.start()], folded[match.end(): match.end() + 12]
    return "phuong trinh" if _PT_BEFORE.search(before) or _PT_AFTER.search(after) else match.group(0)


def expand_shorthand(folded: str) -> str:
    """``folded`` (a folded question) with pupils' shorthand written out: "giai pt bac2" -> "giai phuong trinh bac
    hai". A word glued to digits after a letter shorthand ("ptb2") is read whole, "x2" is left alone."""
    folded = _PT.sub(lambda m: _equation_named(folded, m), folded)
    return _SHORTHAND.sub(lambda m: SHORTHAND[m.group(0)], folded)


_WORD = re.compile(r"[a-z]{2,}")  # a word of letters: no figure, no variable, no unit with its exponent


def _pairs(text: str) -> set[str]:
    words = tokens(fold(text))
    return {f"{a} {b}" for a, b in zip(words, words[1:]) if _WORD.fullmatch(a) and _WORD.fullmatch(b)}


def bank_texts(bank: Bank) -> list[str]:
    """What a bank says of its subject: its title, each skill's names and curriculum line, each item's question,
    hints and solution."""
    return [f"{bank.title.vi} {bank.title.en}",
            *(f"{s.name.vi}. {s.name.en}. {s.curriculum}" for s in bank.skills),
            *(" ".join((i.question, *i.hints, i.solution)) for i in bank.items)]


def worked_bank(bank: Bank) -> bool:
    """A bank of worked answers: most of its items are answered by a number or a set of numbers (a maths bank, not
    a vocabulary bank, whose words are everyday words: "gia đình", "thời tiết")."""
    return 2 * sum(item.type in ("numeric", "numeric_set") for item in bank.items) >= len(bank.items)


class SubjectVocabulary:
    """Word pairs distinctive of the worked-answers banks against everyday questions and the other banks (folded),
    with ``LESSON_TERMS``; ``found`` lists the ones a question holds. A derived pair alone says little: the
    background is small, and folded pairs straddle words ("tinh quang" is tính quãng and tỉnh Quảng, "hai duong"
    is hai đường and Hải Dương), so ``subject`` asks for a lesson term or two terms."""

    def __init__(self, banks: Sequence[Bank], background: Iterable[str]) -> None:
        background = list(dict.fromkeys(background))
        everyday = Counter(p for text in background for p in _pairs(text))
        everyday_words = Counter(w for text in background for w in set(tokens(fold(text))))
        counted = {b.bank: (Counter(p for text in bank_texts(b) for p in _pairs(text)), len(bank_texts(b)))
                   for b in banks}
        self.terms: set[str] = set()
        worked = [bank for bank in banks if worked_bank(bank)]
        self.lessons: set[str] = set(LESSON_TERMS) if worked else set()
        for bank in worked:
            pairs, size = counted[bank.bank]
            for pair, n in pairs.items():
                if n < MIN_BANK_TEXTS or everyday[pair] > MAX_BACKGROUND \
                        or min(everyday_words[w] for w in pair.split()) > MAX_EVERYDAY_WORD:
                    continue
                if all(n / size >= MIN_OTHER_RATIO * (other[pair] + 1) / other_size
                       for other_id, (other, other_size) in counted.items() if other_id != bank.bank):
                    self.terms.add(pair)
        self.terms |= self.lessons
        self.pattern = cue_pattern(self.terms) if self.terms else None

    def found(self, text: str) -> list[str]:
        """The distinct terms of ``text`` (folded, shorthand written out)."""
        if self.pattern is None:
            return []
        return list(dict.fromkeys(m.group(0) for m in self.pattern.finditer(text)))

    def subject(self, text: str) -> list[str]:
        """The terms of ``text`` when they say it is about the banks' subject: a lesson term, or two terms."""
        terms = self.found(text)
        return terms if len(terms) >= 2 or any(t in self.lessons for t in terms) else []
