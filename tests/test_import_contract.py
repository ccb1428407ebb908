"""The platform never names a kind: outside ``luytre/kinds/<name>/`` no module imports ``luytre.kinds.<name>``
(the surface ``luytre.kinds`` itself is what the platform may import)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
KINDS = SRC / "luytre" / "kinds"


def kind_names() -> set[str]:
    return {p.name for p in KINDS.iterdir() if (p / "__init__.py").is_file()}


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(tree: ast.AST, module: str, is_package: bool) -> list[tuple[int, str]]:
    """Every module name ``tree`` imports (``from a import b`` counts as ``a`` and ``a.b``), resolved."""
    package = module if is_package else module.rpartition(".")[0]
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
        elif (isinstance(node, ast.Call) and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
              and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append((node.lineno, node.args[0].value))
    return found


def violations(path: Path, root: Path, kinds: set[str]) -> list[str]:
    """Imports of a kind by ``path`` when it is a platform module (anything outside luytre/kinds/<name>/)."""
    module = module_name(path, root)
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == ["luytre", "kinds"] and parts[2] in kinds:
        return []  # a kind may import itself, the surface and the platform
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    bad: dict[int, str] = {}
    for line, name in imported(tree, module, path.name == "__init__.py"):
        target = name.split(".")
        if len(target) >= 3 and target[:2] == ["luytre", "kinds"] and target[2] in kinds:
            bad.setdefault(line, f"{path.relative_to(root)}:{line} imports {name}")
    return [bad[line] for line in sorted(bad)]


def test_no_platform_module_imports_a_kind():
    kinds = kind_names()
    assert {"address", "classifier", "identity", "retrieval", "tutor"} <= kinds
    found = [v for path in sorted((SRC / "luytre").rglob("*.py")) for v in violations(path, SRC, kinds)]
    assert found == []


def test_the_check_catches_every_way_of_naming_a_kind(tmp_path):
    """A synthetic platform module that imports a kind in each way Python allows is caught, line by line;
    the same imports inside a kind are allowed."""
    node = tmp_path / "luytre" / "node"
    node.mkdir(parents=True)
    (tmp_path / "luytre" / "__init__.py").write_text("")
    (node / "__init__.py").write_text("")
    (node / "sneaky.py").write_text(
        "import luytre.kinds\n"                              # the surface: allowed
        "from luytre.kinds import Kind, available_kinds\n"   # allowed
        "import luytre.kinds.tutor.service\n"                # 3
        "from luytre.kinds.address.parser import X\n"        # 4
        "from luytre.kinds import tutor\n"                   # 5
        "from ..kinds.identity import kind\n"                # 6
        "def later():\n"
        "    import importlib\n"
        "    importlib.import_module('luytre.kinds.retrieval')\n"  # 9
    )
    found = violations(node / "sneaky.py", tmp_path, {"address", "identity", "retrieval", "tutor"})
    assert [int(v.split(":")[1].split()[0]) for v in found] == [3, 4, 5, 6, 9]

    inside = tmp_path / "luytre" / "kinds" / "tutor"
    inside.mkdir(parents=True)
    (inside / "cli.py").write_text("from luytre.kinds.tutor.service import TutorService\n")
    assert violations(inside / "cli.py", tmp_path, {"tutor"}) == []
