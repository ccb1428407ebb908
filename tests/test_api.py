"""The HTTP API of a real node process on 127.0.0.1."""

import json
import re

import httpx
import pytest

from conftest import RunningNode
from luytre.experts.package import ExpertPackage, pack


def post(url, path, body=None, **kwargs):
    return httpx.post(url + path, json=body, timeout=30, **kwargs) if body is not None else httpx.post(
        url + path, timeout=30, **kwargs)


def test_ask_chest_pain_answers_emergency(node_server):
    response = post(node_server.url, "/v1/ask", {"query": "tôi bị đau ngực, vã mồ hôi"})
    assert response.status_code == 200
    body = response.json()
    assert body["expert"] == "vn-health-triage"
    assert body["result"]["label"] == "cap_cuu" and body["result"]["decided_by"] in ("rule", "model")
    assert "115" in body["answer"]
    assert body["ai_generated"] is True
    assert body["node"]["id"].startswith("lt-")
    assert body["timings_ms"]["total"] >= body["timings_ms"]["route"]
    assert body["cpu_ms"] > 0 and body["energy_j_est"] > 0
    assert body["candidates"][0]["expert"] == "vn-health-triage"
    assert 0 <= body["candidates"][0]["score"] <= 1 and 0 <= body["candidates"][0]["claim"] <= 1


@pytest.mark.parametrize(
    "query, label",
    [
        ("con toi 2 tuoi bi sot va ho", "nhi"),
        ("mắt tôi bị đỏ và ngứa, chảy nước mắt", "mat"),
        ("tôi bị đau răng khôn sưng má", "rang_ham_mat"),
    ],
)
def test_ask_routes_departments_with_and_without_diacritics(node_server, query, label):
    body = post(node_server.url, "/v1/ask", {"query": query}).json()
    assert body["result"]["label"] == label


def test_ask_abstains_outside_every_expert_in_the_askers_language(node_server):
    body = post(node_server.url, "/v1/ask", {"query": "who won the football world cup in 2018?"}).json()
    assert body["expert"] is None and body["result"] is None
    assert body["answer"].startswith("No expert on this node") and "This node can help with" in body["answer"]
    body = post(node_server.url, "/v1/ask", {"query": "đội nào vô địch bóng đá thế giới năm 2018?"}).json()
    assert body["expert"] is None and body["answer"].startswith("Chưa có chuyên gia")
    told = post(node_server.url, "/v1/ask", {"query": "who won the football world cup in 2018?", "lang": "vi"}).json()
    assert told["answer"].startswith("Chưa có chuyên gia")  # a language asked for wins over the question's


def _vietnamese(text: str) -> bool:
    return re.search("[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵ]", text.lower()) is not None


def test_a_batch_is_answered_in_one_language_most_of_its_questions_are_in(node_server):
    url = node_server.url + "/v1/experts/vn-identity/batch"
    mostly_english = ["is the tax code 0100109106 valid?", "which carrier is the phone number 0912345678?",
                      "mã số thuế 0100109106 có hợp lệ không"]
    answers = [r["answer"] for r in httpx.post(url, json={"queries": mostly_english}, timeout=60).json()["results"]]
    assert not any(map(_vietnamese, answers)) and answers[0].startswith("Tax code"), answers
    mostly_vietnamese = ["mã số thuế 0100109106 có hợp lệ không", "số 0912345678 là mạng gì",
                         "is the tax code 0100109106 valid?"]
    answers = [r["answer"] for r in httpx.post(url, json={"queries": mostly_vietnamese}, timeout=60).json()["results"]]
    assert all(map(_vietnamese, answers)), answers


@pytest.mark.parametrize(("query", "english"), [
    ("my daughter has had a high fever and a cough for three days, which department?", True),
    ("con gái tôi sốt cao và ho ba ngày nay, nên khám khoa nào?", False),
    ("con gai toi sot cao va ho ba ngay nay", False),
])
def test_an_answer_comes_in_the_questions_language(node_server, query, english):
    body = post(node_server.url, "/v1/ask", {"query": query}).json()
    assert body["expert"] == "vn-health-triage"
    assert _vietnamese(body["answer"]) is not english, body["answer"]


