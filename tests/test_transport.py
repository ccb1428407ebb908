"""Transport security with real node processes on 127.0.0.1: HTTPS with node certificates, peers pinned
by certificate or key, plain http refused beyond loopback, the Host allow-list, no-store, docs served
by the node itself, and peer calls bounded in time and in number."""

from __future__ import annotations

import json
import re
import shutil
import stat
import threading
import time
from http.server import ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest
from cryptography import x509

from conftest import SERVING_DEADLINE_S, DripHandler, RunningNode, cli, free_port, make_node_home

HELPDESK_Q = "thư viện mở cửa mấy giờ"
TRIAGE_Q = "tôi bị đau ngực, vã mồ hôi"  # health data: answered where it is asked, never forwarded
IDENTITY_Q = "kiểm tra giúp tôi mã số thuế công ty"  # no personal data: may go to A's vn-identity


def _tls_init(home: Path, *names: str, force: bool = False) -> dict:
    result = cli("tls", "init", *names, *(["--force"] if force else []), "--json", home=home)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def _init(base: Path, name: str, publishers, package: Path | None = None) -> dict:
    return make_node_home(base, name, publishers, package)


def _peer_add(home: Path, name: str, there: dict, *extra: str):
    return cli("peer", "add", name, there["url"], "--pub", there["pub"], *extra, home=home)


def _peer_rows(home: Path) -> dict[str, dict]:
    result = cli("peer", "list", "--json", home=home)
    assert result.returncode == 0, result.stderr
    return {row["name"]: row for row in json.loads(result.stdout)}


# -- the node's certificate --------------------------------------------------------------------------

def test_tls_init_makes_a_certificate_for_loopback_and_given_names_with_a_private_key(fresh_home):
    home, _ = fresh_home
    made = _tls_init(home, "node.so-y-te.vn", "10.0.0.5")
    key = Path(made["key"])
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    certificate = x509.load_pem_x509_certificate(Path(made["certificate"]).read_bytes())
    names = certificate.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert {str(ip) for ip in names.get_values_for_type(x509.IPAddress)} == {"127.0.0.1", "::1", "10.0.0.5"}
    assert set(names.get_values_for_type(x509.DNSName)) == {"localhost", "node.so-y-te.vn"}
    assert re.fullmatch(r"spki-sha256:[0-9a-f]{64}", made["spki-sha256"])
    shown = cli("tls", "show", "--json", home=home)
    assert json.loads(shown.stdout)["spki-sha256"] == made["spki-sha256"]
    again = cli("tls", "init", home=home)  # never replaced silently: peers would have to re-pin
    assert again.returncode != 0 and "--force" in again.stderr.decode()
    config = (home / "config.toml").read_text()
    assert 'tls_cert = "tls/node.crt"' in config and "node.so-y-te.vn" in config


def test_plain_http_beyond_loopback_is_refused_before_binding(fresh_home):
    home, _ = fresh_home
    result = cli("serve", "--host", "0.0.0.0", "--port", str(free_port()), home=home, timeout=60)
    assert result.returncode != 0
    assert "refusing to serve plain HTTP on 0.0.0.0" in result.stderr.decode()
    _tls_init(home)
    missing = cli("serve", "--tls-cert", str(home / "nope.crt"), "--port", str(free_port()), home=home, timeout=60)
    assert missing.returncode != 0 and "TLS file not found" in missing.stderr.decode()


# -- three nodes over https -------------------------------------------------------------------------

