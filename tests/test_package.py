"""Expert packages: manifests, safe artifact formats, archives."""

import io
import json
import os
import pickle
import shutil
import zipfile

import numpy as np
import pytest

from luytre.errors import ManifestError, PackageError, UnsafeArtifact
from luytre.experts.manifest import parse_manifest
from luytre.experts.package import ExpertPackage, pack, unpack


class RunsCode:
    def __reduce__(self):
        return (os.system, ("echo pwned",))


@pytest.fixture
def package_dir(tmp_path, helpdesk_package):
    target = tmp_path / "pkg"
    shutil.copytree(helpdesk_package, target)
    return target


def test_valid_package_opens_with_stable_digest(package_dir):
    package = ExpertPackage.open(package_dir)
    assert package.manifest.id == "school-helpdesk"
    assert {f.path for f in package.files} == {"expert.json", "model.json", "model.npz", "signature.sig"}
    assert {f.format for f in package.files} == {"json", "npz"}
    assert ExpertPackage.open(package_dir).digest == package.digest


@pytest.mark.parametrize("name", ["weights.npy", "model.safetensors", "README", "extra.json", "data.bin"])
@pytest.mark.parametrize("protocol", [0, 2, 5])
def test_pickles_are_refused_whatever_their_name(package_dir, name, protocol):
    (package_dir / name).write_bytes(pickle.dumps(RunsCode(), protocol=protocol))
    with pytest.raises(UnsafeArtifact, match="pickle"):
        ExpertPackage.open(package_dir)


def test_npy_with_object_array_is_refused(package_dir):
    buffer = io.BytesIO()
    np.save(buffer, np.array([{"a": 1}], dtype=object), allow_pickle=True)
    (package_dir / "objects.npy").write_bytes(buffer.getvalue())
    with pytest.raises(UnsafeArtifact, match="objects"):
        ExpertPackage.open(package_dir)


def test_npz_hiding_an_object_array_is_refused(package_dir):
    with open(package_dir / "mixed.npz", "wb") as fh:
        np.savez(fh, ok=np.zeros(3), bad=np.array([RunsCode()], dtype=object))
    with pytest.raises(UnsafeArtifact, match="bad.npy"):
        ExpertPackage.open(package_dir)


def test_nested_zip_with_a_pickle_is_refused(package_dir):
    with zipfile.ZipFile(package_dir / "weights.npz", "w") as archive:
        archive.writestr("payload.pkl", pickle.dumps(RunsCode()))
    with pytest.raises(UnsafeArtifact):
        ExpertPackage.open(package_dir)


def test_unknown_binary_is_refused(package_dir):
    (package_dir / "blob").write_bytes(bytes(range(256)) * 4)
    with pytest.raises(UnsafeArtifact, match="unrecognized"):
        ExpertPackage.open(package_dir)


def test_symlink_and_git_folder_are_refused(package_dir):
    (package_dir / "link").symlink_to("/etc/passwd")
    with pytest.raises(PackageError, match="symbolic link"):
        ExpertPackage.open(package_dir)
    (package_dir / "link").unlink()
    (package_dir / ".git").mkdir()
    (package_dir / ".git" / "config").write_text("x")
    with pytest.raises(PackageError, match="repository"):
        ExpertPackage.open(package_dir)


def test_missing_manifest(package_dir):
    (package_dir / "expert.json").unlink()
    with pytest.raises(PackageError, match="no expert.json"):
        ExpertPackage.open(package_dir)


def test_malformed_manifest_json():
    with pytest.raises(ManifestError, match="not valid JSON"):
        parse_manifest(b"{not json")


def test_incomplete_manifest_names_every_missing_field(package_dir):
    data = json.loads((package_dir / "expert.json").read_text())
    for field in ("risk_tier", "publisher"):
        del data[field]
    data["version"] = "1.0"
    with pytest.raises(ManifestError) as caught:
        parse_manifest(json.dumps(data))
    message = caught.value.message
    assert "risk_tier" in message and "publisher" in message and "version" in message


def test_manifest_rejects_unknown_fields_and_bad_categories(package_dir):
    data = json.loads((package_dir / "expert.json").read_text())
    data["data_categories"] = ["everything"]
    data["surprise"] = 1
    with pytest.raises(ManifestError) as caught:
        parse_manifest(json.dumps(data))
    assert "data_categories" in caught.value.message and "surprise" in caught.value.message


def test_pack_is_reproducible_and_round_trips(package_dir, tmp_path):
    package = ExpertPackage.open(package_dir)
    first = pack(package, tmp_path / "a.luytre")
    second = pack(package, tmp_path / "b.luytre")
    assert first.read_bytes() == second.read_bytes()
    out = tmp_path / "unpacked"
    out.mkdir()
    unpack(first, out, max_bytes=10**8)
    assert ExpertPackage.open(out).digest == package.digest


def _zip(path, entries):
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


@pytest.mark.parametrize("name", ["../escape.json", "/abs.json", "a/../../escape.json", "c:evil.json"])
def test_archive_path_traversal_is_refused(tmp_path, name):
    archive = _zip(tmp_path / "evil.luytre", {"expert.json": "{}", name: "{}"})
    (tmp_path / "out").mkdir()
    with pytest.raises(PackageError, match="escapes"):
        unpack(archive, tmp_path / "out", max_bytes=10**8)
    assert not (tmp_path / "escape.json").exists()


def test_zip_bomb_is_refused(tmp_path):
    archive = _zip(tmp_path / "bomb.luytre", {"expert.json": "{}", "zeros.json": b"0" * 20_000_000})
    (tmp_path / "out").mkdir()
    with pytest.raises(PackageError, match="compression ratio"):
        unpack(archive, tmp_path / "out", max_bytes=10**9)
    assert not (tmp_path / "out" / "zeros.json").exists()


def test_archive_over_size_limit_is_refused(tmp_path):
    archive = _zip(tmp_path / "big.luytre", {"expert.json": os.urandom(5000).hex()})
    (tmp_path / "out").mkdir()
    with pytest.raises(PackageError, match="limit"):
        unpack(archive, tmp_path / "out", max_bytes=1000)


def test_corrupt_archive(package_dir, tmp_path):
    good = pack(ExpertPackage.open(package_dir), tmp_path / "good.luytre").read_bytes()
    truncated = tmp_path / "truncated.luytre"
    truncated.write_bytes(good[: len(good) // 2])
    (tmp_path / "out").mkdir()
    with pytest.raises(PackageError):
        unpack(truncated, tmp_path / "out", max_bytes=10**8)
    flipped = bytearray(good)
    flipped[len(good) // 3] ^= 0xFF
    damaged = tmp_path / "damaged.luytre"
    damaged.write_bytes(bytes(flipped))
    (tmp_path / "out2").mkdir()
    with pytest.raises(PackageError):
        unpack(damaged, tmp_path / "out2", max_bytes=10**8)
