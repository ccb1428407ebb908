"""Loading and answering for the ``classifier`` kind."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import PackageError
from luytre.experts.manifest import Localized, Manifest
from luytre.experts.package import ExpertPackage
from luytre.kinds import Answer, Claim, Expert
from luytre.kinds.classifier.advice import AdviceBook, join_sentences
from luytre.kinds.classifier.rules import OverrideRules, RuleMatch
from luytre.text.bilingual import as_vietnamese
from luytre.text.cues import exercise_set_out
from luytre.text.hashed import HashedTextClassifier
from luytre.text.model import TextClassifier, load_text_model
from luytre.text.normalize import fold, tokens

OUTSIDE_QUANTILE = 0.9  # the claim is 0.5 where the model's evidence passes this share of everyday questions
MIN_EVIDENCE_SPAN = 0.5  # own examples' median evidence at least this far above the everyday level
SCALE_TEXTS = 150  # everyday questions and own examples the claim's scale is measured on, at load
RECENT_DECISIONS = 1024  # decisions a predictor keeps, by text (its model and rules never change once built)
MIN_ALARM_CLAIM = 0.65  # a model-only emergency is urgent from this in-domain score, well above 0.5
# A question nearer an everyday question outside every expert's domain (the router's background: everyday questions,
# near misses and everyday negatives) than any of the expert's own examples is claimed at most NEAR_MISS_CLAIM, below
# the kind's threshold (0.5): the model's evidence counts shared words ("tiêm", "răng", "khám sức khỏe", "chuyện"),
# the nearest question says what kind of question it is ("nhổ răng ở nha khoa tư giá bao nhiêu"). Only when that
# everyday question is near at all (NEAR_MISS_SIMILARITY, cosine of folded words and word pairs) and nearer by
# NEAR_MISS_MARGIN: an expert's examples are a sample of its domain ("quên mật khẩu app" is a bank's question beside
# "quên mật khẩu Gmail"). On the open routing sets: 1 of ~2,000 classifier questions capped, ~540 out of scope.
NEAR_MISS_CLAIM = 0.45
NEAR_MISS_SIMILARITY = 0.3
NEAR_MISS_MARGIN = 0.15


class LabelSpec(BaseModel):
    """A label's display name and the answer the expert gives for it.

    ``answer`` may use ``{label}`` and ``{confidence}`` (a percentage); ``audiences``
    holds other wordings of it for the audiences of the advice file ("child"); ``refer`` names, for an audience,
    the label that answers instead (a child's general illness is Paediatrics', not adult internal medicine)."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    name: Localized
    answer: Localized
    audiences: dict[str, Localized] = Field(default_factory=dict)
    refer: dict[str, str] = Field(default_factory=dict)

    def answer_for(self, audience: str | None) -> Localized:
        return self.audiences.get(audience, self.answer) if audience else self.answer


class Uncertain(BaseModel):
    """What to say when the model's best label is below ``below``: both likeliest labels.

    ``answer`` may use ``{label}``, ``{second}``, ``{confidence}`` and ``{second_confidence}``."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    below: float = Field(gt=0.0, le=1.0)
    answer: Localized


class Protect(BaseModel):
    """A label that must not be missed: chosen whenever its probability reaches
    ``min_probability``, even if another label is more likely (asymmetric cost).

    ``confirm_probability``: when the model alone makes the label its first choice
    below this probability, the runner-up is answered instead: a weak first choice of
    an alarming label costs more in false alarms than it wins in recall."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    label: str
    min_probability: float = Field(ge=0.0, le=1.0)
    confirm_probability: float = Field(0.0, ge=0.0, le=1.0)


class ClassifierConfig(BaseModel):
    """The ``config`` section of a classifier manifest."""

    model_config = ConfigDict(extra="forbid", frozen=True)
    model: str = Field("model", pattern=r"^[A-Za-z0-9_-]+$")
    rules: str | None = None
    advice: str | None = None
    protect: Protect | None = None
    uncertain: Uncertain | None = None
    labels: dict[str, LabelSpec] = Field(min_length=2)
    top_k: int = Field(3, ge=1, le=20)
    # How a federated model was trained (run, rounds, strategy, participants); None for local builds.
    federation: dict[str, Any] | None = None


@dataclass(frozen=True)
class Decision:
    label: str
    confidence: float
    probabilities: dict[str, float]
    decided_by: str  # "rule", "protect", "model" or "audience" (a label referred, ``Referral``)
    rule: RuleMatch | None = None


