"""The node's recent history (/v1/metrics/history) that the operator's dashboard draws, over real HTTP."""

import json
import re

import httpx

from conftest import ROOT, RunningNode
from luytre.node.metrics import MetricHistory

QUESTIONS = ["tôi bị đau ngực, vã mồ hôi", "con tôi 3 tuổi sốt cao, ho nhiều", "toi bi dau rang ham ben trai",
             "kiểm tra giúp mã số thuế 0100109106"]


def test_history_buckets_by_time_and_keeps_counts_bounded():
    now = [1_000_000.0]
    history = MetricHistory(bucket_s=10, buckets=3, clock=lambda: now[0])
    for second in range(0, 50, 5):
        now[0] = 1_000_000 + second
        history.answered("vn-health-triage", total_ms=float(second), energy_j=0.5, policy=None, redacted=False)
    history.answered("vn-identity", 1.0, 0.5, {"outcome": "redact", "rule": "forward-without-personal-data"},
                     redacted=True)
    history.refused("denied_by_policy", "no-personal-data-abroad")
    history.refused("invalid_query")
    snap = history.snapshot()
    assert [b["t"] for b in snap["series"]] == [1_000_020, 1_000_030, 1_000_040]  # the oldest buckets fell off
    assert snap["series"][-1]["asks"] == {"vn-health-triage": 2, "vn-identity": 1}
    assert snap["series"][-1]["energy_j_per_answer"] == 0.5 and snap["series"][-1]["refused"] == 2
    assert snap["refusals"] == {"no-personal-data-abroad": 1, "invalid_query": 1}
    assert snap["redactions"] == {"forward-without-personal-data": 1}
    assert snap["experts"] == ["vn-health-triage", "vn-identity"]


def test_a_serving_node_records_asks_latency_energy_and_refusals(reference_home):
    node = RunningNode(reference_home)
    try:
        with httpx.Client(base_url=node.url, timeout=30) as client:
            for i in range(40):
                assert client.post("/v1/ask", json={"query": QUESTIONS[i % len(QUESTIONS)]}).status_code == 200
            for _ in range(3):
                assert client.post("/v1/ask", json={"query": "   "}).status_code == 422
            snap = client.get("/v1/metrics/history").json()
            prometheus = client.get("/metrics").text
    finally:
        node.stop()
    assert snap["totals"] == {"answered": 40, "refused": 3}
    assert sum(sum(b["asks"].values()) for b in snap["series"]) == 40
    assert {"vn-health-triage", "vn-identity"} <= set(snap["experts"])
    busy = [b for b in snap["series"] if b["answered"]]
    assert all(0 < b["p50_ms"] <= b["p99_ms"] for b in busy)
    assert all(b["energy_j_per_answer"] > 0 for b in busy)
    assert snap["refusals"] == {"invalid_query": 3}
    # every metric the Grafana dashboard in docs/ queries is one this node exports
    grafana = json.loads((ROOT / "docs" / "grafana-dashboard.json").read_text(encoding="utf-8"))
    queried = set(re.findall(r"luytre_[a-z_]+", json.dumps(grafana["panels"])))
    assert queried and all(name in prometheus for name in queried), queried
    assert "luytre_energy_joules_total 0.0" not in prometheus  # energy was counted