@pytest.fixture(scope="module")
def https_mesh(tmp_path_factory, reference_home, helpdesk_package, publishers):
    """A (the reference experts: triage, identity), B and C (each hosting school-helpdesk), each serving
    https with its own certificate; A trusts B and C, both trust A; every peer pinned."""
    base = tmp_path_factory.mktemp("https-mesh")
    a_home = base / "a"
    shutil.copytree(reference_home, a_home)
    from luytre.home import open_home

    a_identity = open_home(a_home)
    specs = {"a": {"home": a_home, "token": (a_home / "admin_token.test").read_text(),
                   "pub": a_identity.public_key, "node_id": a_identity.node_id},
             "b": _init(base, "b", publishers, helpdesk_package), "c": _init(base, "c", publishers, helpdesk_package)}
    nodes = {}
    try:
        for name, spec in specs.items():
            spec["pin"] = _tls_init(spec["home"])["spki-sha256"]
            nodes[name] = spec["node"] = RunningNode(spec["home"], tls=True)
            spec["url"] = nodes[name].url
        assert specs["c"]["url"].startswith("https://")
        # A pins C from the certificate fetched and shown; the others with the pin given by its operator.
        fetched = _peer_add(a_home, "c", specs["c"], "--yes")
        assert fetched.returncode == 0, fetched.stderr
        assert specs["c"]["pin"] in fetched.stderr.decode()  # shown to compare
        for here, there in (("a", "b"), ("c", "a"), ("b", "a")):
            added = _peer_add(specs[here]["home"], there, specs[there], "--tls-pin", specs[there]["pin"])
            assert added.returncode == 0, added.stderr
        yield specs
    finally:
        for name, node in nodes.items():  # a test may have restarted a node: stop the one running now too
            node.stop()
            if name in specs and specs[name].get("node") not in (None, node):
                specs[name]["node"].stop()


def _ask(spec: dict, query: str, **extra) -> httpx.Response:
    return httpx.post(f"{spec['url']}/v1/ask", json={"query": query, **extra}, timeout=30,
                      verify=str(spec["home"] / "tls" / "node.crt"))


def _answered_by(spec: dict, query: str, *experts: str, **extra) -> dict:
    """Ask until one of ``experts`` answers: the node first syncs its peers' catalogs and retrains its router."""
    deadline, answer = time.monotonic() + SERVING_DEADLINE_S, {}
    while time.monotonic() < deadline:
        answer = _ask(spec, query, **extra).json()
        if answer.get("expert") in experts:
            return answer
        time.sleep(0.3)
    raise AssertionError(f"{experts} never answered at {spec['url']}: {answer}")


def test_three_nodes_answer_through_each_other_over_pinned_https(https_mesh):
    a, b, c = https_mesh["a"], https_mesh["b"], https_mesh["c"]
    for here in (a, b, c):  # the catalogs come over https, checked against the pins
        rows = _peer_rows(here["home"])
        assert all(row["health"]["ok"] for row in rows.values()), [row["health"] for row in rows.values()]
        assert all(row["url"].startswith("https://") and row["tls_pin"] for row in rows.values())
    at_a = _answered_by(a, HELPDESK_Q, "school-helpdesk@b", "school-helpdesk@c")  # A → B or C
    assert at_a["result"]["peer"]["signed"] is True and at_a["answer"]
    at_c = _answered_by(c, IDENTITY_Q, "vn-identity@a", expert="vn-identity@mesh")  # C → A
    assert at_c["result"]["peer"]["node_id"] == a["node_id"]
    at_b = _answered_by(b, IDENTITY_Q, "vn-identity@a", expert="vn-identity@mesh")  # B → A
    assert at_b["answer"] == at_c["answer"]
    refused = _ask(c, TRIAGE_Q, expert="vn-health-triage@mesh")  # health data stays at C, TLS or not
    assert refused.status_code == 403 and refused.json()["error"]["detail"]["rule"] == "sensitive-stays-local"
    # A client that pins another node's certificate cannot talk to A: each node has its own.
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{a['url']}/healthz", verify=str(c["home"] / "tls" / "node.crt"), timeout=5)


