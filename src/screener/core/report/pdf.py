"""Make the PDFs and write them: one path for the app (a stored screening) and the command line."""

from __future__ import annotations

from screener.core.dates import now
from screener.core.instrument.loader import Catalog
from screener.core.outcome import outcome_of
from screener.core.report.layout import render_pdf
from screener.core.report.render import markup
from screener.core.report.sheet import BlankSheet, ResultSheet, SheetMeta, result_sheet
from screener.core.store.records import Screening


def result_pdf(sheet: ResultSheet) -> bytes:
    return render_pdf(markup("result.xml.j2", sheet=sheet))


def blank_pdf(sheet: BlankSheet) -> bytes:
    return render_pdf(markup("blank.xml.j2", sheet=sheet))


def screening_sheet(
    catalog: Catalog,
    screening: Screening,
    *,
    language: str | None = None,
    second_language: str | None = None,
    region: str | None = None,
    app_version: str = "",
    seal: str = "",
) -> ResultSheet:
    """The result sheet of a stored screening (KeyError when its form is not installed)."""
    outcome = outcome_of(catalog, screening, language=language, second_language=second_language)
    record = outcome.record
    assert record is not None  # a stored screening's outcome has its record
    meta = SheetMeta(
        case_code=record.case_code,
        date=record.date,
        setting=record.setting,
        interviewer=record.interviewer,
        status=record.status,
        printed_at=now(),
        app_version=app_version,
        seal=seal,
        form_hash_differs=record.form_differs,
        follows_quick=record.follows_quick,
        amendments=record.amendments,
    )
    return result_sheet(catalog, outcome, meta=meta, region=region)
