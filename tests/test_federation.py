"""Federation between real node processes on loopback: trust, signed catalogs, forwarding under policy,
and what happens when a peer is down, slow, lying, replayed, stale or revoked."""

from __future__ import annotations

import base64
import json
import shutil
import threading
import time
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import httpx
import pytest

from conftest import NODE_START_S, SERVING_DEADLINE_S, RunningNode, cli, free_port, make_node_home
from luytre.home import open_home
from luytre.mesh.protocol import PeerError, sign_catalog, sign_request

HELPDESK_Q = "thư viện mở cửa mấy giờ"


def _init(tmp: Path, name: str, publishers, package: Path | None = None, database_url: str = "") -> dict:
    return make_node_home(tmp, name, publishers, package, database_url=database_url)


@pytest.fixture(scope="module")
def mesh(tmp_path_factory, reference_home, helpdesk_package, publishers, new_database):
    """Node A (the reference experts), C and B (each hosting school-helpdesk), all serving on loopback.
    On the PostgreSQL backend C and B keep their registry, peers, nonces and audit logs there (A, a copy
    of the reference home, stays on SQLite: organizations of one mesh need not share a database kind)."""
    base = tmp_path_factory.mktemp("mesh")
    a_home = base / "a"
    shutil.copytree(reference_home, a_home)
    from luytre.home import open_home

    a_id = open_home(a_home)
    a = {"home": a_home, "token": (a_home / "admin_token.test").read_text(), "pub": a_id.public_key,
         "node_id": a_id.node_id}
    c = _init(base, "c", publishers, helpdesk_package, new_database())
    b = _init(base, "b", publishers, helpdesk_package, new_database())
    nodes = {name: RunningNode(spec["home"]) for name, spec in (("a", a), ("b", b), ("c", c))}
    for name, spec in (("a", a), ("b", b), ("c", c)):
        spec["url"] = nodes[name].url
        spec["node"] = nodes[name]
    for here, there in (("a", c), ("c", a), ("b", a)):  # A trusts C; C and B trust A (B is added to A later)
        home = {"a": a, "b": b, "c": c}[here]["home"]
        name = "a" if there is a else "c"
        result = cli("peer", "add", name, there["url"], "--pub", there["pub"], home=home)
        assert result.returncode == 0, result.stderr
    yield {"a": a, "b": b, "c": c}
    for node in nodes.values():
        node.stop()


def _sync(spec: dict) -> list[dict]:
    result = cli("peer", "list", "--json", home=spec["home"])
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _ask(spec: dict, query: str, **extra) -> httpx.Response:
    """Ask as a client does: the node's own peer calls (catalog sync, audit co-signing) may hold its peer slots
    (limits.peer_concurrency) a while on a busy machine; it then answers "overloaded" and says when to try again."""
    deadline = time.monotonic() + SERVING_DEADLINE_S
    while True:
        response = httpx.post(f"{spec['url']}/v1/ask", json={"query": query, **extra}, timeout=30)
        error = response.json().get("error") or {}
        if error.get("code") != "overloaded" or time.monotonic() > deadline:
            return response
        time.sleep(error["detail"]["retry_after_s"])


def _wait_until_serving(spec: dict, done, what: str) -> dict:
    """Poll the node's /healthz until ``done(health)``: its router serves a change made elsewhere (a peer's
    catalog, a revocation). The node says when; only the overall deadline is fixed."""
    deadline = time.monotonic() + SERVING_DEADLINE_S
    while True:
        health = httpx.get(f"{spec['url']}/healthz", timeout=30).json()
        if done(health):
            return health
        if time.monotonic() > deadline:
            raise AssertionError(f"{spec['url']} did not serve {what} within {SERVING_DEADLINE_S} s: {health}")
        time.sleep(0.2)


def _wait_for_remote(spec: dict, query: str, expert: str) -> dict:
    """Wait until the node routes to ``expert`` (``<id>@<peer>``) on that peer, then ask ``query`` there."""
    expert_id, peer = expert.rsplit("@", 1)
    _wait_until_serving(spec, lambda health: peer in health["remote"].get(f"{expert_id}@mesh", []), expert)
    answer = _ask(spec, query).json()
    assert answer.get("expert") == expert, answer
    return answer