def test_a_peer_presenting_another_certificate_or_key_is_refused(https_mesh, tmp_path):
    """C's certificate pinned under a wrong pin, then A itself restarted with a new key: both refused, named."""
    a, c = https_mesh["a"], https_mesh["c"]
    watcher = _init(tmp_path, "watcher", {}, None)
    wrong = _peer_add(watcher["home"], "c", c, "--tls-pin", a["pin"])  # A's key, not C's
    assert wrong.returncode == 0, wrong.stderr
    row = _peer_rows(watcher["home"])["c"]
    assert row["health"]["ok"] is False and "does not match its pin" in row["health"]["error"]
    from luytre.tls import fetch_certificate, pins_of

    cert_pin = pins_of(fetch_certificate("127.0.0.1", c["node"].port))["cert-sha256"]
    bad_cert_pin = cert_pin[:-1] + ("0" if cert_pin[-1] != "0" else "1")
    other = _init(tmp_path, "other", {}, None)
    _peer_add(other["home"], "c", c, "--tls-pin", bad_cert_pin)
    assert "does not match its pin" in _peer_rows(other["home"])["c"]["health"]["error"]
    good = _init(tmp_path, "good", {}, None)
    assert _peer_add(good["home"], "c", c, "--tls-pin", cert_pin).returncode == 0
    error = _peer_rows(good["home"])["c"]["health"]["error"]
    assert "pin" not in error and "401" in error  # TLS passed on the certificate pin; C just does not know us

    # A gets a new key (someone else now answers at A's address): C refuses it before sending a question.
    _peer_rows(c["home"])  # C knows A's catalog (also when this test runs alone)
    _answered_by(c, IDENTITY_Q, "vn-identity@a", expert="vn-identity@mesh")
    port = a["node"].port
    a["node"].stop()
    _tls_init(a["home"], force=True)
    a["node"] = RunningNode(a["home"], port=port, tls=True)
    assert "does not match its pin" in _peer_rows(c["home"])["a"]["health"]["error"]
    # C's running node may have found A down while it restarted (its circuit then stays open 30 s):
    # once it tries A again, the question is refused for the pin.
    deadline, message = time.monotonic() + 60, ""
    while "does not match its pin" not in message and time.monotonic() < deadline:
        refused = _ask(c, IDENTITY_Q, expert="vn-identity@mesh")
        assert refused.status_code == 502, refused.text
        message = refused.json()["error"]["message"]
        time.sleep(1)
    assert "does not match its pin" in message


# -- plain http peers --------------------------------------------------------------------------------

def test_plain_http_peers_only_on_loopback_or_with_an_explicit_flag(fresh_home):
    home, _ = fresh_home
    from luytre.home import init_home

    other, _ = init_home(home.parent / "other", name="other")
    far = {"url": "http://10.20.30.40:8470", "pub": other.public_key}
    refused = _peer_add(home, "far", far)
    assert refused.returncode != 0 and "refusing plain http to 10.20.30.40" in refused.stderr.decode()
    assert _peer_add(home, "far", far, "--allow-http").returncode == 0
    assert _peer_rows(home)["far"]["allow_http"] is True
    unpinned = _peer_add(home, "secure", {"url": f"https://127.0.0.1:{free_port()}", "pub": other.public_key})
    assert unpinned.returncode != 0 and "cannot fetch the TLS certificate" in unpinned.stderr.decode()
    malformed = _peer_add(home, "secure", {"url": "https://127.0.0.1:1", "pub": other.public_key}, "--tls-pin", "ab")
    assert malformed.returncode != 0 and "expected spki-sha256:<64 hex>" in malformed.stderr.decode()


