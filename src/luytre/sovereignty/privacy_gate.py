"""The sovereignty gate every request passes: scan, categorize, decide.

    screen(query)      -> personal data found and the request's data categories
    decide(screening)  -> allow as is, redact first, or deny, by the node's Cedar policy

The node calls ``screen`` before routing and ``decide`` once it knows which
expert (here or on a peer) would process the request. A redacted request's
placeholder mapping stays in the returned ``Redaction``; only the redacted text
may be handed on.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from luytre.errors import ConfigError, PolicyError
from luytre.experts.manifest import Manifest
from luytre.sovereignty.categories import (
    ASKER_NAME,
    ORGANISATION_ACCOUNT,
    ORGANISATION_TAX_CODE,
    Categorization,
    categorize,
    categorize_redacted,
    lexicon,
)
from luytre.sovereignty.consent import ConsentRegister
from luytre.sovereignty.entities import Entity, Redaction, prepare_text
from luytre.sovereignty.facts import MADE_UP_NAME, SELF_INTRODUCTION
from luytre.sovereignty.policy import ExpertFacts, Plan, Policy, PolicyRequest, default_policy_text
from luytre.text.cues import cue_pattern
from luytre.text.normalize import fold

if TYPE_CHECKING:  # presidio: imported by whoever builds a scanner, not by what only reads policies
    from luytre.sovereignty.pii import PiiScanner

log = logging.getLogger("luytre.sovereignty")
HIDDEN_VALUES_RULE = "redaction-would-hide-the-values"
POLICY_ERROR_RULE = "policy-error"  # the policy could not evaluate a request: denied, and audited as such


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
class PrivacyDecision:
    plan: Plan
    redaction: Redaction | None  # set when the plan is to redact

    @property
    def outcome(self) -> str:
        return self.plan.outcome


@dataclass
class PolicyStatus:
    """What /healthz and /v1/policy say about the policy in force."""

    state: str  # loaded | default (no policy file: the built-in one) | stale (the file changed but fails)
    source: str
    sha256: str | None
    loaded_at: str
    last_error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return self.__dict__.copy()


def load_node_policy(path: Path, *, production: bool) -> tuple[Policy, PolicyStatus]:
    """The policy a node starts with. A file that does not load refuses the start. A missing file is never
    written back from the default: in production the node refuses to start; in development the built-in
    default is in force and ``PolicyStatus`` says so."""
    now = datetime.now(UTC).isoformat()
    if not path.exists():
        if production:
            raise ConfigError(f"mode = \"production\" refuses to start without a policy file: {path} is missing")
        log.warning("no policy file at %s: the built-in default policy is in force", path)
        return Policy.default(), PolicyStatus("default", "default policy", _sha256(default_policy_text()), now,
                                              f"no policy file at {path}; the built-in default is in force")
    policy = Policy.load(path)
    return policy, PolicyStatus("loaded", str(path), _sha256(policy.text), now)


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# A text that wakes every reader of the screen: a name, identifiers, a spelled number, a health topic, typed with and
# without diacritics.
_WARM_UP = "Tôi tên Nguyễn Văn An, CCCD 001203012345, số không chín một hai 345 678, bị đau đầu; toi bi sot, vay no"


class Gate:
    """A node's scanner, policy and consent register, used together."""

    def __init__(self, scanner: PiiScanner, policy: Policy, consents: ConsentRegister,
                 jurisdiction: str = "VN", policy_path: Path | None = None, status: PolicyStatus | None = None,
                 audit: Callable[[dict[str, Any]], int] | None = None) -> None:
        self.scanner = scanner
        self.consents = consents
        self.jurisdiction = jurisdiction
        self._policy = policy
        self._policy_path = policy_path
        self._policy_mtime = _mtime(policy_path)
        self.status = status or PolicyStatus("loaded", policy.source, _sha256(policy.text),
                                             datetime.now(UTC).isoformat())
        self._audit = audit or (lambda entry: 0)
        self._lock = threading.Lock()
        lexicon()  # compiled with the gate, before its first request, not during it
        self._warm = False

    @property
    def policy(self) -> Policy:
        return self._policy

    def warm(self) -> None:
        """Screen one text, once per process, before the first request is timed: what a screen loads on first use
        (the recognizers, the learned signal, the scan's tables) is the process's start, not that request's work,
        and a one-shot command (`luytre ask`, `expert invoke`) on a slow machine would exceed its CPU budget."""
        if not self._warm:
            self.screen(_WARM_UP)
            self._warm = True

    def reload_policy(self) -> bool:
        """Load the policy file again if it changed; return True on a reload. A file that no longer loads
        (or is gone) leaves the previous policy in force: that is logged, audited and shown as ``stale``
        with its error in ``status``."""
        if self._policy_path is None:
            return False
        with self._lock:
            mtime = _mtime(self._policy_path)
            if mtime == self._policy_mtime:
                return False
            self._policy_mtime = mtime
            try:
                if mtime is None:
                    raise PolicyError(f"the policy file {self._policy_path} is gone")
                policy = Policy.load(self._policy_path)
            except PolicyError as exc:
                self.status.state, self.status.last_error = "stale", exc.message
                log.error("policy file changed but does not load; the previous policy stays in force: %s",
                          exc.message)
                self._audit({"event": "policy.reload_failed", "decision": "kept_previous_policy",
                             "error": exc.message[:500], "in_force": self.status.sha256})
                return False
            self._policy = policy
            self.status = PolicyStatus("loaded", str(self._policy_path), _sha256(policy.text),
                                       datetime.now(UTC).isoformat())
        log.info("policy reloaded from %s", self._policy_path)
        self._audit({"event": "policy.reloaded", "decision": "loaded", "sha256": self.status.sha256})
        return True

    def screen(self, text: str) -> Screening:
        return screen_text(self.scanner, text)

    def consent(self, screening: Screening, subject: str | None, purpose: str) -> str | None:
        """Whether ``subject``'s consent to ``purpose`` applies to this request: ``applied`` only when it is
        granted and the subject's identifier is among the personal data found, with no other value of the
        same type (someone else's). None without a subject; else ``not_granted`` or ``ignored: <why>``."""
        if subject is None:
            return None
        if not self.consents.has_consent(subject, purpose):
            return "not_granted"
        wanted = _comparable(subject)
        matched = [e for e in screening.entities if _comparable(e.text) == wanted]
        if not matched:
            return "ignored: the subject's identifier is not in the request"
        types = {e.type for e in matched}
        if any(e.type in types and _comparable(e.text) != wanted for e in screening.entities):
            return "ignored: the request also carries another person's identifier"
        return "applied"

    def decide(self, screening: Screening, expert: ExpertFacts, actor: str, purpose: str,
               consented: bool, action: str = "answer", destination: str = "local",
               jurisdiction: str | None = None) -> PrivacyDecision:
        """Apply the policy: as is if allowed, else redacted if that is allowed, else deny.
        ``consented``: ``consent(...) == "applied"`` for this request."""
        found = screening.categorization
        as_is = PolicyRequest(expert=expert, action=action, actor=actor, purpose=purpose, destination=destination,
                              jurisdiction=jurisdiction or self.jurisdiction, consented=consented,
                              categories=found.categories, sensitive=found.sensitive, topics=found.topics,
                              about=found.person, personal=found.personal, person_signal=found.signal,
                              possible_topics=found.possible, third_party_lookup=found.lookup,
                              entity_types=screening.entity_types)
        redactions: list[Redaction] = []

        def redacted() -> PolicyRequest | None:
            if not screening.entities:
                return None
            redactions.append(self.scanner.redact(screening.text, screening.entities))
            remaining = categorize_redacted(found, redactions[0].text)
            return replace(as_is, categories=remaining.categories, sensitive=remaining.sensitive,
                           topics=remaining.topics, about=remaining.person, personal=remaining.personal,
                           person_signal=remaining.signal, possible_topics=remaining.possible,
                           third_party_lookup=remaining.lookup, entity_types=(), redacted=True)

        try:
            plan = self._policy.plan(as_is, redacted)
        except PolicyError as exc:  # refused, and the request's audit entry names the rule "policy-error"
            self.status.last_error = exc.message
            log.error("policy evaluation failed; the request is denied: %s", exc.message)
            return PrivacyDecision(Plan("deny", POLICY_ERROR_RULE), None)
        if plan.outcome == "redact" and "basic_personal" in expert.accepts:
            # An expert that processes identifying values would get placeholders instead of the values it
            # was asked about and answer "none found": say so instead of giving that false answer.
            plan = Plan("deny", HIDDEN_VALUES_RULE, plan.decisions)
        return PrivacyDecision(plan, redactions[0] if plan.outcome == "redact" else None)


