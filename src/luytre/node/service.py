"""The node service: the one path every question takes.

    request -> check -> screen -> route -> decide -> call -> restore -> audit -> AskResponse

``Node._answer`` is that path, stage by stage, written once for an expert on this node and one on a peer
(``luytre.node.destinations``). The scan finds personal data and the request's data categories; the policy
then allows the request as is, has its personal values replaced by placeholders before the expert sees them
(and put back in the answer), or denies it. Every outcome, denials included, is audited before the caller
hears of it. The HTTP API, the mesh and the CLI all call this class, so they behave alike.
"""

from __future__ import annotations

import collections
import gc
import itertools
import logging
import tempfile
import threading
import time
from collections.abc import Iterator
from concurrent.futures import Future
from dataclasses import dataclass, field, replace
from functools import cached_property
from pathlib import Path
from typing import Any

from luytre.access import ClientKeys
from luytre.demo_recipes import DEMO_PUBLISHER
from luytre.errors import (
    ConfigError,
    CpuBudgetExceeded,
    ExpertDisabled,
    ExpertExists,
    ExpertNotFound,
    InvalidQuery,
    LuytreError,
    Overloaded,
    PackageError,
    PolicyDenied,
    QueryTooLarge,
    VettingFailed,
)
from luytre.home import NodeHome, open_home
from luytre.kinds import Action, Answer, Expert, KindContext, kind_named
from luytre.llm_comparison import SmallLLMFigure, small_llm_figure
from luytre.mesh.audit import cosign_with_peers
from luytre.mesh.client import MeshClient, PeerHealth
from luytre.mesh.peers import PeerStore
from luytre.mesh.remote import RemoteExpert, remote_experts
from luytre.node.answer import AskResponse, Candidate
from luytre.node.context import NodeKindContext, load_installed
from luytre.node.destinations import LOCAL, Ask, Destination, LocalExpert, PeerExpert, Reply
from luytre.node.pool import CpuBudget, WorkerPool
from luytre.routing.router import Route, Router, cached_router, own_part, stored_router
from luytre.sovereignty.audit import AuditLog, LoopGroupCommit
from luytre.sovereignty.consent import ConsentRegister, check_purpose, check_subject
from luytre.sovereignty.entities import cleaned
from luytre.sovereignty.privacy_gate import Gate, PrivacyDecision, Screening, load_node_policy
from luytre.sovereignty.refusal import explain
from luytre.store.database import InstalledExpert, Registry
from luytre.text.bilingual import is_english
from luytre.threads import pin_threads
from luytre.vetting.admission import VettingReport, package_id, vet
from luytre.vetting.trust import TrustStore

log = logging.getLogger("luytre.node")

ABSTAIN_ANSWER = {
    "vi": "Chưa có chuyên gia nào trên nút này trả lời được câu hỏi này.",
    "en": "No expert on this node can answer this question.",
}
CAN_DO = {"vi": "Nút này có thể giúp về:", "en": "This node can help with:"}
FOR_EXAMPLE = {"vi": "ví dụ", "en": "e.g."}
COMPOSED = {"vi": "Câu trả lời ghép từ hai chuyên gia: {}.", "en": "Answer composed from two experts: {}."}
REFRESH_INTERVAL_S = 1.0
PEER_SYNC_S = 60.0  # how often a serving node refreshes its peers' catalogs
LANGS = ("vi", "en")
AUTO_LANG = "auto"
LANG_SAMPLE, LANG_SAMPLE_CHARS = 50, 256  # a batch's language is read from its first questions' openings


def check_query(query: object, max_bytes: int) -> str:
    """Return ``query`` NFC-normalized and stripped, or raise a specific ``InvalidQuery``.

    Offsets the node reports (personal data found) refer to this form."""
    if not isinstance(query, str):
        raise InvalidQuery("the query must be a string")
    try:
        size = len(query.encode("utf-8"))
    except UnicodeEncodeError as exc:
        raise InvalidQuery("the query is not valid UTF-8 text") from exc
    if size > max_bytes:
        raise QueryTooLarge(f"the query is {size} bytes; this node accepts at most {max_bytes}",
                            size=size, limit=max_bytes)
    stripped = cleaned(query).strip()  # NFC, no zero-width or bidi characters: what is scanned is what is sent
    if not stripped:
        raise InvalidQuery("the query is empty")
    if "\x00" in stripped:
        raise InvalidQuery("the query contains a NUL character")
    return stripped


def check_lang(lang: str) -> str:
    if lang not in (AUTO_LANG, *LANGS):
        raise InvalidQuery(f"unsupported language {lang!r}; use one of {AUTO_LANG}, {', '.join(LANGS)}")
    return lang


