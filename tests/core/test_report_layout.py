"""The result sheet's layout, read back from the PDF (pypdf) as a reader meets it (issue 18):
no word is broken across lines ("не применяе-тся"), no heading is the last line of a page,
page 1 is not left half empty, and the last page holds more than the closing note.

The sheets: the example, a citizen and two keyed training cases, in kk, ru and en and
bilingual, with the whole directory and with one region's."""

from __future__ import annotations

import html
import io
import itertools
import re

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from screener.core.outcome import outcome_of_state
from screener.core.report.layout import render_pdf
from screener.core.report.render import markup
from screener.core.report.sheet import SheetMeta, result_sheet
from tests.core.test_report import EXAMPLE, evaluated, screenings

CITIZEN = {**EXAMPLE, "answers": {**EXAMPLE["answers"], "A5": "KZ", "A1": 30}}
SHEETS = [("kk", None), ("ru", None), ("en", None), ("kk", "ru"), ("ru", "kk"), ("en", "kk")]
WORD = re.compile(r"\w+")
DECORATION = 3  # the canvas draws the footer, the page number and the running head last


def sheet_markup(catalog, key, language, second, region) -> str:
    state, _result = evaluated(catalog, key)
    meta = SheetMeta(case_code="T-1", setting=key["setting"], interviewer="Officer", printed_at="2025-01-02 10:00")
    outcome = outcome_of_state(catalog, state, language=language, second_language=second, notes={"B4": "passport"})
    return markup("result.xml.j2", sheet=result_sheet(catalog, outcome, meta=meta, region=region))


