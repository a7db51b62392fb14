"""Scripted scores hold (issue 16).

SS001: B1.q1 "yes" (organised the trip themselves; seed 003 L5570 «Егер ИӘ болса, 0 деп
       санаңыз») with B1 = 3 and no reason: the scripted 0 counts, WARN_002 says why.
SS002: with a written reason the interviewer's 3 counts, and WARN_004 carries the reason; a
       blank reason is no reason.
SS003: the store keeps the reason in the audit trail; the sheet prints it beside the item.
SS004: a reason that is not text is refused (ANS_011).
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from screener.core.answers import check_answers
from screener.core.interview import Context, evaluate
from screener.core.outcome import outcome_of_state
from screener.core.report.pdf import result_pdf
from screener.core.report.sheet import SheetMeta, result_sheet
from screener.core.scoring import score_state
from screener.core.store.store import Store

BASE = {"A1": 30, "A5": "UZ", "B1.q1": "yes", "B1": 3}


def scored(catalog, answers):
    state = evaluate(catalog.default_form, answers, Context(setting="border"))
    return state, score_state(state)


def test_ss001_scripted_score_stands_without_a_reason(catalog):
    state, result = scored(catalog, BASE)
    assert result.section("B").score == 0
    assert state.item("B1").scripted and state.item("B1").value == 3
    assert [(w.code, w.item) for w in result.warnings] == [("WARN_002", "B1")]
    assert "counts until a reason is written" in result.warnings[0].render("en")


@pytest.mark.parametrize("blank", ["", "   "])
def test_ss002_reason_lets_the_interviewer_score_count(catalog, blank):
    _state, result = scored(catalog, {**BASE, "B1.reason": "organised by a recruiter who kept the tickets"})
    assert result.section("B").score == 3 and ("B1", 3) in result.items_at_2_or_more
    [warning] = result.warnings
    assert warning.code == "WARN_004" and "kept the tickets" in warning.render("ru")
    _state, result = scored(catalog, {**BASE, "B1.reason": blank})
    assert result.section("B").score == 0


def test_ss003_reason_audited_and_on_the_sheet(catalog, tmp_path):
    store = Store.create(tmp_path / "s.db", "correct horse 42", catalog)
    try:
        sid = store.create_screening(setting="border", language="en", case_code="SS-3")
        store.set_answers(sid, BASE)
        assert store.set_answer(sid, "B1.reason", "the recruiter kept the tickets").total == 3
        with store.engine.connect() as connection:
            rows = connection.execute(text("SELECT detail_json FROM audit WHERE action = 'answer'")).all()
        assert any(json.loads(r[0]).get("new") == "the recruiter kept the tickets" for r in rows)
    finally:
        store.lock()
    state, _result = scored(catalog, {**BASE, "B1.reason": "the recruiter kept the tickets"})
    sheet = result_sheet(catalog, outcome_of_state(catalog, state, language="kk"), meta=SheetMeta(case_code="SS-3"))
    assert any("B1" in w and "the recruiter kept the tickets" in w for w in sheet.warnings)
    [row] = [i for i in sheet.items if i.id == "B1"]  # beside the item, in the items-at-2 table
    assert (row.points, row.scripted, row.score_reason) == (3, 0, "the recruiter kept the tickets")
    pages = pdf_pages(result_pdf(sheet))
    table = next(page for page in pages if "Нұсқаулықтағы 0 ұпай емес, себебі" in page)
    assert "the recruiter kept the tickets" in " ".join(table.split())
    plain = outcome_of_state(catalog, evaluate(catalog.default_form, {**BASE, "B1.q1": "no", "B1.q2": "yes"},
                                               Context(setting="border")), language="en")  # fmt: skip
    assert all(i.score_reason == "" and i.scripted is None for i in plain.items)


def pdf_pages(data: bytes) -> list[str]:
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_ss004_reason_must_be_text(catalog):
    problems = check_answers(catalog.default_form, {"B1.reason": 3})
    assert [p.code for p in problems] == ["ANS_011"]
    assert check_answers(catalog.default_form, {"B1.reason": "ok"}) == []
