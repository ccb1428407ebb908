"""Publisher keys and package signatures, on OpenSSF ``model-signing`` (offline, EC keys).

A package is signed as a folder: every file's SHA-256 goes into an in-toto
statement signed in a DSSE envelope, stored in the package as ``signature.sig``.
The only path left out of the signed set is the signature itself (and the
``.git*`` paths model-signing always skips, which a package may not contain).

Gaps in model-signing that this module closes:

* its verifier honours any extra paths a signer chose to ignore; we verify
  with our own hashing configuration and also check the signed ignore list;
* ``verify()`` returns nothing; we read the signer's key hint and the signed
  statement from the bundle ourselves, after verification succeeded.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from luytre.errors import SignatureError
from luytre.storage import atomic_write

if TYPE_CHECKING:
    from model_signing.hashing import Config as HashingConfig

SIGNATURE_FILE = "signature.sig"
# What model-signing records as ignored when a signer ignores only the signature file.
EXPECTED_IGNORED = frozenset({SIGNATURE_FILE, ".git", ".github", ".gitattributes", ".gitignore"})
_ORG = re.compile(r"^[\w .,&()'-]{1,200}$")


def check_org(org: str) -> str:
    if not _ORG.match(org) or org != org.strip():
        raise SignatureError("an organization name is 1-200 letters, digits, spaces or . , & ( ) ' -")
    return org


def fingerprint(public_pem: bytes) -> str:
    """SHA-256 of the public key in canonical PEM (the key hint model-signing writes)."""
    try:
        key = serialization.load_pem_public_key(public_pem)
    except ValueError as exc:
        raise SignatureError(f"not a PEM public key: {exc}") from exc
    if not isinstance(key, ec.EllipticCurvePublicKey):
        raise SignatureError("publisher keys are elliptic-curve keys (P-256, P-384 or P-521)")
    canonical = key.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(canonical).hexdigest()


@dataclass(frozen=True)
class KeyPair:
    org: str
    private_key: Path
    public_key: Path
    fingerprint: str


def key_file_stem(org: str) -> str:
    """The file name an organization's keys get: Vietnamese letters folded to ASCII ("Bệnh viện Đà Nẵng" →
    "benh-vien-da-nang"), anything else a hyphen."""
    from luytre.text.normalize import fold

    return re.sub(r"[^a-z0-9]+", "-", fold(org)).strip("-") or "publisher"


def create_keys(org: str, out: Path) -> KeyPair:
    """A new P-256 key pair for ``org`` in ``out`` (private key mode 0600); refuse to overwrite."""
    check_org(org)
    slug = key_file_stem(org)
    private_path, public_path = out / f"{slug}.key", out / f"{slug}.pub"
    if private_path.exists() or public_path.exists():
        raise SignatureError(f"{private_path} or {public_path} already exists; choose another --out")
    key = ec.generate_private_key(ec.SECP256R1())
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    out.mkdir(parents=True, exist_ok=True)
    atomic_write(private_path, private_pem, mode=0o600)
    atomic_write(public_path, public_pem)
    return KeyPair(org, private_path, public_path, fingerprint(public_pem))


def _hashing() -> HashingConfig:  # model_signing is imported only when signing or verifying
    from model_signing import hashing

    return hashing.Config().use_file_serialization(hashing_algorithm="sha256", allow_symlinks=False) \
        .set_ignored_paths(paths=[SIGNATURE_FILE])


def sign(package_dir: Path, private_key: Path) -> Path:
    """Sign every file of ``package_dir`` with ``private_key``; write ``signature.sig`` into it."""
    from model_signing import signing

    if not (package_dir / "expert.json").is_file():
        raise SignatureError(f"{package_dir} is not an expert package folder (no expert.json)")
    target = package_dir / SIGNATURE_FILE
    tmp = package_dir.parent / f".{package_dir.name}.{os.getpid()}.sig"
    try:
        signing.Config().use_elliptic_key_signer(private_key=private_key).set_hashing_config(_hashing()) \
            .sign(package_dir, tmp)
        os.replace(tmp, target)
    except (ValueError, OSError) as exc:
        raise SignatureError(f"cannot sign {package_dir} with {private_key}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class Signed:
    """What a verified signature says."""

    key_fingerprint: str
    files: tuple[str, ...]
    ignored: frozenset[str]


def read_bundle(package_dir: Path) -> tuple[str, dict[str, Any]]:
    """The signer's key hint and the signed statement (not yet verified)."""
    try:
        bundle = json.loads((package_dir / SIGNATURE_FILE).read_text(encoding="utf-8"))
        hint = bundle["verificationMaterial"]["publicKey"]["hint"]
        statement = json.loads(base64.b64decode(bundle["dsseEnvelope"]["payload"]))
    except FileNotFoundError as exc:
        raise SignatureError(f"the package is not signed (no {SIGNATURE_FILE})") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise SignatureError(f"{SIGNATURE_FILE} is not a model-signing bundle signed with a key: {exc}") from exc
    return hint, statement


def verify(package_dir: Path, public_pem: bytes) -> Signed:
    """Check ``package_dir`` against its signature and ``public_pem``; raise ``SignatureError``."""
    import tempfile

    from model_signing import verifying

    hint, statement = read_bundle(package_dir)
    with tempfile.NamedTemporaryFile(suffix=".pub") as pub:
        pub.write(public_pem)
        pub.flush()
        try:
            verifying.Config().use_elliptic_key_verifier(public_key=pub.name).set_hashing_config(_hashing()) \
                .verify(package_dir, package_dir / SIGNATURE_FILE)
        except ValueError as exc:
            changes = changed_since_signing(package_dir, statement)
            if changes:
                raise SignatureError(f"signature does not verify: {'; '.join(changes)}") from exc
            raise SignatureError(f"signature does not verify: {_short(str(exc))}") from exc
        except Exception as exc:  # cryptographic failures surface as several library types
            raise SignatureError(f"signature does not verify: {type(exc).__name__}: {_short(str(exc))}") from exc
    predicate = statement.get("predicate", {})
    files = tuple(sorted(r["name"] for r in predicate.get("resources", [])))
    ignored = frozenset(predicate.get("serialization", {}).get("ignore_paths", []))
    return Signed(hint, files, ignored)


def changed_since_signing(package_dir: Path, statement: dict[str, Any]) -> list[str]:
    """What differs between ``package_dir`` and the files its signed statement lists, in words
    ("expert.json changed after signing"), rather than the digests the signing library reports."""
    predicate = statement.get("predicate", {}) if isinstance(statement, dict) else {}
    signed = {r["name"]: r.get("digest") for r in predicate.get("resources", [])
              if isinstance(r, dict) and isinstance(r.get("name"), str)}
    ignored = set(predicate.get("serialization", {}).get("ignore_paths", []))
    present = {str(f.relative_to(package_dir)) for f in package_dir.rglob("*") if f.is_file()
               and not set(f.relative_to(package_dir).parts) & ignored}
    changes = [f"{name} changed after signing" for name in sorted(present & signed.keys())
               if hashlib.sha256((package_dir / name).read_bytes()).hexdigest() != signed[name]]
    changes += [f"{name} was removed after signing" for name in sorted(signed.keys() - present)]
    changes += [f"{name} was added after signing" for name in sorted(present - signed.keys())]
    return changes


def _short(message: str, limit: int = 300) -> str:
    return message if len(message) <= limit else message[:limit] + "…"
