"""Errors a user can act on. Each carries a stable code, an HTTP status and a
CLI exit code, so the API and the CLI report the same problem the same way."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class LuytreError(Exception):
    """Base class: a specific, explainable failure (never a bug)."""

    code = "error"
    http_status = 400
    exit_code = 1

    def __init__(self, message: str, **detail: object) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail

    def to_dict(self) -> dict[str, object]:
        body: dict[str, object] = {"code": self.code, "message": self.message}
        if self.detail:
            body["detail"] = self.detail
        return body


class InvalidQuery(LuytreError):
    code, http_status, exit_code = "invalid_query", 422, 2


class QueryTooLarge(InvalidQuery):
    code, http_status = "query_too_large", 413


class ExpertNotFound(LuytreError):
    code, http_status, exit_code = "expert_not_found", 404, 3


class AuditEntryNotFound(LuytreError):
    code, http_status, exit_code = "audit_entry_not_found", 404, 3


class ExpertDisabled(LuytreError):
    code, http_status, exit_code = "expert_disabled", 409, 3


class NotFound(LuytreError):
    """A learner, practice session or other record that does not exist (or was erased)."""

    code, http_status, exit_code = "not_found", 404, 3


class NotCurrentItem(LuytreError):
    code, http_status, exit_code = "not_the_current_item", 409, 2


class ManifestError(LuytreError):
    code, http_status, exit_code = "invalid_manifest", 422, 4


class PackageError(LuytreError):
    code, http_status, exit_code = "invalid_package", 422, 4


class UnsafeArtifact(PackageError):
    code = "unsafe_artifact"


class SignatureError(LuytreError):
    code, http_status, exit_code = "signature_invalid", 422, 4


class VettingFailed(PackageError):
    code = "vetting_failed"


class ExpertExists(LuytreError):
    code, http_status, exit_code = "expert_exists", 409, 4


class BuildError(LuytreError):
    code, http_status, exit_code = "build_failed", 422, 4


class HomeExists(LuytreError):
    code, http_status, exit_code = "home_exists", 409, 5


class HomeNotFound(LuytreError):
    code, http_status, exit_code = "home_not_found", 404, 5


class ConfigError(LuytreError):
    code, http_status, exit_code = "invalid_config", 500, 5


class PolicyError(LuytreError):
    code, http_status, exit_code = "invalid_policy", 422, 5


class PolicyDenied(LuytreError):
    code, http_status, exit_code = "denied_by_policy", 403, 10


class StoreBusy(LuytreError):
    code, http_status, exit_code = "store_busy", 503, 6


class Overloaded(LuytreError):
    """Too much work queued or asked by one client: try again after ``retry_after_s``."""

    code, http_status, exit_code = "overloaded", 503, 6

    def __init__(self, message: str, retry_after_s: int = 1, **detail: object) -> None:
        super().__init__(message, retry_after_s=retry_after_s, **detail)
        self.retry_after_s = retry_after_s


class CpuBudgetExceeded(Overloaded):
    """One request spent more CPU time than the node allows a request (``limits.ask_cpu_s``)."""

    code = "cpu_budget_exceeded"


class RateLimited(Overloaded):
    """One client address asked faster, or more at once, than this node allows."""

    code, http_status = "rate_limited", 429


class Unauthorized(LuytreError):
    code, http_status, exit_code = "unauthorized", 401, 7


class Forbidden(LuytreError):
    """The caller is known, but its role may not do this."""

    code, http_status, exit_code = "forbidden", 403, 7


class NodeUnreachable(LuytreError):
    code, http_status, exit_code = "node_unreachable", 502, 8


class AddressInUse(LuytreError):
    code, http_status, exit_code = "address_in_use", 409, 9


def error_class(code: str) -> type[LuytreError]:
    """The error class for an API error ``code`` (so the CLI can re-raise what a node said)."""
    pending: list[type[LuytreError]] = [LuytreError]
    found: dict[str, type[LuytreError]] = {}
    while pending:
        cls = pending.pop()
        found.setdefault(cls.code, cls)
        pending += cls.__subclasses__()
    return found.get(code, LuytreError)


# What reading a file can raise once its content is checked by a schema (pydantic) or a parser rather than
# indexed blindly: the file system (OSError) and a bad value (ValueError: bad JSON, bad UTF-8 and pydantic's
# ValidationError are all ValueErrors). Readers translate them here, once, into the error a user acts on.
READ_ERRORS: tuple[type[Exception], ...] = (OSError, ValueError)


@contextmanager
def translated(error: type[LuytreError], what: str) -> Iterator[None]:
    """Raise ``error("{what}: {cause}")`` for anything in ``READ_ERRORS`` raised inside the block."""
    try:
        yield
    except READ_ERRORS as exc:
        raise error(f"{what}: {exc}") from exc


# -- the boundaries: every place that turns an error into an HTTP response or an exit uses these two --------------
def error_body(code: str, message: str, detail: dict[str, object] | None = None) -> dict[str, object]:
    """The JSON body of every refusal the node sends: ``{"error": {"code", "message", "detail"?}}``."""
    body: dict[str, object] = {"code": code, "message": message}
    if detail:
        body["detail"] = detail
    return {"error": body}


def http_error(exc: LuytreError) -> tuple[int, dict[str, object], dict[str, str]]:
    """The HTTP status, JSON body and headers that report ``exc`` (``Retry-After`` when trying later helps)."""
    headers = {"retry-after": str(exc.retry_after_s)} if isinstance(exc, Overloaded) else {}
    return exc.http_status, error_body(exc.code, exc.message, exc.detail), headers


def exit_error(exc: LuytreError) -> tuple[int, str]:
    """The exit code and the one-line message a command reports ``exc`` with."""
    return exc.exit_code, exc.message
