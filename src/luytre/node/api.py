"""The node's HTTP API (FastAPI). OpenAPI at ``/docs``; routes beyond the public ask path need a client key
with a role that may use them (docs/access.md)."""

from __future__ import annotations

import logging
import shutil
import tempfile
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from luytre import __version__
from luytre.access import ANONYMOUS, EVERYONE, NAMES_SUBJECT
from luytre.errors import Forbidden, LuytreError, Overloaded, QueryTooLarge
from luytre.kinds import Action, available_kinds
from luytre.llm_comparison import SmallLLMFigure
from luytre.mesh.server import mesh_router
from luytre.node.audit_routes import audit_router
from luytre.node.context import request_caller, role_check
from luytre.node.limits import RequestLimits, request_credential
from luytre.node.metrics import MetricHistory
from luytre.node.service import Node, check_query
from luytre.node.transport import NoStore, TrustedHosts, allowed_hosts, mount_docs
from luytre.node.web import mount_web
from luytre.sovereignty.policy import PolicyRequest
from luytre.sovereignty.privacy_gate import scan_report
from luytre.store.database import InstalledExpert

log = logging.getLogger("luytre.api")


class AskRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str = Field(description="The question, in Vietnamese or English.")
    expert: str | None = Field(None, description="Ask this expert directly instead of routing.")
    lang: str = Field("vi", description="Answer language: vi or en.")
    purpose: str = Field("answer", description="What the answer is for: answer, research, training, ... "
                                               "The node's policy may require the subject's consent for it.")
    subject: str | None = Field(None, description="Whose personal data the query carries (for consent checks).")


class InvokeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str
    lang: str = "vi"
    purpose: str = "answer"
    subject: str | None = None


MAX_BATCH = 2000  # questions in one batch request


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    queries: list[str] = Field(min_length=1, max_length=MAX_BATCH, description="The questions (e.g. addresses).")
    lang: str = "vi"
    purpose: str = "answer"


class TextRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str = Field(description="Text to scan for personal data.")


class ConsentRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    subject: str
    purpose: str
    status: str = Field(description="granted or withdrawn")
    evidence: str = Field(description="How consent was obtained or withdrawn: form number, recording, ...")


class RouteRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    query: str


class Candidate(BaseModel):
    expert: str
    score: float = Field(description="The fused probability that this expert should answer.")
    text: float | None = Field(None, description="The text model's probability alone.")
    claim: float | None = Field(None, description="The expert's own claim on the question (0..1), if asked.")
    reason: str | None = Field(None, description="Why the expert claimed it, in its words.")
    urgent: bool = Field(False, description="The expert's safety rule fired (e.g. an emergency): it gets the "
                                            "question whatever the scores.")


class AskResponse(BaseModel):
    answer: str
    expert: str | None
    confidence: float
    candidates: list[Candidate]
    result: dict[str, Any] | None
    timings_ms: dict[str, float]
    cpu_ms: float
    energy_j_est: float = Field(description="Estimate: CPU time times the configured watts per core.")
    node: dict[str, str]
    audit_seq: int = Field(description="This answer's entry in the node's audit log (see /v1/audit/proof/{seq}).")
    privacy: dict[str, Any] = Field(description="Personal data found (types and offsets, no values), the "
                                                "request's data categories, and whether it was redacted.")
    policy: dict[str, str] | None = Field(description="The policy outcome and the rule that decided it.")
    actions: list[Action] = Field(default_factory=list, description="Typed follow-ups of the answer, from the "
                                                                    "expert's kind (e.g. tutor.session_started).")
    ai_generated: bool = Field(True, description="Marks AI-generated content (Law 71/2025).")
    small_llm: SmallLLMFigure | None = Field(None, description="What a small general LLM used per answer for this "
                                             "kind of question in the last bench run (bench/vs_llm), beside "
                                             "energy_j_est; null when not measured.")


class RouteResponse(BaseModel):
    query: str
    expert: str | None
    confidence: float
    candidates: list[Candidate]


