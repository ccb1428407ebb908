"""``luytre``: run a node of small Vietnamese-first expert AIs.

One obvious command per job: ``init`` a node, ``demo`` it, ``serve`` it,
``ask`` it, ``route`` a question, and manage ``expert`` packages.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from luytre import __version__
from luytre.cli.audit import audit_app
from luytre.cli.client import client_app
from luytre.cli.common import (
    HomeOption,
    JsonlOption,
    JsonOption,
    console,
    emit_json,
    err_console,
    home_path,
    one_input,
    plain_help,
    print_error,
    run_batch,
)
from luytre.cli.expert import expert_app, mount_build_commands
from luytre.cli.peer import peer_app
from luytre.cli.sovereignty import consent_app, pii_app, policy_app
from luytre.cli.status import status
from luytre.cli.tls import tls_app
from luytre.cli.vetting import keys_app, trust_app
from luytre.errors import LuytreError, NodeUnreachable, error_class, exit_error
from luytre.kinds import available_kinds
from luytre.threads import pin_threads

app = typer.Typer(
    name="luytre",
    help="luytre — a node of small, specialized, verifiable expert AIs (Vietnamese first).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
app.add_typer(expert_app, name="expert")
app.add_typer(peer_app, name="peer")
app.add_typer(audit_app, name="audit")
app.add_typer(pii_app, name="pii")
app.add_typer(policy_app, name="policy")
app.add_typer(consent_app, name="consent")
app.add_typer(keys_app, name="keys")
app.add_typer(client_app, name="client")
app.add_typer(trust_app, name="trust")
app.add_typer(tls_app, name="tls")
app.command()(status)
mount_build_commands()
for _name, _kind in sorted(available_kinds().items()):  # each kind's own commands: luytre <kind> ...
    _group = _kind.cli()
    if _group is not None:
        app.add_typer(_group, name=_name)
    for _command, _extra in _kind.commands().items():  # and the top-level groups it adds (luytre federate)
        app.add_typer(_extra, name=_command)


def _version(value: bool) -> None:
    if value:
        console.print(f"luytre {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """luytre — a node of small, specialized, verifiable expert AIs (Vietnamese first)."""


@app.command()
def init(
    home: HomeOption = None,
    name: Annotated[str | None, typer.Option(help="Node name shown to users and peers.")] = None,
    database_url: Annotated[str, typer.Option(help="A shared database instead of the home's SQLite file, e.g. "
                                              "postgresql+psycopg://luytre@db/luytre (or $LUYTRE_DATABASE_URL "
                                              "at run time).")] = "",
    json_out: JsonOption = False,
) -> None:
    """Create a node home: config, SQLite store, Ed25519 identity and its first operator client key (shown once)."""
    from luytre.home import init_home

    node_home, token = init_home(home_path(home, existing=False), name, database_url)
    info = {"home": str(node_home.path), "node_id": node_home.node_id, "name": node_home.config.node.name,
            "public_key": node_home.public_key, "operator_key": token, "admin_token": token}
    if json_out:
        emit_json(info)
        return
    console.print(f"[green]Created node home[/] {node_home.path}")
    console.print(f"  node id     {node_home.node_id}\n  public key  {node_home.public_key}")
    console.print(f"  operator key [bold]{token}[/]  (shown once; only its hash is stored; "
                  "more keys: luytre client create)")


@app.command()
def serve(
    home: HomeOption = None,
    host: Annotated[str | None, typer.Option(help="Address to bind (default from config: 127.0.0.1).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default from config: 8470).")] = None,
    workers: Annotated[int, typer.Option(min=1, max=64, help="Processes sharing the port and the store "
                                         "(one per core; more than one needs no other setup).")] = 1,
    tls_cert: Annotated[Path | None, typer.Option(help="PEM certificate: serve HTTPS (default from config; "
                                                       "`luytre tls init` makes one).")] = None,
    tls_key: Annotated[Path | None, typer.Option(help="Its private key (mode 0600).")] = None,
    allow_plain_http: Annotated[bool, typer.Option(help="Serve plain HTTP beyond loopback (only behind a proxy "
                                                        "that terminates TLS).")] = False,
) -> None:
    """Serve the node's HTTP API (OpenAPI at /docs) until Ctrl-C."""
    from luytre.cli.tls import tls_files
    from luytre.node.server import serve as run_server
    from luytre.node.server import serve_workers
    from luytre.node.service import Node

    node = Node.open(home_path(home))  # migrations, orphan sweep and the router cache: once, before any worker
    host = host or node.home.config.server.host
    port = port or node.home.config.server.port
    tls = tls_files(node.home, tls_cert, tls_key)
    experts = ", ".join(sorted(node.loaded())) or "none yet"
    err_console.print(f"[green]luytre node[/] {node.identity['name']} ({node.identity['id']}) on "
                      f"{'https' if tls else 'http'}://{host}:{port}  experts: {experts}"
                      + (f"  workers: {workers}" if workers > 1 else ""))
    if workers == 1:
        run_server(node, host, port, tls=tls, allow_plain_http=allow_plain_http)
        return
    node.close()
    serve_workers(node.home.path, host, port, workers, tls=tls, allow_plain_http=allow_plain_http)


