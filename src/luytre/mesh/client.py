"""Calling peers: signed requests, verified responses, timeouts, retries, circuit breakers, failover.

A peer that fails (timeout, refused connection, garbage, bad signature, a 5xx) opens
its circuit for ``COOLDOWN_S``: requests skip it without waiting, so a peer that
is down costs one timeout, not one per request. After the cooldown one request
tries it again. A refusal (a 4xx such as 403 for a purpose its operator did not
agree, or 401 for a key it does not trust) is an answer: the peer is up, and stays
reachable for the questions it does accept. A refusal of a request the peer
authenticated is signed like its answers; one unsigned or badly signed (anything
but a 401, which comes before authentication) is not the peer's: it counts as a failure.

Every call runs on a small executor of its own (``concurrency`` threads, no
queue): slow peers can hold at most that many of the node's request workers, and
a call beyond it is refused at once with 503. Over https the peer's certificate
must match the pin taken at ``peer add`` before a byte of the request is sent.
"""

from __future__ import annotations

import json
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from typing import Any, Callable

import httpx
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pydantic import BaseModel, Field, ValidationError

from luytre.errors import Overloaded
from luytre.mesh.peers import Peer, PeerStore
from luytre.mesh.protocol import PeerError, sign_request, verify_response
from luytre.tls import client_context, pin_matches

COOLDOWN_S = 30.0
CONNECT_TIMEOUT_S = 2.0
READ_TIMEOUT_S = 10.0
MAX_RESPONSE_BYTES = 4 * 1024 * 1024  # the node passes limits.peer_response_bytes
DEADLINE_S = 10.0  # whole response, however slowly it drips (limits.peer_deadline_s)
RETRIES = 2  # for idempotent requests (catalogs), with exponential backoff
BACKOFF_S = 0.2
CONCURRENCY = 1  # calls to peers in progress at once (limits.peer_concurrency); background work gets one more


class _ErrorBody(BaseModel):
    code: str = Field(max_length=64)
    message: str = Field(max_length=1000)


class _ErrorReply(BaseModel):
    """A node's refusal, as ``luytre.errors.error_body`` writes it."""

    error: _ErrorBody


class PeerRefused(PeerError):
    """The peer answered, with a refusal of this request (4xx): not a sign that it is down."""


# 4xx statuses that say the peer is overloaded or too slow, not that it refuses this request.
_TRANSIENT_4XX = frozenset({408, 429})


class PeersBusy(Overloaded):
    """Every slot for calls to peers is taken: the question is refused now rather than queued."""


@dataclass
class PeerHealth:
    ok: bool | None = None
    latency_ms: float | None = None
    failures: int = 0
    open_until: float = 0.0
    last_error: str | None = None
    last_checked: float | None = None

    def to_dict(self) -> dict[str, Any]:
        state = "open" if self.open_until > time.monotonic() else "closed"
        return {"ok": self.ok, "latency_ms": self.latency_ms, "failures": self.failures, "circuit": state,
                "last_error": self.last_error}


