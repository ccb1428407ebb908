"""Written policy, in Cedar, deciding what may happen to a request's data.

A node's policy file is validated against ``data/schema.cedarschema`` when it
loads: a malformed policy, one that uses an unknown attribute or action, or
one without an ``@id`` refuses to load, so a typo can never widen access.
Cedar denies by default; each decision names the policy that decided it
(``default-deny`` when none matched).

``Policy.plan`` turns two Cedar decisions into what the node does with a
request: ``allow`` it as it is, ``redact`` personal values first (allowed only
in that form), or ``deny`` it.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Callable, Literal

import cedarpy
from pydantic import ConfigDict, TypeAdapter, ValidationError

from luytre.errors import PolicyError

ACTIONS = ("answer", "forward")
DEFAULT_DENY = "default-deny"
DECISIONS_KEPT = 4096  # distinct requests whose decision a policy remembers (a node sees few combinations)
Outcome = Literal["allow", "redact", "deny"]


def _data(name: str) -> str:
    return resources.files("luytre.sovereignty").joinpath("data", name).read_text(encoding="utf-8")


def schema_text() -> str:
    return _data("schema.cedarschema")


def default_policy_text() -> str:
    return _data("default-policy.cedar")


@dataclass(frozen=True)
class ExpertFacts:
    """What the policy may know about the expert that would process a request."""

    id: str
    domain: str
    risk_tier: str
    accepts: tuple[str, ...]
    node: str = "local"


@dataclass(frozen=True)
class PolicyRequest:
    """One question to the policy: may ``actor`` have ``expert`` process this data here or there?"""

    expert: ExpertFacts
    categories: tuple[str, ...]
    action: str = "answer"
    actor: str = "anonymous"
    sensitive: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    about: str = "nobody"
    personal: bool = False
    person_signal: bool = False
    possible_topics: tuple[str, ...] = ()
    third_party_lookup: bool = False
    entity_types: tuple[str, ...] = ()
    purpose: str = "answer"
    destination: str = "local"
    jurisdiction: str = "VN"
    redacted: bool = False
    consented: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "PolicyRequest":
        """Build a request from JSON (``luytre policy check``); raise ``PolicyError`` naming what is wrong."""
        if not isinstance(data, dict):
            raise PolicyError("not a policy request: a JSON object is expected; see docs/sovereignty.md")
        try:  # typed: "categories": 5 or "actor": {...} is a clear refusal, never a failure further on
            request = _REQUEST_ADAPTER.validate_python({k: v for k, v in data.items() if k not in ("expect", "name")})
        except ValidationError as exc:
            problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
            raise PolicyError(f"not a policy request: {problems}; see docs/sovereignty.md for the fields") from exc
        if request.action not in ACTIONS:
            raise PolicyError(f"unknown action {request.action!r}; use one of {', '.join(ACTIONS)}")
        return request

    def cedar(self) -> tuple[dict[str, Any], cedarpy.Entities]:
        """The Cedar request and the entities it refers to."""
        request = {
            "principal": {"type": "Luytre::Actor", "id": self.actor},
            "action": {"type": "Luytre::Action", "id": self.action},
            "resource": _expert_uid(self.expert),
            "context": {"categories": list(self.categories), "sensitive": list(self.sensitive),
                        "topics": list(self.topics), "about": self.about, "personal": self.personal,
                        "person_signal": self.person_signal or self.personal,
                        "possible_topics": sorted({*self.possible_topics, *self.topics, *self.sensitive}),
                        "third_party_lookup": self.third_party_lookup,
                        "entity_types": list(self.entity_types), "purpose": self.purpose,
                        "destination": self.destination, "jurisdiction": self.jurisdiction,
                        "redacted": self.redacted, "consented": self.consented},
        }
        return request, _entities(self.expert, self.actor)


# pydantic reads a plain dataclass's config from this attribute, which the dataclasses do not declare
setattr(ExpertFacts, "__pydantic_config__", ConfigDict(extra="forbid", str_max_length=256))
setattr(PolicyRequest, "__pydantic_config__", ConfigDict(extra="forbid", str_max_length=256))
_REQUEST_ADAPTER = TypeAdapter(PolicyRequest)


def _expert_uid(expert: ExpertFacts) -> dict[str, str]:
    return {"type": "Luytre::Expert", "id": f"{expert.node}/{expert.id}"}


@lru_cache(maxsize=1024)  # a node has few experts and actors; parsing entities is half a decision's cost
def _entities(expert: ExpertFacts, actor: str) -> cedarpy.Entities:
    entities = [{
        "uid": _expert_uid(expert), "parents": [],
        "attrs": {"domain": expert.domain, "risk_tier": expert.risk_tier, "accepts": list(expert.accepts),
                  "node": expert.node},
    }, {"uid": {"type": "Luytre::Actor", "id": actor}, "attrs": {}, "parents": []}]
    return cedarpy.Entities.from_json_str(json.dumps(entities))


@dataclass(frozen=True)
class Decision:
    allowed: bool
    rule: str  # the @id of the deciding policy, or "default-deny"
    rules: tuple[str, ...] = ()  # every policy that matched on the deciding side


@dataclass(frozen=True)
class Plan:
    """What the node does with a request, and why."""

    outcome: Outcome
    rule: str
    decisions: dict[str, Decision] = field(default_factory=dict)  # "as_is", "redacted"

    def to_dict(self) -> dict[str, Any]:
        return {"outcome": self.outcome, "rule": self.rule,
                "decisions": {k: asdict(v) for k, v in self.decisions.items()}}


class Policy:
    """A validated Cedar policy set. Build with ``Policy.load`` or ``Policy.from_text``."""

    def __init__(self, text: str, source: str) -> None:
        self.source = source
        self.text = text
        self._schema = cedarpy.Schema.from_str(schema_text())
        try:
            self._policies = cedarpy.PolicySet.from_str(text)
            parsed = json.loads(cedarpy.policies_to_json_str(text))
        except ValueError as exc:
            raise PolicyError(f"{source}: not valid Cedar: {exc}") from exc
        validation = cedarpy.validate_policies(text, self._schema)
        if not validation.validation_passed:
            first = validation.errors[0]
            raise PolicyError(f"{source}: does not match the policy schema: {first}",
                              errors=[str(e) for e in validation.errors])
        self.rule_ids: dict[str, str] = {}
        for cedar_id, body in parsed.get("staticPolicies", {}).items():
            rule = body.get("annotations", {}).get("id")
            if not rule:
                raise PolicyError(f"{source}: every policy needs an @id(\"...\") annotation; "
                                  f"policy number {int(cedar_id.removeprefix('policy')) + 1} has none")
            if rule in self.rule_ids.values():
                raise PolicyError(f"{source}: two policies share the @id {rule!r}")
            self.rule_ids[cedar_id] = rule
        if parsed.get("templates"):
            raise PolicyError(f"{source}: policy templates are not supported; write static policies")
        # A decision depends only on the request's facts and this policy set, and the facts a node sees repeat
        # (a handful of experts, actors and categories): each combination is evaluated by Cedar once. A reloaded
        # policy is a new Policy, with nothing remembered.
        self._decisions = lru_cache(maxsize=DECISIONS_KEPT)(self._evaluate)

    @classmethod
    def load(cls, path: Path) -> "Policy":
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"cannot read the policy file {path}: {exc}") from exc
        return cls(text, str(path))

    @classmethod
    def default(cls) -> "Policy":
        return cls(default_policy_text(), "default policy")

    def decide(self, request: PolicyRequest) -> Decision:
        """Cedar's decision for ``request``, naming the deciding rule."""
        return self._decisions(request)

    def _evaluate(self, request: PolicyRequest) -> Decision:
        cedar_request, entities = request.cedar()
        # The policies were validated against the schema when they loaded; requests are built by
        # PolicyRequest from typed fields, so validating each one again would only double the cost.
        result = cedarpy.is_authorized(cedar_request, self._policies, entities)
        if result.diagnostics.errors:
            raise PolicyError(f"the policy could not evaluate this request: {result.diagnostics.errors[0]}")
        # Cedar returns the matching policies in no set order: name them in the file's order, so the
        # deciding rule is the same on every run (a file lists its more specific forbids first).
        order = list(self.rule_ids)
        reasons = sorted(result.diagnostics.reasons, key=lambda r: order.index(r) if r in order else len(order))
        rules = tuple(self.rule_ids.get(r, r) for r in reasons)
        allowed = result.decision == cedarpy.Decision.Allow
        return Decision(allowed, rules[0] if rules else DEFAULT_DENY, rules)

    def plan(self, as_is: PolicyRequest, redacted: Callable[[], PolicyRequest | None]) -> Plan:
        """Allow ``as_is``; else, if a redacted form exists and is allowed, redact; else deny.

        ``redacted`` builds the same request after redaction (categories of what remains,
        ``redacted=True``), or returns None when there is nothing to redact. It is called only
        when the request as it is was denied, so an allowed request is never redacted for nothing."""
        first = self.decide(as_is)
        if first.allowed:
            return Plan("allow", first.rule, {"as_is": first})
        second_request = redacted()
        if second_request is not None:
            second = self.decide(second_request)
            if second.allowed:
                return Plan("redact", second.rule, {"as_is": first, "redacted": second})
            return Plan("deny", first.rule, {"as_is": first, "redacted": second})
        return Plan("deny", first.rule, {"as_is": first})


def run_truth_table(policy: Policy, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Check each row's ``expect`` (``{"allowed": bool, "rule": str}``, rule optional) against ``policy``."""
    report = []
    for number, row in enumerate(rows, 1):
        expect = row.get("expect")
        if not isinstance(expect, dict) or not isinstance(expect.get("allowed"), bool):
            raise PolicyError(f"row {number}: needs \"expect\": {{\"allowed\": true|false, \"rule\": ...}}")
        decision = policy.decide(PolicyRequest.from_dict(row))
        passed = decision.allowed == expect["allowed"] and expect.get("rule", decision.rule) == decision.rule
        report.append({"row": number, "name": row.get("name", f"row {number}"), "passed": passed,
                       "expected": expect, "got": {"allowed": decision.allowed, "rule": decision.rule}})
    return report
