"""Alembic revisions of the store's schema (numbered, in order, each tested on a fixture)."""