@dataclass(frozen=True)
class _PartAsk(Ask):
    """A composed question as one of its experts is asked it, from the text the policy lets leave
    (``routing.router.own_part``): an expert reading one value out of its text (its kind's ``reads_one_value``)
    is asked its own part, without the parts another expert of the answer surely claims; every other expert is
    asked the whole question."""

    expert: str = ""
    others: tuple[str, ...] = ()
    claimers: dict[str, Expert] = field(default_factory=dict)

    def text_for(self, verdict: PrivacyDecision) -> str:
        return own_part(super().text_for(verdict), self.expert, self.others, self.claimers)


def _own_part(snapshot: _Snapshot, ask: Ask, expert: str | None, others: list[str]) -> Ask:
    """``ask`` as ``expert`` is asked it when ``others`` answer with it (composition), else ``ask`` itself."""
    if not others or expert is None or expert not in snapshot.experts:
        return ask
    fields = {name: getattr(ask, name) for name in Ask.__dataclass_fields__}
    return _PartAsk(**fields, expert=expert, others=tuple(others), claimers=snapshot.experts)


def answer_lang(lang: str, query: str) -> str:
    """The language to answer in: the one asked for, or with ``auto`` the question's own (English when it
    reads as English, else Vietnamese)."""
    if lang != AUTO_LANG:
        return lang
    return "en" if is_english(query) else "vi"


@dataclass(frozen=True)
class _Snapshot:
    """Everything a request reads, swapped atomically when experts change."""

    generation: int
    experts: dict[str, Expert] = field(default_factory=dict)
    router: Router | None = None
    failed: dict[str, str] = field(default_factory=dict)
    remote: dict[str, RemoteExpert] = field(default_factory=dict)  # offered by peers, by router label

    @property
    def routing(self) -> Router:
        if self.router is None:  # only the placeholder a node starts from, replaced before it answers
            raise ConfigError("the node has not loaded its experts yet")
        return self.router


