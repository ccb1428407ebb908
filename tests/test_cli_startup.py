"""Commands that never scan text start without the personal-data scanner: presidio and spaCy take seconds of
CPU to import, and without compiling the privacy lexicon's patterns (~0.1 s). Each command runs as a
subprocess, as a user runs it, reporting on exit what it imported and whether it compiled the lexicon."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import TYPE_CHECKING, cast

import pytest

if TYPE_CHECKING:
    from luytre.sovereignty.pii import PiiScanner

SCANNER_PACKAGES = ("presidio_analyzer", "spacy")
# `luytre ARGS`, then, on exit (after typer's own sys.exit), the watched packages it imported and whether it
# compiled the privacy lexicon.
PROBE = """
import atexit, sys
watched = set(sys.argv[1].split(","))

def report():
    categories = sys.modules.get("luytre.sovereignty.categories")
    compiled = bool(categories and categories.lexicon.cache_info().currsize)
    sys.stderr.write("\\nCOMPILED " + str(compiled) + "\\nIMPORTED " + " ".join(sorted(
        {name.split(".")[0] for name in sys.modules} & watched)) + "\\n")

atexit.register(report)
from luytre.cli.main import run
sys.argv = ["luytre", *sys.argv[2:]]
run()
"""


def _probe(*args: str, watched: tuple[str, ...] = SCANNER_PACKAGES) -> tuple[list[str], bool]:
    """The watched packages ``luytre ARGS`` imported, and whether it compiled the privacy lexicon."""
    env = {**os.environ, "NO_COLOR": "1"}
    env.pop("LUYTRE_HOME", None)
    done = subprocess.run([sys.executable, "-c", PROBE, ",".join(watched), *args], capture_output=True,
                          text=True, timeout=300, env=env)
    assert done.returncode == 0, done.stderr[-2000:]
    report = done.stderr.rsplit("\nCOMPILED ", 1)[1]
    return report.split("IMPORTED", 1)[1].split(), report.startswith("True")


def _imported(*args: str, watched: tuple[str, ...] = SCANNER_PACKAGES) -> list[str]:
    return _probe(*args, watched=watched)[0]


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
def test_commands_that_scan_no_text_neither_import_the_scanner_nor_compile_the_lexicon(command, home_copy, tmp_path):
    home, _ = home_copy
    args = [part.format(home=home, tmp=tmp_path) for part in command]
    assert _probe(*args) == ([], False)


def test_a_command_that_scans_imports_it_and_compiles_the_lexicon(tmp_path):
    """The probe sees the scanner and the lexicon where they are needed (so the tests around are not vacuous)."""
    assert _probe("pii", "scan", "Tôi là Nguyễn Văn An, số điện thoại 0912 345 678") == (list(SCANNER_PACKAGES), True)


def test_the_gate_compiles_the_lexicon_when_it_is_built():
    """A serving node builds its gate before its first request (``Node.watch``): the first ask does not pay
    for the lexicon's patterns within its CPU budget."""
    from luytre.sovereignty.categories import lexicon
    from luytre.sovereignty.consent import ConsentRegister
    from luytre.sovereignty.policy import Policy
    from luytre.sovereignty.privacy_gate import Gate

    lexicon.cache_clear()
    Gate(cast("PiiScanner", None), Policy.default(), ConsentRegister.__new__(ConsentRegister))  # nothing scanned
    assert lexicon.cache_info().currsize == 1


@pytest.mark.parametrize("command", [
    ("expert", "list", "--home", "{home}"),
    ("expert", "info", "vn-identity", "--home", "{home}"),
    ("status", "--json", "--home", "{home}"),
])
def test_commands_that_read_the_store_import_neither_the_web_stack_nor_alembic(command, home_copy):
    """FastAPI (~0.3 s) is for serving, Alembic (~0.7 s with the migration files) for a store behind its schema."""
    home, _ = home_copy
    assert _imported(*(part.format(home=home) for part in command), watched=("fastapi", "alembic")) == []
