import json

import numpy as np
import pytest

from luytre.text.model import TextClassifier

TEXTS = [
    "trời hôm nay mưa to", "troi mua lon qua", "dự báo thời tiết ngày mai", "nắng nóng kéo dài",
    "bóng đá tối nay", "doi tuyen thang may ban", "trận đấu bóng chuyền", "kết quả bóng đá hôm qua",
    "nấu canh chua thế nào", "cong thuc lam banh mi", "cách luộc trứng ngon", "món ăn ngày tết",
]
LABELS = ["weather"] * 4 + ["sport"] * 4 + ["cooking"] * 4


@pytest.fixture(scope="module")
def model():
    return TextClassifier(calibration_folds=2).fit(TEXTS, LABELS)


def test_predicts_seen_topics_with_and_without_diacritics(model):
    assert next(iter(model.predict_proba("ngày mai trời có mưa không"))) == "weather"
    assert next(iter(model.predict_proba("ngay mai troi co mua khong"))) == "weather"
    assert next(iter(model.predict_proba("cach nau canh"))) == "cooking"


def test_probabilities_are_a_distribution(model):
    probs = model.predict_proba("bóng đá")
    assert set(probs) == {"weather", "sport", "cooking"}
    assert abs(sum(probs.values()) - 1) < 1e-6
    assert list(probs.values()) == sorted(probs.values(), reverse=True)
    assert model.temperature_ > 0


def test_save_load_round_trip_without_pickle(model, tmp_path):
    model.save(tmp_path)
    np.load(tmp_path / "model.npz", allow_pickle=False)  # loads with pickle disabled
    meta = json.loads((tmp_path / "model.json").read_text())
    assert meta["classes"] == model.classes_
    loaded = TextClassifier.load(tmp_path)
    for text in ["mưa", "bóng đá", "nấu ăn", "xyz"]:
        assert loaded.predict_proba(text) == pytest.approx(model.predict_proba(text), abs=1e-6)


def test_saving_twice_gives_identical_bytes(model, tmp_path):
    model.save(tmp_path / "a")
    model.save(tmp_path / "b")
    assert (tmp_path / "a" / "model.npz").read_bytes() == (tmp_path / "b" / "model.npz").read_bytes()


def test_load_refuses_mismatched_arrays(model, tmp_path):
    model.save(tmp_path)
    meta = json.loads((tmp_path / "model.json").read_text())
    meta["classes"] = meta["classes"][:2]
    (tmp_path / "model.json").write_text(json.dumps(meta))
    with pytest.raises(ValueError, match="does not match"):
        TextClassifier.load(tmp_path)


def test_needs_two_labels():
    with pytest.raises(ValueError):
        TextClassifier().fit(["a", "b"], ["x", "x"])


def test_evaluation_reports_accuracy_f1_and_calibration(model):
    result = model.evaluate(TEXTS, LABELS)
    assert result.n == 12
    assert result.accuracy == 1.0 and result.macro_f1 == 1.0
    assert 0.0 <= result.ece <= 1.0
    assert result.recall_by_label == {"cooking": 1.0, "sport": 1.0, "weather": 1.0}


def test_evidence_is_the_top_logit_above_the_median_one_and_a_refit_forgets_cached_terms():
    """``evidence`` as its docstring defines it, computed here with NumPy's own median on the same float32
    arrays (with 3 and 4 classes: odd and even medians); a model fitted again reads texts afresh."""
    from luytre.text.features import count_features

    def by_hand(m: TextClassifier, text: str) -> float:
        known = [(m._index[f], 1.0 + np.log(c)) for f, c in count_features(text).items() if f in m._index]
        unseen = sum((1.0 + np.log(c)) ** 2 for f, c in count_features(text).items() if f not in m._index)
        weights = np.asarray([tf for _, tf in known], dtype=np.float32) * m.idf_[[j for j, _ in known]]
        norm = np.sqrt(float(weights @ weights) + unseen * float(m.idf_.max()) ** 2)
        scores = (weights / norm) @ m.coef_t_[[j for j, _ in known]]
        return float(scores.max() - np.median(scores))

    texts = [*TEXTS, "ngày mai trời có mưa không", "cach nau canh chua", "tối nay có bóng đá không"]
    four = TextClassifier(calibration_folds=2).fit(TEXTS + ["đau đầu sốt cao", "ho khan kéo dài"] * 2,
                                                   LABELS + ["health"] * 4)
    for m in (TextClassifier(calibration_folds=2).fit(TEXTS, LABELS), four):
        for text in texts:
            assert m.evidence(text) == pytest.approx(by_hand(m, text), abs=1e-6)
    before = four.predict_proba("đau đầu"), four.evidence("đau đầu sốt cao")  # both cached now
    four.fit(TEXTS, LABELS)  # the same object, three classes again: nothing of the four-class model is read
    assert set(four.predict_proba("đau đầu")) == set(LABELS) != set(before[0])
    assert four.evidence("đau đầu sốt cao") == pytest.approx(by_hand(four, "đau đầu sốt cao"), abs=1e-6)


@pytest.mark.parametrize("text", [
    "trời mưa to, mưa to quá, mưa to mãi",  # features seen more than once
    "bóng đá xyzzy quokka " + "mưa " * 300,  # unseen words, and counts beyond the lookup table
    "qwerty zxcv",  # nothing but features the model never saw
])
def test_terms_are_those_of_one_feature_at_a_time(model, text):
    """The vectorized look-up gives exactly the columns, float32 term frequencies and unseen sum of the
    plain loop it replaced, so every score that reads them is bit-for-bit the same."""
    import math

    from luytre.text.features import count_features

    columns, frequencies, unseen = [], [], 0.0
    for feature, count in count_features(text).items():
        if feature in model._index:
            columns.append(model._index[feature])
            frequencies.append(1.0 + math.log(count))
        else:
            unseen += (1.0 + math.log(count)) ** 2
    idx, tf, unseen_sum = model._terms(text)
    assert idx.tolist() == columns
    assert tf.dtype == np.float32 and tf.tobytes() == np.asarray(frequencies, dtype=np.float32).tobytes()
    assert unseen_sum == unseen
