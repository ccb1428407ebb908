"""The run plan: what the coordinator proposes, signed with its publisher key.

A plan names the expert (the classifier source manifest, labels included), the
rounds and strategy, the hashed feature space and every participant by peer
name and node id. Each participant checks the plan against its own trust store
before its SuperNode starts, so a node trains only for a coordinator it trusts
and only in a run that names it. Plans hold no data, only settings.
"""

from __future__ import annotations

import base64
import json
import math
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Final, Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from luytre.errors import InvalidQuery, SignatureError
from luytre.storage import atomic_write
from luytre.text.hashed import N_FEATURES
from luytre.vetting.signing import fingerprint
from luytre.vetting.trust import TrustStore

PLAN_FORMAT: Final = "luytre.kinds.classifier.federated-plan/1"
PLAN_FILE = "plan.json"


class Participant(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]{0,63}$")
    node_id: str = Field(pattern=r"^lt-[0-9a-f]{16}$")
    supernode_key: str = Field(min_length=1, max_length=1000)  # OpenSSH ecdsa public key line


class Plan(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)
    format: Literal["luytre.kinds.classifier.federated-plan/1"] = PLAN_FORMAT
    run: str = Field(pattern=r"^[a-z0-9-]{4,64}$")
    coordinator: str = Field(min_length=1, max_length=200)  # publisher organization
    expert: dict[str, Any]  # the classifier source manifest, [labels] included
    labels: list[str] = Field(min_length=2)
    rounds: int = Field(ge=1, le=100)
    strategy: Literal["fedavg", "fedprox", "fedadam"] = "fedavg"
    proximal_mu: float = Field(0.0, ge=0.0, le=10.0)
    server_learning_rate: float = Field(0.1, gt=0.0, le=10.0)  # FedAdam's eta
    local_epochs: int = Field(20, ge=1, le=500)
    learning_rate: float = Field(10.0, gt=0.0, le=1000.0)
    balanced: bool = True  # class-balanced local loss (chosen in bench/federated_tune.py)
    secagg: bool = True  # SecAgg+: the coordinator sees only the sum of each round's updates
    dp_noise: float = Field(0.0, ge=0.0, le=100.0)  # Gaussian noise multiplier; 0 = no DP
    dp_clip: float = Field(0.0, ge=0.0, le=1000.0)  # L2 norm every node clips its update to
    dp_delta: float = Field(1e-5, gt=0.0, lt=1.0)
    n_features: int = Field(N_FEATURES, ge=2**8, le=2**20)
    participants: list[Participant] = Field(min_length=2)
    superlink: str = Field(pattern=r"^[A-Za-z0-9.-]+:[0-9]{1,5}$")  # host:port of the SuperLink
    tls_ca: str = Field(min_length=1, max_length=10000)  # PEM of the run's CA: nodes trust only this SuperLink
    created_at: str

    @model_validator(mode="after")
    def _dp_needs_a_clip(self) -> "Plan":
        if (self.dp_noise > 0) != (self.dp_clip > 0):
            raise ValueError("differential privacy needs both a noise multiplier and a clipping norm")
        return self

    def epsilon(self) -> float | None:
        """The (epsilon, dp_delta) guarantee per participating organization, or None without DP."""
        return dp_epsilon(self.dp_noise, self.rounds, self.dp_delta) if self.dp_noise > 0 else None

    def participant(self, node_id: str) -> Participant | None:
        return next((p for p in self.participants if p.node_id == node_id), None)


def dp_epsilon(noise_multiplier: float, rounds: int, delta: float) -> float:
    """Epsilon of ``rounds`` Gaussian releases of a sum whose per-node sensitivity is the clip norm.

    Every node takes part in every round (no sampling amplification): Renyi DP of order a is
    ``rounds * a / (2 z^2)``, converted to (epsilon, delta) by Balle et al. (2020, Prop. 12)
    and minimized over a; the neighbouring datasets differ by one organization's whole data."""
    best = math.inf
    for order in [1.0 + x / 10.0 for x in range(1, 100)] + list(range(12, 1024)):
        rdp = rounds * order / (2.0 * noise_multiplier**2)
        eps = rdp + math.log((order - 1) / order) - (math.log(delta) + math.log(order)) / (order - 1)
        best = min(best, eps)
    return max(best, 0.0)


def new_run_id(expert_id: str) -> str:
    return f"{re.sub(r'[^a-z0-9-]', '-', expert_id.lower())[:40]}-{secrets.token_hex(4)}"


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def sign_plan(plan: Plan, private_key: Path, out: Path) -> None:
    """Write ``{"plan", "public_key", "signature"}``: ECDSA-SHA256 over the canonical plan."""
    try:
        key = serialization.load_pem_private_key(private_key.read_bytes(), password=None)
    except (OSError, ValueError) as exc:
        raise SignatureError(f"cannot read the publisher key {private_key}: {exc}") from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey):
        raise SignatureError("the coordinator signs with an elliptic-curve publisher key (luytre keys create)")
    body = plan.model_dump(mode="json")
    signature = key.sign(_canonical(body), ec.ECDSA(hashes.SHA256()))
    public_pem = key.public_key().public_bytes(serialization.Encoding.PEM,
                                               serialization.PublicFormat.SubjectPublicKeyInfo)
    signed = {"plan": body, "public_key": public_pem.decode("ascii"),
              "signature": base64.b64encode(signature).decode("ascii")}
    atomic_write(out, json.dumps(signed, ensure_ascii=False, indent=1).encode("utf-8"))


def read_plan(path: Path) -> Plan:
    """The plan in a signed plan file, unverified (the coordinator's own copy)."""
    return _parse(_load(path)["plan"], path)


def verify_plan(path: Path, trust: TrustStore) -> Plan:
    """The plan, once its signature verifies with a key the node trusts for the plan's coordinator."""
    signed = _load(path)
    public_pem = str(signed.get("public_key", "")).encode("ascii", "replace")
    trusted = trust.find(fingerprint(public_pem))
    plan = _parse(signed.get("plan"), path)
    if trusted is None:
        raise SignatureError(f"{path.name} is signed by a key this node does not trust (luytre trust add)")
    if trusted.org != plan.coordinator:
        raise SignatureError(f"{path.name} names coordinator {plan.coordinator!r} but its key is trusted "
                             f"for {trusted.org!r}")
    key = serialization.load_pem_public_key(trusted.public_key_pem.encode("ascii"))
    if not isinstance(key, ec.EllipticCurvePublicKey):  # the trust store admits only EC keys
        raise SignatureError(f"{path.name}: the coordinator's trusted key is not an elliptic-curve key")
    try:
        key.verify(base64.b64decode(str(signed.get("signature", ""))), _canonical(signed["plan"]),
                   ec.ECDSA(hashes.SHA256()))
    except (InvalidSignature, ValueError) as exc:
        raise SignatureError(f"{path.name}: the plan signature does not verify") from exc
    return plan


def _load(path: Path) -> dict[str, Any]:
    try:
        signed = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidQuery(f"cannot read the plan {path}: {exc}") from exc
    if not isinstance(signed, dict) or "plan" not in signed:
        raise InvalidQuery(f"{path} is not a signed federated plan")
    return signed


def _parse(body: object, path: Path) -> Plan:
    try:
        return Plan.model_validate(body)
    except ValidationError as exc:
        raise InvalidQuery(f"{path.name} is not a valid plan: {exc.errors()[0]['msg']}") from exc
