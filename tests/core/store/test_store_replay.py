"""An audit trail that proves what happened: replay against the tables, and seals.

RP001: a store used only through Screener replays clean (every kind of change).
RP002: a change made in the tables outside the app is named by screening and item: answer,
       note, indicator, status, score, step, context; an added or a deleted screening.
RP003: deleting audit rows that changed a record, or editing an entry and recomputing the
       chain, shows as a difference between trail and tables.
RP004: a seal (in a backup, beside an export, typed from a sheet) is "kept" while the store
       only grows, "cut_back" after truncation or a roll-back, "rewritten" after a rewrite.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from screener.cli import main
from screener.core.export.writer import seal_path, write_export
from screener.core.store import audit, backup
from screener.core.store.replay import Seal, check_seal, head
from screener.core.store.store import Store
from tests.core.store.conftest import PASSPHRASE


def _used(store: Store) -> str:
    form = store.catalog.default_form
    sid = store.create_screening("border", "ru", case_code="K-1")
    store.set_answers(sid, {"A1": 30, "A5": "UZ"})
    store.set_answer(sid, "B1", 2)
    store.set_answer(sid, "B1", 3)
    store.set_answer(sid, "B2", 1)
    store.set_answer(sid, "B2", None)
    store.set_note(sid, "C1", "bruises on the arms")
    store.set_note(sid, "C2", "temporary")
    store.set_note(sid, "C2", "  ")
    store.set_indicators(sid, "sop_border", ["sop_border.03", "sop_border.01"])
    store.set_context(sid, injured=True)
    store.set_step(sid, "call_102", done=True, note="called")
    store.finalise(sid)
    store.set_answer(sid, "C1", 2, reason="re-read the notes")
    store.add_screening(
        form=form,
        setting="clinic",
        language="kk",
        answers={"A1": 15, "A5": "KZ", "C1": 1},
        notes={"C1": "note"},
        indicators={"sop_border": ("sop_border.03",)},
        flags={"refused_help": True},
    )
    store.record_quick_check(
        setting="border", language="en", age_band="adult", indicators={"sop_border": ["sop_border.01"]}
    )
    draft = store.create_screening("other", "en")
    store.delete_draft(draft)
    return sid


def _sql(store: Store, *statements: str) -> None:
    with store.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def test_rp001_used_store_replays_clean(store):
    _used(store)
    report = store.check()
    assert report.replayed is not None
    assert report.replayed.differences == (), [d.render() for d in report.replayed.differences]
    assert report.replayed.screenings == 4 and report.sound


@pytest.mark.parametrize(
    ("statement", "item"),
    [
        ("UPDATE answer SET value_json = '1' WHERE key = 'B1'", "answer B1"),
        ("DELETE FROM answer WHERE key = 'A5' AND screening_id = '{sid}'", "answer A5"),
        ("UPDATE note SET text = 'nothing seen' WHERE item = 'C1' AND screening_id = '{sid}'", "note C1"),
        (
            "DELETE FROM indicator WHERE indicator_id = 'sop_border.01' AND screening_id = '{sid}'",
            "indicators sop_border",
        ),
        ("UPDATE screening SET status = 'draft' WHERE id = '{sid}'", "status"),
        ("UPDATE screening SET score_total = 0 WHERE id = '{sid}'", "score"),
        ("UPDATE step SET done = 0 WHERE screening_id = '{sid}'", "step call_102"),
        ("UPDATE screening SET context_json = '{{}}' WHERE id = '{sid}'", "context injured"),
    ],
)
def test_rp002_changes_outside_the_app_are_named(store, statement, item):
    sid = _used(store)
    _sql(store, statement.format(sid=sid))
    report = store.check()
    assert report.replayed is not None and not report.sound
    assert any(d.screening == sid and d.item == item for d in report.replayed.differences), [
        d.render() for d in report.replayed.differences
    ]
    assert report.chain.intact  # the chain alone would not have told


def test_rp002_added_and_deleted_screenings(store):
    sid = _used(store)
    _sql(
        store,
        f"DELETE FROM answer WHERE screening_id = '{sid}'",
        f"DELETE FROM note WHERE screening_id = '{sid}'",
        f"DELETE FROM indicator WHERE screening_id = '{sid}'",
        f"DELETE FROM step WHERE screening_id = '{sid}'",
        f"DELETE FROM screening WHERE id = '{sid}'",
        "INSERT INTO screening (id, kind, case_code, setting, interviewer, language, age_band, form_id, form_version,"
        " form_hash, status, created_at, updated_at, context_json, position_json, score_json, score_total, score_max)"
        " VALUES ('forged', 'full', '', 'clinic', '', 'kk', 'adult', 'htiam14-kz', 1, 'x', 'finalised',"
        " '2026', '2026', '{}', 'null', '{}', 0, 27)",
    )
    found = {(d.screening, d.item, d.table) for d in store.check().replayed.differences}
    assert (sid, "screening", "missing") in found
    assert ("forged", "screening", "present") in found


def _rechain(store: Store) -> None:
    """What a careful forger does: recompute every hash so that the chain verifies again."""
    with store.engine.begin() as connection:
        rows = connection.execute(
            text("SELECT seq, at, interviewer, action, screening_id, detail_json FROM audit ORDER BY seq")
        ).all()
        prev = audit.GENESIS
        for row in rows:
            digest = audit.entry_hash(prev, row.at, row.interviewer, row.action, row.screening_id, row.detail_json)
            connection.execute(
                text("UPDATE audit SET prev_hash = :p, hash = :h WHERE seq = :s"),
                {"p": prev, "h": digest, "s": row.seq},
            )
            prev = digest
    store._audit.forget()


def test_rp003_deleted_or_edited_audit_rows(store):
    sid = _used(store)
    with store.engine.begin() as connection:
        seq = connection.execute(
            text("SELECT max(seq) FROM audit WHERE action = 'amend_answer' AND screening_id = :s"), {"s": sid}
        ).scalar()
    _sql(store, f"DELETE FROM audit WHERE seq >= {seq}")
    report = store.check()
    assert report.chain.intact  # truncation keeps a valid chain: only replay (and seals) see it
    assert any(d.item in ("answer C1", "status") for d in report.replayed.differences)
    _sql(
        store, "UPDATE audit SET detail_json = replace(detail_json, '\"new\": 3', '\"new\": 1') WHERE action = 'answer'"
    )
    _rechain(store)
    report = store.check()
    assert report.chain.intact
    assert any(d.item == "answer B1" for d in report.replayed.differences)


def test_rp004_seals(store, store_path, tmp_path, catalog):
    _used(store)
    copy = tmp_path / "b.db"
    store.backup(copy)
    sealed = backup.seal_of(copy, PASSPHRASE)
    assert sealed.entries > 10 and len(sealed.hash) == 64
    store.set_answer(store.create_screening("clinic", "kk"), "A1", 40)  # the store grows: still kept
    typed = Seal.parse(sealed.short)
    assert typed is not None and store.check(typed).against.verdict == "kept"
    assert store.check(sealed).sound
    # truncation after the seal
    _sql(store, f"DELETE FROM audit WHERE seq >= {sealed.entries}")
    store._audit.forget()
    assert store.check(typed).against.verdict == "cut_back"
    store.lock()
    # roll-back to an older backup: fewer entries than a later seal
    later = Store.open(store_path, PASSPHRASE, catalog)
    later.set_answer(later.create_screening("clinic", "kk"), "A1", 41)
    late_seal = later.seal()
    later.lock()
    backup.restore(copy, PASSPHRASE, store_path)
    rolled = Store.open(store_path, PASSPHRASE, catalog)
    assert rolled.check(late_seal).against.verdict == "cut_back"
    # a rewrite of the history before the seal
    _sql(rolled, "UPDATE audit SET interviewer = 'someone' WHERE seq = 2")
    _rechain(rolled)
    with rolled._session() as session:
        assert check_seal(session, sealed).verdict == "rewritten"
        assert head(session).entries >= sealed.entries
    rolled.lock()


def test_rp004_export_seal_and_cli_against(store, store_path, tmp_path, monkeypatch, capsys):
    _used(store)
    out = tmp_path / "export.csv"
    write_export(store, out)
    sealed = json.loads(seal_path(out).read_text(encoding="utf-8"))
    assert sealed["entries"] == store.seal().entries and sealed["seal"] == store.seal().short
    short = store.seal().short
    store.lock()
    monkeypatch.setenv("SCREENER_PASSPHRASE", PASSPHRASE)
    for against in (str(out), short):
        assert main(["store", "check", "--db", str(store_path), "--against", against]) == 0
        assert "unchanged" in capsys.readouterr().out
    assert main(["store", "check", "--db", str(store_path), "--against", "99999-3f9a2b7c1d0e"]) == 2
    assert "fewer entries" in capsys.readouterr().err
    assert main(["store", "check", "--db", str(store_path), "--against", "not a seal"]) == 2
