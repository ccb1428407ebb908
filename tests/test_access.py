"""Who may do what, over HTTP on a real node: client keys with roles (made with the CLI, as an operator
does), consent bound to the person the request is about, learner records, and the policy's state."""

from __future__ import annotations

import hashlib
import json
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

from conftest import RunningNode, cli

ROLES = ("public-app", "clerk", "teacher", "auditor", "operator")
PUBLIC = {"anonymous", "public-app", "clerk", "teacher", "operator"}
# Written from the issue, not read from the code: which callers each route admits.
EXPECTED = {
    ("POST", "/v1/ask"): PUBLIC, ("POST", "/v1/route"): PUBLIC, ("GET", "/v1/experts"): PUBLIC,
    ("GET", "/v1/experts/{expert_id}"): PUBLIC, ("POST", "/v1/experts/{expert_id}/invoke"): PUBLIC,
    ("POST", "/v1/experts/{expert_id}/batch"): PUBLIC, ("POST", "/v1/pii/scan"): PUBLIC,
    ("GET", "/v1/metrics/history"): PUBLIC,
    ("POST", "/v1/experts"): {"operator"}, ("DELETE", "/v1/experts/{expert_id}"): {"operator"},
    ("POST", "/v1/experts/{expert_id}/enable"): {"operator"}, ("POST", "/v1/experts/{expert_id}/disable"): {"operator"},
    ("GET", "/v1/audit/checkpoint"): PUBLIC | {"auditor"}, ("GET", "/v1/audit/proof/{seq}"): PUBLIC | {"auditor"},
    ("GET", "/v1/audit/consistency"): PUBLIC | {"auditor"},  # hashes only, for witnesses
    ("GET", "/v1/audit/entries"): {"auditor", "operator"}, ("GET", "/v1/audit/verify"): {"auditor", "operator"},
    ("GET", "/v1/policy"): {"operator"}, ("POST", "/v1/policy/check"): {"operator"},
    ("POST", "/v1/consents"): {"clerk", "operator"}, ("GET", "/v1/consents"): {"clerk", "operator"},
    ("GET", "/v1/peers"): {"operator"},
    ("GET", "/v1/tutor/banks"): PUBLIC, ("POST", "/v1/tutor/sessions"): PUBLIC,
    ("GET", "/v1/tutor/sessions/{session_id}/next"): PUBLIC,
    ("POST", "/v1/tutor/sessions/{session_id}/answer"): PUBLIC,
    ("GET", "/v1/tutor/learners/{learner}/progress"): {"teacher", "operator"},
    ("GET", "/v1/tutor/classes/{class_id}/report"): {"teacher", "operator"},
    ("DELETE", "/v1/tutor/learners/{learner}"): {"operator"}, ("GET", "/v1/tutor/export.csv"): {"operator"},
}
CCCD_X, CCCD_Y = "001203012345", "001085012345"  # X consented to research; Y did not


def _create(home: Path, role: str, *extra: str) -> dict:
    made = cli("client", "create", "--role", role, "--json", *extra, home=home)
    assert made.returncode == 0, made.stderr
    return json.loads(made.stdout)


def _auth(key: str | None) -> dict:
    return {"authorization": f"Bearer {key}"} if key else {}


def _keys(home: Path, operator: str) -> dict[str, str | None]:
    keys: dict[str, str | None] = {role: _create(home, role, "--scope", "9A")["key"]
                                   for role in ROLES if role != "operator"}
    return {**keys, "operator": operator, "anonymous": None}


def test_role_truth_table_over_every_route_of_the_openapi_schema(home_copy):
    home, operator = home_copy
    keys = _keys(home, operator)
    node = RunningNode(home)
    try:
        spec = httpx.get(f"{node.url}/openapi.json", timeout=30).json()
        checked, unknown = 0, []
        for path, operations in spec["paths"].items():
            if not path.startswith("/v1/") or path.startswith("/v1/mesh/"):
                continue  # peers sign their requests; /healthz and /metrics are for monitors
            for method in operations:
                method = method.upper()
                concrete = re.sub(r"\{[^}]+\}", "x1", path)
                admitted = set()
                for who, key in keys.items():
                    reply = httpx.request(method, f"{node.url}{concrete}", headers=_auth(key),
                                          json={} if method in ("POST", "PUT") else None, timeout=30)
                    assert reply.status_code < 500, (method, path, who, reply.text)
                    if reply.status_code not in (401, 403):
                        admitted.add(who)
                    else:
                        assert reply.json()["error"]["code"] in ("unauthorized", "forbidden")
                expected = EXPECTED.get((method, path))
                if expected is None:  # another kind's route: at least the operator, never the auditor
                    unknown.append((method, path))
                    assert "operator" in admitted and "auditor" not in admitted, (method, path, admitted)
                else:
                    assert admitted == expected, (method, path, admitted)
                checked += 1
        assert checked >= len(EXPECTED)
        # purpose and subject: only clerk and operator may name them, on every ask route
        for who, key in keys.items():
            for extra in ({"subject": CCCD_X}, {"purpose": "research"}):
                for route in ("/v1/ask", "/v1/experts/vn-identity/invoke"):
                    reply = httpx.post(f"{node.url}{route}", headers=_auth(key), timeout=30,
                                       json={"query": "kiểm tra số căn cước 001203012345", **extra})
                    refused = reply.status_code in (401, 403) and reply.json()["error"]["code"] in (
                        "forbidden", "unauthorized")
                    assert refused == (who not in ("clerk", "operator")), (who, extra, route, reply.text)
    finally:
        node.stop()


