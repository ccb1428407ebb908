"""The router's re-ranker: its exported trees, the bundled one, and what it may and may not change in a route."""

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from luytre.kinds import Claim
from luytre.routing.rerank import FEATURES, RERANKER_FORMAT, Reranker, bundled_reranker, candidate_features
from luytre.routing.router import Router
from luytre.text.normalize import fold
from test_router import EXPERTS

ROUTING_SETS = Path(__file__).parent / "data" / "routing"


def _stump(feature: str, split: float, *, threshold: float = 0.5) -> Reranker:
    """One tree: a candidate whose ``feature`` is above ``split`` is right (p ≈ 0.99), otherwise wrong."""
    return Reranker.from_dict({
        "format": RERANKER_FORMAT, "features": list(FEATURES), "baseline": 0.0, "learning_rate": 1.0,
        "threshold": threshold,
        "depth": 1, "feature": [FEATURES.index(feature), 0, 0], "split": [split, 0.0, 0.0], "left": [1, -1, -1],
        "right": [2, -1, -1], "value": [0.0, -5.0, 5.0], "roots": [0]})


def test_exported_trees_give_scikit_learns_probabilities_and_survive_json():
    from sklearn.ensemble import GradientBoostingClassifier

    rng = np.random.default_rng(7)
    features = rng.normal(size=(400, len(FEATURES)))
    labels = features[:, 1] + 0.5 * features[:, 0] * features[:, 3] > 0.2  # an interaction: what trees are for
    model = GradientBoostingClassifier(n_estimators=20, max_leaf_nodes=6, random_state=0).fit(features, labels)
    exported = Reranker.from_dict(json.loads(json.dumps(Reranker.from_sklearn(model, 0.5).to_dict())))
    fresh = rng.normal(size=(50, len(FEATURES)))
    assert np.allclose(exported.probabilities(fresh), model.predict_proba(fresh)[:, 1], atol=1e-12)
    assert exported.probabilities(np.zeros((0, len(FEATURES)))).shape == (0,)


@pytest.mark.parametrize("change", [
    {"format": RERANKER_FORMAT + 1}, {"features": ["claim"]}, {"left": [1, 7, -1]}, {"feature": [99, 0, 0]},
    {"roots": [3]},
    {"value": [0.0, 1.0]}, {"right": [-1, -1, -1]},  # an inner node without its right child
])
def test_a_malformed_reranker_is_refused(change):
    data = _stump("claim", 0.5).to_dict() | change
    with pytest.raises(ValueError):
        Reranker.from_dict(data)


def test_the_bundled_reranker_was_fitted_on_open_sets_only():
    """It learns from questions people wrote, never from a set still blind (those measure it)."""
    reranker = bundled_reranker()
    assert reranker is not None and 0.0 < reranker.threshold < 1.0
    data = json.loads(resources.files("luytre.routing").joinpath("data/reranker.json").read_text(encoding="utf-8"))
    assert data["fitted_on"]
    for name in data["fitted_on"]:
        assert (ROUTING_SETS / name / "questions.jsonl").is_file() or (ROUTING_SETS / f"{name}.jsonl").is_file()
        assert not (ROUTING_SETS / name / "BLIND").is_file(), f"{name} is still blind"


def test_features_describe_each_candidate_among_the_others():
    candidates = [{"expert": "a", "score": 0.7, "text": 0.8, "claim": 0.4},
                  {"expert": "b", "score": 0.2, "text": 0.1, "claim": 0.9, "urgent": True}]
    rows = candidate_features(candidates, "a", 0.7, none=0.05)
    row = dict(zip(FEATURES, rows[1]))
    assert rows.shape == (2, len(FEATURES))
    assert row["claim"] == 0.9 and row["rank"] == 1 and row["chosen"] == 0 and row["urgent"] == 1
    assert row["best_other_claim"] == 0.4 and row["route_confidence"] == 0.7
    assert dict(zip(FEATURES, candidate_features(candidates, None, 0.7, none=0.05)[0]))["route_confidence"] == 0