def _entries(spec: dict, limit: int = 20) -> list[dict]:
    return httpx.get(f"{spec['url']}/v1/audit/entries", params={"limit": limit},
                     headers={"authorization": f"Bearer {spec['token']}"}, timeout=30).json()


def test_a_question_at_a_is_answered_by_cs_expert_signed_and_audited_on_both(mesh):
    a, c = mesh["a"], mesh["c"]
    rows = _sync(a)
    assert rows[0]["health"]["ok"] and rows[0]["experts"] == ["school-helpdesk"]
    answer = _wait_for_remote(a, HELPDESK_Q, "school-helpdesk@c")
    assert answer["result"]["peer"] == {"name": "c", "node_id": c["node_id"], "audit_seq": answer["result"]["peer"][
        "audit_seq"], "signed": True}
    assert answer["answer"] and answer["confidence"] > 0
    assert _entries(a, 1)[0]["destination"] == "c"
    there = next(e for e in _entries(c) if e["seq"] == answer["result"]["peer"]["audit_seq"])
    assert there["actor"] == "peer:a" and there["expert"] == "school-helpdesk"
    # A local expert still answers locally.
    assert _ask(a, "tôi bị đau ngực, vã mồ hôi").json()["expert"] == "vn-health-triage"
    status = httpx.get(f"{a['url']}/v1/peers", headers={"authorization": f"Bearer {a['token']}"}, timeout=30).json()
    assert status[0]["health"]["ok"] is True and status[0]["health"]["circuit"] == "closed"


def _stored_bytes(home: Path) -> bytes:
    """Everything a node's database holds: its SQLite files, or every row of every table on PostgreSQL."""
    from sqlalchemy import create_engine, inspect, text

    url = open_home(home).database_url
    if url.startswith("sqlite"):
        return b"".join(p.read_bytes() for p in home.glob("luytre.db*"))
    engine = create_engine(url)
    with engine.connect() as conn:
        tables = [repr(conn.execute(text(f'SELECT * FROM "{t}"')).all()) for t in inspect(conn).get_table_names()]
    engine.dispose()
    return "".join(tables).encode()


def test_personal_data_is_redacted_before_leaving_and_sensitive_data_never_leaves(mesh):
    a, c = mesh["a"], mesh["c"]
    _wait_for_remote(a, HELPDESK_Q, "school-helpdesk@c")
    # a number no catalog holds: vn-identity's examples (A's catalog, which C stores once it syncs) ask about 0912345678
    phone, name = "0938271645", "Nguyễn Văn Bảo"
    answer = _ask(a, f"Tôi là {name}, số điện thoại {phone}, {HELPDESK_Q}", expert="school-helpdesk@mesh").json()
    assert answer["expert"] == "school-helpdesk@c" and answer["privacy"]["redacted"] is True
    raw = _stored_bytes(c["home"])
    assert phone.encode() not in raw and name.encode() not in raw
    refused = _ask(a, f"tôi bị ung thư và HIV, {HELPDESK_Q}", expert="school-helpdesk@mesh")
    assert refused.status_code == 403 and refused.json()["error"]["code"] == "denied_by_policy"
    assert refused.json()["error"]["detail"]["rule"] == "sensitive-stays-local"
    # a zero-width space standing for a space inside the disclosure: the node reads it as typed
    # (found by the two-node property test in test_privacy once the node cleaned before the scan)
    hidden = _ask(a, f"toi bi ung\u200bthu, sdt {phone}, {HELPDESK_Q}", expert="school-helpdesk@mesh")
    assert hidden.status_code == 403 and hidden.json()["error"]["detail"]["rule"] == "sensitive-stays-local"


