"""The central database's tests run against a real PostgreSQL server, started for the session.

No server (PostgreSQL not installed and not installable) is a failure with the reason, never a
skip: `make test` installs Debian's postgresql package first (see tests/postgres.py).
"""

from __future__ import annotations

import pytest

from screener.core.central.database import connect
from screener.core.central.views import drop_everything
from tests.postgres import PostgresMissing, server


@pytest.fixture(scope="session")
def postgres_url():
    try:
        context = server()
        url = context.__enter__()
    except PostgresMissing as exc:
        pytest.fail(str(exc), pytrace=False)
    try:
        yield url
    finally:
        context.__exit__(None, None, None)


@pytest.fixture
def central(postgres_url):
    """An engine on an empty central database."""
    engine = connect(postgres_url)
    with engine.begin() as connection:
        drop_everything(connection)
    engine.dispose()
    engine = connect(postgres_url)  # tables and views created again
    yield engine
    engine.dispose()
