"""The admission gate against a corpus of malicious and broken packages, made here.

Each one must be refused with the right check named; every reference expert must
be admitted, quickly. Signing, trust store and the CLI are tested as a user runs them."""

import json
import os
import pickle
import shutil
import zipfile
from pathlib import Path

import pytest

from conftest import cli, signed
from luytre.config import VettingSection
from luytre.errors import SignatureError, VettingFailed
from luytre.experts.package import ExpertPackage, pack
from luytre.node.service import Node
from luytre.storage import write_npz
from luytre.vetting.admission import vet
from luytre.vetting.signing import SIGNATURE_FILE, create_keys, sign, verify


def copy(package: Path, target: Path) -> Path:
    shutil.copytree(package, target)
    return target


def failed_checks(report) -> list[str]:
    return [c.name for c in report.failed() if not c.detail.startswith("not run")]


class Payload:
    """An object whose unpickling calls ``function(*args)``: what a malicious model file does."""

    def __init__(self, function, *args) -> None:
        self.function, self.args = function, args

    def __reduce__(self):
        return self.function, self.args


def _pickles() -> dict[str, bytes]:
    import importlib
    import operator
    import runpy
    import subprocess

    return {
        "os.system": pickle.dumps(Payload(os.system, "touch /tmp/luytre-pwned")),
        "eval": pickle.dumps(Payload(eval, "__import__('os').getcwd()")),
        "subprocess": pickle.dumps(Payload(subprocess.Popen, ["true"])),
        "importlib": pickle.dumps(Payload(importlib.import_module, "os")),
        "runpy": pickle.dumps(Payload(runpy.run_path, "/nonexistent.py")),
        "methodcaller": pickle.dumps(Payload(operator.methodcaller, "system", "true")),
    }


PICKLE_NAMES = ["model.bin", "weights.safetensors", "weights", "tokenizer.json", "embeddings.npy", "extra.txt"]


@pytest.mark.parametrize("payload, name", list(zip(_pickles(), PICKLE_NAMES)))
def test_signed_pickles_are_refused_whatever_their_name(helpdesk_package, publishers, trust, tmp_path, payload,
                                                        name):
    evil = copy(helpdesk_package, tmp_path / "evil")
    (evil / name).write_bytes(_pickles()[payload])
    signed(evil, publishers, "luytre-tests")  # even its real publisher signing it does not help
    report = vet(evil, trust)
    assert failed_checks(report) == ["artifacts"]
    detail = next(c.detail for c in report.checks if c.name == "artifacts")
    assert "pickle" in detail and "would call" in detail, detail  # picklescan says what it would run


def test_pickle_inside_a_zip_and_object_arrays_are_refused(helpdesk_package, publishers, trust, tmp_path):
    import io

    import numpy as np

    nested = copy(helpdesk_package, tmp_path / "nested")
    with zipfile.ZipFile(nested / "bundle.zip", "w") as archive:
        archive.writestr("model.pkl", _pickles()["os.system"])
    signed(nested, publishers, "luytre-tests")
    assert failed_checks(vet(nested, trust)) == ["artifacts"]

    objects = copy(helpdesk_package, tmp_path / "objects")
    buffer = io.BytesIO()
    np.save(buffer, np.array([Payload(print, "x")], dtype=object), allow_pickle=True)
    (objects / "weights.npy").write_bytes(buffer.getvalue())
    signed(objects, publishers, "luytre-tests")
    assert failed_checks(vet(objects, trust)) == ["artifacts"]


def test_every_single_byte_change_to_a_signed_artifact_is_caught(helpdesk_package, publishers, tmp_path):
    package = copy(helpdesk_package, tmp_path / "p")
    (package / "notes.txt").write_text("Bộ câu hỏi của trường, phiên bản 1.\n", encoding="utf-8")
    signed(package, publishers, "luytre-tests")
    public = publishers["luytre-tests"].public_key.read_bytes()
    verify(package, public)
    original = (package / "notes.txt").read_bytes()
    for i in range(len(original)):
        changed = bytearray(original)
        changed[i] ^= 0x01
        (package / "notes.txt").write_bytes(bytes(changed))
        with pytest.raises(SignatureError, match="notes.txt changed after signing"):
            verify(package, public)
    (package / "notes.txt").write_bytes(original)
    verify(package, public)


