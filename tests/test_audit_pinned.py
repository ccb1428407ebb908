"""The audit log against its own operator: checkpoints pinned to this node's key and kept outside the
database, caught with the reason named (copied log, foreign key, truncation, missing or stale checkpoint);
RFC 6962 proofs over HTTP checked by an independent verifier written here; witnesses that refuse a fork or a
rollback and ``verify --peers`` that catches a fork; proof cost flat from 1,000 to 100,000 entries."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import event

from conftest import RunningNode, cli
from luytre.config import NodeConfig
from luytre.home import init_home, open_home
from luytre.sovereignty import merkle
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import Registry


# -- an independent RFC 6962 verifier (RFC 6962 §2.1, written from the definitions, top-down) -------------
def _h_leaf(data: bytes) -> bytes:
    return hashlib.sha256(b"\x00" + data).digest()


def _h_node(left: bytes, right: bytes) -> bytes:
    return hashlib.sha256(b"\x01" + left + right).digest()


def _k(n: int) -> int:
    k = 1
    while k * 2 < n:
        k *= 2
    return k


def mth(leaves: list[bytes]) -> bytes:
    if not leaves:
        return hashlib.sha256(b"").digest()
    if len(leaves) == 1:
        return leaves[0]
    k = _k(len(leaves))
    return _h_node(mth(leaves[:k]), mth(leaves[k:]))


def root_from_path(leaf: bytes, index: int, size: int, path: list[bytes]) -> bytes:
    """PATH(m, D[n]) lists the innermost sibling first: peel the outermost (last) at each split."""
    if size == 1:
        assert not path, "path too long"
        return leaf
    assert path, "path too short"
    *inner, sibling = path
    k = _k(size)
    if index < k:
        return _h_node(root_from_path(leaf, index, k, inner), sibling)
    return _h_node(sibling, root_from_path(leaf, index - k, size - k, inner))


def roots_from_consistency(m: int, n: int, proof: list[bytes], old_root: bytes) -> tuple[bytes, bytes]:
    """Rebuild (MTH(D[0:m]), MTH(D[0:n])) from PROOF(m, D[n]) = SUBPROOF(m, D[n], true)."""
    def sub(m: int, n: int, proof: list[bytes], complete: bool) -> tuple[bytes, bytes, list[bytes]]:
        if m == n:
            if complete:
                return old_root, old_root, proof
            *rest, node = proof
            return node, node, rest
        *rest, outer = proof
        k = _k(n)
        if m <= k:
            old, new, left = sub(m, k, rest, complete)
            return old, _h_node(new, outer), left
        old, new, left = sub(m - k, n - k, rest, False)
        return _h_node(outer, old), _h_node(outer, new), left

    old, new, left = sub(m, n, list(proof), True)
    assert not left, "proof too long"
    return old, new


def signature_valid(cp: dict, public_key: str) -> bool:
    statement = json.dumps({"format": "luytre.audit-checkpoint/1", "size": cp["size"], "root": cp["root"],
                            "chain": cp["chain"], "time": cp["time"], "signer": cp["signer"]},
                           sort_keys=True, separators=(",", ":")).encode()
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(public_key)).verify(base64.b64decode(cp["signature"]),
                                                                               statement)
        return True
    except Exception:
        return False


def test_independent_verifier_agrees_with_rfc6962_vectors():
    leaves = [_h_leaf(bytes.fromhex(h)) for h in ["", "00", "10", "2021", "3031", "40414243"]]
    assert mth(leaves).hex() == "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef"


# -- homes -------------------------------------------------------------------------------------------------
def make_home(path: Path, **audit: float) -> tuple[Path, str]:
    home, token = init_home(path)
    config = NodeConfig.read(home.path / "config.toml")
    for key, value in audit.items():
        setattr(config.audit, key, value)
    config.write(home.path / "config.toml")
    return home.path, token


def open_log(home: Path) -> tuple[AuditLog, Registry]:
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url, experts_dir=node_home.experts_dir)
    return AuditLog.of_home(node_home, registry), registry


def fill(home: Path, n: int, decision: str = "answered") -> None:
    log, registry = open_log(home)
    try:
        for i in range(n):
            log.append({"actor": "anonymous", "expert": "vn-procedures", "decision": decision,
                        "query_hmac": log.query_digest(f"Thủ tục cấp lại căn cước số {i} ở phường Bến Nghé?")})
    finally:
        registry.close()


def verify_cli(home: Path, *args: str) -> tuple[int, dict]:
    result = cli("audit", "verify", *args, "--json", home=home)
    return result.returncode, json.loads(result.stdout or "{}")


def db(home: Path) -> sqlite3.Connection:
    return sqlite3.connect(home / "luytre.db", isolation_level=None)


def test_an_intact_log_verifies_and_checkpoints_reach_the_file(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_every=5)
    fill(home, 12)
    code, result = verify_cli(home)
    assert code == 0 and result["ok"] and result["size"] == 12, result
    lines = (home / "audit-checkpoints.jsonl").read_text().splitlines()
    assert [json.loads(line)["size"] for line in lines] == [5, 10]  # every 5 entries, in the append transaction


def test_a_log_copied_from_another_node_is_caught(tmp_path):
    home_a, _ = make_home(tmp_path / "a", checkpoint_every=5)
    home_b, _ = make_home(tmp_path / "b", checkpoint_every=5)
    fill(home_a, 3)
    fill(home_b, 12)
    conn = db(home_a)
    conn.execute(f"ATTACH DATABASE '{home_b / 'luytre.db'}' AS other")
    for table in ("audit_entries", "audit_checkpoints", "audit_tree"):
        conn.execute(f"DELETE FROM {table}")
        conn.execute(f"INSERT INTO {table} SELECT * FROM other.{table}")
    conn.execute("UPDATE registry_state SET value = 12 WHERE key = 'audit_seq'")
    code, result = verify_cli(home_a)
    assert code == 1 and result["reason"] == "copied" and result["first_bad_seq"] == 1, result
    assert "copied from another node" in result["problem"]


def test_a_rewrite_re_signed_with_another_key_is_caught(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_every=5)
    fill(home, 12)
    conn = db(home)
    rows = conn.execute("SELECT seq, entry_json FROM audit_entries ORDER BY seq").fetchall()
    conn.execute("DELETE FROM audit_entries")
    conn.execute("DELETE FROM audit_checkpoints")
    conn.execute("DELETE FROM audit_tree")
    chain = bytes(32)
    for seq, entry in rows:  # entry 3 now says the question was refused; every hash recomputed
        record = json.loads(entry)
        if seq == 3:
            record["decision"] = "denied"
        data = json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()
        chain = hashlib.sha256(chain + _h_leaf(data)).digest()
        conn.execute("INSERT INTO audit_entries VALUES (?, ?, ?, ?)",
                     (seq, data.decode(), _h_leaf(data).hex(), chain.hex()))
    node_home = open_home(home)
    registry = Registry.open(node_home.database_url)
    try:  # re-signed with a fresh key under this node's name
        AuditLog(registry, Ed25519PrivateKey.generate(), node_home.node_id).checkpoint()
    finally:
        registry.close()
    code, result = verify_cli(home)
    assert code == 1 and result["reason"] == "foreign_checkpoint", result
    assert "not by this node's key" in result["problem"]


def test_a_truncated_log_with_its_checkpoints_deleted_is_caught(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_every=5)
    fill(home, 17)
    conn = db(home)
    conn.execute("DELETE FROM audit_entries WHERE seq > 7")
    conn.execute("DELETE FROM audit_checkpoints WHERE size > 7")
    conn.execute("DELETE FROM audit_tree")
    code, result = verify_cli(home)  # the file outside the database still holds sizes 10 and 15
    assert code == 1 and result["reason"] == "truncated" and "shorter (7)" in result["problem"], result
    assert "checkpoint file" in result["problem"]
    # The operator also cuts the file: the sequence counter still remembers how far the log went.
    checkpoints = home / "audit-checkpoints.jsonl"
    checkpoints.write_text(checkpoints.read_text().splitlines()[0] + "\n")
    code, result = verify_cli(home)
    assert code == 1 and result["reason"] == "truncated" and "sequence counter (17)" in result["problem"], result
    checkpoints.unlink()
    code, result = verify_cli(home)
    assert code == 1 and result["reason"] == "checkpoint_file_missing", result


def test_a_missing_checkpoint_is_caught(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_every=5)
    fill(home, 12)
    db(home).execute("DELETE FROM audit_checkpoints WHERE size = 10")
    code, result = verify_cli(home)  # still in the file: deleted from the database
    assert code == 1 and result["reason"] == "checkpoint_deleted" and "size 10" in result["problem"], result
    checkpoints = home / "audit-checkpoints.jsonl"
    checkpoints.write_text("".join(line + "\n" for line in checkpoints.read_text().splitlines()
                                   if json.loads(line)["size"] != 10))
    code, result = verify_cli(home)  # gone from both: more than checkpoint_every entries unsigned
    assert code == 1 and result["reason"] == "checkpoint_missing", result
    assert "audit.checkpoint_every=5" in result["problem"]


def test_checkpoints_follow_time_and_a_stale_one_is_caught(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_interval_s=1.0, checkpoint_grace_s=0.5)
    fill(home, 2)
    time.sleep(1.2)
    fill(home, 1)  # the oldest unsigned entry waited past the interval: signed before this one is added
    assert [json.loads(line)["size"] for line in (home / "audit-checkpoints.jsonl").read_text().splitlines()] == [2]
    assert verify_cli(home)[1]["ok"]

    stale, _ = make_home(tmp_path / "b", checkpoint_interval_s=3600.0)  # a node that signs too rarely
    fill(stale, 2)
    time.sleep(1.6)
    fill(stale, 1)
    config = NodeConfig.read(stale / "config.toml")
    config.audit.checkpoint_interval_s, config.audit.checkpoint_grace_s = 1.0, 0.0
    config.write(stale / "config.toml")
    code, result = verify_cli(stale)
    assert code == 1 and result["reason"] == "checkpoint_stale" and result["first_bad_seq"] == 1, result
    assert "audit.checkpoint_interval_s=1" in result["problem"]


WRITER = """
import sys
from pathlib import Path
from luytre.home import open_home
from luytre.store.database import Registry
from luytre.sovereignty.audit import AuditLog
home = open_home(Path(sys.argv[1]))
log = AuditLog.of_home(home, Registry.open(home.database_url, 30.0, home.experts_dir))
for i in range(60):
    log.append({"actor": sys.argv[2], "n": i})
