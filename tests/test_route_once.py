"""The node routes a question carrying personal data on its redacted text, and its raw text only when that
can change the decision: the same expert, candidates and second expert as routing both texts every time."""

import json
import shutil
from pathlib import Path

from luytre.node.service import Node, check_query
from luytre.routing.router import Route

DATA = Path(__file__).parent / "data"
SETS = [DATA / "routing" / "dev.jsonl", DATA / "routing" / "test.jsonl", DATA / "privacy" / "dev.jsonl"]
# Questions carrying someone's data in the shapes the scale benchmark sends, on top of the sets above.
CARRIED = ["tôi là Nguyễn Văn An, số điện thoại 0912345678", "chị Trần Thị Bích, CCCD 079201012345",
           "kiểm tra giúp CCCD 079201012345 của tôi", "0912345678", "12 Nguyễn Trãi, phường 3"]


def routed_both_ways(node: Node, query: str, redacted: str) -> Route:
    """The decision as the node made it before routing once: both texts routed, then combined."""
    snapshot = node._snapshot
    route = snapshot.routing.route(redacted, snapshot.experts)
    raw = snapshot.routing.route(query, snapshot.experts)
    if route.expert is None:
        return raw
    if raw.expert == route.expert and raw.also and not route.also:
        return Route(route.expert, route.confidence, route.candidates, raw.also)
    return route


def test_routing_once_decides_as_routing_both_texts(reference_home, tmp_path):
    home = tmp_path / "home"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    try:
        queries = [json.loads(line)["query"] for path in SETS for line in path.read_text("utf-8").splitlines()
                   if line.strip()]
        queries += [f"{q}, {carried}" for q in ("tôi bị sốt cao ba ngày", "con tôi ho nhiều về đêm")
                    for carried in CARRIED] + CARRIED
        compared = 0
        outcomes = set()
        for query in queries:
            screening = node.gate.screen(check_query(query, node.home.config.limits.max_query_bytes))
            if not screening.entities:
                continue
            redacted = node.gate.scanner.redact(screening.text, screening.entities).text
            once = node._route_on_meaning(node._snapshot, screening, screening.text)
            assert once == routed_both_ways(node, screening.text, redacted), query
            compared += 1
            outcomes.add((once.expert is None, bool(once.also)))
        assert compared >= 30  # questions with personal data, where the two texts differ
        assert (False, False) in outcomes and (True, False) in outcomes  # routed, and abstained on
    finally:
        node.close()
