"""A learned second opinion on whether a question is about a concrete person (``personal_data``).

The gate's rules (``facts``, ``categories``) decide who a question is about; a rule fitted on one labelled set
closes that set's gaps, and the next unseen set shows new ones. This model is a small linear text classifier
(logistic regression on binary character 3-5-grams of the text lowercased, with diacritics folded and as typed,
and on folded word unigrams and bigrams, scaled by one over the square root of their number) fitted by
``bench/fit_person_signal.py`` on the open labelled privacy sets. ``categorize`` consults it whenever the
rules see no sign of a person: above its threshold (``threshold`` where the lexicon reads a topic or a word that may
be one, ``threshold_plain`` elsewhere) it sets the person signal, so the question may still be answered on the node
but does not leave it as it is: a peer gets raw text only when neither the rules nor the model see a person.
It never clears a signal and never changes what the node answers itself. A second model of the same form, the topic
signal (``topic_model``, ``data/topic_signal.json``), reads a sensitive topic where a person is and the lexicon read
none; it only adds a possible topic.

The model is JSON (``data/person_signal.json``: vocabulary with coefficients, intercept, threshold), read once
on first use; no pickle. Scoring is a dictionary look-up per feature and a sum; only the first ``MAX_CHARS``
characters are read, so a hostile 4 KB text costs what a long question does.
"""

from __future__ import annotations

import functools
import json
import math
import re
from dataclasses import dataclass
from itertools import repeat
from pathlib import Path

from luytre.sovereignty.facts import asking_frame, organisation_speaking
from luytre.text.normalize import fold, normalize

MODEL = Path(__file__).parent / "data" / "person_signal.json"
TOPIC_MODEL = Path(__file__).parent / "data" / "topic_signal.json"
MAX_CHARS = 400  # questions are short; beyond this the text is not read (a bound on hostile input)
CHAR_SIZES = (3, 4, 5)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")
# Words that place a person: Vietnamese first and second persons and kin, as typed with accents (``PERSON_MARKED``)
# or without them and in teen code (``PERSON_BARE``: "t", "e", "to" for "tớ", "bo" for "bố"), and English pronouns.
# Each adds its group's feature besides its own word, so that a kin word the fitted sets rarely had ("con bé nhà
# chị", "bố tớ") weighs like the ones they had. A word typed with accents is read as typed ("có" is not "cô").
_GROUPS = {
    "k1": "tôi tui mình tao tớ em ta mik mk", "k2": "anh chị bạn mày cậu",
    "kk": "bố ba mẹ má cha vợ chồng con ông bà cô chú bác dì mợ thím cháu bồ sếp",
}
PERSON_MARKED = {word: group for group, words in _GROUPS.items() for word in words.split()}
PERSON_BARE = {**{fold(word): group for word, group in PERSON_MARKED.items()},
               **dict.fromkeys(("t", "e", "to", "tuii"), "k1"), **dict.fromkeys(("a", "c"), "k2"),
               **dict.fromkeys("i my me we our us he she his her him they their mine im".split(), "ke")}


def features(text: str) -> set[str]:
    """The binary features of ``text``: ``f`` character n-grams of its lowercased folded form (no diacritics, đ as
    d), ``c`` those of the lowercased text as typed that carry a diacritic (the others are the ``f`` ones), ``w``
    folded words and word pairs, ``p``
    the group of each person word (``PERSON_MARKED``, ``PERSON_BARE``), alone and with the word after it. Identical
    for fitting and scoring."""
    # the asking frame ("cho tôi hỏi", "giúp tôi", "can you tell me") discloses nothing, as the rules read it
    # (``facts.asking_frame``): one token, so the model does not learn the frame's "tôi" as a person
    marked = " " + _SPACES.sub(" ", asking_frame(normalize(text[:MAX_CHARS]).lower())).strip() + " "
    folded = fold(marked)
    found = {"f" + folded[i:i + size] for size in CHAR_SIZES for i in range(len(folded) - size + 1)}
    if not marked.isascii():
        found.update(gram for size in CHAR_SIZES for i in range(len(marked) - size + 1)
                     if not (gram := "c" + marked[i:i + size]).isascii())
    words = _WORD.findall(folded)
    typed = _WORD.findall(marked)
    if len(typed) != len(words):  # a character whose folded form is no word character: read the folded words
        typed = words
    found.update("w " + word for word in words)
    pairs = [first + " " + second for first, second in zip(words, words[1:], strict=False)]
    found.update("w " + pair for pair in pairs)
    # a person word's group, alone and before the next word ("k1 dang": the asker doing something), so that what
    # is said next to any first person, kin or English pronoun is learned once for all of them
    for at, word in enumerate(typed):
        group = PERSON_BARE.get(word) if word.isascii() else PERSON_MARKED.get(word)
        if group is not None:
            found.add("p " + group)
            if at + 1 < len(words):
                found.add("p " + group + " " + words[at + 1])
    return found


@functools.lru_cache(maxsize=8)  # the person and the topic signal read the same text's features once
def _features(text: str) -> frozenset[str]:
    return frozenset(features(text))


@dataclass(frozen=True)
class PersonModel:
    weights: dict[str, float]
    intercept: float
    threshold: float  # where the words are or may be about a sensitive topic (the lexicon's reading)
    threshold_plain: float = 1.01  # anywhere else: the lexicon cannot name every topic typed in slang or English

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is about a concrete person (the asker included), or for the topic
        signal that it speaks of a sensitive topic."""
        found = _features(text)
        score = self.intercept + sum(map(self.weights.get, found, repeat(0.0))) / math.sqrt(max(1, len(found)))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def flags(self, text: str, topical: bool = True) -> bool:
        return self.probability(text) >= (self.threshold if topical else self.threshold_plain)


@functools.cache
def model() -> PersonModel | None:
    """The fitted model, read once; None when the file is absent (the rules alone decide)."""
    return _load(MODEL)


@functools.cache
def topic_model() -> PersonModel | None:
    """The learned sensitive-topic signal (same features and form, fitted on ``sensitive_topic`` being set), read
    once; None when the file is absent (the lexicon alone reads topics)."""
    return _load(TOPIC_MODEL)


def _load(path: Path) -> PersonModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return PersonModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                       float(data["threshold"]), float(data.get("threshold_plain", 1.01)))


def flags(text: str, topical: bool = True) -> bool:
    """The model sees a concrete person in ``text`` where the rules saw none (``categorize``'s hook). ``topical``:
    the lexicon reads a sensitive topic, or a word that may be one, in ``text``; elsewhere the model's own threshold
    for such words (``threshold_plain``) applies: a peer gets raw text only when neither the rules nor the model see a
    person, whatever the lexicon knows of the words around them. Not where the rules did read who speaks and found
    an organisation ("Chúng tôi là phòng khám tư, bệnh nhân bị…"): its "we" looks like a disclosure to a text model,
    and the rules know better."""
    found = model()
    return found is not None and consulted(text) and found.flags(text, topical)


def topic_flags(text: str) -> bool:
    """The learned topic signal reads a sensitive topic in ``text`` (health, money, a charge, a faith… typed in words
    no lexicon lists: "bóc lịch", "tông rồi chạy", "come out"). ``categorize`` asks it only where a person is or may
    be in the text and the lexicon read no topic: it adds a possible topic, so such a text does not leave the node
    even redacted; it never changes what the node answers itself."""
    found = topic_model()
    return found is not None and found.flags(text)


def consulted(text: str) -> bool:
    """Whether the model has a say on ``text`` at all: not where the rules found an organisation speaking."""
    return not organisation_speaking(text)
