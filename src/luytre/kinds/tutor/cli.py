"""``luytre tutor …``: practise with the tutor in the terminal, report, export, erase, simulate."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, err_console, home_path
from luytre.errors import InvalidQuery
from luytre.kinds import open_context

if TYPE_CHECKING:  # the service and its database load in the command that runs, not on `luytre --help`
    from luytre.kinds.tutor.service import TutorService

tutor_app = typer.Typer(help="The tutor: practice, progress, class reports, export, erasure and simulation.",
                        no_args_is_help=True)
LearnerArg = Annotated[str, typer.Argument(help="The learner's id at this school (a pseudonym).")]


@contextmanager
def _service(home: Path | None) -> Iterator[TutorService]:
    """The tutor over the node's database, with its installed tutor experts loaded through the node's
    digest-checked loader (nothing else loads)."""
    from luytre.kinds.tutor.service import TutorService

    with open_context(home_path(home), "tutor") as ctx:
        yield TutorService(ctx)


@tutor_app.command("practice")
def practice_cmd(
    bank: Annotated[str, typer.Option(help="Item bank id, e.g. math-thcs or english-vocab.")],
    learner: Annotated[str, typer.Option(help="The learner's id (a pseudonym).")],
    skill: Annotated[str | None, typer.Option(help="Practise only this skill.")] = None,
    class_id: Annotated[str | None, typer.Option("--class", help="The learner's class.")] = None,
    home: HomeOption = None,
) -> None:
    """Interactive practice: type an answer, '?' for a hint, 'q' to stop. Progress is saved as you go."""
    with _service(home) as tutor:
        _practise(tutor, bank, learner, skill, class_id)


def _practise(tutor: TutorService, bank: str, learner: str, skill: str | None, class_id: str | None) -> None:
    from luytre.access import Caller

    host_shell = Caller("shell", "host shell", "operator")  # the node's own host: an operator
    view = tutor.start(learner, bank, skill, class_id, caller=host_shell)
    session, answered, right = view["session"], 0, 0
    while view["item"] is not None:
        item = view["item"]
        console.print(f"\n[dim]{view['reason']['vi']}[/]", highlight=False)
        console.print(f"[bold]{item['question']}[/]", highlight=False)
        for n, choice in enumerate(item["choices"], start=1):
            console.print(f"  {n}. {choice}", highlight=False)
        hints = list(item["hints"])
        while True:
            try:
                response = input("> ").strip()
            except (EOFError, KeyboardInterrupt):
                response = "q"
            if response == "?":
                console.print(f"[yellow]{hints.pop(0)}[/]" if hints else "[dim]hết gợi ý / no more hints[/]",
                              highlight=False)
                continue
            break
        if response.lower() in ("q", "quit", "thoát"):
            break
        result = tutor.answer(session, item["id"], response)
        answered, right = answered + 1, right + result["correct"]
        console.print(f"[{'green' if result['correct'] else 'red'}]{result['feedback']['vi']}[/]", highlight=False)
        for skill_id, change in result["skills"].items():
            if change["mastered"] and change["known_before"] < 0.95:
                console.print(f"[green]Đã vững kỹ năng {skill_id}![/]")
        view = result["next"]
    if view["item"] is None and answered:
        console.print(f"\n[dim]{view['reason']['vi']}[/]", highlight=False)
    console.print(f"\nĐã làm {answered} câu, đúng {right}. Tiến độ đã được lưu.")


@tutor_app.command("progress")
def progress_cmd(learner: LearnerArg, home: HomeOption = None, json_out: JsonOption = False) -> None:
    """A learner's mastery per skill, attempts and reviews due."""
    with _service(home) as tutor:
        report = tutor.progress(learner)
    if json_out:
        emit_json(report)
        return
    for bank_id, bank in report["banks"].items():
        console.print(f"[bold]{bank['title']['vi']}[/] ({bank_id}): {bank['items_seen']} câu đã gặp, "
                      f"{bank['reviews_due']} câu cần ôn", highlight=False)
        for skill in bank["skills"]:
            mark = "[green]✓[/]" if skill["mastered"] else " "
            done = f"{skill['known']:.0%}  ({skill['correct']}/{skill['attempts']} đúng)" if skill["attempts"] \
                else "chưa luyện"
            console.print(f"  {mark} {skill['name']['vi']:45} {done}", highlight=False)