@dataclass(frozen=True)
class Referral:
    """Labels another label answers for an audience of the advice file (``LabelSpec.refer``)."""

    audience: Callable[[str], str | None]
    labels: dict[str, dict[str, str]]  # label -> audience -> the label answering instead

    @classmethod
    def of(cls, refer: dict[str, dict[str, str]], advice: AdviceBook | None) -> Referral | None:
        """The referral ``refer`` (label -> audience -> label) declares, None when it names none; ValueError when
        it names an audience the advice file does not define or a label ``refer`` does not hold."""
        declared = {label: targets for label, targets in refer.items() if targets}
        if not declared:
            return None
        if advice is None:
            raise ValueError("labels refer an audience to another label, but there is no advice file to read it")
        for label, targets in declared.items():
            unknown = sorted(set(targets) - advice.audiences)
            stray = sorted(set(targets.values()) - set(refer))
            if unknown or stray:
                raise ValueError(f"label {label!r} refers unknown audiences {unknown} or labels {stray}")
        return cls(advice.audience, declared)

    def label_for(self, text: str, label: str) -> str | None:
        targets = self.labels.get(label)
        if not targets:
            return None
        audience = self.audience(text)
        return targets.get(audience) if audience else None


class Predictor:
    """Model, override rules and protected label: the decision logic shared by
    serving and evaluation. Order: a rule that fires wins; then a protected label
    whose probability reaches its threshold; then the most likely label. Rules that
    only name the family of the model's own decision (``with_labels``) see that decision."""

    def __init__(self, model: TextClassifier | HashedTextClassifier, rules: OverrideRules | None,
                 protect: Protect | None = None, referral: Referral | None = None) -> None:
        self.model = model
        self.rules = rules
        self.protect = protect
        self.referral = referral
        # One question is decided by the expert's routing claim, then again when the expert answers it.
        self._recent = lru_cache(maxsize=RECENT_DECISIONS)(self._decide)

    def decide(self, text: str) -> Decision:
        """The label for ``text`` and what decided it (the latest decisions are kept: ``RECENT_DECISIONS``)."""
        return self._recent(text)

    def _decide(self, text: str) -> Decision:
        decision = self._ruled(text)
        to = self.referral.label_for(text, decision.label) if self.referral and decision.decided_by == "model" \
            else None
        if to is None:
            return decision
        p = decision.probabilities  # the model's mass on the general illness, whoever's it is
        return Decision(to, min(1.0, p[decision.label] + p.get(to, 0.0)), p, "audience")

    def _ruled(self, text: str) -> Decision:
        probabilities = self.model.predict_proba(text)
        by_model = self._by_model(probabilities)
        if self.rules is None:
            return by_model
        rule = self.rules.match(text, by_model.label)
        if rule is not None and rule.conditional and by_model.label == self.rules.label:
            return replace(by_model, rule=rule)  # the model's alarm, named by the rule's family
        if rule is not None:
            return Decision(self.rules.label, 1.0, probabilities, "rule", rule)
        return by_model

    def _by_model(self, probabilities: dict[str, float]) -> Decision:
        ranked = iter(probabilities.items())
        label, p = next(ranked)
        if self.protect and label != self.protect.label:
            guarded = probabilities.get(self.protect.label, 0.0)
            if guarded >= self.protect.min_probability:
                return Decision(self.protect.label, guarded, probabilities, "protect")
        if self.protect and label == self.protect.label and p < self.protect.confirm_probability:
            label, p = next(ranked, (label, p))
        return Decision(label, p, probabilities, "model")


def evidence_scale(model: TextClassifier | HashedTextClassifier, examples: list[str]) -> tuple[float, float]:
    """The model's evidence on everyday questions (``OUTSIDE_QUANTILE`` of them below it) and on its own
    examples (median): the claim's 0.5 and 1. Measured at load on at most ``SCALE_TEXTS`` of each."""
    from luytre.routing.router import background_corpus

    def spread(texts: Sequence[str]) -> list[str]:
        return [texts[int(i * len(texts) / SCALE_TEXTS)] for i in range(SCALE_TEXTS)] if len(texts) > SCALE_TEXTS \
            else list(texts)

    outside = float(np.quantile([model.evidence(t) for t in spread(background_corpus())], OUTSIDE_QUANTILE))
    own = [model.evidence(t) for t in spread(examples)]
    return outside, max(float(np.median(own)) if own else 0.0, outside + MIN_EVIDENCE_SPAN)


def everyday_questions() -> tuple[str, ...]:
    """The router's background: everyday questions outside every expert's domain, near misses, everyday negatives."""
    from luytre.routing.router import background_corpus, near_misses

    return (*background_corpus(), *near_misses())


def _word_terms(text: str) -> list[str]:
    words = tokens(fold(text))
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


