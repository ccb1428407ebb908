"""An expert package on disk: a folder with ``expert.json`` and its artifacts,
or a single-file archive (zip) of that folder.

Opening a package validates everything that can be checked without running
it: the manifest, the file tree (regular files only, no links or hidden
repository folders) and the format of every artifact, read from its bytes.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from luytre.errors import ManifestError, PackageError
from luytre.experts.manifest import MANIFEST_FILE, Manifest, check_manifest_size, parse_manifest, read_manifest_bytes
from luytre.experts.safeformats import check_artifact
from luytre.storage import FIXED_ZIP_TIME

ARCHIVE_SUFFIX = ".luytre"
MAX_FILES = 10_000
MAX_COMPRESSION_RATIO = 200


@dataclass(frozen=True)
class PackageFile:
    path: str  # POSIX path relative to the package root
    size: int
    sha256: str
    format: str


@dataclass(frozen=True)
class ExpertPackage:
    """A validated expert package folder."""

    root: Path
    manifest: Manifest
    files: tuple[PackageFile, ...]

    @property
    def digest(self) -> str:
        """SHA-256 over every file's path and content hash: the package's identity."""
        h = hashlib.sha256()
        for f in self.files:
            h.update(f"{f.path}\0{f.sha256}\n".encode("utf-8"))
        return h.hexdigest()

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @classmethod
    def open(cls, root: Path, max_bytes: int | None = None) -> "ExpertPackage":
        """Validate the package folder at ``root``; raise ``PackageError``/``ManifestError``."""
        if not root.is_dir():
            raise PackageError(f"{root} is not an expert package folder")
        files: list[PackageFile] = []
        total = 0
        for path in sorted(root.rglob("*")):
            rel = path.relative_to(root).as_posix()
            mode = path.lstat().st_mode
            if stat.S_ISLNK(mode):
                raise PackageError(f"{rel} is a symbolic link; packages hold regular files only", file=rel)
            if any(part in (".git", ".github") for part in PurePosixPath(rel).parts):
                raise PackageError(f"{rel}: repository folders do not belong in a package", file=rel)
            if stat.S_ISDIR(mode):
                continue
            if not stat.S_ISREG(mode):
                raise PackageError(f"{rel} is not a regular file", file=rel)
            if len(files) >= MAX_FILES:
                raise PackageError(f"package has more than {MAX_FILES} files")
            total += path.stat().st_size
            if max_bytes is not None and total > max_bytes:
                raise PackageError(f"package is larger than the node's limit of {max_bytes} bytes")
            fmt = check_artifact(path, rel)
            files.append(PackageFile(rel, path.stat().st_size, _sha256_file(path), fmt))
        if not (root / MANIFEST_FILE).is_file():
            raise PackageError(f"{root} has no {MANIFEST_FILE}; is this an expert package?")
        manifest = parse_manifest(read_manifest_bytes(root / MANIFEST_FILE))
        return cls(root, manifest, tuple(files))


def _sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def is_archive(path: Path) -> bool:
    """True if ``path`` is a file starting with the zip signature."""
    if not path.is_file():
        return False
    with open(path, "rb") as fh:
        return fh.read(4) in (b"PK\x03\x04", b"PK\x05\x06")


def pack(package: ExpertPackage, out: Path) -> Path:
    """Write ``package`` as one reproducible zip archive at ``out``."""
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    os.close(fd)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for f in package.files:
                info = zipfile.ZipInfo(f.path, date_time=FIXED_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = 0o644 << 16
                archive.writestr(info, (package.root / f.path).read_bytes())
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def unpack(archive_path: Path, dest: Path, max_bytes: int) -> None:
    """Extract a package archive into the empty folder ``dest``, refusing unsafe entries.

    Refused: absolute paths, ``..`` components, links and special files, more than
    ``MAX_FILES`` entries, more than ``max_bytes`` uncompressed, or a compression
    ratio above ``MAX_COMPRESSION_RATIO`` (zip bombs).
    """
    try:
        archive = zipfile.ZipFile(archive_path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PackageError(f"{archive_path.name} is not a readable package archive: {exc}") from exc
    with archive:
        entries = archive.infolist()
        if len(entries) > MAX_FILES:
            raise PackageError(f"archive has {len(entries)} entries; the limit is {MAX_FILES}")
        total = 0
        for info in entries:
            name = info.filename
            parts = PurePosixPath(name).parts
            if name.startswith(("/", "\\")) or ".." in parts or ":" in name or "\\" in name:
                raise PackageError(f"archive entry {name!r} escapes the package folder", file=name)
            kind = (info.external_attr >> 16) & 0o170000
            if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
                raise PackageError(f"archive entry {name!r} is a link or special file", file=name)
            if name == MANIFEST_FILE:
                try:
                    check_manifest_size(info.file_size)
                except ManifestError as exc:
                    raise PackageError(exc.message, file=name) from exc
            total += info.file_size
            if total > max_bytes:
                raise PackageError(f"archive expands beyond the node's limit of {max_bytes} bytes")
            if info.compress_size and info.file_size / info.compress_size > MAX_COMPRESSION_RATIO:
                raise PackageError(f"archive entry {name!r} has a suspicious compression ratio (zip bomb?)",
                                   file=name)
        try:
            for info in entries:
                target = dest / info.filename
                if info.is_dir():
                    target.mkdir(parents=True, exist_ok=True)
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with archive.open(info) as src, open(target, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
            raise PackageError(f"{archive_path.name} is corrupt: {exc}") from exc


def copy_tree(package: ExpertPackage, dest: Path) -> None:
    """Copy exactly the package's validated files to ``dest`` (bytes unchanged)."""
    for f in package.files:
        target = dest / f.path
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(package.root / f.path, target)