"""


def test_processes_appending_at_once_keep_one_sequence_tree_and_checkpoint_schedule(tmp_path):
    home, _ = make_home(tmp_path / "a", checkpoint_every=7)
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(home), name]) for name in ("a", "b", "c")]
    for writer in writers:
        assert writer.wait(timeout=180) == 0
    code, result = verify_cli(home)
    assert code == 0 and result["size"] == 180, result
    rows = db(home).execute("SELECT seq, entry_json FROM audit_entries ORDER BY seq").fetchall()
    assert [seq for seq, _ in rows] == list(range(1, 181))  # no gap, no duplicate
    assert sorted(json.loads(e)["actor"] for _, e in rows) == ["a"] * 60 + ["b"] * 60 + ["c"] * 60
    sizes = sorted(json.loads(line)["size"] for line in (home / "audit-checkpoints.jsonl").read_text().splitlines())
    assert sizes == list(range(7, 181, 7))  # signed by whichever process crossed the mark, none skipped
    leaves = [_h_leaf(entry.encode()) for _, entry in rows]
    log, registry = open_log(home)
    try:
        for seq in (1, 90, 175):
            proof = log.prove(seq)
            assert root_from_path(leaves[seq - 1], seq - 1, proof["size"],
                                  [bytes.fromhex(h) for h in proof["path"]]) == mth(leaves[:proof["size"]])
    finally:
        registry.close()


# -- over HTTP: proofs checked by the verifier above -------------------------------------------------------
def test_inclusion_and_consistency_proofs_over_http_verify_independently(tmp_path):
    home, token = make_home(tmp_path / "a", checkpoint_every=16)
    fill(home, 37)
    rows = db(home).execute("SELECT entry_json FROM audit_entries ORDER BY seq").fetchall()
    leaves = [_h_leaf(entry.encode()) for (entry,) in rows]
    node = RunningNode(home)
    auth = {"Authorization": f"Bearer {token}"}
    try:
        cp = httpx.get(f"{node.url}/v1/audit/checkpoint", timeout=30).json()  # public
        public_key = base64.b64encode(open_home(home).identity().public_key().public_bytes_raw()).decode()
        assert cp["size"] == 32 and signature_valid(cp, public_key) and cp["root"] == mth(leaves[:32]).hex()
        assert httpx.get(f"{node.url}/v1/audit/entries", timeout=30).status_code == 401  # auditors' route
        assert httpx.get(f"{node.url}/v1/audit/proof/3", timeout=30).status_code == 200  # hashes only: public
        for seq in (1, 2, 17, 31, 32):
            proof = httpx.get(f"{node.url}/v1/audit/proof/{seq}", headers=auth, timeout=30).json()
            assert proof["size"] == 32 and proof["checkpoint"]["signature"] == cp["signature"]
            path = [bytes.fromhex(h) for h in proof["path"]]
            assert root_from_path(leaves[seq - 1], seq - 1, 32, path).hex() == cp["root"], seq
            assert root_from_path(_h_leaf(b"forged"), seq - 1, 32, path).hex() != cp["root"]
        beyond = httpx.get(f"{node.url}/v1/audit/proof/37", headers=auth, timeout=30).json()
        assert beyond["size"] == 37 and beyond["checkpoint"]["size"] == 37  # signed on demand to cover it
        assert root_from_path(leaves[36], 36, 37, [bytes.fromhex(h) for h in beyond["path"]]) == mth(leaves)
        for old in (1, 5, 16, 20, 32, 37):
            c = httpx.get(f"{node.url}/v1/audit/consistency", params={"from": old, "to": 37}, headers=auth,
                          timeout=30).json()
            old_root, new_root = roots_from_consistency(old, 37, [bytes.fromhex(h) for h in c["proof"]],
                                                        mth(leaves[:old]))
            assert old_root == mth(leaves[:old]) and new_root == mth(leaves), old
            assert c["root"] == mth(leaves).hex() and c["checkpoint"]["size"] == 37
        bad = httpx.get(f"{node.url}/v1/audit/consistency", params={"from": 30, "to": 99}, headers=auth, timeout=30)
        assert bad.status_code == 422 and "log's size" in bad.json()["error"]["message"]
        verified = httpx.get(f"{node.url}/v1/audit/verify", headers=auth, timeout=30).json()
        assert verified["ok"] is True and verified["checkpoint_file"].endswith("audit-checkpoints.jsonl")
    finally:
        node.stop()


# -- witnesses: a fork and a rollback -----------------------------------------------------------------------
def test_witnesses_refuse_a_fork_and_a_rollback_and_verify_peers_catches_the_fork(tmp_path):
    home, token = make_home(tmp_path / "a")
    fill(home, 10)
    log, registry = open_log(home)
    log.checkpoint()
    registry.close()
    snapshot = tmp_path / "a-at-10"
    shutil.copytree(home, snapshot)
    fork = tmp_path / "a-fork"
    shutil.copytree(home, fork)  # same key, same first 10 entries
    w1, w2 = tmp_path / "witness-1", tmp_path / "witness-2"
    env = {"LUYTRE_AUDIT_TOKEN": token}

    def witness(node: RunningNode, store: Path) -> tuple[int, dict]:
        result = cli("audit", "witness", node.url, "--store", str(store), "--json", env=env)
        return result.returncode, json.loads(result.stdout)

    node = RunningNode(home)
    try:
        assert witness(node, w1)[0] == 0 and witness(node, w2)[0] == 0  # both pin the key at size 10
    finally:
        node.stop()
    for path, decision in ((home, "answered"), (fork, "denied")):  # the operator shows two histories
        fill(path, 3, decision)
        log, registry = open_log(path)
        log.checkpoint()
        registry.close()
    honest, forked = RunningNode(home), RunningNode(fork)
    try:
        code, out = witness(honest, w1)
        assert code == 0 and "grew from 10 to 13" in out["outcome"], out
        code, out = witness(forked, w2)  # witness 2 sees only the fork: it extends size 10 consistently
        assert code == 0 and "grew from 10 to 13" in out["outcome"], out
        code, out = witness(forked, w1)  # shown to witness 1 as well: refused
        assert code == 1 and "fork" in out["problem"], out
        refused = [json.loads(line) for line in next(w1.glob("lt-*")).joinpath("refused.jsonl").read_text()
                   .splitlines()]
        assert refused[-1]["reason"] == "fork" and refused[-1]["checkpoint"]["size"] == 13  # kept as evidence
    finally:
        honest.stop()
        forked.stop()
    code, result = verify_cli(home, "--peers", str(w1), str(w2))
    assert code == 1 and result["reason"] == "fork" and str(w2) in result["problem"], result
    assert result["peers"][str(w1)].startswith("holds 2 checkpoint(s)")
    assert verify_cli(home, "--peers", str(w1))[0] == 0
    rolled_back = RunningNode(snapshot)
    try:
        code, out = witness(rolled_back, w1)
        assert code == 1 and "rollback" in out["problem"] and "size 10" in out["problem"], out
    finally:
        rolled_back.stop()


# -- cost: proofs read O(log n) stored hashes ---------------------------------------------------------------
def test_proof_cost_is_flat_from_1k_to_100k_entries(tmp_path, monkeypatch):
    """Counts hash operations and SQL statements per proof (no wall clock): at 100x the entries, a proof
    costs about log2(100k)/log2(1k) = 1.7x as much; rehashing the log would cost 100x."""
    home, _ = make_home(tmp_path / "a")
    log, registry = open_log(home)
    hashes = statements = 0
    real_node_hash = merkle.node_hash

    def counting_node_hash(left: bytes, right: bytes) -> bytes:
        nonlocal hashes
        hashes += 1
        return real_node_hash(left, right)

    def count_statement(*_args: object) -> None:
        nonlocal statements
        statements += 1

    def cost(size: int) -> int:
        nonlocal hashes, statements
        worst = 0
        for seq in (1, size // 3, size // 2 + 1, size - 1, size):
            hashes = statements = 0
            proof = log.prove(seq, size)
            assert proof["root"] == proof["checkpoint"]["root"]
            worst = max(worst, hashes + statements)
        for old in (1, size // 3, size - 7):
            hashes = statements = 0
            log.prove_consistency(old, size)
            worst = max(worst, hashes + statements)
        return worst

    try:
        entry = {"actor": "anonymous", "decision": "answered", "expert": "vn-address"}
        log.append_many([entry] * 1000)
        monkeypatch.setattr(merkle, "node_hash", counting_node_hash)
        event.listen(registry._engine, "before_cursor_execute", count_statement)
        small = cost(1000)
        event.remove(registry._engine, "before_cursor_execute", count_statement)
        monkeypatch.setattr(merkle, "node_hash", real_node_hash)
        for _ in range(99):
            log.append_many([entry] * 1000)
        monkeypatch.setattr(merkle, "node_hash", counting_node_hash)
        event.listen(registry._engine, "before_cursor_execute", count_statement)
        large = cost(100_000)
        event.remove(registry._engine, "before_cursor_execute", count_statement)
    finally:
        registry.close()
    print(f"proof cost (hashes + SQL statements, worst of 8 proofs): {small} at 1,000 entries, {large} at 100,000")
    assert large <= 2.5 * small, (small, large)
    assert large < 200, large  # a handful of hashes and lookups per level, not 100,000


@pytest.mark.parametrize("args", [("--peers", "not-a-witness-folder"), ("stray-source",)])
def test_verify_sources_are_checked_plainly(tmp_path, args):
    home, _ = make_home(tmp_path / "a")
    fill(home, 2)
    result = cli("audit", "verify", *args, home=home)
    if args[0] == "--peers":  # an empty folder holds nothing of this node: said, and nothing to contradict
        assert result.returncode == 0 and b"holds no checkpoint of this node" in result.stdout, result.stdout
    else:
        assert result.returncode == 2 and b"after --peers" in result.stderr + result.stdout
