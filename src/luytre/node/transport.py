"""What the node's HTTP layer adds around every route: a Host allow-list, ``Cache-Control: no-store``,
and the API docs (Swagger UI) served from the node's own files.

The Host allow-list defeats DNS rebinding: a web page on ``evil.example`` whose name is re-pointed
at 127.0.0.1 reaches a loopback node with ``Host: evil.example``, which is refused here with 400.
"""

from __future__ import annotations

import json
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse
from fastapi.staticfiles import StaticFiles
from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from luytre.tls import LOOPBACK_NAMES

__all__ = ["DOCS_ASSETS", "NoStore", "TrustedHosts", "allowed_hosts", "mount_docs"]

DOCS_ASSETS = "/docs-assets"
# Paths whose responses may be cached: the same static files for everyone.
_CACHEABLE = ("/ui/", DOCS_ASSETS + "/")


def allowed_hosts(configured: list[str], bound: str) -> frozenset[str]:
    """The Host names a node answers: loopback names, the bound address (unless it is a wildcard)
    and the configured ones, lower-case, without port or brackets."""
    names = {*LOOPBACK_NAMES, *configured}
    if bound not in ("0.0.0.0", "::", ""):
        names.add(bound)
    return frozenset(n.strip().strip("[]").lower() for n in names if n.strip())


def host_name(header: str) -> str:
    """The name part of a Host header: ``[::1]:8470`` → ``::1``, ``Example.org:80`` → ``example.org``."""
    header = header.strip().lower()
    if header.startswith("["):
        return header[1:header.find("]")] if "]" in header else ""
    return header.rsplit(":", 1)[0] if header.count(":") == 1 else header


class TrustedHosts:
    """Refuse a request whose Host header is not on the allow-list (400, the node's JSON error)."""

    def __init__(self, app: ASGIApp, hosts: frozenset[str]) -> None:
        self.app, self.hosts = app, hosts

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        header = next((v.decode("latin-1") for k, v in scope["headers"] if k == b"host"), "")
        if host_name(header) in self.hosts:
            await self.app(scope, receive, send)
            return
        body = json.dumps({"error": {"code": "host_not_allowed", "message": (
            f"this node does not answer for host {header[:100]!r}; an operator may add it to "
            "server.allowed_hosts in the node's config")}}).encode()
        await send({"type": "http.response.start", "status": 400, "headers": [
            (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
            (b"cache-control", b"no-store")]})
        await send({"type": "http.response.body", "body": body})


class NoStore:
    """``Cache-Control: no-store`` on every response but the shared static files: answers, audit
    entries, consents, learners and admin JSON must not stay in a browser's or proxy's cache."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"].startswith(_CACHEABLE):
            await self.app(scope, receive, send)
            return

        async def with_header(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers["cache-control"] = "no-store"
            await send(message)

        await self.app(scope, receive, with_header)


def _bundled_assets() -> Path:
    """Swagger UI as shipped in the pinned ``fastapi-offline`` wheel (MIT; Swagger UI is Apache-2.0):
    the docs work offline and load nothing from a CDN."""
    import fastapi_offline

    return Path(fastapi_offline.__file__).parent / "static"


def mount_docs(app: FastAPI) -> None:
    """``/docs`` (Swagger UI) from the node's own files. Create the app with ``docs_url=None,
    redoc_url=None`` so FastAPI's CDN pages are not registered. ReDoc is not served: its standalone
    bundle loads its logo from cdn.redoc.ly."""
    app.mount(DOCS_ASSETS, StaticFiles(directory=_bundled_assets()), name="docs-assets")
    openapi_url = app.openapi_url or "/openapi.json"

    @app.get("/docs", include_in_schema=False)
    async def swagger_ui(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=root + openapi_url, title=f"{app.title} — API",
            swagger_js_url=f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{root}{DOCS_ASSETS}/favicon.png",
            # Swagger UI would otherwise send the schema to validator.swagger.io for its badge.
            swagger_ui_parameters={"validatorUrl": None})
