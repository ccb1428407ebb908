"""The Flower ServerApp and ClientApp of a luytre federated run.

These run inside Flower's own processes (``flwr-serverapp`` at the coordinator,
``flwr-clientapp`` at each node), in the Flower environment, so they import only
NumPy, scikit-learn and luytre's pure-Python text and training modules; never the
node, the database or the signing code. A node's ClientApp reads its labelled data
from the path its operator gave (``--node-config data=…``), sends back only model
weights and aggregate numbers, and appends what it sent to a spool file that
``luytre federate join`` moves into the node's audit log.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path

import numpy as np
from flwr.app import ArrayRecord, ConfigRecord, Context, Message, MessageType, MetricRecord, RecordDict
from flwr.clientapp import ClientApp
from flwr.serverapp import Grid, ServerApp
from flwr.serverapp.strategy import FedAvg, FedProx

from luytre.kinds.classifier.federated.fab import ACCURACY_PREFIX, COUNT_PREFIX, RESULT_FILE, WEIGHTS_FILE
from luytre.kinds.classifier.federated.learn import TrainOptions, accuracy, fit_local, read_rows, split_local
from luytre.storage import atomic_write, write_npz

server_app = ServerApp()
client_app = ClientApp()


# -- node side -----------------------------------------------------------------
def _node_setting(context: Context, key: str) -> str:
    value = context.node_config.get(key)
    if not isinstance(value, str) or not value:
        raise ValueError(f"this SuperNode was started without node-config {key!r} (use luytre federate join)")
    return value


def _checked_config(msg: Message, context: Context) -> ConfigRecord:
    """The round's settings, refused unless they are for the run this node agreed to join."""
    config = msg.content["config"]
    if config.get("run") != _node_setting(context, "run"):
        raise ValueError("this message is for a run this node did not join")
    return config


def _local_data(context: Context, config: ConfigRecord):  # noqa: ANN202 - LocalData
    rows = read_rows(Path(_node_setting(context, "data")))
    return split_local(rows, seed=int(config.get("seed", 0)))


