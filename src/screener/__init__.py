"""Screener: recognise possible victims of human trafficking, offline."""

from __future__ import annotations

from functools import cache
from pathlib import Path


def __getattr__(name: str) -> str:
    # read lazily: importlib.metadata costs ~50 ms at start-up, and only About, sheets and --version need it
    if name == "__version__":
        return _version()
    raise AttributeError(name)


@cache
def _version() -> str:
    """The version in pyproject.toml, the one place it is written.

    A source checkout reads pyproject.toml itself (so an edit shows before the next install);
    an installed copy or a packaged bundle reads the package's metadata, built from that file.
    """
    root = Path(__file__).resolve().parents[2]
    pyproject = root / "pyproject.toml"
    if (root / "src" / "screener" / "__init__.py").is_file() and pyproject.is_file():
        import tomllib  # noqa: PLC0415

        try:
            project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
            if project.get("name") == "screener":
                return str(project["version"])
        except (OSError, KeyError, ValueError):
            pass
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("screener")
    except PackageNotFoundError:
        return "0+unknown"
