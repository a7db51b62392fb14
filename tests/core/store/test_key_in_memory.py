"""The passphrase in memory (issue 14): held in one wipeable buffer while unlocked, never in the
engine's URL, and wiped at lock; the same key as before reaches SQLCipher (old stores open)."""

from __future__ import annotations

import gc

import pytest

from screener.core.store import database
from screener.core.store.errors import StoreLocked, WrongPassphrase
from screener.core.store.store import Store

PASSPHRASE = "correct horse 42 it's \"quoted\" \\ ünï"


def test_the_engine_url_holds_no_passphrase(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    try:
        engine = store.engine
        assert engine.url.password is None
        for shown in (str(engine.url), repr(engine.url), repr(engine), str(engine.url.render_as_string(False))):
            assert "horse" not in shown
        assert database.passphrase_matches(engine, PASSPHRASE)
        assert not database.passphrase_matches(engine, PASSPHRASE + " ")
    finally:
        store.lock()
    again = Store.open(tmp_path / "s.db", PASSPHRASE, catalog)  # the same key reached SQLCipher
    again.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(tmp_path / "s.db", PASSPHRASE.replace("'", ""), catalog)


def test_lock_wipes_the_key(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    engine = store.engine
    key = database._KEYS[engine]
    buffer = key._buffer
    store.lock()
    assert bytes(buffer) == b"" and engine not in database._KEYS
    with pytest.raises(StoreLocked):
        key.text()  # a reconnect after the lock cannot happen
    del engine
    gc.collect()


def test_rekey_forgets_the_old_passphrase_and_backup_uses_the_new(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    old_engine = store.engine
    try:
        with pytest.raises(WrongPassphrase):
            store.rekey("not it at all 1234", "another strong one 77 horse")
        store.rekey(PASSPHRASE, "another strong one 77 horse")
        assert old_engine not in database._KEYS
        assert database.passphrase_matches(store.engine, "another strong one 77 horse")
        store.backup(tmp_path / "b.screener-backup")
    finally:
        store.lock()
    Store.open(tmp_path / "b.screener-backup", "another strong one 77 horse", catalog).lock()
