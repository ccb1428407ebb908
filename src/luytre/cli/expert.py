"""``luytre expert …``: build, pack, install and manage expert packages."""

from __future__ import annotations

import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Iterator

import typer
from rich.text import Text

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path, print_table, table
from luytre.errors import PackageError
from luytre.experts.package import ExpertPackage

if TYPE_CHECKING:
    from luytre.node.service import Node
    from luytre.store.database import InstalledExpert

expert_app = typer.Typer(help="Build, pack, install and manage expert packages.", no_args_is_help=True)
build_app = typer.Typer(help="Build an expert package from your own data.", no_args_is_help=True)
expert_app.add_typer(build_app, name="build")


def mount_build_commands() -> None:
    """``luytre expert build <kind>``: each installed kind's own build command."""
    from luytre.kinds import available_kinds

    for name, kind in sorted(available_kinds().items()):
        command = kind.build_command()
        if command is not None:
            build_app.command(name)(command)


def _node(home: Path | None) -> Node:
    from luytre.node.service import Node

    return Node.open(home_path(home))


@contextmanager
def step_progress(total: int | None) -> Iterator[Callable[[str], None]]:
    """A Rich progress bar advanced by named steps; yields the ``step`` callback.

    ``total`` is the number of steps, or None when it is not known (the bar pulses)."""
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), TimeElapsedColumn(),
                  console=console, transient=True) as progress:
        task = progress.add_task("starting", total=total)
        started = False

        def step(name: str) -> None:
            nonlocal started
            if started:
                progress.advance(task)
            started = True
            progress.update(task, description=name)

        yield step


def metrics_table(metrics: list[dict[str, Any]]) -> None:
    rows = table("metric", "value", "measured on", "n", whole=("metric", "value"))
    for m in metrics:
        rows.add_row(m["name"], f"{m['value']:.4g}", m["dataset"], str(m["n"]))
    print_table(rows)


@expert_app.command("template")
def template_cmd(kind: Annotated[str, typer.Argument(help="The kind of expert (`luytre expert build --help`).")]
                 ) -> None:
    """Print a complete, commented source manifest for `luytre expert build KIND` (redirect it to a file)."""
    from luytre.kinds import kind_named

    text = kind_named(kind).template()
    if text is None:
        raise PackageError(f"kind {kind!r} builds without a source manifest; see: luytre expert build {kind} --help")
    console.print(text, markup=False, highlight=False, end="")


@expert_app.command("pack")
def pack_cmd(
    folder: Annotated[Path, typer.Argument(help="Package folder.", exists=True, file_okay=False)],
    out: Annotated[Path, typer.Option(help="Archive to write (e.g. my-expert-1.0.0.luytre).")],
) -> None:
    """Pack a package folder into one reproducible archive file to share."""
    from luytre.experts.package import pack

    package = ExpertPackage.open(folder)
    pack(package, out)
    console.print(f"[green]Packed[/] {package.manifest.id} {package.manifest.version} → {out} "
                  f"(digest {package.digest})")


EvalOption = Annotated[Path | None, typer.Option("--eval", help="Your own labeled examples, one "
                                                 "{\"text\", \"label\"} a line, that the publisher never saw.")]


@expert_app.command("install")
def install_cmd(
    path: Annotated[Path, typer.Argument(help="Package folder or .luytre archive.")],
    home: HomeOption = None,
    allow_downgrade: Annotated[bool, typer.Option(help="Allow installing an older version.")] = False,
    eval_file: EvalOption = None,
    allow_unsigned: Annotated[bool, typer.Option(help="DEVELOPMENT ONLY: admit a package without a signature "
                                                      "(marked in the registry; refused in production mode).")
                              ] = False,
    json_out: JsonOption = False,
) -> None:
    """Vet, then install an expert package (atomic: all or nothing). The vetting report is kept."""
    node = _node(home)
    with console.status(f"vetting and installing {path.name}, then retraining the router…"):
        installed = node.install(path, allow_downgrade=allow_downgrade, eval_file=eval_file,
                                 allow_unsigned=allow_unsigned)
    if json_out:
        emit_json(_view(installed, node))
        return
    console.print(f"[green]Installed[/] {installed.id} {installed.active.version} "
                  f"(digest {installed.active.digest})")
    if allow_unsigned and (installed.active.vetting_report or {}).get("unsigned"):
        console.print("[bold red]UNSIGNED[/]: installed without a signature, for development only")


