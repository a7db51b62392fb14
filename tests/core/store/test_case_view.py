"""A re-screening inside a case and the words the case screens show (issue 20).

CV001: create_screening(case_id=...) puts the new draft in the case in the same transaction,
       after the case's records, with nothing of the earlier answers in it; an unknown case
       creates nothing.
CV002: earlier_record is the last finalised full interview before the record (not a quick
       check, not a draft); answer_words names an answer as people read it.
CV003: organisation_name: a directory entry by its printed name and city, a typed one as typed.
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from screener.core import dates
from screener.core.case_view import answer_words, earlier_record, organisation_name
from screener.core.store.errors import UnknownCase
from tests.fixtures.make_store_fixture import ANSWERS


def test_cv001_rescreening_joins_the_case_with_no_answer_copied(store, catalog):
    first = store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", answers=ANSWERS, case_code="RS-1"
    )
    case_id = store.case_for(first)
    again = store.create_screening("clinic", "ru", case_code="RS-1", interviewer="Dana", case_id=case_id)
    case = store.get_case(case_id)
    assert [m.screening_id for m in case.members] == [first, again]
    assert case.place_of(again) == 2
    assert store.get(again).answers == {}  # never copied
    count = store.count()
    with pytest.raises(UnknownCase):
        store.create_screening("clinic", "en", case_code="RS-1", case_id="no-such-case")
    assert store.count() == count  # nothing written


def test_cv002_earlier_record_and_its_answers_in_words(store, catalog):
    quick = store.record_quick_check(
        setting="border", language="en", age_band="adult", indicators={"sop_border": ["sop_border.01"]}
    )
    first = store.add_screening(
        form=catalog.default_form, setting="border", language="en", answers=ANSWERS, case_code="RS-2"
    )
    case_id = store.open_case("RS-2", [quick, first])
    draft = store.create_screening("border", "en", case_code="RS-2", case_id=case_id)
    third = store.create_screening("border", "en", case_code="RS-2", case_id=case_id)
    case = store.get_case(case_id)
    assert earlier_record(case, third).screening_id == first  # the draft between is not compared
    assert earlier_record(case, draft).screening_id == first
    assert earlier_record(case, first) is None  # a quick check asks no question: nothing to compare
    form = catalog.default_form
    answers = store.get(first).answers
    assert answer_words(form, "A5", answers, "en") == "Uzbekistan"
    assert answer_words(form, "A5", answers, "ru") == "Узбекистан"
    assert answer_words(form, "A2", answers, "en") == form.items["A2"].shown("female").get("en")
    evidence = next(i for i, item in form.items.items() if item.type == "evidence" and i in answers)
    points = answers[evidence]
    assert answer_words(form, evidence, answers, "en") == f"{points}: {form.evidence_scale[points].get('en')}"
    assert answer_words(form, "A1", answers, "en") == str(answers["A1"])
    assert answer_words(form, "A1", {}, "en") is None


def test_cv003_organisation_names(store, catalog):
    sid = store.add_screening(
        form=catalog.default_form, setting="clinic", language="en", answers=ANSWERS, case_code="RS-3"
    )
    case_id = store.case_for(sid)
    entry = catalog.directory.entries[0]
    chosen = store.refer(
        case_id, purpose="legal", channel="letter", on=dates_today(), consent=True, organisation_id=entry.id
    )
    typed = store.refer(
        case_id, purpose="legal", channel="letter", on=dates_today(), consent=True, organisation="Lawyers of Taraz"
    )
    by_id = {r.id: r for r in store.get_case(case_id).referrals}
    assert organisation_name(catalog.directory, by_id[chosen], "ru").startswith(entry.organisation)
    assert entry.city in organisation_name(catalog.directory, by_id[chosen], "kk")
    assert organisation_name(catalog.directory, by_id[typed], "en") == "Lawyers of Taraz"
    assert organisation_name(None, replace(by_id[typed], organisation=""), "en") == "-"


def test_days_are_shown_as_on_every_screen():
    assert dates.day("2026-11-30") == "30.11.2026"
    assert dates.day("") == ""
    assert dates.day("not a day") == "not a day"


def dates_today() -> str:
    from datetime import date  # noqa: PLC0415

    return date.today().isoformat()
