"""A throwaway PostgreSQL cluster for the tests: Debian's server binaries, a temporary data folder,
127.0.0.1 on a free port, stopped by its postmaster's PID. As root the server runs as the
``postgres`` user (initdb refuses root); otherwise as whoever runs the tests."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
import uuid
from pathlib import Path


def server_binaries() -> Path | None:
    """The folder holding ``initdb`` and ``pg_ctl`` (newest Debian version first), or None."""
    found = shutil.which("initdb")
    if found:
        return Path(found).parent
    folders = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(Path(p).parent.name))
    return Path(folders[-1]) if folders else None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresCluster:
    """Start with ``PostgresCluster.start()``; ``database()`` gives a fresh database's URL; ``stop()`` ends it."""

    def __init__(self, bindir: Path, base: Path, port: int, user: str | None) -> None:
        self.bindir, self.base, self.port, self._user = bindir, base, port, user
        self.data = base / "data"

    @classmethod
    def start(cls, bindir: Path) -> "PostgresCluster":
        base = Path(tempfile.mkdtemp(prefix="luytre-pg-"))
        user = "postgres" if os.geteuid() == 0 else None
        cluster = cls(bindir, base, _free_port(), user)
        if user is not None:
            entry = pwd.getpwnam(user)
            os.chown(base, entry.pw_uid, entry.pw_gid)
        cluster._run("initdb", "-D", str(cluster.data), "-A", "trust", "-U", "luytre", "-E", "UTF8",
                     "--locale", "C", "--no-sync")
        options = (f"-c listen_addresses=127.0.0.1 -p {cluster.port} -k {base} -c fsync=off "
                   "-c max_connections=200 -c full_page_writes=off")
        cluster._run("pg_ctl", "-D", str(cluster.data), "-l", str(base / "server.log"), "-w", "-t", "60",
                     "-o", options, "start")
        return cluster

    def _run(self, program: str, *args: str) -> None:
        command = [str(self.bindir / program), *args]
        if self._user is not None:
            command = ["runuser", "-u", self._user, "--", *command]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=self.base)
        if result.returncode != 0:
            raise RuntimeError(f"{program} failed: {result.stderr or result.stdout}")

    @property
    def admin_url(self) -> str:
        return f"postgresql://luytre@127.0.0.1:{self.port}/postgres"

    def database(self) -> str:
        """A new, empty database; its SQLAlchemy URL."""
        import psycopg

        name = "t_" + uuid.uuid4().hex[:12]
        with psycopg.connect(self.admin_url, autocommit=True) as conn:
            conn.execute(f"CREATE DATABASE {name}")
        return f"postgresql+psycopg://luytre@127.0.0.1:{self.port}/{name}"

    def stop(self) -> None:
        """Fast shutdown (SIGINT to the postmaster, by the PID it wrote), then remove the folder."""
        pid_file = self.data / "postmaster.pid"
        if pid_file.exists():
            pid = int(pid_file.read_text().split()[0])
            os.kill(pid, signal.SIGINT)
            deadline = time.monotonic() + 30
            while time.monotonic() < deadline:
                try:
                    os.kill(pid, 0)
                except ProcessLookupError:
                    break
                time.sleep(0.1)
            else:
                os.kill(pid, signal.SIGKILL)
        shutil.rmtree(self.base, ignore_errors=True)
