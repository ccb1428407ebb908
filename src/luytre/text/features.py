"""Sparse text features that work with and without Vietnamese diacritics.

A query is represented by the union of
* word unigrams and bigrams of the normalized text (``w:``),
* the same on the diacritic-folded text (``f:``), so unaccented input matches,
* character 3- to 5-grams of the folded text, across word boundaries (``c:``):
  they survive typos and capture two-syllable words ("đau ngực" -> "u ng").

Words a negation denies ("không khó thở") give only ``n:`` unigrams, so a denied
sign never looks like the sign itself (``luytre.text.negation``).

Training uses scikit-learn on these features; inference needs only the
vocabulary and weights, stored as JSON and NumPy arrays (never pickle).
"""

from __future__ import annotations

import itertools
import math
import re
import threading
from collections import Counter
from typing import NamedTuple

import numpy as np

from luytre.text.negation import negated_words
from luytre.text.normalize import cache_short_texts, fold, normalize, tokens

CHAR_NGRAMS = (3, 4, 5)


def _word_ngrams(prefix: str, words: list[str]) -> list[str]:
    grams = [f"{prefix}{w}" for w in words]
    grams += [f"{prefix}{a} {b}" for a, b in itertools.pairwise(words)]
    return grams


def analyze(text: str) -> list[str]:
    """Return the feature names found in ``text`` (with repetitions)."""
    norm = normalize(text)
    words = tokens(norm)
    folded = tokens(fold(norm))
    _, negated = negated_words(text)
    denied = []
    if any(negated) and len(negated) == len(words):
        denied = [f"n:{w}" for w, n in zip(folded, negated) if n]
        words = [w for w, n in zip(words, negated) if not n]
        folded = [w for w, n in zip(folded, negated) if not n]
    feats = _word_ngrams("w:", words) + denied
    if folded != words:
        feats += _word_ngrams("f:", folded)
    else:
        feats += [f"f:{g[2:]}" for g in feats]
    padded = f" {' '.join(folded)} "
    for n in CHAR_NGRAMS:
        feats += [f"c:{padded[i:i + n]}" for i in range(len(padded) - n + 1)]
    return feats


@cache_short_texts(maxsize=128, max_chars=1024)  # a counter holds ~4 features per character: few, short ones
def count_features(text: str) -> Counter[str]:
    """Feature counts of ``text``; the input of both training and inference.

    Cached because one question is featurized by the router and then by the
    expert it is routed to. Callers must not modify the returned counter."""
    return Counter(analyze(text))


# One table of every feature any loaded text model knows, feature -> id (from 1; 0 is a feature no model knows): a
# text is looked up in it once (``feature_ids``), and each model then takes its own columns of the text's ids with
# one numpy ``take`` (``FeatureColumns``), instead of every model looking every feature up in its own vocabulary.
# It only grows (a model loaded again adds nothing) up to ``MAX_SHARED_FEATURES``: a model registered past that
# starts a new table, and the old one lives only as long as the models that hold it, so a node that retrains
# often does not keep every feature it ever saw.
MAX_SHARED_FEATURES = 2_000_000
_FEATURE_IDS: dict[str, int] = {}
_REGISTERING = threading.Lock()


class FeatureColumns:
    """A model's columns by shared feature id: ``columns(ids)`` gives, for each id of a text's reading in the
    model's ``table``, the model's column of that feature or -1 (a feature it does not know, any id registered
    after it included)."""

    def __init__(self, features: list[str]) -> None:
        global _FEATURE_IDS
        with _REGISTERING:
            if len(_FEATURE_IDS) + len(features) > MAX_SHARED_FEATURES:
                _FEATURE_IDS = {}
            table = _FEATURE_IDS
            before = len(table) + 1
            ids = [table.setdefault(f, len(table) + 1) for f in features]
            # the number of ids handed out so far, 0 included: a text read at this size finds every feature
            # registered before it (features are registered before the size is published; ids never change)
            self.size = len(table) + 1
        self.table = table
        if self.size > before:  # the texts read before would be read again by this model (``feature_ids``)
            _recent_ids.cache_clear()
        # index ``size`` is the last: every id handed out after this model (clipped to it) reads -1
        lookup = np.full(self.size + 1, -1, dtype=np.intp)
        lookup[np.asarray(ids, dtype=np.intp)] = np.arange(len(features), dtype=np.intp)
        lookup.flags.writeable = False
        self._lookup = lookup

    def columns(self, ids: np.ndarray) -> np.ndarray:
        taken: np.ndarray = self._lookup.take(ids, mode="clip")
        return taken


# 1 + ln(count) of the counts most features have, computed by ``math.log`` (numpy's own log may round the
# last bit differently, and the models' arithmetic must not depend on the machine's vector instructions).
_SUBLINEAR = np.array([0.0] + [1.0 + math.log(count) for count in range(1, 256)])


def sublinear(counts: np.ndarray) -> np.ndarray:
    """``1 + ln(count)`` of each count (float64)."""
    if not len(counts) or counts.max() < len(_SUBLINEAR):
        looked_up: np.ndarray = _SUBLINEAR[counts]
        return looked_up
    return np.array([1.0 + math.log(count) for count in counts.tolist()])


class Reading(NamedTuple):
    """A text's features as every model reads them, in ``count_features``' order: their ids in ``table`` (0 for a
    feature no model knows), their counts, their sublinear term frequencies (float32), whether every feature
    occurs once, and the size of the table they were looked up in."""

    ids: np.ndarray
    frequencies: np.ndarray
    weights: np.ndarray
    all_once: bool
    size: int
    table: dict[str, int]


def _read_ids(text: str, table: dict[str, int]) -> Reading:
    size = len(table) + 1  # before the lookups: every feature of a model of at most this size is found
    counts = count_features(text)
    ids = np.fromiter(map(table.get, counts, itertools.repeat(0)), dtype=np.intp, count=len(counts))
    frequencies = np.fromiter(counts.values(), dtype=np.intp, count=len(counts))
    weights = sublinear(frequencies).astype(np.float32)  # elementwise: a model's share is the same numbers
    for array in (ids, frequencies, weights):
        array.flags.writeable = False  # shared by every model that reads this text
    return Reading(ids, frequencies, weights, not (frequencies > 1).any(), size, table)


_recent_ids = cache_short_texts(maxsize=256, max_chars=1024)(lambda text: _read_ids(text, _FEATURE_IDS))


def feature_ids(text: str, columns: FeatureColumns) -> Reading:
    """``text``'s features looked up in the table of ``columns`` (``Reading``), read once per text for every model
    of the current table whose size it covers (a model registered after the text was read, or one of an earlier
    table, gets a fresh reading)."""
    reading = _recent_ids(text)
    if reading.table is columns.table and reading.size >= columns.size:
        return reading
    return _read_ids(text, columns.table)


_WORD_FEATURE = re.compile(r"^f:[^ \n]*$", re.MULTILINE)


@cache_short_texts(maxsize=256, max_chars=1024)  # the router's model reads them twice per question
def word_features(text: str) -> list[str]:
    """The text's folded word features (``f:`` and no space), in ``count_features``' order: found by one
    search over the features joined by line breaks (no feature has one: they are made of ``\\w`` runs and
    spaces; checked, with the plain loop otherwise). Callers must not modify the list."""
    counts = count_features(text)
    joined = "\n".join(counts)
    if joined.count("\n") != max(len(counts) - 1, 0):
        return [f for f in counts if f.startswith("f:") and " " not in f]
    return _WORD_FEATURE.findall(joined)
