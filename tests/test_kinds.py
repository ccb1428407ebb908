"""A kind the platform has never seen (``echo``, defined only in tests/echo_kind) is discovered, built, vetted,
installed, routed, answered, audited and removed, with its own route, CLI command and table, and no change
to the platform: it is installed the way any kind is, as a distribution with a ``luytre.kinds`` entry point."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import httpx
import pytest

from conftest import DATA, RunningNode, cli, signed

ECHO_SOURCE = Path(__file__).resolve().parent / "echo_kind"


@pytest.fixture
def echo_installed(tmp_path) -> dict[str, str]:
    """The echo kind as an installed distribution (package, METADATA, entry_points.txt) on a fresh
    sys.path entry; the environment for processes that should see it. This test process never does."""
    site = tmp_path / "site"
    shutil.copytree(ECHO_SOURCE / "luytre_echo", site / "luytre_echo")
    dist = site / "luytre_echo-0.1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: luytre-echo\nVersion: 0.1.0\n")
    (dist / "entry_points.txt").write_text("[luytre.kinds]\necho = luytre_echo:EchoKind\n")
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")]))}


def test_a_kind_from_outside_the_platform_goes_through_the_whole_life_of_an_expert(
        echo_installed, fresh_home, publishers, tmp_path):
    home, token = fresh_home
    env = echo_installed

    without = cli("expert", "build", "--help", env={"PYTHONPATH": os.environ.get("PYTHONPATH", "")})
    assert "echo" not in without.stdout.decode()  # nothing of it in the platform
    built = cli("expert", "build", "echo", "--manifest", str(DATA / "echo" / "manifest.toml"),
                "--out", str(tmp_path / "echo-test"), env=env)  # discovered: its build command is mounted
    assert built.returncode == 0, built.stderr.decode()
    package = signed(tmp_path / "echo-test", publishers, "luytre-tests")

    vetted = cli("expert", "vet", str(package), "--json", home=home, env=env)
    assert vetted.returncode == 0 and json.loads(vetted.stdout)["admitted"] is True, vetted.stdout.decode()
    installed = cli("expert", "install", str(package), home=home, env=env)
    assert installed.returncode == 0, installed.stderr.decode()

    node = RunningNode(home, env=env)
    try:
        routed = httpx.post(f"{node.url}/v1/route", json={"query": "echo xin chào các bạn"}, timeout=30).json()
        assert routed["expert"] == "echo-test"
        asked = httpx.post(f"{node.url}/v1/ask", json={"query": "echo xin chào các bạn", "subject": "nv-001"},
                           headers={"Authorization": f"Bearer {token}"}, timeout=30).json()  # a subject needs a key
        assert asked["expert"] == "echo-test" and asked["answer"] == "bạn nói: xin chào các bạn"
        [saved] = asked["actions"]
        assert saved["type"] == "echo.saved"
        anonymous = httpx.post(f"{node.url}/v1/ask", json={"query": "echo ping"}, timeout=30).json()
        assert [a["type"] for a in anonymous["actions"]] == ["echo.heard"]  # nobody to save: passed on as it is

        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{node.url}/v1/echo/heard", timeout=30).status_code == 401  # its route, the node's roles
        assert httpx.get(f"{node.url}/v1/echo/heard", headers=auth, timeout=30).json() == {"heard": 1}
        entries = httpx.get(f"{node.url}/v1/audit/entries", headers=auth, timeout=30).json()
        assert {e.get("expert") for e in entries} >= {"echo-test"}
        assert any(e.get("event") == "echo.heard" and e["seq"] == saved["data"]["audit_seq"] for e in entries)
        assert httpx.get(f"{node.url}/v1/audit/verify", headers=auth, timeout=30).json()["ok"] is True
    finally:
        node.stop()

    heard = cli("echo", "heard", home=home, env=env)  # its CLI group, over its own table
    assert heard.returncode == 0 and heard.stdout.decode().strip() == "1", heard.stderr.decode()
    removed = cli("expert", "remove", "echo-test", home=home, env=env)
    assert removed.returncode == 0, removed.stderr.decode()
    listed = cli("expert", "list", "--json", home=home, env=env)
    assert json.loads(listed.stdout) == []
