"""The registry store: SQLAlchemy 2 over SQLite (WAL) by default, PostgreSQL by URL.

The database is the source of truth for what is installed. Expert files live
under the node home; a version's folder is moved into place before its row is
committed, and folders without a row (left by a killed install) are swept away
when the registry is opened.
"""

from __future__ import annotations

import ast
import builtins
import json
import os
import shutil
import time
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from sqlalchemy import TextClause, create_engine, event, select, text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.engine.interfaces import DBAPIConnection, DBAPICursor
from sqlalchemy.exc import DBAPIError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from luytre.errors import ConfigError, ExpertExists, ExpertNotFound, StoreBusy
from luytre.experts.manifest import Manifest, parse_manifest, semver_key
from luytre.experts.package import ExpertPackage, copy_tree
from luytre.store.models import ExpertRow, ExpertVersionRow, StateRow

if TYPE_CHECKING:
    from luytre.home import NodeHome

MIGRATIONS = Path(__file__).parent / "migrations"
HEAD_REVISION = "ops6_0001"  # the core branch; each kind brings its own
STAGING = ".staging"
MIGRATION_LOCK_KEY = 0x6C757974  # "luyt": the PostgreSQL advisory lock migrations hold
ORPHAN_AGE_S = 600  # younger folders may belong to an install still running elsewhere


@dataclass(frozen=True)
class InstalledVersion:
    version: str
    digest: str
    installed_at: datetime
    size_bytes: int
    path: Path
    vetting_report: dict[str, Any] | None


@dataclass(frozen=True)
class InstalledExpert:
    """One installed expert, its active version's manifest and files, and its history."""

    id: str
    enabled: bool
    manifest: Manifest
    active: InstalledVersion
    versions: tuple[InstalledVersion, ...]


def _version_locations() -> tuple[str, ...]:
    """The core migrations, then each kind's Alembic branch (a folder the kind names)."""
    from luytre.kinds import available_kinds

    kinds = [kind.migrations() for _, kind in sorted(available_kinds().items())]
    return (str(MIGRATIONS / "versions"), *(str(folder) for folder in kinds if folder is not None))


def _alembic_config(locations: tuple[str, ...]) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.set_main_option("path_separator", "os")
    config.set_main_option("version_locations", os.pathsep.join(locations))
    return config


@cache
def _heads(locations: tuple[str, ...]) -> set[str]:
    """The newest revision of every branch (read once per process). From the migration files' literal
    ``revision`` and ``down_revision`` when every file declares them so (~10 ms), as Alembic reads them: a
    head is a revision no other revises. Else Alembic's own reading, which imports Alembic and runs every
    file (~0.7 s: most of what `luytre expert list` spent before answering)."""
    declared = _declared_heads(locations)
    if declared is not None:
        return declared
    from alembic.script import ScriptDirectory

    return set(ScriptDirectory.from_config(_alembic_config(locations)).get_heads())


def _declared_heads(locations: tuple[str, ...]) -> set[str] | None:
    revisions: set[str] = set()
    revised: set[str] = set()
    for folder in locations:
        for path in Path(folder).glob("*.py"):
            if path.name.startswith("__"):  # __init__.py, as Alembic skips it
                continue
            declared: dict[str, Any] = {}
            for statement in ast.parse(path.read_text(encoding="utf-8")).body:
                if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
                    target, value = statement.targets[0], statement.value
                elif isinstance(statement, ast.AnnAssign) and statement.value is not None:
                    target, value = statement.target, statement.value
                else:
                    continue
                if isinstance(target, ast.Name) and target.id in ("revision", "down_revision"):
                    try:
                        declared[target.id] = ast.literal_eval(value)
                    except ValueError:
                        return None
            revision, down = declared.get("revision"), declared.get("down_revision")
            if not isinstance(revision, str) or not (down is None or isinstance(down, (str, tuple, list))):
                return None
            revisions.add(revision)
            revised.update([down] if isinstance(down, str) else down or ())
    return revisions - revised


def _now() -> datetime:
    return datetime.now(UTC)


