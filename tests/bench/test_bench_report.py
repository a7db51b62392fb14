"""`make bench`: one result sheet (PDF), against a minimal one-page reportlab document.

The sheet: the README's example screening (a non-citizen minor at the border, all regions of
the directory), from evaluated data to PDF bytes: content, Jinja2 templates, reportlab layout
with the embedded font. The bare document: one page, one line of text in the same font, in the
same run. Fonts are registered once per process, before either is timed.
Target (issue 5): one sheet under 300 ms.
"""

from __future__ import annotations

import io
import time

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from screener.core.answers import parse_context
from screener.core.instrument.loader import load_catalog
from screener.core.interview import evaluate
from screener.core.outcome import outcome_of_state
from screener.core.report.layout import FONT, register_fonts
from screener.core.report.pdf import blank_pdf, result_pdf
from screener.core.report.sheet import SheetMeta, blank_sheet, result_sheet
from tests.core.test_report import EXAMPLE

TARGET = 0.300


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def report(line: str) -> None:
    print("BENCH " + line)


def minimal_document() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    canvas.setFont(FONT, 10)
    canvas.drawString(72, 760, "Скрининг нәтижесі / Screening result")
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def test_bench_result_sheet():
    catalog = load_catalog()
    register_fonts()
    context, _problems = parse_context({"setting": "border", **EXAMPLE["context"]}, catalog.lists)
    meta = SheetMeta(case_code="B-1", setting="border", interviewer="Officer 7", printed_at="2025-01-02 10:00")

    def sheet(language: str) -> bytes:
        state = evaluate(catalog.default_form, EXAMPLE["answers"], context)
        outcome = outcome_of_state(catalog, state, language=language)
        return result_pdf(result_sheet(catalog, outcome, meta=meta))

    bare = best_of(10, minimal_document)
    report(f"minimal one-page reportlab document, same font: {bare * 1000:.1f} ms")
    for language in ("kk", "ru", "en"):
        data = sheet(language)  # templates compiled, glyph tables warm
        took = best_of(5, lambda language=language: sheet(language))
        pages = len(PdfReader(io.BytesIO(data)).pages)
        report(
            f"result sheet {language}: {took * 1000:.0f} ms = {took / bare:.0f}x minimal; "
            f"{pages} pages, {len(data) // 1024} KB"
        )
        assert took < TARGET
    blank = blank_pdf(blank_sheet(catalog, catalog.default_form, language="kk"))
    took = best_of(3, lambda: blank_pdf(blank_sheet(catalog, catalog.default_form, language="kk")))
    pages = len(PdfReader(io.BytesIO(blank)).pages)
    report(f"blank form kk: {took * 1000:.0f} ms; {pages} pages, {len(blank) // 1024} KB")