class Node:
    """A running node: its home, registry, loaded experts and router."""

    def __init__(self, home: NodeHome) -> None:
        self.home = home
        self.registry = Registry.of_home(home)
        self._lock = threading.Lock()  # one refresh at a time
        self._publishing = threading.Lock()  # a snapshot swap and the experts withdrawn meanwhile
        self._heap, self._heap_frozen = threading.Lock(), False  # freeze_heap
        self._withdrawn: dict[str, int] = {}  # expert -> the registry generation that disabled or removed it
        self._changed = threading.Event()  # wakes the watcher: the registry changed in this process
        self._watching = False
        self._snapshot = _Snapshot(generation=-1)
        key = home.identity()
        self.audit = AuditLog.of_home(home, self.registry)
        self.consents = ConsentRegister(self.registry)
        self.keys = ClientKeys.of_node(self.registry, home.config)
        self.peers = PeerStore(self.registry)
        limits = home.config.limits
        self.mesh = MeshClient(key, home.node_id, self.peers, max_response_bytes=limits.peer_response_bytes,
                               deadline_s=limits.peer_deadline_s, concurrency=limits.peer_concurrency)
        self._asked: collections.deque[float] = collections.deque(maxlen=100_000)
        self._contexts: dict[str, KindContext] = {}
        production = home.config.node.mode == "production"
        if production:
            refuse_demo_trust(home)
        self._policy = load_node_policy(home.policy_file, production=production)
        pin_threads(limits.blas_threads)
        self.pool = WorkerPool(workers=limits.workers, queue_limit=limits.queue_limit, blas_threads=limits.blas_threads,
                               client_workers=limits.client_workers, client_queue=limits.client_queue,
                               switch_interval_s=limits.switch_interval_ms / 1000)
        pool = self.pool
        self._group_commit = LoopGroupCommit(self.audit, backlog=lambda: pool.pending)  # asks yet to be audited
        self.ask_budget = CpuBudget(limits.ask_cpu_s, "limits.ask_cpu_s")
        # A batch stops itself at limits.batch_cpu_s between questions; its watcher allows one question more.
        self.batch_budget = CpuBudget(limits.batch_cpu_s + limits.ask_cpu_s, "limits.batch_cpu_s")
        self._last_checkpoint = time.monotonic()
        self._last_peer_sync = 0.0  # a serving node syncs its peers' catalogs at once, then every PEER_SYNC_S
        self.registry.sweep_orphans()
        self.refresh(force=True)

    @classmethod
    def open(cls, home_path: Path) -> "Node":
        return cls(open_home(home_path))

    def close(self) -> None:
        self.pool.shutdown()
        self._group_commit.close()
        self.registry.close()

    @cached_property
    def gate(self) -> Gate:
        """The personal-data scan and the policy. The scanner (presidio) takes seconds to import and build:
        made on first use, so commands that never scan text (``luytre expert list``, ``status``) start fast;
        a serving node makes it before it answers (``watch``)."""
        from luytre.sovereignty.pii import PiiScanner

        policy, status = self._policy
        return Gate(PiiScanner(use_ner=self.home.config.sovereignty.person_ner), policy, self.consents,
                    self.home.config.node.jurisdiction, self.home.policy_file, status, self.audit.append)

    @cached_property
    def identity(self) -> dict[str, str]:
        return {"id": self.home.node_id, "name": self.home.config.node.name}

    # -- keeping experts and router current -------------------------------
    def refresh(self, *, force: bool = False) -> None:
        """Reload experts and retrain the router if the registry changed.

        Requests never call this: they read the current snapshot, so a reload or a
        router retrain never delays an answer. A serving node runs ``watch`` to
        notice experts installed by another process (e.g. the CLI), and changes made
        through its own admin routes, which answer before the router is retrained."""
        with self._lock:
            generation = self.registry.generation()
            if force or generation != self._snapshot.generation:
                self._load(generation)

    def watch(self, interval_s: float = REFRESH_INTERVAL_S) -> threading.Event:
        """Poll the registry every ``interval_s`` in a daemon thread; set the returned event to stop."""
        _ = self.gate  # built before the first request rather than during it
        stop = threading.Event()

        def loop() -> None:
            while not stop.is_set():
                self._changed.wait(interval_s)
                self._changed.clear()
                if stop.is_set():
                    break
                try:
                    self.refresh()
                    self.gate.reload_policy()
                    if time.monotonic() - self._last_peer_sync >= PEER_SYNC_S:
                        self._last_peer_sync = time.monotonic()
                        self.sync_peers()
                    self.audit.checkpoint_if_due()  # the last entries before a quiet spell get signed too
                    if time.monotonic() - self._last_checkpoint >= self.home.config.audit.checkpoint_interval_s:
                        self.sign_checkpoint()
                        if any(not p.revoked for p in self.peers.list()):
                            self.cosign_with_peers()
                except LuytreError as exc:  # e.g. database busy: keep serving, try again
                    log.warning("background refresh failed: %s", exc.message)
                except Exception:  # a dead watcher would silently stop the node noticing changes
                    log.exception("background refresh failed")

        self._watching = True
        threading.Thread(target=loop, name="luytre-registry-watch", daemon=True).start()
        return stop

    def _load(self, generation: int) -> None:
        """Publish the snapshot of registry ``generation``. When its router must be trained first (seconds),
        this node's experts change at once and the previous router keeps routing among those still here (and
        to the peers' experts it knew) meanwhile; the snapshot's generation and peers' experts, which /healthz
        reports, are those of ``generation`` only once its router is live."""
        experts: dict[str, Expert] = {}
        failed: dict[str, str] = {}
        previous = self._snapshot.experts
        for installed in self.registry.list():
            if not installed.enabled:
                continue
            current = previous.get(installed.id)
            if current is not None and current.manifest.version == installed.active.version:
                experts[installed.id] = current
                continue
            try:
                experts[installed.id] = load_installed(installed)
            except LuytreError as exc:
                failed[installed.id] = exc.message
                log.error("expert %s not loaded: %s", installed.id, exc.message)
        remote = remote_experts(self.peers.list(), set(experts))
        examples = {eid: expert.manifest.examples for eid, expert in experts.items()}
        examples |= {label: list(r.examples) for label, r in remote.items()}
        cache, min_confidence = self.home.cache_dir / "router", self.home.config.router.min_confidence
        versions = {eid: e.manifest.version for eid, e in experts.items()}
        router = stored_router(cache, examples, min_confidence, versions)
        if router is None:  # peers' experts change with the router: /healthz shows them once routed to
            serving = self._snapshot
            self._publish(_Snapshot(serving.generation, experts, serving.router, failed, serving.remote), generation)
            router = cached_router(cache, examples, min_confidence, claimers=experts, versions=versions)
        self._publish(_Snapshot(generation, experts, router, failed, remote), generation)
        with self._heap:  # a serving app froze the heap: let the experts dropped go
            if self._heap_frozen:
                gc.unfreeze()
                gc.collect()
                gc.freeze()

    def freeze_heap(self) -> None:
        """Keep what the node loaded (experts, models, lexicons: most of the heap, alive as long as it serves)
        out of the cyclic collector, which stops walking it in every full collection (a ~0.15 s pause on the
        GIL); each reload collects what it dropped and freezes again. The freeze is the process's: one node
        serving per process."""
        with self._heap:
            gc.freeze()
            self._heap_frozen = True

    def release_heap(self) -> None:
        """End ``freeze_heap``; a reload still running does not freeze again."""
        with self._heap:
            self._heap_frozen = False
            gc.unfreeze()

    def _publish(self, snapshot: _Snapshot, built_from: int) -> None:
        """Serve ``snapshot``, read from registry generation ``built_from``, without the experts an admin
        route withdrew in a later generation while it was loading."""
        with self._publishing:
            self._withdrawn = {eid: g for eid, g in self._withdrawn.items() if g > built_from}
            self._snapshot = self._narrowed(snapshot)

    def _withdraw(self, expert_id: str) -> None:
        """Stop answering with ``expert_id`` now (disabled or removed); its router is retrained later."""
        generation = self.registry.generation()
        with self._publishing:
            self._withdrawn[expert_id] = generation
            self._snapshot = self._narrowed(self._snapshot)

    def _narrowed(self, snapshot: _Snapshot) -> _Snapshot:
        """``snapshot`` without the withdrawn experts, its router choosing only experts it still holds."""
        experts = {eid: e for eid, e in snapshot.experts.items() if eid not in self._withdrawn}
        router = snapshot.router
        if router is not None:
            router = router.without(set(router.experts_) - set(experts) - set(snapshot.remote))
        return replace(snapshot, experts=experts, router=router)

    def _changed_experts(self) -> None:
        """After an admin change: a serving node reloads in its watcher thread (the caller reads the
        generation to wait for in ``/healthz``); otherwise here, before returning."""
        if self._watching:
            self._changed.set()
        else:
            self.refresh(force=True)

    def sync_peers(self) -> dict[str, str]:
        """Fetch and verify every unrevoked peer's catalog; a peer that fails keeps its last good one."""
        outcome = {}
        for peer in self.peers.list():
            if peer.revoked:
                continue
            try:
                catalog = self.mesh.sync_catalog(peer)
                outcome[peer.name] = f"catalog v{catalog['version']}, {len(catalog['experts'])} experts"
            except LuytreError as exc:
                outcome[peer.name] = f"failed: {exc.message}"
        return outcome

    def cosign_with_peers(self) -> dict[str, str]:
        return cosign_with_peers(self.audit, self.peers, self.mesh)

    def asks_per_minute(self) -> int:
        cutoff = time.monotonic() - 60
        return sum(1 for t in self._asked if t >= cutoff)

    def peer_status(self) -> list[dict[str, Any]]:
        return [{**peer.to_dict(), "health": self.mesh.health.get(peer.name, PeerHealth()).to_dict()}
                for peer in self.peers.list()]

    def sign_checkpoint(self) -> None:
        """Sign an audit checkpoint (a no-op when no entry arrived since the last one)."""
        self._last_checkpoint = time.monotonic()
        self.audit.checkpoint()

    def loaded(self) -> dict[str, Expert]:
        return dict(self._snapshot.experts)

    def serving(self) -> tuple[int, dict[str, list[str]]]:
        """The registry generation the node answers from, and its peers' experts by router label with the
        peers offering each (what a caller waits on after changing experts or peers elsewhere)."""
        snapshot = self._snapshot
        return snapshot.generation, {label: [peer.name for peer in remote.peers]
                                     for label, remote in sorted(snapshot.remote.items())}

    def load_failures(self) -> dict[str, str]:
        return dict(self._snapshot.failed)

    def kind_context(self, kind: str) -> KindContext:
        """What kind ``kind``'s routes and follow-ups see of this node (made once per kind)."""
        if kind not in self._contexts:
            self._contexts[kind] = NodeKindContext(kind, home=self.home, registry=self.registry, audit=self.audit,
                                                   keys=self.keys, experts=self.loaded, pool=self.pool)
        return self._contexts[kind]

    # -- the request path --------------------------------------------------
    def route(self, query: str) -> Route:
        query = check_query(query, self.home.config.limits.max_query_bytes)
        snapshot = self._snapshot
        return snapshot.routing.route(query, snapshot.experts)

    def ask(self, query: str, *, expert: str | None = None, lang: str = AUTO_LANG, actor: str = "anonymous",
            purpose: str = "answer", subject: str | None = None) -> AskResponse:
        """Answer ``query`` with ``expert`` or, if none is named, the one the router picks.

        ``purpose`` is what the answer is for ("answer", "research", ...) and
        ``subject`` whose personal data the query carries, for consent checks.
        The answer is returned only once its audit entry is stored; a request the
        policy denies is audited, then raises ``PolicyDenied``."""
        result, entry, answered_at = self._answer(query, expert, lang, actor, purpose, subject)
        seq = self.audit.append(entry)
        return self._audited(result, seq, answered_at)

    async def ask_async(self, query: str, *, expert: str | None = None, lang: str = AUTO_LANG,
                        actor: str = "anonymous", purpose: str = "answer", subject: str | None = None) -> AskResponse:
        """``ask`` for the event loop: waits for the audit commit without blocking other requests,
        so concurrent requests share one commit."""
        abandoned: list[str] = []

        def audit_when_done(reason: str, work: Future[Any]) -> None:  # the request stopped waiting for started work
            abandoned.append(reason)
            work.add_done_callback(lambda done: self._audit_abandoned(done, reason, query, actor, purpose))

        try:
            result, entry, answered_at = await self.pool.run(self._answer, query, expert, lang, actor, purpose,
                                                             subject, budget=self.ask_budget,
                                                             abandoned=audit_when_done)
        except CpuBudgetExceeded as exc:
            if not abandoned:  # the work stopped itself at a budget check: nothing runs on
                await self._group_commit.submit(self._cut_entry(exc, "cpu_budget_exceeded", query, actor, purpose))
            raise
        seq = await self._group_commit.submit(entry)
        return self._audited(result, seq, answered_at)

    async def audit_async(self, entry: dict[str, Any]) -> int:
        """Append ``entry`` to the audit log from the event loop, in the next group commit."""
        return await self._group_commit.submit(entry)

    def _audit_abandoned(self, work: Future[Any], reason: str, query: str, actor: str, purpose: str) -> None:
        """Audit an ask its request stopped waiting for (``reason``), once its work has ended (on its worker):
        the full entry if the expert answered, else what is known. A call dropped while queued reached nothing."""
        if work.cancelled():
            return
        error = work.exception()
        entry = (self._cut_entry(error, reason, query, actor, purpose) if error is not None
                 else {**work.result()[1], "abandoned": reason})
        try:
            self.audit.append(entry)
        except Exception:  # on a worker thread: nobody else would hear of it
            log.exception("audit entry of an abandoned ask not written")

    def _cut_entry(self, error: BaseException, reason: str, query: str, actor: str, purpose: str) -> dict[str, Any]:
        """The audit entry of an ask cut short before it had an answer (no personal data, as every entry)."""
        stage = error.detail.get("stage") if isinstance(error, LuytreError) else None
        return {"actor": actor, "purpose": purpose, "expert": None, "decision": "abandoned", "abandoned": reason,
                "error": getattr(error, "code", type(error).__name__), "stage": stage,
                "query_hmac": self.audit.query_digest(query)}

    def ask_batch(self, queries: list[str], *, expert: str, lang: str = AUTO_LANG, actor: str = "anonymous",
                  purpose: str = "answer") -> list[AskResponse | LuytreError]:
        """``ask`` one expert many questions (e.g. a column of addresses): each goes through the same
        scan, policy and audit as a single ask, and their audit entries are stored in one transaction.
        A question that fails or is denied gets its error in its place."""
        prepared: list[tuple[AskResponse, float] | LuytreError] = []
        entries = []
        budget_s, cpu0 = self.home.config.limits.batch_cpu_s, time.thread_time()
        if check_lang(lang) == AUTO_LANG:  # one language for the whole batch: most of its first questions'
            # A sample, each cut short, so that choosing costs little before the batch's CPU budget is counted.
            sample = [cleaned(q[:LANG_SAMPLE_CHARS]) for q in queries[:LANG_SAMPLE]]
            lang = "en" if 2 * sum(map(is_english, sample)) > len(sample) else "vi"
        for query in queries:
            if time.thread_time() - cpu0 > budget_s:
                prepared.append(Overloaded(f"not answered: the batch used its {budget_s:g} s of CPU time "
                                           "(limits.batch_cpu_s); send the rest in another batch"))
                continue
            try:
                result, entry, answered_at = self._answer(query, expert, lang, actor, purpose, None)
            except LuytreError as exc:
                if isinstance(exc, (ExpertNotFound, ExpertDisabled, PackageError)):
                    raise
                prepared.append(exc)
                continue
            prepared.append((result, answered_at))
            entries.append(entry)
        seqs = iter(self.audit.append_many(entries)) if entries else iter(())
        out: list[AskResponse | LuytreError] = []
        for item in prepared:
            if isinstance(item, LuytreError):
                out.append(item)
                continue
            result, answered_at = item
            try:
                out.append(self._audited(result, next(seqs), answered_at))
            except PolicyDenied as exc:
                out.append(exc)
        return out

    def _audited(self, result: AskResponse, seq: int, answered_at: float) -> AskResponse:
        if result.policy and result.policy["outcome"] == "deny":
            raise PolicyDenied(result.answer, rule=result.policy["rule"], audit_seq=seq,
                               categories=result.privacy["categories"])
        result.audit_seq = seq
        result.timings_ms["audit"] = round((time.perf_counter() - answered_at) * 1000, 3)
        result.timings_ms["total"] = round(result.timings_ms["total"] + result.timings_ms["audit"], 3)
        return result

    def _answer(self, query: str, expert: str | None, lang: str, actor: str, purpose: str,
                subject: str | None) -> tuple[AskResponse, dict[str, Any], float]:
        """scan -> route -> policy -> expert; returns the result, its audit entry and when it was ready."""
        self.gate.warm()
        wall0, cpu0 = time.perf_counter(), time.thread_time()
        check_query(query, self.home.config.limits.max_query_bytes)  # valid; the scan below reads it as typed
        lang = check_lang(lang)
        purpose = check_purpose(purpose)
        subject = check_subject(subject) if subject is not None else None
        snapshot = self._snapshot

        # 1. what personal data the request carries, read as typed: a format character inside a word may stand
        # for a space ("ung\u200bthu"), which the cleaned text no longer shows. From here on the question is
        # the cleaned text the scan's offsets refer to: what is routed, audited and sent.
        screening = self.gate.screen(query.strip())
        query = screening.text
        lang = answer_lang(lang, query)
        consent = self.gate.consent(screening, subject, purpose)  # applies only to the person the data is about
        consented = consent == "applied"
        wall1 = time.perf_counter()
        self.ask_budget.check(cpu0, "after the personal-data scan")

        if expert is None:  # 2. which expert: here, or on a peer (a local one when both could answer)
            route = _prefer_local(self._route_on_meaning(snapshot, screening, query), snapshot)
        else:
            self._require(snapshot, expert)
            route = Route(expert, 1.0, [{"expert": expert, "score": 1.0}])
        wall2 = time.perf_counter()
        self.ask_budget.check(cpu0, "after routing")

        ask = Ask(query, lang, actor, purpose, subject, screening, consented)
        verdict: PrivacyDecision | None = None
        reply: Reply | None = None
        shown_expert: str | None
        if route.expert is not None:
            destination = self._destination(snapshot, route.expert)
            permits = destination.decide(self.gate, ask)  # 3. policy, for each place that could answer
            allowed = [permit for permit in permits if permit.allowed]
            verdict = permits[0].verdict
            if allowed:
                also = ([e for e in route.also if e in snapshot.experts]
                        if expert is None and route.expert in snapshot.experts else [])
                # 4. the expert, here or on a peer; of a composed question, the part that is its own
                reply = destination.call(_own_part(snapshot, ask, route.expert, also[:1]), allowed)
                verdict = reply.verdict
                reply = reply.restored()  # placeholders back to values, for this node's own user only
                if also:  # the question needs a second expert too: ask it under its own policy decision
                    self.ask_budget.check(cpu0, "before the second expert")
                    reply = self._compose(snapshot, reply, also[0], ask)
        if reply is not None:
            answer, result, actions = reply.text, reply.result, reply.actions
            confidence, shown_expert, place = round(reply.confidence * route.confidence, 4), reply.expert, reply.place
        else:  # no expert claimed the question, or the policy let it go nowhere
            answer = _refusal(verdict, screening, lang) if verdict else _abstention(snapshot, lang)
            result, actions, place = None, [], LOCAL
            confidence, shown_expert = (0.0 if verdict else route.confidence), route.expert
        wall3 = time.perf_counter()

        entry = {  # 5. the audit entry: what happened and why, never the personal data itself
            "actor": actor, "purpose": purpose, "expert": shown_expert, "destination": place,
            "decision": _decision(verdict), "rule": verdict.plan.rule if verdict else None,
            "categories": list(screening.categorization.categories),
            "sensitive": list(screening.categorization.sensitive),
            "pii_types": screening.type_counts(),
            "subject_hmac": self.audit.query_digest(subject) if subject else None,
            "consent": consent,
            "query_hmac": self.audit.query_digest(query),
        }
        cpu_ms = (time.thread_time() - cpu0) * 1000
        self._asked.append(time.monotonic())
        response = AskResponse(
            answer=answer,
            expert=shown_expert,
            confidence=confidence,
            candidates=[Candidate.model_validate(c) for c in route.candidates],
            result=result,
            timings_ms={
                "scan": round((wall1 - wall0) * 1000, 3),
                "route": round((wall2 - wall1) * 1000, 3),
                "expert": round((wall3 - wall2) * 1000, 3),
                "total": round((wall3 - wall0) * 1000, 3),
            },
            cpu_ms=round(cpu_ms, 3),
            energy_j_est=round(cpu_ms / 1000 * self.home.config.energy.watts_per_core, 6),
            node=dict(self.identity),
            audit_seq=0,
            privacy={**screening.summary(), "redacted": bool(verdict and verdict.redaction)},
            policy={"outcome": verdict.outcome, "rule": verdict.plan.rule} if verdict else None,
            actions=[Action.model_validate(a) for a in actions],
            small_llm=SmallLLMFigure.model_validate(figure) if (figure := small_llm_figure(route.expert)) else None,
        )
        return response, entry, wall3

    def _compose(self, snapshot: _Snapshot, first: Reply, second_id: str, ask: Ask) -> Reply:
        """One answer from two local experts, each part under its expert's title, saying who contributed.
        The second expert is asked only if the policy allows it to see this question."""
        second = self._destination(snapshot, second_id)
        allowed = [permit for permit in second.decide(self.gate, ask) if permit.allowed]
        if not allowed:
            return first
        parts = [first, second.call(_own_part(snapshot, ask, second_id, [first.expert]), allowed).restored()]
        titles = {part.expert: snapshot.experts[part.expert].manifest.title.pick(ask.lang) for part in parts}
        answer = "\n\n".join(f"{titles[part.expert]}: {part.text}" for part in parts)
        answer += "\n\n" + COMPOSED[ask.lang].format(", ".join(f"{titles[p.expert]} ({p.expert})" for p in parts))
        composed = [{"expert": part.expert, "answer": part.text, "confidence": part.confidence,
                     "result": part.result} for part in parts]
        return replace(first, text=answer, result={**(first.result or {}), "composed": composed},
                       actions=[action for part in parts for action in part.actions])

    def _destination(self, snapshot: _Snapshot, label: str) -> Destination:
        """Where the expert the router calls ``label`` answers: on this node or on a peer."""
        if label in snapshot.remote:
            return PeerExpert(snapshot.remote[label], self.mesh)
        return LocalExpert(label, snapshot.experts[label], self._follow_up)

    def _follow_up(self, expert: Expert, answer: Answer, subject: str | None) -> Answer:
        """The expert's kind carries out the answer's actions (e.g. the tutor saves a session)."""
        kind = expert.manifest.kind
        return kind_named(kind).follow_up(self.kind_context(kind), answer, subject=subject)

    def _route_on_meaning(self, snapshot: _Snapshot, screening: Screening, query: str) -> Route:
        """Route on what the question is about, not on the personal values in it: a patient's address
        must not send a symptom question to the address expert. A question that is nothing but values
        ("12 Nguyễn Trãi, phường 3") routes on its text."""
        if not screening.entities:
            return snapshot.routing.route(query, snapshot.experts)
        route = snapshot.routing.route(self.gate.scanner.redact(query, screening.entities).text, snapshot.experts)
        if route.expert is not None and route.also:  # nothing the raw text could add: routed once
            return route
        raw = snapshot.routing.route(query, snapshot.experts)
        if route.expert is None:
            return raw
        if raw.expert == route.expert and raw.also:  # the values need an expert of their own
            return Route(route.expert, route.confidence, route.candidates, raw.also)
        return route

    def _require(self, snapshot: _Snapshot, expert_id: str) -> None:
        if expert_id in snapshot.experts or expert_id in snapshot.remote:
            return
        if expert_id in snapshot.failed:
            raise PackageError(f"expert {expert_id!r} is installed but failed to load: {snapshot.failed[expert_id]}")
        installed = self.registry.get(expert_id)  # raises ExpertNotFound
        if not installed.enabled:
            raise ExpertDisabled(f"expert {expert_id!r} is disabled on this node")
        raise ExpertNotFound(f"expert {expert_id!r} is not loaded")

    # -- administration ----------------------------------------------------
    def vet(self, source: Path, *, allow_downgrade: bool = False, eval_file: Path | None = None,
            allow_unsigned: bool = False, workdir: Path | None = None) -> VettingReport:
        """Run the admission gate on a package folder or archive, against this node's trust store."""
        if allow_unsigned and self.home.config.node.mode == "production":
            raise VettingFailed("--allow-unsigned is refused: this node's config says mode = \"production\"")
        expert_id = package_id(source)
        installed = self.registry.find(expert_id) if expert_id else None
        return vet(source, TrustStore.of_home(self.home.path), self.home.config.vetting,
                   installed_version=installed.active.version if installed else None,
                   allow_downgrade=allow_downgrade, eval_file=eval_file, allow_unsigned=allow_unsigned,
                   max_package_bytes=self.home.config.limits.max_package_bytes, workdir=workdir)

    def install(self, source: Path, *, allow_downgrade: bool = False, eval_file: Path | None = None,
                allow_unsigned: bool = False) -> InstalledExpert:
        """Vet, then install a package folder or archive; nothing is kept if any step fails.

        The gate has already loaded the expert and answered its examples in its resource probe,
        so the package it opened is installed as it is, with the vetting report."""
        with tempfile.TemporaryDirectory(prefix="luytre-install-") as tmp:
            report = self.vet(source, allow_downgrade=allow_downgrade, eval_file=eval_file,
                              allow_unsigned=allow_unsigned, workdir=Path(tmp))
            if not report.admitted:
                failed = report.failed()
                error = ExpertExists if failed[0].name == "version" else VettingFailed  # 409, as before vetting
                reasons = "; ".join(f"{c.name}: {c.detail}" for c in failed if not c.detail.startswith("not run"))
                raise error(f"refused by vetting — {reasons}", check=failed[0].name, report=report.to_dict())
            assert report.package is not None  # admitted: the gate opened the package and keeps it until here
            installed = self.registry.install(report.package, allow_downgrade=allow_downgrade,
                                              vetting_report=report.to_dict())
        self.refresh(force=True)
        return installed

    def remove(self, expert_id: str) -> None:
        self.registry.remove(expert_id)
        self._withdraw(expert_id)
        self._changed_experts()

    def set_enabled(self, expert_id: str, *, enabled: bool) -> InstalledExpert:
        """Enable or disable ``expert_id``. A disabled expert stops answering at once; on a serving node the
        router is retrained without it (or with it) in the background: see ``routing_live``."""
        installed = self.registry.set_enabled(expert_id, enabled)
        if not enabled:
            self._withdraw(expert_id)
        self._changed_experts()
        return installed

    def routing_live(self, generation: int) -> bool:
        """Whether the node routes with registry ``generation`` (or a later one) yet."""
        return self._snapshot.generation >= generation


