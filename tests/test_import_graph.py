"""No import cycle in src/: the modules of screener form a graph without loops.

Every import counts, also those inside functions (a lazy import is how a cycle is usually
dodged); only imports under `if TYPE_CHECKING:` are left out (they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

import screener

ROOT = Path(screener.__file__).parent


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _runtime_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node outside `if TYPE_CHECKING:` blocks."""
    found: list[ast.AST] = []
    stack: list[ast.AST] = [tree]
    while stack:
        node = stack.pop()
        found.append(node)
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                stack.extend(child.orelse)
                continue
            stack.append(child)
    return found


def imports_of(source: str, name: str, is_package: bool, known: set[str]) -> set[str]:
    """The screener modules `source` (module `name`) imports when it runs."""
    package = name if is_package else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in _runtime_nodes(ast.parse(source)):
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parent = package.rsplit(".", node.level - 1)[0] if node.level > 1 else package
                base = f"{parent}.{base}" if base else parent
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)  # a submodule imported by name
    # "a.b.c" imported also runs "a" and "a.b", which are not edges of a cycle by themselves
    return {t for t in targets if t in known and t != name}


def import_graph(root: Path = ROOT) -> dict[str, set[str]]:
    paths = {module_name(p): p for p in root.rglob("*.py")}
    known = set(paths)
    return {
        name: imports_of(path.read_text(encoding="utf-8"), name, path.name == "__init__.py", known)
        for name, path in paths.items()
    }


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """One loop per strongly connected group of modules (Tarjan), as a path that closes."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return groups


def test_src_has_no_import_cycle():
    graph = import_graph()
    assert len(graph) > 50 and "screener.ui.window" in graph["screener.ui.app"]
    assert cycles(graph) == []


def test_a_lazy_import_back_is_a_cycle():
    """The check sees a cycle dodged by importing inside a function."""
    sources = {
        "pkg.cli": "from pkg import store\n",
        "pkg.store": "def run():\n    from pkg.cli import main\n",
        "pkg.view": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.cli import main\n",
    }
    graph = {name: imports_of(text, name, False, set(sources) | {"pkg"}) for name, text in sources.items()}
    assert graph == {"pkg.cli": {"pkg", "pkg.store"}, "pkg.store": {"pkg.cli"}, "pkg.view": set()}
    assert cycles(graph) == [["pkg.cli", "pkg.store"]]
