"""The printed sheets: generated for the example screenings in each language, read back.

RP001: the result sheet of every keyed training case and the example answers, in kk, ru and en:
       its text (pypdf) has the total, each section score, every recommended step's text, the
       hotlines, the support note and the page numbers; Kazakh letters round-trip.
RP002: page 1 renders (pypdfium2) to a page that is not blank; the PNGs go to the test's own
       folder, or to SCREENER_SHOTS when it is set (to look at them).
RP003: the bilingual sheet carries both languages; a region prints only its organisations.
RP004: the blank form has every item id and empty score boxes, in each language.
RP005: user text is never markup; the file is written atomically with mode 0600.
"""

from __future__ import annotations

import errno
import io
import os
import re
import stat
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from pypdf import PdfReader

from screener.core.answers import parse_context
from screener.core.files import write_private
from screener.core.interview import evaluate
from screener.core.next_steps import recommend
from screener.core.outcome import outcome_of_state
from screener.core.report.pdf import blank_pdf, result_pdf
from screener.core.report.sheet import SheetMeta, blank_sheet, result_sheet
from screener.core.scoring import score_state
from screener.core.store.errors import WriteFailed
from tests.samples import BORDER_MINOR

KAZAKH = "әғқңөұүһі ӘҒҚҢӨҰҮҺІ"
EXAMPLE = {  # the README's example: a non-citizen minor at the border
    "setting": "border",
    "context": {"indicators": {"sop_border": ["sop_border.01", "sop_border.07"]}},
    "answers": {**BORDER_MINOR, "judgement": 2, "types": ["labour"]},
}
LANGUAGES = ("kk", "ru", "en")


def screenings(catalog):
    found = {"example": EXAMPLE}
    for source in catalog.documents.get("case", ()):
        if "screening" in source.data:
            found[source.data["id"]] = source.data["screening"]
    return found


def evaluated(catalog, key):
    context, problems = parse_context({"setting": key["setting"], **key.get("context", {})}, catalog.lists)
    assert problems == []
    state = evaluate(catalog.default_form, key["answers"], context)
    return state, score_state(state)


def text_of(pdf: bytes) -> tuple[str, int]:
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", text), len(reader.pages)


