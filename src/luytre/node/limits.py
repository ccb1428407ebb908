"""Request limits, enforced before a route sees the request: one ASGI middleware.

Every bound comes from the ``[limits]`` section of the node's config
(``LimitsSection``; docs/security.md lists them). For each HTTP request, in order:

1. per client address: a token-bucket rate and a ceiling on requests in progress
   (``429`` with ``Retry-After``); the request's work is then the client's (``pool.CLIENT``:
   its key if it has one, else its address) for the worker pool's fair share;
2. the caller is found from the headers alone: its client key (``luytre.access``;
   a revoked, expired or rotated key is refused at once), or a trusted peer's node id
   on the mesh routes. A route's role marker (``luytre_roles`` of its dependency,
   ``node.context.role_check``) refuses every other role before a byte of the body is
   read; routes without one are the public ask path. A key with a rate of its own
   gets its own token bucket (``luytre client create --rate``). A refusal here is
   audited (``node.refusals``), as one inside a route is;
3. the body is counted while it is read, declared or chunked alike, and refused
   with ``413`` at the first byte over the route's limit. JSON bodies (small) are
   read here in full and handed on; a package upload streams to its route, which
   caps it with FastAPI's ``max_body_size``.

A plain ASGI class rather than ``@app.middleware``: that would cost a task group per request."""

from __future__ import annotations

import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from fastapi.responses import JSONResponse
from fastapi.routing import iter_route_contexts
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from luytre.access import PUBLIC, Caller, refusal
from luytre.config import LimitsSection
from luytre.errors import LuytreError
from luytre.node.context import CALLER_STATE
from luytre.node.pool import CLIENT
from luytre.node.refusals import audit_refusal

if TYPE_CHECKING:
    from fastapi import FastAPI

    from luytre.node.service import Node

__all__ = ["Credential", "FastPath", "RequestLimits", "request_credential"]

# (scope, body read, receive, send) -> True once it has answered, False to hand the request on (nothing sent)
FastPath = Callable[[Scope, bytes, Receive, Send], Awaitable[bool]]

_BATCH = re.compile(r"^/v1/experts/[^/]+/batch$")
_UPLOAD = "/v1/experts"
_UNLIMITED_PATHS = ("/healthz", "/metrics")  # answered at once, so a monitor still sees a saturated node
MAX_TRACKED_CLIENTS = 10_000  # client addresses remembered by the rate limiter (least recently seen dropped)
NEEDS_REMEMBERED, NEEDS_PATH_CHARS = 256, 128  # the roles of (method, path) kept for paths this short


@dataclass(frozen=True)
class Credential:
    """What the node can tell about a request from its headers alone."""

    needs: Callable[[str, str], frozenset[str] | str | None]  # (method, path) -> roles allowed | "peer" | None
    caller: Callable[[Headers], Caller | None]  # raises Unauthorized for a bad key
    is_peer: Callable[[Headers], bool]
    refused: Callable[[Scope, LuytreError, Caller | None], Awaitable[None]]  # audits a refusal


