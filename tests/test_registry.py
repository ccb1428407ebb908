"""The registry on a real SQLite file: installs are atomic, versions monotonic,
a killed install leaves the store consistent, a locked database is reported."""

import json
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import DATA, cli, signed
from luytre.errors import ExpertExists, ExpertNotFound, PackageError
from luytre.experts.package import ExpertPackage
from luytre.home import open_home
from luytre.node.service import Node
from luytre.store.database import HEAD_REVISION, Registry


def bump_version(package_dir: Path, target: Path, version: str, publishers: dict) -> Path:
    """A copy of a package at another version, re-signed by its publisher."""
    import shutil

    shutil.copytree(package_dir, target)
    manifest = json.loads((target / "expert.json").read_text())
    manifest["version"] = version
    (target / "expert.json").write_text(json.dumps(manifest))
    return signed(target, publishers, manifest["publisher"])


def test_store_is_sqlite_in_wal_mode_at_head_revision(fresh_home):
    home, _ = fresh_home
    with sqlite3.connect(home / "luytre.db") as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        heads = {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")}
        assert heads == {HEAD_REVISION, "access_tutor_0002"}  # the core branch and the tutor kind's own


def test_install_list_disable_remove(store_home, helpdesk_package):
    home, _ = store_home
    node = Node.open(home)
    installed = node.install(helpdesk_package)
    assert installed.id == "school-helpdesk" and installed.enabled
    assert installed.active.digest == ExpertPackage.open(helpdesk_package).digest
    assert [e.id for e in node.registry.list()] == ["school-helpdesk"]
    assert "school-helpdesk" in node.loaded()

    node.set_enabled("school-helpdesk", enabled=False)
    assert "school-helpdesk" not in node.loaded()
    assert node.ask("thư viện mở cửa mấy giờ").expert is None
    node.set_enabled("school-helpdesk", enabled=True)
    assert node.ask("thư viện mở cửa mấy giờ").expert == "school-helpdesk"

    files = installed.active.path
    node.remove("school-helpdesk")
    assert not files.exists()
    with pytest.raises(ExpertNotFound):
        node.registry.get("school-helpdesk")


def test_versions_are_monotonic_and_kept_as_history(store_home, helpdesk_package, tmp_path, publishers):
    home, _ = store_home
    node = Node.open(home)
    node.install(helpdesk_package)
    with pytest.raises(ExpertExists, match="already installed"):
        node.install(helpdesk_package)
    newer = bump_version(helpdesk_package, tmp_path / "v1.1", "1.1.0", publishers)
    assert node.install(newer).active.version == "1.1.0"
    older = bump_version(helpdesk_package, tmp_path / "v0.9", "0.9.0", publishers)
    with pytest.raises(ExpertExists, match="rollback"):
        node.install(older)
    assert node.install(older, allow_downgrade=True).active.version == "0.9.0"
    history = [v.version for v in node.registry.get("school-helpdesk").versions]
    assert history == ["1.1.0", "1.0.0", "0.9.0"]


def test_failed_commit_leaves_no_files(store_home, helpdesk_package, monkeypatch):
    home, _ = store_home
    node = Node.open(home)

    def broken_bump(session):
        raise RuntimeError("disk full")

    monkeypatch.setattr(node.registry, "_bump", broken_bump)
    with pytest.raises(RuntimeError):
        node.install(helpdesk_package)
    monkeypatch.undo()
    assert node.registry.list() == []
    leftovers = [p for p in (home / "experts").rglob("*") if p.is_file()]
    assert leftovers == []


def test_package_that_cannot_answer_is_not_installed(store_home, helpdesk_package, tmp_path, publishers):
    import shutil

    home, _ = store_home
    broken = tmp_path / "broken"
    shutil.copytree(helpdesk_package, broken)
    import numpy as np

    from luytre.storage import write_npz

    # Safe bytes, wrong shapes: passes the format checks, fails when the kind loads it.
    write_npz(broken / "model.npz", {"idf": np.zeros(2, np.float32), "coef_t": np.zeros((2, 3), np.float32),
                                     "intercept": np.zeros(3, np.float32)})
    signed(broken, publishers, "luytre-tests")  # its publisher signed it: only loading it shows the fault
    with pytest.raises(PackageError, match="cannot load model"):
        Node.open(home).install(broken)
    assert Registry.open(open_home(home).database_url, experts_dir=home / "experts").list() == []


def test_tampered_files_on_disk_are_not_loaded(store_home, helpdesk_package):
    home, _ = store_home
    node = Node.open(home)
    installed = node.install(helpdesk_package)
    manifest = installed.active.path / "expert.json"
    manifest.write_text(manifest.read_text().replace("Học phí", "Hoc phi"))
    reopened = Node.open(home)
    assert "school-helpdesk" not in reopened.loaded()
    assert "changed on disk" in reopened.load_failures()["school-helpdesk"]


def test_killed_install_leaves_store_consistent(store_home, helpdesk_package):
    """SIGKILL the installing process at several moments: each time the expert is
    either fully installed or absent, and leftover folders are swept."""
    home, _ = store_home
    outcomes = set()
    for delay in (0.3, 0.8, 1.3, 1.8, 2.5):
        process = subprocess.Popen([sys.executable, "-m", "luytre", "expert", "install", str(helpdesk_package),
                                    "--home", str(home)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        process.send_signal(signal.SIGKILL)
        process.wait()
        registry = Registry.open(open_home(home).database_url, experts_dir=home / "experts")
        registry.sweep_orphans(min_age_s=0)
        installed = registry.list()
        on_disk = {p for p in (home / "experts").glob("*/*")}
        if installed:
            outcomes.add("installed")
            expert = installed[0]
            assert on_disk == {expert.active.path}
            assert ExpertPackage.open(expert.active.path).digest == expert.active.digest
            registry.remove(expert.id)
        else:
            outcomes.add("absent")
            assert on_disk == set()
        registry.close()
    assert outcomes  # at least one kill observed; both outcomes are consistent


LOCKER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN EXCLUSIVE")
print("locked", flush=True)
time.sleep(30)
"""


def test_database_locked_by_another_process(fresh_home, helpdesk_package):
    home, _ = fresh_home
    Node.open(home).install(helpdesk_package)
    config = home / "config.toml"
    config.write_text(config.read_text().replace("busy_timeout_s = 5.0", "busy_timeout_s = 0.3"))
    locker = subprocess.Popen([sys.executable, "-c", LOCKER, str(home / "luytre.db")], stdout=subprocess.PIPE)
    try:
        assert locker.stdout.readline().strip() == b"locked"
        result = cli("expert", "disable", "school-helpdesk", home=home)
        assert result.returncode == 6
        assert b"locked by another process" in result.stderr
        assert b"Traceback" not in result.stderr
    finally:
        locker.kill()
        locker.wait()
    assert cli("expert", "disable", "school-helpdesk", home=home).returncode == 0


@pytest.mark.postgres
def test_postgresql_store_and_audit_log(helpdesk_package, tmp_path, postgres):
    """The registry and a fresh audit log on a PostgreSQL database of the throwaway cluster."""
    registry = Registry.create(postgres.database(), experts_dir=tmp_path / "experts")
    try:
        assert registry.engine.dialect.name == "postgresql"
        installed = registry.install(ExpertPackage.open(helpdesk_package))
        assert registry.get("school-helpdesk").active.digest == installed.active.digest
        registry.set_enabled("school-helpdesk", False)
        assert not registry.get("school-helpdesk").enabled
        registry.remove("school-helpdesk")
        assert registry.list() == []

        from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

        from luytre.sovereignty.audit import AuditLog

        log = AuditLog(registry, Ed25519PrivateKey.generate(), "lt-pg-test")
        assert log.append_many([{"n": i} for i in range(5)]) == [1, 2, 3, 4, 5]
        assert log.append({"n": 5}) == 6
        assert log.checkpoint().size == 6
        assert log.verify().ok
        assert log.prove(6)["size"] == 6
    finally:
        registry.close()


def test_a_database_from_before_kinds_owned_tables_is_migrated_with_its_rows(tmp_path):
    """The tutor's learn_* tables (core revision 0004 of old) become tutor_* through the tutor's own branch."""
    db = tmp_path / "luytre.db"
    with sqlite3.connect(db) as conn:
        conn.executescript((DATA / "store" / "pre-kinds.sql").read_text(encoding="utf-8"))
    registry = Registry.open(f"sqlite:///{db}")
    registry.close()
    with sqlite3.connect(db) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith(("learn_", "ix_learn_"))}
        assert {"tutor_learners", "tutor_attempts", "ix_tutor_attempts_learner_id"} <= names
        assert conn.execute("SELECT id, class_id FROM tutor_learners").fetchall() == [("hs-old-1", "9a")]
        assert {row[0] for row in conn.execute("SELECT version_num FROM alembic_version")} == {HEAD_REVISION,
                                                                                             "access_tutor_0002"}


def test_heads_read_from_the_migration_files_are_alembics(tmp_path):
    from alembic.script import ScriptDirectory

    from luytre.store.database import _alembic_config, _declared_heads, _version_locations

    locations = _version_locations()  # the core branch and every installed kind's own
    assert _declared_heads(locations) == set(ScriptDirectory.from_config(_alembic_config(locations)).get_heads())
    merged = tmp_path / "versions"  # a merge revision names both parents; a file without literals is left to Alembic
    merged.mkdir()
    (merged / "a.py").write_text('revision = "a"\ndown_revision = None\n')
    (merged / "b.py").write_text('revision: str = "b"\ndown_revision = "a"\n')
    (merged / "c.py").write_text('revision = "c"\ndown_revision = "a"\n')
    (merged / "d.py").write_text('revision = "d"\ndown_revision = ("b", "c")\n')
    (merged / "__init__.py").write_text("")
    assert _declared_heads((str(merged),)) == {"d"}
    (merged / "e.py").write_text('revision = "e"\ndown_revision = "d".upper()\n')
    assert _declared_heads((str(merged),)) is None
