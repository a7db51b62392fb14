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

import html
import io
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
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
    CondPageBreak,
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
PADDING = 3  # a table cell's left and right padding
WIDEST = 0.45  # no column is widened past this part of the table for one long word
FOLLOW_LINES = 3  # lines of a paragraph after a heading that must fit on the heading's page
HEADINGS = ("h1", "h2", "h3")


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
    # words are never broken across lines (no hyphenation, no splitting of a word too long for
    # its line: the Russian "not applicable" was printed cut in two); a column is widened for its longest word
    base = ParagraphStyle(
        "p", fontName=FONT, fontSize=9, leading=11.5, spaceAfter=3, splitLongWords=0, hyphenationLang=""
    )
    # a heading is not kept with the whole of what follows (reportlab's keepWithNext moved a
    # heading and its long table to the next page, leaving page 1 half empty, and kept nothing
    # with a <keep> block, stranding the heading): a CondPageBreak before it does that (_keep_headings)
    return {
        "h1": ParagraphStyle("h1", base, fontName=FONT_BOLD, fontSize=15, leading=18, spaceAfter=6),
        "h2": ParagraphStyle("h2", base, fontName=FONT_BOLD, fontSize=11.5, leading=14, spaceBefore=9, spaceAfter=4),
        "h3": ParagraphStyle("h3", base, fontName=FONT_BOLD, fontSize=9.5, leading=12, spaceBefore=5, spaceAfter=2),
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
    story = _plain_flowables(parent, width)
    if parent.tag == "sheet":
        story = _keep_the_closing_note(story)  # first: the headings are then kept with it too
    return _keep_headings(story, width)


def _plain_flowables(parent: ET.Element, width: float) -> list[Flowable]:
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
        elif tag == "keep":  # no CondPageBreak inside: a kept block moves as one anyway
            out.append(KeepTogether(_plain_flowables(el, width)))
        elif tag == "lines":
            out.append(_Lines(int(el.get("n", "2"))))
        elif tag == "spacer":
            out.append(Spacer(1, float(el.get("h", "6"))))
        elif tag == "pagebreak":
            out.append(PageBreak())
        else:
            raise ValueError(f"unknown sheet element <{tag}>")
    return out


def _heading(flowable: Flowable) -> bool:
    return isinstance(flowable, Paragraph) and flowable.style.name in HEADINGS


def _first_part(flowable: Flowable, width: float) -> float:
    """How much of a flowable must follow its heading on the same page: a table's header and
    first row, a paragraph's first lines, a kept block whole (it moves as one)."""
    if isinstance(flowable, KeepTogether):  # its own wrap needs a canvas: its parts' heights
        return float(min(sum(_height(f, width) for f in flowable._content), A4[1] / 2))
    height = _height(flowable, width)
    if isinstance(flowable, Table):
        rows = getattr(flowable, "_rowHeights", None) or [height]
        return float(sum(rows[: flowable.repeatRows + 1]))  # a row is not split across pages
    if isinstance(flowable, Paragraph):
        return float(min(height, FOLLOW_LINES * flowable.style.leading + flowable.style.spaceBefore))
    return height


def _height(flowable: Flowable, width: float) -> float:
    if isinstance(flowable, KeepTogether):
        return float(sum(_height(f, width) for f in flowable._content))
    _w, height = flowable.wrap(width, A4[1])
    return float(height) + float(flowable.getSpaceBefore()) + float(flowable.getSpaceAfter())


def _keep_headings(story: list[Flowable], width: float) -> list[Flowable]:
    """Before each run of headings, a CondPageBreak for the headings and the start of what
    follows them: a heading is never the last line of a page, and a long table or text after
    it starts on the heading's page rather than moving whole to the next one."""
    out: list[Flowable] = []
    index = 0
    while index < len(story):
        flowable = story[index]
        if not _heading(flowable):
            out.append(flowable)
            index += 1
            continue
        run = []
        while index < len(story) and _heading(story[index]):
            run.append(story[index])
            index += 1
        need = sum(_height(h, width) for h in run)
        if index < len(story):
            need += _first_part(story[index], width)
        out.append(CondPageBreak(need))
        out.extend(run)
    return out


def _words(markup: str) -> list[str]:
    """The words of a cell's markup, without its tags (what must never be broken)."""
    text = html.unescape(re.sub(r"<br\s*/?>", " ", re.sub(r"<(?!br)[^>]*>", "", markup)))
    return text.split()


def _column_widths(el: ET.Element, widths: list[float]) -> list[float]:
    """The template's widths, each column widened (the others narrowed) to hold its longest
    word on one line; words are measured in bold, the wider face."""
    need = [n + 1 for n in _longest_words(el, len(widths))]
    total = sum(widths)
    need = [min(n, total * WIDEST) for n in need]
    short = sum(max(n - w, 0.0) for n, w in zip(need, widths, strict=True))
    if short <= 0:
        return widths
    slack = [max(w - n, 0.0) for n, w in zip(need, widths, strict=True)]
    room = sum(slack)
    if room <= 0:
        return widths
    take = min(short, room)  # what the other columns can give, shared as each has room
    return [
        w + (n - w) * take / short if n > w else w - take * s / room
        for n, w, s in zip(need, widths, slack, strict=True)
    ]


def _longest_words(el: ET.Element, columns: int) -> list[float]:
    """The width of each column's longest word (and the cell's padding); a row spanning the
    table is not a column's."""
    longest = [0.0] * columns
    for tr in el.findall("tr"):
        if tr.get("span") == "1":
            continue
        for column, td in enumerate(tr.findall("td")[:columns]):
            for word in _words(inner(td)):
                longest[column] = max(longest[column], pdfmetrics.stringWidth(word, FONT_BOLD, 8.0) + 2 * PADDING)
    return longest


def _keep_the_closing_note(story: list[Flowable]) -> list[Flowable]:
    """The sheet's closing note never stands alone on the last page: it is kept with what comes
    before it (the small print, and the last block or paragraph; a long table is left alone)."""
    if not story or not isinstance(story[-1], Paragraph) or story[-1].style.name != "note":
        return story
    start = len(story) - 1
    while start > 0:
        start -= 1
        before = story[start]
        small = isinstance(before, Paragraph) and before.style.name == "small"
        if isinstance(before, Spacer) or small:
            continue
        if isinstance(before, Table) and _height(before, A4[0] - 2 * MARGIN) > A4[1] / 3:
            start += 1
        break
    while start > 0 and _heading(story[start - 1]):  # and the headings over that
        start -= 1
    # one level of blocks: a KeepTogether inside another measures as infinitely tall (its wrap
    # forces a split), which sent the whole group to a page of its own
    return [*story[:start], KeepTogether(list(_flat(story[start:])))]


def _flat(story: list[Flowable]) -> Iterator[Flowable]:
    for flowable in story:
        if isinstance(flowable, KeepTogether):
            yield from _flat(flowable._content)
        else:
            yield flowable


def _table(el: ET.Element, width: float) -> Table:
    styles = _styles()
    fractions = [float(f) for f in el.get("widths", "1").split(",")]
    widths = _column_widths(el, [width * f / sum(fractions) for f in fractions])
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
    # a word longer than its column can be made (a long address): broken there, as a last resort
    breakable = [n > w for n, w in zip(_longest_words(el, len(widths)), widths, strict=True)]
    for index, tr in enumerate(el.findall("tr")):
        strong = (header and index == 0) or tr.get("total") == "1"
        style = styles["th"] if strong else styles["td"]
        cells = tr.findall("td")
        splits = [i < len(breakable) and breakable[i] and tr.get("span") != "1" for i in range(len(cells))]
        cell_styles = [_breaking(style) if split else style for split in splits]
        rows.append([Paragraph(inner(td), cell_style) for td, cell_style in zip(cells, cell_styles, strict=True)])
        if strong:
            commands.append(("BACKGROUND", (0, index), (-1, index), LIGHT))
        if tr.get("span") == "1":
            commands.append(("SPAN", (0, index), (-1, index)))
    table = Table(rows, colWidths=widths, repeatRows=1 if header else 0, hAlign="LEFT")
    table.setStyle(TableStyle(commands))
    return table


def _breaking(style: ParagraphStyle) -> ParagraphStyle:
    return ParagraphStyle(style.name + "-breaking", style, splitLongWords=1)


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
