"""Every command block marked ``<!-- quickstart -->`` in README.md and docs/ runs as written and succeeds.

A block marked ``<!-- quickstart: serving -->`` runs against a node serving on a random loopback port (its
``8470`` is replaced by that port). Each block runs in a fresh folder that holds a copy of the reference node
as ``./.luytre-demo`` (as ``make demo`` leaves it), a documents folder ``./quy-trinh``, and ``.venv/bin/luytre``;
``luytre`` is on PATH; neither ``--home`` nor ``LUYTRE_HOME`` is set, so the blocks find the node as a user's
shell does.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import DATA, ROOT, RunningNode

MARKED = re.compile(r"<!-- quickstart(?P<serving>: serving)? -->\n```bash\n(?P<body>.*?)```", re.S)
BLOCK_TIMEOUT_S = 600


def marked_blocks() -> list[tuple[str, bool, str]]:
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        for number, match in enumerate(MARKED.finditer(path.read_text(encoding="utf-8")), start=1):
            found.append((f"{path.relative_to(ROOT)}#{number}", bool(match["serving"]), match["body"]))
    return found


BLOCKS = marked_blocks()


def test_the_docs_mark_their_quick_starts():
    names = {name.split("#")[0] for name, _, _ in BLOCKS}
    assert {"README.md", "docs/retrieval.md"} <= names
    assert any(serving for _, serving, _ in BLOCKS)


@pytest.mark.parametrize(("name", "serving", "body"), BLOCKS, ids=[b[0] for b in BLOCKS])
def test_quick_start_block_runs(name, serving, body, reference_home, tmp_path):
    work = tmp_path / "repo"
    work.mkdir()
    shutil.copytree(reference_home, work / ".luytre-demo")
    shutil.copytree(DATA / "retrieval", work / "quy-trinh")
    (work / ".venv" / "bin").mkdir(parents=True)
    bin_dir = Path(sys.executable).parent
    (work / ".venv" / "bin" / "luytre").symlink_to(bin_dir / "luytre")
    env = {**os.environ, "HOME": str(tmp_path / "user"), "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
           "NO_COLOR": "1"}
    env.pop("LUYTRE_HOME", None)
    node = RunningNode(work / ".luytre-demo") if serving else None
    try:
        script = body.replace("8470", str(node.port)) if node else body
        result = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=work, env=env, capture_output=True,
                                timeout=BLOCK_TIMEOUT_S)
    finally:
        if node:
            node.stop()
    assert result.returncode == 0, f"{name} failed:\n{script if node else body}\n{result.stderr.decode()[-2000:]}"
    assert result.stdout.strip(), f"{name} printed nothing"