@expert_app.command("vet")
def vet_cmd(
    path: Annotated[Path, typer.Argument(help="Package folder or .luytre archive.")],
    eval_file: EvalOption = None,
    home: HomeOption = None,
    allow_downgrade: Annotated[bool, typer.Option(help="Accept a version older than the installed one.")] = False,
    json_out: JsonOption = False,
) -> None:
    """Run every admission check against this node's trust store; exit 0 if admitted, 11 if not."""
    node = _node(home)
    with console.status(f"vetting {path.name}…"):
        report = node.vet(path, allow_downgrade=allow_downgrade, eval_file=eval_file)
    if json_out:
        emit_json(report.to_dict())
    else:
        for check in report.checks:
            mark = "[yellow]WAIVED[/]" if check.waived else ("[green]pass[/]" if check.passed else "[red]FAIL[/]")
            console.print(f"{mark} {check.name:<11} {check.detail}", highlight=False)
        verdict = "[green]admitted[/]" if report.admitted else "[red]refused[/]"
        console.print(f"{report.expert or path.name} {report.version or ''}: {verdict}")
    if not report.admitted:
        raise typer.Exit(11)


@expert_app.command("sign")
def sign_cmd(
    folder: Annotated[Path, typer.Argument(help="Package folder.", exists=True, file_okay=False)],
    key: Annotated[Path, typer.Option(help="The publisher's private key (luytre keys create).", exists=True,
                                      dir_okay=False)],
) -> None:
    """Sign every file of a package folder; writes signature.sig into it."""
    from luytre.vetting.signing import sign

    console.print(f"[green]Signed[/] {folder} -> {sign(folder, key)}")


@expert_app.command("verify")
def verify_cmd(
    folder: Annotated[Path, typer.Argument(help="Package folder.", exists=True, file_okay=False)],
    pub: Annotated[Path, typer.Option(help="The publisher's public key.", exists=True, dir_okay=False)],
    json_out: JsonOption = False,
) -> None:
    """Check a package folder's signature against one public key (no trust store involved)."""
    from luytre.vetting.signing import fingerprint, verify

    signed = verify(folder, pub.read_bytes())
    if json_out:
        emit_json({"valid": True, "key": fingerprint(pub.read_bytes()), "files": list(signed.files),
                   "ignored": sorted(signed.ignored)})
    else:
        console.print(f"[green]valid[/]: {len(signed.files)} files signed by key {signed.key_fingerprint}")


def _view(installed: InstalledExpert, node: Node) -> dict[str, Any]:
    from luytre.node.expert_view import expert_view

    return expert_view(installed, node).model_dump(mode="json")


