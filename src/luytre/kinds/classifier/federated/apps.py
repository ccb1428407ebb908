"""The Flower ServerApp and ClientApp of a luytre federated run.

These run inside Flower's own processes (``flwr-serverapp`` at the coordinator,
``flwr-clientapp`` at each node), in the Flower environment, so they import only
NumPy, scikit-learn and luytre's pure-Python text and training modules; never the
node, the database or the signing code. A node's ClientApp reads its labelled data
from the path its operator gave (``--node-config data=…``), sends back only model
weights and aggregate numbers, and appends what it sent to a spool file that
``luytre federate join`` moves into the node's audit log.

They use Flower's workflow API (``LegacyContext`` + ``DefaultWorkflow``) because in
flwr 1.42 SecAgg+ (``SecAggPlusWorkflow`` + ``secaggplus_mod``) exists only there.
The privacy a node agreed to in the signed plan (SecAgg+, clipping for DP) is
enforced by the node's own mod, whatever the coordinator's ServerApp sends.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import time
from datetime import UTC, datetime
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
from flwr.app import ConfigRecord, Context, Message, MessageType, RecordDict
from flwr.client import ClientApp, NumPyClient
from flwr.client.mod import fixedclipping_mod, secaggplus_mod
from flwr.common import Metrics, ndarrays_to_parameters
from flwr.common.constant import MessageTypeLegacy
from flwr.common.secure_aggregation.secaggplus_constants import RECORD_KEY_CONFIGS, Key, Stage
from flwr.server import Grid, LegacyContext, ServerApp, ServerConfig
from flwr.server.strategy import DifferentialPrivacyClientSideFixedClipping, FedAdam, FedAvg, FedProx, Strategy
from flwr.server.workflow import DefaultWorkflow, SecAggPlusWorkflow
from flwr.server.workflow.constant import MAIN_PARAMS_RECORD
from flwr.supercore.differential_privacy import KEY_CLIPPING_NORM

from luytre.kinds.classifier.federated.fab import (
    ACCURACY_PREFIX,
    COUNT_PREFIX,
    LAST_UPDATE_FILE,
    RECEIVED_FILE,
    RESULT_FILE,
    WEIGHTS_FILE,
)
from luytre.kinds.classifier.federated.learn import (
    LocalData,
    TrainOptions,
    evaluate_rows,
    fit_local,
    read_rows,
    split_local,
)
from luytre.storage import atomic_write, write_npz

# SecAgg+ quantizes each update scaled by examples / SECAGG_MAX_EXAMPLES into [-range, range]:
# weights of this model stay far inside it (see docs/federated-training.md).
SECAGG_MAX_EXAMPLES = 10_000
SECAGG_CLIPPING_RANGE = 64.0
SECAGG_QUANTIZATION = 2**24
FINISHED = "luytre-finished"


def digest(arrays: list[np.ndarray]) -> str:
    """SHA-256 over the arrays' float32 bytes: how a node and the coordinator name the same update."""
    h = hashlib.sha256()
    for array in arrays:
        h.update(np.ascontiguousarray(array, dtype=np.float32).tobytes())
    return h.hexdigest()


# -- node side -----------------------------------------------------------------
def _node_setting(context: Context, key: str) -> str:
    value = context.node_config.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"this SuperNode was started without node-config {key!r} (use luytre federate join)")
    return value