def _comparable(value: str) -> str:
    """An identifier as written in a consent record or a question: no spaces, dots or dashes, any case."""
    return "".join(ch for ch in value.casefold() if ch not in " .-\u00a0")


def _mtime(path: Path | None) -> float | None:
    try:
        return path.stat().st_mtime_ns if path else None
    except OSError:
        return None


def screen_text(scanner: PiiScanner, text: str) -> Screening:
    """``text`` as typed, screened: its cleaned form (offsets, redaction and forwarding all refer to it),
    the personal data found there, and the categories of the input itself: a format character inside a
    word may stand for a space ("ung\u200bthu" is "ung thu"), which the cleaned form no longer shows."""
    cleaned = prepare_text(text)
    scan = scanner.read(cleaned)
    entities = scan.entities
    # a loose run inside a value a recognizer typed was judged there (a person's, a company's, a street's)
    hidden = bool(scan.short_disguised_runs) or any(
        not any(e.start <= start and end <= e.end for e in entities) for start, end in scan.loose_runs)
    return Screening(cleaned, entities, categorize(text, _read_types(cleaned, entities), hidden_digits=hidden))


# An organisation's tax code ("mã số thuế 0109876543 là của công ty nào?") identifies a company, not a person.
_ORGANISATION = cue_pattern(("cong ty", "cty", "doanh nghiep", "tap doan", "to chuc", "chi nhanh", "co quan",
                             "don vi", "ngan hang", "benh vien", "truong", "company", "business"))