@pytest.mark.parametrize("change", ["add", "remove", "rename", "flip-model-byte"])
def test_changed_file_set_is_caught(helpdesk_package, trust, tmp_path, change):
    package = copy(helpdesk_package, tmp_path / "p")
    if change == "add":
        (package / "extra.json").write_text("{}")
    elif change == "remove":
        (package / "model.json").unlink()
    elif change == "rename":
        (package / "model.json").rename(package / "model2.json")
    else:
        data = bytearray((package / "model.npz").read_bytes())
        data[len(data) // 2] ^= 0xFF
        (package / "model.npz").write_bytes(bytes(data))
    assert "signature" in failed_checks(vet(package, trust))


def test_foreign_keys_and_publisher_mismatch(helpdesk_package, publishers, trust, tmp_path):
    attacker = create_keys("luytre-tests", tmp_path / "attacker")  # claims the name, but not the key
    resigned = copy(helpdesk_package, tmp_path / "resigned")
    sign(resigned, attacker.private_key)
    report = vet(resigned, trust)
    assert failed_checks(report) == ["signature"]
    assert "does not trust" in next(c.detail for c in report.checks if c.name == "signature")

    # A key the node trusts, but for another organization, cannot sign for this publisher.
    mismatch = signed(copy(helpdesk_package, tmp_path / "mismatch"), publishers, "luytre-demo")
    report = vet(mismatch, trust)
    assert failed_checks(report) == ["signature"]
    assert "names the publisher 'luytre-tests'" in next(c.detail for c in report.checks if c.name == "signature")

    unsigned = copy(helpdesk_package, tmp_path / "unsigned")
    (unsigned / SIGNATURE_FILE).unlink()
    assert failed_checks(vet(unsigned, trust)) == ["signature"]


def test_a_signer_cannot_exclude_files(helpdesk_package, publishers, trust, tmp_path):
    from model_signing import hashing, signing

    package = copy(helpdesk_package, tmp_path / "p")
    (package / "payload.bin").write_bytes(b"\x00\x01not signed")
    config = hashing.Config().set_ignored_paths(paths=[SIGNATURE_FILE, "payload.bin"])
    signing.Config().use_elliptic_key_signer(private_key=publishers["luytre-tests"].private_key) \
        .set_hashing_config(config).sign(package, package / SIGNATURE_FILE)
    report = vet(package, trust)
    assert "signature" in failed_checks(report)


def _archive(tmp_path: Path, name: str, entries: list[tuple[str, bytes]]) -> Path:
    path = tmp_path / name
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for entry, data in entries:
            archive.writestr(entry, data)
    return path


@pytest.mark.parametrize("kind", ["zip-slip", "absolute-path", "zip-bomb", "too-many-files"])
def test_hostile_archives(helpdesk_package, trust, tmp_path, kind):
    good = [(f.path, (helpdesk_package / f.path).read_bytes()) for f in ExpertPackage.open(helpdesk_package).files]
    extra = {
        "zip-slip": [("../../escaped.txt", b"x")],
        "absolute-path": [("/etc/luytre-evil.txt", b"x")],
        "zip-bomb": [("zeros.txt", b"0" * 50_000_000)],
        "too-many-files": [(f"f{i}.txt", b"") for i in range(10_001)],
    }[kind]
    report = vet(_archive(tmp_path, "p.luytre", good + extra), trust)
    assert failed_checks(report) == ["archive"]


def test_symlinks_and_repository_folders(helpdesk_package, publishers, trust, tmp_path):
    linked = copy(helpdesk_package, tmp_path / "linked")
    (linked / "passwd.txt").symlink_to("/etc/passwd")
    assert failed_checks(vet(linked, trust)) == ["signature"]  # nothing is parsed after a failed signature
    (linked / SIGNATURE_FILE).unlink()  # unsigned (development only), the file tree check sees the link
    assert "file_tree" in failed_checks(vet(linked, trust, allow_unsigned=True))
    git = copy(helpdesk_package, tmp_path / "git")
    (git / ".git").mkdir()
    (git / ".git" / "config").write_text("[core]\n")
    signed(git, publishers, "luytre-tests")  # model-signing skips .git: the signed set differs too
    assert failed_checks(vet(git, trust)) == ["signature"]  # and file_tree is not run after it


def _onnx(custom_domain: bool = False, external: str | None = None) -> bytes:
    from onnx import TensorProto, helper

    nodes = [helper.make_node("Relu", ["x"], ["y"])]
    opsets = [helper.make_opsetid("", 17)]
    if custom_domain:
        nodes.append(helper.make_node("Backdoor", ["y"], ["z"], domain="com.attacker"))
        opsets.append(helper.make_opsetid("com.attacker", 1))
    output = "z" if custom_domain else "y"
    initializers = []
    if external:
        tensor = helper.make_tensor("w", TensorProto.FLOAT, [1], [1.0])
        tensor.data_location = TensorProto.EXTERNAL
        tensor.ClearField("float_data")
        entry = tensor.external_data.add()
        entry.key, entry.value = "location", external
        initializers.append(tensor)
    graph = helper.make_graph(nodes, "g", [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1])],
                              [helper.make_tensor_value_info(output, TensorProto.FLOAT, [1])], initializers)
    return helper.make_model(graph, opset_imports=opsets).SerializeToString()


