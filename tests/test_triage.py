"""The reference vn-health-triage expert: red flags reach Cấp cứu, departments are right."""

import json

import pytest

from conftest import TRIAGE_SOURCE
from luytre.experts.package import ExpertPackage
from luytre.kinds.classifier import ClassifierKind


@pytest.fixture(scope="module")
def triage(triage_package):
    package = ExpertPackage.open(triage_package)
    return package.manifest, ClassifierKind().load(package)


def rows(name):
    return [json.loads(line) for line in (TRIAGE_SOURCE / "data" / name).read_text().splitlines() if line.strip()]


def test_training_data_is_large_and_varied_enough():
    train = rows("train.jsonl")
    labels = {r["label"] for r in train}
    assert len(labels) >= 13
    for label in labels:
        texts = [r["text"] for r in train if r["label"] == label]
        assert len(texts) >= 60, label
        unaccented = [t for t in texts if t.isascii()]
        assert len(unaccented) >= 10, f"{label} needs examples without diacritics"


def test_red_flags_go_to_emergency_with_115(triage):
    _, expert = triage
    emergencies = [r for r in rows("redflags_eval.jsonl") if r["label"] == "cap_cuu"]
    caught = [r for r in emergencies if expert.answer(r["text"]).result["label"] == "cap_cuu"]
    assert len(caught) / len(emergencies) >= 0.97
    answer = expert.answer("bố tôi đột nhiên yếu nửa người bên phải, nói ngọng")
    assert answer.result["label"] == "cap_cuu" and "115" in answer.text


def test_metrics_are_measured_and_recorded(triage):
    manifest, _ = triage
    metrics = {(m.name, m.dataset): m.value for m in manifest.metrics}
    assert metrics[("recall_cap_cuu", "redflags_eval.jsonl")] >= 0.97
    assert metrics[("accuracy", "test.jsonl")] >= 0.80
    assert metrics[("macro_f1", "test.jsonl")] >= 0.80
    # holdout2.jsonl was written blind to the data and rules, and measured once before this floor was set.
    assert metrics[("recall_cap_cuu", "holdout2.jsonl")] >= 0.95
    assert metrics[("accuracy", "holdout2.jsonl")] >= 0.90


def test_same_complaint_with_and_without_diacritics(triage):
    _, expert = triage
    pairs = [("tôi bị ù tai và chảy mủ tai", "toi bi u tai va chay mu tai"),
             ("bé nhà em bị tiêu chảy 3 ngày", "be nha em bi tieu chay 3 ngay")]
    for accented, plain in pairs:
        assert expert.answer(accented).result["label"] == expert.answer(plain).result["label"]


def test_claims_are_higher_for_health_questions_than_for_others(triage):
    _, expert = triage
    health = [expert.claim(r["text"]).score for r in rows("test.jsonl")[:40]]
    other = [expert.claim(q).score for q in ("giá vàng hôm nay bao nhiêu", "mã số thuế 0100109106 có hợp lệ không",
                                             "Phường Bến Nghé, Quận 1, TP HCM", "the quick brown fox jumps")]
    assert sum(health) / len(health) > max(other)