def flat(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def sheet_pdf(catalog, key, language, **kwargs):
    state, result = evaluated(catalog, key)
    meta = SheetMeta(
        case_code="T-1", setting=key["setting"], interviewer=f"Officer {KAZAKH}", printed_at="2025-01-02 10:00"
    )
    region = kwargs.pop("region", None)
    outcome = outcome_of_state(catalog, state, language=language, notes={"B4": "passport taken"}, **kwargs)
    sheet = result_sheet(catalog, outcome, meta=meta, region=region)
    return state, result, result_pdf(sheet)


def save_png(folder: Path, pdf: bytes, name: str, page: int = 0):
    image = pdfium.PdfDocument(pdf)[page].render(scale=1.5).to_pil()
    image.save(folder / f"report_{name}.png")
    return image


@pytest.mark.parametrize("language", LANGUAGES)
def test_rp001_result_sheets_read_back(catalog, language):
    for name, key in screenings(catalog).items():
        state, result, pdf = sheet_pdf(catalog, key, language)
        text, pages = text_of(pdf)
        assert f"{result.total} / {result.max}" in text, name
        for section in result.sections:
            if section.applicable is True:
                assert f"{section.score} / {section.max}" in text, (name, section.id)
        for rec in recommend(catalog.next_steps, state, result):
            assert flat(rec.step.text.get(language))[:40] in text, (name, rec.step.id)
        for number in ("11616", "102", "103", "+7 (7172) 72 01 11"):
            assert number in text, (name, number)
        assert f"{pages}" in text and pages >= 2
        directory = catalog.directory
        assert flat(directory.entries[6].organisation) in text  # Kazakh names as printed, in every language
        assert KAZAKH in text, name  # every Kazakh letter, both cases, round-trips
        if language == "kk":
            assert all(letter in text.replace(KAZAKH, "") for letter in "әғқңөұүі"), name  # the sheet's own


@pytest.mark.parametrize("language", LANGUAGES)
def test_rp002_page_one_is_not_blank(catalog, shots, language):
    _state, _result, pdf = sheet_pdf(catalog, EXAMPLE, language)
    image = save_png(shots, pdf, f"result_{language}_p1").convert("L")
    histogram = image.histogram()
    dark = sum(histogram[:128])
    assert image.size[0] > 800 and 0.01 < dark / (image.size[0] * image.size[1]) < 0.5
    for page in range(1, len(pdfium.PdfDocument(pdf))):
        save_png(shots, pdf, f"result_{language}_p{page + 1}", page)


def test_rp002_a_blank_page_would_fail():
    from reportlab.pdfgen.canvas import Canvas  # noqa: PLC0415

    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.showPage()
    canvas.save()
    image = pdfium.PdfDocument(buffer.getvalue())[0].render(scale=1).to_pil().convert("L")
    assert sum(image.histogram()[:128]) == 0


def test_rp003_bilingual_and_region(catalog, shots):
    _state, _result, pdf = sheet_pdf(catalog, EXAMPLE, "kk", second_language="ru", region="aktobe")
    text, _pages = text_of(pdf)
    assert "Скрининг нәтижесі" in text and "Результат скрининга" in text
    assert "Раздел B включён" not in text or "B бөлімі енгізілді" in text
    assert "«Малика» дағдарыс орталығы" in text and "«Қорғау» жеке қоры" not in text
    save_png(shots, pdf, "result_kk_ru_p1")
    _state, _result, everything = sheet_pdf(catalog, EXAMPLE, "en")
    assert "«Қорғау» жеке қоры" in text_of(everything)[0]


@pytest.mark.parametrize("language", LANGUAGES)
def test_rp004_blank_form(catalog, shots, language):
    form = catalog.default_form
    pdf = blank_pdf(blank_sheet(catalog, form, language=language, app_version="test"))
    text, pages = text_of(pdf)
    for item_id in ("A1", "A5", "B1", "B4", "C1", "C4", "D3", "E1", "E2", "E3"):
        assert f"{item_id}." in text, item_id
    assert "☐ 0 ☐ 1 ☐ 2 ☐ 3" in text.replace("\u00a0", " ")
    assert "/ 39" in text and "/ 27" in text
    assert flat(form.items["B1"].question.get(language))[:40] in text
    assert pages >= 4
    save_png(shots, pdf, f"blank_{language}_p1")
    save_png(shots, pdf, f"blank_{language}_p2", 1)


def test_rp005_user_text_is_not_markup(catalog):
    key = {**EXAMPLE, "answers": {**EXAMPLE["answers"], "types": ["other"], "types.other": "<b>x</b> & </td>"}}
    _state, _result, pdf = sheet_pdf(catalog, key, "en")
    assert "<b>x</b> & </td>" in text_of(pdf)[0]


def test_rp005_written_atomically_and_private(tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    os.chmod(target, 0o644)
    write_private(target, b"%PDF-new")
    assert target.read_bytes() == b"%PDF-new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]
    with pytest.raises(WriteFailed):
        write_private(tmp_path / "absent" / "x.pdf", b"x")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.pdf"]


def test_rp006_full_disk_leaves_the_old_file_whole(small_disk):
    """No space left: the error is raised, the sheet saved before is untouched, no part file stays."""
    target = small_disk / "sheet.pdf"
    write_private(target, b"%PDF-old")
    with pytest.raises(WriteFailed) as info:
        write_private(target, b"%PDF-" + os.urandom(4 * 1024 * 1024))  # more than the 3 MB disk
    assert isinstance(info.value.__cause__, OSError)
    assert info.value.__cause__.errno == errno.ENOSPC
    assert target.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in small_disk.iterdir()) == ["sheet.pdf"]
