"""The router: candidates, claims and a re-ranker, calibrated, that can say "none".

1. **Candidates** from a text model (character n-grams and words, with and without
   diacritics; ``luytre.text.model``) trained on every expert's examples, each
   expert capped at the same number so example count does not decide, plus their
   diacritic-free copies and a background corpus of everyday questions that no
   expert covers (``data/out_of_scope.jsonl``) with near misses next to the
   experts' topics (``data/near_misses.jsonl``; background questions too close to
   an expert's examples are dropped first).
2. **Claims**: each candidate expert's own cheap ``claim(query)`` (the address
   parser's confidence, a retrieval expert's best passage against its own
   threshold, …). Peers' experts take part through their catalog's examples only:
   a claim call over the mesh costs more than the whole routing budget.

The two are **fused** per expert by a logistic regression fitted on held-out
data, the text model's out-of-fold probabilities of the training examples with
the claims on those examples, so its output is a calibrated probability that
this expert is the right one. The router abstains only when no expert reaches
``min_confidence`` **and** no expert's own claim is sure (``SURE_CLAIM``): an
expert that recognises the question as its own (a valid identifier, an address it
places, a passage above its own threshold) takes it even when the text model did
not propose it, and the best-ranked candidate takes it when its own claim is clear
(``CLAIMED_TOP``) and the fusion did not all but rule it out (``CLAIMED_FLOOR``). A candidate sure of a
question (``SURE_CLAIM``) takes it from a best-ranked one claiming it far less surely (``CLAIM_LEAD``), unless the
fusion is all but sure of that one (``LEAD_BELOW``).
When a second expert reaches ``compose_min`` too, the question needs both
(``Route.also``; without a re-ranker).

3. **Re-ranking** (``luytre.routing.rerank``): the fusion is fitted on the experts' own examples, which its text
   model knows far better than people's questions; a small tree ensemble fitted offline on questions people wrote
   weighs the claiming candidates together (text, claim, fused score, rank, the first stages' choice and
   confidence, the best competing claim) and gives the final probability that each is the right expert; the
   router abstains when none reaches the re-ranker's threshold. Emergencies and routes to experts without claims
   stand as the first stages made them, and so does the first stages' abstention on a question the text model
   finds nobody's when no candidate claims it surely (``abstention_stands``).
4. **Composition** (``Router._second``): a question is cut into its clauses (``clauses``: sentence ends, question
   marks, conjunctions, its commas when nothing else cuts it; a fragment carrying no job joins its neighbour), each
   clause of a question with more than one is routed as a question of its own (the same text model, claims, fusion
   and re-ranker: ``clause_route``), and a small tree ensemble fitted offline on the open sets' composed and single
   questions (the composer, ``data/composer.json``, ``bench/fit_compose.py``) says for each other expert, from how
   surely its best clause goes to it and to the chosen expert and how surely the whole question does
   (``second_features``), whether the question needs it too (``Route.also``).

An expert that disowns a question (``Claim.disowned``: it names another organization than the expert's, or a
subject it does not teach) is never chosen for it nor composed with another.

The trained router is cached under the node home, keyed by a fingerprint of its
training data and experts, and rebuilt whenever the set of experts changes.
"""

from __future__ import annotations

import contextlib
import copy
import fcntl
import hashlib
import json
import logging
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TypedDict, TypeVar

import numpy as np
import numpy.typing as npt

from luytre.routing.rerank import FEATURES, Question, Reranker, bundled_reranker, candidate_features
from luytre.text.bilingual import as_vietnamese
from luytre.text.features import count_features
from luytre.text.model import TextClassifier
from luytre.text.normalize import fold, tokens

if TYPE_CHECKING:
    from luytre.kinds import Claim

T = TypeVar("T")
log = logging.getLogger("luytre.routing")

NONE = "__none__"
NONE_COLUMN = FEATURES.index("none_logit")  # the re-ranker's row: the text model's "none" probability, as a logit
BACKGROUND_OVERLAP = 0.5  # cosine above which a background question counts as in-domain
# 17: composition by clauses and a learned composer, the tutor's subject vocabulary, retrieval's one judgement,
# street addresses with an alley, plate questions to the identity expert, neighbours' products disowned;
# 16: the anomaly kind claims (a machine, its sensors, readings), a classifier claims below its threshold a question
# nearer an everyday question than its own examples, the tutor's word problems and follow-ups, the identity expert's
# structure questions and listed plate codes, the address expert's ward with its district and fate asked;
# 15: a school exercise set out claimed 0 by classifiers (not disowned) and 1 by the tutor, a terse address claimed,
# more everyday negatives (comfort, labour disputes, clinics' prices and doses, universities, shops, app loans);
# 14: everyday negatives in the background, brokers and coin exchanges disowned by a bank, an abstention the
# re-ranker may not overturn (``ABSTAINED_NONE``);
# 13: the tutor's and the address expert's claims as fixroute13 left them (fusion was fitted on the old ones);
# 12: each expert's vocabulary (the re-ranker's coverage);
# 10: a bank's neighbouring businesses and physics disowned; 9: stricter plate code, word problem, difficulty claims;
# 8: school terms; 7: disowning
ROUTER_FORMAT = 17
MAX_EXAMPLES = 150  # per expert, so the expert with the most examples does not win by count
FUSION_ROWS = 80  # per expert (and twice that of background) for fitting the fusion
CANDIDATES = 4  # experts whose claims are asked, best text scores first
CALIBRATION_FOLDS = 3  # out-of-fold text probabilities the fusion is fitted on
MIN_CLAUSE_WORDS = 3
COMPOSE_CLAIM = 0.6  # a two-part question also goes to another expert claiming it at least this surely
SURE_CLAIM = 0.8  # an expert claiming a question this surely (0.5 is its own threshold) takes it rather than nobody
# The best-ranked candidate claiming a question at least this surely takes it, rather than nobody, once its fused
# probability reaches CLAIMED_FLOOR: the fusion is fitted on the experts' own examples, which claim far more surely
# than people's questions (a retrieval expert's examples come from its own passages), so it underrates real claims.
CLAIMED_TOP = 0.6
CLAIMED_FLOOR = 0.15
# A candidate claiming a question surely (SURE_CLAIM) takes it from the best-ranked one when it claims it at least
# this much more surely: the text model ranks by shared words ("mất thẻ", "hết hạn"), each expert knows its own.
CLAIM_LEAD = 0.3
LEAD_BELOW = 0.9  # unless the fusion is all but sure of the best-ranked one: its text and its own claim agree
# An expert whose own examples nearly all claim surely (``SURE_OWN_CLAIMS``: its CLAIM_FLOOR_QUANTILE reaches it)
# says something by claiming a question below LOW_CLAIM: the question is not its own, however its words look to
# the text model ("tra điểm thi đại học" to a school's rules). The re-ranker is then no surer than that claim.
# Experts whose claims cover part of their domain (a tutor's maths claim nothing) are not capped.
CLAIM_FLOOR_QUANTILE = 0.05
SURE_OWN_CLAIMS = 0.5
LOW_CLAIM = 0.1
# Where a two-part question splits: commas, question marks, "và", "với lại", "còn", "rồi" (and unaccented).
_CLAUSE = re.compile(r"[,;?]|\b(?:và|va|với lại|voi lai|còn|rồi|roi|and|also)\b", re.IGNORECASE)


