"""The encrypted store: lifecycle, errors that leave the file untouched, edits, audit, backup.

ST001: create refuses a weak passphrase and an existing file; the file is owner-only.
ST002: a wrong passphrase: clear error, same bytes, no side files; delays grow after 3 failures;
       failures reach the audit trail at the next unlock.
ST003: empty, truncated, unencrypted or random files: their own error, never changed.
ST004: lock lets go of the key: every operation raises StoreLocked.
ST005: every answer is committed at once; a draft reopens with its answers, notes, indicators,
       context and position; an answer, its score, audit entry and position are one transaction.
ST006: a finalised screening changes only with a reason, and becomes "amended".
ST007: the audit chain verifies, and an edited or deleted entry breaks it.
ST008: list newest first, search by case code, filter by status and setting; delete drafts only.
ST009: backup (same or new passphrase), restore (the replaced store kept), rekey.
ST010: a store written by a newer Screener is refused and not changed.
"""

from __future__ import annotations

import json
import os
import sqlite3
import stat

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import text

from screener.core.store import migrate
from screener.core.store.backup import restore
from screener.core.store.errors import (
    DamagedStore,
    InvalidAnswer,
    NewerStore,
    NotAStore,
    NotEditable,
    ReasonRequired,
    StoreExists,
    StoreLocked,
    WeakPassphrase,
    WriteFailed,
    WrongPassphrase,
)
from screener.core.store.store import Store
from tests.core.store.conftest import PASSPHRASE, files_under


def test_st001_create(store_path, catalog):
    with pytest.raises(WeakPassphrase) as info:
        Store.create(store_path, "short1", catalog)
    assert "10" in info.value.render("en") and "10" in info.value.render("kk")
    with pytest.raises(WeakPassphrase):
        Store.create(store_path, "abcdefghijkl", catalog)  # one kind, short of 16
    assert not store_path.exists()
    store = Store.create(store_path, PASSPHRASE, catalog)
    store.lock()
    assert stat.S_IMODE(store_path.stat().st_mode) == 0o600
    before = store_path.read_bytes()
    with pytest.raises(StoreExists):
        Store.create(store_path, PASSPHRASE, catalog)
    assert store_path.read_bytes() == before


def test_st002_wrong_passphrase_leaves_the_file_alone(store, store_path, catalog):
    sid = store.create_screening("clinic", "ru", case_code="C-1")
    store.set_answer(sid, "A1", 40)
    store.lock()
    folder = store_path.parent
    before = files_under(folder)
    waits: list[float] = []
    for _ in range(5):
        with pytest.raises(WrongPassphrase) as info:
            Store.open(store_path, "not the passphrase 1", catalog, sleep=waits.append)
    assert "не изменён" in info.value.render("ru")
    assert waits == pytest.approx([1.0, 2.0], abs=0.5)  # free tries first, then doubling
    after = files_under(folder)
    assert after.pop("screener.db.unlock.json")  # only the count of failures, beside the store
    assert after == before
    store = Store.open(store_path, PASSPHRASE, catalog, sleep=waits.append)
    assert waits[-1] == pytest.approx(4.0, abs=0.5)
    assert not (folder / "screener.db.unlock.json").exists()
    with store.engine.connect() as connection:
        actions = [r[0] for r in connection.execute(text("SELECT action FROM audit ORDER BY seq"))]
    assert actions[-6:] == ["unlock_failed"] * 5 + ["unlock"]
    store.lock()


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", DamagedStore),
        (b"\x00" * 100, DamagedStore),
        (os.urandom(4096 * 3 + 17), DamagedStore),
        (b"SQLite format 3\x00" + b"\x00" * 4080, NotAStore),
    ],
    ids=["empty", "truncated", "not whole pages", "unencrypted sqlite"],
)
def test_st003_bad_files(tmp_path, catalog, content, error):
    path = tmp_path / "bad.db"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        Store.open(path, PASSPHRASE, catalog)
    assert str(path) in info.value.render("en")
    assert info.value.render("kk") != info.value.render("en")
    assert path.read_bytes() == content
    # nothing beside it but the writer lock (kept: removing a lock file races with the next locker)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.db", "bad.db.lock"]


