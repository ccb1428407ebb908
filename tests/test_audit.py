"""The tamper-evident audit log: RFC 6962 known answers, tamper detection, proofs,
concurrent writers, and no raw question text in storage."""

import asyncio
import hashlib
import json
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import cli
from luytre.home import init_home, open_home
from luytre.sovereignty import merkle
from luytre.sovereignty.audit import AuditLog, Checkpoint, LoopGroupCommit
from luytre.store.database import Registry

# RFC 6962 test leaves and the Merkle tree hashes of their first n (as in the
# certificate-transparency reference implementations' test data).
RFC6962_LEAVES = ["", "00", "10", "2021", "3031", "40414243", "5051525354555657",
                  "606162636465666768696a6b6c6d6e6f"]
RFC6962_ROOTS = [
    "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
    "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
    "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
    "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
    "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
    "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
    "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
    "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
]


def test_merkle_roots_match_rfc6962_vectors():
    leaves = [merkle.leaf_hash(bytes.fromhex(h)) for h in RFC6962_LEAVES]
    assert merkle.root([]).hex() == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    for n, expected in enumerate(RFC6962_ROOTS, start=1):
        assert merkle.root(leaves[:n]).hex() == expected


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 80), data=st.data())
def test_every_inclusion_and_consistency_proof_verifies(n, data):
    leaves = [merkle.leaf_hash(i.to_bytes(2, "big")) for i in range(n)]
    root = merkle.root(leaves)
    i = data.draw(st.integers(0, n - 1))
    proof = merkle.inclusion_proof(i, leaves)
    assert merkle.verify_inclusion(leaves[i], i, n, proof, root)
    assert not merkle.verify_inclusion(merkle.leaf_hash(b"other"), i, n, proof, root)
    m = data.draw(st.integers(1, n))
    consistency = merkle.consistency_proof(m, leaves)
    assert merkle.verify_consistency(m, n, merkle.root(leaves[:m]), root, consistency)
    if m < n:
        assert not merkle.verify_consistency(m, n, merkle.leaf_hash(b"forged"), root, consistency)


@pytest.fixture
def audit(tmp_path, new_database):
    home, _ = init_home(tmp_path / "home", database_url=new_database())
    registry = Registry.open(home.database_url, experts_dir=home.experts_dir)
    log = AuditLog(registry, home.identity(), home.node_id)
    for i in range(12):
        log.append({"actor": "anonymous", "expert": "vn-identity", "decision": "answered",
                    "query_hmac": log.query_digest(f"câu hỏi {i}")})
    yield home.path, log
    registry.close()


def db(home: Path) -> sqlite3.Connection:
    if open_home(home).config.database.url:
        pytest.skip("this test tampers with the log through SQLite directly")
    return sqlite3.connect(home / "luytre.db", isolation_level=None)


def test_intact_log_verifies_with_checkpoint_and_proofs(audit):
    home, log = audit
    cp = log.checkpoint()
    assert cp.size == 12 and cp.signature_ok()
    result = log.verify()
    assert result.ok and result.size == 12 and result.checkpoints_checked == 1
    proof = log.prove(5)
    assert merkle.verify_inclusion(bytes.fromhex(proof["leaf_hash"]), 4, proof["size"],
                                   [bytes.fromhex(h) for h in proof["path"]], bytes.fromhex(proof["root"]))
    log.append({"actor": "a", "decision": "answered"})
    c = log.prove_consistency(12)
    assert c["old_root"] == cp.root
    assert merkle.verify_consistency(12, 13, bytes.fromhex(cp.root), bytes.fromhex(c["root"]),
                                     [bytes.fromhex(h) for h in c["proof"]])


def test_incremental_checkpoints_equal_full_recomputation(audit):
    home, log = audit
    for batch in (1, 7, 16, 3, 64):
        log.append_many([{"n": i} for i in range(batch)])
        cp = log.checkpoint()
        assert cp.root == merkle.root(log._leaves()).hex() and cp.size == log.size()
    again = log.checkpoint()  # no new entries: the latest checkpoint, nothing signed again
    assert (again.size, again.root, again.signature) == (cp.size, cp.root, cp.signature)
    assert log.latest().signature == cp.signature
    result = log.verify()
    assert result.ok and result.checkpoints_checked == 5