class NearestTexts:
    """Cosine similarity (sublinear tf-idf of folded words and word pairs) of a question to an expert's own examples
    and to everyday questions: whether an everyday question is nearer (``nearer_outside``). Each term keeps the texts
    it occurs in (its postings), so a question's few terms are summed in microseconds."""

    def __init__(self, own: Sequence[str], outside: Sequence[str]) -> None:
        own = list(dict.fromkeys(own))
        kept = set(own)
        outside = [t for t in dict.fromkeys(outside) if t not in kept]
        texts = [*own, *outside]
        self.outside = outside
        self.own_count = len(own)
        self.size = len(texts)
        counted = [Counter(_word_terms(t)) for t in texts]
        frequency = Counter(term for c in counted for term in c)
        n = len(texts)
        self.idf = {t: 1.0 + math.log((n + 1) / (f + 1)) for t, f in frequency.items()}
        self.idf_max = max(self.idf.values(), default=1.0)
        postings: dict[str, tuple[list[int], list[float]]] = {}
        for row, c in enumerate(counted):
            weights = {t: (1.0 + math.log(v)) * self.idf[t] for t, v in c.items()}
            norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
            for t, w in weights.items():
                rows, values = postings.setdefault(t, ([], []))
                rows.append(row)
                values.append(w / norm)
        self.postings = {t: (np.asarray(r, dtype=np.intp), np.asarray(v)) for t, (r, v) in postings.items()}

    def nearer_outside(self, query: str) -> str | None:
        """The everyday question nearer ``query`` than every own example, when it is near at all
        (``NEAR_MISS_SIMILARITY``) and nearer by ``NEAR_MISS_MARGIN``; None otherwise."""
        if not self.outside or not self.own_count:
            return None
        counted = Counter(_word_terms(query))
        weights = {t: (1.0 + math.log(v)) * self.idf.get(t, self.idf_max) for t, v in counted.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        known = [t for t in weights if t in self.postings]
        if not known or not norm:
            return None
        similarity = np.zeros(self.size)
        for t in known:
            rows, values = self.postings[t]
            similarity[rows] += values * (weights[t] / norm)
        own, outside = similarity[: self.own_count], similarity[self.own_count:]
        best = int(np.argmax(outside))
        if outside[best] >= NEAR_MISS_SIMILARITY and outside[best] >= float(own.max()) + NEAR_MISS_MARGIN:
            return self.outside[best]
        return None


class ClassifierExpert(Expert):
    def __init__(self, manifest: Manifest, config: ClassifierConfig, predictor: Predictor,
                 advice: AdviceBook | None = None) -> None:
        super().__init__(manifest)
        self.config = config
        self.predictor = predictor
        self.advice = advice
        self.evidence_scale = evidence_scale(predictor.model, manifest.examples)
        self.nearest = NearestTexts(manifest.examples, everyday_questions())

    def answer(self, query: str, *, lang: str = "vi") -> Answer:
        query = as_vietnamese(query)  # the model was trained on Vietnamese: an English question is glossed
        decision = self.predictor.decide(query)
        labels = self.config.labels
        audience = self.advice.audience(query) if self.advice else None
        name = labels[decision.label].name.pick(lang)
        text = labels[decision.label].answer_for(audience).pick(lang)
        advice = None
        family = decision.rule.flag if decision.rule else None
        rules = self.predictor.rules
        if self.advice is not None and rules is not None and decision.label == rules.label:
            wording = self.advice.family(family, audience)
            text = wording.answer.pick(lang) if wording.answer else text
            advice = wording.advice.pick(lang) if wording.advice else None
        elif rules is not None and decision.label == rules.label:
            advice = rules.advice.get(lang) or None
        ranked = list(decision.probabilities.items())[: self.config.top_k]
        # The likeliest other label, never the protected safety label: its own threshold has just said no, and
        # "Cấp cứu (20%)" beside a month of insomnia alarms without helping. None left: not worded as unsure.
        protected = self.predictor.protect.label if self.predictor.protect else None
        second, p2 = next(((label, p) for label, p in decision.probabilities.items()
                           if label not in (decision.label, protected)), (None, 0.0))
        uncertain = self._uncertain(decision, ranked) if second is not None else None
        if uncertain is not None and second is not None:
            text = (uncertain.answer.pick(lang).replace("{second}", labels[second].name.pick(lang))
                    .replace("{second_confidence}", f"{p2:.0%}"))
        text = text.replace("{label}", name).replace("{confidence}", f"{decision.confidence:.0%}")
        result: dict[str, Any] = {
            "label": decision.label,
            "label_name": name,
            "decided_by": decision.decided_by,
            "rule": {"id": decision.rule.id, "flag": decision.rule.flag} if decision.rule else None,
            "family": family,
            "audience": audience,
            "uncertain": uncertain is not None,
            "advice": advice,
            "probabilities": [
                {"label": label, "name": labels[label].name.pick(lang), "p": round(p, 4)}
                for label, p in ranked
            ],
        }
        return Answer(text=join_sentences(text, advice), confidence=decision.confidence, result=result)

    def _uncertain(self, decision: Decision, ranked: list[tuple[str, float]]) -> Uncertain | None:
        """The uncertain wording when the model alone chose a label it gives a low probability."""
        uncertain = self.config.uncertain
        if uncertain is None or decision.decided_by != "model" or decision.rule is not None or len(ranked) < 2:
            return None
        return uncertain if decision.confidence < uncertain.below else None

    # -- routing claim ----------------------------------------------------
    def claim(self, query: str) -> Claim | None:
        """In-domain score: how hard the question's own words push one label (``evidence``), placed on this
        model's scale: 0.5 where it passes 9 in 10 everyday questions outside any expert's domain, 1 at the
        median of its own examples. A rule that fires claims outright and urgently (score 1); a confident
        model-only choice of the safety label is urgent too when the question is clearly in the domain
        (``MIN_ALARM_CLAIM``): the label probabilities alone say nothing of whether it is medical at all."""
        decision = self.predictor.decide(query)
        if decision.decided_by == "rule":
            return Claim(1.0, "override rule fired", urgent=True)  # the rules are its safety overrides
        other = self.other_organization_claim(query)
        if other is not None:
            return other
        exercise = exercise_set_out(fold(query))
        if exercise is not None:
            # A learner's homework, whatever words it shares with this domain: no claim. Not disowned: a parent may
            # ask the bank something beside the child's exercise ("… bài toán phần trăm, và gửi tiết kiệm 6 tháng ở
            # ngân hàng mình lãi bao nhiêu"), and a disowned expert is never composed with another.
            return Claim(0.0, f"a school exercise set out: {exercise}")
        evidence = self.predictor.model.evidence(query)
        outside, own = self.evidence_scale
        score = round(min(1.0, max(0.0, 0.5 + (evidence - outside) / (2 * (own - outside)))), 4)
        if score > NEAR_MISS_CLAIM:  # only a claim it would make is checked against the everyday questions
            near = self.nearest.nearer_outside(query)
            if near is not None:
                return Claim(NEAR_MISS_CLAIM, f"evidence {evidence:.2f}, but nearer an everyday question than its "
                                              f"own examples: {near}")
        rules = self.predictor.rules
        alarm = (rules is not None and decision.label == rules.label and decision.decided_by == "model"
                 and score >= MIN_ALARM_CLAIM)
        return Claim(score, f"evidence {evidence:.2f} (everyday questions {outside:.2f}, own examples {own:.2f}), "
                            f"{decision.label} {decision.confidence:.0%}", urgent=alarm)

    def describe(self) -> dict[str, Any]:
        info = super().describe()
        info["labels"] = sorted(self.config.labels)
        return info


def read_config(manifest: Manifest) -> ClassifierConfig:
    try:
        return ClassifierConfig.model_validate(manifest.config)
    except ValidationError as exc:
        raise PackageError(f"classifier config of {manifest.id} is invalid: {exc.errors()[0]['msg']}") from exc


def load_package(package: ExpertPackage) -> ClassifierExpert:
    config = read_config(package.manifest)
    try:
        model = load_text_model(package.root, config.model)
    except (OSError, KeyError, ValueError) as exc:
        raise PackageError(f"{package.manifest.id}: cannot load model {config.model!r}: {exc}") from exc
    missing = set(model.classes_) - set(config.labels)
    if missing:
        raise PackageError(f"{package.manifest.id}: model labels without a label entry: {sorted(missing)}")
    rules = None
    if config.rules:
        if config.rules not in {f.path for f in package.files}:
            raise PackageError(f"{package.manifest.id}: rules file {config.rules!r} is not in the package")
        rules = OverrideRules.from_file(package.root / config.rules)
    if rules is not None and rules.label not in config.labels:
        raise PackageError(f"{package.manifest.id}: rules force unknown label {rules.label!r}")
    if config.protect is not None and config.protect.label not in config.labels:
        raise PackageError(f"{package.manifest.id}: protected label {config.protect.label!r} is unknown")
    advice = None
    if config.advice:
        if config.advice not in {f.path for f in package.files}:
            raise PackageError(f"{package.manifest.id}: advice file {config.advice!r} is not in the package")
        advice = AdviceBook.from_file(package.root / config.advice)
    try:
        referral = Referral.of({label: spec.refer for label, spec in config.labels.items()}, advice)
    except ValueError as exc:
        raise PackageError(f"{package.manifest.id}: {exc}") from exc
    return ClassifierExpert(package.manifest, config, Predictor(model, rules, config.protect, referral), advice)
