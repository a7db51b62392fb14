"""`screener central report`: a PDF of bar charts (by region, setting, month, and the indicators
ticked most), each with its table, every count suppressed as the statistics are (stats.py).

Charts are reportlab's own graphics, in the DejaVu Sans of the result sheet (core/report/). A
hidden count ("<11") has no bar: its place is kept and labelled, so nothing can be measured off
the page. Groups whose count is hidden come after the shown ones, by id, so their order says
nothing of their size either.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import partial
from xml.sax.saxutils import escape

from babel.numbers import format_decimal
from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from sqlalchemy import Engine

from screener.core.central.stats import Period, Stats, StatsRow, stats_of
from screener.core.central.suppression import DEFAULT_K
from screener.core.instrument.loader import Catalog
from screener.core.messages import message
from screener.core.regions import region_name
from screener.core.report.layout import FONT, FONT_BOLD, register_fonts

SECTIONS = ("region", "setting", "month", "indicator")
TOP_INDICATORS = 15
BAR = colors.HexColor("#4a6fa5")
GREY = colors.HexColor("#555555")
WIDTH = A4[0] - 30 * mm


@dataclass(frozen=True, slots=True)
class Report:
    sections: dict[str, Stats]
    total: int | None
    k: int
    period: Period


def gather(engine: Engine, k: int = DEFAULT_K, period: Period | None = None) -> Report:
    period = period or Period()
    sections = stats_of(engine, SECTIONS, k, period)
    return Report(sections, sections["region"].total, k, period)


def render(report: Report, catalog: Catalog, language: str) -> bytes:
    register_fonts()
    styles = _styles()
    names = _namer(catalog, language)
    hidden = f"<{report.k}"
    story: list[Flowable] = [
        Paragraph(escape(message("report.title", language)), styles["h1"]),
        Paragraph(escape(_period_text(report.period, language)), styles["p"]),
        Paragraph(
            escape(
                message(
                    "report.total", language, count=hidden if report.total is None else number(report.total, language)
                )
            ),
            styles["p"],
        ),
        Paragraph(escape(message("central.hidden_legend", language, hidden=hidden)), styles["small"]),
        Paragraph(escape(message("report.not_a_decision", language)), styles["small"]),
        Spacer(1, 4 * mm),
    ]
    for index, (by, table) in enumerate(report.sections.items()):
        rows = _ordered(by, table.rows)
        if by == "indicator":
            rows = rows[:TOP_INDICATORS]
        heading = message(f"report.by.{by}", language, top=TOP_INDICATORS)
        block: list[Flowable] = [Paragraph(escape(heading), styles["h2"])]
        if not rows:
            block.append(Paragraph(escape(message("report.empty", language)), styles["p"]))
        else:
            block.append(_chart(rows, partial(names, by), hidden, language))
            block.append(Spacer(1, 3 * mm))
        story.append(KeepTogether(block))
        if rows:
            story.append(_table(by, rows, partial(names, by), hidden=hidden, language=language, styles=styles))
        if index < len(report.sections) - 1:
            story.append(PageBreak())
    out = io.BytesIO()
    title = message("report.title", language)
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm, title=title)
    doc.build(story)
    return out.getvalue()


def _ordered(by: str, rows: list[StatsRow]) -> list[StatsRow]:
    """Months in order; otherwise shown groups by size, then hidden ones by id."""
    if by == "month":
        return sorted(rows, key=lambda r: r.group)
    shown = sorted((r for r in rows if r.screenings is not None), key=lambda r: (-(r.screenings or 0), r.group))
    return shown + sorted((r for r in rows if r.screenings is None), key=lambda r: r.group)


def number(value: float, language: str, decimals: int = 0) -> str:
    """A count or a mean as the language writes it (ru, kk: 1 000 000 and 15,9; en: 1,000,000 and 15.9)."""
    pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
    return format_decimal(value, format=pattern, locale=language)


def _chart(rows: list[StatsRow], name: Callable[[str], str], hidden: str, language: str) -> Drawing:
    bar_height = 13 if len(rows) <= 20 else 9
    label_width = 70 * mm
    height = len(rows) * bar_height + 24
    drawing = Drawing(WIDTH, height)
    chart = HorizontalBarChart()
    chart.x = label_width
    chart.y = 14
    chart.width = WIDTH - label_width - 40
    chart.height = len(rows) * bar_height
    values = [r.screenings or 0 for r in reversed(rows)]  # the first row on top
    chart.data = [values]
    chart.bars[0].fillColor = BAR
    chart.bars[0].strokeColor = None
    chart.categoryAxis.categoryNames = [_short(name(r.group), 42) for r in reversed(rows)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.dx = -3
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = max([*values, 1]) * 1.12
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = partial(number, language=language)
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#dddddd")
    chart.barLabelFormat = lambda v: number(v, language) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    drawing.add(chart)
    step = chart.height / len(rows)
    for position, row in enumerate(reversed(rows)):
        if row.screenings is None:  # no bar: the label says it is hidden
            y = chart.y + step * position + step / 2 - 2.5
            drawing.add(String(chart.x + 3, y, hidden, fontName=FONT_BOLD, fontSize=7, fillColor=GREY))
    return drawing


def _table(
    by: str,
    rows: list[StatsRow],
    name: Callable[[str], str],
    *,
    hidden: str,
    language: str,
    styles: dict[str, ParagraphStyle],
) -> Table:
    columns = ("screenings", "with_items_at_2", "judgement_2_3", "steps_done", "mean_total")
    head = [message(f"report.col.{by}", language), *(message(f"central.col.{c}", language) for c in columns)]
    body = [[Paragraph(escape(h), styles["th"]) for h in head]]
    for row in rows:
        cells = [getattr(row, c) for c in columns]
        shown = [hidden if v is None else number(v, language, 1 if isinstance(v, float) else 0) for v in cells]
        body.append([Paragraph(escape(name(row.group)), styles["td"]), *shown])
    widths = [WIDTH * 0.35, *([WIDTH * 0.13] * len(columns))]
    table = Table(body, colWidths=widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FONT, 7.5),
                ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LINEBELOW", (0, 0), (-1, 0), 0.6, GREY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f3f3f3")]),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
            ]
        )
    )
    return table


def _namer(catalog: Catalog, language: str) -> Callable[[str, str], str]:
    indicators = {i.id: i for lst in catalog.lists for i in lst.items}

    def name(by: str, group: str) -> str:
        if by == "region":
            return region_name(group, language)
        if by == "setting":
            return message(f"setting.{group}", language, default=group)
        if by == "indicator" and group in indicators:
            item = indicators[group]
            text = (item.short or item.text).get(language)
            return f"{group} {_short(text, 70)}"
        return group

    return name


def _short(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "\u2026"


def _period_text(period: Period, language: str) -> str:
    start = period.start or message("report.beginning", language)
    end = period.end or message("report.now", language)
    return message("report.period", language, start=start, end=end, today=date.today().isoformat())


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("p", fontName=FONT, fontSize=9.5, leading=12.5, spaceAfter=3)
    return {
        "p": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10.5, textColor=GREY),
        "h1": ParagraphStyle("h1", parent=base, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=6),
        "h2": ParagraphStyle("h2", parent=base, fontName=FONT_BOLD, fontSize=12, leading=15, spaceAfter=4),
        "th": ParagraphStyle("th", parent=base, fontName=FONT_BOLD, fontSize=7.5, leading=9),
        "td": ParagraphStyle("td", parent=base, fontSize=7.5, leading=9, spaceAfter=0),
    }