def test_every_single_byte_change_of_any_entry_is_detected(audit):
    home, log = audit
    conn = db(home)
    rows = conn.execute("SELECT seq, entry_json FROM audit_entries ORDER BY seq").fetchall()
    for seq, original in rows[:4] + rows[-2:]:
        raw = original.encode()
        for i in range(len(raw)):
            changed = bytearray(raw)
            changed[i] = changed[i] ^ 0x01
            try:
                text = changed.decode()
            except UnicodeDecodeError:
                continue  # not storable as TEXT; the database itself would refuse it
            conn.execute("UPDATE audit_entries SET entry_json = ? WHERE seq = ?", (text, seq))
            result = log.verify()
            assert not result.ok and result.first_bad_seq == seq, (seq, i)
        conn.execute("UPDATE audit_entries SET entry_json = ? WHERE seq = ?", (original, seq))
    assert log.verify().ok


def test_deletion_reordering_and_truncation_are_detected(audit):
    home, log = audit
    log.checkpoint()
    conn = db(home)
    saved = conn.execute("SELECT * FROM audit_entries ORDER BY seq").fetchall()

    def restore():
        conn.execute("DELETE FROM audit_entries")
        conn.executemany("INSERT INTO audit_entries VALUES (?, ?, ?, ?)", saved)

    conn.execute("DELETE FROM audit_entries WHERE seq = 7")
    result = log.verify()
    assert not result.ok and result.first_bad_seq == 7 and "missing" in result.problem
    restore()

    a, b = saved[3], saved[4]  # swap the contents of entries 4 and 5
    conn.execute("UPDATE audit_entries SET entry_json=?, leaf_hash=?, chain_hash=? WHERE seq=4", b[1:])
    conn.execute("UPDATE audit_entries SET entry_json=?, leaf_hash=?, chain_hash=? WHERE seq=5", a[1:])
    assert not log.verify().ok
    restore()

    conn.execute("DELETE FROM audit_entries WHERE seq > 9")  # truncation below a signed checkpoint
    result = log.verify()
    assert not result.ok and "shorter" in result.problem
    restore()
    assert log.verify().ok


def test_consistent_rewrite_of_the_whole_log_is_caught_by_a_kept_checkpoint(audit, tmp_path):
    """An operator with database access rewrites every entry and recomputes every hash
    and re-signs new checkpoints with the node key: only a checkpoint kept elsewhere catches it."""
    home, log = audit
    kept = log.checkpoint()
    (tmp_path / "kept.json").write_text(json.dumps(kept.to_dict()))
    conn = db(home)
    rows = conn.execute("SELECT seq, entry_json FROM audit_entries ORDER BY seq").fetchall()
    conn.execute("DELETE FROM audit_entries")
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("DELETE FROM audit_tree")  # the stored subtree hashes too: the node rebuilds them
    chain = bytes(32)
    for seq, entry in rows:
        record = json.loads(entry)
        record["decision"] = "refused"
        data = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        leaf = merkle.leaf_hash(data)
        chain = hashlib.sha256(chain + leaf).digest()
        conn.execute("INSERT INTO audit_entries VALUES (?, ?, ?, ?)", (seq, data.decode(), leaf.hex(), chain.hex()))
    log.checkpoint()  # re-signed by the same key
    assert log.verify().ok  # internally consistent…
    result = log.verify([Checkpoint(**json.loads((tmp_path / "kept.json").read_text()))])
    assert not result.ok and "rewritten" in result.problem  # …but not with what was kept
    cli_result = cli("audit", "verify", "--checkpoint", str(tmp_path / "kept.json"), "--json", home=home)
    assert cli_result.returncode == 1 and json.loads(cli_result.stdout)["ok"] is False


def test_forged_checkpoint_signature_is_refused(audit):
    home, log = audit
    cp = log.checkpoint()
    forged = Checkpoint(**{**cp.to_dict(), "root": "00" * 32})
    assert not forged.signature_ok()
    assert "signature" in log.verify([forged]).problem


WRITER = """
import sys
import threading
from pathlib import Path
from luytre.home import open_home
from luytre.store.database import Registry
from luytre.sovereignty.audit import AuditLog
home = open_home(Path(sys.argv[1]))
log = AuditLog(Registry.open(home.database_url, 30.0, home.experts_dir), home.identity(), home.node_id)
for i in range(60):
    log.append({"actor": sys.argv[2], "n": i})
"""


def test_two_processes_appending_at_once_keep_one_consistent_log(audit):
    home, log = audit
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(home), name]) for name in ("a", "b")]
    for w in writers:
        assert w.wait(timeout=120) == 0
    result = log.verify()
    assert result.ok and result.size == 12 + 120


