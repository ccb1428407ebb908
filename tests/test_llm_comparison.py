"""Answers carry the last bench run's small-LLM figure for their kind of question (bench/vs_llm)."""

import json
from importlib.resources import files

import httpx


def recorded() -> dict:
    return json.loads(files("luytre").joinpath("data", "llm_comparison.json").read_text(encoding="utf-8"))


def test_an_answer_shows_what_a_small_llm_used_for_its_kind_of_question(node_server):
    body = httpx.post(node_server.url + "/v1/ask", json={"query": "tôi bị đau ngực, vã mồ hôi"}, timeout=30).json()
    figure = body["small_llm"]
    triage = next(entry for entry in recorded()["tasks"].values() if entry["expert"] == "vn-health-triage")
    cheapest = min(triage["llms"], key=lambda model: triage["llms"][model]["energy_j_per_answer"])
    assert figure["model"] == cheapest
    assert figure["energy_j"] == triage["llms"][cheapest]["energy_j_per_answer"] > 0
    assert figure["expert_accuracy"] == triage["luytre"]["accuracy"]
    assert figure["measured_at"] == recorded()["measured_at"]
    assert "bench" in figure["source"] and "not a measurement of this answer" in figure["source"]
    schema = httpx.get(node_server.url + "/openapi.json", timeout=30).json()
    assert "small_llm" in schema["components"]["schemas"]["AskResponse"]["properties"]


def test_no_figure_where_nothing_was_measured(node_server):
    body = httpx.post(node_server.url + "/v1/ask", json={"query": "who won the football world cup in 2018?"},
                      timeout=30).json()
    assert body["expert"] is None and body["small_llm"] is None
