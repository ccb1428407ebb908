"""The anomaly kind: detectors against PyOD, build and score through the CLI (subprocess),
invoke/batch/ask through a real node process, the kind's routes over a real ASGI app on a
real node, malformed input, bounded stream memory, vetting, and the import contract."""

from __future__ import annotations

import ast
import csv
import gzip
import json
import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import httpx
import numpy as np
import pytest

from conftest import ROOT, RunningNode, signed

DATA = Path(__file__).resolve().parent / "data" / "anomaly"
TRAIN_ROWS, VALID_ROWS = 6000, 3000
FEATURES = [f"f{i}" for i in range(1, 10)]


def shuttle() -> tuple[np.ndarray, np.ndarray]:
    from river.datasets import Shuttle

    with gzip.open(Shuttle().path, "rt") as fh:
        rows = list(csv.reader(fh))[1:]
    values = np.array(rows, dtype=float)
    return values[:, :9], values[:, 9]


def write_csv(path: Path, X: np.ndarray, y: np.ndarray | None, start_hour: int = 0) -> Path:
    with open(path, "w", newline="") as fh:
        out = csv.writer(fh)
        out.writerow(["time", *FEATURES] + (["anomaly"] if y is not None else []))
        for i, row in enumerate(X):
            hour = start_hour + i
            stamp = f"2026-01-{1 + hour // 1440:02d}T{hour // 60 % 24:02d}:{hour % 60:02d}:00"
            out.writerow([stamp, *(int(v) for v in row)] + ([int(y[i])] if y is not None else []))
    return path


