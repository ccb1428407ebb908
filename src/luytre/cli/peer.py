"""``luytre peer …``: trust other organizations' nodes, see their health, revoke them."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, err_console, home_path
from luytre.errors import LuytreError

if TYPE_CHECKING:
    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import PeerStore

peer_app = typer.Typer(help="Federation: the nodes this node trusts and forwards questions to.", no_args_is_help=True)
NameArg = Annotated[str, typer.Argument(help="The peer's name on this node (lowercase, digits, dashes).")]


def mesh_of(home: Path | None) -> tuple[PeerStore, MeshClient]:
    """The node's peers and a client that signs as the node, without loading any expert."""
    from luytre.home import open_home
    from luytre.mesh.client import MeshClient
    from luytre.mesh.peers import PeerStore
    from luytre.store.database import Registry

    node_home = open_home(home_path(home))
    registry = Registry.of_home(node_home)
    peers = PeerStore(registry)
    return peers, MeshClient(node_home.identity(), node_home.node_id, peers)


@peer_app.command("add")
def add_cmd(
    name: NameArg,
    url: Annotated[str, typer.Argument(help="The peer node's URL, e.g. https://10.0.0.5:8470.")],
    pub: Annotated[str, typer.Option("--pub", help="The peer's public key, exactly as `luytre init` printed it "
                                                   "there.")],
    tls_pin: Annotated[str | None, typer.Option(help="The peer's TLS pin as `luytre tls init` printed it there "
                                                     "(spki-sha256:… or cert-sha256:…). Without it the "
                                                     "certificate is fetched now and shown to compare.")] = None,
    yes: Annotated[bool, typer.Option("--yes", help="Pin the fetched certificate without asking.")] = False,
    allow_http: Annotated[bool, typer.Option(help="Allow a plain http URL beyond loopback (only over a link "
                                                  "protected otherwise: VPN, private line).")] = False,
    jurisdiction: Annotated[str, typer.Option(help="Country whose law governs the peer (ISO 3166).")] = "VN",
    purpose: Annotated[list[str] | None, typer.Option(help="A purpose the peer may forward questions for, as "
                                                           "your agreement with it says (repeat for several; "
                                                           "default: answer). A question claiming another is "
                                                           "refused and audited.")] = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Trust a node. Its key fixes its identity: a mistyped key names no node, so nothing would verify.
    Over https its TLS certificate is pinned too: a peer presenting another certificate is refused."""
    peers, _ = mesh_of(home)
    if url.startswith("https://") and tls_pin is None:
        tls_pin = _fetched_pin(url, yes=yes)
    peer = peers.add(name, url, pub, jurisdiction, tls_pin=tls_pin, allow_http=allow_http,
                     purposes=tuple(purpose or ("answer",)))
    if json_out:
        emit_json(peer.to_dict())
    else:
        console.print(f"[green]Trusting[/] {peer.name} = node {peer.node_id} at {peer.url} ({peer.jurisdiction}). "
                      "Compare the node id with the one the peer's operator reads from `luytre init`.")
        if peer.tls_pin:
            console.print(f"  TLS pinned: {peer.tls_pin}", highlight=False)


def _fetched_pin(url: str, *, yes: bool) -> str:
    """Fetch the certificate the peer presents, show it, and return its SPKI pin once the operator agrees."""
    from urllib.parse import urlparse

    from luytre.errors import InvalidQuery
    from luytre.tls import fetch_certificate, pins_of

    parsed = urlparse(url)
    pins = pins_of(fetch_certificate(parsed.hostname or "", parsed.port or 443))
    err_console.print(f"{parsed.hostname}:{parsed.port or 443} presents a certificate with\n"
                      f"  {pins['spki-sha256']}\n  {pins['cert-sha256']}\n"
                      "Compare with what the peer's operator reads from `luytre tls show`.", highlight=False)
    if not yes:
        if not sys.stdin.isatty():
            raise InvalidQuery("not pinned: give --tls-pin, or --yes to pin the certificate shown above")
        if not typer.confirm("Pin it?", err=True):
            raise InvalidQuery("not pinned: the peer was not added")
    return pins["spki-sha256"]


@peer_app.command("list")
def list_cmd(home: HomeOption = None, json_out: JsonOption = False,
             check: Annotated[bool, typer.Option(help="Contact each peer now (fetches its signed catalog).")] = True
             ) -> None:
    """Peers, what they offer, and (with --check, the default) whether they answer and how fast."""
    peers, mesh = mesh_of(home)
    rows = []
    for peer in peers.list():
        health: dict[str, Any] | None = None
        if check and not peer.revoked:
            started = time.monotonic()
            try:
                mesh.sync_catalog(peer)
                health = {"ok": True, "latency_ms": round((time.monotonic() - started) * 1000, 1)}
            except LuytreError as exc:  # a peer's failure is a row, not a crash
                health = {"ok": False, "error": exc.message}
        rows.append({**peers.get(peer.name).to_dict(), "health": health})
    if json_out:
        emit_json(rows)
        return
    if not rows:
        console.print("no peers; add one with: luytre peer add NAME URL --pub KEY")
    for row in rows:
        state = "[red]revoked[/]" if row["revoked"] else (
            "[green]ok[/] " + f"{row['health']['latency_ms']} ms" if row["health"] and row["health"]["ok"]
            else f"[red]down[/] {row['health']['error']}" if row["health"] else "")
        console.print(f"{row['name']:16} {row['node_id']} {row['url']}  {state}  experts: "
                      f"{', '.join(row['experts']) or '—'}", highlight=False)


@peer_app.command("revoke")
def revoke_cmd(name: NameArg, home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Stop trusting a peer: its requests are refused and nothing more is sent to it."""
    peers, _ = mesh_of(home)
    peer = peers.revoke(name)
    if json_out:
        emit_json(peer.to_dict())
    else:
        console.print(f"[yellow]Revoked[/] {peer.name} ({peer.node_id})")