def request_credential(app: "FastAPI", node: "Node") -> Credential:
    """Which roles each of ``app``'s routes admits (its dependency's ``luytre_roles``, kinds' routes included;
    unmarked routes are the public ask path, open to anonymous callers when ``access.anonymous`` allows),
    which need a peer's signature (POSTs under /v1/mesh/), and how to tell the caller from the headers."""
    public = PUBLIC if node.home.config.access.anonymous else PUBLIC - {"anonymous"}
    marked = []
    for route in iter_route_contexts(app.routes):  # included routers (kinds' routes) with their full paths
        dependant = getattr(route, "dependant", None)
        roles = [getattr(d.call, "luytre_roles", None) for d in getattr(dependant, "dependencies", ())]
        found = next((r for r in roles if r), None)
        if found:
            marked.append((route.path_regex, route.methods, found))

    def lookup(method: str, path: str) -> frozenset[str] | str | None:
        if path.startswith("/v1/mesh/"):  # peers authenticate by their signature, not by a client key
            return "peer" if method == "POST" else None
        return next((roles for regex, methods, roles in marked if regex.match(path) and method in (methods or ())),
                    public)

    # Every marked route's pattern is tried on each request: remembered for the paths asked most (short ones
    # only, so that varied long paths cannot make the cache large).
    remembered = lru_cache(maxsize=NEEDS_REMEMBERED)(lookup)

    def needs(method: str, path: str) -> frozenset[str] | str | None:
        return remembered(method, path) if len(path) <= NEEDS_PATH_CHARS else lookup(method, path)

    def caller(headers: Headers) -> Caller | None:
        return node.keys.caller(headers.get("authorization"))

    def is_peer(headers: Headers) -> bool:
        sender = headers.get("x-luytre-node")
        return sender is not None and node.peers.trusted_key(sender) is not None

    templates = [(route.path_regex, route.methods, str(route.path)) for route in iter_route_contexts(app.routes)
                 if hasattr(route, "path_regex")]

    async def refused(scope: Scope, error: LuytreError, caller: Caller | None) -> None:
        method, path = scope["method"], scope["path"]
        found = next(((template, match.groupdict()) for regex, methods, template in templates
                      if (match := regex.match(path)) and method in (methods or (method,))), None)
        route, params = found or ("(no such route)", {})  # never the path itself: it may hold a person's id
        await audit_refusal(node, scope, error, caller, route=route, path_params=params)

    return Credential(needs, caller, is_peer, refused)


class _Buckets:
    """Token buckets and in-progress counts per client address, bounded in number."""

    def __init__(self, rate: float, burst: int, concurrent: int) -> None:
        self.rate, self.burst, self.concurrent = rate, burst, concurrent
        self._clients: OrderedDict[str, list[float]] = OrderedDict()  # address -> [tokens, stamp, in progress]
        self._lock = threading.Lock()

    def enter(self, client: str) -> float | None:
        """Admit one request from ``client``, or return the seconds it should wait."""
        now = time.monotonic()
        with self._lock:
            state = self._clients.pop(client, None) or [float(self.burst), now, 0.0]
            self._clients[client] = state
            while len(self._clients) > MAX_TRACKED_CLIENTS:
                self._clients.popitem(last=False)
            state[0] = min(float(self.burst), state[0] + (now - state[1]) * self.rate)
            state[1] = now
            if state[2] >= self.concurrent:
                return 1.0
            if state[0] < 1.0:
                return (1.0 - state[0]) / self.rate
            state[0] -= 1.0
            state[2] += 1
            return None

    def leave(self, client: str) -> None:
        with self._lock:
            state = self._clients.get(client)
            if state is not None:
                state[2] = max(0.0, state[2] - 1)


class _TooLarge(Exception):
    pass


def _error(status: int, code: str, message: str, retry_after_s: float | None = None) -> JSONResponse:
    headers = {"retry-after": str(max(1, math.ceil(retry_after_s)))} if retry_after_s is not None else None
    return JSONResponse({"error": {"code": code, "message": message}}, status_code=status, headers=headers)


