"""Federated training with real Flower processes on 127.0.0.1: a SuperLink (TLS, SuperNode
authentication) and three SuperNodes, each with its own node home and a non-IID share of the
triage training data. The result must be a signed, installable, routable expert, and no raw
training text may appear in the SuperLink's files, the package or another node's home."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest

from conftest import TRIAGE_SOURCE, cli
from luytre.kinds.classifier.federated.learn import TrainOptions, accuracy, fit_local, label_skew_split, read_rows
from luytre.kinds.classifier.federated.runtime import flower_env
from luytre.text.hashed import N_FEATURES, HashedTextClassifier
from luytre.text.model import load_text_model

ORG = "Sở Y tế Thử nghiệm"
ROUNDS = 2
DEADLINE_S = 600  # SecAgg+: ~3-4 minutes when idle; a shared 2-core machine can double it


def _flower_ready() -> bool:
    try:
        flower_env()
    except Exception:  # noqa: BLE001 - any reason means: no Flower environment here
        return False
    return True


needs_flower = pytest.mark.skipif(not _flower_ready(), reason="no Flower environment (make flower-env)")


def _ok(done: subprocess.CompletedProcess) -> dict:
    assert done.returncode == 0, done.stderr.decode() + done.stdout.decode()
    return json.loads(done.stdout)


def _spawn(*args: str, home: Path | None = None, log: Path) -> subprocess.Popen:
    command = [sys.executable, "-m", "luytre", *args] + (["--home", str(home)] if home else [])
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("LUYTRE_HOME", None)
    with open(log, "wb") as out:
        return subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, env=env, start_new_session=True)


def _files_bytes(folder: Path):  # noqa: ANN202 - iterator of (path, bytes)
    for path in folder.rglob("*"):
        if path.is_file():
            yield path, path.read_bytes()


@needs_flower
def test_three_hospitals_train_one_signed_expert(tmp_path: Path) -> None:
    coordinator = tmp_path / "coordinator"
    _ok(cli("init", "--name", "so-y-te", "--json", home=coordinator))
    keys = tmp_path / "keys"
    assert cli("keys", "create", "--org", ORG, "--out", str(keys)).returncode == 0
    public_key = next(keys.glob("*.pub"))
    private_key = next(keys.glob("*.key"))

    shares = label_skew_split(read_rows(TRIAGE_SOURCE / "data" / "train.jsonl"), 3, seed=1)
    homes, participants = [], []
    for i, share in enumerate(shares):
        home = tmp_path / f"hospital-{i}"
        info = _ok(cli("init", "--name", f"hospital-{i}", "--json", home=home))
        assert cli("trust", "add", str(public_key), "--org", ORG, home=home).returncode == 0
        (home / "labelled.jsonl").write_text("".join(json.dumps({"text": t, "label": label}, ensure_ascii=False)
                                                     + "\n" for t, label in share), encoding="utf-8")
        _ok(cli("federate", "request", "--out", str(tmp_path / f"request-{i}.json"), "--json", home=home))
        assert cli("peer", "add", f"hospital-{i}", f"http://127.0.0.1:{9000 + i}", "--pub", info["public_key"],
                   home=coordinator).returncode == 0
        homes.append(home)
        participants += ["--participant", f"hospital-{i}={tmp_path / f'request-{i}.json'}"]

    # A request signed by one node but presented as another peer is refused.
    refused = cli("federate", "plan", "--manifest", str(TRIAGE_SOURCE / "manifest.toml"), "--key", str(private_key),
                  "--org", ORG, "--participant", f"hospital-0={tmp_path / 'request-1.json'}",
                  "--participant", f"hospital-1={tmp_path / 'request-0.json'}", "--out", str(tmp_path / "bad"),
                  home=coordinator)
    assert refused.returncode != 0 and b"not the peer" in refused.stderr

    run_dir = tmp_path / "run"
    plan = _ok(cli("federate", "plan", "--manifest", str(TRIAGE_SOURCE / "manifest.toml"), "--key",
                   str(private_key), "--org", ORG, *participants, "--rounds", str(ROUNDS), "--out", str(run_dir),
                   "--json", home=coordinator))
    package = tmp_path / "federated-triage"
    started = [_spawn("federate", "start", str(run_dir), "--key", str(private_key), "--out", str(package),
                      "--timeout", str(DEADLINE_S), "--json", log=tmp_path / "start.log")]
    try:
        deadline = time.monotonic() + 60
        while not (run_dir / "ready").exists():
            assert started[0].poll() is None, (tmp_path / "start.log").read_text()
            assert time.monotonic() < deadline, "the SuperLink did not become ready"
            time.sleep(0.2)
        for i, home in enumerate(homes):
            started.append(_spawn("federate", "join", str(run_dir / "plan.json"), "--data",
                                  str(home / "labelled.jsonl"), "--timeout", str(DEADLINE_S), "--json", home=home,
                                  log=tmp_path / f"join-{i}.log"))
        for process in started:
            process.wait(timeout=DEADLINE_S + 20)
    finally:
        for process in started:
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
    logs = {p.name: p.read_text() for p in tmp_path.glob("*.log")}
    assert all(p.returncode == 0 for p in started), "\n".join(f"{k}: {v[-1500:]}" for k, v in logs.items())

    # The coordinator's package: signed, each participant's local held-out accuracy, the participants.
    result = json.loads(logs["start.log"].strip().splitlines()[-1])
    per_node = [m for m in result["metrics"] if "local held-out (computed at node" in m["dataset"]]
    assert sorted(m["dataset"].split()[0] for m in per_node) == ["hospital-0", "hospital-1", "hospital-2"]
    assert all(0.3 < m["value"] <= 1.0 for m in per_node)
    manifest = json.loads((package / "expert.json").read_text(encoding="utf-8"))
    assert [p["name"] for p in manifest["config"]["federation"]["participants"]] == plan["participants"]
    assert (package / "signature.sig").is_file()

    # Each node's audit log records what left it, per round: SecAgg+'s keys and shares, the masked
    # update, the evaluation numbers.
    sent_kinds = ("secagg_setup", "secagg_share_keys", "masked_model_update", "secagg_unmask", "aggregate_metrics")
    plain_digests = set()
    for home in homes:
        join_info = json.loads(logs[f"join-{homes.index(home)}.log"].strip().splitlines()[-1])
        assert join_info["messages_sent"] == len(sent_kinds) * ROUNDS
        exported = tmp_path / f"audit-{home.name}.json"
        assert cli("audit", "export", "--since", "2000-01-01", "--out", str(exported), home=home).returncode == 0
        entries = [e for e in json.loads(exported.read_text())["entries"] if e.get("event") == "federated.sent"]
        assert sorted((e["round"], e["sent"]) for e in entries) == sorted(
            [(r, kind) for r in range(1, ROUNDS + 1) for kind in sent_kinds])
        assert all(e["run"] == plan["run"] and e["bytes"] > 0 for e in entries)
        plain_digests |= {e["sha256_before_masking"] for e in entries if e["sent"] == "masked_model_update"}
    assert len(plain_digests) == 3 * ROUNDS

    # Every node ran its own installed ClientApp (luytre's pinned flwr-clientapp): Flower's would have
    # installed the pushed FAB under the node's Flower home.
    for home in homes:
        assert list((home / "federated").glob("*/bin/flwr-clientapp"))
        assert not list((home / "federated").glob("*/flwr-home/apps/*"))

    # SecAgg+: the coordinator received no node's own update (it logs every array it received), yet
    # the model it got is the example-weighted mean of the last round's updates (up to quantization).
    received = [json.loads(line) for line in (run_dir / "result" / "received.jsonl").read_text().splitlines()]
    received_digests = {a["sha256_float32"] for r in received for a in r["arrays"]}
    assert received and not plain_digests & received_digests
    masked = [a for r in received for a in r["arrays"] if any(s[:1] == [N_FEATURES] for s in a["shapes"])]
    assert masked and all(a["dtypes"] != ["float32"] for a in masked)  # masked integer vectors, not weights
    last = []
    for home in homes:
        with np.load(next((home / "federated").glob("*/last-update.npz")), allow_pickle=False) as update:
            last.append((float(update["examples"].sum()), update["coef"].copy()))
    mean = sum(n * coef for n, coef in last) / sum(n for n, _ in last)
    with np.load(run_dir / "result" / "weights.npz", allow_pickle=False) as final:
        assert np.abs(final["coef"] - mean).max() < 1e-2
        assert not any(np.array_equal(final["coef"], coef) for _, coef in last)

    # Raw training texts never appear in the SuperLink's files, the package or the other nodes' homes.
    for i, share in enumerate(shares):
        texts = [t.encode("utf-8") for t, _ in share if len(t) >= 20]
        elsewhere = [run_dir, package] + [h for j, h in enumerate(homes) if j != i]
        for folder in elsewhere:
            for path, blob in _files_bytes(folder):
                if path.name == "labelled.jsonl":  # that node's own data, put there by its operator
                    continue
                leaked = next((t for t in texts if t in blob), None)
                assert leaked is None, f"a training text of hospital-{i} is in {path}"

    # An ordinary expert: vetted and installed like any other, then routed to and answering.
    assert cli("trust", "add", str(public_key), "--org", ORG, home=coordinator).returncode == 0
    installed = cli("expert", "install", str(package), home=coordinator, timeout=300)
    assert installed.returncode == 0, installed.stderr.decode() + installed.stdout.decode()
    # The router knows the expert from the coordinator's manifest examples only (no training text leaves a node).
    routed = _ok(cli("route", "tôi nên khám chuyên khoa gì khi bị đau bụng", "--json", home=coordinator))
    assert routed["expert"] == "vn-health-triage"
    answer = _ok(cli("ask", "tôi bị đau bụng, đi ngoài phân lỏng nhiều lần", "--expert", "vn-health-triage", "--json",
                     home=coordinator))
    assert answer["result"]["label"] in manifest["config"]["labels"]


def test_a_plan_from_an_untrusted_coordinator_is_refused(tmp_path: Path) -> None:
    """A node joins only runs whose plan is signed by a key it trusts for the named coordinator."""
    home = tmp_path / "node"
    _ok(cli("init", "--json", home=home))
    keys = tmp_path / "keys"
    assert cli("keys", "create", "--org", ORG, "--out", str(keys)).returncode == 0
    coordinator = tmp_path / "coordinator"
    _ok(cli("init", "--json", home=coordinator))
    _ok(cli("federate", "request", "--out", str(tmp_path / "req.json"), "--json", home=home))
    peer = cli("peer", "add", "node", "http://127.0.0.1:9", "--pub",
               json.loads((tmp_path / "req.json").read_text())["public_key"], home=coordinator)
    assert peer.returncode == 0
    other = tmp_path / "other"
    _ok(cli("init", "--json", home=other))
    _ok(cli("federate", "request", "--out", str(tmp_path / "req2.json"), "--json", home=other))
    assert cli("peer", "add", "other", "http://127.0.0.1:10", "--pub",
               json.loads((tmp_path / "req2.json").read_text())["public_key"], home=coordinator).returncode == 0
    _ok(cli("federate", "plan", "--manifest", str(TRIAGE_SOURCE / "manifest.toml"), "--key",
            str(next(keys.glob("*.key"))), "--org", ORG, "--participant", f"node={tmp_path / 'req.json'}",
            "--participant", f"other={tmp_path / 'req2.json'}", "--out", str(tmp_path / "run"), "--json",
            home=coordinator))
    # Differential privacy needs a clipping norm; with one, the plan states its epsilon (and SecAgg+ is on).
    base = ["federate", "plan", "--manifest", str(TRIAGE_SOURCE / "manifest.toml"), "--key",
            str(next(keys.glob("*.key"))), "--org", ORG, "--participant", f"node={tmp_path / 'req.json'}",
            "--participant", f"other={tmp_path / 'req2.json'}", "--rounds", "10"]
    no_clip = cli(*base, "--dp-noise", "1", "--out", str(tmp_path / "dp-bad"), home=coordinator)
    assert no_clip.returncode != 0 and b"clipping norm" in no_clip.stderr
    dp = _ok(cli(*base, "--dp-noise", "1", "--dp-clip", "10", "--out", str(tmp_path / "dp"), "--json",
                 home=coordinator))
    assert dp["secagg"] is True and dp["dp_delta"] == 1e-5 and 15 < dp["dp_epsilon"] < 25

    data = tmp_path / "data.jsonl"
    data.write_text('{"text": "đau đầu", "label": "than_kinh"}\n', encoding="utf-8")
    untrusted = cli("federate", "join", str(tmp_path / "run" / "plan.json"), "--data", str(data), home=home)
    assert untrusted.returncode != 0 and b"does not trust" in untrusted.stderr

    # Trusted, but the plan was altered after signing (more rounds): refused.
    assert cli("trust", "add", str(next(keys.glob("*.pub"))), "--org", ORG, home=home).returncode == 0
    signed = json.loads((tmp_path / "run" / "plan.json").read_text(encoding="utf-8"))
    signed["plan"]["rounds"] = 50
    tampered = tmp_path / "tampered.json"
    tampered.write_text(json.dumps(signed), encoding="utf-8")
    refused = cli("federate", "join", str(tampered), "--data", str(data), home=home)
    assert refused.returncode != 0 and b"signature does not verify" in refused.stderr


def test_the_hashed_model_round_trips_and_a_malformed_one_is_refused(tmp_path: Path) -> None:
    rows = read_rows(TRIAGE_SOURCE / "data" / "train.jsonl")
    shares = label_skew_split(rows, 3, seed=1)
    assert sorted(map(len, shares)) == sorted(len(s) for s in shares) and sum(map(len, shares)) == len(rows)
    # label skew: every label has one hospital holding most of it
    for label in {label for _, label in rows}:
        counts = sorted(sum(1 for _, x in share if x == label) for share in shares)
        assert counts[-1] > counts[0] + counts[1]
    classes = sorted({label for _, label in rows})
    coef, intercept = fit_local([t for t, _ in shares[0]], [label for _, label in shares[0]], classes,
                                np.zeros((N_FEATURES, len(classes)), np.float32), np.zeros(len(classes), np.float32),
                                TrainOptions(epochs=20))
    model = HashedTextClassifier(classes, coef, intercept)
    model.save(tmp_path, "model")
    loaded = load_text_model(tmp_path, "model")
    assert isinstance(loaded, HashedTextClassifier)
    text = "Tôi bị đau ngực trái, khó thở, vã mồ hôi"
    assert loaded.predict_proba(text) == pytest.approx(model.predict_proba(text))
    assert accuracy(coef, intercept, classes, shares[0][:50]) > 0.9  # it fits its own data
    assert loaded.known_feature_share(shares[0][0][0]) == 1.0  # the router's in-scope test works on it
    with np.load(tmp_path / "model.npz") as arrays:
        np.savez(tmp_path / "model.npz", coef=arrays["coef"][:100], intercept=arrays["intercept"])
    with pytest.raises(ValueError):
        load_text_model(tmp_path, "model")
