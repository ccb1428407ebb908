"""Node configuration: one TOML file in the node home, validated with pydantic."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from luytre.errors import ConfigError


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class NodeSection(_Section):
    name: str = Field(min_length=1, max_length=64)
    mode: Literal["development", "production"] = "development"
    jurisdiction: str = Field("VN", pattern=r"^[A-Z]{2}$")  # ISO 3166 country whose law governs this node


class ServerSection(_Section):
    host: str = "127.0.0.1"
    port: int = Field(8470, ge=1, le=65535)
    tls_cert: str = ""  # PEM certificate (``luytre tls init`` writes one); empty: plain HTTP, loopback only
    tls_key: str = ""  # its private key (mode 0600)
    # Host headers the node answers (DNS-rebinding defence); localhost, 127.0.0.1, ::1 and the bound
    # address are always allowed. Add the names clients use to reach the node beyond loopback.
    allowed_hosts: list[str] = []


class DatabaseSection(_Section):
    url: str = ""  # empty: SQLite file ``luytre.db`` in the home
    busy_timeout_s: float = Field(5.0, ge=0.0)
    # SQLite's durability (WAL mode): "normal" keeps every commit through a crash of the process, "full" also
    # through a power loss or OS crash, at the cost of an fsync per commit (docs/security.md, "Durability").
    sqlite_synchronous: Literal["normal", "full"] = "normal"


class LimitsSection(_Section):
    """Every bound on a request, in one place (docs/security.md explains each)."""

    max_query_bytes: int = Field(4096, ge=16)
    max_package_bytes: int = Field(512 * 1024 * 1024, ge=1024)
    max_body_bytes: int = Field(64 * 1024, ge=1024)  # any JSON body, chunked or not, read before parsing
    max_batch_items: int = Field(500, ge=1)  # questions in one batch, for callers with the admin token
    max_batch_bytes: int = Field(1024 * 1024, ge=1024)
    max_batch_items_anonymous: int = Field(50, ge=1)
    max_batch_bytes_anonymous: int = Field(64 * 1024, ge=1024)
    ask_cpu_s: float = Field(2.0, gt=0)  # CPU seconds one question may spend; then 503 (cpu_budget_exceeded)
    batch_cpu_s: float = Field(10.0, gt=0)  # CPU seconds one batch may spend; the rest of it is refused
    workers: int = Field(2, ge=1, le=64)  # threads that scan, route, decide and answer
    queue_limit: int = Field(64, ge=0)  # requests waiting for a worker; beyond it, 503 with Retry-After
    # Fair share of the workers between clients (a client key, else an address), while others are present:
    client_workers: int = Field(1, ge=1, le=64)  # workers one client's calls may hold at once
    client_queue: int = Field(16, ge=0)  # calls one client may have waiting; beyond it, 429
    switch_interval_ms: float = Field(1.0, gt=0, le=100)  # Python's thread switch interval in the server
    rate_per_s: float = Field(50.0, gt=0)  # requests per second and client address on /v1/ (token bucket)
    rate_burst: int = Field(100, ge=1)
    max_concurrent_per_client: int = Field(8, ge=1)  # requests in progress from one client address
    # Addresses the rate and concurrency limits leave alone. None by default: behind a reverse proxy on the
    # same host every client is 127.0.0.1, so exempting loopback would exempt the internet.
    rate_exempt: list[str] = []
    blas_threads: int = Field(1, ge=1, le=64)  # NumPy/BLAS/OpenMP threads in the server and CLI
    peer_response_bytes: int = Field(4 * 1024 * 1024, ge=1024)  # largest reply read from a peer
    peer_deadline_s: float = Field(10.0, gt=0)  # whole-response deadline of one call to a peer
    # Calls to peers in progress at once, on their own threads; beyond it a forward is refused with 503.
    # Keep it below `workers` so slow peers can never hold every worker.
    peer_concurrency: int = Field(1, ge=1, le=64)
    # Records (a tutor's learners) one anonymous or public-app client may create per hour on a kind's public
    # routes, per server process; keyed staff roles (teacher, clerk, operator) are not counted.
    new_records_per_client_hour: int = Field(60, ge=1)
    # Practice sessions (a tutor's session rows, for new or existing learners) one such client may start per hour.
    sessions_per_client_hour: int = Field(300, ge=1)


class RouterSection(_Section):
    min_confidence: float = Field(0.3, ge=0.0, le=1.0)  # on the fused, calibrated probability (chosen on dev)


class EnergySection(_Section):
    watts_per_core: float = Field(10.0, gt=0.0)


class AuditSection(_Section):
    checkpoint_every: int = Field(1000, ge=1)  # entries between signed checkpoints
    checkpoint_interval_s: float = Field(300.0, gt=0)  # and at least this often while entries arrive
    checkpoint_grace_s: float = Field(30.0, ge=0)  # slack before verify calls a late checkpoint stale


class SovereigntySection(_Section):
    person_ner: bool = True  # also run underthesea's NER for names the surname rules miss (~3-10 ms)


class VettingSection(_Section):
    default_min_accuracy: float = Field(0.7, ge=0.0, le=1.0)  # on the operator's --eval data
    min_accuracy: dict[str, float] = {}  # per domain, e.g. {"health" = 0.9}
    max_claim_gap: float = Field(0.05, ge=0.0, le=1.0)  # how far below its claimed accuracy an expert may fall
    max_rss_mb: int = Field(2048, ge=16)  # the node's ceiling, whatever a manifest's budget says
    max_p95_latency_ms: float = Field(1000.0, gt=0)
    probe_timeout_s: float = Field(60.0, gt=0)  # CPU seconds to load and exercise an expert in the resource probe
    probe_threads: int = Field(1, ge=1, le=64)  # BLAS/OpenMP threads in the probe (as one node worker has)


class AdminSection(_Section):
    """An older node's admin token (its SHA-256); adopted as an operator client key on first start."""

    token_sha256: str = Field(pattern=r"^[0-9a-f]{64}$")


class AccessSection(_Section):
    anonymous: bool = True  # may callers without a client key use the public ask path?


class NodeConfig(_Section):
    node: NodeSection
    server: ServerSection = ServerSection()
    database: DatabaseSection = DatabaseSection()
    limits: LimitsSection = LimitsSection()
    router: RouterSection = RouterSection()
    energy: EnergySection = EnergySection()
    audit: AuditSection = AuditSection()
    sovereignty: SovereigntySection = SovereigntySection()
    vetting: VettingSection = VettingSection()
    access: AccessSection = AccessSection()
    admin: AdminSection | None = None

    @classmethod
    def read(cls, path: Path) -> "NodeConfig":
        """Load and validate ``path``; raise ``ConfigError`` naming the bad field."""
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
            return cls.model_validate(data)
        except FileNotFoundError as exc:
            raise ConfigError(f"config file not found: {path}") from exc
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise ConfigError(f"{path}: {where}: {first['msg']}") from exc

    def write(self, path: Path) -> None:
        import tomli_w

        from luytre.storage import atomic_write

        atomic_write(path, tomli_w.dumps(self.model_dump(mode="json", exclude_none=True)).encode("utf-8"))


def update_limits(config_path: Path, **values: object) -> NodeConfig:
    """Set ``values`` in the ``[limits]`` section of the config file at ``config_path``, validated, written
    atomically (tests and benchmarks tune a node this way)."""
    config = NodeConfig.read(config_path)
    try:
        config.limits = LimitsSection.model_validate(config.limits.model_dump() | values)
    except ValidationError as exc:
        raise ConfigError(f"{config_path}: limits: {exc.errors()[0]['msg']}") from exc
    config.write(config_path)
    return config
