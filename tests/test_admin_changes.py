"""Admin changes to a serving node's experts answer at once; the router is retrained in the background and
the response says which registry generation makes the new routing live (docs/api.md, "Experts")."""

from __future__ import annotations

import shutil
import time

import httpx

from conftest import SERVING_DEADLINE_S, RunningNode

IDENTITY_QUESTION = "kiểm tra mã số thuế 0100109106"


def _serving(url: str, generation: int) -> dict:
    """Wait until /healthz reports ``generation`` or a later one; its body."""
    deadline = time.monotonic() + SERVING_DEADLINE_S
    while time.monotonic() < deadline:
        health = httpx.get(url + "/healthz", timeout=10).json()
        if health["generation"] >= generation:
            return health
        time.sleep(0.2)
    raise AssertionError(f"the node never served generation {generation}")


def _routed(url: str) -> str | None:
    answer = httpx.post(url + "/v1/ask", json={"query": IDENTITY_QUESTION}, timeout=60)
    assert answer.status_code == 200, answer.text
    return answer.json()["expert"]


def test_disable_and_enable_answer_before_the_router_is_retrained(home_copy):
    home, token = home_copy
    node = RunningNode(home)
    auth = {"authorization": f"Bearer {token}"}
    try:
        before = httpx.get(node.url + "/healthz", timeout=10).json()["generation"]
        assert _routed(node.url) == "vn-identity"
        routers = home / "cache" / "router"
        stored_routers = list(routers.iterdir())
        in_use = max(stored_routers, key=lambda d: d.stat().st_mtime)  # a router loaded is touched
        for stored in stored_routers:  # installing kept the router of each expert set: train the next one
            if stored != in_use:
                shutil.rmtree(stored)

        disabled = httpx.post(node.url + "/v1/experts/vn-identity/disable", headers=auth, timeout=60)
        assert disabled.status_code == 200, disabled.text
        body = disabled.json()
        assert body["enabled"] is False and body["loaded"] is False
        # Answered before the router without vn-identity was trained...
        assert body["routing"]["generation"] > before and body["routing"]["live"] is False
        # ...yet the expert stopped answering at once, asked directly or routed.
        invoked = httpx.post(node.url + "/v1/experts/vn-identity/invoke", json={"query": IDENTITY_QUESTION},
                             timeout=60)
        assert invoked.status_code == 409 and invoked.json()["error"]["code"] == "expert_disabled"
        assert _routed(node.url) != "vn-identity"

        health = _serving(node.url, body["routing"]["generation"])
        assert health["experts"] == ["vn-health-triage"]
        assert _routed(node.url) != "vn-identity"
        trained = sorted(d for d in routers.iterdir() if d.is_dir())
        assert len(trained) == 2

        enabled = httpx.post(node.url + "/v1/experts/vn-identity/enable", headers=auth, timeout=60)
        assert enabled.status_code == 200, enabled.text
        routing = enabled.json()["routing"]
        assert enabled.json()["enabled"] is True and routing["generation"] > body["routing"]["generation"]
        health = _serving(node.url, routing["generation"])
        assert health["experts"] == ["vn-health-triage", "vn-identity"]
        assert _routed(node.url) == "vn-identity"
        assert sorted(d for d in routers.iterdir() if d.is_dir()) == trained  # the first set's router was kept

        removed = httpx.delete(node.url + "/v1/experts/vn-identity", headers=auth, timeout=60)
        assert removed.status_code == 200 and removed.json()["removed"] == "vn-identity"
        assert removed.json()["routing"]["generation"] > routing["generation"]
        assert httpx.post(node.url + "/v1/experts/vn-identity/invoke", json={"query": IDENTITY_QUESTION},
                          timeout=60).status_code == 404
        assert _routed(node.url) != "vn-identity"
    finally:
        node.stop()