class DriverStatements:
    """Plain SQL statements run on the driver's own cursor inside a SQLAlchemy transaction (``Registry.driver``):
    for a hot path whose few statements cost several times their driver's work in SQLAlchemy's execution
    machinery (~0.1 ms each). The transaction stays SQLAlchemy's (same connection, begin, commit, rollback);
    each statement is compiled once for the dialect (its paramstyle) and takes and returns plain values, as a
    ``text`` clause without typed columns does through SQLAlchemy. A driver error is raised as SQLAlchemy
    raises it (``OperationalError`` for a locked database, ...)."""

    def __init__(self, connection: Connection, compiled: dict[int, tuple[TextClause, str, tuple[str, ...] | None]]):
        self._dialect = connection.dialect
        self._cursor: DBAPICursor = connection.connection.cursor()
        self._compiled = compiled

    def execute(self, statement: TextClause, parameters: dict[str, Any] | None = None) -> None:
        self._run(statement, parameters or {}, many=False)

    def first(self, statement: TextClause, parameters: dict[str, Any] | None = None) -> Sequence[Any] | None:
        """The first row of ``statement``'s result, or None; the rest of the result is read and dropped."""
        rows = self._run(statement, parameters or {}, many=False)
        return rows[0] if rows else None

    def scalar(self, statement: TextClause, parameters: dict[str, Any] | None = None) -> Any:
        row = self.first(statement, parameters)
        return row[0] if row else None

    def execute_many(self, statement: TextClause, rows: list[dict[str, Any]]) -> None:
        self._run(statement, rows, many=True)

    def _run(self, statement: TextClause, parameters: dict[str, Any] | list[dict[str, Any]], *,
             many: bool) -> Sequence[Any]:
        sql, names = self._sql(statement)
        bound: Any = parameters
        if names is not None:  # a positional paramstyle (SQLite's qmark): values in the compiled order
            bound = ([tuple(row[name] for name in names) for row in parameters] if isinstance(parameters, list)
                     else tuple(parameters[name] for name in names))
        try:
            if many:
                self._cursor.executemany(sql, bound)
                return []
            self._cursor.execute(sql, bound)
            return self._cursor.fetchall() if self._cursor.description else []
        except self._dialect.loaded_dbapi.Error as exc:
            raise DBAPIError.instance(sql, bound, exc, self._dialect.loaded_dbapi.Error,
                                      dialect=self._dialect) from exc

    def _sql(self, statement: TextClause) -> tuple[str, tuple[str, ...] | None]:
        known = self._compiled.get(id(statement))
        if known is None or known[0] is not statement:  # the clause is kept: its id is not reused meanwhile
            compiled = statement.compile(dialect=self._dialect)
            names = tuple(compiled.positiontup or ()) if self._dialect.positional else None
            known = self._compiled[id(statement)] = (statement, compiled.string, names)
        return known[1], known[2]


