"""``luytre client …``: the API keys of a node's clients, each with a role (docs/access.md).

Not ``luytre keys``, which makes publisher signing keys. These commands work on the node's database from
its host's shell, so a lost operator key is replaced here (``luytre client rotate operator``). A running
node sees every change at its next request.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from luytre.access import ROLES, parse_expiry
from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path, print_table, table

if TYPE_CHECKING:
    from luytre.access import ClientKey, ClientKeys

client_app = typer.Typer(help="Client keys with roles for the node's API (not publisher keys: see `luytre keys`).",
                         no_args_is_help=True)
KeyArg = Annotated[str, typer.Argument(help="The key's id (ck_…) or name.")]


@contextmanager
def _keys(home: Path | None) -> Iterator[ClientKeys]:
    from luytre.access import ClientKeys
    from luytre.home import open_home
    from luytre.store.database import Registry

    node_home = open_home(home_path(home))
    registry = Registry.of_home(node_home)
    try:
        yield ClientKeys.of_node(registry, node_home.config)
    finally:
        registry.close()


def _show_secret(key: ClientKey, secret: str, what: str, *, json_out: bool) -> None:
    if json_out:
        emit_json({**key.to_dict(), "key": secret})
        return
    console.print(f"[green]{what}[/] {key.id} ({key.name}, role {key.role})")
    console.print(f"  key [bold]{secret}[/]  (shown once; only its hash is stored)", soft_wrap=True)
    console.print("  send it as: Authorization: Bearer <key>", highlight=False)


@client_app.command("create")
def create_cmd(
    role: Annotated[str, typer.Option(help=f"What the key may do: {', '.join(ROLES)}.")],
    name: Annotated[str | None, typer.Option(help="A name to recognize the key by (default: role and id).")] = None,
    expires: Annotated[str | None, typer.Option(help="When the key stops working: 30d, 12h, 90m, 2w, or an ISO "
                                                     "date such as 2027-06-30.")] = None,
    rate: Annotated[float | None, typer.Option(help="Requests per second this key may make (its own limit).")] = None,
    scope: Annotated[str | None, typer.Option(help="Comma-separated values the role is limited to: a teacher's "
                                                   "class ids, e.g. 9A,9B.")] = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Create a client key with ROLE; the key is printed once."""
    expires_at = parse_expiry(expires) if expires else None
    scopes = tuple(s.strip() for s in scope.split(",") if s.strip()) if scope else ()
    with _keys(home) as keys:
        key, secret = keys.create(role, name, expires_at=expires_at, rate_per_s=rate, scope=scopes,
                                  created_by="cli")
    _show_secret(key, secret, "Created client key", json_out=json_out)


@client_app.command("list")
def list_cmd(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Every client key (never the secrets): role, limits and whether it is active, revoked or expired."""
    with _keys(home) as keys:
        listed = keys.list()
    if json_out:
        emit_json([k.to_dict() for k in listed])
        return
    rows = table("id", "name", "role", "status", "scope", "rate/s", "expires", whole=("id",))
    for k in listed:
        rows.add_row(k.id, k.name, k.role, k.status, ",".join(k.scope) or "-",
                     f"{k.rate_per_s:g}" if k.rate_per_s else "-", (k.expires_at or "-")[:19])
    print_table(rows)


@client_app.command("revoke")
def revoke_cmd(key: KeyArg, home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Revoke a key: refused from the next request on, also by a running node."""
    with _keys(home) as keys:
        revoked = keys.revoke(key)
    if json_out:
        emit_json(revoked.to_dict())
    else:
        console.print(f"[yellow]Revoked[/] {revoked.id} ({revoked.name}, role {revoked.role})")


@client_app.command("rotate")
def rotate_cmd(key: KeyArg, home: HomeOption = None, json_out: JsonOption = False) -> None:
    """A new secret for a key (same role, name and limits); the old one is refused from the next request on.
    Run on the node's host, this replaces a lost operator key."""
    with _keys(home) as keys:
        rotated, secret = keys.rotate(key)
    _show_secret(rotated, secret, "Rotated client key", json_out=json_out)
