"""What a participating node refuses, whatever the coordinator sends: apps it did not approve
(luytre's pinned flwr-clientapp), training rounds without the SecAgg+ or clipping the signed plan
promised; and the epsilon a plan states for differential privacy."""

from __future__ import annotations

import math
import subprocess
import textwrap
from pathlib import Path

import pytest

from luytre.kinds.classifier.federated.plan import dp_epsilon
from luytre.kinds.classifier.federated.runtime import flower_bin
from test_federated import needs_flower


def _in_flower(code: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """Run ``code`` in Flower's environment (where the apps run), telemetry off."""
    return subprocess.run([flower_bin("python"), "-c", textwrap.dedent(code)], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path, env={"FLWR_TELEMETRY_ENABLED": "0", "PATH": "/usr/bin:/bin",
                                                          "FLWR_DISABLE_UPDATE_CHECK": "1", "FLWR_HOME": str(tmp_path)})


@needs_flower
def test_the_pinned_clientapp_accepts_only_luytres_descriptor(tmp_path: Path) -> None:
    """FABs built by Flower's own builder: luytre's descriptor passes; one carrying code, or naming
    other components, is refused before anything from it is imported."""
    done = _in_flower("""
        from pathlib import Path
        from flwr.cli.build import build_fab_from_files
        from luytre.kinds.classifier.federated.fab import PYPROJECT
        from luytre.kinds.classifier.federated.pinned import FabRefused, check_fab

        ours = build_fab_from_files({"pyproject.toml": PYPROJECT.encode()})[0]
        check_fab(ours)
        with_code = build_fab_from_files({"pyproject.toml": PYPROJECT.encode(),
                                          "luytre/__init__.py": b"import os; os.system('id')"})[0]
        other = PYPROJECT.replace("luytre.kinds.classifier.federated.apps:client_app", "evil.app:client_app")
        other_app = build_fab_from_files({"pyproject.toml": other.encode()})[0]
        for name, fab in (("code", with_code), ("components", other_app), ("garbage", b"PK not a zip")):
            try:
                check_fab(fab)
            except FabRefused as exc:
                print(name, "refused:", exc)
            else:
                print(name, "ACCEPTED")
        """, tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert [line.split()[:2] for line in lines] == [["code", "refused:"], ["components", "refused:"],
                                                   ["garbage", "refused:"]]
    assert "luytre/__init__.py" in lines[0]


@needs_flower
def test_a_node_refuses_training_rounds_its_plan_did_not_promise(tmp_path: Path) -> None:
    """The node's mod, given the plan's settings as node-config: a plain training message in a
    SecAgg+ run, or one without the agreed clipping norm, is refused and its ClientApp never runs."""
    done = _in_flower("""
        import numpy as np
        from flwr.app import Context, Message, MessageType, RecordDict
        from flwr.common import FitIns, ndarrays_to_parameters
        from flwr.compat.common.recorddict_compat import fitins_to_recorddict
        from flwr.supercore.task_identity import TaskIdentity
        from luytre.kinds.classifier.federated.apps import agreed_privacy

        TaskIdentity.run_id, TaskIdentity.node_id, TaskIdentity.task_id = 1, 1, 1  # as flwr-clientapp sets them

        def context(**node_config):
            return Context(run_id=1, node_id=1, node_config=node_config, state=RecordDict(), run_config={})

        def train(config):
            ins = FitIns(ndarrays_to_parameters([np.zeros((4, 2), np.float32)]), config)
            return Message(fitins_to_recorddict(ins, keep_input=True), dst_node_id=1, message_type=MessageType.TRAIN)

        def app(msg, ctxt):
            print("APP RAN")
            raise SystemExit(1)

        for name, ctxt, msg in (("secagg", context(run="r", secagg=True, clip=0.0), train({"run": "r"})),
                                ("clip", context(run="r", secagg=False, clip=10.0), train({"run": "r"})),
                                ("wrong clip", context(run="r", secagg=False, clip=10.0),
                                 train({"run": "r", "clipping_norm": 1000.0}))):
            try:
                agreed_privacy(msg, ctxt, app)
            except ValueError as exc:
                print(name, "|", exc)
        """, tmp_path)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "APP RAN" not in done.stdout
    refusals = dict(line.split(" | ") for line in done.stdout.splitlines())
    assert set(refusals) == {"secagg", "clip", "wrong clip"}
    assert "requires SecAgg+" in refusals["secagg"]
    assert all("clipping every update to norm 10.0" in refusals[k] for k in ("clip", "wrong clip"))


def _exact_delta(epsilon: float, mu: float) -> float:
    """delta(epsilon) of a Gaussian mechanism that is mu-GDP (Dong, Roth & Su 2019, Corollary 2.13)."""
    phi = lambda x: 0.5 * math.erfc(-x / math.sqrt(2))  # noqa: E731 - the normal CDF, as written in the paper
    return phi(-epsilon / mu + mu / 2) - math.exp(epsilon) * phi(-epsilon / mu - mu / 2)


@pytest.mark.parametrize(("noise", "rounds"), [(1.0, 5), (1.0, 10), (2.0, 10), (5.0, 20)])
def test_the_stated_epsilon_is_a_valid_and_close_bound(noise: float, rounds: int) -> None:
    """``rounds`` Gaussian releases of sensitivity 1 and noise ``noise`` are exactly
    sqrt(rounds)/noise-GDP: the stated epsilon must hold (delta at it <= 1e-5) and not be loose."""
    epsilon = dp_epsilon(noise, rounds, 1e-5)
    mu = math.sqrt(rounds) / noise
    assert _exact_delta(epsilon, mu) <= 1e-5
    exact = next(e / 100 for e in range(1, 100_000) if _exact_delta(e / 100, mu) <= 1e-5)
    assert exact <= epsilon < 1.25 * exact + 0.5
