"""``luytre audit …``: verify, checkpoint, prove and export the node's processing log."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path
from luytre.errors import InvalidQuery

if TYPE_CHECKING:
    import httpx

    from luytre.sovereignty.audit import AuditLog, Checkpoint

audit_app = typer.Typer(help="Verify, checkpoint, prove and export the tamper-evident audit log.",
                        no_args_is_help=True)


def _log(home: Path | None) -> "AuditLog":
    from luytre.home import open_home
    from luytre.sovereignty.audit import AuditLog
    from luytre.store.database import Registry

    node_home = open_home(home_path(home))
    registry = Registry.of_home(node_home)
    return AuditLog.of_home(node_home, registry)


def _http_client(token: str | None) -> "httpx.Client":
    import httpx

    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.Client(headers=headers, timeout=httpx.Timeout(10.0), follow_redirects=False)


TokenOption = Annotated[str | None, typer.Option("--token", envvar="LUYTRE_AUDIT_TOKEN", show_default=False,
                                                 help="Key that may read the node's audit proofs "
                                                      "(default: $LUYTRE_AUDIT_TOKEN).")]


def _read_checkpoints(paths: list[Path]) -> list["Checkpoint"]:
    from pydantic import ValidationError

    from luytre.sovereignty.audit import Checkpoint
    from luytre.sovereignty.checkpoint_model import CheckpointModel

    checkpoints = []
    for path in paths:
        try:
            fields = CheckpointModel.model_validate_json(path.read_bytes()).model_dump()
        except (OSError, ValidationError) as exc:
            raise InvalidQuery(f"{path} is not a checkpoint file: {exc}") from exc
        checkpoints.append(Checkpoint.from_dict(fields))
    return checkpoints


@audit_app.command("verify")
def verify_cmd(
    sources: Annotated[list[str] | None, typer.Argument(
        help="With --peers: witness store folders or node URLs whose checkpoints of this node to compare.",
        show_default=False)] = None,
    home: HomeOption = None,
    checkpoint: Annotated[list[Path] | None, typer.Option(help="A checkpoint kept outside this node "
                                                          "(repeatable): catches a rewrite of the whole log.")] = None,
    peers: Annotated[bool, typer.Option("--peers", help="Also check the log against what others hold: the "
                                                       "SOURCES named (witness folders, node URLs), or without "
                                                       "SOURCES the checkpoints this node's peers co-signed.")] = False,
    token: TokenOption = None,
    json_out: JsonOption = False,
) -> None:
    """Recompute every hash and check every signed checkpoint; exit 1 naming the reason and the first bad entry."""
    if sources and not peers:
        raise InvalidQuery("name witness folders or node URLs after --peers, e.g. luytre audit verify --peers "
                           "./witness-a https://node-b.example:8470")
    external = _read_checkpoints(checkpoint or [])
    log = _log(home)
    held: dict[str, str] = {}
    held_checkpoints: dict[str, list[Checkpoint]] = {}
    if peers and sources:
        from luytre.sovereignty.witness import held_by_sources

        with _http_client(token) as client:
            held_checkpoints, held = held_by_sources(sources, log.public_key, client)
    elif peers:
        from luytre.cli.peer import mesh_of
        from luytre.mesh.audit import held_by_peers

        peer_checkpoints, held = held_by_peers(*mesh_of(home))
        external += peer_checkpoints
    result = log.verify(external, held_checkpoints)
    if json_out:
        emit_json({**result.to_dict(), "peers": held} if peers else result.to_dict())
        if not result.ok:
            raise typer.Exit(1)
        return
    for name, line in held.items():
        console.print(f"  peer {name}: {line}", highlight=False)
    if result.ok:
        console.print(f"[green]audit log intact[/]: {result.size} entries, "
                      f"{result.checkpoints_checked} signed checkpoint(s) match")
    else:
        where = f" (entry {result.first_bad_seq})" if result.first_bad_seq else ""
        console.print(f"[red]audit log FAILED verification{where}[/] [{result.reason}]: {result.problem}",
                      highlight=False)
    if not result.ok:
        raise typer.Exit(1)


@audit_app.command("witness")
def witness_cmd(
    url: Annotated[str, typer.Argument(help="The node's base URL, e.g. https://node.example:8470.")],
    store: Annotated[Path, typer.Option(help="Where this witness keeps the node's signed checkpoints.")] = Path(
        "luytre-witness"),
    token: TokenOption = None,
    json_out: JsonOption = False,
) -> None:
    """Keep a copy of a node's signed checkpoint; refuse (exit 1, kept as evidence) a fork or a rollback.

    Run it on another machine, e.g. from cron: each fetch checks an RFC 6962 consistency proof from the
    last checkpoint held to the new one."""
    from luytre.sovereignty.witness import WitnessRefused, WitnessStore, witness

    if not url.startswith(("http://", "https://")):
        raise InvalidQuery(f"{url!r} is not a node URL (http:// or https://)")
    try:
        with _http_client(token) as client:
            line = witness(url, WitnessStore(store), client)
    except WitnessRefused as exc:
        if json_out:
            emit_json({"ok": False, "url": url, "problem": exc.message})
        else:
            console.print(f"[red]{exc.message}[/]", highlight=False)
        raise typer.Exit(1) from exc
    if json_out:
        emit_json({"ok": True, "url": url, "outcome": line})
    else:
        console.print(line, highlight=False)


@audit_app.command("cosign")
def cosign_cmd(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Ask every peer to co-sign the latest checkpoint (a serving node does this on its own)."""
    from luytre.cli.peer import mesh_of
    from luytre.mesh.audit import cosign_with_peers

    peers, client = mesh_of(home)
    outcome = cosign_with_peers(_log(home), peers, client)
    if json_out:
        emit_json(outcome)
    else:
        for name, line in outcome.items():
            console.print(f"{name}: {line}", highlight=False)
    if any(line.startswith("failed") for line in outcome.values()):
        raise typer.Exit(1)


