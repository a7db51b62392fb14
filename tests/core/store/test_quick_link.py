"""A quick check is a record of its own (issue 16).

QL001: escalating keeps the quick check as a finalised quick record and links the interview's
       draft to it, in one transaction; both are audited.
QL002: the escalated check's signs are counted in an export even when the interview is never
       finalised; a finalised interview is counted as well, once each.
QL003: a failed escalation (unknown indicator) writes neither record.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from screener.core.export.reader import read_export
from screener.core.export.writer import write_export
from screener.core.store.errors import StoreError
from screener.core.store.store import Store

SIGNS = {"sop_border": ["sop_border.01", "sop_border.03"]}


@pytest.fixture
def store(tmp_path, catalog):
    opened = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    yield opened
    opened.lock()


def escalate(store, **extra):
    return store.record_quick_check(
        setting="border", language="ru", age_band="adult", indicators=SIGNS, escalate=True, case_code="Q-1", **extra
    )


def test_ql001_escalation_keeps_the_quick_record_and_links_it(store):
    draft_id = escalate(store, flags={"injured": True})
    draft = store.get(draft_id)
    assert (draft.summary.kind, draft.status, draft.summary.case_code) == ("full", "draft", "Q-1")
    assert draft.indicators == {"sop_border": ("sop_border.01", "sop_border.03")}
    assert draft.context_flags == {"injured": True}
    quick = store.get(draft.summary.quick_id)
    assert (quick.summary.kind, quick.status, quick.summary.case_code) == ("quick", "finalised", "")
    assert quick.indicators == draft.indicators and quick.followed_by == (draft_id,)
    assert draft.quick_at == quick.summary.created_at
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT action, screening_id, detail_json FROM audit")).all()
    actions = [(a, s) for a, s, _d in rows]
    assert ("quick_check", quick.id) in actions and ("create", draft_id) in actions
    created = next(json.loads(d) for a, s, d in rows if (a, s) == ("create", draft_id))
    assert created["quick_id"] == quick.id
    report = store.check()  # the trail replays both records: indicators, context, status
    assert report.sound, report


def test_ql002_signs_counted_in_the_export(store, tmp_path):
    draft_id = escalate(store)
    assert write_export(store, tmp_path / "a.jsonl", "jsonl") == 1  # the interview is still a draft
    [(_line, record)] = list(read_export(tmp_path / "a.jsonl"))
    assert (record["kind"], record["indicators"]) == ("quick", ["sop_border.01", "sop_border.03"])
    store.set_answers(draft_id, {"A1": 30, "A5": "KZ"})
    store.finalise(draft_id)
    assert write_export(store, tmp_path / "b.jsonl", "jsonl") == 2
    kinds = sorted(r["kind"] for _line, r in read_export(tmp_path / "b.jsonl"))
    assert kinds == ["full", "quick"]


def test_ql003_failed_escalation_writes_nothing(store):
    with pytest.raises(StoreError):
        store.record_quick_check(
            setting="border", language="ru", age_band="adult", indicators={"sop_border": ["nope"]}, escalate=True
        )
    assert store.count() == 0
