"""The node's side of ``luytre.kinds.KindContext``: what a kind's routes, CLI and follow-ups may use."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from fastapi import Depends, Request
from sqlalchemy.orm import Session

from luytre.errors import PackageError, Unauthorized
from luytre.experts.package import ExpertPackage
from luytre.home import NodeHome, open_home
from luytre.kinds import Expert, KindContext, load_expert
from luytre.node.pool import WorkerPool
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import InstalledExpert, Registry

T = TypeVar("T")
OPERATOR = "operator"  # the one role today: whoever holds the node's admin token


def load_installed(installed: InstalledExpert) -> Expert:
    """Load an installed expert's active version, refusing files changed since they were vetted."""
    package = ExpertPackage.open(installed.active.path)
    if package.digest != installed.active.digest:
        raise PackageError(f"files of {installed.id} {installed.active.version} changed on disk since install")
    return load_expert(package)


def operator_check(home: NodeHome) -> Callable[[Request], None]:
    """A request check that admits only the holder of ``home``'s admin token."""

    def check(request: Request) -> None:
        scheme, _, token = request.headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not home.check_admin_token(token.strip()):
            raise Unauthorized("this route needs the node's admin token: Authorization: Bearer <token>")

    check.luytre_role = "operator"  # type: ignore[attr-defined]  # how the limits middleware finds operator routes
    return check


class NodeKindContext(KindContext):
    def __init__(self, kind: str, *, home: NodeHome, registry: Registry, audit: AuditLog,
                 experts: Callable[[], dict[str, Expert]], pool: WorkerPool | None = None) -> None:
        self.kind, self.home, self.config = kind, home.path, home.config
        self._node_home, self._registry, self._audit, self._experts = home, registry, audit, experts
        self._pool = pool
        self._operator = Depends(operator_check(home))

    def session(self) -> AbstractContextManager[Session]:
        return self._registry.transaction()

    def experts(self) -> dict[str, Expert]:
        return {eid: e for eid, e in self._experts().items() if e.manifest.kind == self.kind}

    def audit(self, event: str, **fields: Any) -> int:
        return self._audit.append({"event": f"{self.kind}.{event}", **fields})

    async def run_cpu(self, fn: Callable[..., T], *args: Any) -> T:
        if self._pool is None:  # a CLI context: no server to keep responsive
            return await super().run_cpu(fn, *args)
        return await self._pool.run(fn, *args)  # the node's bounded pool: 503 when full, like every ask

    def require(self, role: str) -> Any:
        if role != OPERATOR:
            raise PackageError(f"kind {self.kind!r} asked for role {role!r}; this node knows only {OPERATOR!r}")
        return self._operator


@contextmanager
def open_home_context(path: Path, kind: str) -> Iterator[KindContext]:
    """A context for a kind's CLI commands on the node at ``path``: only this kind's experts are loaded,
    through the same digest check a serving node applies."""
    home = open_home(path)
    registry = Registry.open(home.database_url, home.config.database.busy_timeout_s, home.experts_dir)
    loaded: dict[str, Expert] = {}

    def experts() -> dict[str, Expert]:
        if not loaded:
            for installed in registry.list():
                if installed.enabled and installed.manifest.kind == kind:
                    loaded[installed.id] = load_installed(installed)
        return loaded

    try:
        yield NodeKindContext(kind, home=home, registry=registry, audit=AuditLog.of_home(home, registry),
                               experts=experts)
    finally:
        registry.close()
