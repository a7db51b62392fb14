"""Every released schema revision has an encrypted fixture store; each opens, upgrades to the
current head (after a copy is taken) and keeps its data."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from screener.core.store.migrate import HEAD, REVISIONS
from screener.core.store.store import Store
from tests.fixtures.make_store_fixture import ANSWERS, PASSPHRASE

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_every_revision_has_a_fixture():
    assert sorted(p.stem.removeprefix("store_") for p in FIXTURES.glob("store_*.db")) == list(REVISIONS)


@pytest.mark.parametrize("revision", REVISIONS)
def test_fixture_opens_and_upgrades_with_data_intact(revision, tmp_path, catalog):
    path = tmp_path / "screener.db"
    shutil.copyfile(FIXTURES / f"store_{revision}.db", path)
    store = Store.open(path, PASSPHRASE, catalog)
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT version_num FROM alembic_version")).scalar() == HEAD
    if revision != HEAD:
        assert store.upgraded_from_copy and Path(store.upgraded_from_copy).exists()
    [final] = store.list_screenings(case_code="FIX-1")
    screening = store.get(final.id)
    assert screening.status == "finalised"
    assert screening.answers == ANSWERS
    assert screening.notes == {"B3": "debt to the recruiter"}
    assert screening.indicators == {"sop_border": ("sop_border.03",)}
    assert [(s.step_id, s.done, s.note) for s in screening.steps] == [("call_102", True, "called at 14:10")]
    assert (screening.summary.score_total, screening.summary.score_max) == (12, 39)
    assert store.latest_draft().case_code == "FIX-2"
    assert store.check().sound
    store.lock()


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r >= "0004"])
def test_escalated_quick_check_stays_linked(revision, tmp_path, catalog):
    path = tmp_path / "screener.db"
    shutil.copyfile(FIXTURES / f"store_{revision}.db", path)
    store = Store.open(path, PASSPHRASE, catalog)
    [interview] = store.list_screenings(case_code="FIX-Q")
    assert interview.quick_id is not None and interview.status == "draft"
    quick = store.get(interview.quick_id)
    assert (quick.summary.kind, quick.status, quick.followed_by) == ("quick", "finalised", (interview.id,))
    assert quick.indicators == {"sop_border": ("sop_border.01", "sop_border.02")}
    store.lock()


def test_older_stores_gain_no_links(tmp_path, catalog):
    path = tmp_path / "screener.db"
    shutil.copyfile(FIXTURES / "store_0003.db", path)
    store = Store.open(path, PASSPHRASE, catalog)
    assert all(s.quick_id is None for s in store.list_screenings())
    store.lock()


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r >= "0005"])
def test_case_referral_and_decision_are_kept(revision, tmp_path, catalog):
    path = tmp_path / "screener.db"
    shutil.copyfile(FIXTURES / f"store_{revision}.db", path)
    store = Store.open(path, PASSPHRASE, catalog)
    [interview] = store.list_screenings(case_code="FIX-Q")
    [summary] = store.list_cases()
    case = store.get_case(summary.id)
    assert (case.code, [m.screening_id for m in case.members]) == ("FIX-Q", [interview.quick_id, interview.id])
    [referral] = case.referrals
    assert (referral.purpose, referral.organisation, [s.state for s in referral.steps]) == (
        "shelter",
        "Fixture",
        ["sent", "accepted"],
    )
    assert (case.decision.outcome, case.decision.decided_by) == ("pending", "police")
    assert store.check().sound
    store.lock()


@pytest.mark.parametrize("revision", [r for r in REVISIONS if r < "0005"])
def test_older_stores_gain_cases_for_their_records(revision, tmp_path, catalog):
    """Upgraded, an old store has no case; its records can then be put in one and referred."""
    path = tmp_path / "screener.db"
    shutil.copyfile(FIXTURES / f"store_{revision}.db", path)
    store = Store.open(path, PASSPHRASE, catalog)
    assert store.list_cases() == []
    [final] = store.list_screenings(case_code="FIX-1")
    case_id = store.case_for(final.id)
    store.refer(case_id, purpose="legal", channel="letter", on=date.today().isoformat(), consent=True, organisation="X")
    case = store.get_case(case_id)
    assert (case.code, case.members[0].screening_id, case.members[0].score_total) == ("FIX-1", final.id, 12)
    assert store.check().sound
    store.lock()
