"""Lay out a sheet's markup as an A4 portrait PDF with reportlab (platypus).

The templates write a small XML vocabulary; this module only knows how to draw it:

    <sheet title=".." footer=".." pages="..{page}..{pages}.." running="..">  the document
    <h1> <h2> <h3> <p> <small> <note> <li depth="1">                   paragraphs
    <table widths="0.2,0.8" header="1"> <tr total="1"> <td> .. </td> </tr> </table>
    <keep> .. </keep>   kept on one page        <lines n="3"/>   ruled lines to write on
    <spacer h="6"/>     <pagebreak/>

Paragraph content is reportlab's inline markup (<b>, <br/>, <font size= color=>). Only the
fonts shipped in fonts/ are used (DejaVu Sans: Kazakh, Russian and Latin), never the system's.
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
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

FONTS = Path(__file__).resolve().parent / "fonts"
FONT = "ScreenerSans"
FONT_BOLD = "ScreenerSans-Bold"
MARGIN = 15 * mm
GREY = colors.HexColor("#555555")
LIGHT = colors.HexColor("#eeeeee")
LINE = colors.HexColor("#999999")


@cache
def register_fonts() -> str:
    """Embed DejaVu Sans (regular and bold) once per process; returns the family name."""
    from reportlab.lib.fonts import addMapping  # noqa: PLC0415 (with the fonts only)

    pdfmetrics.registerFont(TTFont(FONT, str(FONTS / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(FONTS / "DejaVuSans-Bold.ttf")))
    # no italic is shipped: <i> falls back to the upright faces
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)
    return FONT


@cache
def _styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    base = ParagraphStyle("p", fontName=FONT, fontSize=9, leading=11.5, spaceAfter=3)
    return {
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=15, leading=18, spaceAfter=6),
        "h2": ParagraphStyle(
            "h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=4, keepWithNext=1
        ),
        "h3": ParagraphStyle(
            "h3", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2, keepWithNext=1
        ),
        "p": base,
        "small": ParagraphStyle("small", base, fontSize=7.5, leading=9.5, textColor=GREY),
        "note": ParagraphStyle(
            "note",
            base,
            fontName=FONT_BOLD,
            borderColor=LINE,
            borderWidth=0.6,
            borderPadding=5,
            backColor=LIGHT,
            spaceBefore=6,
            spaceAfter=9,
        ),
        "li": ParagraphStyle("li", base, leftIndent=10, bulletIndent=2, spaceAfter=1.5, bulletFontName=FONT),
        "td": ParagraphStyle("td", base, fontSize=8, leading=10, spaceAfter=0),
        "th": ParagraphStyle("th", base, fontName=FONT_BOLD, fontSize=8, leading=10, spaceAfter=0),
        "right": ParagraphStyle("right", base, fontSize=7, leading=9, alignment=TA_RIGHT, textColor=GREY),
    }


def inner(element: ET.Element) -> str:
    """The element's content as paragraph markup (text escaped again, tags kept)."""
    parts = [escape(element.text or "")]
    for child in element:
        parts.append(ET.tostring(child, encoding="unicode"))
    return "".join(parts).strip()


def _flowables(parent: ET.Element, width: float) -> list[Flowable]:
    styles = _styles()
    out: list[Flowable] = []
    for el in parent:
        tag = el.tag
        if tag in ("h1", "h2", "h3", "p", "small", "note"):
            out.append(Paragraph(inner(el), styles[tag]))
        elif tag == "li":
            depth = int(el.get("depth", "0"))
            style = ParagraphStyle(f"li{depth}", styles["li"], leftIndent=10 + 12 * depth, bulletIndent=2 + 12 * depth)
            out.append(Paragraph(inner(el), style, bulletText=el.get("bullet", "\u2022")))
        elif tag == "table":
            out.append(_table(el, width))
        elif tag == "keep":
            out.append(KeepTogether(_flowables(el, width)))
        elif tag == "lines":
            out.append(_Lines(int(el.get("n", "2"))))
        elif tag == "spacer":
            out.append(Spacer(1, float(el.get("h", "6"))))
        elif tag == "pagebreak":
            out.append(PageBreak())
        else:
            raise ValueError(f"unknown sheet element <{tag}>")
    return out


def _table(el: ET.Element, width: float) -> Table:
    styles = _styles()
    fractions = [float(f) for f in el.get("widths", "1").split(",")]
    widths = [width * f / sum(fractions) for f in fractions]
    header = el.get("header") == "1"
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("GRID", (0, 0), (-1, -1), 0.4, LINE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if el.get("grid") == "0":
        commands[1] = ("LINEBELOW", (0, 0), (-1, -1), 0.3, LIGHT)
    for index, tr in enumerate(el.findall("tr")):
        strong = (header and index == 0) or tr.get("total") == "1"
        style = styles["th"] if strong else styles["td"]
        rows.append([Paragraph(inner(td), style) for td in tr.findall("td")])
        if strong:
            commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
        if tr.get("span") == "1":
            commands.append(("SPAN", (0, index), (-1, index)))
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


class _Lines(Flowable):
    """Ruled lines to write an answer on by hand."""

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count
        self.gap = 7 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: ARG002
        self.width = availWidth
        return availWidth, self.count * self.gap

    def draw(self) -> None:
        self.canv.setStrokeColor(LINE)
        self.canv.setLineWidth(0.4)
        for n in range(self.count):
            self.canv.line(0, n * self.gap, self.width, n * self.gap)


def _canvas_class(footer: str, pages: str, running: str) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        """Holds every page back until the end, so each can say 'page x of y'."""

        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                self._decorate(number, total)
                super().showPage()
            super().save()

        def _decorate(self, number: int, total: int) -> None:
            width, _height = A4
            self.setFont(FONT, 7)
            self.setFillColor(GREY)
            self.setStrokeColor(LINE)
            self.setLineWidth(0.4)
            self.line(MARGIN, 12 * mm, width - MARGIN, 12 * mm)
            numbering = pages.format(page=number, pages=total)
            room = width - 2 * MARGIN - pdfmetrics.stringWidth(numbering, FONT, 7) - 6 * mm
            size = 7.0
            while size > 4.5 and pdfmetrics.stringWidth(footer, FONT_BOLD, size) > room:
                size -= 0.25  # a long footer (Russian) gets smaller rather than run into the page number
            self.setFont(FONT_BOLD, size)
            self.drawString(MARGIN, 8.5 * mm, footer)
            self.setFont(FONT, 7)
            self.drawRightString(width - MARGIN, 8.5 * mm, numbering)
            if running:
                self.drawRightString(width - MARGIN, A4[1] - 9 * mm, running)

    return NumberedCanvas


def render_pdf(markup: str) -> bytes:
    """The PDF of a sheet's markup."""
    root = ET.fromstring(markup)
    if root.tag != "sheet":
        raise ValueError("a sheet's markup starts with <sheet>")
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN + 5 * mm,
        title=root.get("title", ""),
        author="Screener",
        creator="Screener",
        subject=root.get("title", ""),
        invariant=1,  # the same sheet gives the same bytes (no time stamp or random id in the file)
    )
    story = _flowables(root, doc.width)
    canvas = _canvas_class(root.get("footer", ""), root.get("pages", "{page} / {pages}"), root.get("running", ""))
    doc.build(story, canvasmaker=canvas)
    return buffer.getvalue()
