"""Gaps in access control found in review, attacked over HTTP on a real node: refusals of requests naming a
data subject are audited (actor, route, reason; the person only as a keyed digest); a peer may forward a
question only for the purposes the operator agreed with it; anonymous callers cannot create learners
without bound."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import httpx

from conftest import RunningNode, cli, make_node_home
from luytre.config import update_limits
from luytre.home import open_home
from luytre.mesh.protocol import sign_request
from test_access import _auth, _create

CCCD_X = "001203012345"


def _entries(node: RunningNode, key: str, limit: int = 50) -> list[dict]:
    reply = httpx.get(f"{node.url}/v1/audit/entries", headers=_auth(key), params={"limit": limit}, timeout=30)
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_every_refusal_of_a_request_naming_a_subject_is_audited_without_the_value(home_copy):
    home, operator = home_copy
    kiosk = _create(home, "public-app", "--name", "kiosk")
    clerk = _create(home, "clerk", "--name", "front-desk")
    node = RunningNode(home)
    question = {"query": f"kiểm tra số căn cước {CCCD_X}", "subject": CCCD_X}
    try:
        refusals = {
            "POST /v1/ask": httpx.post(f"{node.url}/v1/ask", json=question, timeout=30),
            "POST /v1/experts/{expert_id}/invoke": httpx.post(f"{node.url}/v1/experts/vn-identity/invoke",
                                                              json=question, headers=_auth(kiosk["key"]), timeout=30),
            "GET /v1/consents": httpx.get(f"{node.url}/v1/consents", params={"subject": CCCD_X},
                                          headers=_auth("lt_not-a-key"), timeout=30),
            "POST /v1/consents": httpx.post(f"{node.url}/v1/consents", headers=_auth(kiosk["key"]), timeout=30,
                                            json={"subject": CCCD_X, "purpose": "research", "status": "granted",
                                                  "evidence": "phiếu 2026/7"}),
        }
        assert {route: reply.status_code for route, reply in refusals.items()} == {
            "POST /v1/ask": 403, "POST /v1/experts/{expert_id}/invoke": 403, "GET /v1/consents": 401,
            "POST /v1/consents": 403}
        allowed = httpx.post(f"{node.url}/v1/ask", json=question, headers=_auth(clerk["key"]), timeout=30)
        assert allowed.status_code == 200, allowed.text
        entries = _entries(node, operator)
    finally:
        node.stop()
    assert CCCD_X not in json.dumps(entries, ensure_ascii=False)
    audited = {e["route"]: e for e in entries if e.get("event") == "access.refused"}
    assert set(refusals) <= set(audited), sorted(audited)
    assert audited["POST /v1/ask"]["actor"] == "anonymous"
    assert "may not name a data subject" in audited["POST /v1/ask"]["reason"]
    assert audited["POST /v1/experts/{expert_id}/invoke"]["actor"] == f"public-app:{kiosk['id']}"
    assert audited["GET /v1/consents"]["actor"] == "invalid-key"
    assert audited["GET /v1/consents"]["code"] == "unauthorized"
    assert audited["POST /v1/consents"]["actor"] == f"public-app:{kiosk['id']}"
    assert "needs clerk or operator" in audited["POST /v1/consents"]["reason"]
    # the digest is the one the ask path keeps for the same person: refusals and answers can be linked
    subject_hmac = next(e["subject_hmac"] for e in entries if e.get("actor") == f"clerk:{clerk['id']}")
    for route in ("POST /v1/ask", "POST /v1/experts/{expert_id}/invoke", "GET /v1/consents"):
        assert audited[route]["named_hmac"]["subject"] == subject_hmac, route


def test_a_peer_may_claim_only_the_purposes_the_operator_agreed(home_copy, tmp_path, publishers):
    home, operator = home_copy
    narrow = make_node_home(tmp_path, "so-y-te", publishers)  # other organizations: their keys sign requests
    wide = make_node_home(tmp_path, "vien-nghien-cuu", publishers)
    bad = cli("peer", "add", "x", "http://127.0.0.1:9", "--pub", wide["pub"], "--purpose", "Bán hàng", home=home)
    assert bad.returncode != 0 and b"purpose" in bad.stderr and b"Traceback" not in bad.stderr
    assert cli("peer", "add", "so-y-te", "http://127.0.0.1:9", "--pub", narrow["pub"], home=home).returncode == 0
    added = cli("peer", "add", "vien", "http://127.0.0.1:9", "--pub", wide["pub"], "--purpose", "answer",
                "--purpose", "research", "--json", home=home)
    assert added.returncode == 0 and json.loads(added.stdout)["purposes"] == ["answer", "research"]
    here = open_home(home).node_id
    node = RunningNode(home)

    def forward(peer: dict, purpose: str) -> httpx.Response:
        body = json.dumps({"query": "Mấy giờ được vào thăm người bệnh?", "expert": "vn-health-triage",
                           "purpose": purpose}, ensure_ascii=False).encode("utf-8")
        headers = sign_request(open_home(peer["home"]).identity(), peer["node_id"], here, "POST",
                               "/v1/mesh/ask", body)
        return httpx.post(f"{node.url}/v1/mesh/ask", content=body, timeout=30,
                          headers={**headers, "content-type": "application/json"})

    try:
        assert forward(narrow, "answer").status_code == 200
        claimed = forward(narrow, "research")
        assert claimed.status_code == 403 and claimed.json()["error"]["code"] == "forbidden"
        assert "answer only" in claimed.json()["error"]["message"]
        assert "--purpose" in claimed.json()["error"]["message"]
        assert forward(wide, "research").status_code == 200  # its agreement allows research
        assert forward(wide, "marketing").status_code == 403
        entries = _entries(node, operator)
    finally:
        node.stop()
    refused = [e for e in entries if e.get("event") == "access.refused" and e["route"] == "POST /v1/mesh/ask"]
    assert {e["actor"] for e in refused} == {"peer:so-y-te", "peer:vien"}
    assert any("'research'" in e["reason"] for e in refused if e["actor"] == "peer:so-y-te")
    assert any("'marketing'" in e["reason"] for e in refused if e["actor"] == "peer:vien")
    answered = [e for e in entries if e.get("actor") == "peer:vien" and e.get("purpose") == "research"]
    assert answered and answered[0]["expert"] == "vn-health-triage"


def _own_copy(source: Path, tmp_path: Path) -> Path:
    """A copy of the tutor home with no per-hour counts: the source is shared by this worker's other tests, whose
    sessions from this same address are counted in its store within the hour."""
    home = tmp_path / "tutor"
    shutil.copytree(source, home)
    with sqlite3.connect(home / "luytre.db") as db:
        db.execute("DELETE FROM quota_events")
    return home


def test_anonymous_callers_create_learners_within_a_bound(tmp_path, tutor_home):
    home = _own_copy(tutor_home[0], tmp_path)
    update_limits(home / "config.toml", new_records_per_client_hour=3)
    teacher = _create(home, "teacher", "--name", "co-hoa", "--scope", "8B")
    kiosk = _create(home, "public-app", "--name", "school-kiosk")
    node = RunningNode(home)
    sessions = f"{node.url}/v1/tutor/sessions"

    def start(learner: str, key: str | None = None, **extra: str) -> httpx.Response:
        return httpx.post(sessions, json={"learner": learner, "bank": "math-thcs", **extra}, headers=_auth(key),
                          timeout=30)

    try:
        first = [start(f"hs-anon-{i}") for i in range(3)]
        assert [r.status_code for r in first] == [201, 201, 201]
        over = start("hs-anon-3")
        assert over.status_code == 429 and over.json()["error"]["code"] == "rate_limited"
        assert "limits.new_records_per_client_hour" in over.json()["error"]["message"]
        assert int(over.headers["retry-after"]) > 60
        # continuing a learner creates no learner: the secret still works
        again = start("hs-anon-0", secret=first[0].json()["learner_secret"])
        assert again.status_code == 201
        # a teacher key answers for the learners it creates; a public-app key is counted on its own
        assert start("hs-8b-01", teacher["key"], **{"class": "8B"}).status_code == 201
        assert [start(f"hs-kiosk-{i}", kiosk["key"]).status_code for i in range(4)] == [201, 201, 201, 429]
        progress = httpx.get(f"{node.url}/v1/tutor/learners/hs-anon-3/progress", headers=_auth(tutor_home[1]),
                             timeout=30)
        assert progress.status_code == 404  # the refused learner was never written
    finally:
        node.stop()


def test_one_client_starts_sessions_for_an_existing_learner_within_a_bound(tmp_path, tutor_home):
    home = _own_copy(tutor_home[0], tmp_path)
    update_limits(home / "config.toml", sessions_per_client_hour=3)
    teacher = _create(home, "teacher", "--name", "co-lan", "--scope", "7A")
    node = RunningNode(home)
    sessions = f"{node.url}/v1/tutor/sessions"

    def start(key: str | None = None, **extra: str) -> httpx.Response:
        return httpx.post(sessions, json={"learner": "hs-7a-05", "bank": "math-thcs", **extra}, headers=_auth(key),
                          timeout=30)

    try:
        first = start(**{"class": "7A"})
        assert first.status_code == 201, first.text
        secret = first.json()["learner_secret"]
        assert [start(secret=secret).status_code for _ in range(2)] == [201, 201]
        over = start(secret=secret)  # the learner's own secret, a fourth session within the hour
        assert over.status_code == 429 and over.json()["error"]["code"] == "rate_limited"
        assert "3 practice sessions" in over.json()["error"]["message"]
        assert "limits.sessions_per_client_hour" in over.json()["error"]["message"]
        assert int(over.headers["retry-after"]) > 60
        assert start(teacher["key"]).status_code == 201  # a teacher key of the class is not counted
    finally:
        node.stop()
    with sqlite3.connect(home / "luytre.db") as db:
        stored = db.execute("SELECT count(*) FROM tutor_sessions WHERE learner_id = 'hs-7a-05'").fetchone()[0]
    assert stored == 4  # the refused start wrote no row


def test_the_session_bound_is_one_for_every_process_of_a_node(tmp_path, tutor_home):
    """Two processes serving one home (as `serve --workers 2` or replicas do) share one count per client:
    starts alternating between them get exactly the places left. (Concurrent takers are tests/test_quotas.py's:
    here, on a loaded machine, six starts at once from one address also meet the pool's per-client share.)"""
    home = _own_copy(tutor_home[0], tmp_path)
    update_limits(home / "config.toml", sessions_per_client_hour=4, new_records_per_client_hour=100)
    nodes = [RunningNode(home), RunningNode(home)]

    def start(i: int) -> httpx.Response:
        return httpx.post(f"{nodes[i % 2].url}/v1/tutor/sessions", json={"learner": f"hs-q-{i}", "bank": "math-thcs"},
                          timeout=60)

    try:
        assert [start(0).status_code, start(1).status_code] == [201, 201]
        codes = [start(i).status_code for i in range(2, 8)]
        assert codes == [201, 201, 429, 429, 429, 429], codes
        over = start(9)
        assert over.status_code == 429 and "4 practice sessions" in over.json()["error"]["message"]
        assert int(over.headers["retry-after"]) > 60
    finally:
        for node in nodes:
            node.stop()
    with sqlite3.connect(home / "luytre.db") as db:
        assert db.execute("SELECT count(*) FROM tutor_sessions WHERE learner_id LIKE 'hs-q-%'").fetchone()[0] == 4
        assert db.execute("SELECT count(*) FROM quota_events WHERE quota = 'tutor.sessions'").fetchone()[0] == 4
