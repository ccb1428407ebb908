"""A participating organization: its SuperNode key, its join request, and joining a run.

The node's data never leaves: the SuperNode is given the path of the labelled
file in the node's own home, and its ClientApp sends back weights and numbers
only. What did leave is spooled by the ClientApp and recorded in the node's
audit log when ``join`` ends.
"""

from __future__ import annotations

import base64
import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pydantic import TypeAdapter

from luytre.errors import ConfigError, InvalidQuery, SignatureError, translated
from luytre.home import NodeHome
from luytre.kinds.classifier.federated.plan import Participant, Plan, verify_plan
from luytre.kinds.classifier.federated.runtime import (
    Running,
    flower_bin,
    free_port,
    make_supernode_key,
    process_env,
    start,
)
from luytre.mesh.peers import PeerStore
from luytre.sovereignty.audit import AuditLog, canonical
from luytre.storage import atomic_write
from luytre.vetting.trust import TrustStore

REQUEST_FORMAT = "luytre.kinds.classifier.federated-join/1"


@dataclass(frozen=True)
class JoinRequest:
    node_id: str
    public_key: str  # the node identity (Ed25519, base64)
    supernode_key: str  # OpenSSH line of the SuperNode authentication key
    signature: str

    def statement(self) -> bytes:
        return canonical({"format": REQUEST_FORMAT, "node_id": self.node_id, "supernode_key": self.supernode_key})

    @classmethod
    def read(cls, path: Path) -> "JoinRequest":
        with translated(InvalidQuery, f"{path} is not a federated join request"):
            return _JOIN_REQUEST.validate_json(path.read_bytes())


_JOIN_REQUEST = TypeAdapter(JoinRequest)  # its four fields as strings, checked; other fields ignored


def federated_dir(home: NodeHome) -> Path:
    return home.path / "federated"


def join_request(home: NodeHome) -> JoinRequest:
    """This node's SuperNode key (made once) and a request binding it to the node identity."""
    directory = federated_dir(home)
    public_file = directory / "supernode.pub"
    if public_file.is_file():
        supernode_key = public_file.read_text(encoding="ascii").strip()
    else:
        directory.mkdir(parents=True, exist_ok=True)
        _, supernode_key = make_supernode_key(directory)
    unsigned = JoinRequest(home.node_id, home.public_key, supernode_key, "")
    signature = base64.b64encode(home.identity().sign(unsigned.statement())).decode("ascii")
    return JoinRequest(home.node_id, home.public_key, supernode_key, signature)


def check_join_request(name: str, request: JoinRequest, peers: PeerStore) -> Participant:
    """The participant a request stands for, once its signature verifies with the key pinned for peer ``name``."""
    peer = peers.get(name)
    if peer.revoked:
        raise SignatureError(f"peer {name} is revoked")
    if peer.node_id != request.node_id or peer.public_key != request.public_key:
        raise SignatureError(f"the join request for {name} comes from node {request.node_id}, not the peer's "
                             f"{peer.node_id}")
    try:
        Ed25519PublicKey.from_public_bytes(base64.b64decode(peer.public_key)).verify(
            base64.b64decode(request.signature), request.statement())
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError(f"the join request for {name} is not signed by that peer's key") from exc
    return Participant(name=name, node_id=peer.node_id, supernode_key=request.supernode_key)


def join(home: NodeHome, plan_path: Path, data: Path, audit: AuditLog, *, timeout_s: float = 600,
         step: Callable[[str], None] = lambda s: None) -> dict[str, Any]:
    """Verify the plan, run this node's SuperNode until the last round's evaluation, audit what left."""
    plan = verify_plan(plan_path, TrustStore.of_home(home.path))
    me = plan.participant(home.node_id)
    if me is None:
        raise InvalidQuery(f"plan {plan.run} does not name this node ({home.node_id})")
    own_key = (federated_dir(home) / "supernode.pub")
    if not own_key.is_file() or own_key.read_text(encoding="ascii").strip() != me.supernode_key:
        raise InvalidQuery("the plan's SuperNode key for this node is not this node's key (luytre federate request)")
    if not data.is_file():
        raise InvalidQuery(f"no labelled data at {data}")
    work = federated_dir(home) / plan.run
    work.mkdir(parents=True, exist_ok=True)
    ca = work / "ca.pem"
    atomic_write(ca, plan.tls_ca.encode("ascii"))
    spool = work / "sent.jsonl"
    spool.write_bytes(b"")  # what an earlier attempt sent is already in the audit log
    # What the node agreed to in the signed plan, enforced by its own ClientApp mod (apps.agreed_privacy).
    settings = {"run": plan.run, "participant": me.name, "data": str(data.resolve()), "spool": str(spool),
                "secagg": plan.secagg, "clip": plan.dp_clip}
    node_config = " ".join(f"{k}={json.dumps(v)}" for k, v in settings.items())
    step(f"joining run {plan.run} at {plan.superlink} as {me.name}")
    env = process_env(work / "flwr-home")
    env["PATH"] = f"{pinned_clientapp(work / 'bin')}{os.pathsep}{env['PATH']}"
    supernode = start([flower_bin("flower-supernode"), "--superlink", plan.superlink, "--root-certificates", str(ca),
                       "--auth-supernode-private-key", str(federated_dir(home) / "supernode.key"),
                       "--node-config", node_config,  # runtime dependency installation is off by default
                       "--port", str(free_port()), "--max-wait-time", str(int(timeout_s))],
                      work / "supernode.log", env)
    try:
        sent = _wait_for_last_round(spool, plan, supernode, timeout_s)
    finally:
        supernode.stop()
    entries = [{"event": "federated.sent", "actor": "federate", "destination": plan.superlink,
                "coordinator": plan.coordinator, **record} for record in sent]
    if entries:
        audit.append_many(entries)
    return {"run": plan.run, "participant": me.name, "rounds": plan.rounds, "messages_sent": len(sent),
            "bytes_sent": sum(int(r["bytes"]) for r in sent)}


def pinned_clientapp(directory: Path) -> Path:
    """A folder whose ``flwr-clientapp`` is luytre's (``pinned.py``): the SuperNode runs the ClientApp installed
    at this node, never code pushed in a FAB. Put first on the SuperNode's PATH."""
    directory.mkdir(parents=True, exist_ok=True)
    script = directory / "flwr-clientapp"
    atomic_write(script, f"#!{flower_bin('python')}\nfrom luytre.kinds.classifier.federated.pinned import main\n"
                 "main()\n".encode("utf-8"), mode=0o755)
    return directory


def _read_spool(spool: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in spool.read_text(encoding="utf-8").splitlines() if line.strip()]


def _wait_for_last_round(spool: Path, plan: Plan, supernode: Running, timeout_s: float) -> list[dict[str, Any]]:
    deadline = time.monotonic() + timeout_s
    while True:
        sent = [r for r in _read_spool(spool) if r.get("run") == plan.run]
        # The ServerApp tells every node when the run is over, after it has every node's last reply.
        if any(r["phase"] == "finished" for r in sent):
            return [r for r in sent if r["phase"] != "finished"]
        if supernode.process.poll() is not None:
            raise ConfigError(f"the SuperNode stopped (code {supernode.process.returncode}); see {supernode.log}")
        if time.monotonic() > deadline:
            raise ConfigError(f"run {plan.run} did not finish in {timeout_s:.0f} s; see {supernode.log}")
        time.sleep(0.5)