def _ask_remote(url: str, query: str, expert: str | None, lang: str, ca_file: Path | None) -> dict[str, Any]:
    import httpx

    from luytre.tls import ca_context, unreachable

    try:
        # "auto" is left to the node (and a node older than it answers in its default language)
        request = {"query": query, "expert": expert, **({"lang": lang} if lang != "auto" else {})}
        response = httpx.post(url.rstrip("/") + "/v1/ask", json=request,
                              timeout=30.0, verify=ca_context(ca_file) if ca_file is not None else True)
    except httpx.HTTPError as exc:
        raise unreachable(url, exc) from exc
    try:
        body = response.json()
    except ValueError as exc:
        raise NodeUnreachable(f"{url} did not answer with JSON (HTTP {response.status_code})") from exc
    if response.status_code >= 400:
        error = body.get("error", {}) if isinstance(body, dict) else {}
        raise error_class(error.get("code", ""))(error.get("message", f"HTTP {response.status_code}"))
    if not isinstance(body, dict):
        raise NodeUnreachable(f"{url} did not answer with an answer object (HTTP {response.status_code})")
    return body


def _print_answer(result: dict[str, Any]) -> None:
    expert = result["expert"] or "—"
    console.print(f"[bold]{result['answer']}[/]")
    console.print(f"[dim]expert[/] {expert}  [dim]confidence[/] {result['confidence']:.0%}  "
                  f"[dim]time[/] {result['timings_ms']['total']:.1f} ms  [dim]cpu[/] {result['cpu_ms']:.1f} ms  "
                  f"[dim]energy (est.)[/] {result['energy_j_est']:.4f} J")
    for citation in (result.get("result") or {}).get("citations", [])[:3]:
        where = " › ".join(part for part in (citation["doc"], citation["section"]) if part)
        console.print(f"[dim]source[/] {where}", highlight=False)
    if (result.get("privacy") or {}).get("redacted"):
        console.print("[dim]personal data was redacted before the expert saw the question[/]")
    others = [f"{c['expert']} {c['score']:.0%}" for c in result["candidates"][1:]]
    if others:
        console.print(f"[dim]also considered[/] {', '.join(others)}")


