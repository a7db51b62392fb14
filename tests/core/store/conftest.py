from __future__ import annotations

from pathlib import Path

import pytest

from screener.core.store.store import Store

PASSPHRASE = "correct horse 42"


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    return tmp_path / "store" / "screener.db"


@pytest.fixture
def store(store_path, catalog):
    opened = Store.create(store_path, PASSPHRASE, catalog, interviewer="Aigerim")
    yield opened
    opened.lock()


def files_under(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
