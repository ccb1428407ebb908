"""Recognize artifact formats from their bytes and refuse anything executable.

File names lie: a pickle renamed ``weights.safetensors`` is still a pickle. We
look at the content. The allowed formats are plain data: UTF-8 text and JSON,
NumPy ``.npy``/``.npz`` without object arrays, safetensors, ONNX graphs that
use only the standard operator domains and keep no data outside the package,
and skops files whose every type is trusted. Everything else, and every
pickle, is refused; picklescan then says what the pickle would have imported.
"""

from __future__ import annotations

import io
import json
import math
import pickletools
import struct
import zipfile
from pathlib import Path
from typing import Any

from luytre.errors import UnsafeArtifact

NPY_MAGIC = b"\x93NUMPY"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
MAX_NPZ_INFLATED_BYTES = 4 * 1024**3  # over any node's vetting.max_rss_mb ceiling


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


ONNX_STANDARD_DOMAINS = frozenset({"", "ai.onnx", "ai.onnx.ml"})


def _is_onnx(data: bytes) -> bool:
    if not data or data[0] != 0x08:  # field 1 (ir_version), varint: every ONNX model starts with it
        return False
    try:
        import onnx

        model = onnx.load_model_from_string(data)
    except Exception:  # protobuf raises several types on bytes that are not a model
        return False
    return model.ir_version > 0 and len(model.opset_import) > 0 and model.HasField("graph")


def detect_format(data: bytes) -> str:
    """Name the format of ``data``: ``json``, ``text``, ``npy``, ``npz``, ``skops``, ``safetensors``,
    ``onnx``, ``zip``, ``pickle`` or ``unknown``."""
    head = data[:256]
    if head.startswith(NPY_MAGIC):
        return "npy"
    if head.startswith(ZIP_MAGIC) or head.startswith(EMPTY_ZIP_MAGIC):
        try:
            names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        except zipfile.BadZipFile:
            return "unknown"
        if names and all(n.endswith(".npy") for n in names):
            return "npz"
        return "skops" if "schema.json" in names else "zip"
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
    if _is_onnx(data):
        return "onnx"
    return "unknown"


def _check_npy_header(stream: Any, size: int, where: str) -> None:
    """Read only the header of a ``.npy`` of ``size`` bytes: no object dtype, and shape x item size
    equal to the bytes that follow it. Nothing is allocated from what the header claims (a 128-byte
    file claiming 2^40 elements once escaped as ``MemoryError``)."""
    import numpy as np  # here: every CLI command imports this module, few read arrays

    try:
        version = np.lib.format.read_magic(stream)
        if version == (1, 0):
            shape, _fortran, dtype = np.lib.format.read_array_header_1_0(stream)
        else:
            shape, _fortran, dtype = np.lib.format.read_array_header_2_0(stream)
        header = stream.tell()
    except (ValueError, OSError, EOFError) as exc:
        raise UnsafeArtifact(f"{where}: corrupt NumPy header: {exc}", file=where) from exc
    if dtype.hasobject:
        raise UnsafeArtifact(f"{where}: NumPy array holds Python objects (pickle); luytre refuses them", file=where)
    claimed = math.prod(shape) * dtype.itemsize
    if claimed != size - header:
        raise UnsafeArtifact(f"{where}: NumPy header claims {claimed} bytes of data but the file holds "
                             f"{size - header} (npy_size check)", file=where)


def _check_npy(data: bytes, where: str) -> None:
    _check_npy_header(io.BytesIO(data), len(data), where)


