"""The Flower App (FAB) folder of a run, and the names of the files its ServerApp writes.

The FAB holds no code: its ``pyproject.toml`` names components of the luytre
package already installed in each node's Flower environment, so what a node
executes is what its operator installed (see docs/federated-training.md for
what this does and does not protect against).
"""

from __future__ import annotations

from pathlib import Path

from luytre.storage import atomic_write

WEIGHTS_FILE = "weights.npz"
RESULT_FILE = "result.json"
RECEIVED_FILE = "received.jsonl"  # what the coordinator received: per reply, its arrays' dtype, shape, SHA-256
LAST_UPDATE_FILE = "last-update.npz"  # a node's own copy of its last update before masking (stays on the node)
ACCURACY_PREFIX = "accuracy:"
COUNT_PREFIX = "n:"

PYPROJECT = """\
[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "luytre-federated"
version = "1.0.0"
description = "luytre federated training of a classifier expert (components from the installed luytre)"
license = "Apache-2.0"
dependencies = []

[tool.hatch.build.targets.wheel]
packages = ["."]

[tool.flwr.app]
publisher = "luytre"

[tool.flwr.app.components]
serverapp = "luytre.kinds.classifier.federated.apps:server_app"
clientapp = "luytre.kinds.classifier.federated.apps:client_app"

[tool.flwr.app.config]
plan = ""
out = ""
"""


def write_app(directory: Path) -> Path:
    atomic_write(directory / "pyproject.toml", PYPROJECT.encode("utf-8"))
    return directory
