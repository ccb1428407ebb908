"""Every refusal of a request that names a person is audited (docs/access.md): a request refused with 401 or
403 (no key, a bad key, a role that may not do this, a subject or purpose it may not name) that names a data
subject or a learner (a ``subject``/``learner`` parameter, a body field a route declared in ``NAMED_STATE``, or
a route whose every request names one: the consent register), or that comes from an authenticated peer (its
forwarded questions are about people), leaves an ``access.refused`` entry with the actor, the route's
template, the error's code and reason. Other refusals are not written: an unknown caller knocking at an
operator's route must not grow the log.

The values a refused request names are kept only as keyed digests (``AuditLog.query_digest``, the same one
the ask path's ``subject_hmac`` uses, so a refusal can be linked to later requests about the same person)
and are scrubbed from the reason: the log never holds them in clear. Policy denials are not counted here:
the ask path audits them as its own outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from starlette.datastructures import Headers
from starlette.responses import Response
from starlette.types import Scope

from luytre.access import ANONYMOUS, Caller
from luytre.errors import LuytreError, PolicyDenied

if TYPE_CHECKING:
    from luytre.node.service import Node

__all__ = ["ACTOR_STATE", "NAMED_STATE", "SIGNER_STATE", "audit_refusal", "is_access_refusal", "sign_refusal"]

NAMED_STATE = "luytre_named"  # request.state: values a route found in the body that name a person
SUBJECT_PARAMETERS = ("subject", "learner")  # path or query parameters that name a person
SUBJECT_ROUTES = frozenset({"/v1/consents"})  # every request names a person (in a body unread when refused early)
ACTOR_STATE = "luytre_actor"  # request.state: an actor authenticated otherwise than by a key (a peer)
SIGNER_STATE = "luytre_signer"  # request.state: signs the response to an authenticated peer (status, body)
MAX_REASON_CHARS = 300


def is_access_refusal(error: LuytreError) -> bool:
    return error.http_status in (401, 403) and not isinstance(error, PolicyDenied)


def _actor(scope: Scope, caller: Caller | None, headers: Headers) -> str:
    if caller is not None:
        return caller.label
    authenticated: str | None = (scope.get("state") or {}).get(ACTOR_STATE)
    if authenticated:
        return authenticated
    return ANONYMOUS if headers.get("authorization") is None else "invalid-key"


def _named(scope: Scope, path_params: dict[str, Any]) -> dict[str, str]:
    query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
    named = {name: str(path_params[name]) for name in SUBJECT_PARAMETERS if name in path_params}
    named |= {name: query[name][0] for name in SUBJECT_PARAMETERS if query.get(name)}
    named.update((scope.get("state") or {}).get(NAMED_STATE) or {})
    return named


async def audit_refusal(node: Node, scope: Scope, error: LuytreError, caller: Caller | None, *,
                        route: str, path_params: dict[str, Any]) -> None:
    """Append the ``access.refused`` entry of a request refused with ``error`` at ``route`` (its template), if
    the request names a person or comes from an authenticated peer."""
    headers = Headers(scope=scope)
    named = _named(scope, path_params)
    peer = (scope.get("state") or {}).get(ACTOR_STATE)
    if not named and route not in SUBJECT_ROUTES and not peer:
        return
    reason = error.message
    for value in sorted(named.values(), key=len, reverse=True):
        if value:
            reason = reason.replace(value, "<named>")
    entry: dict[str, Any] = {"event": "access.refused", "actor": _actor(scope, caller, headers),
                             "route": f"{scope.get('method', '?')} {route}", "code": error.code,
                             "reason": reason[:MAX_REASON_CHARS],
                             "named_hmac": {name: node.audit.query_digest(value) for name, value in named.items()}}
    claimed_peer = headers.get("x-luytre-node")
    if claimed_peer:
        entry["claimed_node"] = claimed_peer[:64]
    await node.audit_async(entry)


def sign_refusal(scope: Scope, response: Response) -> None:
    """Sign ``response``, a refusal, as the answer to the peer whose request the route authenticated (the mesh
    routes leave their signer in ``SIGNER_STATE``): its caller can then tell this node's refusal from one a
    man in the middle made up. A refusal made before the request was authenticated stays unsigned."""
    signer: Callable[[int, bytes], str] | None = (scope.get("state") or {}).get(SIGNER_STATE)
    if signer is not None:
        response.headers["x-luytre-signature"] = signer(response.status_code, bytes(response.body))