def anomaly_cli(command: str, *args: str, timeout: float = 300, stdin: bytes | None = None
                ) -> subprocess.CompletedProcess:
    """``luytre expert build anomaly …`` or ``luytre anomaly <command> …``, as a user types them."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    words = ["expert", "build", "anomaly"] if command == "build" else ["anomaly", command]
    return subprocess.run([sys.executable, "-m", "luytre", *words, *args], capture_output=True, input=stdin,
                          timeout=timeout, env=env, check=False)


@pytest.fixture(scope="session")
def sensor_files(tmp_path_factory) -> dict[str, Path]:
    X, y = shuttle()
    folder = tmp_path_factory.mktemp("sensors")
    return {"train": write_csv(folder / "train.csv", X[:TRAIN_ROWS], y[:TRAIN_ROWS]),
            "valid": write_csv(folder / "valid.csv", X[TRAIN_ROWS:TRAIN_ROWS + VALID_ROWS],
                               y[TRAIN_ROWS:TRAIN_ROWS + VALID_ROWS], TRAIN_ROWS),
            "fresh": write_csv(folder / "fresh.csv", X[-2000:], None, 40_000)}


@pytest.fixture(scope="session")
def anomaly_package(tmp_path_factory, sensor_files, publishers) -> Path:
    """Built by the CLI as a user would, with a labelled validation file, then signed."""
    out = tmp_path_factory.mktemp("pkg") / "test-compressors"
    done = anomaly_cli("build", str(sensor_files["train"]), "--manifest", str(DATA / "manifest.toml"),
                       "--out", str(out), "--validation", str(sensor_files["valid"]), "--json")
    assert done.returncode == 0, done.stderr.decode()
    summary = json.loads(done.stdout)
    assert summary["id"] == "test-compressors"
    return signed(out, publishers, "luytre-tests")


def load(package: Path):
    from luytre.experts.package import ExpertPackage
    from luytre.kinds import load_expert

    return load_expert(ExpertPackage.open(package))


# -- detectors ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", ["ecod", "copod", "hbos", "iforest"])
def test_detectors_reproduce_pyod_scores(name, tmp_path):
    from pyod.models.copod import COPOD
    from pyod.models.ecod import ECOD
    from pyod.models.hbos import HBOS
    from pyod.models.iforest import IForest

    from luytre.kinds.anomaly import detectors

    X, _ = shuttle()
    train, new = X[:5000], X[30_000:32_000]
    ours, pyod_train = detectors.fit(name, train, seed=3)
    detectors.save(ours, tmp_path / "d.npz")
    loaded = detectors.load(name, tmp_path / "d.npz")
    scores, signals = loaded.score(new), loaded.signals(new)
    assert signals.shape == new.shape and (signals >= 0).all()
    few_rows = [loaded.score(new[i:i + 1])[0] for i in range(0, 2000, 50)]  # the few-rows path
    one_event = [loaded.score_one(row) for row in new[::50].tolist()]  # the plain-Python single-event path
    np.testing.assert_allclose(few_rows, scores[::50], rtol=1e-12)
    np.testing.assert_allclose(one_event, scores[::50], rtol=1e-12)
    if name in ("ecod", "copod"):
        peer = {"ecod": ECOD, "copod": COPOD}[name]().fit(train)
        np.testing.assert_allclose(loaded.training_scores(train), peer.decision_scores_, rtol=1e-12)
        # PyOD scores a lone new record against the training sample plus itself, as we do
        alone = np.array([peer.decision_function(new[i:i + 1])[0] for i in range(0, 2000, 50)])
        np.testing.assert_allclose(scores[::50], alone, rtol=1e-9)
    else:
        peer = (HBOS(n_bins=10) if name == "hbos" else
                IForest(n_estimators=100, max_samples=256, random_state=3, n_jobs=1)).fit(train)
        np.testing.assert_allclose(pyod_train, peer.decision_scores_, rtol=1e-12)
        np.testing.assert_allclose(scores, peer.decision_function(new), rtol=1e-9, atol=1e-12)


@pytest.mark.parametrize("name", ["hst", "loda"])
def test_stream_detectors_reproduce_river_scores(name, tmp_path, monkeypatch):
    """river learns the model; the package keeps its arrays; batch and single-event scores equal river's
    ``score_one`` on the same scaled record."""
    from river.anomaly import LODA, HalfSpaceTrees

    from luytre.kinds.anomaly import detectors

    monkeypatch.setattr(detectors, "HST_WINDOW", 1000)
    monkeypatch.setattr(detectors, "LODA_FIT_ROWS", 3000)
    X, _ = shuttle()
    train, new = X[:3000], np.vstack([X[40_000:40_500], X[40_000:40_010] * 40, -X[40_000:40_010]])
    ours, _ = detectors.fit(name, train, seed=3)
    detectors.save(ours, tmp_path / "d.npz")
    loaded = detectors.load(name, tmp_path / "d.npz")
    scale = detectors.MinMax.fit(train)
    river = (HalfSpaceTrees(n_trees=10, height=8, window_size=1000, seed=3) if name == "hst"
             else LODA(n_bins=10, n_random_cuts=100, seed=3))
    for row in scale(train[-1000:] if name == "hst" else train).tolist():
        river.learn_one(dict(enumerate(row)))
    expected = [river.score_one(dict(enumerate(row))) for row in scale(new).tolist()]
    np.testing.assert_allclose(loaded.score(new), expected, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose([loaded.score_one(row) for row in new.tolist()], expected, rtol=1e-12, atol=1e-12)
    assert loaded.score(new[-20:]).min() > np.quantile(loaded.score(new[:500]), 0.5)  # far readings score high
    with np.load(tmp_path / "d.npz", allow_pickle=False) as archive:
        assert all(archive[k].dtype != object for k in archive.files)


def test_a_tampered_stream_detector_is_refused(tmp_path):
    from luytre.errors import PackageError
    from luytre.kinds.anomaly import detectors

    X, _ = shuttle()
    detectors.save(detectors.fit("hst", X[:500])[0], tmp_path / "d.npz")
    with np.load(tmp_path / "d.npz", allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    arrays["hst_feature"] = arrays["hst_feature"] + 100  # splits on features the expert does not have
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(PackageError, match="complete trees over the features"):
        detectors.load("hst", tmp_path / "bad.npz")


def _shorter(array):
    return array[:-1]


MALFORMED = {  # what each did before load checked it
    "iforest norm cut": ("iforest", "if_norm", lambda v: v[:2], "if_norm"),  # IndexError, not a PackageError
    "iforest depth huge": ("iforest", "if_norm", lambda v: np.array([v[0], v[1], 1e9]), "outside the forest"),  # hang
    "iforest inf depth": ("iforest", "if_norm", lambda v: np.array([v[0], v[1], np.inf]), "if_norm"),  # OverflowError
    "iforest thresholds cut": ("iforest", "if_threshold", _shorter, "number of nodes"),  # IndexError when scoring
    "iforest float roots": ("iforest", "if_roots", lambda v: v.astype(np.float64), "not integers"),  # TypeError
    "hbos edges cut": ("hbos", "hbos_edges", lambda v: v[:, :1], "histogram"),  # IndexError when scoring
    "hst empty window": ("hst", "hst_window", lambda v: v[:0], "hst_window"),  # IndexError
    "ecod text values": ("ecod", "tail_sorted", lambda v: v.astype(str), "not numbers"),  # TypeError
}


@pytest.mark.parametrize("case", sorted(MALFORMED))
def test_a_malformed_detector_file_is_refused_when_loaded(tmp_path, case):
    """Each array is read as the kind of number, the number of dimensions and the shape the others need, so a
    malformed package is a PackageError at load, never a crash or a hang when it scores."""
    from luytre.errors import PackageError
    from luytre.kinds.anomaly import detectors

    name, key, change, problem = MALFORMED[case]
    X, _ = shuttle()
    detectors.save(detectors.fit(name, X[:500])[0], tmp_path / "d.npz")
    with np.load(tmp_path / "d.npz", allow_pickle=False) as archive:
        arrays = {k: archive[k] for k in archive.files}
    arrays[key] = change(arrays[key])
    np.savez(tmp_path / "bad.npz", **arrays)
    with pytest.raises(PackageError, match=problem):
        detectors.load(name, tmp_path / "bad.npz")


# -- build and score through the CLI ---------------------------------------------------------------
def test_build_package_is_plain_data_with_measured_metrics(anomaly_package):
    from luytre.experts.package import ExpertPackage

    package = ExpertPackage.open(anomaly_package)
    formats = {f.path: f.format for f in package.files}
    assert formats["detector.npz"] == "npz" and formats["expert.json"] == "json"
    assert not [p for p in formats if p.endswith((".pkl", ".joblib"))]
    config = package.manifest.config
    assert config["detector"] in ("ecod", "copod", "hbos", "iforest", "hst", "loda")
    metrics = {m.name: m for m in package.manifest.metrics}
    chosen = metrics[f"validation_roc_auc_{config['detector']}"].value
    assert chosen == max(m.value for n, m in metrics.items() if n.startswith("validation_roc_auc_"))
    assert metrics["roc_auc"].value > 0.9 and "last 50%" in metrics["roc_auc"].dataset
    # the streaming endpoint's detector: river's HST or LODA, whichever validated better, in its own .npz
    stream = config["stream_model"]
    assert stream["detector"] == max(("hst", "loda"), key=lambda n: metrics[f"validation_roc_auc_{n}"].value)
    assert formats[stream["artifact"]] == "npz" and metrics["stream_roc_auc"].value > 0.9


def test_cli_scores_a_file_as_jsonl(anomaly_package, sensor_files):
    done = anomaly_cli("score", str(anomaly_package), str(sensor_files["fresh"]), "--jsonl", "--lang", "en")
    assert done.returncode == 0, done.stderr.decode()
    rows = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(rows) == 2000 and rows[0]["time"].startswith("2026-01-")
    assert {r["verdict"] for r in rows} == {"normal", "anomaly"}
    named = {s["name"] for r in rows for s in r["signals"]}
    assert "Discharge temperature" in named or "Pressure" in named or "f3" in named
    alerts = anomaly_cli("score", str(anomaly_package), str(sensor_files["fresh"]), "--alerts-only")
    assert 0 < len(alerts.stdout.decode().splitlines()) < 2000


def test_cli_streams_readings_one_at_a_time(anomaly_package, sensor_files):
    """``luytre anomaly stream PKG -`` reads a CSV from standard input as it arrives and prints alerts as
    they are raised (persist = 2: a fault of three readings is one alert, at its second reading)."""
    lines = sensor_files["fresh"].read_text(encoding="utf-8").splitlines()
    header, rows = lines[0], lines[1:201]
    faulty = rows[100].split(",")
    faulty[2] = "20000"  # f2 (pressure) far beyond the history
    rows[100:103] = [",".join(faulty)] * 3
    rows.insert(50, "2026-01-29T00:00:00,1,2,hỏng,4,5,6,7,8,9")
    done = anomaly_cli("stream", str(anomaly_package), "-", "--stream", "may-nen-3", "--lang", "en",
                       stdin="\n".join([header, *rows]).encode())
    stderr = done.stderr.decode()
    assert done.returncode == 1 and "row 52 skipped" in stderr and "1 rows skipped" in stderr  # reported, not lost
    alerts = [json.loads(line) for line in done.stdout.decode().splitlines()]
    fault = [a for a in alerts if a["row"] in (103, 104, 105)]
    assert len(fault) == 1 and fault[0]["row"] == 104 and fault[0]["stream"] == "may-nen-3"
    assert fault[0]["signals"][0]["feature"] == "f2" and fault[0]["out_of_range"] == ["f2"]
    assert fault[0]["signals"][0]["name"] == "Pressure" and "200 events" in stderr
    missing = anomaly_cli("stream", str(anomaly_package), "-", stdin=b"time,f1\n1,2\n")
    assert missing.returncode == 1 and "no column(s) f2" in missing.stderr.decode()
    unknown = anomaly_cli("stream", str(anomaly_package), "-", "--detector", "lof", stdin=b"")
    assert unknown.returncode != 0 and "has no detector 'lof'" in unknown.stderr.decode()


@pytest.mark.parametrize("content, problem", [
    ("", "is empty"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n", "no data rows"),
    ("time,f1,f2,anomaly\n" + "t,1,2,0\n" * 30, "has no column(s) 'f3'"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n" + "t,1,2,3,4,5,6,7,8,9,0\n" * 30
     + "t,1,2,3,hỏng,5,6,7,8,9,0\n", "row 32: column 'f4' holds 'hỏng'"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n" + "t,1,2,3,4,5,6,7,8,9,0\n" * 30
     + "t,1,NaN,3,4,5,6,7,8,9,0\n", "row 32: column 'f2' is empty, NaN"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n" + "t,1,2,3,4,5,6,7,8,9,0\n" * 30 + "t,1,2,,4,5,6,7,8,9,0\n",
     "column 'f3' is empty"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n" + "t,1,2,3,4,5,6,7,8,9,0\n" * 30 + "t,1,2\n", "3 fields"),
    ("time,f1,f2,f3,f4,f5,f6,f7,f8,f9,anomaly\n" + "t,1,2,3,4,5,6,7,8,9,7\n" * 30, "must hold 0"),
])
def test_malformed_data_is_refused_with_a_clear_message(tmp_path, content, problem):
    manifest = tmp_path / "m.toml"
    manifest.write_text((DATA / "manifest.toml").read_text(encoding="utf-8").replace(
        'label_column = "anomaly"', 'label_column = "anomaly"\nfeatures = ["f1","f2","f3","f4","f5","f6","f7",'
                                    '"f8","f9"]'), encoding="utf-8")
    data = tmp_path / "bad.csv"
    data.write_text(content, encoding="utf-8")
    done = anomaly_cli("build", str(data), "--manifest", str(manifest), "--out", str(tmp_path / "out"))
    stderr = done.stderr.decode()
    assert done.returncode == 4, stderr
    assert problem in stderr and "Traceback" not in stderr
    assert not (tmp_path / "out").exists()


def test_parquet_input_and_missing_values_dropped_when_asked(tmp_path, sensor_files):
    import pyarrow as pa
    import pyarrow.parquet as pq

    X, y = shuttle()
    columns = {f: X[:3000, i] for i, f in enumerate(FEATURES)}
    columns["f2"] = np.where(np.arange(3000) % 100 == 0, np.nan, columns["f2"])
    pq.write_table(pa.table({**columns, "anomaly": y[:3000].astype(int)}), tmp_path / "h.parquet")
    manifest = tmp_path / "m.toml"
    manifest.write_text((DATA / "manifest.toml").read_text(encoding="utf-8")
                        .replace('time_column = "time"\n', "drop_missing = true\n")
                        .replace('detector = "auto"', 'detector = "iforest"'), encoding="utf-8")
    from luytre.kinds.anomaly.build import build_anomaly

    package = build_anomaly(tmp_path / "h.parquet", manifest, tmp_path / "out")
    assert package.manifest.config["detector"] == "iforest"
    reply = load(package.root).answer(json.dumps(dict(zip(FEATURES, X[5000].tolist()))), lang="en")
    assert reply.result["detector"] == "iforest" and reply.text.startswith(("Normal", "Abnormal"))


def test_a_million_row_build_reports_progress(tmp_path):
    rng = np.random.default_rng(0)
    data = tmp_path / "big.csv"
    values = rng.normal(50, 5, size=(1_000_000, 3)).round(2)
    with open(data, "w") as fh:
        fh.write("a,b,c\n")
        np.savetxt(fh, values, fmt="%.2f", delimiter=",")
    manifest = tmp_path / "m.toml"
    manifest.write_text((DATA / "manifest.toml").read_text(encoding="utf-8").split("[anomaly]")[0]
                        + "[anomaly]\ndetector = \"ecod\"\n", encoding="utf-8")
    from luytre.kinds.anomaly.build import build_anomaly

    seen: list[int] = []
    package = build_anomaly(data, manifest, tmp_path / "out", progress=seen.append)
    assert seen[:3] == [100_000 - 1, 200_000 - 1, 300_000 - 1] and seen[-1] == 1_000_000
    assert package.manifest.config["features"] == ["a", "b", "c"]
    assert (tmp_path / "out" / "detector.npz").stat().st_size < 5_000_000


# -- vetting ---------------------------------------------------------------------------------------
def test_package_passes_vetting_as_built(anomaly_package, publishers, tmp_path):
    from luytre.vetting.admission import vet
    from luytre.vetting.trust import TrustStore

    trust = TrustStore(tmp_path / "trust.json")
    trust.add(publishers["luytre-tests"].public_key.read_bytes(), "luytre-tests")
    report = vet(anomaly_package, trust)
    assert report.admitted, report.to_dict()
    assert "npz" in next(c.detail for c in report.checks if c.name == "artifacts")


# -- the node's invoke, batch and ask (a real node process) ----------------------------------------
def node_with(package: Path, folder: Path, publishers: dict):
    """A new node home trusting the test publishers, with ``package`` vetted and installed; the open node."""
    from conftest import exempt_loopback, trust_publishers
    from luytre.home import init_home
    from luytre.node.service import Node

    home, token = init_home(folder, name=folder.name)
    exempt_loopback(home.path)
    trust_publishers(home.path, publishers)
    node = Node.open(home.path)
    node.install(package)
    return node, token


@pytest.fixture(scope="module")
def factory_node(tmp_path_factory, anomaly_package, publishers):
    node, token = node_with(anomaly_package, tmp_path_factory.mktemp("homes") / "factory", publishers)
    node.close()
    running = RunningNode(node.home.path)
    yield running, token
    running.stop()


def test_invoke_batch_and_ask_over_http(factory_node):
    server, _ = factory_node
    X, _ = shuttle()
    normal, faulty = dict(zip(FEATURES, X[40_001].tolist())), dict(zip(FEATURES, X[40_001].tolist()))
    faulty["f2"] = 20000.0  # far beyond anything in the history
    r = httpx.post(f"{server.url}/v1/experts/test-compressors/invoke",
                   json={"query": json.dumps(faulty), "lang": "vi"}, timeout=30)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["result"]["verdict"] == "anomaly" and body["result"]["signals"][0]["feature"] == "f2"
    assert body["result"]["records"][0]["out_of_range"] == ["f2"]
    assert "Áp suất" in body["answer"] and "bar" in body["answer"] and body["audit_seq"] > 0

    r = httpx.post(f"{server.url}/v1/experts/test-compressors/batch",
                   json={"queries": [json.dumps(normal), json.dumps(faulty), '{"f1": "cao"}'], "lang": "en"},
                   timeout=30)
    results = r.json()["results"]
    assert r.status_code == 200 and results[1]["result"]["verdict"] == "anomaly"
    assert results[2]["error"]["code"] == "invalid_query" and "'f1' is 'cao', not a number" in \
        results[2]["error"]["message"]

    question = "máy nén số 3 có bất thường không? " + json.dumps(faulty)
    r = httpx.post(f"{server.url}/v1/ask", json={"query": question}, timeout=30)
    assert r.status_code == 200, r.text
    assert r.json()["expert"] == "test-compressors" and r.json()["answer"].startswith("Bất thường")
    r = httpx.post(f"{server.url}/v1/ask", json={"query": "is compressor 3 abnormal? " + json.dumps(normal),
                                                 "expert": "test-compressors", "lang": "en"}, timeout=30)
    assert r.json()["result"]["verdict"] == "normal" and r.json()["answer"].startswith("Normal")


def test_stream_events_over_http(factory_node):
    """The kind's streaming endpoint on a real node process: operators only; one event a request."""
    server, token = factory_node
    X, _ = shuttle()
    url = f"{server.url}/v1/anomaly/test-compressors/streams/day-1/events"
    event = {"time": "t0", "values": dict(zip(FEATURES, X[40_001].tolist()))}
    assert httpx.post(url, json={"events": [event]}, timeout=30).status_code == 401
    admin = {"Authorization": f"Bearer {token}"}
    replies = [httpx.post(url, json={"events": [{**event, "time": f"t{i}"}]}, headers=admin, timeout=30)
               for i in range(5)]
    assert all(r.status_code == 200 for r in replies) and replies[-1].json()["stream_events"] == 5
    bad = httpx.post(url, json={"events": [{"time": "t", "values": {"f1": "cao"}}]}, headers=admin, timeout=30)
    assert bad.status_code == 422 and "'f1' is 'cao', not a number" in bad.json()["error"]["message"]
    oversized = httpx.post(url, json={"events": [event] * 10_001}, headers=admin, timeout=60)
    assert oversized.status_code in (413, 422)


