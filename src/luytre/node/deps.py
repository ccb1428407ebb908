"""What every route of the node's API depends on: the node itself (``NodeDep``), its metrics, and the role
guards, so a router module is written once and mounted on any node."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, Request
from fastapi.params import Depends as DependsParam

from luytre.access import ANONYMOUS, EVERYONE, NAMES_SUBJECT
from luytre.errors import Forbidden
from luytre.node.context import request_caller, role_check
from luytre.node.metrics import ApiMetrics
from luytre.node.refusals import NAMED_STATE

if TYPE_CHECKING:
    from luytre.node.service import Node


def node_of(request: Request) -> Node:
    """The node this app serves (``create_app`` puts it in the app's state)."""
    node: Node = request.app.state.node
    return node


def metrics_of(request: Request) -> ApiMetrics:
    metrics: ApiMetrics = request.app.state.metrics
    return metrics


# Dependencies are coroutines although they never await: FastAPI runs a plain function dependency on a
# thread of its pool, two thread hand-overs per request for reading an attribute. The ask routes, the
# node's busiest, call node_of and metrics_of instead: each dependency costs FastAPI's resolver ~0.1 ms.
async def current_node(request: Request) -> Node:
    return node_of(request)


async def current_metrics(request: Request) -> ApiMetrics:
    return metrics_of(request)


NodeDep = Annotated["Node", Depends(current_node)]
MetricsDep = Annotated[ApiMetrics, Depends(current_metrics)]


@dataclass(frozen=True)
class Guards:
    """The role checks a node's routes use (each a dependency the limits middleware reads before the body)."""

    operator: list[DependsParam]
    auditors: list[DependsParam]
    clerks: list[DependsParam]  # may name a data subject: consents
    anyone: list[DependsParam]  # every role, and anonymous callers when the config allows them

    @classmethod
    def of(cls, node: Node) -> Guards:
        return cls(operator=[Depends(role_check(node.keys, {"operator"}))],
                   auditors=[Depends(role_check(node.keys, {"auditor"}))],
                   clerks=[Depends(role_check(node.keys, NAMES_SUBJECT))],
                   anyone=[Depends(role_check(node.keys, EVERYONE, anonymous=node.home.config.access.anonymous))])


def caller_label(request: Request, node: Node) -> str:
    caller = request_caller(request, node.keys)
    return caller.label if caller else ANONYMOUS


def asker(request: Request, node: Node, *, subject: str | None, purpose: str) -> str:
    """The actor an ask is audited and decided as; only roles that may name a data subject or a
    purpose other than the default one may send them."""
    caller = request_caller(request, node.keys)
    role = caller.role if caller else ANONYMOUS
    if (subject is not None or purpose != "answer") and role not in NAMES_SUBJECT:
        if subject is not None:  # the refusal's audit entry keeps it as a digest only
            setattr(request.state, NAMED_STATE, {"subject": subject})
        raise Forbidden(f"a {role} caller may not name a data subject or a purpose other than \"answer\"; "
                        f"that needs a client key with role {' or '.join(sorted(NAMES_SUBJECT))}")
    return caller.label if caller else ANONYMOUS
