"""The node home: config, SQLite store, Ed25519 identity and installed experts.

Layout::

    HOME/config.toml      node configuration
    HOME/identity.key     Ed25519 private key, PEM, mode 0600
    HOME/policy.cedar     the node's written data policy (Cedar), written from the default at init
    HOME/luytre.db        SQLite store (WAL) unless config names another database
    HOME/experts/         installed expert packages, one folder per id and version
    HOME/cache/           derived data (trained router), safe to delete
"""

from __future__ import annotations

import base64
import hashlib
import os
import socket
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from luytre.config import DatabaseSection, NodeConfig, NodeSection
from luytre.errors import ConfigError, HomeExists, HomeNotFound
from luytre.storage import atomic_write

CONFIG_FILE = "config.toml"
IDENTITY_FILE = "identity.key"
POLICY_FILE = "policy.cedar"
DEMO_HOME = ".luytre-demo"
DATABASE_URL_VARIABLE = "LUYTRE_DATABASE_URL"


def default_home(*, existing: bool = True) -> Path:
    """``$LUYTRE_HOME`` if set; else ``~/.luytre`` if it holds a node; else ``./.luytre-demo`` if it holds
    one (the node ``make demo`` creates in the repository); else ``~/.luytre``. With ``existing=False``
    (a home to create) the demo folder is never the default."""
    env = os.environ.get("LUYTRE_HOME")
    if env:
        return Path(env).expanduser()
    user = Path.home() / ".luytre"
    demo = Path.cwd() / DEMO_HOME
    if existing and not (user / CONFIG_FILE).exists() and (demo / CONFIG_FILE).exists():
        return demo
    return user


@dataclass(frozen=True)
class NodeHome:
    """An initialized node home. Create one with ``init_home``, open one with ``open_home``."""

    path: Path
    config: NodeConfig

    @property
    def experts_dir(self) -> Path:
        return self.path / "experts"

    @property
    def policy_file(self) -> Path:
        return self.path / POLICY_FILE

    @property
    def cache_dir(self) -> Path:
        return self.path / "cache"

    @property
    def database_url(self) -> str:
        # $LUYTRE_DATABASE_URL first: replicas and containers take the shared database's URL (and its
        # password) from their environment rather than from a file in the home.
        return (os.environ.get(DATABASE_URL_VARIABLE) or self.config.database.url
                or f"sqlite:///{self.path / 'luytre.db'}")

    def identity(self) -> Ed25519PrivateKey:
        """The node's private signing key."""
        try:
            key = serialization.load_pem_private_key((self.path / IDENTITY_FILE).read_bytes(), password=None)
        except (OSError, ValueError) as exc:
            raise ConfigError(f"cannot read the node identity key in {self.path}: {exc}") from exc
        if not isinstance(key, Ed25519PrivateKey):
            raise ConfigError(f"{self.path / IDENTITY_FILE} is not an Ed25519 key")
        return key

    @cached_property
    def public_key(self) -> str:
        """Base64 of the raw 32-byte Ed25519 public key."""
        return public_key_b64(self.identity())

    @cached_property
    def node_id(self) -> str:
        """A short, stable fingerprint of the public key."""
        return node_id_of(self.public_key)


def public_key_b64(key: Ed25519PrivateKey) -> str:
    """How a node's public key is written: base64 of the raw 32 bytes."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii")


def node_id_of(public_key: str) -> str:
    """The node id a public key (as ``public_key_b64`` writes it) stands for."""
    return "lt-" + hashlib.sha256(base64.b64decode(public_key)).hexdigest()[:16]


def init_home(path: Path, name: str | None = None, database_url: str = "") -> tuple[NodeHome, str]:
    """Create a node home at ``path`` (its store in the home's SQLite file, or the database at ``database_url``)
    and return it with its first operator client key (shown once).

    Raises ``HomeExists`` if ``path`` already holds a node. ``config.toml`` is written
    last, so an interrupted init leaves no half-home that later looks complete.
    """
    path = path.expanduser().resolve()
    if (path / CONFIG_FILE).exists():
        raise HomeExists(f"a node home already exists at {path}; use it, or choose another --home")
    path.mkdir(parents=True, exist_ok=True)
    os.chmod(path, 0o700)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    atomic_write(path / IDENTITY_FILE, pem, mode=0o600)
    config = NodeConfig(node=NodeSection(name=name or f"{socket.gethostname()[:40]}-node"),
                        database=DatabaseSection(url=database_url))
    home = NodeHome(path, config)
    home.experts_dir.mkdir(exist_ok=True)
    write_default_policy(home)

    from luytre.access import ClientKeys
    from luytre.store.database import Registry

    registry = Registry.of_home(home)
    try:
        _, token = ClientKeys(registry).create("operator", "operator", created_by="luytre init")
    finally:
        registry.close()
    config.write(path / CONFIG_FILE)
    return home, token


def open_home(path: Path) -> NodeHome:
    """Open an existing home; raise ``HomeNotFound`` with the fix if there is none."""
    path = path.expanduser().resolve()
    if not (path / CONFIG_FILE).exists():
        raise HomeNotFound(f"no node home at {path}; run `make demo` in the repository (it creates ./{DEMO_HOME}, "
                           f"found from that folder), pass --home DIR or set LUYTRE_HOME, "
                           f"or create an empty node with: luytre init --home {path}")
    return NodeHome(path, NodeConfig.read(path / CONFIG_FILE))


def write_default_policy(home: NodeHome) -> None:
    from luytre.sovereignty.policy import default_policy_text

    atomic_write(home.policy_file, default_policy_text().encode("utf-8"), mode=0o644)
