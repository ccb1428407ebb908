"""The ``tutor`` expert kind: item banks in a package, practice started from a chat question.

Asked "cho em luyện tập phương trình bậc hai", the expert finds the bank and
skill the question names and answers with the first item; the node turns that
into a saved practice session when it knows who is asking (``subject``). Asked to
solve an equation of a kind a bank teaches, it answers with the exact worked
solution (``solver``) and offers practice on that skill.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from luytre.errors import BuildError, PackageError
from luytre.experts.manifest import Manifest
from luytre.experts.package import ExpertPackage
from luytre.kinds import Action, Answer, Claim, Expert
from luytre.kinds.tutor import PRACTICE_OFFERED
from luytre.kinds.tutor.arithmetic import WorkedCalculation, calculate, find_calculation, skill_cued
from luytre.kinds.tutor.bank import Bank, load_bank
from luytre.kinds.tutor.engine import LearnerState, TutorEngine
from luytre.kinds.tutor.models import as_day
from luytre.kinds.tutor.solver import WorkedSolution, WorkedSystem, solve, solve_system
from luytre.kinds.tutor.vocabulary import SubjectVocabulary, expand_shorthand
from luytre.text import fold, tokens
from luytre.text.cues import cue_pattern, exercise_set_out

BANKS_DIR = "banks"
SKILL_NAME_ONLY_CLAIM = 0.4  # below its threshold (0.5): the text model decides
MAX_ITEM_EXAMPLE_CHARS = 160  # the banks' own questions are router examples too, the long word problems aside
# Words that say which bank when no skill is named.
_NAME_PARTS = re.compile(r"\s+(?:va|and)\s+")  # "Thời tiết và mùa", folded
MATH_BANK = "math"  # what a maths bank's id holds ("math-thcs")
_BANK_WORDS = {"toan": MATH_BANK, "math": MATH_BANK, "tieng anh": "english", "english": "english", "tu vung": "english",
               "vocabulary": "english"}


# Asking for practice without naming a skill ("cho em câu hỏi khó hơn"), folded.
_PRACTICE = cue_pattern(("luyen tap", "bai tap", "on tap", "on lai", "de kiem tra", "bai kiem tra", "cau hoi kho",
                         "cau kho hon", "cau de hon", "giai bai", "giai phuong trinh", "lam bai", "cau tiep",
                         "cau hoi tiep", "bai luyen", "luyen them", "bai on", "de on", "practice", "exercise", "quiz",
                         "worksheet", "exercises", "quizzes", "do em", "do minh",
                         "kiem tra em", "kiem tra minh", "lam giup bai"))
# A learner asking for an easier or a harder exercise ("cho câu dễ hơn đi", "cho minh bai kho hon nhe", "harder
# questions"): only a tutor adapts the difficulty of what it asks, so the question is this expert's whatever the other
# words. Read with its diacritics when the question has them: folded, "để dễ hơn" (in order to) is "đề dễ hơn" (a
# test) and "khô" (dry) is "khó". A request must stand next to it, before ("cho em", "ra", "đổi") or after ("đi",
# "nhé", "được không"): "đề khó hơn năm ngoái không" is news about an exam.
_DIFFICULTY = re.compile(r"\b(?:bài|câu|câu hỏi|đề|bài tập|bai|cau|cau hoi|de|bai tap)\s+(?:dễ|khó|de|kho)\s+"
                         r"(?:hơn|hon)\b")
# Another exercise like the last one asked for ("cho em thêm bài nữa giống bài vừa rồi", "ra câu tương tự", "một đề
# khác"), with a request beside it as for a difficulty (``_ASK_BEFORE``, ``_ASK_AFTER``): a follow-up only a tutor
# answers.
_ANOTHER = re.compile(r"\b(?:bài|câu|đề|bài tập|bai|cau|de|bai tap)\s+(?:nữa|tương tự|giống|khác|nua|tuong tu|"
                      r"giong|khac)\b")
# ...and beside a skill named, a level in English ("give me harder quadratic equations"); alone it is everyday ("is
# it easier to pay by card").
_LEVEL_EN = cue_pattern(("harder", "easier"))
_DIFFICULTY_EN = re.compile(r"\b(?:harder|easier)\s+(?:questions?|ones?|exercises?|problems?)\b")
# A count may stand between the request and what it asks for ("cho 3 câu", "cho em 5 bài").
_ASK_BEFORE = re.compile(r"\b(?:cho|ra|doi|lay|them|xin|muon|can)(?:\s+(?:em|minh|toi|con|chau|tui|to|tao|chung em|"
                         r"bon em|hoc sinh))?(?:\s+(?:cai|may|vai|mot|nhung|mot vai|\d{1,2}))?\s*$")
_ASK_AFTER = re.compile(r"^\s*(?:di|nhe|nha|nua|voi|duoc khong|dc khong|duoc ko|dc ko|di a|nhe a|duoc chu|dc chu)\b")
ASK_SPAN = 40  # characters either side of it read for the request, so a long question is read in linear time
ANOTHER_CLAIM = 0.9  # another exercise like the last one, asked for (``_ANOTHER``)
DIFFICULTY_CLAIM = 1.0  # read strictly (a request beside it, diacritics read): as sure as a valid identifier
# A word problem as schoolbooks write it: figures given, then a sentence opening with "Hỏi" that asks for a quantity
# ("Một ô tô đi 180 km hết 3 giờ. Hỏi đi 300 km hết bao lâu?"). An everyday "cho tôi hỏi" opens no sentence. Read
# with its diacritics when it has them: folded, "hoi" is also hơi, hồi, hội and "may" is máy, may, mây.
_WORD_PROBLEM_ASK = re.compile(r"(?:^|[.!:;'\"]\s*)(?:hỏi|hoi)\b[^.?!]{0,80}?\b(?:bao nhiêu|bao lâu|mấy|là bao|"
                               r"bao nhieu|bao lau|may|la bao)\b")
_FIGURE = re.compile(r"\d+")
# The learner's grade or age is not a figure of a problem ("em lớp 8, cho em bài tập về hằng đẳng thức"), folded.
_SCHOOL_YEAR = re.compile(r"\b(?:lop|grade|class|hoc ky|hk|tuoi)\s*\d+\b|\b\d+\s*(?:tuoi|years?[ -]old)\b")
_QUANTITY_ASKED = cue_pattern(("bao nhieu", "bao lau", "may", "how many", "how much", "how long"))
WORD_PROBLEM_FIGURES = 2
# ...and a sign of arithmetic, folded: an operation named ("còn lại", "gấp 3 lần", "trung bình"), or the same unit
# given twice ("180 km ... 300 km", "150 lít ... mấy lít"), not a span of days ("nằm 2 ngày, mấy ngày thì khỏi").
_OPERATION = cue_pattern(("con lai", "tat ca", "ca hai", "tong cong", "tong so", "trung binh", "gap", "nhieu hon",
                          "it hon", "chia deu", "da ban", "ban di", "ban duoc", "mua them", "hon kem", "so phan",
                          "phan con lai"))
_UNIT = (r"(km|m|cm|dm|mm|m2|kg|g|ta|tan|lit|l|ml|gio|phut|giay|qua|con|cai|quyen|hop|bao|dong|nguoi|hoc sinh|"
         r"ban|cay|bong|vien|trang|ha|xe|chiec|lop|tui|goi|bai|buoc|vong)")
_PERCENT = re.compile(r"\d\s*%|\bphan tram\b")  # "số nữ chiếm 45%. Hỏi có bao nhiêu bạn nam?"
_GIVEN_UNIT = re.compile(r"\d+(?:[.,/]\d+)?\s*" + _UNIT + r"\b")
_ASKED_UNIT = re.compile(r"\b(?:bao nhieu|may|tinh so)\s+" + _UNIT + r"\b")  # "tính số học sinh nam"
# Words of another domain's question in the schoolbook form ("Bé 3 tuổi nặng 14 kg. Hỏi … bao nhiêu"), folded.
_EVERYDAY = cue_pattern(("sot", "benh", "thuoc", "kham", "mang thai", "tieu duong", "huyet ap", "bhxh", "bhyt",
                         "cccd", "can cuoc", "luong huu", "thu tuc", "ho so", "nha may", "may lanh", "cam bien",
                         "nhiet do", "canh bao", "giay phep"))


# Asking to be taught, shown or asked about a topic, folded and with shorthand written out ("dạy lại em cách quy đồng",
# "chỉ em với", "delta âm thì sao", "cho em bài Vi-ét"): beside a term of its banks' subject, a lesson asked of it.
# Syllables that are other words once folded are left out or taken in a phrase: "tinh" is tính and tỉnh ("tỉnh nào
# có diện tích lớn nhất"), "de" is đề, để and dễ, "on" is ôn and ổn, "tim" is tìm and tim.
_LESSON_ASKED = cue_pattern(("day", "day lai", "day em", "chi em", "chi minh", "chi con", "chi cach", "giai thich",
                             "giang lai", "cach lam", "cach giai", "cach tinh", "cach", "lam sao", "lam the nao",
                             "nhu the nao", "the nao", "thi sao", "la gi", "khong hieu", "chua hieu", "hieu",
                             "on tap", "on thi", "on lai", "luyen", "bai", "bai tap", "cau hoi", "de bai", "de on",
                             "de kiem tra", "giai", "tinh giup", "tinh sao", "tinh nhu the nao", "tim x", "tim so",
                             "tim hai", "vi du", "teach", "explain", "how do", "how to"))
# ...and the ambiguous ones read with their marks when the question has them ("ôn", not "ổn"; "tính", not "tỉnh"),
# or, typed without, the one whose other readings are rare beside a lesson's term ("on": ổn).
_LESSON_ASKED_MARKED = re.compile(r"(?<!\w)(?:ôn|tính|tìm|đề)(?!\w)")
_LESSON_ASKED_FOLDED = re.compile(r"(?<!\w)on(?!\w)")
# A variable of a school formula typed alone ("tìm x", "x và y"), folded.
_VARIABLE = re.compile(r"(?<![\w'])[xy](?![\w'])")
# A calculation typed that adds, subtracts, raises, takes a root or a percentage of a number ("căn 144 + căn 81",
# "15% của 480"): a product or a quotient alone is as often a code, a rate or a size ("24/7", "30/4", "ma trận
# 3x3"), and a percentage alone a share ("chiếm 45%").
_SUMMED = re.compile(r"[-+^√]|%\s*\*")
SUBJECT_CLAIM = 0.8  # a term of its banks' subject with a figure, a calculation or a lesson asked: as a maths topic


def _has_marks(query: str) -> bool:
    """The question is typed with Vietnamese diacritics, so its words can be read unfolded."""
    return fold(query) != query.lower()


def _readable(query: str) -> str:
    """The question as the claims read it: lowercased with its diacritics when it has them, folded otherwise."""
    return unicodedata.normalize("NFC", query.lower()) if _has_marks(query) else fold(query)


def _difficulty(query: str) -> str | None:
    """The easier or harder exercise a learner asks for, or None."""
    folded = fold(query)
    english = _DIFFICULTY_EN.search(folded)
    if english:
        return english.group(0)
    text = _readable(query)
    for m in _DIFFICULTY.finditer(text):
        before, after = text[max(0, m.start() - ASK_SPAN): m.start()], text[m.end(): m.end() + ASK_SPAN]
        if _ASK_BEFORE.search(fold(before)) or _ASK_AFTER.search(fold(after)):
            return m.group(0)
    return None


def _another_exercise(query: str) -> str | None:
    """Another exercise like the last one a learner asks for, or None."""
    text = _readable(query)
    for m in _ANOTHER.finditer(text):
        before, after = text[max(0, m.start() - ASK_SPAN): m.start()], text[m.end(): m.end() + ASK_SPAN]
        if _ASK_BEFORE.search(fold(before)) or _ASK_AFTER.search(fold(after)):
            return m.group(0)
    return None


def _exercise_asked(query: str) -> str | None:
    """An exercise asked for with a request right before it ("ra cho cháu một đề", "cho em vài bài"), or None. Read
    with its diacritics when it has them: folded, "cần để" (in order to) is "cần đề"."""
    text = _readable(query)
    for m in _EXERCISE_WORD.finditer(text):
        if _ASK_BEFORE.search(fold(text[max(0, m.start() - ASK_SPAN): m.start()])):
            return m.group(0)
    return None


_EXERCISE_WORD = re.compile(r"\b(?:bài tập|bài|câu hỏi|câu|đề|bai tap|bai|cau hoi|cau|de)\b")


def _word_problem(query: str) -> bool:
    """The question reads as a schoolbook word problem: figures, a "Hỏi" sentence or a quantity asked in a unit, an
    operation or a unit pair; or a proportion typed tersely (``_proportion``)."""
    folded = fold(query)
    if len(_FIGURE.findall(folded)) < WORD_PROBLEM_FIGURES or _EVERYDAY.search(folded):
        return False
    if _proportion(folded):
        return True
    operation = bool(_OPERATION.search(folded) or _PERCENT.search(folded))
    if not _WORD_PROBLEM_ASK.search(_readable(query)):
        # no "Hỏi" sentence ("1 lop 40 hs 35% la nu hoi bao nhieu ban nu"): a quantity asked in a unit, and an
        # operation or a share named (a unit given and asked is an everyday question too: "50 người … bao nhiêu người")
        return operation and bool(_ASKED_UNIT.search(folded))
    units = _GIVEN_UNIT.findall(folded) + _ASKED_UNIT.findall(folded)
    return operation or len(units) > len(set(units))


# A figure and the word after it (folded): what a quantity counts ("3 cong nhan", "12 ngay").
_COUNTED = re.compile(r"(?<![\w.,])(\d+)\s+([a-z]+)\b")
_NOT_PROPORTION = frozenset(("tuoi", "thang", "nam"))  # ages and dates compare people ("bé 3 tuổi … 5 tuổi")
_COUNT_ASKED = re.compile(r"\b(?:may|bao nhieu)\s+([a-z]+)\b")


def _proportion(folded: str) -> bool:
    """A proportion typed as schoolbooks set it, without a "Hỏi" ("3 công nhân làm 12 ngày, 9 công nhân làm mấy
    ngày"): one thing counted twice with different figures, and the count of another thing given then asked."""
    counted: dict[str, set[str]] = {}
    for figure, word in _COUNTED.findall(folded):
        counted.setdefault(word, set()).add(figure)
    asked = {m.group(1) for m in _COUNT_ASKED.finditer(folded)}
    twice = {w for w, figures in counted.items() if len(figures) >= 2} - _NOT_PROPORTION
    return bool(twice) and any(w in counted and w not in twice for w in asked)


# A school maths topic named, folded ("diện tích hình tròn bán kính 5cm", "đổi 0,75 ra phân số").
_MATH = cue_pattern(("dien tich", "chu vi", "the tich", "phan so", "so nguyen", "so thap phan", "luy thua",
                     "can bac hai", "dinh ly", "pytago", "hinh tron", "hinh thang", "hinh chu nhat", "tam giac",
                     "da thuc", "hang dang thuc", "phuong trinh", "bat phuong trinh", "he phuong trinh",
                     "nhan tu", "uoc chung", "boi chung", "tinh nham", "toan lop", "bai toan", "fraction",
                     "equation", "area of", "perimeter", "van toc", "quang duong", "ti le thuan",
                     "ty le thuan", "ti le nghich", "ty le nghich", "toi gian", "dai so", "hinh hoc", "biet thuc"))
# A maths task on a figure typed, folded ("đổi 0,125 ra phân số", "tính diện tích … 10cm", "rút gọn 12/18"): beside
# a maths topic and a figure, the learner's own exercise.
_MATH_TASK = cue_pattern(("doi", "tinh", "rut gon", "tim", "giai", "viet", "so sanh", "quy dong", "phan tich",
                          "bieu dien", "convert", "simplify", "calculate", "find", "solve"))
# An equation or a calculation typed: "2x + 3 = 7", "x^2 - 5x + 6 = 0", "3/4 + 5/6", "(-3)^4", "15% của 200".
# A term like "2x" is algebra only when an operator follows it as in a formula ("2x + 3", "2x-4=0"): letters and
# digits glued by one hyphen are a code ("51F-123.45", "12A-3", "8h-17h"), and "m²" after a number is a unit.
# (No two whitespace runs around an optional bracket: "1", 4,000 spaces, "a" took 250 ms to reject.)
_EQUATION = re.compile(r"(?<![a-z])[a-ln-z)]\s*(?:\^\s*\d|²|³)|"
                       r"\d\s*[a-z]\b(?:\s*[+=]|\s+[-−]\s|\s*[-−]\s*\w+\s*[-−+=])|(?<!\w)[a-z]\s*=\s*[-−(]?\s*\d|"
                       r"\d\s*(?:\)\s*)?[+*×÷·^=]\s*(?:\(\s*)?[-−]?\d|(?<!\d)\d+\s*%\s*(?:cua|of)\s*\d|"
                       r"\bphan tram cua\s*\d", re.IGNORECASE)
# Formulas the equation pattern misses, folded: an absolute value set equal or compared ("|x - 3| = 5"), a function
# of x ("y = -x + 4", "y = (m-1)x + 2", "f(x) = ax + 1"), a bracket raised to a power ("(a - b)^2"), fractions
# compared ("so sánh -3/5 và -4/7"). Every repetition is bounded: linear on any input.
_FORMULA = re.compile(r"\|[^|\n]{1,20}\|\s{0,3}[=<>]|(?<!\w)(?:y|f\s?\(\s?x\s?\))\s{0,3}=\s{0,3}[^=\n]{0,12}?x\b|"
                      r"\)\s{0,3}(?:\^\s{0,3}\d|²|³)|\bso sanh\s{1,3}-?\d+/\d+")
# Words that ask to learn a language or a subject ("nghĩa là gì", "in English"): an everyday topic named beside
# them is a vocabulary skill, named alone it is only the topic ("trường", "school", "gia đình").
_LEARNING = cue_pattern(("tieng anh", "english", "tu vung", "vocabulary", "tu moi", "words", "nghia la gi",
                         "nghia cua", "nghia tieng viet", "dich sang", "dich ra", "translate", "meaning", "math",
                         "mon toan", "toan hoc"))
SPECIFIC_NAME_WORDS = 3  # a skill name this long, named as it is written, is a school topic on its own
# School subjects and topics people ask a tutor for: upper-secondary maths, the other subjects, English grammar
# (folded). A question naming one that none of the installed banks' titles and skill names mention is disowned:
# its equation or its "giải bài tập" would otherwise make it look like this tutor's.
SCHOOL_SUBJECTS = ("lap trinh", "viet code", "code", "java", "python", "javascript", "c++",  # programming
                   # English tenses: grammar, which no sample bank teaches
                   "thi hien tai", "thi qua khu", "thi tuong lai", "hien tai hoan thanh", "qua khu hoan thanh",
                   "hien tai don", "qua khu don", "present perfect", "past simple", "present simple", "tenses",
                   "dao ham", "tich phan", "nguyen ham", "gioi han", "lim", "logarit", "log", "phuong trinh mu",
                   "luong giac", "vi phan", "giai tich", "so phuc", "to hop", "chinh hop", "vector", "vecto",
                   "vat ly", "vat li", "hoa hoc", "sinh hoc", "ngu van", "lich su", "dia ly", "dia li", "tin hoc",
                   "ngu phap", "bi dong", "menh de quan he", "cau dieu kien", "cau gian tiep",
                   # writing and literature: a poem, an essay, an exam's writing task (no bank teaches them); an
                   # exam's name alone is no topic: "từ vựng IELTS" is the vocabulary banks' own
                   "bai tho", "bai van", "van nghi luan", "tap lam van", "doan van", "bai luan", "viet luan",
                   "ielts writing", "toefl writing", "ielts speaking", "toefl speaking")
# Physics, chemistry and biology named by their own terms ("vật rơi tự do", "số mol"): a problem typed with
# "g = 10" or "2H2 + O2" looks like algebra. Written with their marks: folded, "rơi tự do" is also "rồi tự do".
# A maths problem may borrow one with its formula given ("được cho bởi công thức s = 5t²").
SCHOOL_TERMS = ("rơi tự do", "gia tốc", "điện trở tương đương", "mắc song song", "mắc nối tiếp",
                "cường độ dòng điện", "hiệu điện thế", "định luật ôm", "định luật newton", "lực hấp dẫn",
                "lực ma sát", "lực đẩy ác si mét", "nhiệt lượng", "nhiệt dung riêng", "khối lượng riêng",
                "động năng", "thế năng", "thấu kính", "khúc xạ ánh sáng", "dao động điều hòa", "con lắc đơn",
                "nguyên tử khối", "phân tử khối", "số mol", "nồng độ mol", "nồng độ phần trăm", "quang hợp",
                "nhiễm sắc thể",
                # a chemical equation balanced, and a subject called by its short name ("bài hóa", "môn lý")
                "cân bằng phương trình", "bài hóa", "môn hóa", "bài lý", "môn lý", "bài vật lý")
# The same in English: a word a learner may ask the meaning of ("từ acceleration nghĩa là gì").
ENGLISH_TOPICS = ("calculus", "derivative", "integral", "logarithm", "physics", "chemistry", "biology", "grammar",
                  "passive voice", "free fall", "acceleration", "newton's law", "chemical reaction", "essay",
                  "writing task")
_MARKED_TERMS = {fold(term): term for term in SCHOOL_TERMS}
_SCHOOL_TOPIC = cue_pattern((*SCHOOL_SUBJECTS, *_MARKED_TERMS, *ENGLISH_TOPICS))
_FORMULA_GIVEN = cue_pattern(("cho boi cong thuc", "boi cong thuc", "theo cong thuc", "co cong thuc",
                              "bieu thi boi", "duoc tinh boi", "given by", "by the formula"))
_MEANING_ASKED = cue_pattern(("nghia la gi", "nghia cua", "nghia tieng viet", "co nghia", "dich sang", "dich ra",
                              "tu vung", "phat am", "translate", "meaning", "what does"))


_CLAUSE_START = re.compile(r"[,.;:?!]")
# A clause denying a topic ("không phải …", "not about …"); never a bare English "not", which "I can not solve this
# integral" uses without denying its topic.
_DENIED = cue_pattern(("khong phai", "ko phai", "k phai", "hong phai", "khong hoi", "ko hoi", "not about",
                       "not asking", "not a", "not the", "isn't about", "isnt about", "is not"))


def _names_topic(query: str, folded: str, match: re.Match[str]) -> bool:
    """Whether a school topic found in ``folded`` (``query`` folded) is named as that topic: a term written with
    other marks is another phrase ("rồi tự do"), a term whose formula the question gives is a maths problem's
    setting, and an English term whose meaning is asked is vocabulary. A topic in a clause that denies it ("Không
    phải bài tiếng Anh ngữ pháp đâu ạ, em chỉ cần học từ vựng") is not the one asked."""
    term = match.group(0)
    if _DENIED.search(_CLAUSE_START.split(folded[:match.start()])[-1]):
        return False
    if term in ENGLISH_TOPICS:
        return not _MEANING_ASKED.search(folded)
    marked = _MARKED_TERMS.get(term)
    if marked is None:
        return True
    if _FORMULA_GIVEN.search(folded):
        return False
    written = unicodedata.normalize("NFC", query.lower())
    if len(written) != len(folded):  # not one folded letter per letter: the marks cannot be compared
        return True
    return _marks_agree(written[match.start():match.end()], marked)


def _marks_agree(written: str, term: str) -> bool:
    """Whether ``written`` may be ``term`` (the same letters folded): no letter carries another mark than the
    term's, a letter written without its mark agreeing ("roi tu do", "điều hoà" for "điều hòa")."""
    return all(a == b or fold(a) == a or fold(b) == b for a, b in zip(written, term, strict=False))


# Asking where or from whom to learn, or for a document written in a language, folded ("học tiếng Anh ở trung tâm
# nào tốt", "viết CV bằng tiếng Anh"): a language or a subject named, but no lesson asked of this expert.
_PROVIDER = cue_pattern(("trung tam", "hoc phi", "khoa hoc", "gia su", "truong nao", "nao tot", "cv", "xin viec",
                         "which school", "which centre", "which center", "course fee", "resume"))
# A general-knowledge question, folded ("thủ đô của Úc là gì", "ai là tác giả Truyện Kiều"): a fact asked, which
# no item bank teaches.
_GENERAL_KNOWLEDGE = cue_pattern(("thu do", "tac gia", "ai la nguoi", "ai la vua", "vua dau tien", "ai phat minh",
                                  "ai sang lap", "dan so", "capital of", "who wrote", "who invented",
                                  "population of"))


def load_banks(folder: Path) -> dict[str, Bank]:
    files = sorted(folder.glob("*.yaml"))
    if not files:
        raise BuildError(f"no item bank (*.yaml) in {folder}")
    banks = [load_bank(f) for f in files]
    return {b.bank: b for b in banks}


def _part_named(bank: Bank, query: str) -> str | None:
    """The skill of ``bank`` one part of whose two-part name the question names whole ("từ vựng chủ đề thời tiết"
    names "Thời tiết và mùa", "animals" names "Nature and animals"). Only for choosing the exercise of a bank the
    question has already picked: a part alone is too common a word to claim a question by."""
    text = f" {' '.join(tokens(fold(query)))} "
    return next((skill.id for skill in bank.skills for name in (skill.name.vi, skill.name.en)
                 for part in _NAME_PARTS.split(fold(name))
                 if (words := tokens(part)) and f" {' '.join(words)} " in text), None)


class TutorExpert(Expert):
    def __init__(self, manifest: Manifest, banks: dict[str, Bank]) -> None:
        super().__init__(manifest)
        self.banks = banks
        names = [n for bank in banks.values() for title in (bank.title, *(skill.name for skill in bank.skills))
                 for n in (title.vi, title.en)]
        self.taught = f" {' '.join(' '.join(tokens(fold(name))) for name in names)} "  # folded, word-bounded
        # Each skill's name in each language as the folded words ``find`` compares, in the banks' order, and the
        # names each word is in: a name sharing no word with a question has no overlap, so only the others are read.
        self._skill_words = [(bank, skill.id, frozenset(tokens(fold(name)))) for bank in banks.values()
                             for skill in bank.skills for name in (skill.name.vi, skill.name.en)]
        self._names_with: dict[str, list[int]] = {}
        for index, (_, _, wanted) in enumerate(self._skill_words):
            for word in wanted:
                self._names_with.setdefault(word, []).append(index)
        from luytre.routing.router import background_corpus, near_misses

        self.vocabulary = SubjectVocabulary(list(banks.values()), (*background_corpus(), *near_misses()))

    def find(self, query: str) -> tuple[Bank, str | None, float]:
        """The bank and skill a question names, and how sure that is."""
        words = set(tokens(expand_shorthand(fold(query))))
        best: tuple[float, Bank, str | None] = (0.0, next(iter(self.banks.values())), None)
        # In the banks' order, as over every name: a name with no word of the question (overlap 0) never leads.
        sharing = sorted({i for word in words for i in self._names_with.get(word, ())})
        for index in sharing:
            bank, skill_id, wanted = self._skill_words[index]
            overlap = len(words & wanted) / len(wanted)
            if overlap > best[0]:
                best = (overlap, bank, skill_id)
        if best[0] >= 0.6:
            return best[1], best[2], best[0]
        folded = " ".join(tokens(fold(query)))
        for word, hint in _BANK_WORDS.items():
            hinted = next((b for b in self.banks.values() if hint in b.bank), None)
            if hinted is not None and f" {word} " in f" {folded} ":
                return hinted, None, 0.6
        return best[1], None, 0.3

    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        taught = {skill.id for bank in self.banks.values() for skill in bank.skills}
        worked = solve(query, taught) or solve_system(query, taught) or calculate(query, taught)
        if worked is not None:
            return self._worked(worked, lang)
        bank, skill, sure = self.find(query)
        unsolved = ""
        if skill is None and sure < 0.6 and (cued := self._skill_cued(query)) is not None:
            bank, skill = cued
            if _FIGURE.search(_SCHOOL_YEAR.sub(" ", fold(query))):  # a problem typed, not practice asked: say so
                unsolved = ("I cannot solve this one step by step yet. " if lang == "en" else
                            "Bài này mình chưa giải từng bước được. ")
        skill = skill or _part_named(bank, query)
        choice = TutorEngine(bank).next_item(LearnerState(), as_day(datetime.now(UTC)), skill)
        topic = bank.skill(skill).name.pick(lang) if skill else bank.title.pick(lang)
        item = choice.item
        first = f"{'Câu đầu tiên' if lang != 'en' else 'First item'}: {item.question}" if item else ""
        text = unsolved + (f"Bắt đầu luyện tập: {topic}. {first}" if lang != "en" else f"Practice: {topic}. {first}")
        text = text.strip()
        result: dict[str, Any] = {"practice": {"bank": bank.bank, "skill": skill},
                                  "item": {"id": item.id, "question": item.question, "choices": item.choices,
                                           "type": item.type} if item else None}
        return Answer(text, round(sure, 3), result,
                      [Action(type=PRACTICE_OFFERED, data={"bank": bank.bank, "skill": skill})])

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """A skill named with learning asked for, practice asked for, or an equation typed; disowned when it
        names a school topic none of the banks teaches (``SCHOOL_SUBJECTS``, ``SCHOOL_TERMS``, ``ENGLISH_TOPICS``),
        asks where or from whom to learn, or asks a general-knowledge fact. A skill's name alone is not enough:
        the vocabulary skills are everyday topics ("school", "gia đình") that questions for other experts name
        too, so a skill named without a word of learning stays below the threshold."""
        folded = expand_shorthand(fold(query).replace("’", "'"))
        untaught = next((m.group(0) for m in _SCHOOL_TOPIC.finditer(folded)
                         if f" {m.group(0)} " not in self.taught and _names_topic(query, folded, m)), None)
        if untaught is not None:
            return Claim(0.0, f"a school topic none of its banks teaches: {untaught}", disowned=True)
        _, skill, sure = self.find(query)
        equation = _EQUATION.search(folded) or _FORMULA.search(folded)
        if skill is None and not equation:
            learning = _LEARNING.search(folded) or _MATH.search(folded)
            elsewhere = _PROVIDER.search(folded) or (None if learning else _GENERAL_KNOWLEDGE.search(folded))
            if elsewhere:
                return Claim(0.0, f"no lesson asked of it: {elsewhere.group(0)}", disowned=True)
        difficulty = _difficulty(query)
        if difficulty and skill is None:
            return Claim(DIFFICULTY_CLAIM, f"an easier or harder exercise asked: {difficulty}")
        another = None if skill is not None else _another_exercise(query)
        if another:
            return Claim(ANOTHER_CLAIM, f"another exercise asked: {another}")
        if skill is not None:
            learning = (equation or _PRACTICE.search(folded) or _MATH.search(folded) or _LEARNING.search(folded)
                        or _LEVEL_EN.search(folded))
            if learning:  # a skill named in part ("pt bậc 2": 4 of its 6 words) is as sure as a term of its subject
                surest = max(min(1.0, sure), SUBJECT_CLAIM if self._subject(query, folded) else 0.0)
                return Claim(surest, f"skill {skill} named, learning asked: {learning.group(0)}")
            if self._named_as_written(folded, skill):
                return Claim(min(1.0, sure), f"skill {skill} named as written")
            if subject := self._subject(query, folded):
                return Claim(SUBJECT_CLAIM, subject)
            return Claim(SKILL_NAME_ONLY_CLAIM, f"skill {skill}'s name only, no learning asked")
        if equation:
            return Claim(0.8, "equation typed")
        exercise = exercise_set_out(folded)
        if exercise is not None:
            return Claim(1.0, f"a school exercise set out: {exercise}")
        if _word_problem(query):
            return Claim(0.8, "a word problem typed")
        calculation = find_calculation(query)
        if calculation is not None and _SUMMED.search(calculation):
            return Claim(0.8, f"a calculation typed: {calculation}")
        if subject := self._subject(query, folded):
            return Claim(SUBJECT_CLAIM, subject)
        math = _MATH.search(folded)
        practice = _PRACTICE.search(folded) or _LEARNING.search(folded) or _exercise_asked(query)
        # "biệt thức delta … cho cháu ít bài luyện": a maths topic to practise; "đổi 0,125 ra phân số": to work out
        worked_out = _MATH_TASK.search(folded) and _FIGURE.search(folded) and not _EVERYDAY.search(folded)
        if math and (practice or _LEVEL_EN.search(folded) or worked_out):
            return Claim(0.8, f"a school maths topic to practise or work out: {math.group(0)}")
        if math:
            return Claim(0.6, f"a school maths topic: {math.group(0)}")
        if practice:
            shown = practice if isinstance(practice, str) else practice.group(0)
            return Claim(0.7 if sure >= 0.6 else 0.55, f"practice asked: {shown}")
        return Claim(0.35 if sure >= 0.6 else 0.0, "bank named" if sure >= 0.6 else "no skill or bank named")

    def _subject(self, query: str, folded: str) -> str | None:
        """Why the question is about its banks' subject (``SubjectVocabulary``): one of its terms with a figure
        (not a grade or an age, nor in another domain's question: "diện tích nhà 60m2 để xin giấy phép"), a
        variable or a lesson asked beside it; None otherwise."""
        terms = self.vocabulary.subject(folded)
        if not terms:
            return None
        # another domain's words ("giấy phép", "khám") leave only a lesson asked in so many words
        everyday = _EVERYDAY.search(folded)
        figure = None if everyday else _FIGURE.search(_SCHOOL_YEAR.sub(" ", folded))
        asked = None if everyday else (_LESSON_ASKED_MARKED if _has_marks(query) else _LESSON_ASKED_FOLDED).search(
            _readable(query))
        sign = figure or _VARIABLE.search(folded) or _LESSON_ASKED.search(folded) or asked
        if sign is None:
            return None
        return f"a term of its banks' subject: {', '.join(terms[:3])}, with {sign.group(0)}"

    def _named_as_written(self, folded: str, skill: str) -> bool:
        """The skill's whole name, ``SPECIFIC_NAME_WORDS`` words or more, appears in the question as written."""
        text = f" {' '.join(tokens(folded))} "
        return any(len(name) >= SPECIFIC_NAME_WORDS and f" {' '.join(name)} " in text
                   for bank in self.banks.values() for s in bank.skills if s.id == skill
                   for name in (tokens(fold(s.name.vi)), tokens(fold(s.name.en))))

    def _skill_cued(self, query: str) -> tuple[Bank, str | None] | None:
        """The bank and skill a maths question's own words or signs point to when it names no skill ("tam giác
        vuông … cạnh huyền", "3/4 + 5/6 = ?"), or the maths bank for a problem with figures and a quantity asked:
        practice there, not on the first bank's first topic."""
        skill = skill_cued(query)
        if skill is not None:
            bank = next((b for b in self.banks.values() if any(s.id == skill for s in b.skills)), None)
            return None if bank is None else (bank, skill)
        folded = fold(query)
        if len(_FIGURE.findall(folded)) >= WORD_PROBLEM_FIGURES and _QUANTITY_ASKED.search(folded) \
                and not _EVERYDAY.search(folded):
            hinted = next((b for b in self.banks.values() if MATH_BANK in b.bank), None)
            return None if hinted is None else (hinted, None)
        return None

    def _worked(self, worked: WorkedSolution | WorkedSystem | WorkedCalculation, lang: str) -> Answer:
        """The exact worked solution of a learner's equation, system or calculation, and practice on its skill."""
        bank = next(b for b in self.banks.values() if any(s.id == worked.skill for s in b.skills))
        name = bank.skill(worked.skill).name
        text = worked.text(lang)
        text += f" Practise more: {name.en}." if lang == "en" else f" Em có thể luyện thêm kỹ năng {name.vi}."
        return Answer(text, 1.0, {"solution": worked.to_dict(), "practice": {"bank": bank.bank, "skill": worked.skill},
                                  "item": None},
                      [Action(type=PRACTICE_OFFERED, data={"bank": bank.bank, "skill": worked.skill})])

    def describe(self) -> dict[str, Any]:
        return {**super().describe(), "banks": {b.bank: {"title": b.title.model_dump(), "skills": len(b.skills),
                                                         "items": len(b.items)} for b in self.banks.values()}}


def load_package(package: ExpertPackage) -> TutorExpert:
    try:
        return TutorExpert(package.manifest, load_banks(package.root / BANKS_DIR))
    except BuildError as exc:
        raise PackageError(f"{package.manifest.id}: {exc.message}") from exc


def build_tutor(source: Path, out: Path, *, step: Callable[[str], None] = lambda _: None) -> ExpertPackage:
    """A tutor package from ``source`` (``manifest.toml`` and ``banks/*.yaml``): the banks are validated
    and copied, and the router's examples are generated from the skill names."""
    import shutil

    from luytre.experts.manifest import DOSSIER_FILE, MANIFEST_FILE, manifest_from_dict
    from luytre.experts.sources import read_toml

    step("validating item banks")
    banks = load_banks(source / BANKS_DIR)
    data = read_toml(source / "manifest.toml")
    examples = list(data.get("examples", []))
    for bank in banks.values():
        for skill in bank.skills:
            for template in ("luyện tập {}", "cho em làm bài tập {}", "ôn lại {}", "practice {}"):
                name = skill.name.en if template.startswith("practice") else skill.name.vi.lower()
                examples += [template.format(name), fold(template.format(name))]
        examples += [item.question for item in bank.items if len(item.question) <= MAX_ITEM_EXAMPLE_CHARS]
    data["examples"] = list(dict.fromkeys(examples))[:2000]
    data.setdefault("config", {})["banks"] = {b.bank: {"skills": len(b.skills), "items": len(b.items)}
                                              for b in banks.values()}
    manifest = manifest_from_dict(data, str(source / "manifest.toml"))
    step("writing package")
    (out / BANKS_DIR).mkdir(parents=True, exist_ok=True)
    for bank_file in sorted((source / BANKS_DIR).glob("*.yaml")):
        shutil.copyfile(bank_file, out / BANKS_DIR / bank_file.name)
    if (source / DOSSIER_FILE).is_file():
        shutil.copyfile(source / DOSSIER_FILE, out / DOSSIER_FILE)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return ExpertPackage.open(out)
