"""The CLI as a user runs it: subprocesses, real homes, real exit codes."""

import json
import zipfile

import pytest

from conftest import cli, jsonl, signed
from luytre.experts.package import ExpertPackage


def test_init_creates_a_home_and_refuses_a_second_init(tmp_path):
    home = tmp_path / "node"
    first = cli("init", "--json", "--name", "so-y-te", home=home)
    assert first.returncode == 0, first.stderr
    info = json.loads(first.stdout)
    assert info["node_id"].startswith("lt-") and len(info["operator_key"]) >= 32
    config = (home / "config.toml").read_text()
    assert info["operator_key"] not in config  # only its hash, in the node database's client keys
    assert info["operator_key"].encode() not in (home / "luytre.db").read_bytes()
    assert (home / "identity.key").stat().st_mode & 0o077 == 0
    assert (home / "luytre.db").exists()
    second = cli("init", home=home)
    assert second.returncode == 5
    assert b"already exists" in second.stderr and b"Traceback" not in second.stderr


def test_commands_without_a_home_say_how_to_create_one(tmp_path):
    result = cli("expert", "list", home=tmp_path / "missing")
    assert result.returncode == 5
    assert b"luytre init" in result.stderr


def test_ask_routes_red_flag_to_emergency(reference_home):
    result = cli("ask", "tôi bị đau ngực, vã mồ hôi", "--json", home=reference_home)
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert answer["expert"] == "vn-health-triage"
    assert answer["result"]["label"] == "cap_cuu"
    assert "115" in answer["answer"]
    assert answer["ai_generated"] is True
    for key in ("confidence", "candidates", "timings_ms", "cpu_ms", "energy_j_est", "node"):
        assert key in answer


def test_ask_jsonl_answers_each_line_and_reports_bad_lines(reference_home, tmp_path):
    batch = tmp_path / "questions.jsonl"
    batch.write_bytes(
        '{"id": "a", "query": "toi bi dau rang ham ben trai"}\n'
        "con tôi 3 tuổi sốt cao, ho nhiều\n"
        "\n"
        '{"id": "c", "query": "   "}\n'.encode() + b"\xff\xfe invalid\n"
    )
    result = cli("ask", "--jsonl", str(batch), home=reference_home)
    assert result.returncode == 1
    rows = jsonl(result.stdout)
    assert [r["id"] for r in rows] == ["a", 2, "c", 5]
    assert rows[0]["result"]["label"] == "rang_ham_mat" and rows[0]["query"] == "toi bi dau rang ham ben trai"
    assert rows[1]["result"]["label"] == "nhi"
    assert rows[2]["error"]["code"] == "invalid_query"
    assert "UTF-8" in rows[3]["error"]["message"]


def test_route_json_and_jsonl(reference_home, tmp_path):
    single = json.loads(cli("route", "thu tuc kham benh tai mui hong", "--json", home=reference_home).stdout)
    assert set(single) == {"id", "query", "expert", "confidence", "candidates"}
    batch = tmp_path / "q.jsonl"
    batch.write_text('{"id": 7, "query": "đau bụng dữ dội"}\nwhat is the best pizza in Rome\n')
    rows = jsonl(cli("route", "--jsonl", str(batch), home=reference_home).stdout)
    assert rows[0]["id"] == 7 and rows[0]["expert"] == "vn-health-triage"
    assert rows[1]["expert"] is None  # abstains on questions no expert covers
    assert {c["expert"] for c in rows[1]["candidates"]} == {"vn-health-triage", "vn-identity"}


@pytest.mark.parametrize(
    "args, code, message",
    [
        (["ask", ""], 2, b"empty"),
        (["ask", "   \t "], 2, b"empty"),
        (["ask", "a" * 5000], 2, b"at most 4096"),
        (["ask", "xin chao", "--expert", "no-such-expert"], 3, b"no-such-expert"),
        (["ask", "xin chao", "--lang", "fr"], 2, b"unsupported language"),
        (["expert", "info", "nope"], 3, b"nope"),
        (["expert", "remove", "nope"], 3, b"nope"),
        (["ask"], 2, b"--jsonl"),
    ],
)
def test_bad_input_gives_specific_errors(reference_home, args, code, message):
    result = cli(*args, home=reference_home)
    assert result.returncode == code, result.stderr
    assert message in result.stderr
    assert b"Traceback" not in result.stderr


def test_invalid_utf8_argument(reference_home):
    import os
    import subprocess
    import sys

    result = subprocess.run([sys.executable.encode(), b"-m", b"luytre", b"ask", b"\xff\xfe bad", b"--home",
                             str(reference_home).encode()], capture_output=True,
                            env={**os.environ, "NO_COLOR": "1"})
    assert result.returncode == 2 and b"UTF-8" in result.stderr


