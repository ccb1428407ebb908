"""``luytre keys …`` and ``luytre trust …``: publisher keys and the node's trust store."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer
from rich.text import Text

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path, print_table, table

if TYPE_CHECKING:
    from luytre.vetting.trust import TrustStore

keys_app = typer.Typer(help="Create publisher signing keys.", no_args_is_help=True)
trust_app = typer.Typer(help="The publisher keys this node trusts, each bound to one organization.",
                        no_args_is_help=True)


def _store(home: Path | None) -> TrustStore:
    from luytre.home import open_home
    from luytre.vetting.trust import TrustStore

    return TrustStore.of_home(open_home(home_path(home)).path)


@keys_app.command("create")
def keys_create(
    org: Annotated[str, typer.Option(help="The publishing organization, as manifests name it in 'publisher'.")],
    out: Annotated[Path, typer.Option(help="Folder for ORG.key (private, 0600) and ORG.pub.")],
    json_out: JsonOption = False,
) -> None:
    """Create an EC P-256 key pair for signing expert packages."""
    from luytre.vetting.signing import create_keys

    pair = create_keys(org, out)
    if json_out:
        emit_json({"org": pair.org, "private_key": str(pair.private_key), "public_key": str(pair.public_key),
                   "fingerprint": pair.fingerprint})
        return
    console.print(f"private key {pair.private_key} (keep it secret)\npublic key  {pair.public_key} "
                  f"(give it to the nodes that should trust {org})\nfingerprint {pair.fingerprint}", highlight=False)


@trust_app.command("add")
def trust_add(
    pub: Annotated[Path, typer.Argument(help="A publisher's public key (.pub).", exists=True, dir_okay=False)],
    org: Annotated[str, typer.Option(help="The organization this key signs for.")],
    home: HomeOption = None,
) -> None:
    """Trust a publisher key for one organization. Compare the fingerprint with the publisher's."""
    key = _store(home).add(pub.read_bytes(), org)
    console.print(f"trusted {key.org}: key {key.fingerprint}", highlight=False)


@trust_app.command("list")
def trust_list(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """The trusted publisher keys."""
    keys = _store(home).keys()
    if json_out:
        emit_json([{"org": k.org, "fingerprint": k.fingerprint, "added_at": k.added_at} for k in keys])
        return
    if not keys:
        console.print("no trusted publishers; add one with: luytre trust add KEY.pub --org ORG")
        return
    rows = table("organization", "fingerprint", "added", whole=("fingerprint",))
    for k in keys:
        rows.add_row(Text(k.org), k.fingerprint, k.added_at)
    print_table(rows)


@trust_app.command("remove")
def trust_remove(
    key: Annotated[str, typer.Argument(help="An organization, or 8+ leading characters of a fingerprint.")],
    home: HomeOption = None,
) -> None:
    """Stop trusting a publisher key. Installed experts stay; new packages signed with it are refused."""
    for gone in _store(home).remove(key):
        console.print(f"removed {gone.org}: key {gone.fingerprint}", highlight=False)
