"""The back-off after wrong passphrases: honest (how long and why) and not reset by deleting,
emptying or garbling its record, nor by a folder in its place."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import text

from screener.core.store.errors import WrongPassphrase
from screener.core.store.store import Store
from screener.core.store.unlock_guard import FREE_TRIES, MAX_DELAY, UnlockGuard

PASSPHRASE = "correct horse 42"


@pytest.fixture
def store_path(tmp_path, catalog):
    path = tmp_path / "screener.db"
    Store.create(path, PASSPHRASE, catalog).lock()
    return path


def fail(path, catalog, times: int) -> list[float]:
    waits: list[float] = []
    for _ in range(times):
        with pytest.raises(WrongPassphrase):
            Store.open(path, "not the passphrase 1", catalog, sleep=waits.append)
    return waits


def audit_actions(store: Store) -> list[str]:
    with store.engine.connect() as connection:
        return [r[0] for r in connection.execute(text("SELECT action FROM audit ORDER BY seq"))]


def test_no_wait_for_the_first_tries_then_doubling(store_path, catalog):
    guard = UnlockGuard.for_store(store_path)
    assert guard.wait_left() == 0.0 and guard.reason() == ("failures", 0)
    fail(store_path, catalog, FREE_TRIES)
    guard = UnlockGuard.for_store(store_path)
    assert guard.delay() == 2.0**0 and guard.reason() == ("failures", FREE_TRIES)
    assert 0 < guard.wait_left() <= 1.0
    later = datetime.fromisoformat(guard.failures[-1]) + timedelta(seconds=5)
    assert guard.wait_left(later) == 0.0  # counted from the last failure
    earlier = datetime.fromisoformat(guard.failures[-1]) - timedelta(hours=1)
    assert guard.wait_left(earlier) == guard.delay()  # a clock set back waits the whole delay


@pytest.mark.parametrize("tamper", ["delete", "empty", "garble", "folder", "not a list"])
def test_a_tampered_record_after_failures_is_the_longest_wait(store_path, catalog, tamper):
    fail(store_path, catalog, 2)  # under the free tries: no wait yet
    record = store_path.with_name(store_path.name + ".unlock.json")
    assert UnlockGuard.for_store(store_path).wait_left() == 0.0
    if tamper == "delete":
        record.unlink()
    elif tamper == "empty":
        record.write_bytes(b"")
    elif tamper == "garble":
        record.write_bytes(b"\x00\xffnot json")
    elif tamper == "folder":
        record.unlink()
        record.mkdir()
    else:
        record.write_text('{"failures": 3}')
    guard = UnlockGuard.for_store(store_path)
    assert guard.damaged and guard.reason() == ("damaged", 0)
    assert MAX_DELAY - 2 < guard.wait_left() <= MAX_DELAY
    again = UnlockGuard.for_store(store_path)  # looking again does not restart the wait
    now = datetime.now(UTC)
    assert again.damaged and again.wait_left(now) <= guard.wait_left(now) + 0.001
    waits: list[float] = []
    store = Store.open(store_path, PASSPHRASE, catalog, sleep=waits.append)
    assert len(waits) == 1 and MAX_DELAY - 5 < waits[0] <= MAX_DELAY
    actions = audit_actions(store)
    assert "unlock_record_damaged" in actions[-4:] and actions[-1] == "unlock"
    assert store.unlock_record_damaged
    store.lock()
    if tamper != "folder":
        assert UnlockGuard.for_store(store_path).wait_left() == 0.0  # cleared by the unlock


def test_a_missing_record_without_earlier_failures_is_no_wait(store_path):
    guard = UnlockGuard.for_store(store_path)
    assert not guard.damaged and guard.wait_left() == 0.0


def test_failures_are_told_and_audited_at_the_next_unlock(store_path, catalog):
    fail(store_path, catalog, 2)
    store = Store.open(store_path, PASSPHRASE, catalog, sleep=lambda _s: None)
    assert len(store.failed_unlocks) == 2 and not store.unlock_record_damaged
    assert all(datetime.fromisoformat(at).utcoffset() is not None for at in store.failed_unlocks)
    assert audit_actions(store)[-3:] == ["unlock_failed", "unlock_failed", "unlock"]
    store.lock()
    again = Store.open(store_path, PASSPHRASE, catalog)
    assert again.failed_unlocks == [] and not again.unlock_record_damaged
    again.lock()