# Where a composed question's parts meet, for giving each expert its own (``own_part``): a sentence's end ("?", "!",
# ";", or "." after a lowercase letter or a bracket, so "P. Tân Định" and "TP. Vinh" stay whole, and never the dot
# of an administrative unit's abbreviation in any case, ``_UNIT_DOT``: "p. Bến Nghé, q. 1", "tp. Vinh") and a
# clause's conjunction; never a comma, which an address is full of, nor "còn", which also means "still" ("vẫn còn
# sốt", "còn hạn không").
_PART = re.compile(r"[.?!;]+[)\"'”]?(?:\s+|$)|,?\s+\b(?:và|va|với lại|voi lai|ngoài ra|ngoai ra|and|also)\b\s+",
                   re.IGNORECASE)
# Where a question's jobs meet (``clauses``): where its parts meet, and at "nhân tiện", "tiện thể", "by the way".
_JOB = re.compile(_PART.pattern.replace("ngoài ra|ngoai ra|", "ngoài ra|ngoai ra|nhân tiện|nhan tien|tiện thể|"
                                        "tien the|by the way|"), re.IGNORECASE)
CLAUSE_WORDS = 3  # a clause of fewer words carries no job of its own
# The composer's features (``second_features``), per expert other than the chosen one: on the clause scoring it best
# (its score, claim and text probability; the chosen expert's score and claim there; the clause's words; the
# question's clauses; whether the clause goes to it), on the whole question (its score and claim; its fused score and
# text probability), and whether that clause is the question's last.
COMPOSE_FEATURES = ("clause_score", "clause_claim", "clause_text", "chosen_clause_score", "chosen_clause_claim",
                    "clause_words", "clauses", "clause_goes_to_it", "whole_score", "whole_claim", "last_clause",
                    "whole_fused", "whole_text")
# An abbreviated administrative unit (phường, quận, thành phố, thị xã, huyện, xã, thị trấn, tỉnh) before its name or
# number: the dot ends the abbreviation, not a sentence.
_UNIT_DOT = re.compile(r"(?:^|[\s,(\"'])(?:p|q|tp|tx|h|x|tt|t)\.\s*(?=[^\W_])", re.IGNORECASE)
# The first stages abstained, the text model finds the question nobody's at least this surely (its "none" class:
# everyday questions and near misses), and no candidate claims it surely (``SURE_CLAIM``): the re-ranker does not
# overturn that abstention. A claim below SURE_CLAIM is a surface match ("mấy giờ … thứ bảy" to a school's timetable,
# "khỏe không" to a triage classifier) that the re-ranker, fitted on sets where claims seldom mislead, trusts too much.
ABSTAINED_NONE = 0.6
OWN_PART_LEAD = 0.3  # a part is an expert's own when it claims it (0.5, its threshold) this much more than the other
PART_KEPT_CLAIM = 0.4  # a part another expert owns stays with an expert claiming it this much (near its threshold)


class Claimer(Protocol):
    """Anything with ``claim(query) -> Claim | None`` (an ``Expert``)."""

    def claim(self, query: str) -> Claim | None: ...


class Candidate(TypedDict, total=False):
    """One ranked expert of a route: its probability of being the right expert (``score``: the re-ranker's,
    or the fusion's when there is no re-ranker), the fusion's (``fused``, once re-ranked), the text model's alone
    (``text``), and its own claim (``claim``, ``reason``, ``urgent``, ``disowned``) when it was asked."""

    expert: str
    score: float
    text: float
    claim: float
    reason: str
    urgent: bool
    disowned: bool
    fused: float


@cache
def background_corpus() -> tuple[str, ...]:
    """The bundled out-of-scope questions (Vietnamese and English), read once per process."""
    return _bundled("out_of_scope.jsonl")


@cache
def near_misses() -> tuple[str, ...]:
    """Bundled questions next to the reference experts' topics but no expert's job (calculus, a social
    network's password, a hospital's opening hours, a foreign visa, …): the router's background. The experts' own
    scales (a classifier's "everyday questions", a retrieval expert's negatives) keep to ``background_corpus``, so
    adding a near miss never moves a scale; a classifier only lowers its claim below its threshold on a question
    nearer one of them than any of its own examples (``kinds.classifier.kind.NearestTexts``)."""
    return (*_bundled("near_misses.jsonl"), *everyday_negatives())


