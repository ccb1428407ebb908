"""Recognize artifact formats from their bytes and refuse anything executable.

File names lie: a pickle renamed ``weights.safetensors`` is still a pickle. We
look at the content. The allowed formats are plain data: UTF-8 text and JSON,
NumPy ``.npy``/``.npz`` without object arrays and safetensors.
Everything else, and every pickle, is refused.
"""

from __future__ import annotations

import io
import json
import pickletools
import struct
import zipfile
from pathlib import Path

import numpy as np

from luytre.errors import UnsafeArtifact

NPY_MAGIC = b"\x93NUMPY"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"


def _is_pickle(data: bytes) -> bool:
    """True if ``data`` parses as a pickle opcode stream (parsed, never executed)."""
    if len(data) >= 2 and data[0] == 0x80 and data[1] <= 5:
        return True
    last = None
    try:
        for opcode, _arg, _pos in pickletools.genops(io.BytesIO(data)):
            last = opcode.name
    except Exception:  # any malformed stream means "not a pickle"
        return False
    return last == "STOP"


def _is_text(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return b"\x00" not in data


def _is_safetensors(data: bytes) -> bool:
    if len(data) < 10:
        return False
    (header_len,) = struct.unpack("<Q", data[:8])
    if header_len > len(data) - 8 or header_len > 100_000_000:
        return False
    try:
        header = json.loads(data[8 : 8 + header_len])
    except (json.JSONDecodeError, UnicodeDecodeError):
        return False
    return isinstance(header, dict)


def detect_format(data: bytes) -> str:
    """Name the format of ``data``: ``json``, ``text``, ``npy``, ``npz``, ``safetensors``,
    ``zip``, ``pickle`` or ``unknown``."""
    head = data[:256]
    if head.startswith(NPY_MAGIC):
        return "npy"
    if head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "unknown"
        return "npz" if names and all(n.endswith(".npy") for n in names) else "zip"
    if _is_pickle(data):
        return "pickle"
    if _is_text(data):
        try:
            json.loads(data)
            return "json"
        except (json.JSONDecodeError, UnicodeDecodeError):
            return "text"
    if _is_safetensors(data):
        return "safetensors"
    return "unknown"


def _check_npy(data: bytes, where: str) -> None:
    try:
        np.load(io.BytesIO(data), allow_pickle=False)
    except ValueError as exc:
        raise UnsafeArtifact(f"{where}: NumPy array holds Python objects (pickle): {exc}", file=where) from exc


def check_artifact(path: Path, where: str) -> str:
    """Return the detected format of ``path``; raise ``UnsafeArtifact`` if it is not allowed."""
    data = path.read_bytes()
    fmt = detect_format(data)
    if fmt == "pickle":
        raise UnsafeArtifact(f"{where} is a Python pickle, which can run code when loaded; luytre refuses pickles",
                             file=where)
    if fmt == "npy":
        _check_npy(data, where)
    elif fmt == "npz":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            for name in archive.namelist():
                _check_npy(archive.read(name), f"{where}:{name}")
    elif fmt == "zip":
        raise UnsafeArtifact(f"{where} is a zip archive that is not a NumPy .npz; nested archives are refused",
                             file=where)
    elif fmt == "unknown":
        raise UnsafeArtifact(f"{where}: unrecognized binary format; allowed are JSON, text, .npy/.npz and safetensors",
                             file=where)
    return fmt
