"""Shared set-up for the benchmarks: a home with the reference experts, node processes on loopback."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

# A bench measures what a node does, and a node's worker runs one BLAS/OpenMP thread (luytre.threads):
# unpinned, OpenMP threads spinning on a busy machine cost several times the CPU and the latency.
try:
    from luytre.threads import pin_threads
except ImportError:  # a baseline commit's source, older than the module (bench/privacy.py runs one)
    pass
else:
    pin_threads(1)

ROOT = Path(__file__).resolve().parents[1]
TRIAGE = ROOT / "experts" / "vn-health-triage"



def plain_numbers(value: object) -> object:
    """``value`` with numpy numbers as Python ones, for JSON (which writes a float's shortest round-tripping repr,
    so every bit is kept): the before/after comparisons of ``text_exact.py`` and ``ask_profile_exact.py``."""
    if isinstance(value, dict):
        return {str(k): plain_numbers(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain_numbers(v) for v in value]
    if hasattr(value, "item") and not isinstance(value, (str, bytes)):
        return value.item()  # type: ignore[attr-defined]
    return value

def triage_questions() -> list[str]:
    lines = (TRIAGE / "data" / "test.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def triage_home(experts: tuple[str, ...] = ("vn-health-triage", "vn-identity")) -> Path:
    """A fresh node home in a temp folder with ``experts`` built from source, signed and installed."""
    from luytre.config import update_limits
    from luytre.demo_recipes import REFERENCE_EXPERTS, build_reference, default_sources, demo_publisher_key
    from luytre.home import init_home
    from luytre.node.service import Node
    from luytre.vetting.signing import sign

    base = Path(tempfile.mkdtemp(prefix="luytre-bench-"))
    home, _ = init_home(base / "home", name="bench")
    # Benchmark clients all come from 127.0.0.1: leave loopback out of the per-client rate limits (on for every
    # address by default), so what is measured is the node's work, not the limiter.
    update_limits(home.path / "config.toml", rate_exempt=["127.0.0.1", "::1"])
    node = Node.open(home.path)
    for reference in (r for r in REFERENCE_EXPERTS if r.id in experts):
        package = build_reference(reference, default_sources(), base / reference.id)
        sign(package.root, demo_publisher_key(home.path))
        node.install(package.root)
    node.close()
    return home.path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


START_TIMEOUT_S = 300  # loading experts and the router takes minutes on a busy shared machine


class Process:
    """A server process on 127.0.0.1, waited for on ``probe`` and stopped by PID."""

    def __init__(self, args: list[str], url: str, probe: str, start_timeout_s: float = START_TIMEOUT_S,
                 env: dict[str, str] | None = None) -> None:
        self.url = url
        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        deadline = time.monotonic() + start_timeout_s
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"{args} exited with {self.proc.returncode}")
            try:
                httpx.get(url + probe, timeout=1)
                return
            except httpx.HTTPError:
                time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"{args} did not start")

    def stop(self) -> None:
        if self.proc.poll() is None:
            os.kill(self.proc.pid, signal.SIGTERM)
            self.proc.wait(timeout=10)


def node_process(home: Path) -> Process:
    port = free_port()
    return Process([sys.executable, "-m", "luytre", "serve", "--home", str(home), "--port", str(port)],
                   f"http://127.0.0.1:{port}", "/healthz")


def timed(function, questions: list[str], rounds: int) -> list[float]:
    """Per-call latency in ms; the feature cache is emptied before each call so every
    routing pays for featurizing its question, as a new question would."""
    from luytre.text.features import count_features

    samples = []
    for _ in range(rounds):
        for q in questions:
            count_features.cache_clear()
            start = time.perf_counter()
            function(q)
            samples.append((time.perf_counter() - start) * 1000)
    return samples
