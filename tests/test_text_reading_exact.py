"""One reading of a text shared by every model and rule (docs/ask-profile.md, proposals 1, 4, 8 and 9): each fast
path against the plain reading it replaced, on every question of the open routing sets and its clauses."""

from __future__ import annotations

import itertools
import json
import re
import unicodedata
from pathlib import Path

import numpy as np
import pytest

from luytre.kinds.classifier import rules as rules_module
from luytre.kinds.classifier.rules import OverrideRules
from luytre.routing.router import _CLAUSE, MIN_CLAUSE_WORDS
from luytre.text import bilingual
from luytre.text.features import count_features, word_features
from luytre.text.features import sublinear as _sublinear
from luytre.text.hashed import softmax
from luytre.text.model import TextClassifier
from luytre.text.negation import negated_words
from luytre.text.normalize import fold, normalize, tokens

ROOT = Path(__file__).resolve().parents[1]
ROUTING = ROOT / "tests" / "data" / "routing"
OPEN_SETS = ("dev", "test", "blind3", "blind5", "blind6", "blind7", "blind8", "blind9", "blind10", "blind12")
HOSTILE = ["ß straße İstanbul", "a" * 70 + " sốt " + "ố" * 40, unicodedata.normalize("NFD", "Hoà đau bụng, khuỷu tay"),
           "What should I do if my child has a fever?", "help e voi, log in dc ko", "CCCD ATM sdt x y",
           "ko kho tho, k đau ngực, hok sốt", "", "   ", "123 456", "I'm fine thanks, and you", "Tôi tên là Sơn Trà"]


def _items() -> list[dict]:
    items = []
    for name in OPEN_SETS:
        path = ROUTING / name / "questions.jsonl" if (ROUTING / name).is_dir() else ROUTING / f"{name}.jsonl"
        assert not (ROUTING / name / "BLIND").exists(), f"{name} is blind: never read"
        items += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return items


@pytest.fixture(scope="module")
def texts() -> list[str]:
    queries = [it["query"] for it in _items()]
    parts = [p for q in queries for p in _CLAUSE.split(q) if len(p.split()) >= MIN_CLAUSE_WORDS]
    return list(dict.fromkeys(queries + parts + HOSTILE))


def _old_terms(model: TextClassifier, text: str) -> tuple[np.ndarray, np.ndarray, float]:
    """``TextClassifier._terms`` before the shared table: the model's own vocabulary looked up per feature."""
    counts = count_features(text)
    columns = np.fromiter(map(model._index.get, counts, itertools.repeat(-1)), dtype=np.intp, count=len(counts))
    frequencies = np.fromiter(counts.values(), dtype=np.intp, count=len(counts))
    seen = columns >= 0
    weights = _sublinear(frequencies[seen]).astype(np.float32)
    unseen = frequencies[~seen]
    if not (unseen > 1).any():
        return columns[seen], weights, float(len(unseen))
    unseen_squared = 0.0
    for value in _sublinear(unseen).tolist():
        unseen_squared += value ** 2
    return columns[seen], weights, unseen_squared


def test_every_model_reads_its_columns_from_the_shared_table_bit_for_bit(texts):
    """Two models with different vocabularies, the second fitted after the first has read every text (so the
    shared table grows under readings already kept): the same terms and the same probabilities, bit for bit."""
    items = [it for it in _items() if it["query"]]
    labels = [it["expected"][0] if it["expected"] else "none" for it in items]
    first = TextClassifier(calibration_folds=2).fit([it["query"] for it in items[::8]], labels[::8])
    readings = {text: first._predict_proba(text) for text in texts}
    second = TextClassifier(calibration_folds=2).fit([it["query"] for it in items[1::11]], labels[1::11])
    for model in (first, second):
        for text in texts:
            idx, tf, unseen = model._terms(text)
            old_idx, old_tf, old_unseen = _old_terms(model, text)
            assert idx.tolist() == old_idx.tolist() and tf.tobytes() == old_tf.tobytes() and unseen == old_unseen
    for model in (first, second):
        for text in texts:
            words = [f for f in count_features(text) if f.startswith("f:") and " " not in f]
            assert word_features(text) == words
            known = [model._index.get(f) for f in words]
            content = [j for j in known if j is None or model.idf_[j] >= model.idf_floor]
            assert model.content_share(text) == (sum(1 for j in content if j is not None) / len(content)
                                                 if content else 0.0)
            assert model.content_words(text) == [
                f[2:] for f, j in zip(words, known) if not any(ch.isdigit() for ch in f[2:]) and len(f[2:]) >= 2
                and (j is None or model.idf_[j] >= model.idf_floor)]
    for text in texts:
        assert first._predict_proba(text) == readings[text]  # after the table grew: the same floats, same order
        logits = second.intercept_.astype(np.float64)
        idx, tf, _ = _old_terms(second, text)
        if len(idx):
            weights = tf * second.idf_[idx]
            weights /= np.linalg.norm(weights)
            logits = logits + weights @ second.coef_t_[idx]
        probs = softmax(logits / second.temperature_)
        assert list(second._predict_proba(text)) == [second.classes_[i] for i in np.argsort(-probs)]
        assert list(second._predict_proba(text).values()) == [float(probs[i]) for i in np.argsort(-probs)]