def test_st003_truncated_store(store, store_path, catalog):
    sid = store.create_screening("clinic", "ru")
    store.set_answer(sid, "A1", 40)
    store.lock()
    data = store_path.read_bytes()
    store_path.write_bytes(data[: len(data) // 2 + 100])
    with pytest.raises(DamagedStore):
        Store.open(store_path, PASSPHRASE, catalog)


def test_st003_unencrypted_sqlite_made_by_sqlite3(tmp_path, catalog):
    path = tmp_path / "plain.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE t (x)")
    before = path.read_bytes()
    with pytest.raises(NotAStore):
        Store.open(path, PASSPHRASE, catalog)
    assert path.read_bytes() == before


def test_st004_lock(store):
    sid = store.create_screening("border", "kk")
    store.lock()
    assert store.locked
    with pytest.raises(StoreLocked):
        store.get(sid)
    with pytest.raises(StoreLocked):
        store.set_answer(sid, "A1", 20)


def test_st005_draft_reopens_where_it_was(store, store_path, catalog):
    sid = store.create_screening("border", "kk", case_code="BX-7", interviewer="Aigerim")
    result = store.set_answer(sid, "A5", "UZ")
    assert result.max == 39
    store.set_answer(sid, "A1", 17)
    store.set_answer(sid, "B1.q1", "no")
    store.set_note(sid, "B1", "came with an uncle")
    store.set_indicators(sid, "sop_border", ["sop_border.02", "sop_border.05"])
    store.set_context(sid, injured=True)
    store.set_position(sid, {"kind": "item", "ref": "B1"})
    store.lock()
    store = Store.open(store_path, PASSPHRASE, catalog)
    screening = store.get(sid)
    assert screening.status == "draft"
    assert screening.answers == {"A5": "UZ", "A1": 17, "B1.q1": "no"}
    assert screening.notes == {"B1": "came with an uncle"}
    assert screening.indicators == {"sop_border": ("sop_border.02", "sop_border.05")}
    assert screening.context().injured is True and screening.context().setting == "border"
    assert screening.position == {"kind": "item", "ref": "B1"}
    assert store.latest_draft().id == sid
    store.set_answer(sid, "A1", None)
    assert "A1" not in store.get(sid).answers
    store.lock()


def test_st005_invalid_answers_are_refused(store):
    sid = store.create_screening("border", "kk")
    for key, value in (("B1", 4), ("E1", "maybe"), ("Z9", 1), ("A5", "Kazakhstan")):
        with pytest.raises(InvalidAnswer):
            store.set_answer(sid, key, value)
    assert store.get(sid).answers == {}


def trail(store, screening_id):
    """(action, detail) of a screening's audit entries, oldest first."""
    with store.engine.begin() as connection:
        rows = connection.execute(
            text("SELECT action, detail_json FROM audit WHERE screening_id = :sid ORDER BY seq"), {"sid": screening_id}
        )
        return [(action, json.loads(detail)) for action, detail in rows]


def test_st005_answer_score_audit_and_position_are_one_transaction(store):
    sid = store.create_screening("border", "kk")
    store.set_answers(sid, {"A1": 30, "A5": "UZ"})
    page = {"kind": "item", "ref": "B1", "section": "B"}
    result = store.set_answer(sid, "B1", 2, position=page)
    screening = store.get(sid)
    assert screening.answers["B1"] == 2 and screening.position == page
    assert screening.summary.score_total == result.total == 2 and screening.status == "draft"
    assert trail(store, sid)[-1] == ("answer", {"key": "B1", "old": None, "new": 2})
    with pytest.raises(InvalidAnswer):  # refused: neither the answer nor the position changes
        store.set_answer(sid, "B2", 7, position={"kind": "item", "ref": "B2", "section": "B"})
    # the audit entry fails after the answer, score and position were written: all rolled back
    with store.engine.begin() as connection:
        connection.execute(
            text("CREATE TRIGGER no_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'refused'); END")
        )
    with pytest.raises(WriteFailed):
        store.set_answer(sid, "B2", 3, position={"kind": "item", "ref": "B2", "section": "B"})
    assert store.get(sid) == screening
    with store.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER no_audit"))
    store.set_answer(sid, "B2", 3)  # the position is kept when none is given
    after = store.get(sid)
    assert after.answers["B2"] == 3 and after.position == page and after.summary.score_total == 5
    assert store.check().sound


def test_st006_amend_needs_a_reason(store):
    sid = store.create_screening("clinic", "en")
    store.set_answers(sid, {"A1": 30, "A5": "KZ", "C1": 2})
    store.finalise(sid)
    assert store.get(sid).status == "finalised"
    with pytest.raises(ReasonRequired):
        store.set_answer(sid, "C1", 3)
    with pytest.raises(NotEditable):
        store.finalise(sid)
    with pytest.raises(NotEditable):
        store.delete_draft(sid)
    store.set_answer(sid, "C1", 3, reason="respondent added details on follow-up")
    screening = store.get(sid)
    assert screening.status == "amended" and screening.answers["C1"] == 3
    assert screening.summary.score_total == 3
    store.set_answer(sid, "C2", 1, reason="a second detail")  # still amended, each with its reason
    assert store.get(sid).status == "amended" and store.get(sid).summary.score_total == 4
    entries = [(action, detail["reason"]) for action, detail in trail(store, sid)[-2:]]
    assert entries == [
        ("amend_answer", "respondent added details on follow-up"),
        ("amend_answer", "a second detail"),
    ]
    report = store.check()
    assert report.sound


def test_st007_audit_chain_detects_tampering(store):
    sid = store.create_screening("clinic", "en")
    for value in (1, 2, 3):
        store.set_answer(sid, "C1", value)
    assert store.check().chain.intact
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE audit SET detail_json = '{}' WHERE action = 'answer' AND seq = 4"))
    report = store.check()
    assert not report.chain.intact and report.chain.broken_at == 4
    with store.engine.begin() as connection:
        connection.execute(text("DELETE FROM audit WHERE seq = 4"))
    assert not store.check().chain.intact


def test_st008_list_search_filter_delete(store):
    ids = {}
    for code, setting in (("AB-1", "border"), ("AB-2", "clinic"), ("XY-1", "border"), ("ab_3", "school")):
        ids[code] = store.create_screening(setting, "kk", case_code=code)
    store.finalise(ids["AB-2"])
    newest = store.list_screenings()
    assert [s.case_code for s in newest] == ["AB-2", "ab_3", "XY-1", "AB-1"]
    assert [s.case_code for s in store.list_screenings(case_code="ab")] == ["AB-2", "ab_3", "AB-1"]
    assert [s.case_code for s in store.list_screenings(case_code="ab_")] == ["ab_3"]  # _ is not a wildcard
    assert [s.case_code for s in store.list_screenings(status="finalised")] == ["AB-2"]
    assert [s.case_code for s in store.list_screenings(setting="border")] == ["XY-1", "AB-1"]
    store.delete_draft(ids["XY-1"])
    assert store.count() == 3


def test_st009_backup_restore_rekey(store, store_path, catalog, tmp_path):
    sid = store.create_screening("workplace", "ru", case_code="W-1")
    store.set_answers(sid, {"A1": 33, "A5": "TJ", "B1": 2})
    backup_same = tmp_path / "backup-same.db"
    backup_new = tmp_path / "backup-new.db"
    store.backup(backup_same)
    store.backup(backup_new, "a different one 5")
    assert stat.S_IMODE(backup_same.stat().st_mode) == 0o600
    assert not list(tmp_path.glob(".*tmp"))
    store.set_answer(sid, "B1", 3)  # after the backup
    store.rekey(PASSPHRASE, "brand new pass 77")
    store.lock()
    with pytest.raises(WrongPassphrase):
        Store.open(store_path, PASSPHRASE, catalog)
    store = Store.open(store_path, "brand new pass 77", catalog)
    assert store.get(sid).answers["B1"] == 3
    store.lock()
    kept = restore(backup_new, "a different one 5", store_path)
    assert kept is not None and kept.exists()
    store = Store.open(store_path, "a different one 5", catalog)
    assert store.get(sid).answers == {"A1": 33, "A5": "TJ", "B1": 2}
    assert store.check().sound
    store.lock()
    with pytest.raises(WrongPassphrase):
        restore(backup_same, "wrong passphrase 1", store_path)


def test_st010_newer_store_is_refused(store, store_path, catalog):
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    store.lock()
    before = files_under(store_path.parent)
    with pytest.raises(NewerStore) as info:
        Store.open(store_path, PASSPHRASE, catalog)
    assert "9999" in info.value.render("en")
    assert files_under(store_path.parent) == before


def test_revisions_match_alembic():
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS))
    script = ScriptDirectory.from_config(config)
    chain = [rev.revision for rev in script.walk_revisions()][::-1]
    assert tuple(chain) == migrate.REVISIONS
    assert script.get_current_head() == migrate.HEAD


def test_copy_aside_before_upgrade(store, store_path):
    sid = store.create_screening("border", "kk")
    store.set_answer(sid, "A1", 22)
    copy = migrate.copy_aside(store.engine, store_path, "before-test")
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert copy.read_bytes()[:16] == store_path.read_bytes()[:16]  # the same encrypted file
