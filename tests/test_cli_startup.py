"""Commands that never scan text start without the personal-data scanner: presidio and spaCy take seconds of
CPU to import. Each command runs as a subprocess, as a user runs it, reporting what it imported on exit."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

SCANNER_PACKAGES = ("presidio_analyzer", "spacy")
# `luytre ARGS`, then, on exit (after typer's own sys.exit), the scanner's packages it imported.
PROBE = """
import atexit, sys
watched = set(sys.argv[1].split(","))
atexit.register(lambda: sys.stderr.write("\\nIMPORTED " + " ".join(sorted(
    {name.split(".")[0] for name in sys.modules} & watched)) + "\\n"))
from luytre.cli.main import run
sys.argv = ["luytre", *sys.argv[2:]]
run()
"""


def _imported(*args: str, watched: tuple[str, ...] = SCANNER_PACKAGES) -> list[str]:
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("LUYTRE_HOME", None)
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(watched), *args], capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stderr.rsplit("IMPORTED", 1)[1].split()


@pytest.mark.parametrize("command", [
    ("--help",),
    ("keys", "create", "--org", "startup-test", "--out", "{tmp}/keys"),
    ("audit", "verify", "--home", "{home}"),
    ("expert", "list", "--home", "{home}"),
    ("expert", "info", "vn-identity", "--home", "{home}"),
    ("expert", "disable", "vn-identity", "--home", "{home}"),
    ("status", "--json", "--home", "{home}"),
    ("client", "list", "--home", "{home}"),
])
def test_commands_that_scan_no_text_do_not_import_the_scanner(command, home_copy, tmp_path):
    home, _ = home_copy
    args = [part.format(home=home, tmp=tmp_path) for part in command]
    assert _imported(*args) == []


def test_a_command_that_scans_imports_it(tmp_path):
    """The probe sees the scanner where it is needed (so the test above is not vacuous)."""
    assert _imported("pii", "scan", "Tôi là Nguyễn Văn An, số điện thoại 0912 345 678") == list(SCANNER_PACKAGES)


@pytest.mark.parametrize("command", [
    ("expert", "list", "--home", "{home}"),
    ("expert", "info", "vn-identity", "--home", "{home}"),
    ("status", "--json", "--home", "{home}"),
])
def test_commands_that_read_the_store_import_neither_the_web_stack_nor_alembic(command, home_copy):
    """FastAPI (~0.3 s) is for serving, Alembic (~0.7 s with the migration files) for a store behind its schema."""
    home, _ = home_copy
    assert _imported(*(part.format(home=home) for part in command), watched=("fastapi", "alembic")) == []