def test_a_model_past_the_shared_tables_bound_starts_a_new_table(texts, monkeypatch):
    """A node that retrains often must not keep every feature it ever saw (REVIEW13T H1): a model registered past
    ``MAX_SHARED_FEATURES`` starts a new table, the models of the old one keep reading theirs, and every model's
    terms stay those of its own vocabulary, bit for bit."""
    from luytre.text import features

    items = [it for it in _items() if it["query"]]
    labels = [it["expected"][0] if it["expected"] else "none" for it in items]
    first = TextClassifier(calibration_folds=2).fit([it["query"] for it in items[::8]], labels[::8])
    readings = {text: first._predict_proba(text) for text in texts[:300]}
    monkeypatch.setattr(features, "MAX_SHARED_FEATURES", len(features._FEATURE_IDS) + 1)
    second = TextClassifier(calibration_folds=2).fit([it["query"] for it in items[1::11]], labels[1::11])
    assert second._columns.table is features._FEATURE_IDS and first._columns.table is not second._columns.table
    assert len(second._columns.table) == len(second.features_)  # only its own features: the old ones were let go
    for text in texts[:300]:
        assert first._predict_proba(text) == readings[text]
        for model in (first, second):
            idx, tf, unseen = model._terms(text)
            old_idx, old_tf, old_unseen = _old_terms(model, text)
            assert idx.tolist() == old_idx.tolist() and tf.tobytes() == old_tf.tobytes() and unseen == old_unseen


def _old_reading(text: str, longest: int, reach: int) -> rules_module._Reading:
    folded, negated = negated_words(text)
    typed = [rules_module._as_typed(w) for w in tokens(normalize(text))]
    words = typed if len(typed) == len(folded) else folded
    words = [rules_module._NO if w in rules_module._INFORMAL_NO else w for w in words]
    grams = frozenset(" ".join(words[i:i + n]) for n in range(1, longest + 1)
                      for i in range(len(words) - n + 1) if not negated[i])
    spans = frozenset(" ".join(words[i:i + n]) for n in range(1, reach + 1) for i in range(len(words) - n + 1))
    return rules_module._Reading(grams, tuple(words), tuple(negated), spans)


def test_the_rules_read_a_text_as_they_did(texts):
    rules = OverrideRules.from_file(ROOT / "experts" / "vn-health-triage" / "redflags.json")
    assert rules._reach > 0  # the triage rules have word-set sequences: ``spans`` is exercised
    labels = [None, rules.label, "another label"]
    for text in texts:
        for longest, reach in ((rules._longest, rules._reach), (3, 0), (1, 5)):
            assert rules_module._reading(text, longest, reach) == _old_reading(text, longest, reach), text
        read = _old_reading(text, rules._longest, rules._reach)
        for label in labels:  # the rules filed by phrase fire as a scan of every rule in order does
            scanned = next((r.match for r in rules._rules if not (r.with_labels and label not in r.with_labels)
                            and all(g.hit(read) for g in r.groups) and not r.unless.hit(read)), None)
            assert rules.match(text, label) == scanned, text


def _old_is_english(text: str) -> bool:
    tokens_ = re.findall(r"[^\W\d_]+", text)
    chatting = any(w.lower() in bilingual.CHAT_FORMS for w in re.findall(r"(?<![\w.])[^\W\d_]+(?![\w.'’-])", text))
    words = [w for w in tokens_ if (chatting and w.lower() in bilingual.CHAT_FORMS)
             or (len(w) > 1 and not w.isupper() and re.search(r"[aeiouy]", fold(w)))]
    foreign = [w.lower() for w in words if not bilingual._is_syllable(w)
               and not (chatting and w.lower() in bilingual.CHAT_FORMS)]
    with_function_word = bilingual.function_words() & set(foreign) and not chatting
    least, share = (bilingual.FOREIGN_WITH_FUNCTION_WORD if with_function_word else bilingual.FOREIGN_ALONE)
    return len(foreign) >= max(least, share * len(words))


def test_is_english_decides_as_it_did(texts):
    english = sum(bilingual.is_english.__wrapped__(text) for text in texts)
    for text in texts + [t.upper() for t in texts[:200]] + [fold(t) for t in texts[:400]]:
        assert bilingual.is_english.__wrapped__(text) == _old_is_english(text), text
    assert 20 < english < len(texts) / 2  # both answers are exercised


def test_normalize_places_tones_as_it_did(texts):
    def through_wrapper(text: str) -> str:
        from luytre.text.normalize import _MARKED_WORD, _place_tone

        text = unicodedata.normalize("NFC", text)
        text = _MARKED_WORD.sub(lambda m: _place_tone(m.group(0)), text)
        return " ".join(text.split()).lower()

    for text in texts:
        assert normalize.__wrapped__(text) == through_wrapper(text)
