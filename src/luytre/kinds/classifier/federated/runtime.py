"""Flower's deployment engine as real processes: TLS material, SuperLink, SuperNodes, ``flwr run``.

Flower lives in its own virtual environment (its pins conflict with the node's:
typer, rich, fastapi, uvicorn), found at ``$LUYTRE_FLOWER_ENV`` or ``.venv-flower``
beside the running one. Every process starts in its own session and is stopped by
killing that process group, so no ``flower-superexec`` or ``flwr-clientapp``
child outlives it. Telemetry and update checks are off; nothing binds beyond the
address given (127.0.0.1 in tests).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from luytre.errors import ConfigError
from luytre.storage import atomic_write

QUIET_ENV = {"FLWR_TELEMETRY_ENABLED": "0", "FLWR_DISABLE_UPDATE_CHECK": "1", "OMP_NUM_THREADS": "1",
             "OPENBLAS_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}
FEDERATION = "luytre"


def flower_env() -> Path:
    env = os.environ.get("LUYTRE_FLOWER_ENV")
    path = Path(env) if env else Path(sys.prefix).with_name(".venv-flower")
    if not (path / "bin" / "flower-superlink").is_file():
        raise ConfigError(f"no Flower environment at {path}: create it with `make flower-env` "
                          "or set LUYTRE_FLOWER_ENV")
    return path


def flower_bin(name: str) -> str:
    return str(flower_env() / "bin" / name)


def process_env(flwr_home: Path) -> dict[str, str]:
    """The environment of Flower processes: its own bin first (SuperNodes spawn flwr-clientapp by name)."""
    env = {**os.environ, **QUIET_ENV, "FLWR_HOME": str(flwr_home)}
    env["PATH"] = f"{flower_env() / 'bin'}{os.pathsep}{env.get('PATH', '')}"
    env.pop("VIRTUAL_ENV", None)
    return env


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def wait_for_port(host: str, port: int, timeout_s: float, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise ConfigError(f"the Flower process exited with code {process.returncode} before listening")
        try:
            with socket.create_connection((host, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise ConfigError(f"nothing listens on {host}:{port} after {timeout_s:.0f} s")


@dataclass
class Running:
    """A Flower process started in its own session (process group)."""

    process: subprocess.Popen[bytes]
    log: Path

    def stop(self, grace_s: float = 5.0) -> None:
        """Stop the process group and every descendant (Flower starts some in sessions of their own):
        SIGTERM, then SIGKILL after ``grace_s``."""
        family = [self.process.pid, *_descendants(self.process.pid)]
        for sig in (signal.SIGTERM, signal.SIGKILL):
            for pid in family:
                for kill in (os.killpg, os.kill):
                    try:
                        kill(pid, sig)
                    except (ProcessLookupError, PermissionError):
                        pass
            deadline = time.monotonic() + grace_s
            while time.monotonic() < deadline and any(_alive(pid) for pid in family):
                self.process.poll()
                time.sleep(0.1)
        self.process.poll()


def _descendants(pid: int) -> list[int]:
    """Every live descendant of ``pid`` (Linux /proc), whatever its session."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.append(child)
            todo.append(child)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def start(args: list[str], log: Path, env: dict[str, str]) -> Running:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        process = subprocess.Popen(args, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, env=env,
                                   start_new_session=True)
    return Running(process, log)


# -- TLS -------------------------------------------------------------------------
def make_tls(directory: Path, host: str = "127.0.0.1") -> tuple[Path, Path, Path]:
    """A run's own CA and the SuperLink's certificate for ``host``: ``(ca.pem, server.pem, server.key)``."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "luytre federated run CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(minutes=5))
          .not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    try:
        alt: x509.GeneralName = x509.IPAddress(ipaddress.ip_address(host))
    except ValueError:
        alt = x509.DNSName(host)
    cert = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([alt, x509.DNSName("localhost")]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    paths = directory / "ca.pem", directory / "server.pem", directory / "server.key"
    atomic_write(paths[0], ca.public_bytes(serialization.Encoding.PEM))
    atomic_write(paths[1], cert.public_bytes(serialization.Encoding.PEM))
    atomic_write(paths[2], key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                             serialization.NoEncryption()), mode=0o600)
    return paths


def make_supernode_key(directory: Path) -> tuple[Path, str]:
    """A SuperNode authentication key (EC P-384, OpenSSH format): its path and its public line."""
    key = ec.generate_private_key(ec.SECP384R1())
    private = directory / "supernode.key"
    public = key.public_key().public_bytes(serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH)
    atomic_write(private, key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.OpenSSH,
                                            serialization.NoEncryption()), mode=0o600)
    atomic_write(directory / "supernode.pub", public + b"\n")
    return private, public.decode("ascii")