class RequestLimits:
    """The node's request limits (see the module's docstring)."""

    def __init__(self, app: ASGIApp, limits: LimitsSection, credential: Credential,
                 kind_prefixes: tuple[str, ...] = (), fast: FastPath | None = None) -> None:
        self.app, self.limits, self.credential = app, limits, credential
        self.fast = fast  # answers a plain POST /v1/ask once its body is read (node.fast_ask), else False
        self.kind_prefixes = kind_prefixes  # kinds' own routes (/v1/<kind>/...) carry records, like batches
        self.buckets = _Buckets(limits.rate_per_s, limits.rate_burst, limits.max_concurrent_per_client)
        self.key_buckets: dict[float, _Buckets] = {}  # one set of buckets per distinct --rate, keyed by key id
        self.exempt = frozenset(limits.rate_exempt)

    def _key_wait(self, caller: Caller) -> float | None:
        """Take one token from ``caller``'s own bucket (a key with ``--rate``), or the seconds to wait."""
        if caller.rate_per_s is None:
            return None
        rate = caller.rate_per_s
        if rate not in self.key_buckets:
            self.key_buckets[rate] = _Buckets(rate, max(1, math.ceil(rate)), self.limits.max_concurrent_per_client)
        buckets = self.key_buckets[rate]
        wait = buckets.enter(caller.id)
        if wait is None:
            buckets.leave(caller.id)  # the key's concurrency is bounded per address already
        return wait

    def body_limit(self, method: str, path: str, headers: Headers, caller: Caller | None) -> tuple[int, str]:
        """The largest body this request may send, and the config key that sets it."""
        if method == "POST" and path == _UPLOAD:
            return self.limits.max_package_bytes, "limits.max_package_bytes"
        if method == "POST" and (_BATCH.match(path) or path.startswith(self.kind_prefixes)):
            if caller is not None:
                return self.limits.max_batch_bytes, "limits.max_batch_bytes"
            return self.limits.max_batch_bytes_anonymous, "limits.max_batch_bytes_anonymous"
        return self.limits.max_body_bytes, "limits.max_body_bytes"

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in _UNLIMITED_PATHS or not scope["path"].startswith("/v1/"):
            await self.app(scope, receive, send)
            return
        client = (scope.get("client") or ("unknown", 0))[0]
        CLIENT.set(f"address {client}")  # whose share of the worker pool this request's work takes
        if client in self.exempt:
            await self._limited(scope, receive, send)
            return
        wait = self.buckets.enter(client)
        if wait is not None:
            await _error(429, "rate_limited", "too many requests from this address; slow down",
                         wait)(scope, receive, send)
            return
        try:
            await self._limited(scope, receive, send)
        finally:
            self.buckets.leave(client)

    async def _limited(self, scope: Scope, receive: Receive, send: Send) -> None:
        method, path, headers = scope["method"], scope["path"], Headers(scope=scope)
        needs = self.credential.needs(method, path)
        caller = None
        refused: LuytreError | None
        if needs != "peer":
            try:
                caller = self.credential.caller(headers)
                refused = refusal(caller, needs) if isinstance(needs, frozenset) else None
            except LuytreError as exc:  # a bad, revoked, expired or rotated key
                refused = exc
            if refused is not None:
                try:
                    await self.credential.refused(scope, refused, caller)
                except LuytreError as exc:  # the refusal could not be audited (store busy): say that instead
                    refused = exc
                await _error(refused.http_status, refused.code, refused.message)(scope, receive, send)
                return
            scope.setdefault("state", {})[CALLER_STATE] = caller
            if caller is not None:  # a key is one client whatever its address
                CLIENT.set(f"key {caller.id}")
            wait = self._key_wait(caller) if caller is not None else None
            if caller is not None and wait is not None:
                await _error(429, "rate_limited", f"client key {caller.id} is over its rate "
                                                  f"({caller.rate_per_s:g} requests per second)",
                             wait)(scope, receive, send)
                return
        if needs == "peer" and not self.credential.is_peer(headers):
            await _error(401, "mesh_unauthorized", "this route needs a trusted peer's signed request "
                                                   "(x-luytre-node names no trusted peer)")(scope, receive, send)
            return
        if method not in ("POST", "PUT", "PATCH", "DELETE"):
            await self.app(scope, receive, send)
            return
        limit, key = self.body_limit(method, path, headers, caller)
        declared = headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await _too_large(limit, key)(scope, receive, send)
            return
        if path == _UPLOAD:  # streamed to disk by its route, which counts it (max_body_size)
            await self.app(scope, receive, send)
            return
        try:
            body = await _read_body(receive, limit)
        except _TooLarge:
            await _too_large(limit, key)(scope, receive, send)
            return
        if self.fast is not None and await self.fast(scope, body, _replay(body, receive), send):
            return
        await self.app(scope, _replay(body, receive), send)


def _too_large(limit: int, key: str) -> JSONResponse:
    return _error(413, "request_too_large",
                  f"the request body is larger than this route accepts ({limit} bytes; {key})")


async def _read_body(receive: Receive, limit: int) -> bytes:
    """The whole body, or ``_TooLarge`` at the first chunk that takes it over ``limit``."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            raise _TooLarge
        chunks.append(chunk)
        if not message.get("more_body", False):
            break
    return b"".join(chunks)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()  # then wait for the disconnect, as the server's receive would

    return replay
