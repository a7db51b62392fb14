"""Make the PDFs and write them: one path for the app (a stored screening) and the command line."""

from __future__ import annotations

from datetime import datetime

from screener.core.instrument.loader import Catalog
from screener.core.interview import evaluate
from screener.core.report.layout import render_pdf
from screener.core.report.render import markup
from screener.core.report.sheet import BlankSheet, ResultSheet, SheetMeta, result_sheet
from screener.core.scoring import score_state
from screener.core.store.records import Screening


def result_pdf(sheet: ResultSheet) -> bytes:
    return render_pdf(markup("result.xml.j2", sheet=sheet))


def blank_pdf(sheet: BlankSheet) -> bytes:
    return render_pdf(markup("blank.xml.j2", sheet=sheet))


def local_time(iso: str | None) -> str:
    """A stored UTC time as local 'YYYY-MM-DD HH:MM' (the same in every language)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


def now() -> str:
    return datetime.now().astimezone().strftime("%Y-%m-%d %H:%M")


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
    form = catalog.form(screening.form_id)
    state = evaluate(form, screening.answers, screening.context())
    summary = screening.summary
    meta = SheetMeta(
        case_code=summary.case_code,
        date=local_time(screening.finalised_at or summary.created_at),
        setting=summary.setting,
        interviewer=summary.interviewer,
        status=summary.status,
        printed_at=now(),
        app_version=app_version,
        seal=seal,
        form_hash_differs=form.version != screening.form_version or form.content_hash != screening.form_hash,
    )
    return result_sheet(
        catalog,
        state,
        score_state(state),
        meta=meta,
        language=language or summary.language,
        second_language=second_language,
        steps=screening.steps,
        notes=screening.notes,
        region=region,
    )