def test_an_old_unpinned_https_peer_is_not_called(tmp_path):
    """A peer row without a pin (e.g. from before pins existed) gets nothing sent to it."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import Peer
    from luytre.mesh.protocol import PeerError

    client = MeshClient(Ed25519PrivateKey.generate(), "me", None)
    for url, message in (("https://127.0.0.1:1", "no pinned TLS certificate"),
                         ("http://192.0.2.7:8470", "plain http beyond loopback")):
        with pytest.raises(PeerError, match=message):
            client.call(Peer("old", "node-old", url, "key", "VN", False, None), "GET", "/v1/mesh/catalog")


# -- Host allow-list, no-store, docs -----------------------------------------------------------------

def test_dns_rebinding_host_headers_are_refused(node_server):
    for host in ("evil.example", "evil.example:80", "127.0.0.1.evil.example", "localhost.evil.example"):
        response = httpx.get(f"{node_server.url}/healthz", headers={"host": host}, timeout=10)
        assert response.status_code == 400, host
        assert response.json()["error"]["code"] == "host_not_allowed"
        answered = httpx.post(f"{node_server.url}/v1/ask", json={"query": TRIAGE_Q}, headers={"host": host},
                              timeout=10)
        assert answered.status_code == 400
    for host in (f"127.0.0.1:{node_server.port}", f"localhost:{node_server.port}", f"[::1]:{node_server.port}",
                 "LOCALHOST"):
        assert httpx.get(f"{node_server.url}/healthz", headers={"host": host}, timeout=10).status_code == 200


def test_allowed_hosts_come_from_the_config(home_copy):
    home, _ = home_copy
    config = (home / "config.toml").read_text()
    assert "allowed_hosts = []" in config
    (home / "config.toml").write_text(config.replace("allowed_hosts = []", 'allowed_hosts = ["luytre.lan"]'))
    node = RunningNode(home)
    try:
        assert httpx.get(f"{node.url}/healthz", headers={"host": "luytre.lan:8470"}, timeout=10).status_code == 200
        assert httpx.get(f"{node.url}/healthz", headers={"host": "evil.example"}, timeout=10).status_code == 400
    finally:
        node.stop()


def test_admin_and_personal_responses_are_not_cacheable(node_server, reference_home):
    token = (reference_home / "admin_token.test").read_text()
    admin = {"authorization": f"Bearer {token}"}
    responses = [
        httpx.post(f"{node_server.url}/v1/ask", json={"query": "CCCD của tôi là 001099012345, " + TRIAGE_Q},
                   timeout=30),
        httpx.get(f"{node_server.url}/v1/audit/entries", params={"limit": 1}, headers=admin, timeout=30),
        httpx.get(f"{node_server.url}/v1/consents", headers=admin, timeout=30),
        httpx.get(f"{node_server.url}/v1/peers", headers=admin, timeout=30),
        httpx.get(f"{node_server.url}/v1/audit/entries", timeout=30),  # refused: the error is not cached either
    ]
    for response in responses:
        assert response.headers.get("cache-control") == "no-store", (response.request.url, response.status_code)
    assert [r.status_code for r in responses] == [200, 200, 200, 200, 401]
    asset = httpx.get(f"{node_server.url}/docs-assets/swagger-ui.css", timeout=30)
    assert asset.status_code == 200 and "no-store" not in asset.headers.get("cache-control", "")


def test_api_docs_load_nothing_from_outside_the_node(node_server):
    assert httpx.get(node_server.url + "/redoc", timeout=30).status_code == 404  # ReDoc fetches its logo from a CDN
    for page in ("/docs",):
        html = httpx.get(node_server.url + page, timeout=30).text
        assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.I), re.findall(r"https?://\S+", html)
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", html)
        assert assets and all(a.startswith("/docs-assets/") for a in assets), assets
        for asset in assets:
            response = httpx.get(node_server.url + asset, timeout=30)
            assert response.status_code == 200 and len(response.content) > 1000, asset
    assert "validatorUrl" in httpx.get(node_server.url + "/docs", timeout=30).text  # no call to validator.swagger.io


# -- peer calls: bounded in time and in number -------------------------------------------------------

def test_slow_peers_hold_at_most_the_peer_slots_and_each_caller_at_most_the_deadline():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from luytre.errors import Overloaded
    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import Peer
    from luytre.mesh.protocol import PeerError

    server = ThreadingHTTPServer(("127.0.0.1", 0), DripHandler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        client = MeshClient(Ed25519PrivateKey.generate(), "me", None, deadline_s=1.5, concurrency=1)
        peer = Peer("drip", "node-drip", f"http://127.0.0.1:{server.server_port}", "key", "VN", False, None)
        outcome: dict[str, object] = {}

        def first() -> None:
            started = time.monotonic()
            try:
                client.call(peer, "GET", "/v1/mesh/catalog")
            except PeerError as exc:
                outcome["error"], outcome["took"] = exc.message, time.monotonic() - started

        caller = threading.Thread(target=first)
        caller.start()
        time.sleep(0.4)
        with pytest.raises(Overloaded, match="limits.peer_concurrency") as busy:  # the one slot is held
            client.call(peer, "GET", "/v1/mesh/catalog")
        assert busy.value.http_status == 503
        caller.join(10)
        assert "longer than 1.5 s" in str(outcome["error"]) and float(outcome["took"]) < 2.5  # type: ignore[arg-type]
    finally:
        server.shutdown()
