"""``luytre tls …``: the node's TLS certificate, for serving HTTPS and for peers to pin."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path
from luytre.errors import ConfigError

if TYPE_CHECKING:
    from luytre.home import NodeHome

tls_app = typer.Typer(help="The node's TLS certificate (HTTPS for clients and peers).", no_args_is_help=True)

TLS_DIR = "tls"


def tls_files(home: NodeHome, cert: Path | None, key: Path | None) -> tuple[Path, Path] | None:
    """The certificate and key to serve with: the flags, else the config's (relative to the home)."""
    server = home.config.server
    cert = cert or (home.path / server.tls_cert if server.tls_cert else None)
    key = key or (home.path / server.tls_key if server.tls_key else None)
    if cert is None and key is None:
        return None
    if cert is None or key is None:
        raise ConfigError("give both a TLS certificate and its key (--tls-cert and --tls-key)")
    return cert, key


@tls_app.command("init")
def init_cmd(
    names: Annotated[list[str] | None, typer.Argument(help="Host names or addresses peers and clients use to "
                                                           "reach this node (127.0.0.1, ::1 and localhost are "
                                                           "always included).", show_default=False)] = None,
    days: Annotated[int, typer.Option(min=1, max=3650, help="Validity in days.")] = 825,
    force: Annotated[bool, typer.Option(help="Replace an existing certificate and key (peers must re-pin).")
                     ] = False,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Make a self-signed certificate for this node and point the config at it; `luytre serve` then
    serves HTTPS. Peers pin the printed SPKI hash with `luytre peer add … --tls-pin`."""
    from luytre.home import CONFIG_FILE, open_home
    from luytre.tls import create_certificate

    node_home = open_home(home_path(home))
    cert_path, key_path = node_home.path / TLS_DIR / "node.crt", node_home.path / TLS_DIR / "node.key"
    if (cert_path.exists() or key_path.exists()) and not force:
        raise ConfigError(f"{cert_path.parent} already holds a certificate; --force replaces it "
                          "(every peer must then pin the new one)")
    made = create_certificate(cert_path, key_path, node_home.config.node.name, names or [], days=days)
    config = node_home.config.model_copy(deep=True)
    config.server.tls_cert, config.server.tls_key = f"{TLS_DIR}/node.crt", f"{TLS_DIR}/node.key"
    config.server.allowed_hosts = sorted({*config.server.allowed_hosts, *(names or [])})
    config.write(node_home.path / CONFIG_FILE)
    info = {"certificate": str(made.cert_path), "key": str(made.key_path), "names": list(made.names),
            "not_after": made.not_after.isoformat(), **made.pins}
    if json_out:
        emit_json(info)
        return
    console.print(f"[green]Certificate[/] {made.cert_path} (key {made.key_path}, mode 0600)", highlight=False)
    console.print(f"  names       {', '.join(made.names)}\n  valid until {made.not_after:%Y-%m-%d}")
    console.print(f"  pin         [bold]{made.pins['spki-sha256']}[/]", highlight=False)
    console.print("Give the pin to the operators of peer nodes: they compare it at `luytre peer add`.")


@tls_app.command("show")
def show_cmd(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """The pins of the node's certificate (what peers compare at `luytre peer add`)."""
    from luytre.home import open_home
    from luytre.tls import certificate_pins

    node_home = open_home(home_path(home))
    files = tls_files(node_home, None, None)
    if files is None:
        raise ConfigError("this node has no TLS certificate; make one with `luytre tls init`")
    pins = certificate_pins(files[0])
    if json_out:
        emit_json({"certificate": str(files[0]), **pins})
    else:
        console.print(f"{files[0]}\n  {pins['spki-sha256']}\n  {pins['cert-sha256']}", highlight=False)
