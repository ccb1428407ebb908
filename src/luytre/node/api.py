"""The node's HTTP API (FastAPI): one router per area (``luytre.node.routes``), each reaching the node through
a dependency (``luytre.node.deps``). OpenAPI at ``/docs``; routes beyond the public ask path need a client key
with a role that may use them (docs/access.md)."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from luytre import __version__
from luytre.errors import LuytreError, error_body, http_error
from luytre.kinds import available_kinds
from luytre.mesh.server import mesh_router
from luytre.node.audit_routes import audit_router
from luytre.node.context import CALLER_STATE
from luytre.node.deps import Guards
from luytre.node.fast_ask import fast_ask
from luytre.node.limits import RequestLimits, request_credential
from luytre.node.metrics import ApiMetrics
from luytre.node.refusals import audit_refusal, is_access_refusal, sign_refusal
from luytre.node.routes.ask import ask_router
from luytre.node.routes.experts import experts_router
from luytre.node.routes.operations import operations_router
from luytre.node.routes.policy import policy_router
from luytre.node.service import Node
from luytre.node.transport import NoStore, TrustedHosts, allowed_hosts, mount_docs
from luytre.node.web import mount_web

log = logging.getLogger("luytre.api")

HTTP_CODES = {404: "not_found", 405: "method_not_allowed", 413: "request_too_large"}


def create_app(node: Node, bound_host: str | None = None) -> FastAPI:
    """Build the API around a running ``node`` (serving on ``bound_host``, by default the config's).

    Requests run the node's work in its bounded worker pool (``node.pool``); the registry is watched in a
    background thread for changes made elsewhere."""

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        stop = node.watch()  # builds the gate (the scanner, its models and lexicon) before the freeze takes it in
        node.freeze_heap()
        try:
            yield
        finally:
            stop.set()
            node.release_heap()

    app = FastAPI(
        lifespan=lifespan,
        title="luytre node",
        version=__version__,
        description="A node of the luytre network: routes questions to small, vetted expert models.",
        docs_url=None, redoc_url=None,  # mount_docs serves them from the node's own files
    )
    app.state.node = node
    app.state.metrics = metrics = ApiMetrics()
    add_error_handlers(app, metrics)

    guards = Guards.of(node)
    app.include_router(ask_router())
    app.include_router(experts_router(guards, max_package_bytes=node.home.config.limits.max_package_bytes))
    app.include_router(audit_router(proofs=guards.anyone, records=guards.auditors))
    app.include_router(policy_router(guards))
    for name, kind in sorted(available_kinds().items()):  # each kind's own routes, under /v1/<kind>
        router = kind.routes(node.kind_context(name))
        if router is not None:
            app.include_router(router, prefix=f"/v1/{name}")
    app.include_router(mesh_router(node))
    app.include_router(operations_router(guards))
    mount_web(app)
    mount_docs(app)

    # RequestLimits caps every body (declared or chunked) from the [limits] config before a route reads it;
    # the install route's max_body_size caps the streamed package upload.
    app.add_middleware(RequestLimits, limits=node.home.config.limits, credential=request_credential(app, node),
                       kind_prefixes=tuple(f"/v1/{name}/" for name in available_kinds()),
                       fast=fast_ask(app))
    app.add_middleware(NoStore)
    server = node.home.config.server
    app.add_middleware(TrustedHosts, hosts=allowed_hosts(server.allowed_hosts, bound_host or server.host))
    return app


def add_error_handlers(app: FastAPI, metrics: ApiMetrics) -> None:
    """Every refusal leaves the API as ``{"error": {"code", "message", ...}}`` with its status, counted by code;
    ``luytre.errors.http_error`` says which status and body a ``LuytreError`` gets."""

    @app.exception_handler(LuytreError)
    async def _luytre_error(request: Request, exc: LuytreError) -> JSONResponse:
        metrics.refused(exc)
        if is_access_refusal(exc):  # audited, as the limits middleware audits the refusals it makes
            try:
                await audit_refusal(request.app.state.node, request.scope, exc,
                                    (request.scope.get("state") or {}).get(CALLER_STATE),
                                    route=getattr(request.scope.get("route"), "path", "(no such route)"),
                                    path_params=request.path_params)
            except LuytreError as failed:  # the refusal could not be audited (store busy): say that instead
                exc = failed
        status, body, headers = http_error(exc)
        response = JSONResponse(body, status_code=status, headers=headers)
        sign_refusal(request.scope, response)
        return response

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_request: Request, exc: RequestValidationError) -> JSONResponse:
        metrics.errors.labels("invalid_request").inc()
        problems = [f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()]
        return JSONResponse(error_body("invalid_request", "the request is malformed: " + "; ".join(problems)),
                            status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, message = HTTP_CODES.get(exc.status_code, "http_error"), str(exc.detail)
        if exc.status_code == 400 and "parsing the body" in message:
            code, message = "invalid_request", "the request body is not valid UTF-8 JSON"
        metrics.errors.labels(code).inc()
        return JSONResponse(error_body(code, message), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(_request: Request, exc: Exception) -> JSONResponse:
        log.exception("unexpected error")
        metrics.errors.labels("internal_error").inc()
        return JSONResponse(error_body("internal_error", "the node failed unexpectedly; the operator's log has "
                                                         "details"), status_code=500)
