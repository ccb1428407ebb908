"""Out-of-scope questions the router should refuse (routing14, from the classes of blind12's open errors).

- Everyday questions of the kinds people ask a node (greetings that say "khỏe", a household's money, quarrels,
  another country's visas, a clinic's hours) are the router's background, written by hand for it
  (``text/data/everyday_negatives.txt``), never copied from a routing set.
- An abstention the first stages made, on a question the text model finds nobody's, stands unless an expert claims
  the question surely: a claim below ``SURE_CLAIM`` is a surface match the re-ranker would otherwise trust.
"""

from __future__ import annotations

import json

import pytest

from conftest import DATA
from luytre.kinds import Claim
from luytre.routing.router import (
    ABSTAINED_NONE,
    NONE,
    SURE_CLAIM,
    Route,
    Router,
    abstention_stands,
    background_corpus,
    everyday_negatives,
    near_misses,
)
from luytre.text.normalize import fold
from test_rerank import _stump
from test_router import EXPERTS

ROUTING = DATA / "routing"


def test_everyday_negatives_are_the_routers_background_only_and_read_without_diacritics():
    negatives = everyday_negatives()
    assert len(negatives) > 150 and len(set(negatives)) == len(negatives)
    assert set(negatives) <= set(near_misses())
    assert not set(negatives) & set(background_corpus())  # the experts' claim scales read background_corpus only
    marked = [t for t in negatives if fold(t) != t]
    assert marked and all(fold(t) in negatives for t in marked)
    assert not any(t.startswith("#") for t in negatives)


def _open_sets() -> list[str]:
    files = [p for p in ROUTING.glob("*.jsonl")]
    files += [d / "questions.jsonl" for d in ROUTING.iterdir() if d.is_dir() and not (d / "BLIND").exists()]
    return [json.loads(line)["query"] for f in files for line in f.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def test_no_everyday_negative_is_a_question_of_an_open_routing_set():
    """Written for the router, not copied from what measures it (blind sets are not read at all)."""
    asked = {fold(q).strip(" ?.!").lower() for q in _open_sets()}
    assert not [t for t in everyday_negatives() if fold(t).strip(" ?.!").lower() in asked]


@pytest.fixture(scope="module")
def triage_router(triage_package, identity_package):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    experts = {p.name: load_expert(ExpertPackage.open(p)) for p in (triage_package, identity_package)}
    router = Router(min_confidence=0.3).fit({e: list(x.manifest.examples) for e, x in experts.items()},
                                            claimers=experts)
    return router, experts


@pytest.mark.parametrize("query", [
    "chào chị, dạo này chị có khỏe không",  # "khỏe" in a greeting: the triage classifier claims it near 0.6
    "chúc em ngủ ngon, mai gặp nhé",
    "hai vợ chồng cãi nhau vì tiền thì làm hòa thế nào",
    "Bệnh viện tỉnh mấy giờ mở cửa, thứ bảy có làm không",
])
def test_everyday_talk_sharing_a_health_word_is_refused(triage_router, query):
    router, experts = triage_router
    assert router.model_ is not None and next(iter(router.model_.predict_proba(query))) == NONE
    assert router.route(query, experts).expert is None, query


@pytest.mark.parametrize("query", [
    "con tôi sốt cao 39 độ từ tối qua, có cần đi viện không",
    "đau bụng dữ dội bên phải, buồn nôn",
    "chị tôi bị đau đầu chóng mặt mấy hôm nay",
    "kiểm tra giúp số căn cước 001203012345",
])
def test_symptoms_and_identifiers_still_reach_their_experts(triage_router, query):
    router, experts = triage_router
    assert router.route(query, experts).expert is not None, query


@pytest.mark.parametrize(("first", "none", "claim", "stands"), [
    (None, ABSTAINED_NONE, SURE_CLAIM - 0.01, True),
    (None, 0.95, 0.74, True),  # a school's timetable matched by a hospital's hours
    (None, ABSTAINED_NONE - 0.01, 0.3, False),  # the text model is not sure the question is nobody's
    (None, 0.95, SURE_CLAIM, False),  # an expert sure of it (a valid identifier, a placed address)
    ("health", 0.95, 0.1, False),  # the first stages chose: the re-ranker judges as before
])
def test_an_abstention_stands_only_on_a_question_nobody_claims_surely(first, none, claim, stands):
    assert abstention_stands(first, none, claim) is stands


class _Claims:
    def __init__(self, score: float) -> None:
        self.score = score

    def claim(self, query: str) -> Claim:
        return Claim(self.score, "fixed")


@pytest.mark.parametrize(("claim", "expected"), [(0.74, None), (0.95, "health")])
def test_the_reranker_does_not_overturn_an_abstention_on_a_claim_that_is_not_sure(monkeypatch, claim, expected):
    """The first stages abstained on a question the text model finds nobody's; a re-ranker trusting any claim above
    0.5 (a stump) would route it on a surface claim. It does only when the claim is sure."""
    router = Router(min_confidence=0.3).fit(EXPERTS)
    router.reranker = _stump("claim", 0.5)
    query = "Bệnh viện tỉnh mấy giờ mở cửa, thứ bảy có làm không"
    none = router.model_.predict_proba(query).get(NONE, 0.0) if router.model_ else 0.0
    assert none >= ABSTAINED_NONE
    monkeypatch.setattr(router, "_first_route", lambda *_: (
        Route(None, 0.1), [{"expert": "health", "score": 0.1, "text": 0.05, "claim": claim},
                           {"expert": "identity", "score": 0.01, "text": 0.01, "claim": 0.0}], False, False))
    route = router.route(query, {"health": _Claims(claim), "identity": _Claims(0.0)})
    assert route.expert == expected
    if expected is None:
        assert route.confidence <= 1.0 - none + 1e-4  # no surer of the expert than the text model is of anybody