def test_unsigned_forged_and_replayed_requests_are_refused(mesh, tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.home import open_home

    a, c = mesh["a"], mesh["c"]
    url = f"{c['url']}/v1/mesh/catalog"
    assert httpx.get(url, timeout=10).status_code == 401
    forged = sign_request(Ed25519PrivateKey.generate(), a["node_id"], c["node_id"], "GET", "/v1/mesh/catalog", b"")
    assert httpx.get(url, headers=forged, timeout=10).json()["error"]["code"] == "peer_not_authenticated"
    genuine = sign_request(open_home(a["home"]).identity(), a["node_id"], c["node_id"], "GET", "/v1/mesh/catalog", b"")
    first = httpx.get(url, headers=genuine, timeout=10)
    assert first.status_code == 200 and first.headers["x-luytre-signature"]
    again = httpx.get(url, headers=genuine, timeout=10)
    assert again.status_code == 401 and "replay" in again.json()["error"]["message"]
    elsewhere = sign_request(open_home(a["home"]).identity(), a["node_id"], "lt-0000000000000000", "GET",
                             "/v1/mesh/catalog", b"")
    assert httpx.get(url, headers=elsewhere, timeout=10).status_code == 401  # meant for another node


def test_mesh_responses_are_what_openapi_describes(mesh):
    """The mesh sends its bodies as signed bytes, which FastAPI does not check against the routes' response
    models: each body read back through its model is the same body (no field missing, added or retyped)."""
    from luytre.mesh.server import Cosignature, HeldCheckpoint, SignedCatalog
    from luytre.node.answer import AskResponse

    a, c = mesh["a"], mesh["c"]
    key = open_home(a["home"]).identity()

    def call(method: str, path: str, body: dict | None = None) -> dict:
        raw = json.dumps(body).encode() if body is not None else b""
        headers = sign_request(key, a["node_id"], c["node_id"], method, path, raw)
        response = httpx.request(method, c["url"] + path, content=raw, timeout=30,
                                 headers={**headers, "content-type": "application/json"})
        assert response.status_code == 200, response.text
        return response.json()

    def same_through(model, body: dict) -> bool:
        return model.model_validate(body).model_dump(mode="json", by_alias=True, exclude_unset=True) == body

    assert same_through(SignedCatalog, call("GET", "/v1/mesh/catalog"))
    assert same_through(AskResponse, call("POST", "/v1/mesh/ask", {"query": HELPDESK_Q, "expert": "school-helpdesk"}))
    checkpoint = httpx.get(f"{a['url']}/v1/audit/checkpoint", timeout=30).json()
    checkpoint.pop("cosignatures")
    before = call("GET", "/v1/mesh/held")["checkpoint"]  # A's node may have had C co-sign in the background
    proof = (httpx.get(f"{a['url']}/v1/audit/consistency", params={"from": before["size"], "to": checkpoint["size"]},
                       timeout=30).json()["proof"] if before and before["size"] < checkpoint["size"] else None)
    assert same_through(Cosignature, call("POST", "/v1/mesh/cosign", {"checkpoint": checkpoint, "proof": proof}))
    held = call("GET", "/v1/mesh/held")
    assert held["checkpoint"] == checkpoint and same_through(HeldCheckpoint, held)


def test_peers_cosign_checkpoints_and_catch_a_cut_history(mesh):
    import sqlite3

    a = mesh["a"]
    _wait_for_remote(a, HELPDESK_Q, "school-helpdesk@c")
    first = cli("audit", "cosign", "--json", home=a["home"])
    assert first.returncode == 0, first.stderr
    size = int(json.loads(first.stdout)["c"].split()[-1])
    _ask(a, HELPDESK_Q)
    second = json.loads(cli("audit", "cosign", "--json", home=a["home"]).stdout)  # proves it extends the first
    assert int(second["c"].split()[-1]) > size
    verified = json.loads(cli("audit", "verify", "--peers", "--json", home=a["home"]).stdout)
    assert verified["ok"] is True and verified["peers"]["c"].startswith("holds size")
    with sqlite3.connect(a["home"] / "luytre.db") as db:  # a dishonest operator cuts the log and its checkpoints
        db.execute("DELETE FROM audit_entries WHERE seq > ?", (size - 1,))
        db.execute("DELETE FROM audit_checkpoints")
    alone = json.loads(cli("audit", "verify", "--json", home=a["home"]).stdout)
    assert alone["reason"] == "truncated"  # the checkpoint file outside the database contradicts the cut
    caught = cli("audit", "verify", "--peers", "--json", home=a["home"])
    assert caught.returncode == 1 and "shorter" in json.loads(caught.stdout)["problem"]
    refused = json.loads(cli("audit", "cosign", "--json", home=a["home"]).stdout)
    assert "cut or rolled back" in refused["c"]


def test_stale_rolled_back_and_badly_signed_catalogs_are_rejected(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.home import node_id_of, public_key_b64
    from luytre.mesh.peers import PeerStore
    from luytre.store.database import Registry

    key = Ed25519PrivateKey.generate()
    pub = public_key_b64(key)
    store = PeerStore(Registry.create(f"sqlite:///{tmp_path / 'p.db'}"))
    store.add("x", "http://127.0.0.1:9", pub)
    now = int(time.time())

    def catalog(version: int, expires: int, node: str | None = None) -> dict:
        return {"node": node or node_id_of(pub), "version": version, "issued_at": now, "expires_at": expires,
                "experts": []}

    assert store.accept_catalog("x", sign_catalog(key, catalog(5, now + 60)))["version"] == 5
    with pytest.raises(PeerError, match="rollback"):
        store.accept_catalog("x", sign_catalog(key, catalog(4, now + 60)))
    with pytest.raises(PeerError, match="expired"):
        store.accept_catalog("x", sign_catalog(key, catalog(6, now - 1)))
    with pytest.raises(PeerError, match="signature"):
        store.accept_catalog("x", sign_catalog(Ed25519PrivateKey.generate(), catalog(7, now + 60)))
    with pytest.raises(PeerError, match="another node"):
        store.accept_catalog("x", sign_catalog(key, catalog(8, now + 60, node="lt-ffffffffffffffff")))
    tampered = sign_catalog(key, catalog(9, now + 60))
    tampered["catalog"]["experts"] = [{"id": "evil"}]
    with pytest.raises(PeerError, match="signature"):
        store.accept_catalog("x", tampered)
    with pytest.raises(Exception, match="Ed25519"):
        store.add("y", "http://127.0.0.1:9", base64.b64encode(b"typo").decode())


class _Fake(BaseHTTPRequestHandler):
    mode = "garbage"

    def do_GET(self) -> None:  # http.server's name
        if self.mode == "slow":
            time.sleep(3)
        if self.mode == "error":  # a peer that breaks on every request
            self.send_response(500)
            self.end_headers()
            self.wfile.write(b'{"error": {"code": "internal", "message": "boom"}}')
            return
        self.send_response(200)
        self.send_header("content-type", "application/json")
        if self.mode == "cut":  # dies halfway through its answer
            self.send_header("content-length", "1000")
            self.end_headers()
            self.wfile.write(b'{"catalog": {')
            self.wfile.flush()
            self.connection.shutdown(2)
            return
        self.end_headers()
        self.wfile.write(b"{not json" if self.mode == "garbage" else b"{}")

    def log_message(self, *args) -> None:
        pass


@pytest.mark.parametrize("mode, message", [("garbage", "not signed"), ("slow", "Timeout"),
                                           ("cut", "RemoteProtocolError"), ("error", "answered 500")])
def test_garbage_slow_and_dying_peers_fail_fast_and_open_the_circuit(tmp_path, mode, message):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.home import public_key_b64
    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import PeerStore
    from luytre.store.database import Registry

    handler = type("Handler", (_Fake,), {"mode": mode})
    server = HTTPServer(("127.0.0.1", free_port()), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        store = PeerStore(Registry.create(f"sqlite:///{tmp_path / 'p.db'}"))
        peer = store.add("fake", f"http://127.0.0.1:{server.server_port}", public_key_b64(Ed25519PrivateKey.generate()))
        client = MeshClient(Ed25519PrivateKey.generate(), "lt-me", store, read_timeout_s=0.5)
        with pytest.raises(PeerError, match=message):
            client.sync_catalog(peer)
        started = time.monotonic()
        with pytest.raises(PeerError, match="circuit open"):
            client.sync_catalog(peer)
        assert time.monotonic() - started < 0.1  # a down peer costs one timeout, not one per request
    finally:
        server.shutdown()


def test_a_peers_refusal_is_an_answer_and_leaves_its_circuit_closed(tmp_path, helpdesk_package, publishers):
    """A peer that refuses one purpose (403) or does not accept the caller's key (401) has answered: it stays
    reachable for the questions it does accept."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import PeerStore
    from luytre.store.database import Registry

    a = _init(tmp_path, "a", publishers)
    c = _init(tmp_path, "c", publishers, helpdesk_package)
    assert cli("peer", "add", "a", "http://127.0.0.1:9", "--pub", a["pub"], home=c["home"]).returncode == 0
    node = RunningNode(c["home"])  # c agreed with a on "answer" only
    try:
        store = PeerStore(Registry.create(f"sqlite:///{tmp_path / 'p.db'}"))
        peer = store.add("c", node.url, c["pub"])
        client = MeshClient(open_home(a["home"]).identity(), a["node_id"], store)

        def forward(purpose: str) -> dict:
            body = {"query": HELPDESK_Q, "expert": "school-helpdesk", "lang": "vi", "purpose": purpose}
            return client.forward([(peer, body)], "school-helpdesk")[1]

        with pytest.raises(PeerError, match="answered 403 .*answer only"):
            forward("research")
        assert client.available(peer) and client.health["c"].to_dict()["circuit"] == "closed"
        assert forward("answer")["expert"] == "school-helpdesk"
        stranger = MeshClient(Ed25519PrivateKey.generate(), "lt-0000000000000000", store)
        with pytest.raises(PeerError, match="answered 401"):
            stranger.sync_catalog(peer)
        assert stranger.available(peer)
    finally:
        node.stop()
    node.process.wait()
    with pytest.raises(PeerError, match="ConnectError"):  # a peer that is down still opens the circuit
        forward("answer")
    assert not client.available(peer)



class _InTheMiddle(BaseHTTPRequestHandler):
    """Between a node and its peer: passes requests on, but makes refusals up ("forge": answers 403 itself,
    unsigned) or changes the peer's ("tamper": another reason, the peer's signature kept)."""

    mode, upstream = "tamper", ""

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers.get("content-length", 0)))
        status, headers = 403, {}
        if self.mode == "forge":
            content = b'{"error": {"code": "forbidden", "message": "this node no longer answers you"}}'
        else:
            passed = {k: v for k, v in self.headers.items() if k.lower().startswith("x-luytre-")}
            real = httpx.post(self.upstream + self.path, content=body, timeout=30,
                              headers={**passed, "content-type": "application/json"})
            status, content = real.status_code, real.content.replace(b"answer only", b"nothing at all")
            headers = {"x-luytre-signature": real.headers.get("x-luytre-signature", "")}
        self.send_response(status)
        for name, value in {**headers, "content-type": "application/json"}.items():
            self.send_header(name, value)
        self.send_header("content-length", str(len(content)))
        self.end_headers()
        self.wfile.write(content)

    def log_message(self, *args) -> None:
        pass


def test_a_refusal_is_signed_and_one_made_up_in_the_middle_is_not_taken(tmp_path, helpdesk_package, publishers):
    from luytre.mesh.client import MeshClient, PeerRefused
    from luytre.mesh.peers import Peer, PeerStore
    from luytre.mesh.protocol import verify_response
    from luytre.store.database import Registry

    a = _init(tmp_path, "a", publishers)
    c = _init(tmp_path, "c", publishers, helpdesk_package)
    assert cli("peer", "add", "a", "http://127.0.0.1:9", "--pub", a["pub"], home=c["home"]).returncode == 0
    node = RunningNode(c["home"])  # c agreed with a on "answer" only
    body = {"query": HELPDESK_Q, "expert": "school-helpdesk", "lang": "vi", "purpose": "research"}
    try:
        signed = sign_request(open_home(a["home"]).identity(), a["node_id"], c["node_id"], "POST", "/v1/mesh/ask",
                              json.dumps(body).encode())
        refused = httpx.post(node.url + "/v1/mesh/ask", content=json.dumps(body).encode(), timeout=30,
                             headers={**signed, "content-type": "application/json"})
        assert refused.status_code == 403
        verify_response(c["pub"], signed["x-luytre-nonce"], 403, refused.content,
                        refused.headers.get("x-luytre-signature"))  # c's own refusal, over a's nonce

        def reaching(url: str, name: str) -> tuple[MeshClient, Peer]:  # a's view of c, at ``url``
            store = PeerStore(Registry.create(f"sqlite:///{tmp_path / name}.db"))
            return MeshClient(open_home(a["home"]).identity(), a["node_id"], store), store.add("c", url, c["pub"])

        client, direct = reaching(node.url, "direct")
        with pytest.raises(PeerRefused, match="answered 403 .*answer only"):
            client.call(direct, "POST", "/v1/mesh/ask", body)
        assert client.available(direct)
        for mode, message in (("tamper", "signature does not verify"), ("forge", "without the peer's signature")):
            handler = type("Handler", (_InTheMiddle,), {"mode": mode, "upstream": node.url})
            middle = HTTPServer(("127.0.0.1", free_port()), handler)
            threading.Thread(target=middle.serve_forever, daemon=True).start()
            try:
                client, peer = reaching(f"http://127.0.0.1:{middle.server_port}", mode)
                with pytest.raises(PeerError, match=message) as raised:
                    client.call(peer, "POST", "/v1/mesh/ask", body)
                assert not isinstance(raised.value, PeerRefused)
                assert not client.available(peer)  # not the peer's word: a failure, as a garbled answer is
            finally:
                middle.shutdown()
    finally:
        node.stop()

def test_failover_to_another_peer_then_a_clear_error_and_revocation(mesh):
    a, b, c = mesh["a"], mesh["b"], mesh["c"]
    assert cli("peer", "add", "b", b["url"], "--pub", b["pub"], home=a["home"]).returncode == 0
    assert {row["name"]: row["health"]["ok"] for row in _sync(a)} == {"b": True, "c": True}
    _wait_until_serving(a, lambda health: {"b", "c"} <= set(health["remote"].get("school-helpdesk@mesh", [])),
                        "school-helpdesk on b and c")
    c["node"].stop()  # C goes down mid-service
    answer = _ask(a, HELPDESK_Q).json()
    assert answer["expert"] == "school-helpdesk@b"
    b["node"].stop()
    started = time.monotonic()
    failed = _ask(a, HELPDESK_Q)
    assert failed.status_code == 502 and failed.json()["error"]["code"] == "peer_failed"
    assert "no peer offering school-helpdesk answered" in failed.json()["error"]["message"]
    assert time.monotonic() - started < 10
    started = time.monotonic()
    assert _ask(a, HELPDESK_Q).status_code == 502
    assert time.monotonic() - started < 1.0  # both circuits are open: no new timeouts
    assert cli("peer", "revoke", "c", home=a["home"]).returncode == 0
    assert cli("peer", "revoke", "b", home=a["home"]).returncode == 0
    _wait_until_serving(a, lambda health: not health["remote"], "no peer's experts")  # both revoked
    reply = _ask(a, HELPDESK_Q)
    assert reply.status_code == 200, reply.text
    assert "@" not in (reply.json()["expert"] or "")  # nothing is sent to revoked peers


def _netns_unavailable() -> str | None:
    """Why network namespaces cannot be used here, or None when they can."""
    import os
    import subprocess

    if os.geteuid() != 0:
        return "creating network namespaces needs root"
    if not shutil.which("ip"):
        return "iproute2 (`ip`) is not installed"
    probe = f"luytre-probe-{os.getpid()}"
    made = subprocess.run(["ip", "netns", "add", probe], capture_output=True, text=True)
    if made.returncode != 0:
        return f"this machine does not allow network namespaces: {made.stderr.strip()}"
    subprocess.run(["ip", "netns", "del", probe], capture_output=True)
    return None


NETNS_UNAVAILABLE = _netns_unavailable()


@pytest.mark.skipif(NETNS_UNAVAILABLE is not None, reason=NETNS_UNAVAILABLE or "")
def test_nodes_in_separate_network_namespaces_joined_by_a_veth_pair(tmp_path, helpdesk_package, publishers):
    """Two nodes that can reach each other only over a virtual cable the test makes (and removes)."""
    import os
    import subprocess
    import sys

    tag = f"{os.getpid() % 10000:04d}"
    ns = {"a": f"luytre-a-{tag}", "c": f"luytre-c-{tag}"}
    ip = {"a": "10.77.0.1", "c": "10.77.0.2"}
    port = free_port()
    procs = []

    def run(*cmd: str) -> subprocess.CompletedProcess:
        return subprocess.run(list(cmd), capture_output=True, text=True, timeout=SERVING_DEADLINE_S + 60)

    def inside(name: str, *cmd: str) -> subprocess.CompletedProcess:
        return run("ip", "netns", "exec", ns[name], *cmd)

    try:
        for name in ns:
            assert run("ip", "netns", "add", ns[name]).returncode == 0
            assert inside(name, "ip", "link", "set", "lo", "up").returncode == 0
        veth = {"a": f"lta{tag}", "c": f"ltc{tag}"}
        assert run("ip", "link", "add", veth["a"], "type", "veth", "peer", "name", veth["c"]).returncode == 0
        for name in ns:
            assert run("ip", "link", "set", veth[name], "netns", ns[name]).returncode == 0
            assert inside(name, "ip", "addr", "add", f"{ip[name]}/30", "dev", veth[name]).returncode == 0
            assert inside(name, "ip", "link", "set", veth[name], "up").returncode == 0

        homes = {"a": _init(tmp_path, "a", publishers), "c": _init(tmp_path, "c", publishers, helpdesk_package)}
        pins = {}
        for name in ns:  # beyond loopback: HTTPS, each peer pinned by its operator's printed pin
            made = cli("tls", "init", ip[name], "--json", home=homes[name]["home"])
            assert made.returncode == 0, made.stderr
            pins[name] = json.loads(made.stdout)["spki-sha256"]
        for here, there in (("a", "c"), ("c", "a")):
            added = cli("peer", "add", there, f"https://{ip[there]}:{port}", "--pub", homes[there]["pub"],
                        "--tls-pin", pins[there], home=homes[here]["home"])
            assert added.returncode == 0, added.stderr
        env = {**os.environ, "NO_COLOR": "1"}
        for name in ns:
            procs.append(subprocess.Popen(["ip", "netns", "exec", ns[name], sys.executable, "-m", "luytre", "serve",
                                           "--home", str(homes[name]["home"]), "--host", ip[name], "--port", str(port)],
                                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env))
        # polled until a deadline: a node starts, and retrains its router on a peer's catalog, slowly on a busy machine
        probe = ("import httpx,sys,time\nend=time.monotonic()+float(sys.argv[2])\nwhile time.monotonic()<end:\n"
                 "    try:\n        httpx.get(sys.argv[1],timeout=1,verify=False); sys.exit(0)\n"
                 "    except httpx.HTTPError: time.sleep(0.2)\nsys.exit(1)")
        for name in ns:
            assert inside(name, sys.executable, "-c", probe, f"https://{ip[name]}:{port}/healthz",
                          str(NODE_START_S)).returncode == 0
        unreachable = run(sys.executable, "-c", probe, f"https://{ip['a']}:{port}/healthz", "3")
        assert unreachable.returncode == 1  # from the host's namespace
        listed = inside("a", sys.executable, "-m", "luytre", "peer", "list", "--json",
                        "--home", str(homes["a"]["home"]))
        assert json.loads(listed.stdout)[0]["health"]["ok"] is True, listed.stderr
        ask = ("import httpx,json,sys,time\nend=time.monotonic()+float(sys.argv[3])\nwhile time.monotonic()<end:\n"
               "    r=httpx.post(sys.argv[1],json={'query':sys.argv[2]},timeout=30,verify=False).json()\n"
               "    if r.get('expert')=='school-helpdesk@c': print(json.dumps(r)); sys.exit(0)\n"
               "    time.sleep(0.3)\nsys.exit(1)")
        answered = inside("a", sys.executable, "-c", ask, f"https://{ip['a']}:{port}/v1/ask", HELPDESK_Q,
                          str(SERVING_DEADLINE_S))
        assert answered.returncode == 0, answered.stderr
        assert json.loads(answered.stdout)["result"]["peer"]["signed"] is True
    finally:
        for proc in procs:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
        for name in ns:
            run("ip", "netns", "del", ns[name])  # removes the veth pair with it