@cache
def everyday_negatives() -> tuple[str, ...]:
    """Everyday questions of the kinds people ask a node that no expert answers (greetings and wishes, love and
    family, a household's money, brokers and coins, quarrels at work or with neighbours, another country's visas,
    horoscopes, other schools' exams and study plans, school subjects no expert teaches, a clinic's hours and prices,
    home and tech help, apps, travel; ``luytre.text`` data ``everyday_negatives.txt``), each also without diacritics:
    the router's background, like ``near_misses``: no expert's claim scale moves with them (a classifier's claim
    stays below its threshold on a question nearer one of them than its own examples)."""
    raw = resources.files("luytre.text").joinpath("data/everyday_negatives.txt").read_text(encoding="utf-8")
    lines = [line.strip() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    return tuple(dict.fromkeys(t for line in lines for t in (line, fold(line))))


def _bundled(name: str) -> tuple[str, ...]:
    raw = resources.files("luytre.routing").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return tuple(json.loads(line)["text"] for line in raw.splitlines() if line.strip())


@dataclass(frozen=True)
class Route:
    """Where a question goes. ``expert`` is None when the router abstains; ``confidence`` is
    the calibrated probability that it is the right expert; ``also`` names a second expert the
    question needs too (composition)."""

    expert: str | None
    confidence: float
    candidates: list[Candidate] = field(default_factory=list)
    also: tuple[str, ...] = ()


class Router:
    """Routes questions to experts. ``fit`` on ``{expert_id: examples}`` (and the experts that
    can claim), then ``route``.

    Parameters
    ----------
    min_confidence:
        Abstain when no expert's fused probability reaches this.
    compose_min:
        A second expert whose fused probability reaches this is called too.
    top_k:
        How many ranked candidates to return.
    """

    def __init__(self, min_confidence: float = 0.3, top_k: int = 3, *, compose_min: float = 0.4) -> None:
        self.min_confidence = min_confidence
        self.top_k = top_k
        self.compose_min = compose_min
        self.excluded_: frozenset[str] = frozenset()  # experts gone since the fit: never chosen
        self.vocabulary_: dict[str, frozenset[str]] = {}  # per expert: the folded words of its examples
        self.reranker: Reranker | None = bundled_reranker()  # not fitted here: learned offline, shipped as data

    def without(self, experts: Iterable[str]) -> Router:
        """This router, never choosing ``experts`` (gone while a router without them is trained)."""
        narrowed = copy.copy(self)
        narrowed.excluded_ = self.excluded_ | frozenset(experts)
        return narrowed

    def fit(self, experts: Mapping[str, Sequence[str]], background: Sequence[str] | None = None,
            claimers: Mapping[str, Claimer] | None = None) -> Router:
        self.experts_ = sorted(experts)
        self.model_: TextClassifier | None = None
        self.fusion_: dict[str, list[float]] = {}
        self.claim_floors_: dict[str, float] = {}
        self.vocabulary_ = {}
        if not self.experts_:
            return self
        claimers = claimers or {}
        per_expert = {e: training_examples(experts[e]) for e in self.experts_}
        texts = [t for e in self.experts_ for t in per_expert[e]]
        labels = [e for e in self.experts_ for _ in per_expert[e]]
        background = _drop_overlap(list((*background_corpus(), *near_misses()) if background is None else background),
                                   texts)
        self.vocabulary_ = {e: frozenset(f[2:] for t in per_expert[e] for f in count_features(t)
                                         if f.startswith("f:") and " " not in f) for e in self.experts_}
        texts += background
        labels += [NONE] * len(background)
        self.model_ = TextClassifier(C=10.0, class_weight="balanced", calibration_folds=CALIBRATION_FOLDS).fit(
            texts, labels, groups=[fold(t) for t in texts])
        self.fusion_, self.claim_floors_ = self._fit_fusion(self.model_, texts, labels, claimers)
        return self

    def _fit_fusion(self, model: TextClassifier, texts: list[str], labels: list[str],
                    claimers: Mapping[str, Claimer]) -> tuple[dict[str, list[float]], dict[str, float]]:
        """Per expert, weights of ``[1, logit p_text, claim]`` fitted on out-of-fold text probabilities, and per
        expert with claims the ``CLAIM_FLOOR_QUANTILE`` of its claims on its own examples."""
        from sklearn.linear_model import LogisticRegression

        oof = model.oof_proba_
        rows = _spread([i for i, label in enumerate(labels) if label == NONE], 2 * FUSION_ROWS)
        for expert in self.experts_:
            rows += _spread([i for i, label in enumerate(labels) if label == expert], FUSION_ROWS)
        fusion: dict[str, list[float]] = {}
        floors: dict[str, float] = {}
        for expert in self.experts_:
            p = np.array([oof[expert][i] for i in rows]) if oof else np.array([float(labels[i] == expert)
                                                                               for i in rows])
            columns = [_logits(p)]
            claimer = claimers.get(expert)
            truth = np.array([labels[i] == expert for i in rows])
            if claimer is not None:
                columns.append(np.array([_claim_score(claimer, texts[i]) for i in rows]))
                floors[expert] = round(float(np.quantile(columns[-1][truth], CLAIM_FLOOR_QUANTILE)), 4)
            fitted = LogisticRegression(C=1.0).fit(np.column_stack(columns), truth)
            weights = [float(fitted.intercept_[0]), *map(float, fitted.coef_[0])]
            fusion[expert] = weights + [0.0] * (3 - len(weights))
        return fusion, floors

    def route(self, query: str, claimers: Mapping[str, Claimer] | None = None) -> Route:
        if self.model_ is None:
            return Route(None, 0.0, [])
        query = as_vietnamese(query)  # the model and the claims read Vietnamese: an English question is glossed
        claimers = claimers or {}
        route, ranked, urgent, composable = self._first_route(query, claimers)
        if self.reranker is not None and not urgent:
            reranked = self._reranked(query, route, ranked, claimers)
            if reranked is not None:
                return reranked
        # the re-ranker does not judge (an emergency, a route to an expert without claims, no re-ranker): the first
        # stages' second expert, from the candidates already scored
        also = self._also(self.model_, query, ranked, claimers) if composable else ()
        return Route(route.expert, route.confidence, ranked[: self.top_k], also)

    def first_stages(self, query: str, claimers: Mapping[str, Claimer], *, compose: bool = True
                     ) -> tuple[Route, list[Candidate], bool]:
        """The text model's candidates and their claims, fused: the route before re-ranking, every candidate
        scored (best first) and whether the question is an emergency. ``query`` is read as given (``route``
        glosses an English one first). ``compose``: look for a second expert (``Route.also``)."""
        assert self.model_ is not None
        route, ranked, urgent, composable = self._first_route(query, claimers)
        if compose and composable:
            route = Route(route.expert, route.confidence, also=self._also(self.model_, query, ranked, claimers))
        return route, ranked, urgent

    def _first_route(self, query: str, claimers: Mapping[str, Claimer]
                     ) -> tuple[Route, list[Candidate], bool, bool]:
        """``first_stages`` without its second expert, and whether the route may have one (an expert chosen by
        its fused score or its sure claim; not an abstention, not a low-scored question taken by a claim)."""
        assert self.model_ is not None
        scored = self._scored(self.model_, query, claimers)
        urgent = [c for c in scored if c.get("urgent") and (c.get("claim") == 1.0 or c["score"] >= self.min_confidence)]
        if urgent:  # an emergency: the question is the expert's own, whatever the other experts' scores say
            scored.remove(urgent[0])
            scored.insert(0, urgent[0])
        elif (claimer := _sure_claimer(scored, self.min_confidence)) is not None:
            # The claim says whose the question is; the route is as sure as the claimer's own fused score.
            ranked = [claimer, *(c for c in scored if c is not claimer)]
            return Route(claimer["expert"], claimer["score"]), ranked, False, True
        best = scored[0]
        if best["score"] < self.min_confidence and not urgent:
            sure = self._sure_claim(query, scored, claimers)
            if sure is None and best.get("claim", 0.0) >= CLAIMED_TOP and best["score"] >= CLAIMED_FLOOR:
                sure = best
            if sure is None:
                return Route(None, best["score"]), scored, False, False
            return Route(sure["expert"], sure["score"]), [sure, *(c for c in scored if c is not sure)], False, False
        return Route(best["expert"], best["score"]), scored, bool(urgent), True

    def _reranked(self, query: str, route: Route, ranked: list[Candidate], claimers: Mapping[str, Claimer]
                  ) -> Route | None:
        """The re-ranker's choice among the claiming candidates of ``ranked`` (``_judged``), and the second expert
        the question needs (``_second``). None when the re-ranker does not judge: the first stages' route stands."""
        judged = self._judged(query, route, ranked)
        if judged is None:
            return None
        chosen, confidence, rescored = judged
        if chosen is None:
            return Route(None, confidence, rescored[: self.top_k])
        return Route(chosen, confidence, rescored[: self.top_k], self._second(query, chosen, rescored, claimers))

    def _judged(self, query: str, route: Route, ranked: list[Candidate]
                ) -> tuple[str | None, float, list[Candidate]] | None:
        """The re-ranker's choice (``rerank.Reranker``) among the claiming candidates of the first stages'
        ``route`` and ``ranked``: the expert (None: abstain), its confidence and every candidate rescored, best
        first: each one's ``score`` becomes its probability of being the right expert (the fusion's stays as
        ``fused``); below the re-ranker's threshold the router abstains. None when the re-ranker does not judge
        (no candidate claims, or the route goes to an expert without claims: it stands)."""
        assert self.reranker is not None
        judged = [c for c in ranked if "claim" in c and not c.get("disowned")]
        if not judged or any(c["expert"] == route.expert and "claim" not in c for c in ranked):
            return None
        rows = self.rerank_features(query, judged, route)
        probabilities = self.reranker.probabilities(rows)
        rescored = [_rescored(c, round(min(p, self._claim_cap(c)), 4)) for c, p in zip(judged, probabilities.tolist())]
        rescored.sort(key=lambda c: -c["score"])
        rescored += [_rescored(c, 0.0) for c in ranked if c.get("disowned")]
        rescored += [c for c in ranked if "claim" not in c]  # not judged: the fusion's score stands
        best = rescored[0]
        if best["score"] < self.reranker.threshold:
            return None, best["score"], rescored
        none = _sigmoid(float(rows[0, NONE_COLUMN]))
        if abstention_stands(route.expert, none, best.get("claim", 0.0)):
            # as sure of the best expert as the text model is that the question is anybody's
            return None, round(min(best["score"], 1.0 - none), 4), rescored
        return best["expert"], best["score"], rescored

    def clause_route(self, clause: str, claimers: Mapping[str, Claimer]) -> tuple[str | None, list[Candidate]]:
        """One clause of a question routed as a whole question is (text model, claims, fusion, re-ranker), without
        looking for a second expert: the expert it goes to (None: nobody's) and its candidates, best first."""
        assert self.model_ is not None
        route, ranked, urgent = self.first_stages(clause, claimers, compose=False)
        if urgent or self.reranker is None:
            return route.expert, ranked
        judged = self._judged(clause, route, ranked)
        if judged is None:
            return route.expert, ranked
        return judged[0], judged[2]

    def _second(self, query: str, chosen: str, whole: Sequence[Candidate], claimers: Mapping[str, Claimer]
                ) -> tuple[str, ...]:
        """The second expert a question routed to ``chosen`` needs, if any. The question is cut into its clauses
        (``clauses``: where a sentence ends or a conjunction joins two, at its commas when nothing else cuts it);
        each clause of a question that has more than one is routed as a question of its own (``clause_route``:
        text model, claims, fusion, re-ranker). Every other expert among the whole question's candidates
        (``whole``) and the clauses' is then described by how surely the clause that likes it best goes to it, and
        to ``chosen``, and how surely the whole question does (``second_features``); the composer (a small tree
        ensemble fitted on the open sets' composed and single questions, ``bench/fit_compose.py``) gives each the
        probability that the question needs it too. The likeliest one at the composer's threshold or above is the
        second; none without a composer."""
        composer = bundled_composer()
        if composer is None:
            return ()
        parts = clauses(query)
        routed = [self.clause_route(part, claimers)[1] for part in parts] if len(parts) > 1 else []
        experts, rows = second_features(chosen, whole, parts if routed else [], routed)
        if not experts:
            return ()
        probabilities = composer.probabilities(rows)
        best = int(np.argmax(probabilities))
        return (experts[best],) if probabilities[best] >= composer.threshold else ()

    def rerank_features(self, query: str, judged: list[Candidate], route: Route) -> npt.NDArray[np.float64]:
        """The re-ranker's rows for the candidates ``judged`` of the first stages' ``route`` (``rerank.FEATURES``)."""
        assert self.model_ is not None
        model = self.model_
        none = model.predict_proba(query).get(NONE, 0.0)
        words = model.content_words(query)
        coverage = {c["expert"]: (sum(w in self.vocabulary_.get(c["expert"], ()) for w in words) / len(words)
                                  if words else 0.0) for c in judged}
        question = Question(coverage=coverage, content_share=model.content_share(query),
                            evidence=model.evidence(query), words=len(tokens(fold(query))))
        return candidate_features(judged, route.expert, route.confidence, none, question)

    def _claim_cap(self, candidate: Candidate) -> float:
        """The most the re-ranker may give ``candidate``: its claim when it claims below ``LOW_CLAIM`` though its
        own examples claim surely (see ``LOW_CLAIM``), else 1."""
        claim = candidate.get("claim", 1.0)
        if claim < LOW_CLAIM and self.claim_floors_.get(candidate["expert"], 0.0) >= SURE_OWN_CLAIMS:
            return claim
        return 1.0

    def _also(self, model: TextClassifier, query: str, scored: list[Candidate],
              claimers: Mapping[str, Claimer]) -> tuple[str, ...]:
        """A second expert the question needs: the runner-up when it is sure enough; for a two-part
        question ("…, và …"), the expert one part goes to on its own, or another expert whose own claim
        on the question reaches ``COMPOSE_CLAIM`` (on its own scale 0.5 is its threshold)."""
        first = scored[0]["expert"]
        if len(scored) > 1 and scored[1]["score"] >= self.compose_min:
            return (scored[1]["expert"],)
        parts = [p for p in _CLAUSE.split(query) if len(p.split()) >= MIN_CLAUSE_WORDS]
        if len(parts) < 2:
            return ()
        for part in parts:
            if not self._may_compose(model, part, first):
                continue
            top = self._scored(model, part, claimers)[0]
            if top["expert"] != first and top["score"] >= self.compose_min:
                return (top["expert"],)
        # Each expert knows its own part best: the surest other expert claiming the whole question.
        asked = {c["expert"]: c.get("claim", 0.0) for c in scored}
        claims = [(asked[e] if e in asked else _claim_score(claimer, query), e) for e, claimer in claimers.items()
                  if e != first and e in self.fusion_ and e not in self.excluded_]
        score, second = max(claims, default=(0.0, ""))
        return (second,) if score >= COMPOSE_CLAIM else ()

    def _may_compose(self, model: TextClassifier, part: str, first: str) -> bool:
        """Whether an expert other than ``first`` could reach ``compose_min`` on ``part``, whatever its claim
        (in [0, 1]): when none could, ``part`` adds no expert and its claims (most of a route's cost) are not
        asked. A hair of margin keeps this exact under any rounding."""
        for expert, p in self._ranked(model, part):
            bias, w_text, w_claim = self.fusion_[expert]
            best = _sigmoid(bias + w_text * _logit(p) + max(w_claim, 0.0))
            if expert != first and round(best, 4) >= self.compose_min - 1e-6:
                return True
        return False

    def _sure_claim(self, query: str, scored: list[Candidate], claimers: Mapping[str, Claimer]) -> Candidate | None:
        """The expert claiming ``query`` surely (``SURE_CLAIM``), and more surely than any other, when the text
        model proposed no expert: asked of every claiming expert, as composition does. Its score stays the
        fused one (how sure the router is), so a rescued route is never more confident than its evidence."""
        asked = {c["expert"]: c for c in scored}
        best: tuple[float, Candidate] | None = None
        for expert, claimer in claimers.items():
            if expert not in self.fusion_:
                continue
            entry = asked.get(expert)
            if entry is None:
                entry = self._candidate(expert, 0.0, claimer.claim(query))
            score = entry.get("claim", 0.0)
            if score >= SURE_CLAIM and (best is None or score > best[0]):
                best = (score, entry)
        return best[1] if best else None

    def _candidate(self, expert: str, p: float, claim: Claim | None) -> Candidate:
        """One expert's entry: the fused probability of its text probability ``p`` and its ``claim``."""
        bias, w_text, w_claim = self.fusion_[expert]
        fused = _sigmoid(bias + w_text * _logit(p) + w_claim * (claim.score if claim else 0.0))
        if claim is not None and claim.disowned:  # the expert knows better than the words it shares
            fused = 0.0
        entry = Candidate(expert=expert, score=round(fused, 4), text=round(p, 4))
        if claim is not None:
            entry["claim"], entry["reason"] = round(claim.score, 4), claim.reason
            if claim.urgent:
                entry["urgent"] = True
            if claim.disowned:
                entry["disowned"] = True
        return entry

    def _ranked(self, model: TextClassifier, query: str) -> list[tuple[str, float]]:
        """The ``CANDIDATES`` experts the text model finds likeliest, with their text probability."""
        probs = model.predict_proba(query)
        return [(e, p) for e, p in probs.items() if e != NONE and e not in self.excluded_][:CANDIDATES]

    def _scored(self, model: TextClassifier, query: str, claimers: Mapping[str, Claimer]) -> list[Candidate]:
        """The candidate experts with their fused probability, best first."""
        scored: list[Candidate] = []
        for expert, p in self._ranked(model, query):
            claimer = claimers.get(expert)  # asked even when its claim carries no weight: it may be urgent
            scored.append(self._candidate(expert, p, claimer.claim(query) if claimer is not None else None))
        scored.sort(key=lambda c: -c["score"])
        return scored

    # -- persistence ------------------------------------------------------
    def save(self, directory: Path) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        meta = {"format": ROUTER_FORMAT, "experts": self.experts_, "fusion": self.fusion_,
                "claim_floors": self.claim_floors_,
                "vocabulary": {e: sorted(words) for e, words in self.vocabulary_.items()}}
        (directory / "router.json").write_text(json.dumps(meta), encoding="utf-8")
        if self.model_ is not None:
            self.model_.save(directory, "router-model")

    @classmethod
    def load(cls, directory: Path, min_confidence: float = 0.3, top_k: int = 3, *,
             compose_min: float = 0.4) -> Router:
        meta = json.loads((directory / "router.json").read_text(encoding="utf-8"))
        if meta.get("format") != ROUTER_FORMAT:
            raise ValueError("unsupported router format")
        router = cls(min_confidence, top_k, compose_min=compose_min)
        router.experts_ = list(meta["experts"])
        router.fusion_ = {e: [float(w) for w in meta["fusion"][e]] for e in router.experts_}
        if any(len(w) != 3 for w in router.fusion_.values()):
            raise ValueError("malformed router fusion weights")
        router.claim_floors_ = {e: float(f) for e, f in meta["claim_floors"].items() if e in router.experts_}
        router.vocabulary_ = {e: frozenset(meta["vocabulary"][e]) for e in router.experts_}
        router.model_ = TextClassifier.load(directory, "router-model") if router.experts_ else None
        return router


def own_part(query: str, expert: str, others: Sequence[str], claimers: Mapping[str, Claimer]) -> str:
    """What of a composed ``query`` ``expert`` is asked: the whole question, unless ``expert`` reads one value out of
    the text it is asked (its ``reads_one_value``, declared by its kind: an address or identifier parser). Such an
    expert can misread another expert's part as its value (the address expert read "bị chó cắn" as "Thị trấn
    Chờ"), so it is asked the question without the parts another expert of the answer (``others``) owns and it
    does not claim. Every other expert keeps the whole question: what it would lose (the asker's address, an
    identifier: "Tôi ở phường Bến Nghé quận 1 cũ. Làm lại căn cước ở đâu?" needs the ward) harms it more than
    another expert's words beside its own. The question is cut where its parts meet (``_PART``: a sentence's end,
    a conjunction); a part is an expert's own when that expert claims it (at least 0.5, every kind's own
    threshold) and ``OWN_PART_LEAD`` more surely than every other expert of the answer. A part nobody owns (the
    asker's situation, "tôi ở Nhật về") stays, and so does a part the expert claims itself near its threshold
    (``PART_KEPT_CLAIM``) however surely another does. When ``expert`` owns no part, or would be left nothing, it
    gets the whole question."""
    if not getattr(claimers.get(expert), "reads_one_value", False):
        return query
    parts = _parts(query)
    if len(parts) < 2 or expert not in claimers:
        return query
    members = [expert, *(o for o in others if o in claimers and o != expert)]
    if len(members) < 2:
        return query
    claims = [_member_claims(part, members, claimers) for part in parts]
    owners = [_owner(c) for c in claims]
    kept = [part for part, owner, c in zip(parts, owners, claims)
            if owner in (None, expert) or c[expert] >= PART_KEPT_CLAIM]
    if expert not in owners or not kept or len(kept) == len(parts):
        return query
    return "".join(part if not i else (" " if kept[i - 1][-1:] in ".?!;" else ", ") + part
                   for i, part in enumerate(kept))


def clauses(query: str, *, commas: bool = True) -> list[str]:
    """``query`` cut into its clauses, where one job of a composed question may end and the next begin: where its
    parts meet (``_JOB``: a sentence's end, a question mark, a semicolon, a conjunction joining two clauses), or, when
    nothing there cuts it, at its commas ("cccd … co hop le k, e mo tk bi bao loi"). A fragment of fewer than
    ``CLAUSE_WORDS`` words carries no job of its own: it joins the clause before it (the first, the one after).
    ``commas=False``: never at a comma (``bench/fit_compose.py --no-commas`` measures that cut: a quarter less
    routing time on blind14, composed questions found less often on the open sets, dev and test most)."""
    parts, joint = _parts(query, _JOB), " "
    if commas and len(parts) < 2:
        parts, joint = [p.strip() for p in query.split(",") if p.strip()], ", "
    merged: list[str] = []
    for part in parts:
        if merged and len(part.split()) < CLAUSE_WORDS:
            merged[-1] = f"{merged[-1]}{joint}{part}"
        else:
            merged.append(part)
    if len(merged) > 1 and len(merged[0].split()) < CLAUSE_WORDS:
        merged[:2] = [f"{merged[0]}{joint}{merged[1]}"]
    return merged


def second_features(chosen: str, whole: Sequence[Candidate], parts: Sequence[str],
                    routed: Sequence[Sequence[Candidate]]) -> tuple[list[str], npt.NDArray[np.float64]]:
    """The composer's rows (``COMPOSE_FEATURES``), one per expert other than ``chosen`` among the whole question's
    candidates (``whole``) and its clauses' (``routed``: each clause of ``parts`` routed on its own, empty for a
    question of one clause): that expert's score, claim and text probability on the clause scoring it best, the
    chosen expert's score and claim on that clause, the clause's words, the number of clauses, whether the clause
    goes to that expert, its score and claim on the whole question, whether the clause is the last, its fused score
    and text probability on the whole question. A claim an expert did not make is -1; an expert no clause scores
    has 0 and -1."""
    experts = sorted(({c["expert"] for cs in routed for c in cs} | {c["expert"] for c in whole}) - {chosen})
    on_whole = {c["expert"]: c for c in whole}
    rows = []
    for expert in experts:
        row = [0.0, -1.0, 0.0, 1.0, 1.0, 0.0, float(max(len(routed), 1)), 0.0, 0.0, -1.0, 0.0, 0.0, 0.0]
        best = -1.0
        for i, candidates in enumerate(routed):
            mine = next((c for c in candidates if c["expert"] == expert), None)
            if mine is None or mine["score"] <= best:
                continue
            best = mine["score"]
            theirs = next((c for c in candidates if c["expert"] == chosen), None)
            top = max(candidates, key=lambda c: c["score"])  # the first, as ranked; the first of equals
            row[:8] = [mine["score"], mine.get("claim", -1.0), mine.get("text", 0.0),
                       theirs["score"] if theirs is not None else 0.0,
                       theirs.get("claim", -1.0) if theirs is not None else 0.0,
                       float(len(parts[i].split())), float(len(routed)), float(top["expert"] == expert)]
            row[10] = float(i == len(routed) - 1)
        if expert in on_whole:
            mine = on_whole[expert]
            row[8:10] = [mine["score"], mine.get("claim", -1.0)]
            row[11:13] = [mine.get("fused", mine["score"]), mine.get("text", 0.0)]
        rows.append(row)
    # as scikit-learn's trees read them (float32), so the exported composer splits every row as its trees did
    return experts, np.array(rows, dtype=np.float32).astype(np.float64).reshape(len(rows), len(COMPOSE_FEATURES))


@cache
def bundled_composer() -> Reranker | None:
    """The composer shipped with luytre (``data/composer.json``, fitted by ``bench/fit_compose.py``), or None."""
    source = resources.files("luytre.routing").joinpath("data/composer.json")
    if not source.is_file():
        return None
    try:
        return Reranker.from_dict(json.loads(source.read_text(encoding="utf-8")), COMPOSE_FEATURES)
    except ValueError:  # written for other features: refit by bench/fit_compose.py
        log.warning("the bundled composer does not fit this router's features: no second expert is added")
        return None


def _member_claims(part: str, members: Sequence[str], claimers: Mapping[str, Claimer]) -> dict[str, float]:
    glossed = as_vietnamese(part)
    out = {}
    for member in members:
        claim = claimers[member].claim(glossed)
        out[member] = claim.score if claim is not None and not claim.disowned else 0.0
    return out


def _owner(claims: Mapping[str, float]) -> str | None:
    """The expert owning a part, given every member's claim on it: at least 0.5 and ``OWN_PART_LEAD`` above the rest."""
    ranked = sorted(((score, member) for member, score in claims.items()), reverse=True)
    (best, owner), (runner_up, _) = ranked[0], ranked[1]
    return owner if best >= 0.5 and best - runner_up >= OWN_PART_LEAD else None


def _parts(query: str, where: re.Pattern[str] = _PART) -> list[str]:
    """``query`` cut where its parts meet (``where``: ``_PART``), each part keeping its own punctuation."""
    parts, start = [], 0
    for match in where.finditer(query):
        if match.group(0).lstrip()[:1] == "." and (
                not (query[match.start() - 1:match.start()].islower()
                     or query[match.start() - 1:match.start()] in ")\"'”")
                or _UNIT_DOT.match(query, max(0, query.rfind(" ", 0, match.start()))) is not None
                and match.group(0) == ". " and match.end() < len(query)):
            continue  # an abbreviation's dot ("P.", "TP.", "Q.", "p. Bến Nghé", "tp. Vinh")
        end = match.start() if match.group(0).lstrip(",")[:1].isspace() else match.end()
        parts.append(query[start:end].strip())
        start = match.end()
    parts.append(query[start:].strip())
    out: list[str] = []
    for part in parts:
        if not any(ch.isalnum() for ch in part):  # punctuation or a lone conjunction's mark: no part of its own
            if out and part:
                out[-1] = f"{out[-1]} {part}"
        elif out and not any(ch.isalnum() for ch in where.sub(" ", f" {part} ")):
            out[-1] = f"{out[-1]} {part}"
        else:
            out.append(part)
    return out


def abstention_stands(first: str | None, none: float, claim: float) -> bool:
    """Whether the first stages' abstention (``first`` None) stands whatever the re-ranker says: the text model's
    "none" probability reaches ``ABSTAINED_NONE`` and the re-ranker's choice claims the question below
    ``SURE_CLAIM``."""
    return first is None and none >= ABSTAINED_NONE and claim < SURE_CLAIM


def _rescored(candidate: Candidate, score: float) -> Candidate:
    """``candidate`` with the re-ranker's ``score``, the fusion's kept as ``fused``."""
    entry = candidate.copy()
    entry["fused"], entry["score"] = candidate["score"], score
    return entry


def _sure_claimer(scored: list[Candidate], min_confidence: float) -> Candidate | None:
    """The candidate claiming the question surely (``SURE_CLAIM``) and by ``CLAIM_LEAD`` more surely than the
    best-ranked one, unless the fusion is all but sure of that one (``LEAD_BELOW``): the experts know better than
    the words they share. Only a best-ranked expert that made a claim can be out-claimed (one without a claimer has
    not said the question is not its own), and only above ``min_confidence``: below it the rescue (``_sure_claim``)
    compares the claims of every expert, not only the candidates'."""
    best = scored[0]
    if "claim" not in best or best["score"] < min_confidence or best["score"] >= LEAD_BELOW:
        return None
    contenders = [c for c in scored[1:] if c.get("claim", 0.0) >= SURE_CLAIM and not c.get("disowned")]
    if not contenders:
        return None
    surest = max(contenders, key=lambda c: c.get("claim", 0.0))
    return surest if surest.get("claim", 0.0) - best["claim"] >= CLAIM_LEAD else None


def training_examples(examples: Sequence[str], limit: int = MAX_EXAMPLES) -> list[str]:
    """At most ``limit`` examples spread evenly over the list, each also without diacritics
    (people type both ways; an expert whose examples are all accented is still found)."""
    chosen = _spread(list(dict.fromkeys(examples)), limit)
    return list(dict.fromkeys(t for text in chosen for t in (text, fold(text))))


def _spread(items: list[T], limit: int) -> list[T]:
    if len(items) <= limit:
        return list(items)
    return [items[int(i * len(items) / limit)] for i in range(limit)]


def _claim_score(claimer: Claimer, text: str) -> float:
    claim = claimer.claim(text)
    return claim.score if claim is not None else 0.0


def _logit(p: float) -> float:
    p = min(max(p, 1e-4), 1 - 1e-4)
    return math.log(p / (1 - p))


def _logits(p: npt.NDArray[np.float64]) -> npt.NDArray[np.float64]:
    clipped = np.clip(p, 1e-4, 1 - 1e-4)
    return np.asarray(np.log(clipped / (1 - clipped)), dtype=np.float64)


def _sigmoid(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def fingerprint(experts: Mapping[str, Sequence[str]], claimers: Mapping[str, str] | None = None) -> str:
    """Identify the training data: same experts and examples, same claiming experts
    (``{id: version}``), same router."""
    h = hashlib.sha256(f"router-{ROUTER_FORMAT}\n".encode())
    h.update(hashlib.sha256("\n".join((*background_corpus(), *near_misses())).encode("utf-8")).digest())
    for expert in sorted(experts):
        h.update(json.dumps([expert, list(experts[expert])], ensure_ascii=False).encode("utf-8"))
    h.update(json.dumps(sorted((claimers or {}).items())).encode("utf-8"))
    return h.hexdigest()


KEPT_ROUTERS = 4  # trained routers kept in the cache: disabling an expert and enabling it again trains none


def stored_router(cache_dir: Path, experts: Mapping[str, Sequence[str]], min_confidence: float,
                  versions: Mapping[str, str] | None = None) -> Router | None:
    """The router for ``experts`` (``versions``: ``{id: version}`` of the claimers) from ``cache_dir``, or
    None when it has not been trained."""
    target = cache_dir / fingerprint(experts, versions)
    if not (target / "router.json").exists():
        return None
    try:
        router = Router.load(target, min_confidence)
    except (OSError, ValueError, KeyError):
        shutil.rmtree(target, ignore_errors=True)  # a damaged cache is rebuilt
        return None
    with contextlib.suppress(OSError):
        os.utime(target)  # recently used: kept longest
    return router


def cached_router(cache_dir: Path, experts: Mapping[str, Sequence[str]], min_confidence: float,
                  claimers: Mapping[str, Claimer] | None = None, versions: Mapping[str, str] | None = None) -> Router:
    """Load the router for ``experts`` from ``cache_dir``, training and storing it if absent.
    ``versions`` (``{id: version}`` of the ``claimers``) is part of the cache key; the ``KEPT_ROUTERS``
    most recently used are kept."""
    stored = stored_router(cache_dir, experts, min_confidence, versions)
    if stored is not None:
        return stored
    cache_dir.mkdir(parents=True, exist_ok=True)
    # The workers of one node (``serve --workers N``) notice an admin change together: the first to take the lock
    # trains, the others wait (serving with their previous router meanwhile) and load its copy. The lock sits beside
    # the cache, not in it, so that whatever lists the stored routers never meets it.
    with open(cache_dir.with_name(cache_dir.name + ".training.lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        stored = stored_router(cache_dir, experts, min_confidence, versions)
        if stored is not None:
            return stored
        log.info("training the router for %d experts", len(experts))
        return _train_and_store(cache_dir, experts, min_confidence, claimers, versions)


def _train_and_store(cache_dir: Path, experts: Mapping[str, Sequence[str]], min_confidence: float,
                     claimers: Mapping[str, Claimer] | None, versions: Mapping[str, str] | None) -> Router:
    target = cache_dir / fingerprint(experts, versions)
    router = Router(min_confidence).fit(experts, claimers=claimers)
    tmp = Path(tempfile.mkdtemp(prefix=".router-", dir=cache_dir))
    try:
        router.save(tmp)
        tmp.rename(target)
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)  # another process won the race; its copy is equal
    kept = sorted((d for d in cache_dir.iterdir() if not d.name.startswith(".") and d != target),
                  key=_mtime, reverse=True)
    for stale in kept[KEPT_ROUTERS - 1:]:
        shutil.rmtree(stale, ignore_errors=True)
    return router


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:  # removed by another process meanwhile
        return 0.0


def _drop_overlap(background: list[str], in_domain: list[str]) -> list[str]:
    from sklearn.feature_extraction.text import TfidfVectorizer

    from luytre.text.features import analyze

    vectorizer = TfidfVectorizer(analyzer=analyze, sublinear_tf=True).fit(in_domain + background)
    similarity = vectorizer.transform(background) @ vectorizer.transform(in_domain).T
    closest = np.asarray(similarity.max(axis=1).todense()).ravel()
    return [text for text, sim in zip(background, closest) if sim < BACKGROUND_OVERLAP]