def test_revoked_expired_and_rotated_keys_stop_at_once_in_a_running_node(home_copy):
    home, operator = home_copy
    from luytre.access import ClientKeys
    from luytre.store.database import Registry

    revoked = _create(home, "auditor", "--name", "to-revoke")
    rotated = _create(home, "auditor", "--name", "to-rotate")
    slow = _create(home, "public-app", "--name", "slow-app", "--rate", "1")
    node = RunningNode(home)
    entries = f"{node.url}/v1/audit/entries"
    try:
        for key in (revoked, rotated):
            assert httpx.get(entries, headers=_auth(key["key"]), timeout=30).status_code == 200
        soon = datetime.now(UTC) + timedelta(seconds=5)  # made in-process: a CLI start may take longer here
        registry = Registry.open(f"sqlite:///{home / 'luytre.db'}")
        try:
            _, expiring = ClientKeys(registry).create("auditor", "short-audit", expires_at=soon)
        finally:
            registry.close()
        assert httpx.get(entries, headers=_auth(expiring), timeout=30).status_code == 200
        assert cli("client", "revoke", "to-revoke", home=home).returncode == 0
        refused = httpx.get(entries, headers=_auth(revoked["key"]), timeout=30)
        assert refused.status_code == 401 and "revoked" in refused.json()["error"]["message"]
        new = json.loads(cli("client", "rotate", rotated["id"], "--json", home=home).stdout)
        assert new["id"] == rotated["id"] and new["key"] != rotated["key"] and new["role"] == "auditor"
        assert httpx.get(entries, headers=_auth(rotated["key"]), timeout=30).status_code == 401
        assert httpx.get(entries, headers=_auth(new["key"]), timeout=30).status_code == 200
        time.sleep(max(0.0, (soon - datetime.now(UTC)).total_seconds()) + 0.5)
        expired = httpx.get(entries, headers=_auth(expiring), timeout=30)
        assert expired.status_code == 401 and "expired" in expired.json()["error"]["message"]
        # a key's own rate (1 per second, burst 1), on loopback where the per-address limit is exempt
        codes = [httpx.get(f"{node.url}/v1/experts", headers=_auth(slow["key"]), timeout=30).status_code
                 for _ in range(3)]
        assert codes[0] == 200 and 429 in codes[1:]
        assert httpx.get(f"{node.url}/v1/experts", timeout=30).status_code == 200  # anonymous unaffected
        # a lost operator key is replaced from the host's shell: the old one stops, the new one works
        listed = json.loads(cli("client", "list", "--json", home=home).stdout)
        assert {k["name"]: k["status"] for k in listed}["to-revoke"] == "revoked"
        replaced = json.loads(cli("client", "rotate", "operator", "--json", home=home).stdout)
        assert httpx.get(f"{node.url}/v1/policy", headers=_auth(operator), timeout=30).status_code == 401
        assert httpx.get(f"{node.url}/v1/policy", headers=_auth(replaced["key"]), timeout=30).status_code == 200
    finally:
        node.stop()
    bad = cli("client", "create", "--role", "janitor", home=home)
    assert bad.returncode != 0 and b"unknown role" in bad.stderr and b"Traceback" not in bad.stderr
    past = cli("client", "create", "--role", "clerk", "--expires", "2020-01-01", home=home)
    assert past.returncode != 0 and b"past" in past.stderr


