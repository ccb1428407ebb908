"""Override rules: phrase lexicons that force a label when every group matches.

Rules are a safety net for cases a statistical model must not miss. Phrases are
written with diacritics and matched on whole words of the diacritic-folded text,
so "dau nguc" and "đau ngực" both fire a rule written as "đau ngực"; text typed with
diacritics is matched with them, so "rạn da" does not fire a rule about "rắn". A phrase
that a negation denies ("không khó thở") does not count (``luytre.text.negation``), nor
a rule whose ``unless`` phrases appear ("từng bị", "phòng ngừa").

Word sets keep a lexicon short and general: a phrase word written "@name" stands for every
phrase of the file's ``sets[name]`` ("@wish @ending" is "muốn biến mất", "chỉ muốn buông tay"…),
"@name?" for one of them or nothing. Informal spellings of "không" ("ko", "k", "hok") are read
as "không". ``precedence`` names families tested before any other rule, whatever their place
in the file (a self-harm reading wins over the poisoning it may also be); a rule with
``with_labels`` is tried last, and only when the model's own decision is one of those labels
(given the rules' own label, it names the family of an alarm the model raised, never raises one).

Matching is set membership: the question's word n-grams are built once and each
rule's phrase groups are tested with ``isdisjoint``, so a hundred rules cost
tens of microseconds, not one regex search per phrase group.
"""

from __future__ import annotations

import itertools
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field

from luytre.errors import PackageError, translated
from luytre.text import fold, normalize, tokens
from luytre.text.negation import negated_words
from luytre.text.normalize import cache_short_texts


class _RuleSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str = Field(min_length=1)
    flag: str | None = None
    all: list[list[str]] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    with_labels: list[str] = Field(default_factory=list)


class _RuleFileSpec(BaseModel):
    model_config = ConfigDict(extra="forbid")
    label: str = Field(min_length=1)
    advice_vi: str = ""
    advice_en: str = ""
    sets: dict[str, list[str]] = Field(default_factory=dict)
    precedence: list[str] = Field(default_factory=list)
    rules: list[_RuleSpec] = Field(min_length=1)


@dataclass(frozen=True)
class RuleMatch:
    id: str
    flag: str | None
    conditional: bool = False  # a ``with_labels`` rule: it needed the model's decision


_NO = "không"
# Informal spellings of "không" typed in chats; "hong" is left out ("hỏng" typed without marks).
_INFORMAL_NO = frozenset({"ko", "k", "kg", "khg", "kh", "hok", "hk", "kô", "hông", "khôg", "khog"})


def _longest(keys: frozenset[str]) -> int:
    return max((k.count(" ") + 1 for k in keys), default=0)


@dataclass(frozen=True)
class _Sequence:
    """A phrase of word sets ("@wish @between? @ending"): each part one phrase of its set, in order,
    side by side; an optional part may be left out. Matched by walking the question, never expanded
    into every combination (that would be tens of thousands of phrases)."""

    parts: tuple[tuple[frozenset[str], bool, int], ...]  # (keys of the part, optional, its longest key in words)

    def matches(self, words: tuple[str, ...], negated: tuple[bool, ...], spans: frozenset[str]) -> bool:
        """``spans``: every word n-gram of the question, from any start, as long as the longest part key."""
        if any(not optional and keys.isdisjoint(spans) for keys, optional, _ in self.parts):
            return False  # a part that must be there is nowhere in the question: no start can match
        for start in range(len(words)):
            if negated[start]:
                continue
            ends = {start}
            for keys, optional, reach in self.parts:
                following = {j + n for j in ends for n in range(1, reach + 1)
                             if j + n <= len(words) and " ".join(words[j:j + n]) in keys}
                ends = following | ends if optional else following
                if not ends:
                    break
            if ends:
                return True
        return False


@dataclass(frozen=True)
class _Group:
    """One group of a rule: whole phrases (as word n-gram keys) and sequences of word sets."""

    keys: frozenset[str]
    sequences: tuple[_Sequence, ...] = ()

    def hit(self, read: _Reading) -> bool:
        return not self.keys.isdisjoint(read.grams) or any(
            s.matches(read.words, read.negated, read.spans) for s in self.sequences)


