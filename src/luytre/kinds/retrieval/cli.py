"""``luytre expert build retrieval`` and ``luytre retrieval update``: documents in, an expert that
answers with citations out; an update re-indexes changed documents only."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, err_console, home_path
from luytre.cli.expert import metrics_table
from luytre.errors import BuildError, PackageError
from luytre.experts.package import ExpertPackage

if TYPE_CHECKING:  # the builder loads its models only when a command runs
    from luytre.kinds.retrieval.build import BuildResult
    from luytre.store.database import InstalledExpert

retrieval_app = typer.Typer(help="Retrieval experts: keep an installed one current with its documents.",
                            no_args_is_help=True)


@contextmanager
def _build_progress() -> Iterator[tuple[Callable[[str], None], Callable[[int, int], None]]]:
    """Named steps, and a real bar for the embedding step (the long one)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console, transient=True) as progress:
        task = progress.add_task("starting", total=None)

        def step(name: str) -> None:
            progress.update(task, description=name, completed=0, total=None)

        def embedded(done: int, total: int) -> None:
            progress.update(task, completed=done, total=total)

        yield step, embedded


def _build_facts(result: BuildResult) -> dict[str, Any]:
    """What a build or an update reports in --json besides its own fields."""
    return {"documents": result.documents, "passages": result.passages, "reused_documents": result.reused,
            "problems": result.problems, "metrics": [m.model_dump() for m in result.package.manifest.metrics]}


def _print_problems(result: BuildResult) -> None:
    for problem in result.problems:
        colour = "yellow" if problem["action"] == "indexed" else "red"
        console.print(f"[{colour}]{problem['action']}[/] {problem['file']}: {problem['problem']}", highlight=False)


def _report_build(result: BuildResult, out: Path, *, json_out: bool) -> None:
    package = result.package
    if json_out:
        emit_json({"package": str(out), "id": package.manifest.id, "version": package.manifest.version,
                   "digest": package.digest, **_build_facts(result)})
        return
    _print_problems(result)
    console.print(f"[green]Built[/] {package.manifest.id} {package.manifest.version} → {out}: "
                  f"{result.documents} documents, {result.passages} passages"
                  + (f" ({result.reused} documents unchanged, not re-embedded)" if result.reused else ""))
    metrics_table([m.model_dump() for m in package.manifest.metrics])


ExamplesOption = Annotated[Path | None, typer.Option(
    "--examples", exists=True, dir_okay=False,
    help="Questions of your own that should reach this expert (UTF-8, one a line), for the router besides those "
         "generated from the documents; kept by every later `luytre retrieval update`.")]


def _read_examples(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        return [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    except (OSError, UnicodeDecodeError) as exc:
        raise BuildError(f"cannot read examples from {path}: {exc}") from exc


def build_retrieval_cmd(
    docs: Annotated[Path, typer.Argument(help="Folder of .txt, .md, .html, .docx and .pdf documents.",
                                         exists=True, file_okay=False)],
    expert_id: Annotated[str, typer.Option("--id", help="Expert id, e.g. hospital-procedures.")],
    title: Annotated[str, typer.Option(help="Title in Vietnamese.")],
    out: Annotated[Path, typer.Option(help="Output package folder (must be new or empty).")],
    title_en: Annotated[str | None, typer.Option(help="Title in English.")] = None,
    publisher: Annotated[str, typer.Option(help="Your organization, as your signing key names it.")] = "local",
    version: Annotated[str, typer.Option(help="Package version.")] = "1.0.0",
    domain: Annotated[str, typer.Option(help="Domain, for routing and the node's policies.")] = "documents",
    examples: ExamplesOption = None,
    json_out: JsonOption = False,
) -> None:
    """Turn a folder of documents into an expert that answers with citations (offline)."""
    from luytre.kinds.retrieval.build import RetrievalSource, build_retrieval

    source = RetrievalSource(id=expert_id, title_vi=title, title_en=title_en, version=version, domain=domain,
                             publisher=publisher, examples=_read_examples(examples))
    with _build_progress() as (step, embedded):
        result = build_retrieval(docs, source, out, step=step, embed_progress=embedded)
    _report_build(result, out, json_out=json_out)


def update_cmd(
    expert_id: Annotated[str, typer.Argument(help="An installed retrieval expert.")],
    docs: Annotated[Path, typer.Argument(help="The documents folder, as it is now.", exists=True, file_okay=False)],
    key: Annotated[Path | None, typer.Option(help="Sign the new version with this publisher key.",
                                             exists=True, dir_okay=False)] = None,
    allow_unsigned: Annotated[bool, typer.Option(help="DEVELOPMENT ONLY: install the new version unsigned.")
                              ] = False,
    examples: ExamplesOption = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Re-index changed documents only, bump the patch version, vet and install it. Router examples of your own
    (given with --examples now or before, or added to the manifest) are kept; the generated ones are made again."""
    import tempfile

    from luytre.kinds.retrieval.build import build_retrieval, next_patch, source_of
    from luytre.node.service import Node
    from luytre.vetting.signing import sign

    node = Node.open(home_path(home))
    installed = node.registry.get(expert_id)
    if installed.manifest.kind != "retrieval":
        raise PackageError(f"{expert_id} is a {installed.manifest.kind} expert; update works on retrieval experts")
    if key is None and not allow_unsigned:
        raise PackageError("give --key to sign the new version (or --allow-unsigned on a development node)")
    previous = ExpertPackage.open(installed.active.path)
    if previous.digest != installed.active.digest:  # the files the next version reuses must be the vetted ones
        raise PackageError(f"installed files of {expert_id} changed on disk since install; reinstall it first")
    source, left_out = source_of(previous, next_patch(installed.active.version))
    if left_out:
        err_console.print(f"{expert_id} {installed.active.version} was built by an older question generator: "
                          f"{len(left_out)} of its examples were not recorded as your own and are taken for "
                          "that generator's; give any you added to its manifest by hand with --examples",
                          highlight=False)
    source.examples += _read_examples(examples)
    with tempfile.TemporaryDirectory(prefix="luytre-update-") as tmp:
        out = Path(tmp) / expert_id
        with _build_progress() as (step, embedded):
            result = build_retrieval(docs, source, out, previous=previous, step=step, embed_progress=embedded)
            if key is not None:
                step("signing")
                sign(out, key)
            step("vetting and installing")
            now = node.install(out, allow_unsigned=allow_unsigned)
        report_update(result, installed.active.version, now, json_out=json_out)


def report_update(result: BuildResult, before: str, now: InstalledExpert, *, json_out: bool) -> None:
    """What `retrieval update` installed (its build folder is gone by now): the version, digest and documents."""
    if json_out:
        emit_json({"id": now.id, "previous_version": before, "version": now.active.version,
                   "digest": now.active.digest, "installed": str(now.active.path), **_build_facts(result)})
        return
    _print_problems(result)
    console.print(f"[green]Installed[/] {now.id} {now.active.version} (was {before}), digest {now.active.digest}: "
                  f"{result.documents} documents ({result.documents - result.reused} re-indexed, "
                  f"{result.reused} unchanged), {result.passages} passages", highlight=False)
    metrics_table([m.model_dump() for m in result.package.manifest.metrics])


retrieval_app.command("update")(update_cmd)