def test_consent_applies_only_to_the_person_the_request_is_about(home_copy):
    home, operator = home_copy
    clerk = _create(home, "clerk", "--name", "front-desk")
    app = _create(home, "public-app", "--name", "web-app")
    auditor = _create(home, "auditor")
    node = RunningNode(home)
    ask = f"{node.url}/v1/ask"

    def question(cccd: str) -> dict:
        return {"query": f"Tôi bị sốt cao và đau đầu ba ngày nay, CCCD của tôi là {cccd}",
                "expert": "vn-health-triage", "purpose": "research", "subject": CCCD_X}

    try:
        granted = httpx.post(f"{node.url}/v1/consents", headers=_auth(clerk["key"]), timeout=30, json={
            "subject": CCCD_X, "purpose": "research", "status": "granted", "evidence": "phiếu đồng ý 2026/118"})
        assert granted.status_code == 201 and granted.json()["recorded_by"] == f"clerk:{clerk['id']}"
        # the spoof: an anonymous or public-app caller names the consenting X about Y's data: refused outright
        for key in (None, app["key"]):
            spoof = httpx.post(ask, headers=_auth(key), json=question(CCCD_Y), timeout=30)
            assert spoof.status_code == 403 and spoof.json()["error"]["code"] == "forbidden"
        # a clerk naming X about Y's data: X's consent is ignored, so research on Y's health data is denied
        ignored = httpx.post(ask, headers=_auth(clerk["key"]), json=question(CCCD_Y), timeout=30)
        assert ignored.status_code == 403 and ignored.json()["error"]["code"] == "denied_by_policy"
        both = {**question(CCCD_Y), "query": question(CCCD_X)["query"] + f" và của chồng tôi là {CCCD_Y}"}
        mixed = httpx.post(ask, headers=_auth(clerk["key"]), json=both, timeout=30)
        assert mixed.status_code == 403
        # about X's own data, X's consent applies
        applied = httpx.post(ask, headers=_auth(clerk["key"]), json=question(CCCD_X), timeout=30)
        assert applied.status_code == 200, applied.text
        assert CCCD_Y not in applied.text
        log = httpx.get(f"{node.url}/v1/audit/entries", headers=_auth(auditor["key"]), params={"limit": 10},
                        timeout=30).json()
        asks = log  # newest first
        consents = [a.get("consent") for a in asks if a.get("purpose") == "research"][:3]
        assert consents[0] == "applied"
        assert consents[1].startswith("ignored") and "another person" in consents[1]
        assert consents[2].startswith("ignored") and "not in the request" in consents[2]
        assert all(a.get("actor", "").startswith("clerk:") for a in asks if a.get("purpose") == "research")
        assert CCCD_X not in json.dumps(log) and CCCD_Y not in json.dumps(log)
    finally:
        node.stop()


def test_learner_takeover_is_refused(tutor_home):
    home, operator = tutor_home
    teacher_a = _create(home, "teacher", "--name", "co-lan-9a", "--scope", "9A")
    teacher_ab = _create(home, "teacher", "--name", "thay-minh", "--scope", "9A,9B")
    node = RunningNode(home)
    sessions = f"{node.url}/v1/tutor/sessions"
    learner = {"learner": "hs-acc-01", "bank": "math-thcs", "class": "9A"}
    try:
        first = httpx.post(sessions, json=learner, timeout=30)
        assert first.status_code == 201, first.text
        secret = first.json()["learner_secret"]
        again = {"learner": "hs-acc-01", "bank": "math-thcs"}
        for attempt in (again, {**again, "secret": "đoán-bừa"}, {**learner, "class": "9B"}):
            refused = httpx.post(sessions, json=attempt, timeout=30)
            assert refused.status_code == 403 and refused.json()["error"]["code"] == "forbidden"
        moved = httpx.post(sessions, json={**again, "class": "9B", "secret": secret}, timeout=30)
        assert moved.status_code == 403  # the learner's own secret continues practice, never changes class
        own = httpx.post(sessions, json={**again, "secret": secret}, timeout=30)
        assert own.status_code == 201 and "learner_secret" not in own.json()
        assert httpx.post(sessions, json=again, headers=_auth(teacher_a["key"]), timeout=30).status_code == 201
        out_of_scope = httpx.post(sessions, json={**again, "class": "9B"}, headers=_auth(teacher_a["key"]), timeout=30)
        assert out_of_scope.status_code == 403
        report = f"{node.url}/v1/tutor/classes/9A/report"
        assert httpx.get(report, params={"bank": "math-thcs"}, timeout=30).status_code == 401
        assert httpx.get(f"{node.url}/v1/tutor/classes/9B/report", params={"bank": "math-thcs"},
                         headers=_auth(teacher_a["key"]), timeout=30).status_code == 403
        in_9a = httpx.get(report, params={"bank": "math-thcs"}, headers=_auth(teacher_a["key"]), timeout=30).json()
        assert "hs-acc-01" in [r["learner"] for r in in_9a["learners"]]
        assert httpx.post(sessions, json={**again, "class": "9B"}, headers=_auth(teacher_ab["key"]),
                          timeout=30).status_code == 201
        progress = f"{node.url}/v1/tutor/learners/hs-acc-01/progress"
        assert httpx.get(progress, headers=_auth(teacher_a["key"]), timeout=30).status_code == 404  # now in 9B
        assert httpx.get(progress, headers=_auth(teacher_ab["key"]), timeout=30).json()["class"] == "9B"
        assert httpx.get(progress, headers=_auth(operator), timeout=30).status_code == 200
    finally:
        node.stop()


