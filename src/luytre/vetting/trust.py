"""A node's trust store: the publisher keys it accepts, each bound to one organization.

``HOME/trust.json``, written atomically. A package is admitted only when its
signature verifies with a key in this store and the key's organization is the
manifest's ``publisher``: a contractor's valid key cannot sign for a hospital.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from luytre.errors import SignatureError
from luytre.storage import atomic_write
from luytre.vetting.signing import check_org, fingerprint

TRUST_FILE = "trust.json"


@dataclass(frozen=True)
class TrustedKey:
    fingerprint: str
    org: str
    public_key_pem: str
    added_at: str


class TrustStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    @classmethod
    def of_home(cls, home_path: Path) -> "TrustStore":
        return cls(home_path / TRUST_FILE)

    def keys(self) -> list[TrustedKey]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return []
        except (OSError, ValueError) as exc:
            raise SignatureError(f"the trust store {self.path} is unreadable: {exc}") from exc
        return [TrustedKey(**k) for k in data.get("keys", [])]

    def find(self, key_fingerprint: str) -> TrustedKey | None:
        return next((k for k in self.keys() if k.fingerprint == key_fingerprint), None)

    def add(self, public_pem: bytes, org: str) -> TrustedKey:
        """Trust ``public_pem`` for ``org``; a key already trusted for another organization is refused."""
        check_org(org)
        key_fingerprint = fingerprint(public_pem)
        keys = self.keys()
        existing = next((k for k in keys if k.fingerprint == key_fingerprint), None)
        if existing is not None:
            if existing.org != org:
                raise SignatureError(f"this key is already trusted for {existing.org!r}; remove it first")
            return existing
        entry = TrustedKey(key_fingerprint, org, public_pem.decode("ascii"), datetime.now(UTC).isoformat())
        self._write(keys + [entry])
        return entry

    def remove(self, key: str) -> list[TrustedKey]:
        """Remove the keys whose fingerprint starts with ``key`` (at least 8 characters) or whose org is ``key``."""
        keys = self.keys()
        gone = [k for k in keys if k.org == key or (len(key) >= 8 and k.fingerprint.startswith(key))]
        if not gone:
            raise SignatureError(f"no trusted key matches {key!r} (give an organization or 8+ fingerprint characters)")
        self._write([k for k in keys if k not in gone])
        return gone

    def _write(self, keys: list[TrustedKey]) -> None:
        body = json.dumps({"keys": [asdict(k) for k in keys]}, ensure_ascii=False, indent=1)
        atomic_write(self.path, body.encode("utf-8"))