# A bank account an organisation is paid into ("học phí chuyển vào tài khoản trường số …"): every account is at a
# bank, so the bank is no owner; a person named in the clause ("của tôi", "mẹ em") keeps it a person's.
_ACCOUNT_OWNER = cue_pattern(("cong ty", "cty", "doanh nghiep", "tap doan", "to chuc", "co quan", "benh vien",
                              "truong", "nha truong", "quy", "ubnd", "uy ban", "kho bac", "chua", "nha tho", "hoi",
                              "company", "hospital", "school"))
_ACCOUNT_PERSON = re.compile(r"(?<!\w)(?:toi|tui|minh|em|tao|mk|vo|chong|ck|vk|ca nhan|chu tai khoan|ho ten|ten|my|"
                             r"cua (?:anh|chi|ba|me|bo|co|chu|bac|ong|con|ban))(?!\w)")
_ACCOUNT_CLAUSE_END = re.compile(r"[,;!?\n]|\.(?!\d)")  # "STK bệnh viện: 0071…": the colon introduces the value
_CLAUSE_END = re.compile(r"[,;:!?\n]|\.(?!\d)")
_BRANCH_SUFFIX = re.compile(r"\d{10}\s?[-–.\s]\s?\d{3}\s*$|^\d{13}$")  # a tax code of a dependent unit
_CLAUSE_REACH = 80  # characters read on each side of the value: bounded work however many values a text holds
_INTRODUCTION_REACH = 24  # characters before a name where the asker's introduction ("tên em là") stands


def _read_types(text: str, entities: list[Entity]) -> list[str]:
    """The entity types categorization reads: a made-up name ("Nguyễn Văn A") is nobody's, and a tax code or a
    bank account in a clause about an organisation is the organisation's (all are still redacted like any
    entity)."""
    types = []
    for entity in entities:
        if entity.type == "PERSON" and MADE_UP_NAME.search(entity.text) and text[entity.end:entity.end + 1] != ".":
            continue
        if entity.type == "PERSON" and SELF_INTRODUCTION.search(text, max(0, entity.start - _INTRODUCTION_REACH),
                                                                entity.start):
            types.append(ASKER_NAME)  # identifying, and the asker's own: no third person
            continue
        if entity.type in ("TAX_CODE", "BANK_ACCOUNT"):
            ends = _CLAUSE_END if entity.type == "TAX_CODE" else _ACCOUNT_CLAUSE_END
            before = ends.split(text[max(0, entity.start - _CLAUSE_REACH):entity.start])[-1]
            after = ends.split(text[entity.end:entity.end + _CLAUSE_REACH], maxsplit=1)[0]
            clause = fold(before + after).lower()
            # a branch's code ("0312345678-001": ten digits and a unit's three) is read as nobody's in particular only
            # when it is an organisation's own ten; a dependent unit's code is also what a household business's
            # premises get, so a suffixed code fails closed: redacted before it leaves, like any person's value
            if entity.type == "TAX_CODE" and _ORGANISATION.search(clause) and not _BRANCH_SUFFIX.search(entity.text):
                types.append(ORGANISATION_TAX_CODE)
                continue
            if entity.type == "BANK_ACCOUNT" and _ACCOUNT_OWNER.search(clause) and not _ACCOUNT_PERSON.search(clause):
                types.append(ORGANISATION_ACCOUNT)
                continue
        types.append(entity.type)
    return types


def scan_report(scanner: PiiScanner, text: str) -> dict[str, Any]:
    """The ``pii scan``/``pii redact`` record of one text: entities with values, categories, redacted text.
    For the node's own operator and user only: it contains the personal data it found."""
    screening = screen_text(scanner, text)
    return {"text": screening.text, "redacted": scanner.redact(screening.text, screening.entities).text,
            "entities": [e.to_dict() for e in screening.entities], **screening.categorization.to_dict()}