@pytest.mark.parametrize("query, problem", [
    ('{"f1": 1}', "has no value for 'f2'"),
    ('{"f1": 1, ', "not valid JSON"),
    ("[1, 2]", "record 1 is not an object"),
    (json.dumps(dict.fromkeys(FEATURES, 10**400)), "not a finite number"),
])
def test_malformed_readings_get_a_specific_422(factory_node, query, problem):
    server, _ = factory_node
    r = httpx.post(f"{server.url}/v1/experts/test-compressors/invoke", json={"query": query}, timeout=30)
    assert r.status_code == 422 and problem in r.json()["error"]["message"]


# -- the kind's routes, as the node mounts them (under /v1/anomaly, through its kind context) ---------
@pytest.fixture(scope="module")
def kind_api(tmp_path_factory, anomaly_package, publishers):
    from fastapi.testclient import TestClient

    from luytre.node.api import create_app

    node, token = node_with(anomaly_package, tmp_path_factory.mktemp("homes") / "kind-api", publishers)
    node.refresh(force=True)
    with TestClient(create_app(node), base_url="http://127.0.0.1") as client:  # a Host the node answers
        yield client, node, {"Authorization": f"Bearer {token}"}
    node.close()


def test_score_route_and_file_upload(kind_api, sensor_files):
    client, node, admin = kind_api
    X, _ = shuttle()
    records = [dict(zip(FEATURES, row)) for row in X[41_000:41_500].tolist()]
    r = client.post("/v1/anomaly/test-compressors/score", json={"records": records, "lang": "en"})
    assert r.status_code == 200, r.text
    assert len(r.json()["results"]) == 500 and r.json()["alerts"] == sum(
        x["verdict"] == "anomaly" for x in r.json()["results"])
    with open(sensor_files["fresh"], "rb") as fh:
        assert client.post("/v1/anomaly/test-compressors/score-file",
                           files={"file": ("fresh.csv", b"f1\n1\n", "text/csv")}).status_code == 401  # operators only
        r = client.post("/v1/anomaly/test-compressors/score-file", files={"file": ("fresh.csv", fh, "text/csv")},
                        headers=admin)
    body = r.json()
    assert r.status_code == 200 and body["rows"] == 2000 and len(body["scores"]) == 2000
    assert body["times"][0].startswith("2026-01-") and body["alerts"][0]["signals"]
    r = client.post("/v1/anomaly/test-compressors/score-file", files={"file": ("x.csv", b"f1,f2\n1,2\n")},
                    headers=admin)
    assert r.status_code == 422 and "the uploaded file has no column(s) 'f3'" in r.json()["error"]["message"]
    assert client.post("/v1/anomaly/test-compressors/score", json={"records": []}).status_code == 422
    assert client.get("/v1/anomaly/nope").status_code == 404
    assert client.get("/v1/anomaly/ui").text.count("<script") == 1
    entries = [json.loads(e["entry_json"]) if "entry_json" in e else e for e in _audit_events(node)]
    assert {"anomaly.scored", "anomaly.file_scored"} <= {e.get("event") for e in entries}