@tutor_app.command("report")
def report_cmd(
    class_id: Annotated[str, typer.Argument(help="The class.")],
    bank: Annotated[str, typer.Option(help="Item bank id.")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """For a teacher: each learner's mastery of each skill of a bank."""
    with _service(home) as tutor:
        report = tutor.class_report(class_id, bank)
    if json_out:
        emit_json(report)
        return
    for row in report["learners"]:
        console.print(f"{row['learner']:20} {row['mastered']}/{len(report['skills'])} kỹ năng đã vững")
    for skill in report["skills"]:
        console.print(f"  {skill['name']['vi']:45} {skill['mastered_by']}/{len(report['learners'])} học sinh",
                      highlight=False)


@tutor_app.command("export")
def export_cmd(
    out: Annotated[Path, typer.Option(help="CSV file to write.")],
    bank: Annotated[str | None, typer.Option(help="Only this bank.")] = None,
    home: HomeOption = None,
) -> None:
    """Every attempt as a knowledge-tracing CSV (order_id, user_id, bank, problem_id, skill_id, correct, timestamp)."""
    with _service(home) as tutor:
        data = tutor.export_csv(bank)
    try:
        out.write_text(data, encoding="utf-8")
    except OSError as exc:
        raise InvalidQuery(f"cannot write {out}: {exc.strerror}") from exc
    console.print(f"[green]Wrote[/] {out}: {data.count(chr(10)) - 1} attempts")


@tutor_app.command("forget")
def forget_cmd(learner: LearnerArg, home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Erase every record of a learner (right to erasure): attempts, model state, sessions."""
    with _service(home) as tutor:
        removed = tutor.erase(learner)
    if json_out:
        emit_json({"erased": learner, "rows": removed})
    else:
        console.print(f"[green]Erased[/] {learner}: " + ", ".join(f"{n} {table}" for table, n in removed.items()))


@tutor_app.command("fit")
def fit_cmd(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Fit the memory model (FSRS) to this school's answers; used for every later choice (≥ 500 reviews)."""
    with _service(home) as tutor:
        result = tutor.fit_memory()
    if json_out:
        emit_json(result)
    elif result["fitted"]:
        console.print(f"[green]Fitted[/] on {result['reviews']} reviews: log loss {result['log_loss_before']:.4f} → "
                      f"{result['log_loss_after']:.4f}")
    else:
        console.print(f"Only {result['reviews']} reviews (500 needed): the default parameters stay.")


@tutor_app.command("simulate")
def simulate_cmd(
    learners: Annotated[int, typer.Option(min=1, max=2000, help="Simulated learners.")] = 30,
    days: Annotated[int, typer.Option(min=1, max=365, help="Simulated days of practice.")] = 20,
    bank: Annotated[Path | None, typer.Option(help="Item bank YAML file (default: the sample maths bank).")] = None,
    chooser: Annotated[str, typer.Option("--policy", help="policy (the tutor), random or fixed.")] = "policy",
    per_day: Annotated[int, typer.Option(min=1, max=200, help="Items a day.")] = 20,
    seed: int = 0,
    json_out: JsonOption = False,
) -> None:
    """Simulated learners whose memory and learning follow models the tutor does not use (a simulation)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    from luytre.kinds.tutor.bank import load_bank
    from luytre.kinds.tutor.simulator import Simulator

    if chooser not in ("policy", "random", "fixed"):
        raise InvalidQuery("--policy is policy, random or fixed")
    if bank is None:
        from luytre.demo_recipes import default_sources

        bank = default_sources() / "vn-tutor" / "banks" / "math-thcs.yaml"
    loaded = load_bank(bank)
    mode = "memory" if all(i.type in ("text", "choice") for i in loaded.items) else "skills"
    simulator = Simulator(loaded, mode, learners, seed)
    with Progress(TextColumn("simulating"), BarColumn(), MofNCompleteColumn(), console=err_console,
                  disable=json_out or learners * days < 200) as progress:
        task = progress.add_task("learners", total=learners)
        events, outcome = simulator.run(chooser, days, per_day, lambda done: progress.update(task, completed=done))
    summary = {"simulation": True, "bank": loaded.bank, "mode": mode, "policy": chooser, "learners": learners,
               "days": days, "answers": len(events),
               "accuracy": round(sum(e.correct for e in events) / len(events), 4) if events else None,
               "mastered_mean": round(outcome["mastered_mean"], 3), "mastered_of": outcome["of"]}
    if json_out:
        emit_json(summary)
    else:
        unit = "words recalled (p ≥ 0.85)" if mode == "memory" else "skills mastered"
        console.print(f"SIMULATION — {loaded.bank}, {learners} learners × {days} days, policy {chooser}: "
                      f"{summary['answers']} answers, accuracy {summary['accuracy']:.1%}, "
                      f"{summary['mastered_mean']:.2f}/{summary['mastered_of']} {unit} per learner")
