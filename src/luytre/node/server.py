"""Run a node's HTTP API with uvicorn."""

from __future__ import annotations

import socket
import threading
from typing import Callable

import uvicorn

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