def test_invoke_and_english_answers(node_server):
    body = post(node_server.url, "/v1/experts/vn-health-triage/invoke",
                {"query": "I have a toothache", "lang": "en"}).json()
    assert body["expert"] == "vn-health-triage" and body["answer"].isascii()


def test_experts_listing_and_detail(node_server):
    experts = httpx.get(node_server.url + "/v1/experts").json()
    assert [e["id"] for e in experts] == ["vn-health-triage", "vn-identity"]
    detail = httpx.get(node_server.url + "/v1/experts/vn-health-triage").json()
    assert detail["manifest"]["risk_tier"] == "high"
    assert detail["loaded"] is True
    missing = httpx.get(node_server.url + "/v1/experts/nope")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "expert_not_found"


PLATFORM_AREAS = {"ask", "route", "experts", "audit", "pii", "policy", "consents", "peers", "metrics", "mesh"}


def test_health_metrics_and_openapi(node_server):
    health = httpx.get(node_server.url + "/healthz").json()
    assert health["status"] == "ok" and health["experts"] == ["vn-health-triage", "vn-identity"]
    post(node_server.url, "/v1/ask", {"query": "đau đầu chóng mặt"})
    metrics = httpx.get(node_server.url + "/metrics").text
    assert "luytre_asks_total" in metrics and "luytre_ask_seconds_bucket" in metrics
    spec = httpx.get(node_server.url + "/openapi.json").json()
    assert "/v1/ask" in spec["paths"] and "/v1/experts/{expert_id}/invoke" in spec["paths"]
    assert httpx.get(node_server.url + "/docs").status_code == 200


def _describes(schema: dict) -> bool:
    """Whether a response schema says what the body holds: a model, an object with named properties, a list or
    map of such, a scalar or text; a bare object (``dict[str, Any]``) or an empty schema says nothing."""
    if "$ref" in schema or schema.get("properties"):
        return True
    if "anyOf" in schema:
        return all(_describes(option) for option in schema["anyOf"])
    if schema.get("type") == "array":
        return _describes(schema.get("items", {}))
    if schema.get("type") == "object":
        values = schema.get("additionalProperties")
        return isinstance(values, dict) and _describes(values)
    return schema.get("type") in ("string", "integer", "number", "boolean", "null")


def test_every_route_declares_its_response(node_server):
    """Typed responses: every route of the node (the platform's, the signed mesh protocol's and every kind's)
    says in OpenAPI what its success returns."""
    spec = httpx.get(node_server.url + "/openapi.json").json()
    untyped = []
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            success = next(body for status, body in operation["responses"].items() if status.startswith("2"))
            schemas = [content.get("schema", {}) for content in success.get("content", {}).values()]
            if not schemas or not all(_describes(schema) for schema in schemas):
                untyped.append(f"{method.upper()} {path}")
    assert untyped == []
    kinds = {path.split("/")[2] for path in spec["paths"] if path.startswith("/v1/")} - PLATFORM_AREAS
    assert {"anomaly", "tutor"} <= kinds and any(path.startswith("/v1/mesh/") for path in spec["paths"])


@pytest.mark.parametrize(
    "raw, status, code",
    [
        (b'{"query": ""}', 422, "invalid_query"),
        (b'{"query": "   "}', 422, "invalid_query"),
        (json.dumps({"query": "x" * 5000}).encode(), 413, "query_too_large"),
        (json.dumps({"query": "đ" * 3000}).encode(), 413, "query_too_large"),
        (b'{"query": "xin chao", "expert": "nope"}', 404, "expert_not_found"),
        (b'{"query": "xin chao", "lang": "fr"}', 422, "invalid_query"),
        (b'{"query": 42}', 422, "invalid_request"),
        (b'{"text": "missing query"}', 422, "invalid_request"),
        (b'{"query": "a", "surprise": 1}', 422, "invalid_request"),
        (b"not json at all", 422, "invalid_request"),
        (b'{"query": "\xff\xfe bad"}', 400, "invalid_request"),
        (b"", 422, "invalid_request"),
    ],
)
def test_bad_asks_get_4xx_json(node_server, raw, status, code):
    response = httpx.post(node_server.url + "/v1/ask", content=raw,
                          headers={"content-type": "application/json"}, timeout=30)
    assert response.status_code == status, response.text
    assert response.json()["error"]["code"] == code


