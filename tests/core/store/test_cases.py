"""Cases, referrals and decisions in the store (issue 20).

CS001: a case from quick check to interview to referral (accepted, delivered) to decision: the
       records keep their places, the referral its dated steps, the timeline shows all of it in
       order, the audit trail replays it and the store check stays sound.
CS002: a referral declined with a reason from the list; a reason not in the list is refused.
CS003: invalid transitions are refused with a clear error in each language, nothing changed.
CS004: bad input (a purpose, a channel, a decider not in the list, no consent and no reason, a
       date in the future or before the step before, no organisation) is refused, nothing written.
CS005: a row changed outside the app shows in the store check (replay against the trail).
CS006: a screening can be in one case only; a re-screening joins the case after the others.
"""

from __future__ import annotations

from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

import pytest
from sqlalchemy import func, select, text

from screener.core.store import audit
from screener.core.store.errors import (
    BadDate,
    ConsentReasonNeeded,
    InOtherCase,
    NotInList,
    OrganisationNeeded,
    RefusedTransition,
    UnknownCase,
)
from screener.core.store.tables import AuditRow
from tests.fixtures.make_store_fixture import ANSWERS


def day(ago: int) -> str:
    return (date.today() - timedelta(days=ago)).isoformat()


@contextmanager
def twelve_days_ago():
    """Records made inside are dated twelve days back (a referral cannot come before them)."""
    past = datetime.now(UTC) - timedelta(days=12)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(audit, "now", lambda: past.isoformat(timespec="microseconds"))
        yield


def quick_then_interview(store):
    with twelve_days_ago():
        return _quick_then_interview(store)


def _quick_then_interview(store):
    interview = store.record_quick_check(
        setting="border",
        language="ru",
        age_band="adult",
        indicators={"sop_border": ["sop_border.01"]},
        escalate=True,
        case_code="KZ-77",
    )
    store.set_answers(interview, ANSWERS)
    store.finalise(interview)
    return interview


def audit_count(store) -> int:
    with store.engine.connect() as c:
        return int(c.execute(select(func.count()).select_from(AuditRow)).scalar() or 0)


def test_cs001_quick_check_to_decision(store, catalog):
    interview = quick_then_interview(store)
    quick_id = store.get(interview).summary.quick_id
    case_id = store.case_for(interview)
    assert store.case_for(interview) == case_id  # asked again: the same case
    directory_org = catalog.directory.entries[0].id
    ref = store.refer(
        case_id,
        purpose="shelter",
        channel="phone",
        on=day(10),
        consent=True,
        organisation_id=directory_org,
        screening_id=interview,
    )
    store.update_referral(ref, "accepted", day(8))
    store.update_referral(ref, "delivered", day(3))
    store.record_decision(case_id, "pending", "police", day(9))
    store.record_decision(case_id, "identified", "police", day(2))

    case = store.get_case(case_id)
    assert case.code == "KZ-77" and len(case.export_id) == 32
    assert [(m.screening_id, m.place, m.kind) for m in case.members] == [(quick_id, 1, "quick"), (interview, 2, "full")]
    [referral] = case.referrals
    assert (referral.purpose, referral.organisation_id, referral.channel, referral.consent) == (
        "shelter",
        directory_org,
        "phone",
        True,
    )
    assert referral.state == "delivered"
    assert [(s.state, s.on_date, s.reason) for s in referral.steps] == [
        ("sent", day(10), None),
        ("accepted", day(8), None),
        ("delivered", day(3), None),
    ]
    assert (case.decision.outcome, case.decision.decided_by, case.decision.decided_on) == (
        "identified",
        "police",
        day(2),
    )
    timeline = [(e.what, e.state) for e in case.timeline()]
    assert timeline == [
        ("screening", "quick"),
        ("screening", "full"),
        ("referral", "sent"),
        ("decision", "pending"),
        ("referral", "accepted"),
        ("referral", "delivered"),
        ("decision", "identified"),
    ]  # by the day each happened
    [summary] = store.list_cases()
    assert (summary.code, summary.records, summary.referral_states, summary.decision.outcome) == (
        "KZ-77",
        2,
        ("delivered",),
        "identified",
    )
    assert summary.latest.what == "decision"  # the last recorded
    report = store.check()
    assert report.sound, [d.render() for d in report.replayed.differences]
    assert not report.replayed.not_replayed


def test_cs002_declined_with_a_reason(store):
    case_id = store.case_for(quick_then_interview(store))
    ref = store.refer(case_id, purpose="legal", channel="letter", on=day(5), consent=True, organisation="Adilet NGO")
    before = audit_count(store)
    with pytest.raises(NotInList) as refused:
        store.update_referral(ref, "declined", day(4), reason="too busy")
    assert "too busy" in refused.value.render("en") and "no_capacity" in refused.value.render("en")
    with pytest.raises(NotInList):
        store.update_referral(ref, "declined", day(4))  # a declined referral needs its reason
    assert audit_count(store) == before
    store.update_referral(ref, "declined", day(4), reason="no_capacity")
    [referral] = store.get_case(case_id).referrals
    assert (referral.state, referral.steps[-1].reason, referral.organisation) == (
        "declined",
        "no_capacity",
        "Adilet NGO",
    )
    assert store.check().sound


