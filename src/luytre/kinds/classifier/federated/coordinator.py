"""The coordinating organization: propose a signed plan, run the SuperLink, build the signed expert.

Participants are the coordinator's mesh peers. Each sends a join request (its
SuperNode key signed with its node identity); the coordinator accepts it only
when the signature verifies with the key pinned for that peer, so every
SuperNode key in the plan, and registered with the SuperLink, belongs to a peer.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from functools import partial
from pathlib import Path
from typing import Any, Callable, Sequence

import numpy as np
from pydantic import ValidationError

from luytre.errors import BuildError, ConfigError, InvalidQuery
from luytre.experts.manifest import DOSSIER_FILE, MANIFEST_FILE, Metric, manifest_from_dict
from luytre.experts.package import ExpertPackage
from luytre.experts.sources import read_toml
from luytre.kinds.classifier.federated import fab
from luytre.kinds.classifier.federated.participant import JoinRequest, check_join_request
from luytre.kinds.classifier.federated.plan import PLAN_FILE, Plan, new_run_id, now, read_plan, sign_plan
from luytre.kinds.classifier.federated.runtime import (
    FEDERATION,
    Running,
    flower_bin,
    free_port,
    make_tls,
    process_env,
    start,
    wait_for_port,
)
from luytre.kinds.classifier.kind import ClassifierConfig
from luytre.mesh.peers import PeerStore
from luytre.storage import atomic_write
from luytre.text.hashed import HashedTextClassifier
from luytre.vetting.signing import sign

Step = Callable[[str], None]
READY_FILE = "ready"


def propose(manifest_path: Path, requests: Sequence[tuple[str, JoinRequest]], peers: PeerStore, org: str,
            private_key: Path, run_dir: Path, *, host: str = "127.0.0.1", port: int | None = None,
            **settings: Any) -> Plan:
    """Write ``run_dir`` with TLS material and the signed plan; return the plan.

    ``settings`` are the plan's training and privacy fields (rounds, strategy, secagg, dp_noise, …)."""
    source = read_toml(manifest_path)
    labels = source.get("labels")
    if not isinstance(labels, dict) or len(labels) < 2:
        raise BuildError(f"{manifest_path.name}: a [labels.<label>] table with at least two labels is required")
    if not isinstance(source.get("id"), str):
        raise BuildError(f"{manifest_path.name}: the manifest needs an id")
    participants = [check_join_request(name, request, peers) for name, request in requests]
    if len({p.node_id for p in participants}) != len(participants):
        raise InvalidQuery("a node appears twice among the participants")
    if run_dir.exists() and any(run_dir.iterdir()):
        raise InvalidQuery(f"run folder {run_dir} is not empty")
    run_dir.mkdir(parents=True, exist_ok=True)
    ca, _, _ = make_tls(run_dir / "tls", host)
    try:
        plan = Plan(run=new_run_id(source["id"]), coordinator=org, expert=source, labels=sorted(labels),
                    participants=participants, superlink=f"{host}:{port or free_port()}",
                    tls_ca=ca.read_text(encoding="ascii"), created_at=now(), **settings)
    except ValidationError as exc:
        raise InvalidQuery(f"invalid run settings: {exc.errors()[0]['msg']}") from exc
    sign_plan(plan, private_key, run_dir / PLAN_FILE)
    settings = source.get("classifier", {})
    for extra in [name for name in (settings.get("rules"), settings.get("advice")) if name] + [DOSSIER_FILE]:
        if (manifest_path.parent / extra).is_file():
            shutil.copyfile(manifest_path.parent / extra, run_dir / Path(extra).name)
    return plan


def _flwr(args: list[str], run_dir: Path, timeout_s: float = 60) -> str:
    try:
        done = subprocess.run([flower_bin("flwr"), *args], capture_output=True, text=True, timeout=timeout_s,
                              env=process_env(run_dir / "flwr-home"), cwd=run_dir, check=False)
    except subprocess.TimeoutExpired as exc:
        raise ConfigError(f"flwr {args[0]} did not answer in {timeout_s:.0f} s") from exc
    if done.returncode != 0:
        raise ConfigError(f"flwr {args[0]} failed ({done.returncode}): {(done.stdout + done.stderr)[-600:]}")
    return done.stdout


