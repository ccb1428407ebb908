"""Bounded fuzzing of the ask routes on loopback: whatever arrives, the node
answers with JSON and never with a 5xx."""

import json

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=50),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4),
    max_leaves=10,
)
bodies = st.one_of(
    st.builds(lambda q: json.dumps({"query": q}).encode(), st.text(max_size=300)),
    st.builds(lambda q, e, lang: json.dumps({"query": q, "expert": e, "lang": lang}).encode(),
              st.text(max_size=80), st.one_of(st.none(), st.text(max_size=20)), st.text(max_size=5)),
    st.builds(lambda v: json.dumps(v).encode(), json_values),
    st.binary(max_size=300),
)
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@FUZZ
@given(body=bodies, path=st.sampled_from(["/v1/ask", "/v1/route", "/v1/experts/vn-health-triage/invoke"]))
def test_no_input_causes_a_server_error(node_server, body, path):
    response = httpx.post(node_server.url + path, content=body, headers={"content-type": "application/json"},
                          timeout=30)
    assert response.status_code < 500, (body, response.text)
    payload = response.json()
    if response.status_code >= 400:
        assert set(payload["error"]) >= {"code", "message"}
    elif path != "/v1/route":
        assert payload["ai_generated"] is True


@FUZZ
@given(query=st.text(min_size=1, max_size=200))
def test_router_and_expert_accept_any_unicode(node_server, query):
    response = httpx.post(node_server.url + "/v1/ask", json={"query": query}, timeout=30)
    assert response.status_code in (200, 413, 422), response.text