@dataclass(frozen=True)
class _Rule:
    match: RuleMatch
    groups: list[_Group]
    unless: _Group
    with_labels: frozenset[str]


def _marked(text: str) -> str:
    """Diacritics kept, but hỏi and ngã merged: the two tones people confuse most."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFD", text).replace("\u0303", "\u0309"))


@cache_short_texts(maxsize=16384, max_chars=64)  # words, read again by every question that has them
def _as_typed(word: str) -> str:
    """A word of the question as it is matched: marked if it was typed with marks, else folded."""
    folded = fold(word)
    return _marked(word) if folded != word else folded


def _phrase_keys(phrase: str) -> set[str]:
    """Every way the phrase can be typed word by word, with or without marks ("đau nguc" too).
    A phrase written "=tự vẫn" matches only as typed with its marks ("tu van" is "tư vấn")."""
    marks_only = phrase.startswith("=")
    words = tokens(normalize(phrase.removeprefix("=")))
    options = ({_marked(w)} if marks_only else {_marked(w), fold(w)} for w in words)
    return {" ".join(combo) for combo in itertools.product(*options)} if words else set()


def _set_keys(name: str, sets: dict[str, list[str]], phrase: str) -> frozenset[str]:
    if name not in sets:
        raise ValueError(f"phrase {phrase!r} names an unknown word set {name!r}")
    return frozenset(k for p in sets[name] for k in _phrase_keys(p))


def _group(phrases: list[str], sets: dict[str, list[str]] | None = None) -> _Group:
    """Phrases typed as words, "@set" for every phrase of a set, or a sequence of words and sets."""
    sets = sets or {}
    keys: set[str] = set()
    sequences: list[_Sequence] = []
    for phrase in phrases:
        parts = phrase.split()
        if len(parts) == 1 and parts[0].startswith("@"):
            keys |= _set_keys(parts[0].removeprefix("@"), sets, phrase)
        elif any(p.startswith("@") for p in parts):
            keyed = [(_set_keys(p.removeprefix("@").removesuffix("?"), sets, phrase), p.endswith("?"))
                     if p.startswith("@") else (frozenset(_phrase_keys(p)), False) for p in parts]
            sequences.append(_Sequence(tuple((keys, optional, _longest(keys)) for keys, optional in keyed)))
        else:
            keys |= _phrase_keys(phrase)
    if not keys and not sequences:
        raise ValueError("a rule group has no phrases")
    return _Group(frozenset(keys), tuple(sequences))


def _compile(spec: _RuleFileSpec) -> list[_Rule]:
    flags = {r.flag for r in spec.rules}
    unknown = [f for f in spec.precedence if f not in flags]
    if unknown:
        raise ValueError(f"precedence names families no rule has: {unknown}")
    rank = {flag: i for i, flag in enumerate(spec.precedence)}
    # Precedence first, rules that only name the family of the model's alarm last; file order otherwise.
    ordered = sorted(spec.rules, key=lambda r: (bool(r.with_labels), rank.get(r.flag or "", len(rank))))
    return [_Rule(RuleMatch(r.id, r.flag, bool(r.with_labels)), [_group(g, spec.sets) for g in r.all],
                  _group(r.unless, spec.sets) if r.unless else _Group(frozenset()), frozenset(r.with_labels))
            for r in ordered]


@dataclass(frozen=True)
class _Reading:
    """A question as the rules read it: its word n-grams (none starting at a denied word), the words as
    matched, which of them a negation denies, and its n-grams from every start (``spans``)."""

    grams: frozenset[str]
    words: tuple[str, ...]
    negated: tuple[bool, ...]
    spans: frozenset[str]


# The question is read once for the routing claim and again for the answer, so recent readings are kept; but only
# of questions up to this length: a 4 KB question reads into ~10,000 n-grams (over 1 MB), and 256 varied ones
# would hold hundreds of megabytes.
_KEPT_READING_CHARS = 512


def _read(text: str, longest: int, reach: int) -> _Reading:
    """``text`` read into n-grams of up to ``longest`` words (``grams``) and of up to ``reach`` (``spans``)."""
    if len(text) <= _KEPT_READING_CHARS:
        return _kept_reading(text, longest, reach)
    return _reading(text, longest, reach)


def _reading(text: str, longest: int, reach: int) -> _Reading:
    folded, negated = negated_words(text)  # the features' reading of the same text (its folded words, its negation)
    # A word of ASCII letters is typed as it is folded (lowercase already): only the others are looked up, through
    # the cache itself (a word matched in a bounded question; the longer ones, rare, are read uncached).
    as_typed, max_chars = _as_typed.cached, _as_typed.max_chars
    typed = [w if w.isascii() else as_typed(w) if len(w) <= max_chars else _as_typed(w)
             for w in tokens(normalize(text))]
    words = typed if len(typed) == len(folded) else list(folded)
    words = [_NO if w in _INFORMAL_NO else w for w in words]
    # the n-grams of each length, built at C speed: zip the words with themselves shifted, join each tuple
    kept = [not n for n in negated]
    grams: set[str] = set()
    spans: set[str] = set()
    for n in range(1, max(longest, reach) + 1):
        joined = list(map(" ".join, zip(*(words[k:] for k in range(n))))) if n > 1 else words
        if n <= longest:
            grams.update(itertools.compress(joined, kept))  # none starting at a denied word
        if n <= reach:
            spans.update(joined)
    return _Reading(frozenset(grams), tuple(words), tuple(negated), frozenset(spans))


_kept_reading = lru_cache(maxsize=256)(_reading)


class OverrideRules:
    """All rules of one file; ``match`` returns the first rule whose every group matches."""

    def __init__(self, label: str, advice: dict[str, str], rules: list[_Rule]):
        self.label = label
        self.advice = advice
        self._rules = rules
        self._longest = max(_longest(g.keys) for r in rules for g in (*r.groups, r.unless))
        self._reach = max((reach for r in rules for g in (*r.groups, r.unless) for s in g.sequences
                           for _, _, reach in s.parts), default=0)
        # A rule fires only if every one of its groups hits, so each rule is filed under the phrases of one
        # group without word-set sequences: a question is checked only against the rules it could fire.
        self._by_phrase: dict[str, list[int]] = {}
        self._unfiled: list[int] = []
        for i, rule in enumerate(rules):
            anchor = next((g for g in rule.groups if not g.sequences), None)
            if anchor is None:
                self._unfiled.append(i)
                continue
            for key in anchor.keys:
                self._by_phrase.setdefault(key, []).append(i)

    @classmethod
    def from_file(cls, path: Path) -> "OverrideRules":
        with translated(PackageError, f"override rules {path.name} are invalid"):
            spec = _RuleFileSpec.model_validate_json(path.read_bytes())
            compiled = _compile(spec)
        return cls(spec.label, {"vi": spec.advice_vi, "en": spec.advice_en}, compiled)

    @property
    def flags(self) -> frozenset[str]:
        """The families the rules name (their ``flag``)."""
        return frozenset(r.match.flag for r in self._rules if r.match.flag)

    def match(self, text: str, model_label: str | None = None) -> RuleMatch | None:
        """The first rule whose every group names a phrase of ``text`` and whose ``unless`` does not;
        a rule with ``with_labels`` only when ``model_label`` (the model's own decision) is one of them.

        A word typed with marks must match them ("rạn" is not "rắn", "màu" is not "máu"); a word
        typed without marks matches any marks."""
        read = _read(text, self._longest, self._reach)
        by_phrase = self._by_phrase
        candidates = set(self._unfiled)
        for gram in by_phrase.keys() & read.grams:  # the question's n-grams that file a rule, found in C
            candidates.update(by_phrase[gram])
        for rule in (self._rules[i] for i in sorted(candidates)):
            if rule.with_labels and model_label not in rule.with_labels:
                continue
            if all(g.hit(read) for g in rule.groups) and not rule.unless.hit(read):
                return rule.match
        return None
