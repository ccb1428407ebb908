"""Router: trained from installed experts' examples, Vietnamese-first, abstains."""

import json
import subprocess
import sys

import pytest

from luytre.routing.router import NONE, Router, background_corpus, cached_router, fingerprint, near_misses

EXPERTS = {
    "health": ["tôi bị đau bụng", "đau đầu sốt cao", "ho khan kéo dài", "khám răng ở đâu", "mắt bị mờ",
               "con tôi bị sốt", "đau lưng khi ngồi lâu", "khó thở về đêm"],
    "identity": ["thủ tục cấp căn cước", "làm lại căn cước công dân", "mã số thuế cá nhân là gì",
                 "kiểm tra số căn cước", "đổi hộ chiếu hết hạn", "cấp lại chứng minh nhân dân",
                 "tra cứu mã số thuế doanh nghiệp", "số định danh cá nhân"],
}


@pytest.fixture(scope="module")
def router():
    return Router(min_confidence=0.5).fit(EXPERTS)


def test_routes_with_and_without_diacritics(router):
    assert router.route("thủ tục cấp căn cước").expert == "identity"
    assert router.route("thu tuc cap can cuoc").expert == "identity"
    assert router.route("toi bi dau bung qua").expert == "health"


def test_abstains_on_uncovered_questions(router):
    for query in ["công thức nấu phở bò", "what is the capital of France", "zxqv wkkp"]:
        route = router.route(query)
        assert route.expert is None, query
        assert [c["expert"] for c in route.candidates] == ["health", "identity"] or route.candidates


def test_candidates_are_ranked_and_never_include_none(router):
    route = router.route("mã số thuế")
    scores = [c["score"] for c in route.candidates]
    assert scores == sorted(scores, reverse=True)
    assert NONE not in {c["expert"] for c in route.candidates}


def test_no_experts_means_always_abstain():
    assert Router().fit({}).route("bất cứ câu gì").expert is None


def test_background_overlapping_an_expert_is_dropped():
    cooking = {"cooking": ["công thức nấu phở bò", "cách làm bánh mì", "nấu canh chua cá", "món ăn ngày tết",
                           "cách luộc gà ngon", "làm nem rán thế nào"]}
    router = Router().fit(cooking)
    assert router.route("cong thuc nau pho bo").expert == "cooking"


def test_cache_reuses_and_rebuilds(tmp_path):
    routers = tmp_path / "routers"
    first = cached_router(routers, EXPERTS, 0.5)
    cached = list(routers.iterdir())
    assert [p.name for p in cached] == [fingerprint(EXPERTS)]
    again = cached_router(routers, EXPERTS, 0.5)
    assert again.route("căn cước").candidates == first.route("căn cước").candidates
    (cached[0] / "router.json").write_text("{broken")
    rebuilt = cached_router(routers, EXPERTS, 0.5)
    assert rebuilt.route("căn cước").expert == "identity"
    json.loads((cached[0] / "router.json").read_text())


TRAIN_IN_A_WORKER = """
import json, logging, pathlib, sys
logging.basicConfig(level=logging.INFO, format="%(name)s: %(message)s")
from luytre.routing.router import cached_router
router = cached_router(pathlib.Path(sys.argv[1]), json.loads(sys.argv[2]), 0.5)
print(router.route("thủ tục cấp căn cước").expert)
"""


