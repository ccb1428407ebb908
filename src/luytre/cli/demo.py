"""``luytre demo``: build the reference experts, install them, show the node answering."""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from rich.markup import escape

from luytre.cli.common import console, err_console
from luytre.cli.expert import step_progress
from luytre.demo_recipes import DEMO_PUBLISHER, REFERENCE_EXPERTS, build_reference, default_sources, demo_publisher_key
from luytre.errors import ExpertNotFound
from luytre.experts.manifest import Metric
from luytre.home import CONFIG_FILE, init_home
from luytre.node.service import Node
from luytre.vetting.signing import sign

SAMPLE_QUESTIONS = (
    "tôi bị đau ngực, vã mồ hôi",
    "con tôi 2 tuổi sốt cao và ho nhiều",
    "dạo này mắt tôi bị mờ và hay chảy nước mắt",
    "toi bi dau bung tieu chay tu hom qua",
    "mã số thuế 0100109106 có hợp lệ không?",
    "sdt 0987 654 321 la mang gi",
    "làm lại thẻ căn cước bị mất cần giấy tờ gì?",
    "dang ky ket hon nop ho so o dau",
    "Phường Bến Nghé, Quận 1, TP HCM nay thuộc phường nào?",
    "dia chi moi cua xa Tan Thanh huyen Thoi Lai Can Tho",
    "cho em luyện tập phương trình bậc hai",
    "hôm nay đội tuyển bóng đá thi đấu lúc mấy giờ?",
)


def _prepare_home(home: Path) -> None:
    if (home / CONFIG_FILE).exists():
        console.print(f"Using node home {home.resolve()} (its operator key was shown when it was created; "
                      "a new one: luytre client rotate operator)")
        return
    node_home, token = init_home(home, name="demo-node")
    console.print(f"[green]Created node home[/] {node_home.path}\n  operator key [bold]{token}[/] (shown once)")


def _install_references(node: Node, sources: Path) -> None:
    for reference in REFERENCE_EXPERTS:
        with tempfile.TemporaryDirectory(prefix="luytre-build-") as tmp:
            with step_progress(None) as step:  # kinds differ in how many steps a build takes
                step(f"{reference.id}: building")
                package = build_reference(reference, sources, Path(tmp) / reference.id,
                                          step=lambda s: step(f"{reference.id}: {s}"))
            try:
                current = node.registry.get(reference.id)
            except ExpertNotFound:
                current = None
            if current is not None and current.active.version == package.manifest.version:
                same = current.active.digest == package.digest
                console.print(f"{reference.id} {package.manifest.version} already installed"
                              + ("" if same else " [yellow](sources changed: bump its version to reinstall)[/]"))
                continue
            with console.status(f"signing as {DEMO_PUBLISHER}, vetting and installing {reference.id}…"):
                sign(package.root, demo_publisher_key(node.home.path))
                node.install(package.root)
            measured = measured_summary(package.manifest.metrics)
            console.print(f"[green]Installed[/] {reference.id} {package.manifest.version}"
                          + (f"  measured: {escape(measured)}" if measured else ""))


def measured_summary(metrics: Iterable[Metric]) -> str:
    """Accuracy and emergency recall on each whole test set (not the training split's held-out part, nor a set's
    subsets such as "test.jsonl [without diacritics]"), as the demo prints them."""
    return ", ".join(f"{m.name} {m.value:.3g} ({m.dataset})" for m in metrics
                     if m.name in ("accuracy", "recall_cap_cuu") and "held-out" not in m.dataset
                     and not m.dataset.endswith("]"))


def _show_answers(ask: Callable[[str], dict[str, Any]]) -> None:
    for question in SAMPLE_QUESTIONS:
        result = ask(question)
        console.print(f"\n[cyan]?[/] {question}")
        console.print(f"  → [bold]{result['answer']}[/]")
        citations = (result.get("result") or {}).get("citations") or []
        if citations and result["result"].get("found"):
            console.print(f"    [dim]source[/] {citations[0]['doc']} › {citations[0]['section']}", highlight=False)
        console.print(f"    [dim]expert[/] {result['expert'] or '— (no expert: abstained)'}  "
                      f"[dim]confidence[/] {result['confidence']:.0%}  "
                      f"[dim]time[/] {result['timings_ms']['total']:.2f} ms")


def run_demo(home: Path, sources: Path | None, *, serve_node: bool, port: int | None) -> None:
    _prepare_home(home)
    node = Node.open(home)
    _install_references(node, sources or default_sources())
    if not serve_node:
        _show_answers(lambda q: node.ask(q).to_dict())
        return
    import httpx

    from luytre.node.server import serve

    host, port = node.home.config.server.host, port or node.home.config.server.port
    url = f"http://{host}:{port}"

    def on_ready() -> None:
        console.print(f"\n[green]Node serving[/] on {url}  (API docs: {url}/docs)")
        _show_answers(lambda q: httpx.post(f"{url}/v1/ask", json={"query": q}, timeout=30).json())
        console.print(f"\nTry: curl -s {url}/v1/ask -H 'content-type: application/json' "
                      "-d '{\"query\":\"tôi bị đau ngực, vã mồ hôi\"}'")
        err_console.print("Serving until Ctrl-C.")

    serve(node, host, port, on_ready=on_ready)