def run(run_dir: Path, private_key: Path, out: Path, *, timeout_s: float = 600, step: Step = lambda s: None,
        ready: Callable[[], None] = lambda: None) -> ExpertPackage:
    """Start the SuperLink, register the plan's SuperNode keys, run the rounds, write the signed package."""
    plan = read_plan(run_dir / PLAN_FILE)
    host, port = plan.superlink.rsplit(":", 1)
    home = run_dir / "flwr-home"
    home.mkdir(exist_ok=True)
    (home / "config.toml").write_text(
        f'[superlink]\ndefault = "{FEDERATION}"\n\n[superlink.{FEDERATION}]\naddress = "{plan.superlink}"\n'
        f'root-certificates = "{run_dir / "tls" / "ca.pem"}"\n', encoding="utf-8")
    fab.write_app(run_dir / "app")
    step("starting the SuperLink (TLS, SuperNode authentication)")
    superlink = start([flower_bin("flower-superlink"), "--ssl-ca-certfile", str(run_dir / "tls" / "ca.pem"),
                       "--ssl-certfile", str(run_dir / "tls" / "server.pem"),
                       "--ssl-keyfile", str(run_dir / "tls" / "server.key"), "--enable-supernode-auth",
                       "--disable-runtime-dependency-installation", "--database", str(run_dir / "superlink.db"),
                       "--host", host, "--port", port], run_dir / "superlink.log", process_env(home))
    try:
        wait_for_port(host, int(port), 60, superlink.process)
        for participant in plan.participants:
            key_file = run_dir / "keys" / f"{participant.name}.pub"
            atomic_write(key_file, participant.supernode_key.encode("ascii") + b"\n")
            register = ["supernode", "register", str(key_file), FEDERATION, "--name", participant.name]
            _retry(partial(_flwr, register, run_dir), superlink)
        (run_dir / READY_FILE).write_text(plan.run, encoding="utf-8")
        ready()
        step(f"waiting for {len(plan.participants)} participants and {plan.rounds} rounds")
        result_dir = run_dir / "result"
        _flwr(["run", str(run_dir / "app"), FEDERATION, "--run-config",
               f'plan="{run_dir / PLAN_FILE}" out="{result_dir}"'], run_dir)
        _wait_for(result_dir / fab.RESULT_FILE, timeout_s, superlink)
    finally:
        superlink.stop()
    step("writing the signed expert package")
    write_package(plan, run_dir, result_dir, out)
    sign(out, private_key)
    return ExpertPackage.open(out)


def _retry(call: Callable[[], str], superlink: Running, attempts: int = 20) -> str:
    for attempt in range(attempts):
        try:
            return call()
        except ConfigError:
            if attempt == attempts - 1 or superlink.process.poll() is not None:
                raise
            time.sleep(0.5)
    raise AssertionError("unreachable")


def _wait_for(path: Path, timeout_s: float, superlink: Running) -> None:
    deadline = time.monotonic() + timeout_s
    while not path.exists():
        if superlink.process.poll() is not None:
            raise ConfigError(f"the SuperLink stopped (code {superlink.process.returncode}); see {superlink.log}")
        if time.monotonic() > deadline:
            raise ConfigError(f"the run did not finish in {timeout_s:.0f} s; see {superlink.log}")
        time.sleep(0.5)


def write_package(plan: Plan, run_dir: Path, result_dir: Path, out: Path) -> Path:
    """An ordinary classifier package: hashed model, the plan's labels and each participant's numbers."""
    with np.load(result_dir / fab.WEIGHTS_FILE, allow_pickle=False) as arrays:
        model = HashedTextClassifier(plan.labels, arrays["coef"], arrays["intercept"])
    result = json.loads((result_dir / fab.RESULT_FILE).read_text(encoding="utf-8"))
    final = result["evaluate"][str(plan.rounds)]
    metrics = []
    for p in plan.participants:
        n = int(final.get(f"{fab.COUNT_PREFIX}{p.name}", 0))
        if n:
            score = float(final[f"{fab.ACCURACY_PREFIX}{p.name}"])
            metrics.append(Metric(name="accuracy", value=round(score, 4), n=n,
                                  dataset=f"{p.name} local held-out (computed at node {p.node_id})"))
    total = sum(m.n for m in metrics)
    if total:
        metrics.append(Metric(name="accuracy", value=round(float(final["accuracy"]), 4),
                              dataset="all participants' local held-out, weighted", n=total))
    source = {k: v for k, v in plan.expert.items() if k not in ("classifier", "labels")}
    settings = plan.expert.get("classifier", {})
    rules, advice = settings.get("rules"), settings.get("advice")
    epsilon = plan.epsilon()
    federation = {"run": plan.run, "rounds": plan.rounds, "strategy": plan.strategy,
                  "proximal_mu": plan.proximal_mu, "coordinator": plan.coordinator, "secagg": plan.secagg,
                  "differential_privacy": {"noise_multiplier": plan.dp_noise, "clip": plan.dp_clip,
                                           "epsilon": round(epsilon, 3), "delta": plan.dp_delta,
                                           "unit": "organization"} if epsilon is not None else None,
                  "participants": [{"name": p.name, "node_id": p.node_id} for p in plan.participants]}
    # The rules and the advice travel with the model: a federated expert gives the same safety answers.
    config = ClassifierConfig(rules=Path(rules).name if rules else None, advice=Path(advice).name if advice else None,
                              labels=plan.expert["labels"], federation=federation)
    # The coordinator signs the package, so it is its publisher (vetting binds the two).
    manifest = manifest_from_dict({**source, "publisher": plan.coordinator, "kind": "classifier",
                                   "metrics": [m.model_dump() for m in metrics],
                                   "config": config.model_dump(mode="json", exclude_none=True)}, MANIFEST_FILE)
    if out.exists() and any(out.iterdir()):
        raise BuildError(f"output folder {out} is not empty")
    out.mkdir(parents=True, exist_ok=True)
    model.save(out, config.model)
    for extra in [Path(name).name for name in (rules, advice) if name] + [DOSSIER_FILE]:
        if (run_dir / extra).is_file():
            shutil.copyfile(run_dir / extra, out / extra)
    (out / MANIFEST_FILE).write_text(manifest.to_json(), encoding="utf-8")
    return out
