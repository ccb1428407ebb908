"""``luytre pii …``, ``luytre policy …`` and ``luytre consent …``: the sovereignty tools."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.text import Text

from luytre.cli.common import (
    HomeOption,
    JsonlOption,
    JsonOption,
    console,
    emit_json,
    home_path,
    one_input,
    print_table,
    run_batch,
    table,
)
from luytre.errors import InvalidQuery, PolicyError

if TYPE_CHECKING:
    from luytre.sovereignty.consent import ConsentRegister, Status
    from luytre.sovereignty.pii import PiiScanner
    from luytre.sovereignty.policy import Policy

pii_app = typer.Typer(help="Find and redact Vietnamese personal data (offline).", no_args_is_help=True)
policy_app = typer.Typer(help="Check and test the node's data policy (Cedar).", no_args_is_help=True)
consent_app = typer.Typer(help="Record and list data subjects' consent per purpose.", no_args_is_help=True)

TextArgument = Annotated[str | None, typer.Argument(help="The text, with or without diacritics.",
                                                    show_default=False)]


def _scanner() -> PiiScanner:  # presidio is imported only by the commands that scan
    from luytre.sovereignty.pii import PiiScanner

    return PiiScanner()


def _scan_command(text: str | None, jsonl: Path | None, *, json_out: bool, show_redacted: bool) -> None:
    from luytre.sovereignty.privacy_gate import scan_report

    one_input(text, jsonl, "a text")
    scanner = _scanner()
    if jsonl is not None:
        run_batch(jsonl, "text", lambda t: scan_report(scanner, t))
        return
    assert text is not None  # one_input: the text or --jsonl
    report = {"id": None, **scan_report(scanner, text)}
    if json_out:
        emit_json(report)
        return
    if show_redacted:
        console.print(report["redacted"], markup=False, highlight=False)
        return
    if report["entities"]:
        rows = table("type", "text", "start", "end", "score", whole=("type", "text"))
        for e in report["entities"]:
            rows.add_row(e["type"], Text(e["text"]), str(e["start"]), str(e["end"]), f"{e['score']:.2f}")
        print_table(rows)
    else:
        console.print("không thấy dữ liệu cá nhân / no personal data found")
    console.print(f"categories: {', '.join(report['categories'])}"
                  + (f" ({', '.join(report['sensitive'])})" if report["sensitive"] else ""))


@pii_app.command("scan")
def pii_scan(text: TextArgument = None, jsonl: JsonlOption = None, json_out: JsonOption = False) -> None:
    """List the personal data in TEXT (or each --jsonl line) and the data categories it carries."""
    _scan_command(text, jsonl, json_out=json_out, show_redacted=False)


@pii_app.command("redact")
def pii_redact(text: TextArgument = None, jsonl: JsonlOption = None, json_out: JsonOption = False) -> None:
    """Print TEXT with each personal value replaced by a typed placeholder such as <CCCD_1>."""
    _scan_command(text, jsonl, json_out=json_out, show_redacted=True)


def _policy(home: Path | None) -> Policy:
    from luytre.home import open_home
    from luytre.sovereignty.policy import Policy

    return Policy.load(open_home(home_path(home)).policy_file)


def _read_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise InvalidQuery(f"cannot read {path}: {exc.strerror}") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InvalidQuery(f"{path} is not valid UTF-8 JSON: {exc}") from exc


@policy_app.command("check")
def policy_check(
    request: Annotated[Path, typer.Argument(help="A JSON request: expert, categories, action, purpose, ...")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Explain the decision the node's policy makes for REQUEST. Exit 0 if allowed, 10 if denied."""
    from luytre.sovereignty.policy import PolicyRequest

    data = _read_json(request)
    if not isinstance(data, dict):
        raise PolicyError(f"{request} must hold one JSON object")
    decision = _policy(home).decide(PolicyRequest.from_dict(data))
    if json_out:
        emit_json({"allowed": decision.allowed, "rule": decision.rule, "matched": list(decision.rules)})
    else:
        verdict = "[green]allowed[/]" if decision.allowed else "[red]denied[/]"
        console.print(f"{verdict} by rule [bold]{decision.rule}[/]"
                      + (f" (also matched: {', '.join(decision.rules[1:])})" if len(decision.rules) > 1 else ""))
    if not decision.allowed:
        raise typer.Exit(10)