def _audit_events(node) -> list[dict]:
    from sqlalchemy import text

    with node.registry.core_transaction() as session:
        return [json.loads(row[0]) for row in session.execute(text("SELECT entry_json FROM audit_entries"))]


def test_stream_route_needs_an_operator_and_audits_alerts(kind_api):
    client, node, admin = kind_api
    X, _ = shuttle()
    events = [{"time": f"t{i}", "values": dict(zip(FEATURES, row))} for i, row in enumerate(X[41_000:41_100].tolist())]
    for i in (40, 41, 42):  # a fault lasting three readings: one alert (persist = 2), raised at the second
        events[i]["values"] = {**events[i]["values"], "f2": 20000.0}
    url = "/v1/anomaly/test-compressors/streams/may-nen-3/events"
    assert client.post(url, json={"events": events}).status_code == 401
    r = client.post(url, json={"events": events}, headers=admin)
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["stream_events"] == 100 and any(a["time"] == "t41" for a in body["alerts"])
    view = client.get("/v1/anomaly/test-compressors/streams/may-nen-3", headers=admin).json()
    assert view["events"] == 100 and len(view["scores"]) == 64 and view["times"][-1] == "t99"
    entries = [e for e in _audit_events(node) if e.get("event") == "anomaly.alerts"]  # one per request
    assert any(e["stream"] == "may-nen-3" and e["count"] == len(body["alerts"])
               and any(a["event_time"] == "t41" and a["signals"][0] == "f2" for a in e["alerts"])
               for e in entries), json.dumps(entries)
    assert "20000" not in json.dumps(entries)  # the audit names signals, never the readings
    assert body["detector"] == client.get("/v1/anomaly/test-compressors").json()["stream_detector"]

    # one event a request (the plain-Python path): same score as the batch path; a fault of two raises one alert
    single = "/v1/anomaly/test-compressors/streams/may-nen-4/events"
    batch_scores = client.post(single.replace("4/", "5/"), json={"events": events[:3]}, headers=admin).json()
    ones = [client.post(single, json={"events": [e]}, headers=admin).json() for e in events[:3]]
    assert [o["scores"][0] for o in ones] == batch_scores["scores"] and ones[-1]["stream_events"] == 3
    faults = [client.post(single, json={"events": [events[i]]}, headers=admin).json() for i in (40, 41, 42)]
    assert [len(f["alerts"]) for f in faults] == [0, 1, 0] and faults[2]["in_alert"]
    assert faults[1]["alerts"][0]["signals"][0]["feature"] == "f2"
    # another of the package's detectors, by name; an unknown one is refused
    info = client.get("/v1/anomaly/test-compressors").json()
    r = client.post(f"{single}?detector={info['detector']}", json={"events": events[:5]}, headers=admin)
    assert r.status_code == 200 and r.json()["detector"] == info["detector"]
    r = client.post(f"{single}?detector=lof", json={"events": events[:5]}, headers=admin)
    assert r.status_code == 422 and "has no detector 'lof'" in r.json()["error"]["message"]
    assert client.post("/v1/anomaly/test-compressors/streams/bad%20id/events", json={"events": events},
                       headers=admin).status_code == 422
    assert client.get("/v1/anomaly/test-compressors/streams/never", headers=admin).status_code == 404