def test_huge_body_is_refused_before_parsing(node_server):
    response = httpx.post(node_server.url + "/v1/ask", content=b'{"query": "' + b"a" * 2_000_000 + b'"}',
                          headers={"content-type": "application/json"}, timeout=30)
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


def test_huge_chunked_body_is_cut_off_while_read(node_server):
    def chunks():
        yield b'{"query": "'
        for _ in range(100):
            yield b"a" * 20_000
        yield b'"}'

    response = httpx.post(node_server.url + "/v1/ask", content=chunks(),
                          headers={"content-type": "application/json"}, timeout=30)
    assert response.status_code == 413 and response.json()["error"]["code"] == "request_too_large"


def test_unknown_route_is_json_404(node_server):
    response = httpx.get(node_server.url + "/v1/nothing")
    assert response.status_code == 404 and response.json()["error"]["code"] == "not_found"


@pytest.fixture
def admin_node(home_copy):
    home, token = home_copy
    node = RunningNode(home)
    yield node, token
    node.stop()


def test_admin_routes_need_the_token(node_server, helpdesk_package, tmp_path):
    """On the shared node: every attempt here is refused, so its experts stay as they were."""
    node, token = node_server, (node_server.home / "admin_token.test").read_text()
    archive = pack(ExpertPackage.open(helpdesk_package), tmp_path / "helpdesk.luytre")
    for headers in ({}, {"authorization": "Bearer wrong"}, {"authorization": token}):
        denied = httpx.post(node.url + "/v1/experts", files={"file": archive.open("rb")}, headers=headers)
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        assert httpx.delete(node.url + "/v1/experts/vn-health-triage", headers=headers).status_code == 401
    assert [e["id"] for e in httpx.get(node.url + "/v1/experts").json()] == ["vn-health-triage", "vn-identity"]


def test_admin_installs_disables_and_removes_over_http(admin_node, helpdesk_package, tmp_path):
    node, token = admin_node
    auth = {"authorization": f"Bearer {token}"}
    archive = pack(ExpertPackage.open(helpdesk_package), tmp_path / "helpdesk.luytre")
    installed = httpx.post(node.url + "/v1/experts", files={"file": archive.open("rb")}, headers=auth, timeout=60)
    assert installed.status_code == 201, installed.text
    assert installed.json()["loaded"] is True

    routed = post(node.url, "/v1/ask", {"query": "thư viện mở cửa mấy giờ"}).json()
    assert routed["expert"] == "school-helpdesk"
    assert post(node.url, "/v1/ask", {"query": "tôi bị đau ngực, vã mồ hôi"}).json()["expert"] == "vn-health-triage"

    again = httpx.post(node.url + "/v1/experts", files={"file": archive.open("rb")}, headers=auth, timeout=60)
    assert again.status_code == 409 and again.json()["error"]["code"] == "expert_exists"

    corrupt = tmp_path / "corrupt.luytre"
    corrupt.write_bytes(archive.read_bytes()[:200])
    refused = httpx.post(node.url + "/v1/experts", files={"file": corrupt.open("rb")}, headers=auth, timeout=60)
    error = refused.json()["error"]
    assert refused.status_code == 422 and error["code"] == "vetting_failed" and error["detail"]["check"] == "archive"

    disabled = httpx.post(node.url + "/v1/experts/school-helpdesk/disable", headers=auth, timeout=60).json()
    assert disabled["enabled"] is False
    blocked = post(node.url, "/v1/experts/school-helpdesk/invoke", {"query": "học phí"})
    assert blocked.status_code == 409 and blocked.json()["error"]["code"] == "expert_disabled"
    enabled = httpx.post(node.url + "/v1/experts/school-helpdesk/enable", headers=auth, timeout=60).json()
    assert enabled["enabled"] is True
    assert httpx.delete(node.url + "/v1/experts/school-helpdesk", headers=auth, timeout=60).json()[
        "removed"] == "school-helpdesk"
    assert httpx.get(node.url + "/v1/experts/school-helpdesk").status_code == 404