def _spool(context: Context, record: dict) -> None:
    """Append what left this node to its spool (one JSON line; O_APPEND keeps lines whole)."""
    record = {"time": datetime.now(UTC).isoformat(timespec="seconds"), **record}
    line = (json.dumps(record, sort_keys=True) + "\n").encode("utf-8")
    fd = os.open(_node_setting(context, "spool"), os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
    try:
        os.write(fd, line)
    finally:
        os.close(fd)


@client_app.train()
def train(msg: Message, context: Context) -> Message:
    config = _checked_config(msg, context)
    coef, intercept = msg.content["arrays"].to_numpy_ndarrays()
    classes = list(config["classes"])
    local = _local_data(context, config)
    options = TrainOptions(epochs=int(config["local-epochs"]), learning_rate=float(config["learning-rate"]),
                           proximal_mu=float(config.get("proximal-mu", 0.0)))
    new_coef, new_intercept = fit_local([t for t, _ in local.train], [label for _, label in local.train], classes,
                                        coef, intercept, options)
    arrays = ArrayRecord([new_coef.astype(np.float32), new_intercept.astype(np.float32)])
    metrics = MetricRecord({"num-examples": len(local.train)})
    _spool(context, {"run": config["run"], "round": int(config["server-round"]), "phase": "train",
                     "sent": "model_update", "bytes": int(new_coef.nbytes + new_intercept.nbytes),
                     "shape": list(new_coef.shape), "examples": len(local.train)})
    return Message(RecordDict({"arrays": arrays, "metrics": metrics}), reply_to=msg)


@client_app.evaluate()
def evaluate(msg: Message, context: Context) -> Message:
    config = _checked_config(msg, context)
    coef, intercept = msg.content["arrays"].to_numpy_ndarrays()
    local = _local_data(context, config)
    name = _node_setting(context, "participant")
    score = accuracy(coef, intercept, list(config["classes"]), local.held_out)
    metrics = MetricRecord({"num-examples": max(len(local.held_out), 1), "accuracy": score})
    # Flower aggregates only metric records with the same keys; the per-participant figure travels beside them.
    own = ConfigRecord({"name": name, "accuracy": score, "n": len(local.held_out)})
    _spool(context, {"run": config["run"], "round": int(config["server-round"]), "phase": "evaluate",
                     "sent": "aggregate_metrics", "bytes": 8 * 4, "metrics": ["accuracy", "num-examples"],
                     "examples": len(local.held_out)})
    return Message(RecordDict({"metrics": metrics, "participant": own}), reply_to=msg)


@client_app.query()
def finished(msg: Message, context: Context) -> Message:
    """The coordinator's last word: the run is over, so this node's SuperNode may stop."""
    config = _checked_config(msg, context)
    _spool(context, {"run": config["run"], "round": int(config["rounds"]), "phase": "finished", "sent": "nothing",
                     "bytes": 0})
    return Message(RecordDict(), reply_to=msg)


# -- coordinator side ----------------------------------------------------------
def per_participant_metrics(records: list[RecordDict], weighting_key: str) -> MetricRecord:
    """Weighted mean accuracy, plus each participant's own figures passed through unchanged."""
    merged: dict[str, float | int] = {}
    total, weighted = 0, 0.0
    for record in records:
        for metrics in record.metric_records.values():
            n = int(metrics[weighting_key])
            total += n
            weighted += n * float(metrics["accuracy"])
        own = record.config_records.get("participant")
        if own is not None:
            merged[f"{ACCURACY_PREFIX}{own['name']}"] = float(own["accuracy"])
            merged[f"{COUNT_PREFIX}{own['name']}"] = int(own["n"])
    merged["accuracy"] = weighted / total if total else 0.0
    return MetricRecord(merged)


@server_app.main()
def main(grid: Grid, context: Context) -> None:
    plan = json.loads(Path(str(context.run_config["plan"])).read_text(encoding="utf-8"))["plan"]
    out = Path(str(context.run_config["out"]))
    nodes = len(plan["participants"])
    common = {"fraction_train": 1.0, "fraction_evaluate": 1.0, "min_train_nodes": nodes,
              "min_evaluate_nodes": nodes, "min_available_nodes": nodes,
              "evaluate_metrics_aggr_fn": per_participant_metrics}
    strategy = FedProx(proximal_mu=plan["proximal_mu"], **common) if plan["strategy"] == "fedprox" \
        else FedAvg(**common)
    labels = plan["labels"]
    initial = ArrayRecord([np.zeros((plan["n_features"], len(labels)), dtype=np.float32),
                           np.zeros(len(labels), dtype=np.float32)])
    settings = ConfigRecord({"run": plan["run"], "classes": labels, "local-epochs": plan["local_epochs"],
                             "learning-rate": plan["learning_rate"]})
    result = strategy.start(grid=grid, initial_arrays=initial, num_rounds=plan["rounds"], timeout=600,
                            train_config=settings, evaluate_config=settings)
    done = ConfigRecord({"run": plan["run"], "rounds": plan["rounds"]})
    grid.send_and_receive([Message(RecordDict({"config": done}), dst_node_id=node, message_type=MessageType.QUERY)
                           for node in grid.get_node_ids()], timeout=30)
    coef, intercept = result.arrays.to_numpy_ndarrays()
    out.mkdir(parents=True, exist_ok=True)
    write_npz(out / WEIGHTS_FILE, {"coef": coef.astype(np.float32), "intercept": intercept.astype(np.float32)})
    rounds = {str(r): dict(m) for r, m in result.evaluate_metrics_clientapp.items()}
    atomic_write(out / RESULT_FILE, json.dumps({"run": plan["run"], "evaluate": rounds}).encode("utf-8"))
