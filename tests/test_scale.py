"""One node on several processes: ``serve --workers`` on one store, and replicas behind nginx on one
PostgreSQL, under load, with a replica killed mid-load. Real processes on 127.0.0.1, stopped by PID."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import httpx
import pytest

from conftest import TRIAGE_SOURCE, cli, exempt_loopback, free_port, trust_publishers
from luytre.home import init_home, open_home
from luytre.node.service import Node
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry

ASKS = 10_000
CONNECTIONS = 16
LOAD_DEADLINE_S = 480  # the load stops by itself (219 s measured at load average 14 on 2 cores)
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if os.path.exists("/usr/sbin/nginx") else None)


def triage_questions() -> list[str]:
    lines = (TRIAGE_SOURCE / "data" / "test.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line)["text"] for line in lines if line.strip()]


def _wait_healthy(url: str, process: subprocess.Popen, expert: str | None = None, timeout: float = 90) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"{url} exited: {process.stderr.read().decode() if process.stderr else ''}")
        try:
            health = httpx.get(f"{url}/healthz", timeout=2).json()
            if expert is None or expert in health["experts"]:
                return health
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise AssertionError(f"{url} not healthy{' with ' + expert if expert else ''} within {timeout} s")


def _stop(process: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    if process.poll() is None:
        os.kill(process.pid, sig)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            process.wait()


def _serve(home: Path, port: int, *extra: str, env: dict | None = None) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "luytre", "serve", "--home", str(home), "--port", str(port),
                             *extra], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, "NO_COLOR": "1", **(env or {})})


def _children(pid: int) -> list[int]:
    """Worker processes of a uvicorn supervisor (multiprocessing's spawned children, not its resource tracker)."""
    found = []
    for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split():
        cmdline = Path(f"/proc/{child}/cmdline").read_bytes()
        if b"resource_tracker" not in cmdline:
            found.append(int(child))
    return found


def _cpu_ticks(pid: int) -> int:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # utime + stime


async def _load(url: str, queries: list[str], on_answer=None) -> tuple[dict[str, int], list[int], float]:
    """Ask every query once (retrying a 502/503/connection failure at most twice), ``CONNECTIONS`` at a time.
    Returns each answered query's audit sequence number, the failed attempts' status codes, the time taken."""
    answered: dict[str, int] = {}
    failures: list[int] = []
    todo = iter(enumerate(queries))
    deadline = time.monotonic() + LOAD_DEADLINE_S
    limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
    async with httpx.AsyncClient(base_url=url, limits=limits, timeout=30) as client:
        async def worker() -> None:
            for i, query in todo:
                for _attempt in range(3):
                    if time.monotonic() > deadline:
                        return
                    try:
                        response = await client.post("/v1/ask", json={"query": query})
                    except httpx.TransportError:
                        failures.append(0)
                        continue
                    if response.status_code == 200:
                        answered[query] = response.json()["audit_seq"]
                        if on_answer is not None:
                            on_answer(len(answered))
                        break
                    failures.append(response.status_code)
                    assert response.status_code in (502, 503, 504), response.text

        start = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(CONNECTIONS)))
        return answered, failures, time.monotonic() - start


def _log_size(home: Path) -> int:
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url, experts_dir=node_home.experts_dir)
    try:
        return len(AuditLog(registry, node_home.identity(), node_home.node_id).entries())
    finally:
        registry.close()


def _check_log(home: Path, answered: dict[str, int], attempted: int, *, since: int = 0) -> None:
    """One log, verified: every seq 1..n once, every answered question's entry at the seq it was told; the load's
    own entries are those after ``since`` (a copied home holds the entries of the tests before)."""
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url, experts_dir=node_home.experts_dir)
    try:
        log = AuditLog(registry, node_home.identity(), node_home.node_id)
        result = log.verify()
        assert result.ok, result.problem
        entries = log.entries()
        assert [e["seq"] for e in entries] == list(range(1, len(entries) + 1))  # no gap, no duplicate
        by_seq = {e["seq"]: e for e in entries}
        seqs = list(answered.values())
        assert len(set(seqs)) == len(seqs)  # no two answers share an entry
        for query, seq in answered.items():
            assert by_seq[seq]["query_hmac"] == log.query_digest(unicodedata.normalize("NFC", query).strip())
        asked = [e for e in entries if e.get("query_hmac") and e["seq"] > since]
        assert len(answered) <= len(asked) <= attempted  # extra entries only for requests cut off mid-answer
    finally:
        registry.close()


