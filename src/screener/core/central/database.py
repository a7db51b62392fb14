"""Connecting to the central PostgreSQL database (psycopg 3) and creating its tables."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, SQLAlchemyError

from screener.core.central.tables import metadata
from screener.core.central.views import create_views
from screener.core.errors import Code
from screener.core.store.errors import StoreError

CASE_COLUMNS = (
    "case_id varchar(32) NOT NULL DEFAULT ''",
    "case_place smallint",
    "referrals varchar(96)[] NOT NULL DEFAULT '{}'",
    "decision varchar(16) NOT NULL DEFAULT ''",
    "decided_by varchar(32) NOT NULL DEFAULT ''",
)


class NotPostgres(StoreError):
    code = Code.CENTRAL_002


class CannotConnect(StoreError):
    code = Code.CENTRAL_001


class CentralFailed(StoreError):
    code = Code.CENTRAL_003


class NoDriver(StoreError):
    """psycopg is the optional extra `central`: the field bundles leave it out."""

    code = Code.CENTRAL_006


def shown_url(url: str) -> str:
    """The address without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "?"


def connect(url: str) -> Engine:
    """An engine on the central database, its tables created if they are not there yet."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise NotPostgres(url=shown_url(url)) from exc
    if parsed.get_backend_name() not in ("postgresql", "postgres"):
        raise NotPostgres(url=shown_url(url))
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        import psycopg  # noqa: F401, PLC0415 (only the central side has it)
    except ImportError as exc:
        raise NoDriver(url=shown_url(url)) from exc
    try:
        engine = create_engine(parsed)
        with engine.begin() as connection:
            metadata.create_all(connection)
            for statement in CASE_COLUMNS:  # a database made before the case columns gains them
                connection.execute(text(f"ALTER TABLE central_record ADD COLUMN IF NOT EXISTS {statement}"))
            create_views(connection)
    except SQLAlchemyError as exc:
        raise CannotConnect(url=shown_url(url), detail=_first_line(exc)) from exc
    return engine


def _first_line(exc: BaseException) -> str:
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__
