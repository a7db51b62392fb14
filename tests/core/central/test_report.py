"""`screener central report`: charts and tables, every count suppressed, in the chosen language."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from screener.cli import main
from screener.core.central.importer import import_file
from screener.core.central.report import gather, render
from screener.core.central.stats import Period, stats
from screener.core.instrument.loader import load_catalog
from tests.core.central import synthetic
from tests.core.central.test_suppression import fixed_totals, population


def test_the_report_charts_every_section_with_small_counts_hidden(central, postgres_url, tmp_path, capsys):
    rows = list(synthetic.records(400, post=1)) + fixed_totals(list(population(2)))
    import_file(central, synthetic.write(tmp_path / "a.csv", rows))
    target = tmp_path / "r.pdf"
    assert main(["central", "report", "--db", postgres_url, "--out", str(target), "--lang", "ru"]) == 0
    assert "Отчёт записан" in capsys.readouterr().out
    reader = PdfReader(io.BytesIO(target.read_bytes()))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 4
    for heading in ("Скрининги по регионам", "по условиям", "по месяцам", "Чаще всего отмеченные индикаторы"):
        assert heading in text
    assert "<11" in text and "Акмолинская область" in text
    report = gather(central)
    for table in report.sections.values():  # what the charts and tables show
        for row in table.rows:
            for value in (row.screenings, row.with_items_at_2, row.judgement_2_3, row.steps_done):
                assert value is None or value == 0 or value >= 11
    assert (target.stat().st_mode & 0o777) == 0o600
    for by, table in report.sections.items():  # one pass for the report, the same as `stats` shows
        alone = stats(central, by)
        assert table.total == alone.total
        shown = {
            r.group: (r.screenings, r.with_items_at_2, r.judgement_2_3, r.steps_done, r.mean_total) for r in table.rows
        }
        assert shown == {
            r.group: (r.screenings, r.with_items_at_2, r.judgement_2_3, r.steps_done, r.mean_total) for r in alone.rows
        }


def test_a_period_narrows_the_report_and_a_bad_month_is_refused(central, postgres_url, tmp_path, capsys):
    rows = list(synthetic.records(500, post=2))
    import_file(central, synthetic.write(tmp_path / "a.csv", rows))
    inside = sum(1 for r in rows if "2025-03" <= r["month"] <= "2025-06")
    report = gather(central, period=Period("2025-03", "2025-06"))
    assert report.total == inside
    assert sorted(r.group for r in report.sections["month"].rows) == ["2025-03", "2025-04", "2025-05", "2025-06"]
    out = tmp_path / "r.pdf"
    assert main(["central", "report", "--db", postgres_url, "--out", str(out), "--from", "2025-13"]) == 2
    assert "2025-13 is not a month" in capsys.readouterr().err and not out.exists()
    assert main(["central", "report", "--db", postgres_url, "--out", str(out), "--k", "3"]) == 2


def test_numbers_are_written_as_the_report_language_writes_them(central, tmp_path):
    import_file(central, synthetic.write(tmp_path / "a.csv", list(synthetic.records(1200, post=3))))
    report = gather(central)
    catalog = load_catalog()
    texts = {}
    for language in ("ru", "en"):
        reader = PdfReader(io.BytesIO(render(report, catalog, language)))
        texts[language] = "\n".join(page.extract_text() for page in reader.pages)
    # ru: a (no-break) space groups, a comma is decimal; pypdf gives the no-break space as a space
    assert re.search("1[ \xa0]200", texts["ru"]) and "1,200" not in texts["ru"]
    assert "1,200" in texts["en"]
    mean = next(r.mean_total for r in report.sections["region"].rows if r.mean_total is not None)
    assert f"{mean:.1f}".replace(".", ",") in texts["ru"] and f"{mean:.1f}" in texts["en"]