def test_a_million_stream_events_keep_memory_flat(tmp_path, sensor_files):
    from luytre.kinds.anomaly.build import build_anomaly
    from luytre.kinds.anomaly.stream import StreamStore

    manifest = tmp_path / "m.toml"
    manifest.write_text((DATA / "manifest.toml").read_text(encoding="utf-8")
                        .replace('detector = "auto"', 'detector = "ecod"', 1), encoding="utf-8")
    expert = load(build_anomaly(sensor_files["train"], manifest, tmp_path / "ecod").root)
    assert expert.stream_model.name == "hst"  # [anomaly.stream] detector = "auto" without validation data
    X, _ = shuttle()
    batch = np.tile(X[:1000], (10, 1))  # 10,000 events per push
    times = [str(i) for i in range(batch.shape[0])]
    store = StreamStore()
    tracemalloc.start()
    for n in range(100):  # 1,000,000 events over 200 stream ids; the expert keeps at most 50 streams
        store.push(expert, f"line-{n % 200}", batch, times)
        if n == 9:
            early = tracemalloc.get_traced_memory()[0]
    late = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert store.count("test-compressors") == 50
    assert late < early + 512 * 1024, (early, late)
    view = store.view(expert, "line-99")
    assert view["events"] == 10_000 and len(view["scores"]) == 64
    # single events (the plain-Python path) over many streams: memory stays flat too
    rows = X[:1000].tolist()
    tracemalloc.start()
    for n in range(60_000):
        store.push_one(expert, f"sensor-{n % 300}", rows[n % 1000], "t")
        if n == 9_999:
            early = tracemalloc.get_traced_memory()[0]
    late = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    assert late < early + 256 * 1024, (early, late)
    assert store.count("test-compressors") == 50


