"""The evaluation check (`luytre expert install --eval`) runs an untrusted package only in the vetting probe's
capped child process, through the real CLI: a package whose weights blow up once loaded costs the child its
memory cap, never the installing process; an evaluation over its CPU allowance is cut and refused naming the
config key; the child's BLAS threads are pinned."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import numpy as np

from conftest import DATA, cli, signed
from luytre.config import NodeConfig, VettingSection


def _set_vetting(home: Path, **values: object) -> None:
    config = NodeConfig.read(home / "config.toml")
    config.vetting = VettingSection.model_validate(config.vetting.model_dump() | values)
    config.write(home / "config.toml")


def _labeled(path: Path, repeat: int = 1) -> Path:
    """The helpdesk's examples, ``repeat`` times; each copy numbered, so no answer is a cached one."""
    rows = [json.loads(line) for line in (DATA / "school-helpdesk" / "train.jsonl").read_text(encoding="utf-8")
            .splitlines() if line.strip()]
    path.write_text("\n".join(json.dumps({"text": r["text"] + (f" (câu {n})" if n else ""), "label": r["label"]},
                                         ensure_ascii=False) for n in range(repeat) for r in rows), encoding="utf-8")
    return path


def _run_watching_memory(args: list[str], home: Path) -> tuple[subprocess.CompletedProcess, float]:
    """Run ``luytre ARGS`` and read the peak resident memory of that process alone (VmHWM, its children
    not counted) while it runs."""
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200"}
    env.pop("LUYTRE_HOME", None)
    process = subprocess.Popen([sys.executable, "-m", "luytre", *args, "--home", str(home)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    status, peak_kb = Path(f"/proc/{process.pid}/status"), 0
    deadline = time.monotonic() + 300
    while process.poll() is None and time.monotonic() < deadline:
        try:
            for line in status.read_text().splitlines():
                if line.startswith("VmHWM:"):
                    peak_kb = max(peak_kb, int(line.split()[1]))
        except (OSError, ValueError):
            pass  # the process ended between poll() and the read
        time.sleep(0.05)
    stdout, stderr = process.communicate(timeout=60)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr), peak_kb / 1024


def test_a_package_that_blows_up_when_loaded_costs_the_capped_child_not_the_installer(
        fresh_home, helpdesk_package, publishers, tmp_path):
    home, _ = fresh_home
    hog = tmp_path / "hog"
    shutil.copytree(helpdesk_package, hog)
    with np.load(hog / "model.npz") as arrays:
        data = dict(arrays)
    rows = data["coef_t"].shape[0]
    data["coef_t"] = np.zeros((rows, 300_000_000 // rows), np.float32)  # 1.2 GB once loaded, ~1 MB on disk
    with zipfile.ZipFile(hog / "model.npz", "w", zipfile.ZIP_DEFLATED) as archive:  # streamed: never in memory
        for name, array in data.items():
            with archive.open(f"{name}.npy", "w", force_zip64=True) as member:
                np.lib.format.write_array(member, array, allow_pickle=False)
    manifest = json.loads((hog / "expert.json").read_text(encoding="utf-8"))
    manifest["budget"] = {"max_rss_mb": 40, "p95_latency_ms": 50}
    (hog / "expert.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    signed(hog, publishers, "luytre-tests")
    assert sum(f.stat().st_size for f in hog.iterdir()) < 20_000_000
    honest = _labeled(tmp_path / "honest.jsonl")

    done, peak_mb = _run_watching_memory(["expert", "install", str(hog), "--eval", str(honest)], home)
    stderr = done.stderr.decode()
    assert done.returncode == 4, stderr
    assert "Traceback" not in stderr
    evaluation = stderr.split("evaluation:")[1].split("; resources:")[0]
    assert "memory cap" in evaluation and "vetting.max_rss_mb" in evaluation, stderr
    assert peak_mb < 700, f"the installing process itself reached {peak_mb:.0f} MB"
    listed = json.loads(cli("expert", "list", "--json", home=home).stdout)
    assert listed == []


def test_an_evaluation_over_its_cpu_allowance_is_cut_and_named(fresh_home, helpdesk_package, tmp_path):
    home, _ = fresh_home
    _set_vetting(home, probe_timeout_s=4.0)
    many = _labeled(tmp_path / "many.jsonl", repeat=8000)  # 192,000 answers: ~30 s of CPU, far over 4 s
    started = time.monotonic()
    done = cli("expert", "vet", str(helpdesk_package), "--eval", str(many), "--json", home=home, timeout=300)
    assert done.returncode == 11, done.stderr
    assert time.monotonic() - started < 120
    checks = {c["name"]: c for c in json.loads(done.stdout)["checks"]}
    assert not checks["evaluation"]["passed"]
    assert "vetting.probe_timeout_s" in checks["evaluation"]["detail"], checks["evaluation"]
    assert checks["resources"]["passed"], checks["resources"]  # the same package, exercised within its allowance


def test_an_admitted_evaluation_ran_with_pinned_threads(fresh_home, helpdesk_package, tmp_path):
    home, _ = fresh_home
    _set_vetting(home, probe_threads=1)
    done = cli("expert", "install", str(helpdesk_package), "--eval", str(_labeled(tmp_path / "ok.jsonl")),
               "--json", home=home)
    assert done.returncode == 0, done.stderr
    evaluation = next(c for c in json.loads(done.stdout)["vetting"]["checks"] if c["name"] == "evaluation")
    assert evaluation["passed"] and "in the probe's child process: 1 BLAS thread(s)" in evaluation["detail"]