@dataclass
class MeshClient:
    key: Ed25519PrivateKey
    node_id: str
    peers: PeerStore
    read_timeout_s: float = READ_TIMEOUT_S
    max_response_bytes: int = MAX_RESPONSE_BYTES
    deadline_s: float = DEADLINE_S
    concurrency: int = CONCURRENCY
    health: dict[str, PeerHealth] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # One pooled client per peer (its own pin), made on first use: a fresh one per request would cost
    # a new connection and TLS handshake each time, and a node without peers never needs one.
    _http: dict[tuple[str, str, str | None], httpx.Client] = field(default_factory=dict)
    _executor: ThreadPoolExecutor | None = None
    _in_flight: int = 0

    def available(self, peer: Peer) -> bool:
        return self.health.get(peer.name, PeerHealth()).open_until <= time.monotonic()

    def call(self, peer: Peer, method: str, path: str, body: dict[str, Any] | None = None, *,
             retries: int = 0, background: bool = False) -> dict[str, Any]:
        """One signed request to ``peer``; the response must be signed by the peer's pinned key.
        ``background`` calls (catalog syncs, co-signing) may use one slot more than request-path ones."""
        if peer.revoked:
            raise PeerError(f"peer {peer.name} is revoked")
        problem = peer.transport_problem()
        if problem:
            raise PeerError(problem)
        if not self.available(peer):
            raise PeerError(f"peer {peer.name} is unavailable (circuit open after: "
                            f"{self.health[peer.name].last_error})")
        payload = json.dumps(body, ensure_ascii=False).encode("utf-8") if body is not None else b""
        for attempt in range(retries + 1):
            headers = sign_request(self.key, self.node_id, peer.node_id, method, path, payload)
            started = time.monotonic()
            try:
                response = self._bounded(peer, method, path, payload, headers, background=background)
                data = self._verified(peer, headers["x-luytre-nonce"], response)
            except PeersBusy:
                raise
            except PeerRefused as exc:
                self._succeeded(peer, (time.monotonic() - started) * 1000)
                raise PeerRefused(f"peer {peer.name}: {exc.message}") from exc
            except (httpx.HTTPError, PeerError) as exc:
                message = exc.message if isinstance(exc, PeerError) else f"{type(exc).__name__}: {exc}"
                retryable = isinstance(exc, httpx.TransportError) and attempt < retries
                if retryable:
                    time.sleep(BACKOFF_S * 2 ** attempt)
                    continue
                self._failed(peer, message)
                raise PeerError(f"peer {peer.name}: {message}") from exc
            self._succeeded(peer, (time.monotonic() - started) * 1000)
            return data
        raise AssertionError("unreachable")

    def _bounded(self, peer: Peer, method: str, path: str, payload: bytes, headers: dict[str, str], *,
                 background: bool) -> httpx.Response:
        """The peer's response, on the peer executor, waited for at most ``deadline_s``."""
        future = self._submit(self._read, peer, method, path, payload, headers, background=background)
        try:
            return future.result(timeout=self.deadline_s + 0.25)
        except FutureTimeout:  # the executor thread stops at its next read; this worker goes back now
            raise PeerError(f"the response took longer than {self.deadline_s:g} s") from None

    def _submit(self, fn: Callable[..., httpx.Response], *args: Any, background: bool) -> Future[httpx.Response]:
        with self._lock:
            if self._in_flight >= self.concurrency + (1 if background else 0):
                raise PeersBusy(f"{self._in_flight} calls to peers are in progress (limits.peer_concurrency = "
                                f"{self.concurrency}); try again shortly")
            self._in_flight += 1
            if self._executor is None:
                self._executor = ThreadPoolExecutor(self.concurrency + 1, thread_name_prefix="luytre-peer")
        try:
            future = self._executor.submit(fn, *args)
        except RuntimeError:
            self._done(None)
            raise
        future.add_done_callback(self._done)  # the slot is free when the call really ends, not when we gave up
        return future

    def _done(self, _future: Future[httpx.Response] | None) -> None:
        with self._lock:
            self._in_flight -= 1

    def _read(self, peer: Peer, method: str, path: str, payload: bytes, headers: dict[str, str]) -> httpx.Response:
        """The response, read within ``deadline_s`` in all and at most ``max_response_bytes``: a peer
        that drips bytes or sends without end is cut off (httpx's timeout is per read)."""
        deadline = time.monotonic() + self.deadline_s
        timeout = httpx.Timeout(min(self.read_timeout_s, self.deadline_s), connect=CONNECT_TIMEOUT_S)
        with self._client(peer).stream(method, peer.url + path, content=payload or None, timeout=timeout,
                                       headers={**headers, "content-type": "application/json"},
                                       extensions={"trace": _pin_check(peer)}) as response:
            declared = response.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > self.max_response_bytes:
                raise PeerError(f"the response of {declared} bytes is over {self.max_response_bytes}")
            chunks, size = [], 0
            for chunk in response.iter_raw():
                size += len(chunk)
                if size > self.max_response_bytes:
                    raise PeerError(f"the response is over {self.max_response_bytes} bytes")
                if time.monotonic() > deadline:
                    raise PeerError(f"the response took longer than {self.deadline_s:g} s")
                chunks.append(chunk)
        return httpx.Response(response.status_code, headers=response.headers, content=b"".join(chunks))

    def _client(self, peer: Peer) -> httpx.Client:
        key = (peer.name, peer.url, peer.tls_pin)
        with self._lock:
            if key not in self._http:
                self._http[key] = httpx.Client(
                    verify=client_context(), trust_env=False,  # the pin, not a CA or a proxy, decides
                    timeout=httpx.Timeout(READ_TIMEOUT_S, connect=CONNECT_TIMEOUT_S),
                    limits=httpx.Limits(max_connections=8, max_keepalive_connections=4))
            return self._http[key]

    def _verified(self, peer: Peer, nonce: str, response: httpx.Response) -> dict[str, Any]:
        if response.status_code != 200:
            try:
                error = _ErrorReply.model_validate_json(response.content).error
                detail = f"{error.code}: {error.message}"
            except ValidationError:  # not JSON, or not a node's error body: show what came, cut short
                detail = response.text[:200]
            refused = 400 <= response.status_code < 500 and response.status_code not in _TRANSIENT_4XX
            signature = response.headers.get("x-luytre-signature")
            if refused and (signature or response.status_code != 401):
                # A peer signs its refusal of a request it authenticated; only "not authenticated" comes unsigned.
                if not signature:
                    raise PeerError(f"answered {response.status_code} without the peer's signature: not taken as "
                                    f"its refusal ({detail})")
                verify_response(peer.public_key, nonce, response.status_code, response.content, signature)
            raise (PeerRefused if refused else PeerError)(f"answered {response.status_code} ({detail})")
        verify_response(peer.public_key, nonce, response.status_code, response.content,
                        response.headers.get("x-luytre-signature"))
        try:
            data = response.json()
        except ValueError as exc:
            raise PeerError("the peer's response is not JSON") from exc
        if not isinstance(data, dict):
            raise PeerError("the peer's response is not a JSON object")
        return data

    def _failed(self, peer: Peer, message: str) -> None:
        with self._lock:
            health = self.health.setdefault(peer.name, PeerHealth())
            health.ok, health.failures, health.last_error = False, health.failures + 1, message
            health.open_until, health.last_checked = time.monotonic() + COOLDOWN_S, time.time()

    def _succeeded(self, peer: Peer, latency_ms: float) -> None:
        with self._lock:
            health = self.health.setdefault(peer.name, PeerHealth())
            health.ok, health.failures, health.open_until = True, 0, 0.0
            health.latency_ms, health.last_error, health.last_checked = round(latency_ms, 2), None, time.time()

    # -- what the node asks of peers ----------------------------------------------------------------

    def sync_catalog(self, peer: Peer) -> dict[str, Any]:
        """Fetch, verify and keep ``peer``'s catalog."""
        return self.peers.accept_catalog(peer.name, self.call(peer, "GET", "/v1/mesh/catalog", retries=RETRIES,
                                                              background=True))

    def forward(self, attempts: list[tuple[Peer, dict[str, Any]]], expert: str) -> tuple[Peer, dict[str, Any]]:
        """Send each peer its own (policy-checked) body in turn, healthiest and fastest first, until one
        answers; every failure is named in the error when none does."""
        ordered = sorted(attempts, key=lambda a: (not self.available(a[0]),
                                                  self.health.get(a[0].name, PeerHealth()).latency_ms or 0.0))
        problems = []
        for peer, body in ordered:
            try:
                return peer, self.call(peer, "POST", "/v1/mesh/ask", body)
            except PeerError as exc:
                problems.append(exc.message)
        raise PeerError(f"no peer offering {expert} answered: " + "; ".join(problems) if problems
                        else f"no peer may receive this question for {expert}")


def _pin_check(peer: Peer) -> Any:
    """An httpcore trace hook: once TLS is up, and before the request is written, the certificate the
    peer presents must match its pin; otherwise the connection is closed and the call refused."""

    def trace(event: str, info: dict[str, Any]) -> None:
        if event != "connection.start_tls.complete" or "return_value" not in info:
            return
        stream = info["return_value"]
        tls = stream.get_extra_info("ssl_object")
        der = tls.getpeercert(True) if tls is not None else None  # the low-level socket: positional only
        if not peer.tls_pin or not der or not pin_matches(peer.tls_pin, der):
            stream.close()
            raise PeerError(f"peer {peer.name} presented a TLS certificate that does not match its pin "
                            f"{peer.tls_pin}: refused (if the peer really changed its certificate, its "
                            "operator tells you the new pin; revoke and re-add it)")

    return trace