class Registry:
    """Installed experts of one node. Use ``Registry.create`` or ``Registry.open``."""

    def __init__(self, engine: Engine, experts_dir: Path | None) -> None:
        self._engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)
        self.experts_dir = experts_dir
        self._driver_sql: dict[int, tuple[TextClause, str, tuple[str, ...] | None]] = {}

    # -- lifecycle --------------------------------------------------------
    @classmethod
    def create(cls, url: str, busy_timeout_s: float = 5.0, experts_dir: Path | None = None, *,
               synchronous: str = "normal") -> "Registry":
        """Open ``url`` and bring its schema to the newest migration. ``synchronous``: SQLite's level,
        ``normal`` or ``full`` (docs/security.md, "Durability")."""
        registry = cls(_engine(url, busy_timeout_s, synchronous), experts_dir)
        registry._migrate()
        return registry

    open = create

    @classmethod
    def of_home(cls, home: NodeHome) -> "Registry":
        """The store of a node home, opened as its ``[database]`` config says."""
        database = home.config.database
        return cls.create(home.database_url, database.busy_timeout_s, home.experts_dir,
                          synchronous=database.sqlite_synchronous)

    def close(self) -> None:
        self._engine.dispose()

    @property
    def engine(self) -> Engine:
        """The store's engine, shared with the audit log (one database per node)."""
        return self._engine

    def _migrate(self) -> None:
        """Bring the core schema and each installed kind's own branch (its tables) to their heads."""
        locations = _version_locations()
        with self._guard():
            with self._engine.connect() as conn:
                try:
                    current = set(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
                except SQLAlchemyError:
                    conn.rollback()
                    current = set()
            if current == _heads(locations):
                return
            from alembic import command

            config = _alembic_config(locations)
            with self._engine.begin() as conn:
                if conn.dialect.name == "postgresql":  # replicas starting at once: one migrates, the rest wait
                    conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY})
                config.attributes["connection"] = conn
                command.upgrade(config, "heads")

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Turn a locked or unreachable database into a clear ``StoreBusy``/``ConfigError``."""
        try:
            yield
        except OperationalError as exc:
            message = str(exc.orig)
            if "locked" in message or "busy" in message:
                raise StoreBusy(
                    "the node's database is locked by another process; try again when it has finished"
                ) from exc
            raise ConfigError(f"cannot use the node's database: {message}") from exc

    @contextmanager
    def core_transaction(self) -> Iterator[Connection]:
        """A plain connection in one transaction, for hot paths that need no ORM."""
        with self._guard(), self._engine.begin() as connection:
            yield connection

    def driver(self, connection: Connection) -> DriverStatements:
        """Run plain SQL on ``connection``'s driver cursor, inside its transaction (see ``DriverStatements``)."""
        return DriverStatements(connection, self._driver_sql)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """A session in one transaction, with lock and connection errors made specific."""
        with self._guard(), self._session.begin() as session:
            yield session

    # -- reading ----------------------------------------------------------
    def generation(self) -> int:
        """A counter bumped by every change; cheap to poll from another process."""
        with self.transaction() as session:
            row = session.get(StateRow, "generation")
            return row.value if row else 0

    def list(self) -> list[InstalledExpert]:
        with self.transaction() as session:
            rows = session.scalars(select(ExpertRow).order_by(ExpertRow.id)).all()
            return [self._view(row) for row in rows]

    def find(self, expert_id: str) -> InstalledExpert | None:
        """The installed expert ``expert_id``, or None."""
        try:
            return self.get(expert_id)
        except ExpertNotFound:
            return None

    def get(self, expert_id: str) -> InstalledExpert:
        with self.transaction() as session:
            row = session.get(ExpertRow, expert_id)
            if row is None:
                raise ExpertNotFound(f"no expert {expert_id!r} is installed on this node")
            return self._view(row)

    def _view(self, row: ExpertRow) -> InstalledExpert:
        versions = sorted(row.versions, key=lambda v: semver_key(v.version), reverse=True)
        views = tuple(self._version_view(v) for v in versions)
        active = next(v for v, r in zip(views, versions) if r.version == row.active_version)
        active_row = next(r for r in versions if r.version == row.active_version)
        return InstalledExpert(row.id, row.enabled, parse_manifest(active_row.manifest_json), active, views)

    def _version_view(self, row: ExpertVersionRow) -> InstalledVersion:
        return InstalledVersion(
            version=row.version,
            digest=row.digest,
            installed_at=row.installed_at,
            size_bytes=row.size_bytes,
            path=self._dir() / row.storage_dir,
            vetting_report=json.loads(row.vetting_report) if row.vetting_report else None,
        )

    def _dir(self) -> Path:
        if self.experts_dir is None:
            raise ConfigError("this registry was opened without an experts folder")
        return self.experts_dir

    # -- writing ----------------------------------------------------------
    def bump(self) -> None:
        """Tell every process of this node that what it serves changed (e.g. a peer's catalog)."""
        with self.transaction() as session:
            self._bump(session)

    def _bump(self, session: Session) -> None:
        row = session.get(StateRow, "generation")
        if row is None:
            session.add(StateRow(key="generation", value=1))
        else:
            row.value += 1

    def install(self, package: ExpertPackage, *, allow_downgrade: bool = False,
                vetting_report: dict[str, Any] | None = None) -> InstalledExpert:
        """Copy ``package`` into the node and record it as the expert's active version.

        Either the whole install lands or nothing does: files are staged, moved
        into place in one rename, and only then is the row committed.
        """
        manifest = package.manifest
        with self.transaction() as session:
            existing = session.get(ExpertRow, manifest.id)
            if existing is not None:
                _check_new_version(existing, manifest, package.digest, allow_downgrade=allow_downgrade)
        relative = f"{manifest.id}/{manifest.version}-{package.digest[:12]}"
        final = self._dir() / relative
        staging = self._dir() / STAGING / uuid.uuid4().hex
        try:
            copy_tree(package, staging)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists():  # a leftover of an interrupted install of these same bytes
                shutil.rmtree(final)
            staging.rename(final)
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        try:
            with self.transaction() as session:
                row = session.get(ExpertRow, manifest.id)
                if row is None:
                    row = ExpertRow(id=manifest.id, enabled=True, active_version=manifest.version,
                                    created_at=_now(), updated_at=_now())
                    session.add(row)
                else:
                    _check_new_version(row, manifest, package.digest, allow_downgrade=allow_downgrade)
                    row.active_version, row.updated_at = manifest.version, _now()
                session.add(ExpertVersionRow(
                    expert_id=manifest.id, version=manifest.version, digest=package.digest,
                    manifest_json=manifest.to_json(), storage_dir=relative, size_bytes=package.size,
                    installed_at=_now(), vetting_report=json.dumps(vetting_report) if vetting_report else None,
                ))
                self._bump(session)
        except BaseException:
            shutil.rmtree(final, ignore_errors=True)
            raise
        return self.get(manifest.id)

    def set_enabled(self, expert_id: str, enabled: bool) -> InstalledExpert:
        with self.transaction() as session:
            row = session.get(ExpertRow, expert_id)
            if row is None:
                raise ExpertNotFound(f"no expert {expert_id!r} is installed on this node")
            row.enabled, row.updated_at = enabled, _now()
            self._bump(session)
        return self.get(expert_id)

    def remove(self, expert_id: str) -> None:
        """Forget the expert and every version of it, then delete its files."""
        with self.transaction() as session:
            row = session.get(ExpertRow, expert_id)
            if row is None:
                raise ExpertNotFound(f"no expert {expert_id!r} is installed on this node")
            session.delete(row)
            self._bump(session)
        shutil.rmtree(self._dir() / expert_id, ignore_errors=True)

    def sweep_orphans(self, *, min_age_s: float = ORPHAN_AGE_S) -> builtins.list[Path]:
        """Delete expert folders no row refers to (left by killed installs); return them.

        Folders younger than ``min_age_s`` are kept: they may belong to an install
        still running in another process."""
        base = self._dir()
        if not base.is_dir():
            return []
        with self.transaction() as session:
            known = {base / d for d in session.scalars(select(ExpertVersionRow.storage_dir))}
        cutoff = time.time() - min_age_s
        removed = []
        candidates = list((base / STAGING).glob("*")) if (base / STAGING).is_dir() else []
        for expert_dir in base.iterdir():
            if expert_dir.name != STAGING and expert_dir.is_dir():
                candidates += [d for d in expert_dir.iterdir() if d not in known]
        for path in candidates:
            if path.stat().st_mtime < cutoff:
                shutil.rmtree(path, ignore_errors=True)
                removed.append(path)
        return removed