def test_writers_taking_turns_in_one_process_keep_one_log(audit):
    """Each log object starts its next append from the head it committed last, only while no other writer
    appended since: three writers on their own connections, interleaved in every order, then proofs."""
    home, log = audit
    node_home = open_home(home)
    registries = [Registry.open(node_home.database_url, experts_dir=node_home.experts_dir) for _ in range(2)]
    try:
        writers = [log, *(AuditLog(r, node_home.identity(), node_home.node_id) for r in registries)]
        seqs = []
        for turn, who in enumerate([0, 0, 1, 1, 0, 2, 1, 0, 0, 2, 2, 1, 0]):
            batch = [{"actor": f"writer {who}", "turn": turn, "n": k} for k in range(1 + turn % 3)]
            seqs += writers[who].append_many(batch)
        assert seqs == list(range(13, 13 + len(seqs)))
        result = log.verify()
        assert result.ok and result.size == 12 + len(seqs), result
        size = log.checkpoint().size
        for seq in (1, 13, seqs[-1]):
            proof = log.prove(seq, size)
            leaf = bytes.fromhex(proof["leaf_hash"])
            assert merkle.verify_inclusion(leaf, seq - 1, size, [bytes.fromhex(h) for h in proof["path"]],
                                           bytes.fromhex(proof["root"]))
    finally:
        for registry in registries:
            registry.close()


class BatchesSeen(AuditLog):
    """The real log, remembering how many entries each of its transactions wrote."""

    batches: list[int]

    def append_many(self, entries):
        self.batches.append(len(entries))
        return super().append_many(entries)


def test_group_commit_waits_for_the_pools_backlog_and_no_longer(audit):
    """With no other call in the pool an entry is written at once; while calls are running or queued, entries
    arriving within max_wait_s share one transaction, and max_batch entries are written without waiting."""
    home, log = audit
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url, experts_dir=node_home.experts_dir)
    seen = BatchesSeen(registry, node_home.identity(), node_home.node_id)
    seen.batches = []
    entry = {"actor": "anonymous", "decision": "answered"}

    async def run() -> None:
        loop = asyncio.get_running_loop()
        idle = LoopGroupCommit(seen, backlog=lambda: 1, max_wait_s=30)
        started = loop.time()
        await idle.submit(entry)
        assert loop.time() - started < 5 and seen.batches == [1]  # not held for max_wait_s

        busy = LoopGroupCommit(seen, backlog=lambda: 6, max_wait_s=0.3)
        first = busy.submit(entry)
        await asyncio.sleep(0.02)  # a second ask finishes a little later
        second = busy.submit(entry)
        assert not first.done()
        assert [await first, await second] == [14, 15] and seen.batches == [1, 2]

        full = LoopGroupCommit(seen, backlog=lambda: 6, max_wait_s=30, max_batch=3)
        started = loop.time()
        assert list(await asyncio.gather(*(full.submit(entry) for _ in range(3)))) == [16, 17, 18]
        assert loop.time() - started < 5 and seen.batches == [1, 2, 3]

    try:
        asyncio.run(run())
        assert log.verify().ok
    finally:
        registry.close()


class HeldWrite(AuditLog):
    """The real log; its first write waits for ``release`` (a slow commit, e.g. one that met another process's
    write lock), and it remembers how many entries each transaction wrote."""

    batches: list[int]
    writing: threading.Event
    release: threading.Event

    def append_many(self, entries):
        self.batches.append(len(entries))
        if len(self.batches) == 1:
            self.writing.set()
            assert self.release.wait(30)
        return super().append_many(entries)


def test_a_held_commit_never_holds_the_event_loop(audit):
    """The commit runs on the writer thread: while it waits, the event loop keeps running, and entries submitted
    meanwhile are written together in the next transaction, each with its own sequence number."""
    home, log = audit
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url, experts_dir=node_home.experts_dir)
    held = HeldWrite(registry, node_home.identity(), node_home.node_id)
    held.batches, held.writing, held.release = [], threading.Event(), threading.Event()
    commit = LoopGroupCommit(held, backlog=lambda: 1)
    entry = {"actor": "anonymous", "decision": "answered"}

    async def run() -> tuple[list[int], int]:
        first = commit.submit(entry)
        ticks = 0
        while not held.writing.is_set():
            await asyncio.sleep(0.001)
        for _ in range(20):  # the loop runs while the commit is held
            await asyncio.sleep(0.001)
            ticks += 1
        later = [commit.submit(entry) for _ in range(3)]
        assert not first.done()
        held.release.set()
        return list(await asyncio.wait_for(asyncio.gather(first, *later), timeout=30)), ticks

    try:
        seqs, ticks = asyncio.run(run())
        assert seqs == [13, 14, 15, 16] and ticks == 20 and held.batches == [1, 3]
        assert log.verify().ok
    finally:
        commit.close()
        registry.close()


