"""``luytre status``: what a node is, what it hosts and whether it is healthy, in one screen."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from rich.text import Text

from luytre import __version__
from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path, print_table, table
from luytre.errors import LuytreError

PROBE_TIMEOUT_S = 2.0


def _policy_state(policy_file: Path) -> dict[str, Any]:
    from luytre.sovereignty.policy import Policy

    try:
        policy = Policy.load(policy_file)
    except LuytreError as exc:
        return {"file": str(policy_file), "valid": False, "error": exc.message}
    return {"file": str(policy_file), "valid": True, "rules": sorted(policy.rule_ids.values()),
            "sha256": hashlib.sha256(policy.text.encode("utf-8")).hexdigest()}


def _serving(url: str, node_id: str) -> dict[str, Any]:
    """Whether this node (not another one on the same port) answers /healthz at its configured address."""
    import httpx

    try:
        body = httpx.get(url + "/healthz", timeout=PROBE_TIMEOUT_S).json()
    except (httpx.HTTPError, ValueError) as exc:
        return {"url": url, "up": False, "error": type(exc).__name__}
    answered_by = (body.get("node") or {}).get("id") if isinstance(body, dict) else None
    if answered_by != node_id:
        return {"url": url, "up": False, "error": f"another node answers there ({answered_by})"}
    return {"url": url, "up": True}


def collect_status(home: Path) -> dict[str, Any]:
    """Identity, experts (loaded in this process), health, policy and whether the node is serving."""
    from luytre.home import open_home
    from luytre.node.service import Node

    node_home = open_home(home)
    policy = _policy_state(node_home.policy_file)
    server = node_home.config.server
    status: dict[str, Any] = {
        "home": str(node_home.path), "version": __version__, "node_id": node_home.node_id,
        "name": node_home.config.node.name, "public_key": node_home.public_key,
        "policy": policy, "serving": _serving(f"http://{server.host}:{server.port}", node_home.node_id),
    }
    if not policy["valid"]:  # a node with a broken policy does not start; say so rather than fail
        status.update(experts=[], health={"ok": False, "problems": [f"policy: {policy['error']}"]})
        return status
    node = Node.open(node_home.path)
    try:
        loaded, failures = node.loaded(), node.load_failures()
        experts = [{"id": e.id, "version": e.active.version, "kind": e.manifest.kind, "enabled": e.enabled,
                    "loaded": e.id in loaded, "error": failures.get(e.id)} for e in node.registry.list()]
    finally:
        node.close()
    problems = [f"{e['id']}: {e['error'] or 'not loaded'}" for e in experts if e["enabled"] and not e["loaded"]]
    status.update(experts=experts, health={"ok": not problems, "problems": problems})
    return status


def status(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Show the node's id, public key, experts, health and policy (and whether it is serving)."""
    with console.status("opening the node…"):
        info = collect_status(home_path(home))
    if json_out:
        emit_json(info)
        return
    health = info["health"]
    verdict = Text("healthy", "green") if health["ok"] else Text("unhealthy", "red")
    serving = info["serving"]
    console.print(Text.assemble(("node       ", "dim"), info["node_id"], "  ", info["name"], "  ", verdict))
    console.print(Text.assemble(("public key ", "dim"), info["public_key"]))
    console.print(Text.assemble(("home       ", "dim"), info["home"], f"  (luytre {info['version']})"))
    console.print(Text.assemble(("serving    ", "dim"), serving["url"] if serving["up"] else f"no ({serving['url']})"))
    policy = info["policy"]
    console.print(Text.assemble(("policy     ", "dim"), policy["file"], "  ",
                                f"{len(policy['rules'])} rules, sha256 {policy['sha256']}" if policy["valid"]
                                else Text(f"INVALID: {policy['error']}", "red")))
    for problem in health["problems"]:
        console.print(Text(f"problem    {problem}", "red"))
    if not info["experts"]:
        console.print("no experts installed; try: luytre demo")
        return
    rows = table("expert", "version", "kind", "enabled", "loaded", whole=("expert", "version", "kind"))
    for e in info["experts"]:
        rows.add_row(e["id"], e["version"], e["kind"], "yes" if e["enabled"] else "no",
                     Text("yes") if e["loaded"] else Text("no", "red"))
    print_table(rows)