def test_policy_state_is_visible_audited_and_never_silently_recreated(home_copy):
    home, operator = home_copy
    policy_file = home / "policy.cedar"
    good = policy_file.read_text(encoding="utf-8")
    node = RunningNode(home)
    try:
        health = httpx.get(f"{node.url}/healthz", timeout=30).json()["policy"]
        assert health["state"] == "loaded" and health["sha256"] == hashlib.sha256(good.encode()).hexdigest()
        assert health["last_error"] is None
        policy_file.write_text(good + "\npermit (principal, action, resource) when { context.nope };\n",
                               encoding="utf-8")
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            status = httpx.get(f"{node.url}/v1/policy", headers=_auth(operator), timeout=30).json()["status"]
            if status["state"] == "stale":
                break
            time.sleep(0.3)
        assert status["state"] == "stale" and status["last_error"] and status["sha256"] == health["sha256"]
        entries = httpx.get(f"{node.url}/v1/audit/entries", headers=_auth(operator), timeout=30).json()
        assert "policy.reload_failed" in json.dumps(entries)
    finally:
        node.stop()
    policy_file.unlink()
    node = RunningNode(home)
    try:
        status = httpx.get(f"{node.url}/healthz", timeout=30).json()["policy"]
        assert status["state"] == "default" and "no policy file" in status["last_error"]
        assert not policy_file.exists()
    finally:
        node.stop()
    config = home / "config.toml"
    config.write_text(config.read_text().replace('mode = "development"', 'mode = "production"'))
    refused = cli("serve", "--port", "1", home=home, timeout=60)
    assert refused.returncode != 0 and b"demo publisher" in refused.stderr
    assert cli("trust", "remove", "luytre-demo", home=home).returncode == 0
    refused = cli("serve", "--port", "1", home=home, timeout=60)
    assert refused.returncode != 0 and b"without a policy file" in refused.stderr


def test_an_older_nodes_admin_token_becomes_an_operator_key_once(home_copy):
    home, _ = home_copy
    old_token = "an-old-admin-token-from-config-toml-0123456789"
    config = home / "config.toml"
    digest = hashlib.sha256(old_token.encode()).hexdigest()
    config.write_text(config.read_text() + f'\n[admin]\ntoken_sha256 = "{digest}"\n')
    node = RunningNode(home)
    try:
        assert httpx.get(f"{node.url}/v1/policy", headers=_auth(old_token), timeout=30).status_code == 200
        assert cli("client", "revoke", "admin-token", home=home).returncode == 0
        assert httpx.get(f"{node.url}/v1/policy", headers=_auth(old_token), timeout=30).status_code == 401
    finally:
        node.stop()
    node = RunningNode(home)  # a restart does not bring the revoked token back from config.toml
    try:
        assert httpx.get(f"{node.url}/v1/policy", headers=_auth(old_token), timeout=30).status_code == 401
    finally:
        node.stop()


def test_anonymous_public_path_can_be_closed_by_config(home_copy):
    home, _ = home_copy
    app = _create(home, "public-app")
    config = home / "config.toml"
    assert "anonymous = true" in config.read_text()
    config.write_text(config.read_text().replace("anonymous = true", "anonymous = false"))
    node = RunningNode(home)
    try:
        body = {"query": "đau đầu chóng mặt"}
        closed = httpx.post(f"{node.url}/v1/ask", json=body, timeout=30)
        assert closed.status_code == 401
        assert httpx.post(f"{node.url}/v1/ask", json=body, headers=_auth(app["key"]), timeout=30).status_code == 200
        assert httpx.get(f"{node.url}/v1/audit/checkpoint", timeout=30).status_code == 401
    finally:
        node.stop()