def test_running_node_picks_up_experts_installed_by_the_cli(admin_node, helpdesk_package):
    import time

    from conftest import SERVING_DEADLINE_S, cli

    node, _ = admin_node
    assert cli("expert", "install", str(helpdesk_package), home=node.home).returncode == 0
    deadline = time.monotonic() + SERVING_DEADLINE_S  # the node retrains its router first
    while time.monotonic() < deadline:
        if post(node.url, "/v1/ask", {"query": "căng tin bán cơm trưa mấy giờ"}).json()["expert"] == "school-helpdesk":
            return
        time.sleep(0.3)
    pytest.fail("the running node did not notice the new expert")


def test_serve_refuses_a_port_in_use(node_server):
    from conftest import cli

    result = cli("serve", "--port", str(node_server.port), home=node_server.home)
    assert result.returncode == 9 and b"cannot listen" in result.stderr


def test_cli_asks_a_running_node_by_url(node_server, tmp_path):
    from conftest import cli, jsonl

    result = cli("ask", "toi bi dau rang ham", "--url", node_server.url, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["result"]["label"] == "rang_ham_mat"
    unknown = cli("ask", "xin chao", "--expert", "nope", "--url", node_server.url)
    assert unknown.returncode == 3 and b"nope" in unknown.stderr  # the node's 404 becomes the CLI's code
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": "x", "query": "mst 0100109106"}\n')
    rows = jsonl(cli("ask", "--jsonl", str(batch), "--url", node_server.url).stdout)
    assert rows[0]["id"] == "x" and rows[0]["expert"] == "vn-identity"
    down = cli("ask", "xin chao", "--url", "http://127.0.0.1:9")
    assert down.returncode == 8 and b"cannot reach" in down.stderr


def test_web_interface_is_served_with_a_strict_policy_and_its_script_parses(node_server):
    import shutil
    import subprocess

    page = httpx.get(node_server.url + "/", timeout=10)
    assert page.status_code == 200 and "/ui/app.js" in page.text
    assert "default-src 'self'" in page.headers["content-security-policy"]
    script = httpx.get(node_server.url + "/ui/app.js", timeout=10)
    assert script.status_code == 200 and "cdn" not in script.text.lower()
    if shutil.which("node"):  # a syntax error would leave every page blank
        checked = subprocess.run(["node", "--check", "-"], input=script.content, capture_output=True, timeout=30)
        assert checked.returncode == 0, checked.stderr


def test_a_serving_app_keeps_its_loaded_heap_out_of_the_collector_until_it_stops(home_copy):
    """The experts loaded at start are frozen (a full collection does not walk them); a reload unfreezes,
    collects what it dropped and freezes again; the app's end unfreezes."""
    import gc
    import weakref

    from fastapi.testclient import TestClient

    from luytre.node.api import create_app
    from luytre.node.service import Node

    home, _ = home_copy
    node = Node.open(home)
    try:
        with TestClient(create_app(node), base_url="http://127.0.0.1") as client:
            assert gc.get_freeze_count() > 0
            assert client.post("/v1/ask", json={"query": "tôi bị sốt cao ba ngày"}).status_code == 200
            dropped = weakref.ref(node.loaded()["vn-identity"])
            node.set_enabled("vn-identity", enabled=False)
            node.refresh(force=True)
            assert "vn-identity" not in node.loaded()
            assert dropped() is None, "a reload collects the experts it dropped, frozen or not"
            assert gc.get_freeze_count() > 0
        assert gc.get_freeze_count() == 0
        node.refresh(force=True)  # a reload after the app stopped does not freeze the heap again
        assert gc.get_freeze_count() == 0
    finally:
        node.close()