@audit_app.command("checkpoint")
def checkpoint_cmd(
    home: HomeOption = None,
    out: Annotated[Path | None, typer.Option(help="Also write the checkpoint to this file, to keep elsewhere.")] = None,
) -> None:
    """Sign a checkpoint of the log's size, Merkle root and chain head (the latest one if nothing is new)."""
    cp = _log(home).checkpoint()
    body = json.dumps(cp.to_dict(), ensure_ascii=False, indent=2)
    if out is not None:
        out.write_text(body + "\n", encoding="utf-8")
    emit_json(cp.to_dict())


@audit_app.command("prove")
def prove_cmd(seq: Annotated[int, typer.Argument(help="Entry number.")], home: HomeOption = None) -> None:
    """Print the RFC 6962 inclusion proof of one entry against the latest signed checkpoint."""
    emit_json(_log(home).prove(seq))


@audit_app.command("consistency")
def consistency_cmd(
    old_size: Annotated[int, typer.Argument(help="The earlier size (e.g. a checkpoint someone holds).")],
    new_size: Annotated[int | None, typer.Argument(help="The later size (default: the whole log).")] = None,
    home: HomeOption = None,
) -> None:
    """Print the RFC 6962 consistency proof that the log at OLD_SIZE is a prefix of the log at NEW_SIZE."""
    emit_json(_log(home).prove_consistency(old_size, new_size))


@audit_app.command("export")
def export_cmd(
    since: Annotated[str, typer.Option(help="ISO date or time, e.g. 2026-11-01.")],
    home: HomeOption = None,
    out: Annotated[Path | None, typer.Option(help="Write here instead of standard output.")] = None,
) -> None:
    """Export entries since a date with the checkpoints and a consistency proof, for a regulator."""
    try:
        start = datetime.fromisoformat(since)
    except ValueError as exc:
        raise InvalidQuery(f"--since {since!r} is not an ISO date such as 2026-11-01") from exc
    if start.tzinfo is None:
        start = start.replace(tzinfo=UTC)
    log = _log(home)
    entries = log.entries(since=start)
    bundle = {
        "node": log.node_id, "public_key": log.public_key, "exported_at": datetime.now(UTC).isoformat(),
        "since": start.isoformat(), "entries": entries,
        "checkpoints": [c.to_dict() for c in log.checkpoints()],
        "proofs": [log.prove(e["seq"]) for e in entries[:1000]],
    }
    text = json.dumps(bundle, ensure_ascii=False, indent=2)
    if out is None:
        print(text)
    else:
        out.write_text(text + "\n", encoding="utf-8")
        console.print(f"exported {len(entries)} entries to {out}")