# -- the redesign's import contract ---------------------------------------------------------------
def test_no_platform_module_imports_the_anomaly_kind():
    platform = ["node", "mesh", "sovereignty", "vetting", "registry", "routing", "experts", "text", "cli"]
    offenders = []
    for package in platform:
        for path in (ROOT / "src" / "luytre" / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                         else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
                offenders += [f"{path.relative_to(ROOT)}: {n}" for n in names if n.startswith("luytre.kinds.")]
    assert offenders == []


def test_readings_nested_too_deep_are_a_clear_error_not_a_crash(factory_node):
    """"[[[[…" a few thousand deep made json's decoder recurse past Python's limit: a RecursionError in the routing
    claim of every question carrying it, and in the answer. Now an InvalidQuery: the claim reads no readings."""
    server, _ = factory_node
    for nested in ("cảm biến máy nén " + "[" * 3000, "kiểm tra cảm biến " + '{"":' * 1000):
        asked = httpx.post(f"{server.url}/v1/ask", json={"query": nested, "lang": "vi"}, timeout=30)
        assert asked.status_code < 500, asked.text
        invoked = httpx.post(f"{server.url}/v1/experts/test-compressors/invoke", json={"query": nested, "lang": "vi"},
                             timeout=30)
        assert invoked.status_code == 422 and "nested too deeply" in invoked.text, invoked.text
