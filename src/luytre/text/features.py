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
from collections import Counter

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
