"""The node's side of ``luytre.kinds.KindContext``: what a kind's routes, CLI and follow-ups may use."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.orm import Session
from starlette.requests import Request  # FastAPI's own; the CLI opens nodes without importing FastAPI

from luytre.access import ANONYMOUS, ROLES, Caller, ClientKeys, refusal
from luytre.errors import PackageError
from luytre.experts.package import ExpertPackage
from luytre.home import NodeHome, open_home
from luytre.kinds import Expert, KindContext, load_expert
from luytre.node.pool import WorkerPool
from luytre.sovereignty.audit import AuditLog
from luytre.store.database import InstalledExpert, Registry

T = TypeVar("T")
CALLER_STATE = "luytre_caller"  # where the limits middleware leaves the request's caller (request.state)


def load_installed(installed: InstalledExpert) -> Expert:
    """Load an installed expert's active version, refusing files changed since they were vetted."""
    package = ExpertPackage.open(installed.active.path)
    if package.digest != installed.active.digest:
        raise PackageError(f"files of {installed.id} {installed.active.version} changed on disk since install")
    return load_expert(package)


def request_caller(request: Request, keys: ClientKeys) -> Caller | None:
    """The caller the limits middleware found for this request (or, without it, from the headers)."""
    state = request.scope.get("state") or {}
    if CALLER_STATE in state:
        found: Caller | None = state[CALLER_STATE]
        return found
    return keys.caller(request.headers.get("authorization"))


def role_check(keys: ClientKeys, roles: Iterable[str], *, anonymous: bool = True) -> Callable[[Request], Any]:
    """A route dependency admitting only callers with one of ``roles`` (operator always; ``anonymous`` among
    them admits callers without a key when the config allows it). Its ``luytre_roles`` is how the limits
    middleware refuses the others from the headers, before the body is read."""
    allowed = frozenset(roles) | {"operator"}
    if not anonymous:
        allowed -= {ANONYMOUS}

    def check(request: Request) -> Caller | None:
        caller = request_caller(request, keys)
        refused = refusal(caller, allowed)
        if refused is not None:
            raise refused
        return caller

    check.luytre_roles = allowed  # type: ignore[attr-defined]
    return check


class NodeKindContext(KindContext):
    def __init__(self, kind: str, *, home: NodeHome, registry: Registry, audit: AuditLog, keys: ClientKeys,
                 experts: Callable[[], dict[str, Expert]], pool: WorkerPool | None = None) -> None:
        self.kind, self.home, self.config = kind, home.path, home.config
        self._node_home, self._registry, self._audit, self._experts = home, registry, audit, experts
        self._pool, self._keys = pool, keys

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
        if role not in ROLES:
            raise PackageError(f"kind {self.kind!r} asked for role {role!r}; roles: {', '.join(ROLES)}")
        from fastapi import Depends

        return Depends(role_check(self._keys, {role}))

    def caller(self, request: Request) -> Caller | None:
        return request_caller(request, self._keys)


@contextmanager
def open_home_context(path: Path, kind: str) -> Iterator[KindContext]:
    """A context for a kind's CLI commands on the node at ``path``: only this kind's experts are loaded,
    through the same digest check a serving node applies."""
    home = open_home(path)
    registry = Registry.of_home(home)
    loaded: dict[str, Expert] = {}

    def experts() -> dict[str, Expert]:
        if not loaded:
            for installed in registry.list():
                if installed.enabled and installed.manifest.kind == kind:
                    loaded[installed.id] = load_installed(installed)
        return loaded

    try:
        yield NodeKindContext(kind, home=home, registry=registry, audit=AuditLog.of_home(home, registry),
                              keys=ClientKeys(registry), experts=experts)
    finally:
        registry.close()
