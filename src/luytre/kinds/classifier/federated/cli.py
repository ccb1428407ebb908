"""``luytre federate …``: train one classifier expert with other organizations, without pooling data.

Participant: ``request`` (once), send the file to the coordinator; later ``join`` the signed plan.
Coordinator: ``plan`` (from peers' requests), send plan.json to the participants; ``start`` the run.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from luytre.cli.common import HomeOption, JsonOption, console, emit_json, home_path
from luytre.errors import InvalidQuery

if TYPE_CHECKING:  # imported inside the commands at run time, so `luytre --help` stays quick
    from luytre.home import NodeHome
    from luytre.store.database import Registry

federate_app = typer.Typer(help="Train a classifier expert together with other organizations (Flower; data "
                                "stays on each node).", no_args_is_help=True)


def _home(home: Path | None) -> NodeHome:
    from luytre.home import open_home

    return open_home(home_path(home))


def _registry(node_home: NodeHome) -> Registry:
    from luytre.store.database import Registry

    return Registry.of_home(node_home)


@federate_app.command("request")
def request(
    out: Annotated[Path, typer.Option(help="Where to write the join request (JSON) for the coordinator.")],
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Make this node's SuperNode key (once) and a join request signed with the node identity."""
    from dataclasses import asdict

    from luytre.kinds.classifier.federated.participant import join_request
    from luytre.storage import atomic_write

    made = join_request(_home(home))
    atomic_write(out, json.dumps(asdict(made), indent=1).encode("utf-8"))
    if json_out:
        emit_json({"request": str(out), "node_id": made.node_id})
        return
    console.print(f"Join request of node {made.node_id} written to {out}; send it to the coordinator.")


