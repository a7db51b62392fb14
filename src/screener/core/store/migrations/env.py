"""Alembic environment: always run on the store's own open connection (never from a URL, which
would need the passphrase in a config file)."""

from __future__ import annotations

from alembic import context

from screener.core.store.tables import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
