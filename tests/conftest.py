"""Shared fixtures: real packages built from real data, real homes on disk,
real node processes on 127.0.0.1 (stopped by PID)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import httpx
import pytest
from filelock import FileLock

from luytre.sovereignty.policy import ExpertFacts
from luytre.threads import pin_threads

# The suite answers questions in this process too (experts loaded from packages), so it pins its BLAS/OpenMP
# pools to one thread as a node's worker does (luytre.threads); its children inherit the setting. Unpinned,
# OpenMP threads spinning on a busy 2-core machine cost ten times the CPU: the embedding of one question
# took ~250 ms instead of ~25 ms.
pin_threads(1)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"
TRIAGE_SOURCE = ROOT / "experts" / "vn-health-triage"


def pytest_sessionstart(session: pytest.Session) -> None:
    """The suite starts a few hundred ``python -m luytre`` processes. Compile luytre's sources once up front:
    where PYTHONDONTWRITEBYTECODE is set (as on this workplace's machines) no process writes its bytecode,
    so each one would compile every luytre module it imports again. Under pytest-xdist the controller
    does it before its workers start."""
    import compileall

    if os.environ.get("PYTEST_XDIST_WORKER") is not None:
        return

    compileall.compile_dir(ROOT / "src" / "luytre", quiet=2)


# ``make test`` runs two pytest-xdist workers, each taking the next test file as it finishes one, in this
# order: the longest files first, so that no worker is left alone with one of them at the end.
LONGEST_FIRST = ("test_no_repeated_sentences.py", "test_federated.py", "test_federation.py", "test_access.py",
                 "test_router.py", "test_cli.py", "test_transport.py", "test_audit_pinned.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: each file's own order kept


def cli(*args: str, home: Path | None = None, input: bytes | None = None, timeout: float = 120,
        env: dict | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """Run ``luytre ARGS`` as a subprocess, the way a user does."""
    full_env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "200", **(env or {})}
    full_env.pop("LUYTRE_HOME", None)
    command = [sys.executable, "-m", "luytre", *args]
    if home is not None:
        command += ["--home", str(home)]
    return subprocess.run(command, capture_output=True, input=input, timeout=timeout, env=full_env, cwd=cwd)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


NODE_START_S = 180  # loading experts and training the router take minutes on a busy shared machine
# A running node retrains its router after a change made elsewhere (an expert installed by the CLI, a peer's
# catalog): minutes too on a busy machine, and more with two test workers. Waits for it poll a condition.
SERVING_DEADLINE_S = 180


class RunningNode:
    def __init__(self, home: Path, env: dict | None = None, *, port: int | None = None, tls: bool = False) -> None:
        """``tls``: the home has a certificate (``luytre tls init``), so the node serves https. Without
        ``port``, a free one; if another process takes it before the node binds it (two test workers, or
        another suite on the machine), the node starts again on a new one."""
        from luytre.home import open_home

        self.home = home
        self.node_id = open_home(home).node_id
        self._scheme, self._stderr = ("https" if tls else "http"), ""
        env = {**os.environ, "NO_COLOR": "1", **(env or {})}
        deadline = time.monotonic() + NODE_START_S
        while not self._start(port or free_port(), env, deadline):
            if port is not None:
                raise RuntimeError(f"node could not bind port {port}: {self._stderr}")

    def _start(self, port: int, env: dict, deadline: float) -> bool:
        """Start the node on ``port`` and wait until it answers as itself (its node id: an answer from another
        node on a port taken meanwhile is not this one's); False when the port was taken."""
        self.port = port
        self.url = f"{self._scheme}://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "luytre", "serve", "--home", str(self.home), "--port", str(port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env,
        )
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self._stderr = self.process.stderr.read().decode()
                if "address already in use" in self._stderr.lower():
                    return False
                raise RuntimeError(f"node exited: {self._stderr}")
            try:
                health = httpx.get(f"{self.url}/healthz", timeout=1, verify=False)
                if health.status_code == 200 and health.json()["node"]["id"] == self.node_id:
                    return True
            except (httpx.HTTPError, ValueError, KeyError):
                pass
            time.sleep(0.1)
        self.stop()
        raise RuntimeError(f"node did not start within {NODE_START_S} s")

    def stop(self) -> None:
        if self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                os.kill(self.process.pid, signal.SIGKILL)
                self.process.wait()


def exempt_loopback(home: Path) -> None:
    """The suite is one client on 127.0.0.1 asking as fast as it can: its homes leave loopback out of the
    per-client rate limits (on by default for every address; test_hostile tests them and that default)."""
    from luytre.config import update_limits

    update_limits(home / "config.toml", rate_exempt=["127.0.0.1", "::1"])


def built_once(tmp_path_factory: pytest.TempPathFactory, name: str, make: Callable[[Path], object]) -> Path:
    """A folder ``make`` fills, made once for the whole run: under pytest-xdist (``make test`` runs two
    workers) the first worker makes it under a file lock and every other worker reuses it; alone, a new
    folder. For what tests only read (packages, publisher keys, the homes each worker copies to write to)."""
    if os.environ.get("PYTEST_XDIST_WORKER") is None:
        folder = tmp_path_factory.mktemp(name)
        make(folder)
        return folder
    shared = tmp_path_factory.getbasetemp().parent / "built-once"  # the run's folder, above every worker's
    shared.mkdir(exist_ok=True)
    folder, done = shared / name, shared / f"{name}.done"
    with FileLock(shared / f"{name}.lock"):
        if not done.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            make(folder)
            done.touch()
    return folder


def build(source: Path, out: Path, data: str = "train.jsonl", tests: tuple[str, ...] = ()) -> Path:
    from luytre.kinds.classifier.build import build_classifier

    build_classifier(source / data if (source / data).exists() else source / "data" / data,
                     source / "manifest.toml", out, tests=[source / "data" / t for t in tests])
    return out


@pytest.fixture(scope="session")
def publishers(tmp_path_factory) -> dict:
    """Signing keys of the publishers the test packages name: the reference experts' and the tests'."""
    from luytre.vetting.signing import KeyPair, create_keys, fingerprint, key_file_stem

    orgs = ("luytre-demo", "luytre-tests")
    folder = built_once(tmp_path_factory, "keys", lambda out: [create_keys(org, out) for org in orgs])
    pairs = {org: (folder / f"{key_file_stem(org)}.key", folder / f"{key_file_stem(org)}.pub") for org in orgs}
    return {org: KeyPair(org, key, pub, fingerprint(pub.read_bytes())) for org, (key, pub) in pairs.items()}


def signed(package: Path, publishers: dict, org: str) -> Path:
    from luytre.vetting.signing import sign

    sign(package, publishers[org].private_key)
    return package


def trust_publishers(home: Path, publishers: dict) -> None:
    """Make ``home`` trust the test publishers, as an operator would with ``luytre trust add``."""
    from luytre.vetting.trust import TrustStore

    for pair in publishers.values():
        TrustStore.of_home(home).add(pair.public_key.read_bytes(), pair.org)


@pytest.fixture(scope="session")
def helpdesk_package(tmp_path_factory, publishers) -> Path:
    """A tiny three-label classifier expert (fast to build), signed by luytre-tests."""
    folder = built_once(tmp_path_factory, "school-helpdesk", lambda out: signed(
        build(DATA / "school-helpdesk", out / "school-helpdesk"), publishers, "luytre-tests"))
    return folder / "school-helpdesk"


@pytest.fixture(scope="session")
def triage_package(tmp_path_factory, publishers) -> Path:
    """The reference vn-health-triage package, built as `make demo` builds it and signed."""
    return _reference_package(tmp_path_factory, publishers, "vn-health-triage")


def _reference_package(tmp_path_factory, publishers: dict, expert_id: str) -> Path:
    """A reference expert of ``experts/`` built and signed by the demo publisher."""
    from luytre.demo_recipes import REFERENCE_EXPERTS, build_reference, default_sources

    reference = next(r for r in REFERENCE_EXPERTS if r.id == expert_id)
    folder = built_once(tmp_path_factory, expert_id, lambda out: signed(
        build_reference(reference, default_sources(), out / expert_id).root, publishers, "luytre-demo"))
    return folder / expert_id


@pytest.fixture(scope="session")
def identity_package(tmp_path_factory, publishers) -> Path:
    """The reference vn-identity package (its manifest; the rules are code), signed."""
    return _reference_package(tmp_path_factory, publishers, "vn-identity")


@pytest.fixture
def trust(tmp_path, publishers):
    """A trust store (outside any home) holding every test publisher's key."""
    from luytre.vetting.trust import TrustStore

    store = TrustStore(tmp_path / "trust.json")
    for pair in publishers.values():
        store.add(pair.public_key.read_bytes(), pair.org)
    return store


def _copy_of(tmp_path_factory: pytest.TempPathFactory, template: Path) -> Path:
    """A home of this worker's (or lone run's) own to write to, copied from one made once for the run."""
    home = tmp_path_factory.mktemp("homes") / template.name
    shutil.copytree(template, home)
    return home


def _install(home: Path, *packages: Path) -> None:
    from luytre.node.service import Node

    node = Node.open(home)
    for package in packages:
        node.install(package)
    node.close()


@pytest.fixture(scope="session")
def reference_template(tmp_path_factory, triage_package, identity_package, publishers) -> Path:
    """The reference home as made, before any test wrote to it: what the other reference homes start from."""
    from luytre.home import init_home

    def make(home: Path) -> None:
        _, token = init_home(home, name="reference-test")
        (home / "admin_token.test").write_text(token)
        trust_publishers(home, publishers)
        exempt_loopback(home)
        _install(home, triage_package, identity_package)

    return built_once(tmp_path_factory, "reference-home", lambda out: make(out / "reference")) / "reference"


@pytest.fixture(scope="session")
def reference_home(tmp_path_factory, reference_template) -> Path:
    """A node home with the reference experts installed (read-only for tests: copy it to change it)."""
    return _copy_of(tmp_path_factory, reference_template)


@pytest.fixture(scope="session")
def address_package(tmp_path_factory, publishers) -> Path:
    return _reference_package(tmp_path_factory, publishers, "vn-address")


@pytest.fixture(scope="session")
def procedures_package(tmp_path_factory, publishers) -> Path:
    """vn-procedures built on its whole corpus, as `luytre demo` builds it."""
    return _reference_package(tmp_path_factory, publishers, "vn-procedures")


@pytest.fixture(scope="session")
def factory_package(tmp_path_factory, publishers) -> Path:
    return _reference_package(tmp_path_factory, publishers, "vn-factory-sensors")


def _reference_home_with(tmp_path_factory, reference_template: Path, package: Path, name: str) -> Path:
    """A copy of the reference home with one more package installed (made once for the run: installing
    vets the expert and trains the router again, minutes on a busy machine)."""
    def make(home: Path) -> None:
        shutil.copytree(reference_template, home)
        _install(home, package)

    return _copy_of(tmp_path_factory, built_once(tmp_path_factory, f"{name}-home", lambda out: make(out / name)) / name)


@pytest.fixture(scope="session")
def address_home(tmp_path_factory, reference_template, address_package) -> Path:
    """The reference home plus vn-address."""
    return _reference_home_with(tmp_path_factory, reference_template, address_package, "address")


@pytest.fixture(scope="session")
def procedures_home(tmp_path_factory, reference_template, procedures_package) -> Path:
    """The reference home plus vn-procedures."""
    return _reference_home_with(tmp_path_factory, reference_template, procedures_package, "procedures")


@pytest.fixture(scope="session")
def tutor_package(tmp_path_factory, publishers) -> Path:
    return _reference_package(tmp_path_factory, publishers, "vn-tutor")


@pytest.fixture(scope="session")
def tutor_home(tmp_path_factory, reference_template, tutor_package) -> tuple[Path, str]:
    """The reference home plus vn-tutor, and its admin token."""
    home = _reference_home_with(tmp_path_factory, reference_template, tutor_package, "tutor")
    return home, (home / "admin_token.test").read_text()


@pytest.fixture
def fresh_home(tmp_path, publishers) -> tuple[Path, str]:
    """A new node home that trusts the test publishers."""
    from luytre.home import init_home

    home, token = init_home(tmp_path / "home", name="fresh")
    trust_publishers(home.path, publishers)
    exempt_loopback(home.path)
    return home.path, token


@pytest.fixture(scope="session")
def postgres():
    """A throwaway PostgreSQL cluster on 127.0.0.1 for the session; skipped when the server is not installed."""
    from postgres_cluster import PostgresCluster, server_binaries

    pytest.importorskip("psycopg", reason="install luytre[postgres] for PostgreSQL support")
    bindir = server_binaries()
    if bindir is None:
        pytest.skip("PostgreSQL's server is not installed (apt-get install postgresql; .ci/run does)")
    cluster = PostgresCluster.start(bindir)
    yield cluster
    cluster.stop()


@pytest.fixture(scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def backend(request) -> str:
    """The store's database: the store, audit, concurrency and federation tests run on both."""
    return request.param


@pytest.fixture(scope="module")
def new_database(backend, request):
    """Where a new home's store goes: "" (the home's SQLite file) or a fresh PostgreSQL database."""
    if backend == "sqlite":
        return lambda: ""
    return request.getfixturevalue("postgres").database


@pytest.fixture
def store_home(tmp_path, publishers, new_database) -> tuple[Path, str]:
    """``fresh_home`` on each database backend."""
    from luytre.home import init_home

    home, token = init_home(tmp_path / "home", name="fresh", database_url=new_database())
    exempt_loopback(home.path)
    trust_publishers(home.path, publishers)
    return home.path, token


@pytest.fixture
def home_copy(tmp_path, reference_template) -> tuple[Path, str]:
    """A writable copy of the reference home and its admin token."""
    target = tmp_path / "home"
    shutil.copytree(reference_template, target)
    return target, (target / "admin_token.test").read_text()


@pytest.fixture(scope="session")
def node_server(reference_home):
    """A real node process serving the reference home on a free loopback port."""
    node = RunningNode(reference_home)
    yield node
    node.stop()


def make_node_home(base: Path, name: str, publishers: dict, package: Path | None = None, *,
                   database_url: str = "") -> dict:
    """A new node home (on ``database_url``, default its SQLite file) trusting the test publishers, with
    ``package`` installed: its home, operator key, public key and node id."""
    from luytre.home import init_home
    from luytre.node.service import Node

    home, token = init_home(base / name, name=name, database_url=database_url)
    exempt_loopback(home.path)
    trust_publishers(home.path, publishers)
    if package is not None:
        node = Node.open(home.path)
        node.install(package)
        node.close()
    return {"home": home.path, "token": token, "pub": home.public_key, "node_id": home.node_id}


class DripHandler(BaseHTTPRequestHandler):
    """A peer that answers one byte every 0.2 s for 20 s: each read comes well within any per-read timeout."""

    def do_GET(self):  # noqa: N802 - the http.server API
        self.send_response(200)
        self.send_header("content-length", "100000")
        self.end_headers()
        try:
            for _ in range(100):
                self.wfile.write(b"x")
                self.wfile.flush()
                time.sleep(0.2)
        except OSError:
            pass

    def log_message(self, *args):
        pass


def jsonl(output: bytes) -> list[dict]:
    return [json.loads(line) for line in output.decode().splitlines() if line.strip()]


# -- a privacy gate on its own, without a node (the judgement tests): a public peer's expert in Vietnam and the
# organisation's own expert declared for sensitive personal data, and what each may receive ---------------------
PEER = ExpertFacts("helpdesk", "general", "low", ("public",), "peer-b")
LOCAL_PERSONAL = ExpertFacts("patient-desk", "health", "high", ("public", "sensitive_personal"), "local")


@pytest.fixture(scope="session")
def scanner():
    """One PII scanner for the session (a test module may define its own)."""
    from luytre.sovereignty.pii import PiiScanner

    return PiiScanner()


@pytest.fixture(scope="session")
def gate(scanner):
    """The default policy's gate on ``scanner``, without a node (a test module may define its own)."""
    from luytre.sovereignty.consent import ConsentRegister
    from luytre.sovereignty.policy import Policy
    from luytre.sovereignty.privacy_gate import Gate

    return Gate(scanner, Policy.default(), ConsentRegister.__new__(ConsentRegister))  # no consent is looked up


def forwarded(gate, text: str) -> str:
    """The gate's outcome for ``text`` sent to the peer."""
    decision = gate.decide(gate.screen(text), PEER, "anonymous", "answer", False, action="forward",
                           destination="peer-b", jurisdiction="VN")
    return decision.outcome


def answered_locally(gate, text: str) -> str:
    """The gate's outcome for ``text`` given to the organisation's own expert."""
    return gate.decide(gate.screen(text), LOCAL_PERSONAL, "anonymous", "answer", False).outcome


def assert_refused_lookup(gate, text: str) -> None:
    """``text`` asks for a third person's sensitive data: a lookup, refused on the node and never forwarded."""
    from luytre.sovereignty.privacy_gate import screen_text

    assert screen_text(gate.scanner, text).categorization.lookup, text
    assert answered_locally(gate, text) == "deny", text
    assert forwarded(gate, text) == "deny", text


def assert_sure_claims(expert, sure: tuple[str, ...], elsewhere: tuple[str, ...], *, reason: str,
                       hostile: str) -> None:
    """``expert`` claims each of ``sure`` surely (its claim's reason naming ``reason``), none of ``elsewhere``, and
    reads a hostile 4 KB question in linear time."""
    import time

    for question in sure:
        claim = expert.claim(question)
        assert claim.score >= 0.8 and reason in claim.reason, (question, claim)
    for question in elsewhere:
        assert expert.claim(question).score < 0.5, question
    started = time.process_time()
    expert.claim(hostile[:4096])
    assert time.process_time() - started < 0.2