@federate_app.command("plan")
def plan(
    manifest: Annotated[Path, typer.Option(help="Classifier source manifest (TOML with [labels]).", exists=True,
                                           dir_okay=False)],
    key: Annotated[Path, typer.Option(help="The coordinator's publisher private key (luytre keys create).",
                                      exists=True, dir_okay=False)],
    org: Annotated[str, typer.Option(help="The coordinator's organization, as participants trust its key.")],
    participant: Annotated[list[str], typer.Option(help="PEER=REQUEST.json: a mesh peer and its join request; "
                                                   "repeat for each participant.")],
    out: Annotated[Path, typer.Option(help="Run folder to create (plan.json, TLS material).")],
    rounds: Annotated[int, typer.Option(min=1, max=100)] = 10,
    strategy: Annotated[str, typer.Option(help="fedavg, fedprox or fedadam.")] = "fedavg",
    mu: Annotated[float, typer.Option(help="FedProx proximal weight.", min=0.0, max=10.0)] = 0.0,
    server_lr: Annotated[float, typer.Option(help="FedAdam's server learning rate.", min=1e-6, max=10.0)] = 0.1,
    epochs: Annotated[int, typer.Option(help="Local epochs per round.", min=1, max=500)] = 20,
    lr: Annotated[float, typer.Option(help="Local learning rate.", min=1e-6, max=1000.0)] = 10.0,
    balanced: Annotated[bool, typer.Option(help="Class-balanced local loss (for label-skewed nodes).")] = True,
    secagg: Annotated[bool, typer.Option(help="SecAgg+: the coordinator sees only each round's sum of updates.")]
    = True,
    dp_noise: Annotated[float, typer.Option(help="Differential privacy: Gaussian noise multiplier (0: off).",
                                            min=0.0, max=100.0)] = 0.0,
    dp_clip: Annotated[float, typer.Option(help="Differential privacy: L2 norm each node clips its update to.",
                                           min=0.0, max=1000.0)] = 0.0,
    host: Annotated[str, typer.Option(help="Address participants reach the SuperLink at.")] = "127.0.0.1",
    port: Annotated[int | None, typer.Option(help="SuperLink port (default: a free one).")] = None,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Write a signed plan for a run whose participants are peers of this node."""
    from luytre.kinds.classifier.federated.coordinator import propose
    from luytre.kinds.classifier.federated.participant import JoinRequest
    from luytre.mesh.peers import PeerStore

    if strategy not in ("fedavg", "fedprox", "fedadam"):
        raise InvalidQuery("--strategy is fedavg, fedprox or fedadam")
    requests = []
    for item in participant:
        name, sep, path = item.partition("=")
        if not sep:
            raise InvalidQuery(f"--participant {item!r}: expected PEER=REQUEST.json")
        requests.append((name, JoinRequest.read(Path(path))))
    made = propose(manifest, requests, PeerStore(_registry(_home(home))), org, key, out, host=host, port=port,
                   rounds=rounds, strategy=strategy, proximal_mu=mu, server_learning_rate=server_lr,
                   local_epochs=epochs, learning_rate=lr, balanced=balanced, secagg=secagg, dp_noise=dp_noise,
                   dp_clip=dp_clip)
    participants = [p.name for p in made.participants]
    info = {"run": made.run, "plan": str(out / "plan.json"), "superlink": made.superlink,
            "participants": participants, "secagg": made.secagg,
            "dp_epsilon": made.epsilon(), "dp_delta": made.dp_delta if made.dp_noise else None}
    if json_out:
        emit_json(info)
        return
    privacy = "SecAgg+ on" if made.secagg else "SecAgg+ OFF: the coordinator sees every node's update"
    if made.epsilon() is not None:
        privacy += f"; differential privacy (epsilon {made.epsilon():.2f}, delta {made.dp_delta:g} per organization)"
    console.print(f"Run {made.run} ({privacy}): send {info['plan']} to {', '.join(participants)}; "
                  f"then `luytre federate start {out}`.")


@federate_app.command("start")
def start_run(
    run_dir: Annotated[Path, typer.Argument(help="The run folder `luytre federate plan` wrote.", exists=True,
                                            file_okay=False)],
    key: Annotated[Path, typer.Option(help="The coordinator's publisher private key (signs the expert).",
                                      exists=True, dir_okay=False)],
    out: Annotated[Path, typer.Option(help="Folder for the signed expert package.")],
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the rounds to finish.", min=10)] = 900,
    json_out: JsonOption = False,
) -> None:
    """Run the SuperLink and the rounds; write the expert package signed by the coordinator."""
    from luytre.kinds.classifier.federated.coordinator import run

    with console.status("starting") as status:
        package = run(run_dir, key, out, timeout_s=timeout, step=lambda s: status.update(s),
                      ready=lambda: console.print("SuperLink ready: participants may join now."))
    info = {"package": str(out), "id": package.manifest.id, "version": package.manifest.version,
            "metrics": [m.model_dump() for m in package.manifest.metrics]}
    if json_out:
        emit_json(info)
        return
    console.print(f"[green]Signed expert[/] {info['id']} {info['version']} written to {out}")
    for m in package.manifest.metrics:
        console.print(f"  {m.name} {m.value:.3f}  on {m.dataset} (n={m.n})")


@federate_app.command("join")
def join_run(
    plan_file: Annotated[Path, typer.Argument(help="The coordinator's signed plan.json.", exists=True,
                                              dir_okay=False)],
    data: Annotated[Path, typer.Option(help="This node's labelled JSONL ({text, label}); it never leaves.")],
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the run to finish.", min=10)] = 900,
    home: HomeOption = None,
    json_out: JsonOption = False,
) -> None:
    """Verify the plan against this node's trust store, train in every round, audit what left the node."""
    from luytre.kinds.classifier.federated.participant import join
    from luytre.sovereignty.audit import AuditLog

    node_home = _home(home)
    audit = AuditLog.of_home(node_home, _registry(node_home))
    with console.status("joining") as status:
        info = join(node_home, plan_file, data, audit, timeout_s=timeout, step=lambda s: status.update(s))
    if json_out:
        emit_json(info)
        return
    console.print(f"Run {info['run']} finished: {info['messages_sent']} messages, {info['bytes_sent']} bytes "
                  "sent (model updates and aggregate metrics only; see `luytre audit`).")