def plain(text: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", text)).split())


def words_of(text: str) -> set[str]:
    return {word.lower() for word in WORD.findall(plain(text))}


def headings(text: str) -> set[str]:
    return {plain(body) for body in re.findall(r"<h[123]>(.*?)</h[123]>", text, flags=re.S)}


def broken_words(lines: list[str], words: set[str]) -> list[str]:
    """Lines that end in part of a word the next line finishes ("применяе" / "тся", with a
    hyphen or without): together the parts make a word of the sheet, and are not two words."""
    found = []
    for line, following in itertools.pairwise(lines):
        end = re.search(r"(\w+)(-?)\s*$", line)
        start = re.match(r"\s*(\w+)", following)
        if not end or not start:
            continue
        head, tail, hyphen = end.group(1).lower(), start.group(1).lower(), end.group(2)
        if head + tail not in words or (hyphen and f"{head}-{tail}" in words):
            continue
        if hyphen or not (head in words and tail in words):
            found.append(f"{line!r} / {following!r}")
    return found


def page_lines(pdf: bytes) -> list[list[str]]:
    pages = PdfReader(io.BytesIO(pdf)).pages
    return [[line for line in (page.extract_text() or "").splitlines() if line.strip()] for page in pages]


def content_bottom(pdf: bytes, page: int) -> float:
    """How far down the page its content reaches (0-1), above the footer."""
    image = pdfium.PdfDocument(pdf)[page].render(scale=0.5).to_pil().convert("L")
    width, height = image.size
    footer = int(height * (1 - 22 / 297))  # the footer's rule is 12 mm from the bottom of 297
    pixels = image.load()
    for y in range(footer - 1, 0, -1):
        if any(pixels[x, y] < 128 for x in range(0, width, 2)):
            return y / height
    return 0.0


def problems_of(text: str, pages: list[list[str]], bottom: float, where: str) -> list[str]:
    """What is wrong with a sheet (its markup) as printed: its pages' lines, and how far down
    page 1 its content reaches."""
    problems = []
    words, titles = words_of(text), headings(text)
    for number, lines in enumerate(pages, 1):
        problems += [f"{where} p{number}: a word broken: {b}" for b in broken_words(lines, words)]
        content = lines[:-DECORATION]
        last = " ".join(content[-1].split()) if content else ""
        if number < len(pages) and last and any(title.endswith(last) for title in titles):
            problems.append(f"{where} p{number}: ends with the heading {last!r}")
    if len(pages) > 1:
        if bottom < 0.8:
            problems.append(f"{where}: page 1 ends at {bottom:.0%} of the page")
        closing = words_of(re.findall(r"<note>(.*?)</note>", text, flags=re.S)[-1])
        others = [line for line in pages[-1][:-DECORATION] if not words_of(line) <= closing]
        if not others:
            problems.append(f"{where}: the last page holds only the closing note")
    return problems


@pytest.mark.parametrize(("language", "second"), SHEETS)
@pytest.mark.parametrize("region", [None, "mangystau"])
def test_sheet_layout(catalog, language, second, region):
    cases = {"example": EXAMPLE, "citizen": CITIZEN, **dict(list(screenings(catalog).items())[:2])}
    problems = []
    for name, key in cases.items():
        text = sheet_markup(catalog, key, language, second, region)
        where = f"{name} {language}{'+' + second if second else ''} {region or 'all regions'}"
        pdf = render_pdf(text)
        problems += problems_of(text, page_lines(pdf), content_bottom(pdf, 0), where)
    assert not problems, "\n".join(problems)


def test_the_checks_find_what_they_look_for():
    """Each check fails on the fault it is for (a sheet laid out as before issue 18)."""
    words = {"применяется", "не", "htiam", "14", "htiam-14"}
    assert broken_words(["Раздел B не применяе-", "тся"], words)
    assert broken_words(["не применяе", "тся"], words)
    assert not broken_words(["не", "применяется"], words)
    assert not broken_words(["HTIAM-", "14"], words)
    text = "<sheet><h2>Scores</h2><p>x</p><note>Keep it safe.</note></sheet>"
    pages = [["Scores", "footer", "Page 1 of 2", "running"], ["Keep it safe.", "footer", "Page 2 of 2", "running"]]
    found = problems_of(text, pages, 0.5, "fake")
    assert any("ends with the heading 'Scores'" in p for p in found), found
    assert any("page 1 ends at 50%" in p for p in found), found
    assert any("only the closing note" in p for p in found), found
    assert not problems_of(text, [["x", "Keep it safe.", "footer", "Page 1 of 1", "running"]], 0.3, "fine")


WHY = {  # the captions of the reasons said once above the steps table (wording_*.j2)
    "kk": ("Осы қадамдардың себебі", "{numbers}-қадамдардың себебі", "Себебі — кестенің үстінде."),
    "ru": ("Основание для этих шагов", "Основание для шагов {numbers}", "Основание — над таблицей."),
    "en": ("Why these steps", "Why steps {numbers}", "The reason above the table."),
}


@pytest.mark.parametrize(("language", "second"), [s for s in SHEETS if s[1]])
def test_a_bilingual_sheet_says_why_in_both_languages(catalog, language, second):
    """'Why these steps' (or 'Why steps 1, 3') and 'The reason above the table' in the sheet's
    second language too, as its other headings: they were in the main language only."""
    seen = 0
    for name, key in {"example": EXAMPLE, "citizen": CITIZEN, **screenings(catalog)}.items():
        state, _result = evaluated(catalog, key)
        outcome = outcome_of_state(catalog, state, language=language, second_language=second)
        sheet = result_sheet(catalog, outcome, meta=SheetMeta(case_code="T-1", setting=key["setting"]))
        printed = " ".join(" ".join(lines) for lines in page_lines(render_pdf(markup("result.xml.j2", sheet=sheet))))
        printed = " ".join(printed.split())
        for numbers, _reasons, everyone in sheet.reasons.groups(sheet.steps):
            joined = ", ".join(str(n) for n in numbers)
            for lang in (language, second):
                caption = WHY[lang][0] if everyone else WHY[lang][1].replace("{numbers}", joined)
                assert caption in printed, f"{name} {language}+{second}: no {caption!r}"
                seen += 1
        if any(why.shares and not why.own for why in sheet.reasons.steps.values()):
            for lang in (language, second):
                assert WHY[lang][2] in printed, f"{name} {language}+{second}: no {WHY[lang][2]!r}"
    assert seen, "no sheet with a reason said once: nothing was tested"