@expert_app.command("list")
def list_cmd(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """List installed experts."""
    node = _node(home)
    experts = [_view(e, node) for e in node.registry.list()]
    if json_out:
        emit_json(experts)
        return
    if not experts:
        console.print("no experts installed; try: luytre demo")
        return
    rows = table("id", "version", "kind", "domain", "enabled", "loaded", "risk", "signed", "title",
                 whole=("id", "version", "kind"))
    for e in experts:
        rows.add_row(e["id"], e["version"], e["kind"], e["domain"], "yes" if e["enabled"] else "no",
                      "yes" if e["loaded"] else "[red]no[/]", e["risk_tier"],
                     "[bold red]UNSIGNED[/]" if e["unsigned"] else "yes", Text(e["title"]["vi"]))
    print_table(rows)


@expert_app.command("info")
def info_cmd(expert_id: Annotated[str, typer.Argument(help="Expert id.")], home: HomeOption = None,
             json_out: JsonOption = False) -> None:
    """Show an installed expert's manifest, metrics and version history."""
    node = _node(home)
    view = _view(node.registry.get(expert_id), node)
    if json_out:
        emit_json(view)
        return
    m = view["manifest"]
    console.print(f"[bold]{view['id']}[/] {view['version']}  {m['title']['vi']} / {m['title']['en']}")
    console.print(f"{m['description']['vi']}\n[dim]kind[/] {view['kind']}  [dim]domain[/] {view['domain']}  "
                  f"[dim]risk[/] {view['risk_tier']}  [dim]data[/] {', '.join(view['data_categories'])}  "
                  f"[dim]publisher[/] {view['publisher']}  [dim]license[/] {m['license']}")
    metrics_table(m["metrics"])
    for v in view["versions"]:
        console.print(f"  version {v['version']}  installed {v['installed_at']}  digest {v['digest']}")


@expert_app.command("remove")
def remove_cmd(expert_id: Annotated[str, typer.Argument(help="Expert id.")], home: HomeOption = None) -> None:
    """Remove an expert, every installed version of it, and its files."""
    _node(home).remove(expert_id)
    console.print(f"[green]Removed[/] {expert_id}")


@expert_app.command("enable")
def enable_cmd(expert_id: Annotated[str, typer.Argument(help="Expert id.")], home: HomeOption = None) -> None:
    """Let the router and users reach an expert again."""
    _node(home).set_enabled(expert_id, enabled=True)
    console.print(f"[green]Enabled[/] {expert_id}")


@expert_app.command("disable")
def disable_cmd(expert_id: Annotated[str, typer.Argument(help="Expert id.")], home: HomeOption = None) -> None:
    """Keep an expert installed but stop routing to it."""
    _node(home).set_enabled(expert_id, enabled=False)
    console.print(f"[green]Disabled[/] {expert_id}")


@expert_app.command("invoke")
def invoke_cmd(
    expert_id: Annotated[str, typer.Argument(help="Expert id.")],
    query: Annotated[str, typer.Argument(help="The question.")],
    home: HomeOption = None,
    lang: Annotated[str, typer.Option(help="Answer language: vi, en, or auto (the question's own).")] = "auto",
    json_out: JsonOption = False,
) -> None:
    """Ask one expert directly, without routing."""
    result = _node(home).ask(query, expert=expert_id, lang=lang).to_dict()
    if json_out:
        emit_json(result)
        return
    console.print(f"[bold]{result['answer']}[/]\n[dim]confidence[/] {result['confidence']:.0%}")


@expert_app.command("export")
def export_cmd(
    expert_id: Annotated[str, typer.Argument(help="Expert id.")],
    out: Annotated[Path, typer.Option(help="Folder to write (new or empty), or a .luytre archive path.")],
    home: HomeOption = None,
) -> None:
    """Write an installed package back out, byte-identical, to share with another organization."""
    from luytre.experts.package import copy_tree, pack

    node = _node(home)
    installed = node.registry.get(expert_id)
    package = ExpertPackage.open(installed.active.path)
    if package.digest != installed.active.digest:
        raise PackageError(f"installed files of {expert_id} changed on disk; refusing to export them")
    if out.suffix == ".luytre":
        pack(package, out)
    else:
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise PackageError(f"{out} exists and is not an empty folder")
        tmp = out.with_name(f".{out.name}.partial")
        shutil.rmtree(tmp, ignore_errors=True)
        copy_tree(package, tmp)
        if out.exists():
            out.rmdir()
        tmp.rename(out)
    console.print(f"[green]Exported[/] {expert_id} {installed.active.version} → {out} "
                  f"(digest {package.digest})")