def refuse_demo_trust(home: NodeHome) -> None:
    """Production mode refuses to start while the demo publisher's key (its private half sits in every
    demo home) is trusted: anyone could sign an expert this node would then install."""
    if any(key.org == DEMO_PUBLISHER for key in TrustStore.of_home(home.path).keys()):
        raise ConfigError(f"mode = \"production\" refuses to start while the demo publisher key ({DEMO_PUBLISHER})"
                          f" is trusted; remove it: luytre trust remove {DEMO_PUBLISHER}")


def _prefer_local(route: Route, snapshot: _Snapshot) -> Route:
    """A peer's expert only when no local expert scored close to it (within a fifth)."""
    if route.expert not in snapshot.remote:
        return route
    local = [(str(c["expert"]), float(c["score"])) for c in route.candidates
             if c["expert"] in snapshot.experts and float(c["score"]) >= 0.8 * route.confidence]
    return Route(local[0][0], local[0][1], route.candidates) if local else route


def _abstention(snapshot: _Snapshot, lang: str) -> str:
    """No expert claimed the question: say so, and what this node's experts do, two example
    questions each, in the asker's language (examples in it when the expert has some)."""
    lines = [ABSTAIN_ANSWER[lang], CAN_DO[lang]]
    for expert in sorted(snapshot.experts.values(), key=lambda e: e.manifest.id)[:MAX_LISTED_EXPERTS]:
        examples = list(itertools.islice(_examples_in(expert.manifest.examples, lang), 2))
        shown = f" ({FOR_EXAMPLE[lang]} “{'”, “'.join(examples)}”)" if examples else ""
        lines.append(f"• {expert.manifest.title.pick(lang)}{shown}")
    return "\n".join(lines) if snapshot.experts else ABSTAIN_ANSWER[lang]


def _examples_in(examples: list[str], lang: str) -> Iterator[str]:
    """Examples that read as ``lang``, in order (read lazily: an abstention shows the first two of an expert's
    hundreds): Vietnamese ones carry diacritics; English ones are plain ASCII and read as English (Vietnamese typed
    without diacritics is ASCII too: "the atm nay cua ngan hang nao" is no English example). None in that
    language: none shown (never the wrong language)."""
    if lang == "vi":
        return (e for e in examples if len(e) <= MAX_EXAMPLE_CHARS and not _VI_LETTERS.isdisjoint(e.lower()))
    return (e for e in examples if e.isascii() and len(e) <= MAX_EXAMPLE_CHARS and is_english(e))


_VI_LETTERS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
MAX_LISTED_EXPERTS = 12
MAX_EXAMPLE_CHARS = 80


def _refusal(verdict: PrivacyDecision, screening: Screening, lang: str) -> str:
    return explain(verdict.plan.rule, screening.categorization, screening.entity_types, lang)


def _decision(verdict: PrivacyDecision | None) -> str:
    if verdict is None:
        return "abstained"
    return {"allow": "answered", "redact": "answered_redacted", "deny": "denied"}[verdict.outcome]