def test_workers_train_one_router_and_share_it(tmp_path):
    """The workers of one node (serve --workers N) notice a change of experts together: one trains the
    router, the others wait for it and load its copy."""
    routers = tmp_path / "routers"
    workers = [subprocess.Popen([sys.executable, "-c", TRAIN_IN_A_WORKER, str(routers), json.dumps(EXPERTS)],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [worker.communicate(timeout=600) for worker in workers]
    assert [out.strip() for out, _ in outputs] == ["identity"] * 3, outputs
    assert sum("luytre.routing: training the router" in err for _, err in outputs) == 1, outputs
    assert [p.name for p in routers.iterdir()] == [fingerprint(EXPERTS)]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["routers", "routers.training.lock"]


def test_background_corpus_is_bundled():
    corpus = background_corpus()
    assert len(corpus) >= 300
    assert len(near_misses()) >= 40 and not set(near_misses()) & set(corpus)  # the router's background only


class _SafetyRule:
    """An expert whose safety rule fires on one phrase (an urgent claim) and claims nothing otherwise."""

    def claim(self, query: str):
        from luytre.kinds import Claim

        return Claim(1.0, "override rule fired", urgent=True) if "ket thuc cho xong" in query else Claim(0.0, "-")


def test_an_urgent_claim_takes_the_question_whatever_the_scores():
    """An indirect self-harm message with no word of the health examples: the text model gives it to nobody,
    yet the health expert's safety rule fired, so it goes there instead of an abstention (issue 20)."""
    claimers = {"health": _SafetyRule()}
    router = Router(min_confidence=0.5).fit(EXPERTS, claimers=claimers)
    query = "song lam gi cho met, chac minh nen ket thuc cho xong"
    assert router.route(query).expert is None  # without its claim the router abstains
    route = router.route(query, claimers)
    assert route.expert == "health" and route.candidates[0]["urgent"] is True
    assert router.route("công thức nấu phở bò", claimers).expert is None  # no rule fired: abstains as before


class _ModelAlarm:
    """An expert whose model alone (no rule) thinks every question is an emergency: urgent, below 1."""

    def claim(self, query):
        from luytre.kinds import Claim

        return Claim(0.7, "model: emergency 90%", urgent=True)


def test_a_model_only_urgent_claim_needs_the_router_to_agree():
    """A model-only alarm takes a question that may be its expert's, never one plainly another's or nobody's."""
    claimers = {"health": _ModelAlarm()}
    router = Router(min_confidence=0.5).fit(EXPERTS, claimers=claimers)
    assert router.route("tôi bị đau bụng dữ dội", claimers).expert == "health"
    assert router.route("thủ tục cấp căn cước", claimers).expert == "identity"
    assert router.route("công thức nấu phở bò", claimers).expert is None


class _DigitsFound:
    """An identifier checker: sure of any question with a long run of digits, nothing otherwise."""

    def claim(self, query):
        import re

        from luytre.kinds import Claim

        return Claim(0.9 if re.search(r"\d{8,}", query) else 0.0, "digits")


def test_a_two_part_question_also_goes_to_an_expert_claiming_it():
    """The text model knows nothing of the second part; the identity expert's own claim brings it in."""
    claimers = {"identity": _DigitsFound()}
    router = Router(min_confidence=0.3).fit(EXPERTS, claimers=claimers)
    route = router.route("tôi bị đau bụng dữ dội từ sáng, còn dãy 0100109106 này thì sao", claimers)
    assert route.expert == "health" and route.also == ("identity",)
    assert router.route("tôi bị đau bụng dữ dội từ sáng", claimers).also == ()  # one part: one expert


class _SureOfPlaces:
    """An address parser: sure (0.9) of a question naming a commune it knows, hesitant (0.7) of a street."""

    def claim(self, query):
        from luytre.kinds import Claim

        if "bat trang" in query:
            return Claim(0.9, "address read: Bát Tràng")
        return Claim(0.7 if "pho hue" in query else 0.0, "no address read")


def test_a_sure_claim_takes_a_question_the_text_model_gives_nobody():
    """The text model knows no word of a terse address; the expert that reads it as its own takes it rather than
    an abstention, and only when it is sure (a hesitant claim still abstains)."""
    experts = {**EXPERTS, "address": ["địa chỉ mới của phường", "phường cũ giờ thuộc xã nào", "tỉnh sáp nhập"]}
    claimers = {"address": _SureOfPlaces()}
    router = Router(min_confidence=0.5).fit(experts, claimers=claimers)
    router.reranker = None  # the first stages' rule (test_rerank.py has the re-ranker's)
    assert router.route("xa bat trang gia lam").expert is None  # no claim asked: nobody
    route = router.route("xa bat trang gia lam", claimers)
    assert route.expert == "address" and route.candidates[0]["claim"] == 0.9
    assert route.confidence < 0.5  # the router's own probability, not the claim: it stays honest
    assert router.route("so 3 pho hue", claimers).expert is None
    assert router.route("công thức nấu phở bò", claimers).expert is None



@pytest.mark.parametrize("claim, fused, expected", [(0.65, 0.2, "identity"), (0.55, 0.2, None), (0.65, 0.05, None)])
def test_the_best_candidate_takes_a_question_it_clearly_claims_though_the_fusion_doubts(router, monkeypatch, claim,
                                                                                        fused, expected):
    """Below min_confidence, the best-ranked candidate still takes a question its own claim places clearly above its
    threshold (the fusion, fitted on the experts' own examples, underrates real questions' claims); a faint claim,
    or a fused probability the fusion all but rules out, leaves the router abstaining."""
    monkeypatch.setattr(router, "reranker", None)  # the first stages' rule (test_rerank.py has the re-ranker's)
    best = {"expert": "identity", "score": fused, "text": 0.1, "claim": claim, "reason": "best passage above"}
    monkeypatch.setattr(router, "_scored", lambda *_: [best, {"expert": "health", "score": 0.01, "text": 0.05}])
    monkeypatch.setattr(router, "_sure_claim", lambda *_: None)
    route = router.route("làm lại giấy khai sinh bị mất thì nộp hồ sơ ở đâu")
    assert route.expert == expected and route.confidence == fused


@pytest.mark.parametrize("claim, fused, disowned, expected", [
    (1.0, 0.05, False, "procedures"),  # sure of its own, the best-ranked below its own threshold: procedures
    (0.75, 0.05, False, "bank"),  # not sure: the text model's choice stands
    (1.0, 0.05, True, "bank"),  # the expert disowns it: never chosen
])
def test_a_sure_claim_takes_the_question_from_a_best_ranked_expert_that_does_not_claim_it(router, monkeypatch, claim,
                                                                                          fused, disowned, expected):
    """"Mất bằng lái xe máy làm lại thế nào" shares "mất", "làm lại" with a bank's lost-card examples; the procedures
    expert finds its passage on driving licences (a sure claim) where the bank's classifier finds nothing of its own
    (below its threshold): the expert that knows the question takes it, as sure as its own fused score."""
    monkeypatch.setattr(router, "reranker", None)  # the first stages' rule (test_rerank.py has the re-ranker's)
    bank = {"expert": "bank", "score": 0.62, "text": 0.85, "claim": 0.45, "reason": "evidence 0.6"}
    procedures = {"expert": "procedures", "score": fused, "text": 0.05, "claim": claim, "reason": "best passage 7.2"}
    if disowned:
        procedures["disowned"] = True
    monkeypatch.setattr(router, "_scored", lambda *_: [bank, procedures])
    route = router.route("mất bằng lái xe máy làm lại thế nào")
    assert route.expert == expected and route.confidence == (fused if expected == "procedures" else 0.62)
    if expected == "procedures":
        assert route.also == ("bank",)  # the text model's choice still reaches compose_min: both are asked


@pytest.mark.parametrize("bank_claim, bank_score", [(0.75, 0.62), (0.45, 0.95)])
def test_a_sure_claim_leaves_a_question_the_best_ranked_expert_claims_too_or_the_fusion_is_sure_of(
        router, monkeypatch, bank_claim, bank_score):
    """A sure claim takes nothing from an expert claiming the question nearly as surely, nor from one the fusion of
    its text and claim is all but sure of (a tax code checker's question that a procedures passage also mentions)."""
    monkeypatch.setattr(router, "reranker", None)  # the first stages' rule (test_rerank.py has the re-ranker's)
    bank = {"expert": "bank", "score": bank_score, "text": 0.85, "claim": bank_claim, "reason": "evidence"}
    procedures = {"expert": "procedures", "score": 0.05, "text": 0.05, "claim": 1.0, "reason": "best passage 7.2"}
    monkeypatch.setattr(router, "_scored", lambda *_: [bank, procedures])
    assert router.route("thẻ bị khóa sau khi nhập sai mã PIN ba lần").expert == "bank"


def test_a_sure_claim_takes_nothing_from_an_expert_that_makes_no_claim(router, monkeypatch):
    """A sensor-alarm classifier with no claimer has not said "máy 3 báo rung 12 mm/s …" is not its own: a word
    problem read into it by another expert does not take it."""
    monkeypatch.setattr(router, "reranker", None)  # the first stages' rule (test_rerank.py has the re-ranker's)
    sensors = {"expert": "sensors", "score": 0.85, "text": 0.9}
    tutor = {"expert": "tutor", "score": 0.0, "text": 0.02, "claim": 0.8, "reason": "a word problem typed"}
    monkeypatch.setattr(router, "_scored", lambda *_: [sensors, tutor])
    route = router.route("máy 3 báo rung 12 mm/s. Hỏi máy có cần dừng không, ngưỡng bao nhiêu")
    assert route.expert == "sensors" and route.confidence == 0.85


def test_below_the_threshold_the_surest_claim_of_every_expert_wins(router, monkeypatch):
    """When the best-ranked expert is below ``min_confidence`` the rescue asks every claiming expert, not only the
    text model's candidates: a surer claim from outside the candidates beats a candidate's."""
    from luytre.kinds import Claim

    class _Sure:
        def __init__(self, score: float) -> None:
            self.score = score

        def claim(self, query):
            return Claim(self.score, "its own")

    monkeypatch.setattr(router, "reranker", None)  # the first stages' rule (test_rerank.py has the re-ranker's)
    bank = {"expert": "bank", "score": 0.2, "text": 0.5, "claim": 0.1, "reason": "evidence"}
    procedures = {"expert": "procedures", "score": 0.05, "text": 0.05, "claim": 0.8, "reason": "passage"}
    monkeypatch.setattr(router, "_scored", lambda *_: [bank, procedures])
    route = router.route("làm lại giấy tờ xe bị mất", {"procedures": _Sure(0.8), "identity": _Sure(1.0)})
    assert route.expert == "identity"


class _OnlyOurCountry:
    """An identity expert that knows a foreign passport is not its business, however its words read."""

    def claim(self, query):
        from luytre.kinds import Claim

        if "nhật bản" in query.lower():
            return Claim(0.0, "another country's document", disowned=True)
        return Claim(0.9 if "căn cước" in query else 0.0, "identifier word")


def test_a_disowned_question_never_goes_to_the_expert_that_disowns_it():
    """The question reads like the identity expert's examples and the claim would be sure; the expert says it is
    another country's, so the router neither chooses it, nor rescues it with a sure claim, nor composes it."""
    claimers = {"identity": _OnlyOurCountry()}
    router = Router(min_confidence=0.3).fit(EXPERTS, claimers=claimers)
    assert router.route("làm lại căn cước công dân bị mất", claimers).expert == "identity"
    route = router.route("làm lại thẻ căn cước của Nhật Bản bị mất", claimers)
    # Neither chosen nor composed. (Which expert, if any, takes it instead is the fusion's call for "health", which has
    # no claimer here: with routing14's larger background its fitted bias lifts a 0.05 text probability near 0.5.)
    assert route.expert != "identity" and "identity" not in route.also
    entry = next(c for c in route.candidates if c["expert"] == "identity")
    assert entry["disowned"] is True and entry["score"] == 0.0
    composed = router.route("tôi bị đau bụng dữ dội từ sáng, còn căn cước Nhật Bản làm lại ở đâu", claimers)
    assert composed.expert == "health" and composed.also == ()
