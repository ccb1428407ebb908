"""TLS for nodes: a node's own certificate, and the pins by which a node recognises its peers.

Nodes of different organizations have no common certificate authority, so a peer is
recognised by a pin taken when the operator adds it (as SSH does with host keys): the
SHA-256 of its public key (``spki-sha256:…``, the default, which survives a renewed
certificate with the same key) or of its whole certificate (``cert-sha256:…``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import re
import socket
import ssl
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from luytre.errors import InvalidQuery, NodeUnreachable
from luytre.storage import atomic_write

__all__ = ["PIN_KINDS", "NodeCertificate", "ca_context", "client_context", "create_certificate", "fetch_certificate",
           "is_loopback", "parse_pin", "pin_matches", "pins_of", "unreachable"]

PIN_KINDS = ("spki-sha256", "cert-sha256")
_HEX64 = re.compile(r"^[0-9a-f]{64}$")
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")


def is_loopback(host: str) -> bool:
    """True for ``localhost`` and loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def pins_of(certificate_der: bytes) -> dict[str, str]:
    """Both pins of a DER certificate, by kind."""
    certificate = x509.load_der_x509_certificate(certificate_der)
    spki = certificate.public_key().public_bytes(serialization.Encoding.DER,
                                                serialization.PublicFormat.SubjectPublicKeyInfo)
    return {"spki-sha256": "spki-sha256:" + hashlib.sha256(spki).hexdigest(),
            "cert-sha256": "cert-sha256:" + hashlib.sha256(certificate_der).hexdigest()}


def parse_pin(text: str) -> str:
    """A pin in its canonical form. ``KIND:HEX`` with hex in any case and with or without colons
    (as ``openssl x509 -fingerprint -sha256`` prints a certificate's); bare hex is an SPKI pin."""
    kind, separator, value = text.strip().partition(":")
    if not (separator and kind.lower() in PIN_KINDS):
        kind, value = "spki-sha256", text.strip()
    hex_value = value.replace(":", "").strip().lower()
    if not _HEX64.match(hex_value):
        raise InvalidQuery(f"TLS pin {text!r}: expected spki-sha256:<64 hex> or cert-sha256:<64 hex>")
    return f"{kind.lower()}:{hex_value}"


def pin_matches(pin: str, certificate_der: bytes) -> bool:
    kind = pin.split(":", 1)[0]
    return pins_of(certificate_der).get(kind) == pin


def client_context() -> ssl.SSLContext:
    """The TLS context a node calls its peers with. The pin replaces the certificate authority:
    chain and name checks are off and the caller compares the presented certificate with the pin
    before a byte of the request is sent."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    return context


def ca_context(ca_file: Path) -> ssl.SSLContext:
    """The TLS context a client (``luytre ask --url``) verifies a node with: the certificate authorities in
    ``ca_file`` (PEM), or the node's own self-signed certificate, instead of the system's; names checked."""
    try:
        return ssl.create_default_context(cafile=str(ca_file))
    except (OSError, ssl.SSLError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise InvalidQuery(f"--ca-file {ca_file}: not a readable PEM file of certificates ({reason})") from exc


def unreachable(url: str, error: Exception) -> NodeUnreachable:
    """What a client says when it could not get an answer from the node at ``url``: a TLS failure said as one
    (who is not trusted, and what to pass), never a library's traceback or bare error text."""
    cause: BaseException | None = error
    while cause is not None and not isinstance(cause, ssl.SSLError):
        cause = cause.__cause__ or cause.__context__
    if isinstance(cause, ssl.SSLCertVerificationError):
        return NodeUnreachable(f"the TLS certificate of {url} is not trusted ({cause.verify_message}); give the "
                               "certificate authority that signed it, or the node's own certificate (node.crt from "
                               "`luytre tls init` there), with --ca-file or LUYTRE_CA_FILE")
    if cause is not None:
        return NodeUnreachable(f"TLS with {url} failed ({cause.reason or cause}); is it an https node, and "
                               "is the URL's scheme right?")
    return NodeUnreachable(f"cannot reach the node at {url}: {error}")


def fetch_certificate(host: str, port: int, timeout_s: float = 5.0) -> bytes:
    """The DER certificate a TLS server presents (for the operator to compare, then pin)."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s) as raw:
            with client_context().wrap_socket(raw, server_hostname=host if not _is_ip(host) else None) as tls:
                der = tls.getpeercert(binary_form=True)
    except (OSError, ssl.SSLError) as exc:
        raise InvalidQuery(f"cannot fetch the TLS certificate of {host}:{port}: {exc}") from exc
    if not der:
        raise InvalidQuery(f"{host}:{port} presented no TLS certificate")
    return der


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.strip("[]"))
        return True
    except ValueError:
        return False


@dataclass(frozen=True)
class NodeCertificate:
    cert_path: Path
    key_path: Path
    names: tuple[str, ...]
    not_after: dt.datetime
    pins: dict[str, str]


def create_certificate(cert_path: Path, key_path: Path, common_name: str, names: list[str], *,
                       days: int = 825) -> NodeCertificate:
    """A self-signed P-256 certificate for 127.0.0.1, ::1, localhost and ``names`` (host names or
    addresses); the key is written with mode 0600 before any byte of it is."""
    all_names = list(dict.fromkeys([*LOOPBACK_NAMES, *(n.strip() for n in names if n.strip())]))
    alternatives: list[x509.GeneralName] = []
    for name in all_names:
        if _is_ip(name):
            alternatives.append(x509.IPAddress(ipaddress.ip_address(name.strip("[]"))))
        elif re.fullmatch(r"[A-Za-z0-9*]([A-Za-z0-9.-]{0,252})", name):
            alternatives.append(x509.DNSName(name.lower()))
        else:
            raise InvalidQuery(f"{name!r} is neither a host name nor an IP address")
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name[:64])])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject).issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=5))
        .not_valid_after(now + dt.timedelta(days=days))
        .add_extension(x509.SubjectAlternativeName(alternatives), critical=False)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    atomic_write(key_path, key_pem, mode=0o600)  # mkstemp makes it 0600 before the key is written
    atomic_write(cert_path, certificate.public_bytes(serialization.Encoding.PEM))
    der = certificate.public_bytes(serialization.Encoding.DER)
    return NodeCertificate(cert_path, key_path, tuple(all_names), certificate.not_valid_after_utc, pins_of(der))


def certificate_pins(cert_path: Path) -> dict[str, str]:
    """The pins of a PEM certificate file (what peers' operators compare at ``peer add``)."""
    try:
        certificate = x509.load_pem_x509_certificate(cert_path.read_bytes())
    except (OSError, ValueError) as exc:
        raise InvalidQuery(f"cannot read the certificate {cert_path}: {exc}") from exc
    return pins_of(certificate.public_bytes(serialization.Encoding.DER))
