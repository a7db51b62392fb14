"""No module of Screener imports a way to reach a network (the runtime check: tests/ui/test_no_network.py)."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"
NETWORK = {
    "socket",
    "ssl",
    "http",
    "urllib",
    "urllib3",
    "requests",
    "httpx",
    "aiohttp",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "webbrowser",
    "PySide6.QtNetwork",
    "PySide6.QtWebEngineCore",
}


def imported(tree: ast.AST) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def banned(name: str) -> bool:
    return any(name == bad or name.startswith(bad + ".") for bad in NETWORK)


def test_the_scan_sees_imports():
    sample = ast.parse("import urllib.request\nfrom http import client\nfrom PySide6 import QtNetwork\nimport os")
    found = sorted(n for n in imported(sample) if banned(n))
    assert found == ["PySide6.QtNetwork", "http", "http.client", "urllib.request"]


def test_no_network_module_is_imported():
    sources = sorted(SRC.rglob("*.py"))
    assert len(sources) > 30
    offenders = {
        f"{path.relative_to(SRC)}: {name}"
        for path in sources
        for name in imported(ast.parse(path.read_text(encoding="utf-8")))
        if banned(name)
    }
    assert sorted(offenders) == []