phones = st.builds(lambda p, r: f"0{p}{r:07d}", st.sampled_from(["912", "987", "903", "868"]),
                   st.integers(0, 9_999_999))
cccds = st.builds(lambda p, r: f"{p}2{r:08d}", st.sampled_from(["001", "079", "048"]), st.integers(0, 99_999_999))


@settings(max_examples=25, deadline=None)
@given(phone=phones, cccd=cccds, name=st.sampled_from(["Nguyễn Văn An", "Trần Thị Bích", "Lê Minh"]))
def test_questions_with_personal_data_never_reach_the_audit_store(reference_home, tmp_path_factory, phone,
                                                                    cccd, name):
    import shutil

    from luytre.node.service import Node

    home = tmp_path_factory.mktemp("pii") / "home"
    shutil.copytree(reference_home, home)
    node = Node.open(home)
    question = f"tôi là {name}, sđt {phone}, cccd {cccd}, kiểm tra giúp số căn cước"
    result = node.ask(question)
    node.close()
    stored = b"".join(p.read_bytes() for p in home.glob("luytre.db*"))
    for value in (phone, cccd, name, question):
        assert value.encode() not in stored
    assert result.audit_seq >= 1


def test_the_sqlite_durability_level_is_the_configured_one(tmp_path):
    """WAL with synchronous=NORMAL by default (an answered request's entry survives a crash of the process, not a
    power loss); ``database.sqlite_synchronous = "full"`` syncs every commit. A bad level is a clear error."""
    from luytre.config import NodeConfig

    home = init_home(tmp_path / "home", name="durable")[0]
    config_file = home.path / "config.toml"

    def synchronous() -> int:
        registry = Registry.of_home(open_home(home.path))
        try:
            with registry.engine.connect() as conn:
                return conn.exec_driver_sql("PRAGMA synchronous").scalar_one()
        finally:
            registry.close()

    assert synchronous() == 1  # NORMAL
    config = NodeConfig.read(config_file)
    assert config.database.sqlite_synchronous == "normal"  # written into a new home's config, to be found
    config.database.sqlite_synchronous = "full"
    config.write(config_file)
    assert synchronous() == 2  # FULL
    assert cli("audit", "verify", home=home.path).returncode == 0
    config_file.write_text(config_file.read_text().replace('"full"', '"off"'))
    refused = cli("audit", "verify", home=home.path)
    assert refused.returncode != 0 and b"Traceback" not in refused.stderr
    assert b"database.sqlite_synchronous" in refused.stderr + refused.stdout


def test_group_commit_answers_every_waiter_when_one_stopped_waiting_or_the_write_fails(tmp_path):
    """No request waits forever on the group commit: a request that stopped waiting (its future cancelled) does not
    keep the others of its batch from their sequence numbers, and a failed write reaches every waiter."""
    home = open_home(init_home(tmp_path / "home", name="group")[0].path)
    registry = Registry.of_home(home)
    commit = LoopGroupCommit(AuditLog.of_home(home, registry))

    async def batch(cancel_first: bool) -> list:
        futures = [commit.submit({"event": "ask", "n": n}) for n in range(3)]
        if cancel_first:
            futures[0].cancel()  # its client went away while the commit was due
            futures = futures[1:]
        return await asyncio.wait_for(asyncio.gather(*futures, return_exceptions=True), timeout=10)

    try:
        assert asyncio.run(batch(cancel_first=True)) == [2, 3]  # the cancelled entry is still written: seq 1
        assert commit.audit_log.size() == 3
        with sqlite3.connect(home.path / "luytre.db") as db:
            db.execute("DROP TABLE audit_entries")  # the write now fails inside the database
        failures = asyncio.run(batch(cancel_first=False))
        assert len(failures) == 3 and all("audit_entries" in str(failure) for failure in failures)
    finally:
        registry.close()