def _check_new_version(row: ExpertRow, manifest: Manifest, digest: str, *, allow_downgrade: bool) -> None:
    for version in row.versions:
        if version.version == manifest.version:
            same = "the same content" if version.digest == digest else "different content; bump the version"
            raise ExpertExists(f"{manifest.id} {manifest.version} is already installed ({same})",
                               expert=manifest.id, version=manifest.version)
    if not allow_downgrade and semver_key(manifest.version) < semver_key(row.active_version):
        raise ExpertExists(
            f"{manifest.id} {manifest.version} is older than the installed {row.active_version}; "
            "refusing a rollback (force it with --allow-downgrade)",
            expert=manifest.id, version=manifest.version,
        )


_SYNCHRONOUS = {"normal": "NORMAL", "full": "FULL"}  # the levels config.DatabaseSection allows


def _engine(url: str, busy_timeout_s: float, synchronous: str = "normal") -> Engine:
    try:
        if url.startswith("sqlite"):
            engine = create_engine(url, connect_args={"timeout": busy_timeout_s})

            @event.listens_for(engine, "connect")
            def _pragmas(dbapi_connection: DBAPIConnection, _record: ConnectionPoolEntry) -> None:
                cursor = dbapi_connection.cursor()
                cursor.execute("PRAGMA journal_mode=WAL")
                # WAL + NORMAL: a commit survives a crash of the process, not a power loss; FULL syncs the WAL
                # on every commit, so it survives both.
                cursor.execute(f"PRAGMA synchronous={_SYNCHRONOUS[synchronous]}")
                cursor.execute("PRAGMA foreign_keys=ON")
                cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_s * 1000)}")
                cursor.close()

            return engine
        return create_engine(url, pool_pre_ping=True)
    except (SQLAlchemyError, ImportError) as exc:
        raise ConfigError(f"cannot open database {url!r}: {exc}") from exc
