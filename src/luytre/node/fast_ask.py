"""``POST /v1/ask`` answered without FastAPI's per-request machinery, with the same bytes.

The ask route is the node's busiest, and most of what the event loop spends on it is not the node's work:
the exception and exit-stack middlewares, the router's match, the request handler, the dependency resolver
(hashing and comparing dependency models, the body's field validation) and a ``Response`` built per request
(docs/scale.md, "Thirteenth round"). ``RequestLimits`` has read the body and checked the caller and the limits
by then, so when this path applies it calls the route's own endpoint function with the body parsed as FastAPI
would, serializes the answer with FastAPI's own ``serialize_response`` against the route's response field, and
sends FastAPI's own ``Response``: the same status, headers and body. A refusal raised by the endpoint goes to
the app's own exception handlers, found as Starlette's exception middleware finds them.

It applies only to the plain case; every other request takes FastAPI's path, which answers it as before:

- a body whose ``content-type`` is not exactly ``application/json``, that is not JSON, or that the request
  model refuses (the app then gives its own 400 or FastAPI's 422, in their own words);
- while FastAPI's native telemetry traces the request (an operator's OpenTelemetry setup: its spans and
  route attributes come from the machinery skipped here), or dependency overrides are set (tests);
- a route that is not the plain case (checked when the app is built: the path is then off).

It leans on FastAPI's internals (``iter_route_contexts``, ``serialize_response``, the route's serialization
options, its native telemetry's request state): FastAPI and Starlette are pinned in ``pyproject.toml``, and
``tests/test_fast_ask.py`` compares both paths byte for byte, so a deliberate upgrade that changes them fails there
rather than in service. Exception handlers are read when the app is built: one added later is FastAPI's path only.

The OpenAPI document is unchanged: the route stays registered and documented as it was.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any, cast

from fastapi import FastAPI
from fastapi.datastructures import DefaultPlaceholder
from fastapi.responses import Response
from fastapi.routing import APIRoute, RouteContext, iter_route_contexts, serialize_response
from pydantic import BaseModel
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from luytre.node.limits import FastPath

log = logging.getLogger("luytre.api")

__all__ = ["FastAsk", "fast_ask"]

ASK_PATH = "/v1/ask"
JSON_TYPE = b"application/json"
# FastAPI's other special parameters an endpoint may declare (a Response to set headers on, background tasks, ...)
_OTHER_PARAMETERS = ("websocket_param_name", "http_connection_param_name", "response_param_name",
                     "background_tasks_param_name", "security_scopes_param_name")

try:  # FastAPI's native telemetry: the request's tracing state, when an operator set it up
    from fastapi.telemetry import _api as _telemetry
except ImportError:  # pragma: no cover - a FastAPI without native telemetry: the fast path stays off
    _telemetry = None  # type: ignore[assignment]


def _traced() -> bool:
    return _telemetry._get_request_telemetry() is not None


class FastAsk:
    """Answer one ``POST /v1/ask`` whose body ``RequestLimits`` has read (see the module's docstring)."""

    def __init__(self, app: FastAPI, route: RouteContext, body_model: Any) -> None:
        self.app, self.body_model = app, body_model
        self.original_route = route.original_route  # what the router puts in the scope
        self.endpoint: Callable[..., Awaitable[Any]] = cast(Callable[..., Awaitable[Any]], route.endpoint)
        handlers = {key: handler for key, handler in app.exception_handlers.items() if key not in (500, Exception)}
        self.exception_handlers = {k: h for k, h in handlers.items() if not isinstance(k, int)}
        self.status_handlers = {k: h for k, h in handlers.items() if isinstance(k, int)}
        self.status_code: int = route.status_code or 200  # Response's own default when the route sets none
        self.serializing = {  # the route's response model and options, read once (a RouteContext delegates each)
            "field": route.response_field, "include": route.response_model_include,
            "exclude": route.response_model_exclude, "by_alias": route.response_model_by_alias,
            "exclude_unset": route.response_model_exclude_unset,
            "exclude_defaults": route.response_model_exclude_defaults,
            "exclude_none": route.response_model_exclude_none}

    def applies(self, scope: Scope) -> bool:
        return (scope["method"] == "POST" and scope["path"] == ASK_PATH and not self.app.dependency_overrides
                and _content_type(scope) == JSON_TYPE and not _traced())

    async def __call__(self, scope: Scope, body: bytes, receive: Receive, send: Send) -> bool:
        """Answer the request and return True, or return False (nothing sent) for FastAPI to answer it."""
        try:
            parsed = self.body_model.model_validate(json.loads(body), from_attributes=True)
        except Exception:  # noqa: BLE001 - FastAPI's path gives the refusal in its own words
            return False
        scope["route"], scope["endpoint"], scope["path_params"] = self.original_route, self.endpoint, {}
        request = Request(scope, receive, send)
        try:
            answer = await self.endpoint(body=parsed, request=request)
            # Inside the try, as inside FastAPI's route: a response validation error meets the same handlers
            content = await serialize_response(response_content=answer, is_coroutine=True, dump_json=True,
                                               **self.serializing)
        except Exception as exc:
            handler: Any = self.status_handlers.get(exc.status_code) if isinstance(exc, HTTPException) else None
            handler = handler or next((self.exception_handlers[cls] for cls in type(exc).__mro__
                                       if cls in self.exception_handlers), None)
            if handler is None:  # the server-error middleware's, as from inside the route
                raise
            response = (await handler(request, exc) if asyncio.iscoroutinefunction(handler)  # as Starlette calls it
                        else await run_in_threadpool(handler, request, exc))
        else:
            response = Response(content=content, media_type="application/json", status_code=self.status_code)
        await response(scope, receive, send)
        return True


def _content_type(scope: Scope) -> bytes | None:
    for key, value in scope["headers"]:
        if key == b"content-type":
            return bytes(value)
    return None


def fast_ask(app: FastAPI) -> FastPath | None:
    """The fast path for ``app``'s ``POST /v1/ask``, or None when its route is not the plain case it knows:
    one coroutine endpoint taking ``body`` (a pydantic model, read from the route) and ``request``, no
    dependencies (the including router's either), no body limit of its own, FastAPI's default response class
    with a response model; or when FastAPI's native telemetry cannot be read (a traced request must be told)."""
    if _telemetry is None:
        log.info("POST /v1/ask takes FastAPI's path: FastAPI's telemetry state cannot be read")
        return None
    contexts = [c for c in iter_route_contexts(app.routes)
                if isinstance(c.original_route, APIRoute) and c.path == ASK_PATH and "POST" in (c.methods or ())]
    if len(contexts) != 1:
        return None
    route = contexts[0]  # the route as included: what FastAPI's handler reads at request time
    dependant = getattr(route, "dependant", None)
    plain = (dependant is not None and not dependant.dependencies
             and [p.name for p in dependant.body_params] == ["body"] and dependant.request_param_name == "request"
             and not (dependant.query_params or dependant.header_params or dependant.cookie_params
                      or dependant.path_params)
             and not any(getattr(dependant, name, None) for name in _OTHER_PARAMETERS)
             and asyncio.iscoroutinefunction(route.endpoint) and route.response_field is not None
             and isinstance(route.response_class, DefaultPlaceholder) and route.max_body_size is None
             and not route._embed_body_fields and not route.is_json_stream and route.stream_item_field is None
             and not getattr(route, "is_sse_stream", False))
    if not plain or dependant is None:  # (None is not plain; said again for the type checker)
        log.info("POST /v1/ask takes FastAPI's path: its route is not the plain case the fast path knows")
        return None
    body_model = dependant.body_params[0].field_info.annotation  # the model FastAPI validates the body with
    if not (isinstance(body_model, type) and issubclass(body_model, BaseModel)):
        log.info("POST /v1/ask takes FastAPI's path: its body is not one pydantic model")
        return None
    fast = FastAsk(app, route, body_model)

    async def answer(scope: Scope, body: bytes, receive: Receive, send: Send) -> bool:
        return fast.applies(scope) and await fast(scope, body, receive, send)

    return answer