def test_serve_with_two_workers_shares_the_port_and_the_store(home_copy):
    home, _ = home_copy
    since = _log_size(home)
    port = free_port()
    server = _serve(home, port, "--workers", "2")
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, server, "vn-health-triage")
        deadline = time.monotonic() + 60
        while len(_children(server.pid)) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        workers = _children(server.pid)
        assert len(workers) == 2
        before = {pid: _cpu_ticks(pid) for pid in workers}
        queries = [f"{q} (hỏi lần {i})" for i, q in enumerate(triage_questions()[:50] * 8)]
        answered, failures, _ = asyncio.run(_load(url, queries))
        assert len(answered) == len(queries) and not failures
        _check_log(home, answered, len(queries), since=since)
        # The load's kept-alive connections may all have been accepted by one process: fresh connections
        # (one per ask, bounded) until each process has answered some.
        for i in range(200):
            if all(_cpu_ticks(pid) > before[pid] for pid in workers):
                break
            extra = httpx.post(f"{url}/v1/ask", json={"query": f"đau bụng (hỏi thêm {i})"}, timeout=30)
            assert extra.status_code == 200
        assert all(_cpu_ticks(pid) > before[pid] for pid in workers)  # both processes answered

        os.kill(workers[0], signal.SIGKILL)  # the supervisor starts a new worker; the other keeps answering
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and (len(_children(server.pid)) < 2 or workers[0] in _children(server.pid)):
            time.sleep(0.2)
        assert len(_children(server.pid)) == 2 and workers[0] not in _children(server.pid)
        assert httpx.post(f"{url}/v1/ask", json={"query": "đau đầu chóng mặt"}, timeout=30).status_code == 200
        workers = _children(server.pid)
    finally:
        _stop(server)
    assert server.returncode is not None
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)  # SIGTERM stopped the workers too


NGINX_CONF = """
worker_processes 1;
daemon off;
pid {base}/nginx.pid;
error_log {base}/error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {base}/body;
    proxy_temp_path {base}/proxy;
    fastcgi_temp_path {base}/fastcgi;
    uwsgi_temp_path {base}/uwsgi;
    scgi_temp_path {base}/scgi;
    upstream luytre {{
        {servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        client_body_buffer_size 64k;
        location / {{
            proxy_pass http://luytre;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;  # the node answers only for the hosts it allows (127.0.0.1 here)
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;  # each client its own rate bucket
            proxy_max_temp_file_size 0;
            proxy_next_upstream error timeout;
        }}
    }}
}}
"""


@pytest.mark.postgres
@pytest.mark.skipif(NGINX is None, reason="nginx is not installed (apt-get install nginx-light; .ci/run does)")
def test_three_replicas_behind_nginx_on_one_postgresql_keep_one_audit_log(tmp_path, postgres, triage_package,
                                                                          helpdesk_package, publishers):
    """10,000 asks through nginx to 3 replicas sharing one home and one PostgreSQL; one replica is killed
    with SIGKILL mid-load. The audit log verifies with no gap or duplicate, and every answer's entry is there."""
    home, _ = init_home(tmp_path / "shared-home", name="replicas", database_url=postgres.database())
    exempt_loopback(home.path)  # nginx hands every ask over from 127.0.0.1
    trust_publishers(home.path, publishers)
    node = Node.open(home.path)
    node.install(triage_package)
    node.close()

    base = Path(tmp_path / "nginx")
    base.mkdir()
    ports = [free_port() for _ in range(3)]
    replicas = [_serve(home.path, port) for port in ports]
    proxy = None
    try:
        for port, replica in zip(ports, replicas):
            _wait_healthy(f"http://127.0.0.1:{port}", replica, "vn-health-triage")

        # An expert installed once (in the shared home and database) reaches every replica: the registry
        # generation tells each to reload.
        installed = cli("expert", "install", str(helpdesk_package), home=home.path, timeout=300)
        assert installed.returncode == 0, installed.stderr
        for port, replica in zip(ports, replicas):
            _wait_healthy(f"http://127.0.0.1:{port}", replica, "school-helpdesk", timeout=30)

        proxy_port = free_port()
        servers = "\n        ".join(f"server 127.0.0.1:{p} max_fails=1 fail_timeout=30s;" for p in ports)
        (base / "nginx.conf").write_text(NGINX_CONF.format(base=base, servers=servers, port=proxy_port))
        proxy = subprocess.Popen([NGINX, "-p", str(base), "-c", str(base / "nginx.conf")],
                                 stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        proxy_url = f"http://127.0.0.1:{proxy_port}"
        _wait_healthy(proxy_url, proxy)

        victim = replicas[1]
        questions = triage_questions()
        queries = [f"{questions[i % len(questions)]} (hỏi lần {i})" for i in range(ASKS)]

        def kill_mid_load(count: int) -> None:
            if count == ASKS // 3 and victim.poll() is None:
                os.kill(victim.pid, signal.SIGKILL)

        answered, failures, seconds = asyncio.run(_load(proxy_url, queries, kill_mid_load))
        assert victim.poll() == -signal.SIGKILL
        assert len(answered) == ASKS, f"{len(answered)} of {ASKS} answered in {seconds:.0f} s; failures {failures}"
        print(f"\n{ASKS} asks through nginx to 3 replicas in {seconds:.1f} s ({ASKS / seconds:.0f}/s), "
              f"{len(failures)} attempts retried after the kill")
        _check_log(home.path, answered, ASKS + len(failures))
    finally:
        if proxy is not None:
            _stop(proxy, signal.SIGQUIT)
        for replica in replicas:
            _stop(replica)

