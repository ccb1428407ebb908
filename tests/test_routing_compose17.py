"""Composition by clauses (compose17): a question is cut into its clauses where one job may end and the next begin
(a sentence's end, a question mark, a conjunction; its commas when nothing else cuts it; a fragment carrying no job
joins its neighbour), each clause is routed as a question of its own (text model, claims, fusion, re-ranker), and
the composer (a small tree ensemble fitted on the open sets) attaches the second expert a clause goes to surely and
that is not also the chosen expert's.

Classes of error from the open routing sets (blind14's read in the seventeenth session): the second job after
", va" or in a comma-joined clause found nobody ("phuong 4 da lat gio la phuong gi, va doi can cuoc …", "sdt 0387…
la viettel hay j, doi sdt nhan otp ngan hang …"); a question cut at every comma gave fragments ("nổi hạch cổ"); the
first part whose expert reached the bar won though another part was surer (a bank's 0.73 on a symptom beside the
procedures expert sure of "sang tên sổ đỏ"); and a second expert was attached to single questions nobody asked
it for."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path

import numpy as np
import pytest

from luytre.routing import router as routing
from luytre.routing.rerank import RERANKER_FORMAT, Reranker
from luytre.routing.router import COMPOSE_FEATURES, Route, Router, bundled_composer, clauses, second_features
from luytre.text.normalize import fold
from test_rerank import _stump
from test_router import EXPERTS

ROUTING_SETS = Path(__file__).parent / "data" / "routing"


def _composer() -> Reranker:
    """Two rules as a tree: an expert a clause goes to (its best clause's route) is needed too, unless the chosen
    expert is as likely right on that clause (its score there at least 0.5)."""
    f = COMPOSE_FEATURES.index
    return Reranker.from_dict({
        "format": RERANKER_FORMAT, "features": list(COMPOSE_FEATURES), "baseline": 0.0, "learning_rate": 1.0,
        "threshold": 0.5, "depth": 2,
        "feature": [f("clause_goes_to_it"), 0, f("chosen_clause_score"), 0, 0], "split": [0.5, 0.0, 0.5, 0.0, 0.0],
        "left": [1, -1, 3, -1, -1], "right": [2, -1, 4, -1, -1], "value": [0.0, -5.0, 0.0, 5.0, -5.0],
        "roots": [0]}, COMPOSE_FEATURES)


@pytest.mark.parametrize(("query", "expected"), [
    # the second job after a conjunction, a question mark, a semicolon
    ("phuong 4 da lat gio la phuong gi, va doi can cuoc theo dia chi moi co mat phi khong",
     ["phuong 4 da lat gio la phuong gi", "doi can cuoc theo dia chi moi co mat phi khong"]),
    ("Is 001095012345 a valid CCCD number? My cousin lost hers; how does she get it reissued?",
     ["Is 001095012345 a valid CCCD number?", "My cousin lost hers;", "how does she get it reissued?"]),
    # a sentence's commas cut nothing when its end or a conjunction does: "nổi hạch cổ" is no job of its own
    ("Con em học lớp 11, sáng nay sốt 39, đau họng, nổi hạch cổ. Cháu nên khám khoa nào, và xin nghỉ học có phép "
     "thì làm sao ạ?",
     ["Con em học lớp 11, sáng nay sốt 39, đau họng, nổi hạch cổ.", "Cháu nên khám khoa nào",
      "xin nghỉ học có phép thì làm sao ạ?"]),
    # nothing else cuts it: its commas do, and a fragment of fewer than three words joins the clause before it
    ("sdt 0387xxx123 la viettel hay j, doi sdt nhan otp ngan hang sang so nay dc ko",
     ["sdt 0387xxx123 la viettel hay j", "doi sdt nhan otp ngan hang sang so nay dc ko"]),
    ("con bi dau mat do, cham nuoc, nen kham o dau, nghi 3 ngay co bi tinh nghi khong phep khong",
     ["con bi dau mat do, cham nuoc", "nen kham o dau", "nghi 3 ngay co bi tinh nghi khong phep khong"]),
    ("sốt, ho khan kéo dài thì khám ở đâu", ["sốt, ho khan kéo dài thì khám ở đâu"]),
    # a fragment of fewer than three words joins the clause before it (the first, the one after)
    ("Đau đầu? Sốt? Khám khoa nào ạ", ["Đau đầu? Sốt?", "Khám khoa nào ạ"]),
    ("Ho? và con tôi bị sốt cao từ sáng", ["Ho? và con tôi bị sốt cao từ sáng"]),
    ("nhân tiện cho hỏi", ["nhân tiện cho hỏi"]),
    ("Tôi bị sốt cao ba ngày nay, nhân tiện làm lại căn cước ở đâu?",
     ["Tôi bị sốt cao ba ngày nay", "làm lại căn cước ở đâu?"]),
    # an address's commas and an abbreviation's dot are no clause's end when a sentence's end cuts the question
    ('Chuẩn hóa "Lô B3, P. Tân Tạo A, Q. Bình Tân, TP. HCM" giúp mình. Phường mới là gì?',
     ['Chuẩn hóa "Lô B3, P. Tân Tạo A, Q. Bình Tân, TP. HCM" giúp mình.', "Phường mới là gì?"]),
    ("ho", ["ho"]),
])
def test_a_question_is_cut_into_clauses_where_one_job_may_end(query, expected):
    assert clauses(query) == expected


def test_without_commas_only_sentence_ends_and_conjunctions_cut():
    assert clauses("sdt 0387xxx123 la viettel hay j, doi sdt nhan otp ngan hang", commas=False) == [
        "sdt 0387xxx123 la viettel hay j, doi sdt nhan otp ngan hang"]


# Per clause, what the first stages find (the re-ranker stump: a claim above 0.5 is right, p ≈ 0.99, else 0.007).
CANDIDATES = {
    "sot": [{"expert": "health", "score": 0.9, "text": 0.9, "claim": 0.9},
            {"expert": "identity", "score": 0.1, "text": 0.1, "claim": 0.0}],
    "can cuoc": [{"expert": "identity", "score": 0.9, "text": 0.9, "claim": 0.95},
                 {"expert": "health", "score": 0.1, "text": 0.1, "claim": 0.0}],
    # a clause both experts claim: it is the chosen expert's too, it adds nobody
    "kham o dau": [{"expert": "identity", "score": 0.5, "text": 0.4, "claim": 0.7},
                   {"expert": "health", "score": 0.5, "text": 0.5, "claim": 0.8}],
    "": [{"expert": "health", "score": 0.2, "text": 0.2, "claim": 0.1},
         {"expert": "identity", "score": 0.1, "text": 0.1, "claim": 0.0}],
}


@pytest.fixture
def router(monkeypatch):
    router = Router(min_confidence=0.3).fit(EXPERTS)
    router.reranker = _stump("claim", 0.5)
    monkeypatch.setattr(routing, "bundled_composer", _composer)
    asked: list[str] = []

    def scored(model, query, claimers):
        asked.append(query)
        folded = fold(query)
        if "sot" in folded and "can cuoc" in folded:  # the whole question: the identifier's claim is surest
            return [dict(CANDIDATES["can cuoc"][0]), dict(CANDIDATES["sot"][0], claim=0.6)]
        matched = [k for k in CANDIDATES if k and k in folded] or [""]
        return [dict(c) for c in CANDIDATES[matched[0]]]  # the first listed

    monkeypatch.setattr(router, "_scored", scored)
    router.asked = asked
    return router


def test_a_clause_that_is_another_experts_own_adds_it(router):
    route = router.route("số căn cước 001203012345 có hợp lệ không, và con tôi bị sốt cao từ sáng")
    assert route.expert == "identity" and route.also == ("health",)


def test_a_clause_the_chosen_expert_gets_too_adds_nobody(router):
    """The clause goes to another expert, but the chosen one is as likely right on it: it is the chosen's job."""
    route = router.route("số căn cước 001203012345 có hợp lệ không, và con tôi nên khám ở đâu")
    assert route.expert == "identity" and route.also == ()


def test_a_single_question_is_routed_once(router):
    route = router.route("con tôi bị sốt cao từ sáng")
    assert route.expert == "health" and route.also == () and len(router.asked) == 1


def test_a_clause_nobody_claims_adds_nobody(router):
    route = router.route("con tôi bị sốt cao từ sáng. Hôm nay trời đẹp quá nhỉ")
    assert route.expert == "health" and route.also == ()


def test_an_expert_without_claims_a_clause_goes_to_is_needed_too(monkeypatch, router):
    """A peer's expert is known by its catalog only: a clause's route to it stands as the fusion made it."""
    monkeypatch.setitem(CANDIDATES, "ho chieu", [{"expert": "peer", "score": 0.8, "text": 0.8},
                                                 {"expert": "health", "score": 0.1, "text": 0.1, "claim": 0.0}])
    route = router.route("con tôi bị sốt cao từ sáng, và làm hộ chiếu cho cháu ở đâu")
    assert route.expert == "health" and route.also == ("peer",)


def test_the_composers_rows_describe_each_other_expert_on_its_best_clause_and_the_whole_question():
    whole = [{"expert": "a", "score": 0.9, "text": 0.8, "claim": 0.9}, {"expert": "b", "score": 0.3, "text": 0.2}]
    routed = [[{"expert": "a", "score": 0.95, "text": 0.9, "claim": 1.0}, {"expert": "b", "score": 0.2, "text": 0.1}],
              [{"expert": "b", "score": 0.7, "text": 0.6, "claim": 0.8}, {"expert": "a", "score": 0.1, "text": 0.1,
                                                                             "claim": 0.0}]]
    experts, rows = second_features("a", whole, ["one two three", "four five six seven"], routed)
    assert experts == ["b"] and rows.shape == (1, len(COMPOSE_FEATURES))
    row = dict(zip(COMPOSE_FEATURES, rows[0]))
    assert row == pytest.approx({
        "clause_score": 0.7, "clause_claim": 0.8, "clause_text": 0.6, "chosen_clause_score": 0.1,
        "chosen_clause_claim": 0.0, "clause_words": 4, "clauses": 2, "clause_goes_to_it": 1.0, "whole_score": 0.3,
        "whole_claim": -1.0, "last_clause": 1.0, "whole_fused": 0.3, "whole_text": 0.2}, abs=1e-6)
    # one clause: the whole question's candidates only
    experts, rows = second_features("a", whole, [], [])
    assert experts == ["b"] and dict(zip(COMPOSE_FEATURES, rows[0]))["clause_score"] == 0.0
    assert second_features("a", whole[:1], [], [])[1].shape == (0, len(COMPOSE_FEATURES))


def test_the_bundled_composer_was_fitted_on_open_sets_only():
    composer = bundled_composer()
    assert composer is not None and 0.0 < composer.threshold < 1.0 and composer.features == COMPOSE_FEATURES
    data = json.loads(resources.files("luytre.routing").joinpath("data/composer.json").read_text(encoding="utf-8"))
    assert data["fitted_on"]
    for name in data["fitted_on"]:
        assert (ROUTING_SETS / name / "questions.jsonl").is_file() or (ROUTING_SETS / f"{name}.jsonl").is_file()
        assert not (ROUTING_SETS / name / "BLIND").is_file(), f"{name} is still blind"
    assert composer.probabilities(np.zeros((0, len(COMPOSE_FEATURES)))).shape == (0,)


def test_a_composer_for_other_features_is_refused():
    data = _composer().to_dict()
    with pytest.raises(ValueError):
        Reranker.from_dict(data)  # the re-ranker's features are not the composer's
    assert Reranker.from_dict(data, COMPOSE_FEATURES).features == COMPOSE_FEATURES


def test_an_emergency_keeps_the_first_stages_composition(monkeypatch, router):
    """The re-ranker never moves an emergency: its second expert is the first stages' (``_also``)."""
    monkeypatch.setattr(router, "_first_route", lambda *_: (
        Route("health", 0.9), [{"expert": "health", "score": 0.9, "text": 0.9, "claim": 1.0, "urgent": True}],
        True, True))
    monkeypatch.setattr(router, "_also", lambda *_: ("identity",))
    route = router.route("đau ngực dữ dội, khó thở, và số căn cước 001203012345 có hợp lệ không")
    assert route.expert == "health" and route.also == ("identity",)


def test_no_second_expert_for_a_single_question_however_surely_another_claims_it(monkeypatch, router):
    monkeypatch.setitem(CANDIDATES, "co giat", [{"expert": "health", "score": 0.9, "text": 0.9, "claim": 0.9},
                                                {"expert": "identity", "score": 0.1, "text": 0.05, "claim": 0.9}])
    route = router.route("bé nhà em co giật")
    assert route.expert == "health" and route.also == ()
