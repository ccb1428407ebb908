"""The sovereignty gate every request passes: scan, categorize, decide.

    screen(query)      -> personal data found and the request's data categories
    decide(screening)  -> allow as is, redact first, or deny, by the node's Cedar policy

The node calls ``screen`` before routing and ``decide`` once it knows which
expert (here or on a peer) would process the request. A redacted request's
placeholder mapping stays in the returned ``Redaction``; only the redacted text
may be handed on.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from luytre.errors import PolicyError
from luytre.experts.manifest import Manifest
from luytre.sovereignty.categories import Categorization, categorize, categorize_redacted
from luytre.sovereignty.consent import ConsentRegister
from luytre.sovereignty.pii import Entity, PiiScanner, Redaction, prepare_text
from luytre.sovereignty.policy import ExpertFacts, Plan, Policy, PolicyRequest

log = logging.getLogger("luytre.sovereignty")
HIDDEN_VALUES_RULE = "redaction-would-hide-the-values"


def expert_facts(manifest: Manifest, node: str = "local") -> ExpertFacts:
    """What policy knows of an expert. Every expert may process public data."""
    accepts = ("public", *(c for c in manifest.data_categories if c != "public"))
    return ExpertFacts(manifest.id, manifest.domain, manifest.risk_tier, accepts, node)


@dataclass(frozen=True)
class Screening:
    """What a request carries: its personal data (kept on this node) and its categories."""

    text: str
    entities: list[Entity]
    categorization: Categorization

    @property
    def entity_types(self) -> tuple[str, ...]:
        return tuple(sorted({e.type for e in self.entities}))

    def type_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for entity in self.entities:
            counts[entity.type] = counts.get(entity.type, 0) + 1
        return counts

    def summary(self) -> dict[str, Any]:
        """Where personal data was found, without the values."""
        return {"entities": [{"type": e.type, "start": e.start, "end": e.end} for e in self.entities],
                **self.categorization.to_dict()}


@dataclass(frozen=True)
class Verdict:
    plan: Plan
    redaction: Redaction | None  # set when the plan is to redact

    @property
    def outcome(self) -> str:
        return self.plan.outcome


class Gate:
    """A node's scanner, policy and consent register, used together."""

    def __init__(self, scanner: PiiScanner, policy: Policy, consents: ConsentRegister,
                 jurisdiction: str = "VN", policy_path: Path | None = None) -> None:
        self.scanner = scanner
        self.consents = consents
        self.jurisdiction = jurisdiction
        self._policy = policy
        self._policy_path = policy_path
        self._policy_mtime = _mtime(policy_path)
        self._lock = threading.Lock()

    @property
    def policy(self) -> Policy:
        return self._policy

    def reload_policy(self) -> bool:
        """Load the policy file again if it changed. A file that no longer loads is
        reported and the previous policy stays in force; return True on a reload."""
        if self._policy_path is None:
            return False
        with self._lock:
            mtime = _mtime(self._policy_path)
            if mtime == self._policy_mtime:
                return False
            self._policy_mtime = mtime
            try:
                self._policy = Policy.load(self._policy_path)
            except PolicyError as exc:
                log.error("policy file changed but does not load; the previous policy stays in force: %s",
                          exc.message)
                return False
        log.info("policy reloaded from %s", self._policy_path)
        return True

    def screen(self, text: str) -> Screening:
        text = prepare_text(text)  # the cleaned form: offsets, redaction and forwarding all refer to it
        entities = self.scanner.scan(text)
        return Screening(text, entities, categorize(text, (e.type for e in entities)))

    def decide(self, screening: Screening, expert: ExpertFacts, actor: str, purpose: str,
               subject: str | None, action: str = "answer", destination: str = "local",
               jurisdiction: str | None = None) -> Verdict:
        """Apply the policy: as is if allowed, else redacted if that is allowed, else deny."""
        consented = self.consents.has_consent(subject, purpose) if subject else False
        common = dict(expert=expert, action=action, actor=actor, purpose=purpose, destination=destination,
                      jurisdiction=jurisdiction or self.jurisdiction, consented=consented)
        found = screening.categorization
        as_is = PolicyRequest(categories=found.categories, sensitive=found.sensitive, topics=found.topics,
                              about=found.person, third_party_lookup=found.lookup,
                              entity_types=screening.entity_types, **common)
        redactions: list[Redaction] = []

        def redacted() -> PolicyRequest | None:
            if not screening.entities:
                return None
            redactions.append(self.scanner.redact(screening.text, screening.entities))
            remaining = categorize_redacted(redactions[0].text, screening.entity_types)
            return PolicyRequest(categories=remaining.categories, sensitive=remaining.sensitive,
                                 topics=remaining.topics, about=remaining.person,
                                 third_party_lookup=found.lookup, redacted=True, **common)

        plan = self._policy.plan(as_is, redacted)
        if plan.outcome == "redact" and "basic_personal" in expert.accepts:
            # An expert that processes identifying values would get placeholders instead of the values it
            # was asked about and answer "none found": say so instead of giving that false answer.
            plan = Plan("deny", HIDDEN_VALUES_RULE, plan.decisions)
        return Verdict(plan, redactions[0] if plan.outcome == "redact" else None)


def _mtime(path: Path | None) -> float | None:
    try:
        return path.stat().st_mtime_ns if path else None
    except OSError:
        return None


def scan_report(scanner: PiiScanner, text: str) -> dict[str, Any]:
    """The ``pii scan``/``pii redact`` record of one text: entities with values, categories, redacted text.
    For the node's own operator and user only: it contains the personal data it found."""
    text = prepare_text(text)
    entities = scanner.scan(text)
    return {"text": text, "redacted": scanner.redact(text, entities).text,
            "entities": [e.to_dict() for e in entities],
            **categorize(text, (e.type for e in entities)).to_dict()}