@app.command()
def ask(
    query: Annotated[str | None, typer.Argument(help="The question.", show_default=False)] = None,
    home: HomeOption = None,
    expert: Annotated[str | None, typer.Option(help="Ask this expert directly instead of routing.")] = None,
    lang: Annotated[str, typer.Option(help="Answer language: vi, en, or auto (the question's own: English when "
                                       "it reads as English, else Vietnamese).")] = "auto",
    url: Annotated[str | None, typer.Option(help="Ask a running node at this URL instead of in-process.")] = None,
    ca_file: Annotated[Path | None, typer.Option("--ca-file", envvar="LUYTRE_CA_FILE", show_default=False,
                                                 help="PEM file of the certificate authorities (or the node's own "
                                                      "certificate, `luytre tls init`) to trust for an https "
                                                      "--url (default: the system's).")] = None,
    jsonl: JsonlOption = None,
    json_out: JsonOption = False,
) -> None:
    """Ask a question; the router picks the expert unless --expert names one."""
    one_input(query, jsonl, "a question")
    node = None
    if url is None:
        from luytre.node.service import Node

        node = Node.open(home_path(home))
        _ = node.gate  # the scanner and the lexicon built before the first question, not within its CPU budget

    def handle(q: str) -> dict[str, Any]:
        if node is None:
            return _ask_remote(url or "", q, expert, lang, ca_file)
        return node.ask(q, expert=expert, lang=lang).model_dump(mode="json")
    if jsonl is not None:
        run_batch(jsonl, "query", lambda q: {"query": q, **handle(q)})
        return
    assert query is not None  # one_input: the question or --jsonl
    result = handle(query)
    if json_out:
        emit_json(result)
    else:
        _print_answer(result)


@app.command()
def route(
    query: Annotated[str | None, typer.Argument(help="The question.", show_default=False)] = None,
    home: HomeOption = None,
    jsonl: JsonlOption = None,
    json_out: JsonOption = False,
) -> None:
    """Show which expert would answer a question, with ranked candidates (no expert runs)."""
    from luytre.node.service import Node

    one_input(query, jsonl, "a question")
    node = Node.open(home_path(home))

    def handle(q: str) -> dict[str, Any]:
        r = node.route(q)
        return {"query": q, "expert": r.expert, "confidence": r.confidence, "candidates": r.candidates}

    if jsonl is not None:
        run_batch(jsonl, "query", handle)
        return
    assert query is not None  # one_input: the question or --jsonl
    result = {"id": 1, **handle(query)}
    if json_out:
        emit_json(result)
        return
    console.print(f"[bold]{result['expert'] or 'no expert (abstain)'}[/]  confidence {result['confidence']:.0%}")
    for c in result["candidates"]:
        console.print(f"  {c['expert']:<28} {c['score']:.3f}")


@app.command()
def demo(
    home: Annotated[Path, typer.Option("--home", envvar="LUYTRE_HOME",
                                       help="Node home for the demo (created if missing).")] = Path(".luytre-demo"),
    sources: Annotated[Path | None, typer.Option(help="Folder with the reference experts' sources "
                                                 "(default: the repository's experts/).")] = None,
    serve_node: Annotated[bool, typer.Option("--serve/--no-serve",
                                             help="Keep serving after the demo (Ctrl-C to stop).")] = True,
    port: Annotated[int | None, typer.Option(help="Port to serve on (default from config: 8470).")] = None,
) -> None:
    """Build and install the reference experts into a home, then show the node answering."""
    from luytre.cli.demo import run_demo

    run_demo(home, sources, serve_node=serve_node, port=port)


def run() -> None:
    """Console entry point: specific errors become a message and an exit code, never a traceback."""
    pin_threads(1)  # one BLAS/OpenMP thread; a serving node pins again to its limits.blas_threads
    command = typer.main.get_command(app)
    plain_help(command)
    try:
        command(prog_name="luytre")
    except LuytreError as exc:
        code, message = exit_error(exc)
        print_error(message)
        sys.exit(code)
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception as exc:  # a bug: say so briefly; the traceback is for developers
        if os.environ.get("LUYTRE_DEBUG"):
            raise
        print_error(f"{exc!r} (set LUYTRE_DEBUG=1 for the traceback)", "unexpected error:")
        sys.exit(70)
