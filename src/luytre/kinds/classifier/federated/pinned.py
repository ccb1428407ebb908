"""``flwr-clientapp`` for a luytre node: it runs the ClientApp installed here, never code from a FAB.

Flower's own ``flwr-clientapp`` installs the FAB the SuperLink pushes, puts its folder first
on ``sys.path`` and imports the component it names, so whoever runs the SuperLink decides
what code runs at every node. Flower's defence (``flower-supernode --trusted-entities``)
accepts only FABs carrying a verification that Flower Hub issues online. A SuperNode
started by ``luytre federate join`` finds this program first on its PATH instead: the
same runtime (pull the task, heartbeat, push the reply), but the FAB is only checked to
be luytre's app descriptor (``fab.PYPROJECT``'s components, no other file) and the
ClientApp is ``luytre.kinds.classifier.federated.apps.client_app`` from the node's own
installation. Anything else is refused before any of it runs. It hooks two functions
of flwr 1.42.0's runtime, so it refuses any other Flower version.
"""

from __future__ import annotations

import io
import sys
import tomllib
import zipfile
from pathlib import Path
from typing import Any

FLOWER_VERSION = "1.42.0"
FAB_FILES = {"pyproject.toml", ".info/CONTENT"}


class FabRefused(ValueError):
    """The coordinator pushed an app this node did not approve."""


def check_fab(content: bytes) -> None:
    """Accept only luytre's descriptor-only FAB: no code, the components this node runs anyway."""
    from luytre.kinds.classifier.federated.fab import PYPROJECT

    try:
        with zipfile.ZipFile(io.BytesIO(content)) as fab:
            names = set(fab.namelist())
            pushed = tomllib.loads(fab.read("pyproject.toml").decode("utf-8"))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:  # not a zip; no pyproject.toml; not UTF-8 TOML
        raise FabRefused(f"refused: the pushed app is not a readable FAB ({exc})") from exc
    if names - FAB_FILES:
        raise FabRefused(f"refused: the pushed app carries files this node did not approve: "
                         f"{sorted(names - FAB_FILES)}")
    expected = tomllib.loads(PYPROJECT)["tool"]["flwr"]["app"]["components"]
    if pushed.get("tool", {}).get("flwr", {}).get("app", {}).get("components") != expected:
        raise FabRefused("refused: the pushed app names components other than luytre's federated apps")


def main() -> None:
    import flwr
    import flwr.supernode.runtime.run_clientapp as runtime
    from flwr.supernode.cli.flwr_clientapp import flwr_clientapp

    if flwr.__version__ != FLOWER_VERSION:
        sys.exit(f"luytre's pinned clientapp supports flwr {FLOWER_VERSION}, not {flwr.__version__}")

    def install(content: bytes, *args: Any, **kwargs: Any) -> None:
        check_fab(content)

    def local_app(**kwargs: Any) -> Any:
        from luytre.kinds.classifier.federated.apps import client_app

        return lambda fab_id, fab_version, fab_hash: client_app

    runtime.install_from_fab = install
    runtime.get_load_client_app_fn = local_app
    runtime.get_project_dir = lambda *args, **kwargs: Path.cwd()  # no FAB folder: nothing is installed
    flwr_clientapp()


if __name__ == "__main__":
    main()
