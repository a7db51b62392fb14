"""One outcome of a screening: what every view shows, computed once (core/outcome.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from screener.core.dates import local_time
from screener.core.interview import Context, evaluate
from screener.core.outcome import Bi, check_languages, live_outcome, outcome_of, outcome_of_answers
from screener.core.report.pdf import screening_sheet
from screener.core.scoring import score_state
from screener.core.store.records import Kind, Screening, ScreeningSummary, Status, StepRecord
from tests.samples import WITH_ROLES

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"
ANSWERS = {**WITH_ROLES, "nonverbal": "  looked at the companion  "}  # a non-citizen minor at the border
INDICATORS = {
    "sop_border": ("sop_border.07", "sop_border.01", "sop_border.99"),  # .99: not in the installed list
    "retired_list": ("retired_list.02", "retired_list.01"),  # a list that is no longer installed
}


def stored(catalog, *, steps=(), status=Status.FINALISED, form_hash=None) -> Screening:
    form = catalog.default_form
    summary = ScreeningSummary(
        "id-1", Kind.FULL, "C-7", "border", "Officer", "ru", status, "2026-03-04T10:05:00+00:00",
        "2026-03-05T08:00:00+00:00", 0, 0,
    )  # fmt: skip
    return Screening(
        summary, "unknown", form.id, form.version, form_hash or form.content_hash, "2026-03-04T11:30:00+00:00",
        {}, None, dict(ANSWERS), {"B4": "passport taken", "C1": ""}, dict(INDICATORS), tuple(steps),
    )  # fmt: skip


def test_scores_items_and_judgement(catalog):
    outcome = outcome_of(catalog, stored(catalog))
    assert outcome.language == "ru" and outcome.second_language == ""
    assert (outcome.result.total, outcome.result.max) == (11, 39)
    assert [(s.id, s.score, s.max, s.applicable) for s in outcome.sections] == [
        ("B", 5, 12, True),
        ("C", 4, 12, True),
        ("D", 2, 9, True),
        ("E", 0, 6, True),
    ]
    b = next(s for s in outcome.sections if s.id == "B")
    assert "Узбекистан" in b.reason and "{" not in b.reason  # placeholders filled, in the screening's language
    assert [(i.id, i.points, i.note) for i in outcome.items] == [
        ("B1", 2, ""),
        ("B4", 3, "passport taken"),
        ("C1", 3, ""),
        ("D2", 2, ""),
    ]
    assert all(i.meaning.main for i in outcome.items)
    assert outcome.judgement == 2 and outcome.judgement_question.main
    assert [t.main.endswith(": begging") for t in outcome.types] == [False, True]
    assert outcome.types_chosen == ("labour", "other")
    assert outcome.nonverbal == "looked at the companion"


def test_indicators_unknown_to_the_catalog_are_kept_by_id(catalog):
    """The screen listed them, the sheet dropped them: what was recorded is never dropped."""
    outcome = outcome_of(catalog, stored(catalog))
    groups = {g.list_id: g for g in outcome.indicators}
    assert list(groups) == ["sop_border", "retired_list"]  # the catalog's order, then unknown lists
    border = catalog.indicator_list("sop_border")
    known = [i.text.get("ru") for i in border.items if i.id in ("sop_border.01", "sop_border.07")]
    assert [t.main for t in groups["sop_border"].items] == [*known, "sop_border.99"]
    assert groups["retired_list"].title == Bi("retired_list")
    assert [t.main for t in groups["retired_list"].items] == ["retired_list.01", "retired_list.02"]
    sheet = screening_sheet(catalog, stored(catalog))
    assert sheet.indicators == outcome.indicators  # the sheet lays out the same groups


def test_recommended_and_recorded_steps_are_merged(catalog):
    recommended = outcome_of(catalog, stored(catalog)).recommended_ids
    first = recommended[0]
    records = (
        StepRecord(first, 1, False, "", True, "done at 10:40"),
        StepRecord("own_1", 17, True, "Called the shelter", False, ""),
        StepRecord("no_longer_a_rule", 3, False, "", False, "kept"),  # a rule step the rules lost
    )
    outcome = outcome_of(catalog, stored(catalog, steps=records))
    rows = outcome.steps
    assert [r.id for r in rows] == [*recommended, "no_longer_a_rule", "own_1"]  # others by position
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    head = rows[0]
    assert (head.kind, head.done, head.note) == ("rule", True, "done at 10:40") and head.reasons and head.detail
    kept, own = rows[-2], rows[-1]
    assert (kept.kind, kept.text, kept.reasons) == ("kept", Bi("no_longer_a_rule"), ())
    assert (own.kind, own.own_text, own.position) == ("own", "Called the shelter", 17)
    assert own.text.main == "Called the shelter"
    assert outcome.next_position == 18  # after every step shown (the recommended ones are 1-9)
    assert outcome_of(catalog, stored(catalog)).next_position == len(recommended) + 1


def test_rights_follow_the_declared_conditions(catalog):
    foreign = outcome_of_answers(catalog, catalog.default_form, ANSWERS, Context(setting="border"), language="en")
    citizen = outcome_of_answers(
        catalog, catalog.default_form, {**ANSWERS, "A5": "KZ"}, Context(setting="border"), language="en"
    )
    assert len(foreign.rights) == 2 and len(citizen.rights) == 1
    assert citizen.rights[0] == foreign.rights[0]
    assert all(r.title.main and r.text.main for r in foreign.rights)


def test_dates_are_in_one_format_on_screen_and_sheet(catalog):
    outcome = outcome_of(catalog, stored(catalog))
    assert outcome.record is not None
    assert re.fullmatch(r"\d{2}\.\d{2}\.2026 \d{2}:\d{2}", outcome.record.date)
    assert outcome.record.date == local_time("2026-03-04T11:30:00+00:00")  # finalised, not created
    assert outcome.record.updated == local_time("2026-03-05T08:00:00+00:00")
    assert screening_sheet(catalog, stored(catalog)).meta.date == outcome.record.date
    assert local_time(None) == "" and local_time("not a time") == "not a time"


def test_a_changed_form_is_noticed(catalog):
    assert outcome_of(catalog, stored(catalog)).record.form_differs is False
    assert outcome_of(catalog, stored(catalog, form_hash="sha256:other")).record.form_differs is True


def test_bilingual_texts_and_languages(catalog):
    outcome = outcome_of(catalog, stored(catalog), language="kk", second_language="en")
    assert outcome.second_language == "en"
    assert all(s.title.main and s.title.alt for s in outcome.sections)
    assert outcome.steps[0].text.alt and outcome.steps[0].text.alt != outcome.steps[0].text.main
    assert check_languages("kk", "kk") == "" and check_languages("ru", None) == ""
    with pytest.raises(ValueError, match="unknown language"):
        outcome_of(catalog, stored(catalog), language="de")


def test_warnings_are_rendered_with_their_reasons_filled(catalog):
    answers = {**ANSWERS, "E1": "yes", "E3": "adult", "E2": 1}
    outcome = outcome_of_answers(catalog, catalog.default_form, answers, Context(setting="border"), language="en")
    [line] = outcome.warning_lines()
    assert "16" in line and "{age}" not in line
    assert "16" in outcome.warning_lines("kk")[0]


def test_a_form_that_is_not_installed_is_a_key_error(catalog):
    screening = stored(catalog)
    other = Screening(**{**{f: getattr(screening, f) for f in screening.__slots__}, "form_id": "gone"})
    with pytest.raises(KeyError):
        outcome_of(catalog, other)


@pytest.mark.parametrize(
    "module",
    ["ui/result.py", "core/report/sheet.py", "core/report/pdf.py", "core/export/record.py", "core/training.py",
     "core/quick.py", "ui/quick.py", "ui/cases.py"],
)  # fmt: skip
def test_views_compute_nothing_of_their_own(module):
    """They render the outcome: none evaluates, scores, recommends or fills reasons itself."""
    text = (SRC / module).read_text(encoding="utf-8")
    found = re.findall(r"\b(evaluate|score_state|recommend|placeholder_values|rights_to_explain)\(", text)
    assert found == []


@pytest.mark.parametrize("module", ["ui/interview.py", "ui/circumstances.py", "ui/score_reason.py"])
def test_the_interview_screen_renders_the_live_outcome(module):
    """The interview walks the engine (evaluate: pages, what is missing) but scores nothing and
    fills no reason itself: the live outcome does."""
    text = (SRC / module).read_text(encoding="utf-8")
    found = re.findall(
        r"\b(score_state|recommend|placeholder_values|rights_to_explain|circumstance_effects|circumstance_problems)\(",
        text,
    )
    assert found == []


def test_live_outcome_texts_in_the_screen_and_the_interview_languages(catalog):
    """Titles are read in the interview's language, reasons and warnings in the screen's; the
    score is the one given (the store's autosave), or computed when none is."""
    form = catalog.default_form
    answers = {**ANSWERS, "E1": "yes", "E3": "adult", "E2": 1}
    state = evaluate(form, answers, Context(setting="border", language="kk"))
    stored_score = score_state(state)
    live = live_outcome(catalog, state, language="en", interview_language="kk", result=stored_score)
    assert live.result is stored_score
    assert live_outcome(catalog, state, language="en", interview_language="kk").result == stored_score
    titles = {s.id: s.title.main for s in live.sections}
    assert all(titles[s.id] == s.title.get("kk") for s in form.scored_sections)
    reasons = [s.reason for s in live.sections if s.reason]
    assert reasons and all("{" not in r for r in reasons)
    outcome = outcome_of_answers(catalog, form, answers, Context(setting="border"), language="en")
    assert [f"{w.code} {w.item}: {w.text}" for w in live.warnings] == list(outcome.warning_lines())
    assert live.warnings_for(live.warnings[0].item) == (live.warnings[0],)
    assert live.missing == len(state.missing())
    with pytest.raises(ValueError, match="unknown language"):
        live_outcome(catalog, state, language="de", interview_language="kk")
