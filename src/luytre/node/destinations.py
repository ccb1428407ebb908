"""Where a routed question goes: an expert on this node, or one that peers offer.

As httpx's transports let a client send a request the same way whatever carries it, a ``Destination``
lets the ask path read check → screen → route → decide → call → restore → audit once. Only two steps differ
between an expert here and one on a peer: which places may receive the question and in what form
(``decide``: one policy verdict per place), and how it gets there (``call``). The refusal, putting personal
values back and the confidence arithmetic belong to the ask path, once, whatever the destination.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from luytre.kinds import Answer, Expert
from luytre.mesh.client import MeshClient
from luytre.mesh.remote import RemoteExpert
from luytre.sovereignty.privacy_gate import Gate, PrivacyDecision, Screening, expert_facts

LOCAL = "local"  # the place of an expert on this node; a peer's place is its name

FollowUp = Callable[[Expert, Answer, "str | None"], Answer]


@dataclass(frozen=True)
class Ask:
    """A checked and screened question: what every step after the scan reads."""

    query: str
    lang: str
    actor: str
    purpose: str
    subject: str | None
    screening: Screening
    consented: bool  # the subject's consent applies to this request

    def text_for(self, verdict: PrivacyDecision) -> str:
        """The question as ``verdict`` lets it leave: cleaned (no format characters), and with placeholders
        for personal values when it is redacted."""
        return verdict.redaction.text if verdict.redaction else self.screening.text


@dataclass(frozen=True)
class Permit:
    """The policy's verdict for sending the question to one place."""

    verdict: PrivacyDecision
    place: str

    @property
    def allowed(self) -> bool:
        return self.verdict.outcome != "deny"


@dataclass(frozen=True)
class Reply:
    """What an expert said, and under which verdict the question reached it."""

    verdict: PrivacyDecision
    place: str
    expert: str  # as the answer shows it: the expert id, or id@peer
    text: str
    confidence: float
    result: dict[str, Any] | None
    actions: list[dict[str, Any]] = field(default_factory=list)

    def restored(self) -> Reply:
        """Placeholders back to the personal values they stood for (for this node's own caller only)."""
        redaction = self.verdict.redaction
        if redaction is None:
            return self
        return replace(self, text=redaction.restore(self.text), result=redaction.restore(self.result),
                       actions=redaction.restore(self.actions))


class Destination(ABC):
    """An expert the router may pick, wherever it runs."""

    @abstractmethod
    def decide(self, gate: Gate, ask: Ask) -> list[Permit]:
        """The policy's verdict for each place that could answer, in order of preference (at least one)."""

    @abstractmethod
    def call(self, ask: Ask, allowed: list[Permit]) -> Reply:
        """Send the question, in the form each permit allows, to the first of the ``allowed`` places that
        answers (``allowed`` is never empty); the reply still carries placeholders."""


class LocalExpert(Destination):
    """An expert loaded on this node; its kind carries out the answer's follow-ups (``follow_up``)."""

    def __init__(self, expert_id: str, expert: Expert, follow_up: FollowUp) -> None:
        self.expert_id, self.expert, self._follow_up = expert_id, expert, follow_up

    def decide(self, gate: Gate, ask: Ask) -> list[Permit]:
        verdict = gate.decide(ask.screening, expert_facts(self.expert.manifest), ask.actor, ask.purpose,
                              ask.consented)
        return [Permit(verdict, LOCAL)]

    def call(self, ask: Ask, allowed: list[Permit]) -> Reply:
        verdict = allowed[0].verdict
        answer = self.expert.answer(ask.text_for(verdict), lang=ask.lang)
        if answer.actions:  # e.g. the tutor saves a practice session for the subject
            answer = self._follow_up(self.expert, answer, ask.subject)
        return Reply(verdict, LOCAL, self.expert_id, answer.text, answer.confidence, answer.result,
                     [action.model_dump() for action in answer.actions])


class PeerExpert(Destination):
    """An expert that one or more peers offer: each peer is a place with its own verdict (its jurisdiction
    and what it accepts), and the question goes to the first allowed peer that answers."""

    def __init__(self, remote: RemoteExpert, mesh: MeshClient) -> None:
        self.remote, self.mesh = remote, mesh

    def decide(self, gate: Gate, ask: Ask) -> list[Permit]:
        return [Permit(gate.decide(ask.screening, self.remote.facts(peer), ask.actor, ask.purpose, ask.consented,
                                   action="forward", destination=peer.name, jurisdiction=peer.jurisdiction),
                       peer.name)
                for peer in self.remote.peers]

    def call(self, ask: Ask, allowed: list[Permit]) -> Reply:
        peers = {peer.name: peer for peer in self.remote.peers}
        attempts = [(peers[permit.place], {"query": ask.text_for(permit.verdict), "expert": self.remote.id,
                                           "lang": ask.lang, "purpose": ask.purpose,
                                           "redacted": bool(permit.verdict.redaction)})
                    for permit in allowed]
        peer, reply = self.mesh.forward(attempts, self.remote.id)
        verdict = next(permit.verdict for permit in allowed if permit.place == peer.name)
        result = {**(reply.get("result") or {}), "peer": {"name": peer.name, "node_id": peer.node_id,
                                                          "audit_seq": reply.get("audit_seq"), "signed": True}}
        return Reply(verdict, peer.name, f"{self.remote.id}@{peer.name}", reply["answer"],
                     float(reply.get("confidence", 0.0)), result)
