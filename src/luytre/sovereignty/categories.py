"""Which categories of personal data a request carries (Decree 13/2023, Law 91/2025), from three facts.

* the sensitive **topics** its words speak of (health, finance, biometrics, criminal records,
  political or religious views, sex life, ethnicity, genetics, real-time location), whoever they are about;
* whether it is about a concrete **person** (``facts.about``: the asker, a relative, a named person) or
  carries identifying values (the scanner's entities);
* ``sensitive_personal`` only when both hold: a topic about a concrete person, or a value that is
  sensitive by itself (bank account, card number).

``basic_personal`` when identifying values were found; ``public`` otherwise, topic or not: "Mấy giờ được
vào thăm người bệnh?" is public; "tôi bị đau ngực" is sensitive personal data.

The lexicon is matched on whole words, accented and folded forms together, so mixed typing ("so du
tai khoan ngan hang cua tôi") is read as well as either. Folded words that collide with everyday words
("dau" is "đau" *pain* and "đâu" *where*; "ho" is "ho" *cough* and "họ" *they*) are matched only with
their diacritics, or in folded phrases that cannot mean anything else ("bi ho", "dau bung"). The words
are in ``sovereignty.lexicon``.

Forwarding fails closed on what the lexicon cannot settle: ``signal`` is any sign of a concrete person,
even one the gate cannot confirm ("anh toi" may be "anh tới"), and ``possible`` the topics the words speak
or *may* speak of (``doubtful_topics``). The policy lets a question leave the node as it is only without a
signal, and redacted only when nothing in it is or may be sensitive; what the node answers itself is
decided on the confirmed facts, so a doubt never refuses a local answer.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from luytre.sovereignty import person_model
from luytre.sovereignty.facts import (
    ASKER,
    FOLLOWED,
    NOBODY,
    PREGNANCY_COUNT,
    about,
    glued_runs,
    long_runs,
    mixed_script_words,
    own_history,
    readable,
    role_sentences,
    weak_person_reference,
    without_placeholders,
)
from luytre.sovereignty.lexicon import (
    AMBIGUOUS_FOLDED,
    EVERYDAY_COMPOUNDS,
    EVERYDAY_FOLDED,
    FOLDED_PHRASES,
    NOT_DOUBT_FOLDED,
    POSSIBLE,
    POSSIBLE_COLLIDES,
    VISITS,
)
from luytre.sovereignty.lexicon import SENSITIVE as LEXICON
from luytre.sovereignty.residue import disguised_runs, loose_runs
from luytre.text.cues import cue_pattern, cue_trie
from luytre.text.normalize import fold, normalize

PUBLIC, BASIC, SENSITIVE = "public", "basic_personal", "sensitive_personal"
CATEGORIES = (PUBLIC, BASIC, SENSITIVE)

SENSITIVE_ENTITIES = {"BANK_ACCOUNT": "finance", "CARD": "finance"}
# A number no validator accepted and no cue typed may be an account or a card number; a health or social
# insurance number is asked about for a treatment or a payment as often as for its paperwork: possible topics.
UNCONFIRMED_ENTITIES = {"ID_NUMBER": "finance", "HEALTH_INSURANCE": "health", "SOCIAL_INSURANCE": "finance"}
ORGANISATION_TAX_CODE = "ORGANISATION_TAX_CODE"  # a tax code whose clause names an organisation
ASKER_NAME = "ASKER_NAME"  # a name the asker introduces themselves with ("Em tên là …"): identifying, nobody else
# A bank account whose clause names an organisation and no person: identifying (redacted, never forwarded as it
# is), but no sign of a person and not a person's money.
ORGANISATION_ACCOUNT = "ORGANISATION_ACCOUNT"
# Values that identify a place or an organisation, not a person: personal only in a question about someone.
PLACE_ENTITIES = frozenset({"ADDRESS", ORGANISATION_TAX_CODE})



def _patterns(phrases: dict[str, set[str]]) -> dict[str, re.Pattern[str]]:
    """One pattern per kind that has phrases (an empty alternation would match everywhere)."""
    return {kind: cue_pattern(found) for kind, found in phrases.items() if found}


@dataclass(frozen=True)
class _Table:
    """A lexicon table's kinds in one pattern: ``kinds(text)`` is the set of kinds whose pattern (``_patterns``)
    finds a phrase in ``text``, read in one pass. At each position where a word may start, the pattern captures the
    longest phrase found there (``cue_pattern``'s trie, longest first); the other phrases found at that position are
    its prefixes that end on a word boundary, so ``at`` gives, for each phrase, the kinds of it and of those
    prefixes. Every position is read, those inside another phrase too."""

    pattern: re.Pattern[str] | None
    at: dict[str, frozenset[str]]

    def kinds(self, text: str) -> set[str]:
        if self.pattern is None:
            return set()
        found: set[str] = set()
        for phrase in set(self.pattern.findall(text)):
            found |= self.at[phrase]
        return found


def _table(*tables: dict[str, set[str]]) -> _Table:
    """One ``_Table`` of the phrases of ``tables`` (kind -> phrases), each kind's phrases as ``_patterns`` has them."""
    kinds: dict[str, set[str]] = {}
    for phrases in tables:
        for kind, found in phrases.items():
            for phrase in found:
                kinds.setdefault(phrase, set()).add(kind)
    if not kinds:
        return _Table(None, {})
    # each phrase's prefixes that end on a word boundary, its own kinds included: linear in the phrases (comparing
    # every phrase with every other took ~1 s of CPU at each process start)
    at = {phrase: frozenset(kind for end in (*(i for i in range(len(phrase)) if not _WORD_CHAR.match(phrase, i)),
                                             len(phrase))
                            for kind in kinds.get(phrase[:end], ()))
          for phrase in kinds}
    return _Table(re.compile(r"(?<!\w)(?=(" + cue_trie(kinds) + r")(?!\w))"), at)


_WORD_CHAR = re.compile(r"\w")


# The lexicon without spaces, for words typed without them ("bịnợxấu"): phrases of 5 letters or more only,
# the shorter ones are inside too many longer words.
_GLUED_MIN_LETTERS = 5


@dataclass(frozen=True, eq=False)  # hashed by identity: the per-text caches below are keyed on the lexicon read
class _Lexicon:
    """The lexicon's patterns. Compiling them takes ~0.3 s of CPU: done on first use (``lexicon()``), so a
    command that never reads text does not pay it; a serving node compiles them with its gate."""

    marked: dict[str, re.Pattern[str]]
    # In text typed without diacritics an unmarked lexicon word may be another word ("vay" is "vay", borrow, or
    # "vậy", so; "ho" is "ho", cough, or "họ", they): there only the folded phrases read it.
    marked_in_bare_text: dict[str, re.Pattern[str]]
    folded: dict[str, re.Pattern[str]]
    folded_extra: dict[str, re.Pattern[str]]
    # Doubt: words often next to a sensitive topic, and ambiguous folded words typed without diacritics.
    possible_marked: dict[str, re.Pattern[str]]
    possible_folded: dict[str, re.Pattern[str]]
    bare_ambiguous: dict[str, re.Pattern[str]]
    not_doubt: re.Pattern[str]
    glued: dict[str, frozenset[str]]
    visits: re.Pattern[str]
    everyday: re.Pattern[str]
    # The tables above, each in one pattern (``_Table``): what ``sensitive_topics`` and ``doubtful_topics`` read.
    marked_table: _Table
    marked_in_bare_text_table: _Table
    folded_table: _Table  # ``folded`` and ``folded_extra`` together
    possible_marked_table: _Table
    possible_folded_table: _Table
    bare_ambiguous_table: _Table


@functools.cache
def lexicon() -> _Lexicon:
    """The lexicon's patterns, compiled once per process (a call before the first request compiles them)."""
    marked = {kind: {normalize(w) for w in words} for kind, words in LEXICON.items()}
    marked_in_bare_text = {kind: {normalize(w) for w in words if w != fold(w) or w not in AMBIGUOUS_FOLDED}
                           for kind, words in LEXICON.items()}
    folded = {kind: {fold(w) for w in words if fold(w) not in AMBIGUOUS_FOLDED} for kind, words in LEXICON.items()}
    folded_extra = {kind: set(phrases) for kind, phrases in FOLDED_PHRASES.items()}
    possible_marked = {kind: {normalize(w) for w in words if w != fold(w) or w not in POSSIBLE_COLLIDES}
                       for kind, words in POSSIBLE.items()}
    possible_folded = {kind: {fold(w) for w in words if fold(w) not in POSSIBLE_COLLIDES}
                       for kind, words in POSSIBLE.items()}
    bare_ambiguous = {kind: {f for w in words if (f := fold(w)) in AMBIGUOUS_FOLDED and f not in EVERYDAY_FOLDED}
                      for kind, words in LEXICON.items()}
    return _Lexicon(
        marked=_patterns(marked),
        marked_in_bare_text=_patterns(marked_in_bare_text),
        folded=_patterns(folded),
        folded_extra=_patterns(folded_extra),
        possible_marked=_patterns(possible_marked),
        possible_folded=_patterns(possible_folded),
        bare_ambiguous=_patterns(bare_ambiguous),
        not_doubt=cue_pattern(NOT_DOUBT_FOLDED),
        glued={kind: (frozenset(p for w in words if len(p := normalize(w).replace(" ", "")) >= _GLUED_MIN_LETTERS)
                      | frozenset(p for w in words if len(p := fold(w).replace(" ", "")) >= _GLUED_MIN_LETTERS
                                  and fold(w) not in AMBIGUOUS_FOLDED))
               for kind, words in LEXICON.items()},
        visits=cue_pattern(fold(phrase) for phrase in VISITS),
        everyday=cue_pattern(EVERYDAY_COMPOUNDS),
        marked_table=_table(marked),
        marked_in_bare_text_table=_table(marked_in_bare_text),
        folded_table=_table(folded, folded_extra),
        possible_marked_table=_table(possible_marked),
        possible_folded_table=_table(possible_folded),
        bare_ambiguous_table=_table(bare_ambiguous),
    )


_LETTERS = re.compile(r"[^\W\d_]+")
UNREAD = "unread"  # a possible topic of words typed without spaces: the gate cannot read them with certainty
LEARNED_TOPIC = "learned_topic"  # a possible topic the learned topic signal reads where the lexicon read none
# An amount of money ("50 trieu", "2tr", "300k"), or "vay" inside a clause (at its end it is "vậy", so): a
# possible finance topic, whatever the words around it.
_MONEY = re.compile(r"(?<![\w.,])\d[\d.,]*\s?(?:trieu|tr|ty|nghin|ngan|k|dong|d|vnd|usd)(?!\w)"
                    r"|(?<!\w)vay(?=\s+[^\W\d_])")


@dataclass(frozen=True)
class Categorization:
    categories: tuple[str, ...]  # ordered as CATEGORIES
    sensitive: tuple[str, ...]  # kinds of sensitive data about a concrete person, sorted
    topics: tuple[str, ...] = ()  # sensitive topics the words speak of, about anyone, sorted
    person: str = NOBODY  # who the text is about: nobody, the asker or another person
    lookup: bool = False  # asks to reveal another person's record with no sign of a right to it
    personal: bool = False  # an identified or identifiable person is in it: identifying values or a disclosure
    signal: bool = False  # some sign of a concrete person, even one the gate cannot confirm; true when personal
    possible: tuple[str, ...] = ()  # topics the words speak or may speak of (``topics`` and doubts), sorted

    def to_dict(self) -> dict[str, Any]:
        return {"categories": list(self.categories), "sensitive": list(self.sensitive), "topics": list(self.topics),
                "about": self.person, "personal": self.personal, "third_party_lookup": self.lookup,
                "person_signal": self.signal, "possible_topics": list(self.possible)}


# A pregnancy counted in weeks or months ("bầu 7 tháng", "thai 12 tuần", "mang bầu 20w"): health, though "bầu" and
# "thai" alone are also other words; a trimester or a case put too ("bầu 3 tháng đầu"), as facts' rule does not
# (it reads who is pregnant). The count is facts' one rule. Folded.
_PREGNANCY_COUNTED = re.compile(r"(?<!\w)(?:bau|thai)" + PREGNANCY_COUNT)


def _glued_topics(text: str) -> set[str]:
    found = set()
    for run in long_runs(text):  # English run together too ("positiveforhepatitis"): a topic alone decides nothing
        for form in {normalize(run), fold(run)}:
            found |= {kind for kind, phrases in lexicon().glued.items() if any(p in form for p in phrases)}
    return found


def _typed_with_diacritics(text: str) -> bool:
    """A quarter of the words or more carry diacritics: an unmarked word in it is meant as typed."""
    words = _LETTERS.findall(text)
    return 4 * sum(not word.isascii() for word in words) >= len(words) > 0


def _without_everyday_compounds(marked: str, folded: str) -> tuple[str, str]:
    """``marked`` and ``folded`` with the everyday compounds that hold a sensitive phrase blanked (``lexicon``'s
    ``EVERYDAY_COMPOUNDS``); as they are when the two forms are not aligned."""
    if len(marked) != len(folded) or not lexicon().everyday.search(folded):
        return marked, folded
    kept_marked, kept_folded = list(marked), list(folded)
    for match in lexicon().everyday.finditer(folded):
        blank = " " * (match.end() - match.start())
        kept_marked[match.start():match.end()] = blank
        kept_folded[match.start():match.end()] = blank
    return "".join(kept_marked), "".join(kept_folded)


def sensitive_topics(text: str) -> set[str]:
    """Kinds of sensitive data the words of ``text`` speak of (accented and folded forms together; a format
    character read both as nothing and as a word break)."""
    return set(_sensitive_topics(text, lexicon()))


@functools.lru_cache(maxsize=64)  # a question's topics are read again by the stages of its screening
def _sensitive_topics(text: str, lex: _Lexicon) -> frozenset[str]:
    found = set()
    for reading in {readable(text), readable(text, invisible=" ")}:
        marked, folded = _without_everyday_compounds(normalize(reading), fold(reading))
        table = lex.marked_table if _typed_with_diacritics(marked) else lex.marked_in_bare_text_table
        found |= table.kinds(marked)
        found |= lex.folded_table.kinds(folded)
        found |= _glued_topics(reading)
        if _PREGNANCY_COUNTED.search(folded):
            found.add("health")
    return frozenset(found)


def asker_topics(text: str, topics: set[str]) -> set[str]:
    """The topics (``topics``, all of them) of ``text`` once a visit to a patient is taken out: what the asker
    says of themselves ("tôi có được vào thăm người bệnh…" is a visit, "tôi bị đau ngực" a condition)."""
    if not lexicon().visits.search(fold(readable(text, invisible=" "))):
        return topics
    found = set()
    for reading in {normalize(readable(text)), normalize(readable(text, invisible=" "))}:
        folded = fold(reading)
        if len(folded) != len(reading):  # no aligned folded form: read it all
            return sensitive_topics(text)
        kept = list(reading)
        for match in lexicon().visits.finditer(folded):
            kept[match.start():match.end()] = " " * (match.end() - match.start())
        found |= sensitive_topics("".join(kept))
    return found


# Someone on the move or waiting, said with where ("Đang chạy xe … ở Hàng Xanh", "đang đợi ở cổng sau", "đang kẹt xe
# trên cầu Sài Gòn"): where a person is now, if a person is there. Folded; bounded: 40 characters to the place;
# the longer wording first ("cho doi" before "cho").
_ON_THE_WAY = re.compile(r"(?<!\w)dang\s+(?:chay|di|lai|cho doi|cho|doi|dung|ngoi|ket|bi ket|tren|do xe|gui xe)"
                         r"(?!\w)[^.!?;\n]{0,40}?\s(?:o|tai|gan|tren|truoc|sau)\s+[^\W\d_]")


# Where someone stands, sits or waits right now, said by them ("em đứng ở cổng chợ Bà Chiểu", "em ở cổng sau chợ Tân
# Định", "tôi đang đợi trước sảnh B"): a point of a place (a gate, a door, a corner, a stop, a hall), not where one
# lives ("nhà em ở…", "tôi ở quận 3"). With a way to reach them in the same message (``CONTACT_ENTITIES``) it is
# their real-time location (``categorize``). Folded; bounded.
_HERE_NOW = re.compile(r"(?<!\w)(?:em|toi|tui|minh|tao|chau|con|e|t)\s+(?:(?:dang|van)\s+)?"
                       r"(?:(?:dung|ngoi|doi|cho|dau|do|nam)\s+)?(?:o|tai|truoc|gan|ngay|ben)\s+"
                       r"(?:(?:o|tai|ngay|ben|phia)\s+)?"
                       r"(?:cong|cua|truoc|sau|ngay|goc|dau|cuoi|nga\s+(?:tu|ba|nam|sau)|ben\s+xe|tram|san|sanh|"
                       r"canh|doi\s+dien|bai\s+(?:xe|do|gui)|loi\s+(?:vao|ra)|via\s+he|le\s+duong|ga|quay|"
                       r"chan\s+cau|dau\s+(?:hem|ngo|cau)|trong\s+(?:hem|ngo|cho|sanh))(?!\w)")
CONTACT_ENTITIES = frozenset({"PHONE", "EMAIL"})


def doubtful_topics(text: str) -> set[str]:
    """Kinds of sensitive data ``text`` may speak of without naming one: a word often next to one ("nằm
    giường 12", "ra tòa", "tiền"), an ambiguous folded word typed without diacritics ("om": "ốm", sick, or
    "ôm", hug), or words typed without spaces (``UNREAD``). Next to a sign of a person, such doubt keeps a
    question on the node."""
    return set(_doubtful_topics(text, lexicon()))


@functools.lru_cache(maxsize=64)  # read twice by ``categorize``
def _doubtful_topics(text: str, lex: _Lexicon) -> frozenset[str]:
    found = {UNREAD} if glued_runs(text) or mixed_script_words(text) else set()
    for reading in {readable(text), readable(text, invisible=" ")}:
        marked, folded = normalize(reading), fold(reading)
        found |= lex.possible_marked_table.kinds(marked)
        found |= lex.possible_folded_table.kinds(folded)
        bare = lex.not_doubt.sub(" ", " ".join(word if word.isascii() else "·" for word in marked.split()))
        found |= lex.bare_ambiguous_table.kinds(bare)
        if _MONEY.search(folded):
            found.add("finance")
        if _ON_THE_WAY.search(folded) or FOLLOWED.search(folded):
            found.add("location_realtime")
    return frozenset(found)


def _role_by_a_topic(text: str) -> bool:
    """Someone named only by a role or relation ("giám đốc nhà máy", "bà hàng xóm") in a sentence whose words
    are or may be about a sensitive topic: a sign of that person. Read once, on those sentences together."""
    sentences = role_sentences(text)
    if not sentences:
        return False
    joined = ".\n".join(sentences)
    return bool(sensitive_topics(joined) or doubtful_topics(joined) - {UNREAD})


# A patient placed by a room or bed, asked about only for the ward's everyday rules ("Bệnh nhân phòng 305 được thăm
# lúc mấy giờ?", "người nhà bệnh nhân giường 12 lấy cơm ở đâu"): the room says where the rule applies, not who
# anyone is. Read as "bệnh nhân" alone, anybody, when nothing else is said of them (``_as_a_ward_rule``). Folded.
_PATIENT_PLACED = re.compile(r"(?<!\w)(?P<patient>benh nhan|nguoi benh)\s+(?:(?:o|nam)\s+)?(?:phong|giuong|buong|"
                             r"p\.?)\s*(?:so\s+)?\d{1,4}[a-z]?(?:\s+(?:phong|p\.?)\s*\d{1,4}[a-z]?)?(?!\w)")
_PATIENT_WORD = re.compile(r"(?<!\w)(?:benh nhan|nguoi benh)(?!\w)")
_WARD_RULE = re.compile(r"(?<!\w)(?:tham|vao tham|gio tham|gui xe|do xe|lay com|com|suat an|an uong|nuoi benh|"
                        r"cham benh|cham soc|o lai|qua dem|ngu lai|mang do an|mang theo|mang vao|wifi|dieu hoa|"
                        r"giuong gap|thue giuong|the ra vao|giay ra vao|ra vao|nguoi nha)(?!\w)")
# The only words a ward's everyday rule is asked with, besides the patient, the rule (``_WARD_RULE``) and the visit:
# the asking ("cho em hỏi", "có được … không", "ở đâu", "mấy giờ"), a time of day, a count, a place in the hospital.
# Any other word says something of the patient ("đang cách ly", "sắp sinh", "có thẻ BHYT", "ở lại đến bao giờ": a
# stay of theirs, not a visiting hour) and keeps the question as typed. Folded; "tôi" is left out ("của tôi"), and
# so are "bao giờ", "bao lâu" (how long they stay), "tiền" (their bill), "thẻ".
_WARD_QUESTION_WORDS = re.compile(
    r"(?<!\w)(?:(?:cho\s+)?(?:em|minh|toi|tui|chau|con|e|t)\s+(?:muon\s+|xin\s+)?hoi|"
    + "|".join(sorted((  # the longer wording first ("buoi toi" before "buoi")
        "cho hoi xin hoi hoi vui_long lam_on giup xin "
        "co duoc khong ko k kg khg hong hok a oi nhe nha vay thi la hay hoac va voi cua "
        "o dau cho nao khi_nao luc_nao luc may gio gio_giac may_gio bao_nhieu toi_da it_nhat nguoi lan "
        "den tu truoc sau trong ngoai vao ra len xuong lay mang de dat bat tat dung su_dung gui nuoi "
        "can phai nen phep cho_phep quy_dinh noi_quy nhu_the_nao the_nao "
        "buoi buoi_toi sang trua chieu dem ban_dem ban_ngay cuoi_tuan chu_nhat thu ngay_le le_tet hom_nay ngay_mai "
        "tang khu toa so benh_vien bv").replace("_", r"\s+").split(), key=len, reverse=True))
    + r"|khoa\s+[^\W\d_]+|\d+)(?!\w)")  # a department by its name ("khoa nội"): a topic in it is read after


def _only_a_ward_rule(folded: str, placed: re.Match[str]) -> bool:
    """Nothing is said of the patient ``placed`` in ``folded``: every word left is the rule or the asking."""
    kept = list(folded)
    blanked = [placed.span(), *(m.span() for m in _WARD_RULE.finditer(folded)),
               *(m.span() for m in lexicon().visits.finditer(folded)),
               *(m.span() for m in _PATIENT_WORD.finditer(folded))]
    for start, end in blanked:
        kept[start:end] = " " * (end - start)
    left = _WARD_QUESTION_WORDS.sub(" ", "".join(kept))
    return not _LETTERS.search(left)


def _as_a_ward_rule(text: str) -> str:
    """``text`` with a patient placed by a room or bed read as "bệnh nhân", when it asks only a ward's everyday rule
    (``_PATIENT_PLACED``); else ``text`` as it is."""
    folded = fold(readable(text).lower())
    placed = _PATIENT_PLACED.search(folded)
    if placed is None or len(folded) != len(text) or not _WARD_RULE.search(folded):
        return text
    if not _only_a_ward_rule(folded, placed):
        return text
    # anything said of them, a topic above all ("… là bà cụ theo đạo Hồi, có đồ halal không?"), read as typed
    # once the patient, the visits and the word "bệnh nhân" are blanked
    kept = list(text)
    blanked = [placed.span(), *(m.span() for m in lexicon().visits.finditer(folded)),
               *(m.span() for m in _PATIENT_WORD.finditer(folded))]
    for start, end in blanked:
        kept[start:end] = " " * (end - start)
    if sensitive_topics("".join(kept)):
        return text
    return text[:placed.start()] + "bệnh nhân" + text[placed.end():]


def categorize(text: str, entity_types: Iterable[str], *, hidden_digits: bool | None = None) -> Categorization:
    """The data categories of a request whose text is ``text`` and whose detected personal data has
    ``entity_types``. A street address alone identifies a place, not a person ("Bệnh viện ở 215 Hồng
    Bàng"): it is personal only in a question about someone ("nhà tôi ở 12 Lê Lợi"). ``hidden_digits``:
    digits in a disguise are left once the entities are taken out (``residue``); None reads ``text`` for them."""
    types = set(entity_types)
    if not types:
        text = _as_a_ward_rule(text)
    if hidden_digits is None:
        bare = without_placeholders(text)
        hidden_digits = bool(disguised_runs(bare) or loose_runs(bare))
    identifying = types - PLACE_ENTITIES
    topics = sensitive_topics(text)
    if types & CONTACT_ENTITIES and _HERE_NOW.search(fold(readable(text, invisible=" ").lower())):
        topics.add("location_realtime")  # where they stand now and how to reach them: a real-time location
    who = about(text, names="PERSON" in types, identifiers=bool(identifying - {ORGANISATION_ACCOUNT}),
                topical=bool(topics))
    if who.concrete:
        identifying = types
    valued = {SENSITIVE_ENTITIES[t] for t in types if t in SENSITIVE_ENTITIES}
    about_them = (asker_topics(text, topics) if who.person == ASKER and topics else topics) if who.concrete else set()
    sensitive = about_them | valued
    personal = who.concrete or bool(identifying)
    # "Hôm qua bị công an giữ xe…", "HIV dương tính từ năm 2019…": a topic in a time of someone's own
    # A value being hidden in a disguise nobody listed: not forwarded in any form (a person signal, unread)
    unread = hidden_digits or bool(mixed_script_words(text))  # a value or a word the gate cannot read for sure
    signal = personal or who.signal or bool(topics) and (own_history(text) or weak_person_reference(text)) \
        or unread or _role_by_a_topic(text)
    # A learned second opinion (``person_model``), only ever adding a signal: at its threshold where the words are or
    # may be about a sensitive topic, at its stricter one elsewhere (slang, English, a topic no lexicon names: "bố tớ
    # đang bóc lịch"), so a peer gets raw text only when neither the rules nor the model see a person in it
    if not signal and person_model.flags(text, topical=bool(topics or doubtful_topics(text) - {UNREAD})):
        signal = True
    unconfirmed = {UNCONFIRMED_ENTITIES[t] for t in types if t in UNCONFIRMED_ENTITIES}
    doubtful = doubtful_topics(text) if signal else set()
    possible = topics | valued | unconfirmed | doubtful | ({UNREAD} if unread else set())
    # where a person is or may be, with values a redaction would hide, and the lexicon read no topic, the learned
    # topic signal may (``person_model``): then the text stays on the node even redacted ("xe <PLATE_1> tông tui rồi
    # chạy": a hit-and-run in no lexicon). Without values nothing with a person signal leaves the node anyway.
    if signal and types and not possible and person_model.topic_flags(text):
        possible.add(LEARNED_TOPIC)
    # a lookup asks what a record says: a topic it may be about is enough ("ông Tư phòng 305 mắc bệnh gì")
    lookup = who.lookup and bool(topics | valued | (doubtful - {UNREAD}))
    return Categorization(_categories(bool(identifying), sensitive), tuple(sorted(sensitive)), tuple(sorted(topics)),
                          who.person, lookup, personal, signal, tuple(sorted(possible)))


def categorize_redacted(found: Categorization, redacted_text: str) -> Categorization:
    """What a redacted request still carries. Redaction hides identifying values, not what was said about
    their owner: the topics and sensitive kinds of the request as it was stay ("<CCCD_1> bị ung thư" is
    still sensitive personal data), and so does its person."""
    # A placeholder stands for someone's value unless the request was about nobody: then it hid an
    # organisation's account or a street, not a person ("Tài khoản của bệnh viện <BANK_ACCOUNT_1> …")
    remaining = categorize(redacted_text if found.person != NOBODY else without_placeholders(redacted_text), ())
    sensitive = set(found.sensitive) | set(remaining.sensitive)
    return Categorization(_categories(False, sensitive), tuple(sorted(sensitive)),
                          tuple(sorted(set(found.topics) | set(remaining.topics))), found.person,
                          found.lookup or remaining.lookup, found.personal, found.signal or remaining.signal,
                          tuple(sorted(set(found.possible) | set(remaining.possible))))


def _categories(identifying: bool, sensitive: set[str]) -> tuple[str, ...]:
    found = {BASIC} if identifying else set()
    if sensitive:
        found.add(SENSITIVE)
    return tuple(c for c in CATEGORIES if c in found) or (PUBLIC,)
