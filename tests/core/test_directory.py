"""The directory of hotlines and organisations (forms/directory.yaml) against seed 002.

DI001: every entry's city, organisation, phones, faxes and e-mails are in the seed, character
       for character (wrapped lines joined), at the entry's line; every hotline number at its line.
DI002: regions and groups named by the entries exist; a region selects its entries.
"""

from __future__ import annotations

import pytest

from screener.core.instrument.loader import load_directory
from tests.conftest import SEEDS
from tests.core.test_shipped_files import seed_lines

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
CARD = "002_9bf87a3ebda28deb.txt"


def near(name: str, line: int, after: int = 6) -> str:
    """The seed's lines from `line` on, joined by single spaces (no other change)."""
    lines = [row.strip() for row in seed_lines(name)[line - 1 : line - 1 + after] if row.strip()]
    return " ".join(lines)


@needs_seeds
def test_di001_entries_are_as_printed(catalog):
    directory = catalog.directory
    assert directory is not None and len(directory.entries) == 20
    missing = []
    for entry in directory.entries:
        text = near(CARD, entry.line)
        for field in (entry.city, entry.organisation, *entry.phones, *entry.faxes, *entry.emails, entry.area or ""):
            if field not in text:
                missing.append(f"{entry.id} (line {entry.line}): {field}")
    assert missing == []


@needs_seeds
def test_di001_hotlines_are_as_printed(catalog):
    for hotline in catalog.directory.hotlines:
        name = hotline.source.file if hotline.source else CARD
        assert hotline.number in near(name, hotline.line, 2), hotline.id


@needs_seeds
def test_di001_the_check_can_fail(catalog):
    entry = catalog.directory.entries[0]
    assert entry.phones[0] in near(CARD, entry.line)
    assert entry.phones[0].replace("376", "377") not in near(CARD, entry.line)


def test_di002_regions_and_selection(catalog):
    directory = catalog.directory
    regions = {r.id for r in directory.regions}
    assert all(e.region in regions and set(e.also_serves) <= regions for e in directory.entries)
    assert [e.id for e in directory.entries_for("akmola")] == ["astana_korgau"]
    astana = [e.id for e in directory.entries_for("astana")]
    assert astana == ["astana_korgau", "astana_pravo_komek", "astana_kadir_kasiet"]
    assert directory.entries_for(None) == directory.entries
    assert {h.number for h in directory.hotlines} >= {"11616", "102", "103"}


def test_di002_unknown_region_is_located(tmp_path, catalog):
    text = catalog.directory.path.read_text(encoding="utf-8").replace("region: aktobe", "region: aktobee", 1)
    broken = tmp_path / "directory.yaml"
    broken.write_text(text, encoding="utf-8")
    from screener.core.problems import InstrumentError  # noqa: PLC0415

    with pytest.raises(InstrumentError) as caught:
        load_directory(broken)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "region: aktobee" in row)
    assert [(p.code, p.line) for p in caught.value.problems] == [("FORM_120", line)]