def expert_view(installed: InstalledExpert, node: Node) -> dict[str, Any]:
    """The public record of an installed expert, shared by the API and ``luytre expert info``."""
    return {
        "id": installed.id,
        "version": installed.active.version,
        "enabled": installed.enabled,
        "loaded": installed.id in node.loaded(),
        "load_error": node.load_failures().get(installed.id),
        "kind": installed.manifest.kind,
        "domain": installed.manifest.domain,
        "title": installed.manifest.title.model_dump(),
        "risk_tier": installed.manifest.risk_tier,
        "data_categories": installed.manifest.data_categories,
        "publisher": installed.manifest.publisher,
        "digest": installed.active.digest,
        "installed_at": installed.active.installed_at.isoformat(),
        "manifest": installed.manifest.model_dump(mode="json"),
        "vetting": installed.active.vetting_report,
        "unsigned": bool((installed.active.vetting_report or {}).get("unsigned")),
        "versions": [
            {"version": v.version, "digest": v.digest, "installed_at": v.installed_at.isoformat(),
             "size_bytes": v.size_bytes}
            for v in installed.versions
        ],
    }


def _error(status: int, code: str, message: str, **detail: Any) -> JSONResponse:
    body: dict[str, Any] = {"code": code, "message": message}
    if detail:
        body["detail"] = detail
    return JSONResponse({"error": body}, status_code=status)