@policy_app.command("test")
def policy_test(
    table: Annotated[Path | None, typer.Argument(help="Truth table: a JSON list of requests, each with "
                                                     "\"expect\": {\"allowed\": …, \"rule\": …}. Default: the "
                                                     "table shipped for the default policy.")] = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Run a truth table against the node's policy; exit 1 if any row fails."""
    from importlib import resources

    from luytre.sovereignty.policy import run_truth_table

    if table is None:
        rows = json.loads(resources.files("luytre.sovereignty").joinpath("data", "default-policy-tests.json")
                          .read_text(encoding="utf-8"))
    else:
        rows = _read_json(table)
    if not isinstance(rows, list):
        raise PolicyError("a truth table is a JSON list of requests")
    report = run_truth_table(_policy(home), rows)
    failed = [r for r in report if not r["passed"]]
    if json_out:
        emit_json({"rows": len(report), "failed": len(failed), "results": report})
    else:
        for r in report:
            mark = "[green]ok[/]  " if r["passed"] else "[red]FAIL[/]"
            console.print(f"{mark} {r['name']}: got {'allow' if r['got']['allowed'] else 'deny'} "
                          f"({r['got']['rule']})", highlight=False)
        console.print(f"{len(report) - len(failed)}/{len(report)} rows pass")
    if failed:
        raise typer.Exit(1)


@policy_app.command("show")
def policy_show(home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Print the node's policy file and the ids of its rules."""
    policy = _policy(home)
    if json_out:
        emit_json({"source": policy.source, "rules": sorted(policy.rule_ids.values()), "text": policy.text})
    else:
        console.print(policy.text, markup=False, highlight=False)


def _consents(home: Path | None) -> ConsentRegister:
    from luytre.home import open_home
    from luytre.sovereignty.consent import ConsentRegister
    from luytre.store.database import Registry

    node_home = open_home(home_path(home))
    return ConsentRegister(Registry.of_home(node_home))


EvidenceOption = Annotated[str, typer.Option("--evidence", help="How it was obtained: form number, recording, …")]


def _record(subject: str, purpose: str, status: Status, evidence: str, home: Path | None, *,
            json_out: bool) -> None:
    event = _consents(home).record(subject, purpose, status, evidence, "host-shell")
    if json_out:
        emit_json(event.to_dict())
    else:
        console.print(f"{event.status}: {event.subject} / {event.purpose} at {event.at}", highlight=False)


@consent_app.command("grant")
def consent_grant(subject: str, purpose: str, evidence: EvidenceOption, home: HomeOption = None,
                  json_out: JsonOption = False) -> None:
    """Record that SUBJECT consents to processing of their data for PURPOSE."""
    _record(subject, purpose, "granted", evidence, home, json_out=json_out)


@consent_app.command("withdraw")
def consent_withdraw(subject: str, purpose: str, evidence: EvidenceOption, home: HomeOption = None,
                     json_out: JsonOption = False) -> None:
    """Record that SUBJECT withdraws consent for PURPOSE; the next request that needs it is denied."""
    _record(subject, purpose, "withdrawn", evidence, home, json_out=json_out)


@consent_app.command("list")
def consent_list(subject: Annotated[str | None, typer.Argument(help="Only this data subject.")] = None,
                 home: HomeOption = None, json_out: JsonOption = False) -> None:
    """Every consent event, oldest first."""
    events = [e.to_dict() for e in _consents(home).history(subject)]
    if json_out:
        emit_json(events)
        return
    rows = table("at", "subject", "purpose", "status", "evidence", whole=("subject",))
    for e in events:
        rows.add_row(e["at"], Text(e["subject"]), Text(e["purpose"]), e["status"], Text(e["evidence"] or ""))
    print_table(rows)