def test_cs003_invalid_transitions_are_refused(store):
    case_id = store.case_for(quick_then_interview(store))
    ref = store.refer(case_id, purpose="medical", channel="in_person", on=day(5), consent=True, organisation="Clinic 4")
    before = audit_count(store)
    with pytest.raises(RefusedTransition) as refused:
        store.update_referral(ref, "delivered", day(4))  # not accepted yet
    assert refused.value.render("en") == (
        "The referral is 'sent': it cannot become 'service delivered'. It can become: accepted, declined. "
        "Check the referral's state and choose one of the next states; nothing was changed."
    )
    assert "«помощь оказана»" in refused.value.render("ru") and "принято, отклонено" in refused.value.render("ru")
    assert "«көмек көрсетілді»" in refused.value.render("kk")
    store.update_referral(ref, "declined", day(4), reason="not_eligible")
    with pytest.raises(RefusedTransition) as again:
        store.update_referral(ref, "accepted", day(3))  # declined is the end
    assert "none (this is the last state)" in again.value.render("en")
    with pytest.raises(RefusedTransition):
        store.update_referral(ref, "sent", day(3))
    with pytest.raises(UnknownCase):
        store.update_referral("no-such-referral", "accepted", day(3))
    assert audit_count(store) == before + 1  # only the declined step
    assert store.get_case(case_id).referrals[0].state == "declined"


def test_cs004_bad_input_writes_nothing(store):
    case_id = store.case_for(quick_then_interview(store))
    before = audit_count(store)
    good = {"purpose": "shelter", "channel": "phone", "on": day(1), "consent": True, "organisation": "Shelter A"}
    with pytest.raises(NotInList):
        store.refer(case_id, **{**good, "purpose": "housing"})
    with pytest.raises(NotInList):
        store.refer(case_id, **{**good, "channel": "email"})
    with pytest.raises(ConsentReasonNeeded) as consent:
        store.refer(case_id, **{**good, "consent": False})
    assert "consent" in consent.value.render("en") and "келісім" in consent.value.render("kk")
    with pytest.raises(NotInList):
        store.refer(case_id, **{**good, "consent": False, "no_consent_reason": "busy"})
    with pytest.raises(BadDate):
        store.refer(case_id, **{**good, "on": (date.today() + timedelta(days=1)).isoformat()})
    with pytest.raises(BadDate):
        store.refer(case_id, **{**good, "on": "31.12.2026"})
    with pytest.raises(BadDate):
        store.refer(case_id, **{**good, "on": day(13)})  # before the case's first record
    with pytest.raises(OrganisationNeeded):
        store.refer(case_id, **{**good, "organisation": "  "})
    with pytest.raises(NotInList):
        store.refer(case_id, **{**good, "organisation_id": "no_such_org"})
    with pytest.raises(UnknownCase):
        store.refer("no-such-case", **good)
    with pytest.raises(NotInList):
        store.record_decision(case_id, "victim", "police", day(1))
    with pytest.raises(NotInList):
        store.record_decision(case_id, "identified", "prosecutor", day(1))
    with pytest.raises(BadDate):
        store.record_decision(case_id, "identified", "court", "2026-02-30")
    assert audit_count(store) == before
    ref = store.refer(case_id, **{**good, "on": day(3), "consent": False, "no_consent_reason": "minor"})
    with pytest.raises(BadDate) as early:
        store.update_referral(ref, "accepted", day(4))  # before it was sent
    assert day(3) in early.value.render("en")
    assert store.get_case(case_id).referrals[0].no_consent_reason == "minor"


def test_cs005_a_row_changed_outside_the_app_shows(store):
    case_id = store.case_for(quick_then_interview(store))
    ref = store.refer(case_id, purpose="shelter", channel="phone", on=day(2), consent=True, organisation="S")
    store.update_referral(ref, "accepted", day(1))
    assert store.check().sound
    with store.engine.begin() as c:
        c.execute(text("UPDATE referral SET state = 'delivered'"))
        c.execute(text("UPDATE case_decision SET outcome = 'identified'"))  # none: nothing changes
        c.execute(
            text("INSERT INTO case_decision VALUES (:c, 0, 'identified', 'court', '2026-01-01', 'x')"), {"c": case_id}
        )
    report = store.check()
    assert not report.sound
    found = {(d.screening, d.item) for d in report.replayed.differences}
    assert found == {(ref, "referral"), (case_id, "decisions")}


def test_cs006_one_case_per_screening_and_rescreening(store):
    interview = quick_then_interview(store)
    case_id = store.case_for(interview)
    with pytest.raises(InOtherCase) as twice:
        store.open_case("OTHER-1", [interview])
    assert "KZ-77" in twice.value.render("en")
    assert [c.code for c in store.list_cases()] == ["KZ-77"]  # the refused case was not written
    again = store.create_screening("border", "ru", case_code="KZ-77")
    assert store.add_to_case(case_id, again) == 3
    assert store.get_case(case_id).place_of(again) == 3
    store.delete_draft(again)  # a deleted draft leaves its case
    assert [m.place for m in store.get_case(case_id).members] == [1, 2]
    assert store.check().sound
