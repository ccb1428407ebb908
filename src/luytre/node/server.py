"""Run a node's HTTP API with uvicorn: in this process, or in ``workers`` processes sharing one port and store."""

from __future__ import annotations

import os
import socket
import threading
from pathlib import Path
from typing import Callable

import uvicorn
from fastapi import FastAPI

from luytre.errors import AddressInUse
from luytre.node.api import create_app
from luytre.node.service import Node


def check_bindable(host: str, port: int) -> None:
    """Fail fast, with a clear message, if ``host:port`` is taken."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as exc:
            raise AddressInUse(f"cannot listen on {host}:{port}: {exc.strerror}; is another node running?") from exc


def serve(node: Node, host: str, port: int, on_ready: Callable[[], None] | None = None) -> None:
    """Serve ``node`` until interrupted; ``on_ready`` runs in a thread once the port accepts."""
    check_bindable(host, port)
    config = uvicorn.Config(create_app(node), host=host, port=port, log_level="warning", access_log=False)
    server = uvicorn.Server(config)
    if on_ready is not None:

        def wait_then_call() -> None:
            while not server.started and not server.should_exit:
                threading.Event().wait(0.05)
            if server.started:
                on_ready()

        threading.Thread(target=wait_then_call, daemon=True).start()
    server.run()


WORKER_HOME_VARIABLE = "LUYTRE_SERVE_HOME"  # how the supervisor tells its worker processes which home to serve


def worker_app() -> FastAPI:
    """The app of one worker process of ``serve_workers`` (uvicorn imports this factory in each)."""
    return create_app(Node.open(Path(os.environ[WORKER_HOME_VARIABLE])))


def serve_workers(home: Path, host: str, port: int, workers: int) -> None:
    """Serve the node at ``home`` with ``workers`` processes on one port, each with its own experts and
    event loop, all on the home's store. uvicorn's supervisor binds the socket once, restarts a worker that
    dies and stops them all on SIGINT/SIGTERM. The caller has opened the node once before, so migrations
    and the router's cache are done, not raced by the workers."""
    check_bindable(host, port)
    os.environ[WORKER_HOME_VARIABLE] = str(home)
    uvicorn.run("luytre.node.server:worker_app", factory=True, host=host, port=port, workers=workers,
                log_level="warning", access_log=False)