def _check_npz(data: bytes, where: str) -> None:
    """The inflated size from the zip directory first, then each member's header read from a stream:
    no member is inflated here (a 204 KB nested .npz once inflated to 390 MB in this check). Weights
    may compress well (zeros), so no ratio is imposed: loading them happens in the probe's capped child."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
            total = sum(info.file_size for info in members)
            if total > MAX_NPZ_INFLATED_BYTES:
                raise UnsafeArtifact(f"{where}: .npz inflates to {total} bytes, over {MAX_NPZ_INFLATED_BYTES} "
                                     "(npz_size check)", file=where)
            for info in members:
                with archive.open(info) as member:
                    _check_npy_header(member, info.file_size, f"{where}:{info.filename}")
    except (zipfile.BadZipFile, OSError, EOFError) as exc:  # e.g. a bad CRC after a flipped byte
        raise UnsafeArtifact(f"{where}: corrupt .npz archive: {exc}", file=where) from exc


def explain_pickle(data: bytes, where: str) -> str:
    """What a pickle would import when loaded, as picklescan reads it (never executed)."""
    from picklescan.scanner import scan_pickle_bytes

    result = scan_pickle_bytes(io.BytesIO(data), where)
    dangerous = [f"{g.module}.{g.name}" for g in result.globals if g.safety.value != "innocuous"]
    imports = [f"{g.module}.{g.name}" for g in result.globals]
    if dangerous:
        return "it would call " + ", ".join(dangerous)
    return ("it imports " + ", ".join(imports)) if imports else "it imports nothing, but pickles can run code"


def _check_onnx(path: Path, data: bytes, where: str) -> None:
    import onnx

    model = onnx.load_model_from_string(data)
    domains = {o.domain for o in model.opset_import} | {n.domain for n in model.graph.node}
    custom = sorted(domains - ONNX_STANDARD_DOMAINS)
    if custom:
        raise UnsafeArtifact(f"{where}: ONNX model uses custom operator domain(s) {', '.join(custom)}, which "
                             "load native code; only the standard domains are allowed", file=where)
    root = path.parent
    tensors = list(model.graph.initializer) + [a.t for n in model.graph.node for a in n.attribute if a.HasField("t")]
    for tensor in tensors:
        if tensor.data_location != onnx.TensorProto.EXTERNAL:
            continue
        location = next((e.value for e in tensor.external_data if e.key == "location"), "")
        target = (root / location).resolve()
        if Path(location).is_absolute() or ".." in Path(location).parts or not target.is_relative_to(root.resolve()):
            raise UnsafeArtifact(f"{where}: ONNX tensor {tensor.name!r} reads external data from {location!r}, "
                                 "outside the package", file=where)


def _check_skops(data: bytes, where: str) -> None:
    import skops.io

    try:
        untrusted = skops.io.get_untrusted_types(data=data)
    except Exception as exc:  # a malformed skops archive
        raise UnsafeArtifact(f"{where}: not a readable skops file: {exc}", file=where) from exc
    if untrusted:
        raise UnsafeArtifact(f"{where}: skops file holds types that are not trusted: {', '.join(untrusted)}",
                             file=where)


def check_artifact(path: Path, where: str) -> str:
    """Return the detected format of ``path``; raise ``UnsafeArtifact`` if it is not allowed.
    Any parser's failure, running out of memory included, is a refusal naming the file."""
    try:
        return _check_artifact(path, where)
    except UnsafeArtifact:
        raise
    except MemoryError as exc:
        raise UnsafeArtifact(f"{where}: checking it ran out of memory (artifact check)", file=where) from exc
    except Exception as exc:  # a parser's own error on hostile bytes: a refusal, never a 500
        raise UnsafeArtifact(f"{where}: could not be parsed: {type(exc).__name__}: {exc}", file=where) from exc


def _check_artifact(path: Path, where: str) -> str:
    data = path.read_bytes()
    fmt = detect_format(data)
    if fmt == "pickle":
        raise UnsafeArtifact(f"{where} is a Python pickle, which can run code when loaded "
                             f"({explain_pickle(data, where)}); "
                             "luytre refuses pickles", file=where)
    if fmt == "onnx":
        _check_onnx(path, data, where)
    elif fmt == "skops":
        _check_skops(data, where)
    if fmt == "npy":
        _check_npy(data, where)
    elif fmt == "npz":
        _check_npz(data, where)
    elif fmt == "zip":
        raise UnsafeArtifact(f"{where} is a zip archive that is not a NumPy .npz; nested archives are refused",
                             file=where)
    elif fmt == "unknown":
        raise UnsafeArtifact(f"{where}: unrecognized binary format; allowed are JSON, text, .npy/.npz, "
                             "safetensors, ONNX and skops", file=where)
    return fmt
