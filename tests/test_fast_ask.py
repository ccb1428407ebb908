"""``POST /v1/ask``'s fast path (``luytre.node.fast_ask``) answers with the same status, headers and body as
FastAPI's path, refusals included, and hands every case it does not know to FastAPI."""

import asyncio
import json
from typing import Any

import httpx
import pytest

from luytre.node.api import create_app
from luytre.node.limits import RequestLimits
from luytre.node.service import Node

# What differs between two answers to one question: times, CPU, energy and the audit sequence number.
VARYING = {"timings_ms", "cpu_ms", "energy_j_est", "audit_seq"}


def _limits_layer(app: Any) -> RequestLimits:
    layer = app.middleware_stack or app.build_middleware_stack()
    app.middleware_stack = layer
    while not isinstance(layer, RequestLimits):
        layer = layer.app
    return layer


def _comparable(response: httpx.Response) -> tuple[int, list[tuple[str, str]], Any]:
    headers = [(k, v) for k, v in response.headers.multi_items() if k != "content-length"]
    assert int(response.headers["content-length"]) == len(response.content)
    try:
        body = json.loads(response.content, object_pairs_hook=lambda pairs: [
            (k, "*" if k in VARYING else v) for k, v in pairs])  # key order kept: bytes but for the varying values
    except ValueError:
        body = response.content
    return response.status_code, headers, body


@pytest.fixture
def app_and_keys(home_copy):
    home, _ = home_copy
    node = Node.open(home)
    clerk = node.keys.create("clerk")[1]
    public = node.keys.create("public-app")[1]
    app = create_app(node, "127.0.0.1")
    layer = _limits_layer(app)
    layer.exempt = frozenset({"127.0.0.1"})  # many asks from one address, as the benchmarks send them
    yield app, layer, node, {"clerk": clerk, "public": public}
    node.close()


CASES: list[tuple[str, dict[str, Any], bytes | None, dict[str, str]]] = [
    # (name, json body or {}, raw body, headers)
    ("triage", {"query": "tôi bị đau ngực, vã mồ hôi"}, None, {}),
    ("abstain in English", {"query": "who won the football world cup in 2018?"}, None, {}),
    ("named expert, English", {"query": "CCCD la gi", "expert": "vn-identity", "lang": "en"}, None, {}),
    ("personal data", {"query": "tôi là Nguyễn Văn An, số 0912345678, bị sốt cao 3 ngày"}, None, {}),
    ("unknown expert", {"query": "đau đầu", "expert": "no-such-expert"}, None, {}),
    ("empty query", {"query": ""}, None, {}),
    ("bad lang", {"query": "đau đầu", "lang": "xx"}, None, {}),
    ("subject from anonymous", {"query": "đau đầu", "subject": "079123456789"}, None, {}),
    ("purpose from a public app", {"query": "đau đầu", "purpose": "research"}, None, {"public": "1"}),
    ("subject from a clerk", {"query": "anh ấy bị sốt", "subject": "079123456789", "purpose": "research"}, None,
     {"clerk": "1"}),
    ("unknown field", {"query": "đau đầu", "extra": 1}, None, {}),
    ("wrong type", {"query": 5}, None, {}),
    ("not json", {}, b"{query: 1", {}),
    ("json list", {}, b"[1, 2]", {}),
    ("json null", {}, b"null", {}),
    ("empty body", {}, b"", {}),
    ("text/plain", {}, json.dumps({"query": "đau đầu"}).encode(), {"content-type": "text/plain"}),
    ("charset", {}, json.dumps({"query": "đau đầu"}).encode(), {"content-type": "application/json; charset=utf-8"}),
    ("no content-type", {}, json.dumps({"query": "đau đầu"}).encode(), {"content-type": ""}),
    ("long query", {"query": "đau " * 20_000}, None, {}),
]


async def _send(app: Any, keys: dict[str, str], body: dict[str, Any], raw: bytes | None,
                headers: dict[str, str]) -> httpx.Response:
    sent = {"content-type": "application/json"}
    for role in ("clerk", "public"):
        if headers.get(role):
            sent["authorization"] = f"Bearer {keys[role]}"
    if "content-type" in headers:
        sent["content-type"] = headers["content-type"]
    content = raw if raw is not None else json.dumps(body, ensure_ascii=False).encode()
    if not sent["content-type"]:
        del sent["content-type"]
    transport = httpx.ASGITransport(app=app, client=("127.0.0.1", 50000))
    async with httpx.AsyncClient(transport=transport, base_url="http://127.0.0.1") as client:
        return await client.post("/v1/ask", content=content, headers=sent)


def test_fast_path_answers_as_fastapi_does(app_and_keys):
    app, layer, node, keys = app_and_keys
    fast = layer.fast
    assert fast is not None, "the fast path is off for the node's own ask route"
    taken: list[bool] = []

    async def counted(*args: Any) -> bool:
        done = await fast(*args)
        taken.append(done)
        return done

    async def run() -> None:
        for name, body, raw, headers in CASES:
            layer.fast = None
            slow = await _send(app, keys, body, raw, headers)
            layer.fast = counted
            taken.clear()
            quick = await _send(app, keys, body, raw, headers)
            assert _comparable(quick) == _comparable(slow), name
            expect_fast = raw is None and name not in ("unknown field", "wrong type", "long query")
            assert (taken == [True]) == expect_fast, (name, taken)
            if slow.status_code == 200:
                assert json.loads(quick.content)["audit_seq"] > json.loads(slow.content)["audit_seq"], name

    asyncio.run(run())
    # The refusal naming a subject is audited by both paths alike, under the route's template
    refused = [entry for entry in node.audit.recent(limit=1000) if "route" in entry]
    assert len(refused) == 2 and {entry["route"] for entry in refused} == {"POST /v1/ask"}


def test_an_ask_route_beyond_the_plain_case_keeps_fastapis_path():
    from fastapi import BackgroundTasks, Depends, FastAPI, Request, Response

    from luytre.node.fast_ask import fast_ask
    from luytre.node.routes.ask import AskRequest, ask_router

    plain = FastAPI()
    plain.include_router(ask_router())
    assert fast_ask(plain) is not None

    async def dependency() -> int:
        return 1

    async def with_dependency(body: AskRequest, request: Request, n: int = Depends(dependency)) -> dict:
        return {}

    async def with_response(body: AskRequest, request: Request, response: Response) -> dict:
        return {}

    async def with_tasks(body: AskRequest, request: Request, tasks: BackgroundTasks) -> dict:
        return {}

    async def with_query(body: AskRequest, request: Request, verbose: bool = False) -> dict:
        return {}

    def not_a_coroutine(body: AskRequest, request: Request) -> dict:
        return {}

    for endpoint in (with_dependency, with_response, with_tasks, with_query, not_a_coroutine):
        app = FastAPI()
        app.post("/v1/ask")(endpoint)
        assert fast_ask(app) is None, endpoint.__name__
    unrouted = FastAPI()
    assert fast_ask(unrouted) is None