def create_app(node: Node, bound_host: str | None = None) -> FastAPI:
    """Build the API around a running ``node`` (serving on ``bound_host``, by default the config's).

    Answering is CPU work of well under a millisecond, so the ask routes run on
    the event loop: handing them to threads would only add GIL contention. The
    registry is watched in a background thread for changes made elsewhere."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        stop = node.watch()
        yield
        stop.set()

    # RequestLimits caps every body (declared or chunked) from the [limits] config before a route reads it;
    # the route-level max_body_size caps the streamed package upload.
    app = FastAPI(
        lifespan=lifespan,
        title="luytre node",
        version=__version__,
        description="A node of the luytre network: routes questions to small, vetted expert models.",
        docs_url=None, redoc_url=None,  # mount_docs serves them from the node's own files
    )
    metrics = CollectorRegistry()
    asks = Counter("luytre_asks_total", "Questions answered", ["expert"], registry=metrics)
    errors = Counter("luytre_errors_total", "Requests refused, by error code", ["code"], registry=metrics)
    latency = Histogram("luytre_ask_seconds", "Time to answer one question", registry=metrics,
                        buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1.0))
    loaded = Gauge("luytre_experts_loaded", "Experts loaded and answering", registry=metrics)
    energy = Counter("luytre_energy_joules", "Estimated energy spent answering", registry=metrics)
    redactions = Counter("luytre_redactions_total", "Questions redacted before the expert saw them, by policy rule",
                         ["rule"], registry=metrics)
    denials = Counter("luytre_policy_denials_total", "Questions denied by the data policy, by rule", ["rule"],
                      registry=metrics)

    history = MetricHistory()

    def record(result: Any) -> Any:
        asks.labels(result.expert or "none").inc()
        latency.observe(result.timings_ms["total"] / 1000)
        energy.inc(result.energy_j_est)
        if result.privacy.get("redacted"):
            redactions.labels((result.policy or {}).get("rule") or "redacted").inc()
        history.answered(result.expert, result.timings_ms["total"], result.energy_j_est, result.policy,
                         bool(result.privacy.get("redacted")))
        return result.to_dict()

    @app.exception_handler(LuytreError)
    async def _luytre_error(_request: Request, exc: LuytreError) -> JSONResponse:
        errors.labels(exc.code).inc()
        if exc.detail.get("rule"):
            denials.labels(exc.detail["rule"]).inc()
        history.refused(exc.code, exc.detail.get("rule"))
        headers = {"retry-after": str(exc.retry_after_s)} if isinstance(exc, Overloaded) else None
        return JSONResponse({"error": exc.to_dict()}, status_code=exc.http_status, headers=headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        errors.labels("invalid_request").inc()
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return _error(422, "invalid_request", "the request is malformed: " + "; ".join(problems))

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}.get(exc.status_code,
                                                                                             "http_error")
        if exc.status_code == 400 and "parsing the body" in str(exc.detail):
            code, detail = "invalid_request", "the request body is not valid UTF-8 JSON"
        else:
            detail = str(exc.detail)
        errors.labels(code).inc()
        return _error(exc.status_code, code, detail)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        errors.labels("internal_error").inc()
        return _error(500, "internal_error", "the node failed unexpectedly; the operator's log has details")

    admin_only = [Depends(role_check(node.keys, {"operator"}))]
    auditors = [Depends(role_check(node.keys, {"auditor"}))]
    clerks = [Depends(role_check(node.keys, NAMES_SUBJECT))]
    anyone = [Depends(role_check(node.keys, EVERYONE, anonymous=node.home.config.access.anonymous))]

    def asker(request: Request, subject: str | None, purpose: str) -> str:
        """The actor an ask is audited and decided as; only roles that may name a data subject or a
        purpose other than the default one may send them."""
        caller = request_caller(request, node.keys)
        role = caller.role if caller else ANONYMOUS
        if (subject is not None or purpose != "answer") and role not in NAMES_SUBJECT:
            raise Forbidden(f"a {role} caller may not name a data subject or a purpose other than \"answer\"; "
                            f"that needs a client key with role {' or '.join(sorted(NAMES_SUBJECT))}")
        return caller.label if caller else ANONYMOUS

    @app.post("/v1/ask", response_model=AskResponse, tags=["ask"], summary="Answer a question")
    async def ask(body: AskRequest, request: Request) -> dict[str, Any]:
        actor = asker(request, body.subject, body.purpose)
        return record(await node.ask_async(body.query, expert=body.expert, lang=body.lang, actor=actor,
                                           purpose=body.purpose, subject=body.subject))

    @app.post("/v1/route", response_model=RouteResponse, tags=["ask"], summary="Which expert would answer")
    async def route(body: RouteRequest) -> dict[str, Any]:
        r = await node.pool.run(node.route, body.query, budget=node.ask_budget)
        return {"query": body.query, "expert": r.expert, "confidence": r.confidence, "candidates": r.candidates}

    @app.get("/v1/experts", tags=["experts"], summary="Installed experts")
    def list_experts() -> list[dict[str, Any]]:
        return [expert_view(e, node) for e in node.registry.list()]

    @app.get("/v1/experts/{expert_id}", tags=["experts"], summary="One installed expert")
    def expert_info(expert_id: str) -> dict[str, Any]:
        return expert_view(node.registry.get(expert_id), node)

    @app.post("/v1/experts/{expert_id}/invoke", response_model=AskResponse, tags=["experts"],
              summary="Ask one expert directly")
    async def invoke(expert_id: str, body: InvokeRequest, request: Request) -> dict[str, Any]:
        actor = asker(request, body.subject, body.purpose)
        return record(await node.ask_async(body.query, expert=expert_id, lang=body.lang, actor=actor,
                                           purpose=body.purpose, subject=body.subject))

    @app.post("/v1/experts/{expert_id}/batch", tags=["experts"], summary="Ask one expert many questions")
    async def batch(expert_id: str, body: BatchRequest, request: Request) -> dict[str, Any]:
        limits = node.home.config.limits
        actor = asker(request, None, body.purpose)
        most, key = ((limits.max_batch_items, "limits.max_batch_items") if actor != ANONYMOUS
                     else (limits.max_batch_items_anonymous, "limits.max_batch_items_anonymous"))
        if len(body.queries) > most:
            raise QueryTooLarge(f"a batch takes at most {most} questions from this caller ({key})",
                                size=len(body.queries), limit=most)
        results = await node.pool.run(node.ask_batch, body.queries, expert_id, body.lang, actor, body.purpose,
                                      budget=node.batch_budget)
        answered = sum("error" not in r for r in results)
        if answered:  # only an expert that answered becomes a metric label, never any id in a URL
            asks.labels(expert_id).inc(answered)
        return {"results": results}

    @app.post("/v1/experts", tags=["admin"], status_code=201, summary="Install a package archive",
              dependencies=admin_only, max_body_size=node.home.config.limits.max_package_bytes)
    def install(file: UploadFile, allow_downgrade: bool = False) -> dict[str, Any]:
        # The upload's size is capped by this route's max_body_size while it is read.
        with tempfile.TemporaryDirectory(prefix="luytre-upload-") as tmp:
            target = Path(tmp) / "package.luytre"
            with open(target, "wb") as out:
                shutil.copyfileobj(file.file, out)
            installed = node.install(target, allow_downgrade=allow_downgrade)
        return expert_view(installed, node)

    @app.delete("/v1/experts/{expert_id}", tags=["admin"], summary="Remove an expert and its files",
                dependencies=admin_only)
    def remove(expert_id: str) -> dict[str, Any]:
        node.remove(expert_id)
        return {"removed": expert_id}

    @app.post("/v1/experts/{expert_id}/enable", tags=["admin"], summary="Enable an expert", dependencies=admin_only)
    def enable(expert_id: str) -> dict[str, Any]:
        return expert_view(node.set_enabled(expert_id, True), node)

    @app.post("/v1/experts/{expert_id}/disable", tags=["admin"], summary="Disable an expert",
              dependencies=admin_only)
    def disable(expert_id: str) -> dict[str, Any]:
        return expert_view(node.set_enabled(expert_id, False), node)

    app.include_router(audit_router(node, proofs=anyone, records=auditors))

    @app.post("/v1/pii/scan", tags=["privacy"], summary="Find personal data in a text")
    async def pii_scan(body: TextRequest) -> dict[str, Any]:
        text = check_query(body.text, node.home.config.limits.max_query_bytes)
        return await node.pool.run(scan_report, node.gate.scanner, text, budget=node.ask_budget)

    @app.get("/v1/policy", tags=["admin"], summary="The node's data policy and its rules", dependencies=admin_only)
    def policy_show() -> dict[str, Any]:
        policy = node.gate.policy
        return {"source": policy.source, "rules": sorted(policy.rule_ids.values()), "text": policy.text,
                "status": node.gate.status.to_dict()}

    @app.post("/v1/policy/check", tags=["admin"], summary="Explain the policy's decision for a request",
              dependencies=admin_only)
    async def policy_check(body: dict[str, Any]) -> dict[str, Any]:
        decision = await node.pool.run(node.gate.policy.decide, PolicyRequest.from_dict(body))
        return {"allowed": decision.allowed, "rule": decision.rule, "matched": list(decision.rules)}

    @app.post("/v1/consents", tags=["consent"], status_code=201, summary="Record a consent grant or withdrawal",
              dependencies=clerks)
    def consent_record(body: ConsentRequest, request: Request) -> dict[str, Any]:
        caller = request_caller(request, node.keys)
        return node.consents.record(body.subject, body.purpose, body.status, body.evidence,
                                    caller.label if caller else ANONYMOUS).to_dict()

    @app.get("/v1/consents", tags=["consent"], summary="Consent events, oldest first", dependencies=clerks)
    def consent_history(subject: str | None = None) -> list[dict[str, Any]]:
        return [event.to_dict() for event in node.consents.history(subject)]

    for name, kind in sorted(available_kinds().items()):  # each kind's own routes, under /v1/<kind>
        router = kind.routes(node.kind_context(name))
        if router is not None:
            app.include_router(router, prefix=f"/v1/{name}")
    app.include_router(mesh_router(node))

    @app.get("/v1/peers", tags=["federation"], summary="Peers, their catalogs and their health",
             dependencies=admin_only)
    def peers() -> list[dict[str, Any]]:
        return node.peer_status()
    mount_web(app)
    mount_docs(app)
    credential = request_credential(app, node)
    app.add_middleware(RequestLimits, limits=node.home.config.limits, credential=credential,
                       kind_prefixes=tuple(f"/v1/{name}/" for name in available_kinds()))
    app.add_middleware(NoStore)
    server = node.home.config.server
    app.add_middleware(TrustedHosts, hosts=allowed_hosts(server.allowed_hosts, bound_host or server.host))

    @app.get("/healthz", tags=["operations"], summary="Liveness and what is loaded")
    async def healthz() -> dict[str, Any]:  # on the event loop: answers while every worker is busy
        experts = node.loaded()
        return {"status": "ok", "version": __version__, "node": node.identity, "experts": sorted(experts),
                "failed": node.load_failures(), "policy": node.gate.status.to_dict()}

    @app.get("/v1/metrics/history", tags=["operations"], summary="The last hour in time buckets, for the dashboard")
    def metrics_history() -> dict[str, Any]:
        return history.snapshot()

    @app.get("/metrics", tags=["operations"], summary="Prometheus metrics")
    def prometheus() -> Response:
        loaded.set(len(node.loaded()))
        return Response(generate_latest(metrics), media_type=CONTENT_TYPE_LATEST)

    return app
