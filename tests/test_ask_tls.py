"""`luytre ask --url https://…` as a user runs it (a CLI subprocess) against a node serving HTTPS on 127.0.0.1:
the node's own certificate (or a CA bundle) is given with --ca-file or LUYTRE_CA_FILE; an untrusted
certificate, a wrong CA file or a TLS mismatch is a clear message, never a traceback."""

from __future__ import annotations

import json

from conftest import RunningNode, cli
from luytre.tls import create_certificate

QUESTION = "tôi bị đau đầu chóng mặt"


def test_ask_over_https_with_a_ca_file_and_clear_tls_errors(home_copy, tmp_path):
    home, _ = home_copy
    made = cli("tls", "init", "--json", home=home)
    assert made.returncode == 0, made.stderr
    certificate = json.loads(made.stdout)["certificate"]
    other = create_certificate(tmp_path / "other.crt", tmp_path / "other.key", "another-node", [])
    not_pem = tmp_path / "not-a-bundle.pem"
    not_pem.write_text("-----BEGIN CERTIFICATE-----\nkhông phải chứng chỉ\n-----END CERTIFICATE-----\n")
    node = RunningNode(home, tls=True)
    try:
        trusted = cli("ask", QUESTION, "--url", node.url, "--ca-file", certificate, "--json")
        assert trusted.returncode == 0, trusted.stderr
        assert json.loads(trusted.stdout)["expert"] == "vn-health-triage"
        from_env = cli("ask", QUESTION, "--url", node.url, "--json", env={"LUYTRE_CA_FILE": certificate})
        assert from_env.returncode == 0, from_env.stderr

        for extra, expected in (((), "not trusted"), (("--ca-file", str(other.cert_path)), "not trusted"),
                                (("--ca-file", str(not_pem)), "--ca-file"),
                                (("--ca-file", str(tmp_path / "missing.pem")), "--ca-file")):
            refused = cli("ask", QUESTION, "--url", node.url, *extra)
            stderr = refused.stderr.decode()
            assert refused.returncode not in (0, 70), (extra, stderr)
            assert "Traceback" not in stderr and "unexpected error" not in stderr, (extra, stderr)
            assert expected in stderr, (extra, stderr)
        untrusted = cli("ask", QUESTION, "--url", node.url).stderr.decode()
        assert "LUYTRE_CA_FILE" in untrusted and "node.crt" in untrusted

        plain = cli("ask", QUESTION, "--url", node.url.replace("https://", "http://"))
        assert plain.returncode == 8 and b"Traceback" not in plain.stderr
    finally:
        node.stop()
