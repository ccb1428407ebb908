"""Run a node's HTTP API with uvicorn: in this process, or in ``workers`` processes sharing one port and store."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path
from typing import Callable

import uvicorn
from fastapi import FastAPI

from luytre.errors import AddressInUse, ConfigError
from luytre.node.api import create_app
from luytre.node.service import Node
from luytre.tls import is_loopback


def check_bindable(host: str, port: int) -> None:
    """Fail fast, with a clear message, if ``host:port`` is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise AddressInUse(f"cannot listen on {host}:{port}: {exc.strerror}; is another node running?") from exc


def check_transport(host: str, *, tls: tuple[Path, Path] | None, allow_plain_http: bool) -> None:
    """Refuse plain HTTP beyond loopback (unless the operator says so) and unreadable TLS files."""
    if tls is None:
        if not is_loopback(host) and not allow_plain_http:
            raise ConfigError(f"refusing to serve plain HTTP on {host}, beyond loopback: give --tls-cert and "
                              "--tls-key (`luytre tls init` makes them), or --allow-plain-http behind a "
                              "TLS-terminating proxy")
        return
    for path in tls:
        if not path.is_file():
            raise ConfigError(f"TLS file not found: {path}")
    if tls[1].stat().st_mode & 0o077:
        raise ConfigError(f"the TLS key {tls[1]} is readable by other users; chmod 600 it")


def serve(node: Node, host: str, port: int, on_ready: Callable[[], None] | None = None, *,
          tls: tuple[Path, Path] | None = None, allow_plain_http: bool = False) -> None:
    """Serve ``node`` until interrupted; ``on_ready`` runs in a thread once the port accepts.
    ``tls`` is (certificate, key): HTTPS. Plain HTTP beyond loopback needs ``allow_plain_http``."""
    check_transport(host, tls=tls, allow_plain_http=allow_plain_http)
    check_bindable(host, port)
    config = uvicorn.Config(create_app(node, host), host=host, port=port, log_level="warning", access_log=False,
                            ssl_certfile=str(tls[0]) if tls else None, ssl_keyfile=str(tls[1]) if tls else None)
    server = uvicorn.Server(config)
    if on_ready is not None:

        def wait_then_call() -> None:
            while not server.started and not server.should_exit:
                threading.Event().wait(0.05)
            if server.started:
                on_ready()

        threading.Thread(target=wait_then_call, daemon=True).start()
    server.run()


# How the supervisor tells its worker processes which home to serve and the address they are bound to.
WORKER_HOME_VARIABLE = "LUYTRE_SERVE_HOME"
WORKER_HOST_VARIABLE = "LUYTRE_SERVE_HOST"


def worker_app() -> FastAPI:
    """The app of one worker process of ``serve_workers`` (uvicorn imports this factory in each)."""
    return create_app(Node.open(Path(os.environ[WORKER_HOME_VARIABLE])), os.environ.get(WORKER_HOST_VARIABLE))


def serve_workers(home: Path, host: str, port: int, workers: int, *, tls: tuple[Path, Path] | None = None,
                  allow_plain_http: bool = False) -> None:
    """Serve the node at ``home`` with ``workers`` processes on one port, each with its own experts and
    event loop, all on the home's store. uvicorn's supervisor binds the socket once, restarts a worker that
    dies and stops them all on SIGINT/SIGTERM. The caller has opened the node once before, so migrations
    and the router's cache are done, not raced by the workers."""
    check_transport(host, tls=tls, allow_plain_http=allow_plain_http)
    check_bindable(host, port)
    os.environ[WORKER_HOME_VARIABLE] = str(home)
    os.environ[WORKER_HOST_VARIABLE] = host
    uvicorn.run("luytre.node.server:worker_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False, ssl_certfile=str(tls[0]) if tls else None,
                ssl_keyfile=str(tls[1]) if tls else None)