def _spool(context: Context, record: dict[str, Any]) -> None:
    """Append what left this node to its spool (one JSON line; O_APPEND keeps lines whole)."""
    record = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    line = (json.dumps(record, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(_node_setting(context, "spool"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


class Participant(NumPyClient):
    """One organization's side of every round: train or evaluate on its own rows, report numbers only."""

    def __init__(self, context: Context) -> None:
        self.context = context
        self.run = _node_setting(context, "run")

    def _checked(self, config: dict[str, Any]) -> dict[str, Any]:
        if config.get("run") != self.run:
            raise ValueError("this message is for a run this node did not join")
        return config

    def _local(self, config: dict[str, Any]) -> LocalData:
        return split_local(read_rows(Path(_node_setting(self.context, "data"))), seed=int(config.get("seed", 0)))

    def fit(self, parameters: list[np.ndarray], config: dict[str, Any]) -> tuple[list[np.ndarray], int, Metrics]:
        config = self._checked(config)
        coef, intercept = parameters
        local = self._local(config)
        options = TrainOptions(epochs=int(config["local-epochs"]), learning_rate=float(config["learning-rate"]),
                               proximal_mu=float(config.get("proximal_mu", 0.0)),
                               balanced=bool(config.get("balanced", False)))
        new = [a.astype(np.float32) for a in fit_local([t for t, _ in local.train], [y for _, y in local.train],
                                                       json.loads(config["classes"]), coef, intercept, options)]
        secagg = bool(self.context.node_config.get("secagg", False))
        # This node's own copy of its last update before masking or clipping (it never leaves the node).
        write_npz(Path(_node_setting(self.context, "spool")).with_name(LAST_UPDATE_FILE),
                  {"coef": new[0], "intercept": new[1], "examples": np.array(len(local.train))})
        # SecAgg+ sends the update quantized and masked as int64 (plus its weight): twice the float32 size.
        size = (sum(a.size for a in new) + 1) * 8 if secagg else sum(a.nbytes for a in new)
        _spool(self.context, {"run": self.run, "round": int(config["server-round"]), "phase": "train",
                              "sent": "masked_model_update" if secagg else "model_update",
                              "bytes": int(size), "shape": list(new[0].shape),
                              "examples": len(local.train), "sha256_before_masking": digest(new),
                              "clip": float(self.context.node_config.get("clip", 0.0))})
        # Under DP every node weighs the same, as the noise is calibrated for (clip / nodes per node).
        return new, 1 if self.context.node_config.get("clip", 0.0) else len(local.train), {}

    def evaluate(self, parameters: list[np.ndarray], config: dict[str, Any]) -> tuple[float, int, Metrics]:
        config = self._checked(config)
        coef, intercept = parameters
        held_out = self._local(config).held_out
        loss, score = evaluate_rows(coef, intercept, json.loads(config["classes"]), held_out)
        name = _node_setting(self.context, "participant")
        _spool(self.context, {"run": self.run, "round": int(config["server-round"]), "phase": "evaluate",
                              "sent": "aggregate_metrics", "bytes": 8 * 3, "metrics": ["loss", "accuracy", "n"],
                              "examples": len(held_out)})
        return loss, max(len(held_out), 1), {"accuracy": score, "participant": name}

    def get_properties(self, config: dict[str, Any]) -> dict[str, Any]:
        """The coordinator's last word: the run is over, so this node's SuperNode may stop."""
        config = self._checked(config)
        if config.get("luytre") == FINISHED:
            _spool(self.context, {"run": self.run, "round": int(config["rounds"]), "phase": "finished",
                                  "sent": "nothing", "bytes": 0})
        return {}


def _checked_clipping(msg: Message, context: Context, call_next: Any, clip: float) -> Message:
    fit_config = msg.content.config_records.get("fitins.config", ConfigRecord())
    if float(fit_config.get(KEY_CLIPPING_NORM, -1.0)) != clip:
        raise ValueError(f"refused: the plan requires clipping every update to norm {clip}, and this round's "
                         "coordinator does not ask for it")
    return fixedclipping_mod(msg, context, call_next)


def agreed_privacy(msg: Message, context: Context, call_next: Any) -> Message:
    """SecAgg+ and client-side clipping as the node agreed to in the signed plan (``--node-config``).

    A training message that does not follow them is refused, so a coordinator cannot quietly
    collect this node's plain update in a run announced with SecAgg+."""
    if msg.metadata.message_type != MessageType.TRAIN:
        return call_next(msg, context)
    clip = float(context.node_config.get("clip", 0.0))
    inner = partial(_checked_clipping, call_next=call_next, clip=clip) if clip > 0 else call_next
    if context.node_config.get("secagg", False):
        if RECORD_KEY_CONFIGS not in msg.content.config_records:
            raise ValueError("refused: the plan requires SecAgg+ and this training round is not secure aggregation")
        stage = str(msg.content.config_records[RECORD_KEY_CONFIGS].get(Key.STAGE, ""))
        reply = secaggplus_mod(msg, context, inner)
        _spool_secagg_stage(context, stage, reply)
        return reply
    return inner(msg, context)


def _spool_secagg_stage(context: Context, stage: str, reply: Message) -> None:
    """Audit the protocol's own messages (public keys, encrypted shares, unmasking shares); the masked
    update itself is spooled by ``fit``. Each round starts with the setup stage."""
    counter = context.state.config_records.setdefault("luytre", ConfigRecord({"round": 0}))
    if stage == Stage.SETUP:
        counter["round"] = int(counter["round"]) + 1
    if stage == Stage.COLLECT_MASKED_VECTORS or not reply.has_content():
        return
    size = sum(len(v) if isinstance(v, bytes) else 8 for record in reply.content.config_records.values()
               for value in record.values() for v in (value if isinstance(value, list) else [value]))
    _spool(context, {"run": _node_setting(context, "run"), "round": int(counter["round"]), "phase": "train",
                     "sent": f"secagg_{stage}", "bytes": int(size)})


server_app = ServerApp()
client_app = ClientApp(client_fn=lambda context: Participant(context).to_client(), mods=[agreed_privacy])


# -- coordinator side ----------------------------------------------------------
def per_participant_metrics(results: list[tuple[int, Metrics]]) -> Metrics:
    """Weighted mean accuracy, plus each participant's own figures passed through unchanged."""
    merged: dict[str, Any] = {}
    total, weighted = 0, 0.0
    for n, metrics in results:
        total += n
        weighted += n * float(metrics["accuracy"])
        merged[f"{ACCURACY_PREFIX}{metrics['participant']}"] = float(metrics["accuracy"])
        merged[f"{COUNT_PREFIX}{metrics['participant']}"] = int(n)
    merged["accuracy"] = weighted / total if total else 0.0
    return merged


class RecordingGrid:
    """The Grid, plus a line per reply naming every array the coordinator received (dtype, shape, SHA-256).

    With SecAgg+ none of them is a node's own update: the check in tests and the bench."""

    def __init__(self, grid: Grid, path: Path) -> None:
        self._grid = grid
        self._path = path

    def __getattr__(self, name: str) -> Any:
        return getattr(self._grid, name)

    def send_and_receive(self, messages: Any, *, timeout: float | None = None) -> Any:
        replies = list(self._grid.send_and_receive(messages, timeout=timeout))
        with open(self._path, "a", encoding="utf-8") as out:
            for reply in replies:
                if not reply.has_content():
                    continue
                arrays = [_described(name, [a.numpy() for a in record.values()])
                          for name, record in reply.content.array_records.items() if record]
                # SecAgg+ carries its masked vectors as serialized arrays inside a config record.
                for name, config in reply.content.config_records.items():
                    for key, value in config.items():
                        read = [_npy(v) for v in (value if isinstance(value, list) else [value])]
                        values = [v for v in read if v is not None]
                        if values and len(values) == len(read):
                            arrays.append(_described(f"{name}.{key}", values))
                out.write(json.dumps({"node": reply.metadata.src_node_id, "type": reply.metadata.message_type,
                                      "arrays": arrays}) + "\n")
        return replies


def _npy(value: object) -> np.ndarray | None:
    if not isinstance(value, bytes) or not value.startswith(b"\x93NUMPY"):
        return None
    array: np.ndarray = np.load(io.BytesIO(value), allow_pickle=False)
    return array


def _described(name: str, values: list[np.ndarray]) -> dict[str, Any]:
    return {"record": name, "dtypes": sorted({str(v.dtype) for v in values}),
            "shapes": [list(v.shape) for v in values], "sha256_float32": digest(values)}


def strategy_for(plan: dict[str, Any], initial: list[np.ndarray]) -> Strategy:
    nodes = len(plan["participants"])
    settings = {"run": plan["run"], "classes": json.dumps(plan["labels"]), "local-epochs": plan["local_epochs"],
                "learning-rate": plan["learning_rate"], "balanced": plan["balanced"]}
    common: dict[str, Any] = {
        "fraction_fit": 1.0, "fraction_evaluate": 1.0, "min_fit_clients": nodes, "min_evaluate_clients": nodes,
        "min_available_clients": nodes, "accept_failures": False, "initial_parameters": ndarrays_to_parameters(initial),
        "on_fit_config_fn": lambda r: {**settings, "server-round": r},
        "on_evaluate_config_fn": lambda r: {**settings, "server-round": r},
        "evaluate_metrics_aggregation_fn": per_participant_metrics}
    strategy: Strategy
    if plan["strategy"] == "fedprox":
        strategy = FedProx(proximal_mu=plan["proximal_mu"], **common)
    elif plan["strategy"] == "fedadam":
        strategy = FedAdam(eta=plan["server_learning_rate"], **common)
    else:
        strategy = FedAvg(**common)
    if plan["dp_noise"] > 0:
        strategy = DifferentialPrivacyClientSideFixedClipping(strategy, noise_multiplier=plan["dp_noise"],
                                                              clipping_norm=plan["dp_clip"], num_sampled_clients=nodes)
    return strategy


def secagg_workflow(nodes: int) -> SecAggPlusWorkflow:
    """Every node shares its secrets with all others; a majority (at least 2) is needed to unmask."""
    return SecAggPlusWorkflow(num_shares=nodes, reconstruction_threshold=max(2, nodes // 2 + 1),
                              max_weight=SECAGG_MAX_EXAMPLES, clipping_range=SECAGG_CLIPPING_RANGE,
                              quantization_range=SECAGG_QUANTIZATION, timeout=600)


@server_app.main()
def main(grid: Grid, context: Context) -> None:
    plan = json.loads(Path(str(context.run_config["plan"])).read_text(encoding="utf-8"))["plan"]
    out = Path(str(context.run_config["out"]))
    out.mkdir(parents=True, exist_ok=True)
    labels, nodes = plan["labels"], len(plan["participants"])
    initial = [np.zeros((plan["n_features"], len(labels)), dtype=np.float32), np.zeros(len(labels), dtype=np.float32)]
    legacy = LegacyContext(context=context, config=ServerConfig(num_rounds=plan["rounds"], round_timeout=600),
                           strategy=strategy_for(plan, initial))
    recording = RecordingGrid(grid, out / RECEIVED_FILE)
    DefaultWorkflow(fit_workflow=secagg_workflow(nodes) if plan["secagg"] else None)(recording, legacy)  # type: ignore[arg-type]  # RecordingGrid wraps a Grid
    # Tell the nodes the run is over without waiting for their replies: a node stops its SuperNode
    # as soon as it has the message, so a reply may arrive only in part (pulling it would wait forever).
    done = RecordDict({"getpropertiesins.config": ConfigRecord({"luytre": FINISHED, "run": plan["run"],
                                                                 "rounds": plan["rounds"]})})
    grid.push_messages([Message(done, dst_node_id=node, message_type=MessageTypeLegacy.GET_PROPERTIES)
                        for node in grid.get_node_ids()])
    # The SuperLink drops a finished run's undelivered messages: stay until the nodes have left (bounded).
    deadline = time.monotonic() + 120
    while grid.get_node_ids() and time.monotonic() < deadline:
        time.sleep(1)
    coef, intercept = legacy.state.array_records[MAIN_PARAMS_RECORD].to_numpy_ndarrays()
    write_npz(out / WEIGHTS_FILE, {"coef": coef.astype(np.float32), "intercept": intercept.astype(np.float32)})
    rounds: dict[str, dict[str, Any]] = {}
    for key, series in legacy.history.metrics_distributed.items():
        for server_round, value in series:
            rounds.setdefault(str(server_round), {})[key] = value
    atomic_write(out / RESULT_FILE, json.dumps({"run": plan["run"], "evaluate": rounds}).encode("utf-8"))