@pytest.fixture
def router():
    router = Router(min_confidence=0.3).fit(EXPERTS)
    router.reranker = _stump("claim", 0.5)  # the expert that claims the question surely is right
    return router


def _candidates(monkeypatch, router, *candidates):
    monkeypatch.setattr(router, "_scored", lambda *_: [dict(c) for c in candidates])


def test_the_reranker_moves_a_question_to_the_expert_that_knows_it_and_says_how_sure(monkeypatch, router):
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.8, "text": 0.9, "claim": 0.2},
                {"expert": "identity", "score": 0.1, "text": 0.05, "claim": 0.9})
    route = router.route("mất bằng lái xe máy làm lại thế nào")
    assert route.expert == "identity" and route.confidence == pytest.approx(0.9933, abs=1e-4)
    assert [c["expert"] for c in route.candidates] == ["identity", "health"]
    assert route.candidates[1]["fused"] == 0.8  # the fusion's score is kept beside the final one


def test_the_reranker_abstains_when_no_candidate_reaches_its_threshold(monkeypatch, router):
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.9, "text": 0.95, "claim": 0.1},
                {"expert": "identity", "score": 0.05, "text": 0.02, "claim": 0.0})
    route = router.route("giá vàng hôm nay bao nhiêu")
    assert route.expert is None and route.confidence < 0.5


def test_the_reranker_never_moves_an_emergency(monkeypatch, router):
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.6, "text": 0.7, "claim": 0.2, "urgent": True},
                {"expert": "identity", "score": 0.3, "text": 0.2, "claim": 1.0})
    route = router.route("đau ngực dữ dội, khó thở")
    assert route.expert == "health" and "fused" not in route.candidates[0]


def test_the_reranker_never_chooses_an_expert_that_disowns_the_question(monkeypatch, router):
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.7, "text": 0.8, "claim": 0.6},
                {"expert": "identity", "score": 0.0, "text": 0.3, "claim": 1.0, "disowned": True})
    route = router.route("làm lại thẻ căn cước Nhật Bản")
    assert route.expert == "health"
    assert next(c for c in route.candidates if c["expert"] == "identity")["score"] == 0.0


def test_a_route_to_an_expert_without_claims_stands(monkeypatch, router):
    """A peer's expert is known by its catalog only: the re-ranker, fitted on claiming experts, does not judge it."""
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.7, "text": 0.8},
                {"expert": "identity", "score": 0.1, "text": 0.1, "claim": 0.75})  # the re-ranker would take it
    route = router.route("tôi bị đau đầu")
    assert route.expert == "health" and route.confidence == 0.7


class _SureOfItsOwn:
    """An organization's expert whose claims speak: sure of its own questions (its examples), near zero elsewhere."""

    def __init__(self, own: list[str]) -> None:
        self.own = {fold(t) for t in own}

    def claim(self, query: str) -> Claim:
        return Claim(0.95 if fold(query) in self.own else 0.02, "lexical match")


def test_a_near_zero_claim_from_an_expert_sure_of_its_own_questions_stops_the_text_models_route(monkeypatch):
    """The text model may be sure ("tra điểm thi đại học" reads like a school's question); an expert whose own
    examples all claim surely and that claims this one near zero knows better. An expert whose claims cover only
    part of its domain (a tutor's) is not held to its claim."""
    router = Router(min_confidence=0.3).fit(EXPERTS, claimers={"health": _SureOfItsOwn(EXPERTS["health"])})
    assert router.claim_floors_["health"] >= 0.9 and "identity" not in router.claim_floors_
    router.reranker = _stump("text_logit", 0.0)  # this re-ranker trusts the text model only
    _candidates(monkeypatch, router, {"expert": "health", "score": 0.7, "text": 0.99, "claim": 0.02},
                {"expert": "identity", "score": 0.01, "text": 0.01, "claim": 0.0})
    assert router.route("tra cứu điểm thi đại học năm nay ở đâu").expert is None
    router.claim_floors_["health"] = 0.0  # its own examples often claim nothing: its claim does not say
    assert router.route("tra cứu điểm thi đại học năm nay ở đâu").expert == "health"