@pytest.mark.parametrize("case", ["custom-op", "external-data", "skops-untrusted"])
def test_unsafe_onnx_and_skops(helpdesk_package, publishers, trust, tmp_path, case):
    package = copy(helpdesk_package, tmp_path / "p")
    if case == "custom-op":
        (package / "model.onnx").write_bytes(_onnx(custom_domain=True))
    elif case == "external-data":
        (package / "model.onnx").write_bytes(_onnx(external="../../../etc/shadow"))
    else:
        import skops.io
        from sklearn.preprocessing import FunctionTransformer

        (package / "model.skops").write_bytes(skops.io.dumps(FunctionTransformer(func=os.system)))
    signed(package, publishers, "luytre-tests")
    report = vet(package, trust)
    assert failed_checks(report) == ["artifacts"], report.to_dict()


def test_safe_onnx_is_accepted(helpdesk_package, publishers, trust, tmp_path):
    package = copy(helpdesk_package, tmp_path / "p")
    (package / "encoder.onnx").write_bytes(_onnx())
    signed(package, publishers, "luytre-tests")
    report = vet(package, trust)
    assert report.admitted, report.to_dict()
    assert "onnx" in next(c.detail for c in report.checks if c.name == "artifacts")


def _edit_manifest(package: Path, **changes) -> None:
    manifest = json.loads((package / "expert.json").read_text(encoding="utf-8"))
    manifest.update(changes)
    (package / "expert.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


def test_manifest_dossier_version_and_budget(helpdesk_package, publishers, trust, tmp_path):
    bad = copy(helpdesk_package, tmp_path / "bad")
    _edit_manifest(bad, risk_tier="extreme")
    signed(bad, publishers, "luytre-tests")
    assert failed_checks(vet(bad, trust)) == ["manifest"]

    high = copy(helpdesk_package, tmp_path / "high")
    _edit_manifest(high, risk_tier="high")
    signed(high, publishers, "luytre-tests")
    assert failed_checks(vet(high, trust)) == ["dossier"]
    (high / "dossier.md").write_text("Phân loại rủi ro cao: hỗ trợ học sinh. " * 10, encoding="utf-8")
    signed(high, publishers, "luytre-tests")
    assert vet(high, trust).admitted

    assert failed_checks(vet(helpdesk_package, trust, installed_version="2.0.0")) == ["version"]
    assert vet(helpdesk_package, trust, installed_version="2.0.0", allow_downgrade=True).admitted

    # Weights that need ~160 MB once loaded, in a 1.5 MB file, from a manifest promising 40 MB.
    import numpy as np

    hog = copy(helpdesk_package, tmp_path / "hog")
    with np.load(hog / "model.npz") as arrays:
        data = dict(arrays)
    data["coef_t"] = np.zeros((data["coef_t"].shape[0], 40_000_000 // data["coef_t"].shape[0]), np.float32)
    write_npz(hog / "model.npz", data)
    _edit_manifest(hog, budget={"max_rss_mb": 40, "p95_latency_ms": 50})
    signed(hog, publishers, "luytre-tests")
    report = vet(hog, trust)
    assert failed_checks(report) == ["resources"], report.to_dict()


def test_evaluation_gate_on_the_operators_data(helpdesk_package, trust, tmp_path):
    source = Path(__file__).parent / "data" / "school-helpdesk"
    rows = [json.loads(line) for line in (source / "train.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()][:30]
    honest = tmp_path / "honest.jsonl"
    honest.write_text("\n".join(json.dumps({"text": r["text"], "label": r["label"]}, ensure_ascii=False)
                                for r in rows), encoding="utf-8")
    report = vet(helpdesk_package, trust, eval_file=honest)
    assert report.admitted, report.to_dict()
    labels = sorted({r["label"] for r in rows})
    wrong = tmp_path / "wrong.jsonl"  # every label shifted: the expert cannot reach the node's floor
    wrong.write_text("\n".join(json.dumps({"text": r["text"], "label": labels[(labels.index(r["label"]) + 1)
                                                                                % len(labels)]}, ensure_ascii=False)
                               for r in rows), encoding="utf-8")
    report = vet(helpdesk_package, trust, eval_file=wrong)
    assert failed_checks(report) == ["evaluation"]
    assert "below this node's floor" in next(c.detail for c in report.checks if c.name == "evaluation")
    # The node's floor is set per domain (overriding the default); even with no floor, an expert
    # must not fall far below the accuracy its publisher claims.
    domain = ExpertPackage.open(helpdesk_package).manifest.domain
    lenient = VettingSection(default_min_accuracy=0.99, min_accuracy={domain: 0.0})
    detail = next(c.detail for c in vet(helpdesk_package, trust, lenient, eval_file=wrong).checks
                  if c.name == "evaluation")
    assert "below the claimed" in detail and "floor" not in detail


def test_reference_experts_are_admitted(triage_package, identity_package, trust):
    # How long this takes is measured by bench/vetting.py, not asserted here.
    for package in (triage_package, identity_package):
        report = vet(package, trust)
        assert report.admitted, report.to_dict()
        assert [c.name for c in report.checks] == ["archive", "signature", "file_tree", "artifacts", "manifest",
                                                   "dossier", "version", "evaluation", "resources"]


def test_install_stores_the_report_and_unsigned_is_development_only(fresh_home, helpdesk_package, tmp_path):
    home, _ = fresh_home
    node = Node.open(home)
    installed = node.install(helpdesk_package)
    assert installed.active.vetting_report["admitted"] is True
    assert installed.active.vetting_report["unsigned"] is False
    node.remove("school-helpdesk")

    unsigned = copy(helpdesk_package, tmp_path / "unsigned")
    (unsigned / SIGNATURE_FILE).unlink()
    with pytest.raises(VettingFailed, match="signature"):
        node.install(unsigned)
    dev = node.install(unsigned, allow_unsigned=True)
    assert dev.active.vetting_report["unsigned"] is True
    node.close()
    listed = json.loads(cli("expert", "info", "school-helpdesk", "--json", home=home).stdout)
    assert listed["unsigned"] is True and listed["vetting"]["checks"][1]["waived"] is True

    config = (home / "config.toml").read_text()
    (home / "config.toml").write_text(config.replace('mode = "development"', 'mode = "production"'))
    refused = cli("expert", "install", str(unsigned), "--allow-unsigned", home=home)
    assert refused.returncode != 0 and b"production" in refused.stderr


def test_cli_keys_sign_verify_trust_and_vet(fresh_home, helpdesk_package, tmp_path):
    home, _ = fresh_home
    created = cli("keys", "create", "--org", "Trường THCS Lũy Tre", "--out", str(tmp_path / "keys"), "--json")
    assert created.returncode == 0, created.stderr
    keys = json.loads(created.stdout)
    assert oct(Path(keys["private_key"]).stat().st_mode & 0o777) == "0o600"
    assert cli("keys", "create", "--org", "Trường THCS Lũy Tre", "--out", str(tmp_path / "keys")).returncode != 0

    package = copy(helpdesk_package, tmp_path / "pkg")
    _edit_manifest(package, publisher="Trường THCS Lũy Tre")
    assert cli("expert", "sign", str(package), "--key", keys["private_key"]).returncode == 0
    verified = cli("expert", "verify", str(package), "--pub", keys["public_key"], "--json")
    assert verified.returncode == 0 and json.loads(verified.stdout)["valid"] is True
    other = create_keys("someone else", tmp_path / "other")
    assert cli("expert", "verify", str(package), "--pub", str(other.public_key)).returncode != 0

    refused = cli("expert", "vet", str(package), "--json", home=home)
    assert refused.returncode == 11 and json.loads(refused.stdout)["admitted"] is False
    assert cli("trust", "add", keys["public_key"], "--org", "Trường THCS Lũy Tre", home=home).returncode == 0
    listed = json.loads(cli("trust", "list", "--json", home=home).stdout)
    assert keys["fingerprint"] in [k["fingerprint"] for k in listed]
    archive = pack(ExpertPackage.open(package), tmp_path / "pkg.luytre")
    admitted = cli("expert", "vet", str(archive), home=home)
    assert admitted.returncode == 0 and b"admitted" in admitted.stdout
    assert cli("expert", "install", str(archive), home=home).returncode == 0

    assert cli("trust", "remove", "Trường THCS Lũy Tre", home=home).returncode == 0
    assert cli("expert", "vet", str(archive), home=home).returncode == 11
    assert cli("trust", "remove", "nobody", home=home).returncode != 0
    assert cli("trust", "add", str(tmp_path / "pkg.luytre"), "--org", "x", home=home).returncode != 0
