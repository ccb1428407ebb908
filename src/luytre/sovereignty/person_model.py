"""A learned second opinion on whether a question is about a concrete person (``personal_data``).

The gate's rules (``facts``, ``categories``) decide who a question is about; a rule fitted on one labelled set
closes that set's gaps, and the next unseen set shows new ones. This model is a small linear text classifier
(logistic regression on binary character 3-5-grams of the text lowercased, with diacritics folded and as typed,
and on folded word unigrams and bigrams, scaled by one over the square root of their number) fitted by
``bench/fit_person_signal.py`` on the open labelled privacy sets. ``categorize`` consults it only when the
rules see no sign of a person: above the threshold it sets the person signal, so the question may still be
answered on the node but does not leave it as it is.
It never clears a signal and never changes what the node answers itself.

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
MAX_CHARS = 400  # questions are short; beyond this the text is not read (a bound on hostile input)
CHAR_SIZES = (3, 4, 5)
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


def features(text: str) -> set[str]:
    """The binary features of ``text``: ``f`` character n-grams of its lowercased folded form (no diacritics, đ as
    d), ``c`` those of the lowercased text as typed that carry a diacritic (the others are the ``f`` ones), ``w``
    folded words and word pairs. Identical for fitting and scoring."""
    # the asking frame ("cho tôi hỏi", "giúp tôi", "can you tell me") discloses nothing, as the rules read it
    # (``facts.asking_frame``): one token, so the model does not learn the frame's "tôi" as a person
    marked = " " + _SPACES.sub(" ", asking_frame(normalize(text[:MAX_CHARS]).lower())).strip() + " "
    folded = fold(marked)
    found = {"f" + folded[i:i + size] for size in CHAR_SIZES for i in range(len(folded) - size + 1)}
    if not marked.isascii():
        found.update(gram for size in CHAR_SIZES for i in range(len(marked) - size + 1)
                     if not (gram := "c" + marked[i:i + size]).isascii())
    words = _WORD.findall(folded)
    found.update("w " + word for word in words)
    found.update("w " + first + " " + second for first, second in zip(words, words[1:], strict=False))
    return found


@dataclass(frozen=True)
class PersonModel:
    weights: dict[str, float]
    intercept: float
    threshold: float

    def probability(self, text: str) -> float:
        """The model's probability that ``text`` is about a concrete person (the asker included)."""
        found = features(text)
        score = self.intercept + sum(map(self.weights.get, found, repeat(0.0))) / math.sqrt(max(1, len(found)))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, score))))

    def flags(self, text: str) -> bool:
        return self.probability(text) >= self.threshold


@functools.cache
def model() -> PersonModel | None:
    """The fitted model, read once; None when the file is absent (the rules alone decide)."""
    if not MODEL.exists():
        return None
    data = json.loads(MODEL.read_text(encoding="utf-8"))
    return PersonModel({str(k): float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                       float(data["threshold"]))


def flags(text: str) -> bool:
    """The model sees a concrete person in ``text`` where the rules saw none (``categorize``'s hook). Not where the
    rules did read who speaks and found an organisation ("Chúng tôi là phòng khám tư, bệnh nhân bị…"): its "we"
    looks like a disclosure to a text model, and the rules know better."""
    found = model()
    return found is not None and consulted(text) and found.flags(text)


def consulted(text: str) -> bool:
    """Whether the model has a say on ``text`` at all: not where the rules found an organisation speaking."""
    return not organisation_speaking(text)