def test_install_refuses_pickle_package_and_corrupt_archive(fresh_home, helpdesk_package, publishers, tmp_path):
    import pickle
    import shutil

    home, _ = fresh_home
    evil = tmp_path / "evil"
    shutil.copytree(helpdesk_package, evil)
    (evil / "model.safetensors").write_bytes(pickle.dumps({"x": 1}))
    result = cli("expert", "install", str(evil), home=home)  # added after signing: the signature check stops it
    assert result.returncode == 4 and b"signature" in result.stderr
    signed(evil, publishers, "luytre-tests")  # a trusted publisher who signed a pickle: the artifact check names it
    result = cli("expert", "install", str(evil), home=home)
    assert result.returncode == 4 and b"pickle" in result.stderr

    corrupt = tmp_path / "corrupt.luytre"
    corrupt.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    result = cli("expert", "install", str(corrupt), home=home)
    assert result.returncode == 4 and b"corrupt" in result.stderr.lower() or b"not a readable" in result.stderr

    bad_manifest = tmp_path / "bad-manifest"
    shutil.copytree(helpdesk_package, bad_manifest)
    manifest = json.loads((bad_manifest / "expert.json").read_text())
    del manifest["risk_tier"]
    (bad_manifest / "expert.json").write_text(json.dumps(manifest))
    signed(bad_manifest, publishers, "luytre-tests")  # signed as it is: the manifest check names the field
    result = cli("expert", "install", str(bad_manifest), home=home)
    assert result.returncode == 4 and b"risk_tier" in result.stderr

    assert json.loads(cli("expert", "list", "--json", home=home).stdout) == []
    assert not any(p.is_file() for p in (home / "experts").rglob("*"))


def test_full_expert_lifecycle(fresh_home, helpdesk_package, tmp_path):
    home, _ = fresh_home
    archive = tmp_path / "school-helpdesk-1.0.0.luytre"
    assert cli("expert", "pack", str(helpdesk_package), "--out", str(archive)).returncode == 0
    assert zipfile.is_zipfile(archive)

    installed = cli("expert", "install", str(archive), "--json", home=home)
    assert installed.returncode == 0, installed.stderr
    assert json.loads(installed.stdout)["loaded"] is True

    listed = json.loads(cli("expert", "list", "--json", home=home).stdout)
    assert [e["id"] for e in listed] == ["school-helpdesk"]
    info = json.loads(cli("expert", "info", "school-helpdesk", "--json", home=home).stdout)
    names = {m["name"] for m in info["manifest"]["metrics"]}
    assert {"accuracy", "macro_f1"} <= names

    invoked = json.loads(cli("expert", "invoke", "school-helpdesk", "can tin co com chay khong", "--json",
                             home=home).stdout)
    assert invoked["result"]["label"] == "can_tin"
    english = json.loads(cli("expert", "invoke", "school-helpdesk", "thư viện mở cửa lúc nào", "--lang", "en",
                             "--json", home=home).stdout)
    assert english["answer"].startswith("The library")

    exported = tmp_path / "exported"
    assert cli("expert", "export", "school-helpdesk", "--out", str(exported), home=home).returncode == 0
    for f in ExpertPackage.open(helpdesk_package).files:
        assert (exported / f.path).read_bytes() == (helpdesk_package / f.path).read_bytes()
    assert ExpertPackage.open(exported).digest == ExpertPackage.open(helpdesk_package).digest
    assert cli("expert", "export", "school-helpdesk", "--out", str(exported), home=home).returncode == 4

    assert cli("expert", "disable", "school-helpdesk", home=home).returncode == 0
    disabled = cli("expert", "invoke", "school-helpdesk", "hoc phi", home=home)
    assert disabled.returncode == 3 and b"disabled" in disabled.stderr
    assert cli("expert", "remove", "school-helpdesk", home=home).returncode == 0
    assert json.loads(cli("expert", "list", "--json", home=home).stdout) == []


def test_build_reports_bad_training_data(tmp_path):
    from conftest import DATA

    source = DATA / "school-helpdesk"
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"text": "hoc phi", "label": "hoc_phi"}\n{"text": "", "label": "hoc_phi"}\n')
    result = cli("expert", "build", "classifier", str(bad), "--manifest", str(source / "manifest.toml"),
                 "--out", str(tmp_path / "out"))
    assert result.returncode == 4 and b"bad.jsonl:2" in result.stderr
    unknown = tmp_path / "unknown.jsonl"
    unknown.write_text((source / "train.jsonl").read_text() + '{"text": "x", "label": "parking"}\n')
    result = cli("expert", "build", "classifier", str(unknown), "--manifest", str(source / "manifest.toml"),
                 "--out", str(tmp_path / "out"))
    assert result.returncode == 4 and b"parking" in result.stderr


def test_build_from_csv_writes_measured_metrics(tmp_path):
    import csv

    from conftest import DATA

    source = DATA / "school-helpdesk"
    rows = [json.loads(line) for line in (source / "train.jsonl").read_text().splitlines()]
    data = tmp_path / "train.csv"
    with open(data, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=["text", "label"])
        writer.writeheader()
        writer.writerows(rows)
    result = cli("expert", "build", "classifier", str(data), "--manifest", str(source / "manifest.toml"),
                 "--out", str(tmp_path / "pkg"), "--json")
    assert result.returncode == 0, result.stderr
    metrics = {m["name"]: m for m in json.loads(result.stdout)["metrics"]}
    assert metrics["accuracy"]["dataset"].startswith("train.csv held-out")
    assert 0 <= metrics["accuracy"]["value"] <= 1 and metrics["accuracy"]["n"] == 6


def test_help_texts_exist_for_every_command():
    for args in (["--help"], ["expert", "--help"], ["expert", "build", "classifier", "--help"], ["ask", "--help"],
                 ["demo", "--help"], ["serve", "--help"], ["route", "--help"], ["init", "--help"]):
        result = cli(*args)
        assert result.returncode == 0 and b"Usage" in result.stdout
