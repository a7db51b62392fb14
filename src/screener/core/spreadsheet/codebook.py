"""The codebook: what every column and every id in an export or a statistics table means, in
Kazakh, Russian and English, with the source line it comes from.

Ids come from the installed instrument (forms, indicator lists, next steps) and from the fixed
vocabularies of the export (regions with their ISO 3166-2 codes, settings, kinds, age bands).
Where a column matches a variable of the Counter-Trafficking Data Collaborative's Global Dataset
(its codebook), that name is given, so the data can be set beside CTDC's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from screener.core.central.checks import age_band_ids
from screener.core.export.record import COLUMNS, KINDS
from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import SETTINGS
from screener.core.messages import message
from screener.core.referrals import Outcome, RefState
from screener.core.regions import ISO_3166_2, REGIONS, UNKNOWN
from screener.core.text import LANGUAGES, Text

HEADER = ("kind", "id", "kk", "ru", "en", "source", "line", "ctdc", "htcds")
# CTDC Global Dataset variables (CTDC codebook) that hold the same thing, where one does
CTDC = {"age_band": "ageBroad", "month": "yearOfRegistration (the year)", "types": "typeOfExploitConcatenated"}
# IOM Human Trafficking Case Data Standard v2 fields that hold the same thing, where one does; a
# decision maps to TraffickingStatus: identified = ActualVictimOfTrafficking, not_identified =
# NotAVictimOfTrafficking, pending = PossibleVictimOfTrafficking
HTCDS = {"decision": "TraffickingStatus", "types": "TypeOfExploitation"}
HTCDS_DECISION = {
    "identified": "ActualVictimOfTrafficking",
    "not_identified": "NotAVictimOfTrafficking",
    "pending": "PossibleVictimOfTrafficking",
}


@dataclass(frozen=True, slots=True)
class Entry:
    kind: str  # column, region, setting, ...
    id: str
    texts: tuple[str, str, str]  # kk, ru, en
    source: str = ""
    line: str = ""
    ctdc: str = ""
    htcds: str = ""

    def cells(self) -> tuple[str, ...]:
        return (self.kind, self.id, *self.texts, self.source, self.line, self.ctdc, self.htcds)


def _messages(key: str, default: str = "") -> tuple[str, str, str]:
    kk, ru, en = (message(key, lang, default=default) for lang in LANGUAGES)
    return kk, ru, en


def column_entries(columns: Iterable[str] = COLUMNS, prefix: str = "codebook.column") -> Iterator[Entry]:
    for column in columns:
        yield Entry(
            "column", column, _messages(f"{prefix}.{column}"), ctdc=CTDC.get(column, ""), htcds=HTCDS.get(column, "")
        )


def vocabulary_entries(catalog: Catalog) -> Iterator[Entry]:
    """The fixed ids of an export: regions (with ISO 3166-2), settings, kinds, age bands."""
    for region in (*REGIONS, UNKNOWN):
        code = ISO_3166_2.get(region, "")
        yield Entry("region", region, _messages(f"region.{region}", region), f"ISO 3166-2: {code}" if code else "")
    for setting in SETTINGS:
        yield Entry("setting", setting, _messages(f"setting.{setting}", setting))
    for kind in KINDS:
        yield Entry("kind", kind, _messages(f"codebook.kind.{kind}"))
    for band in dict.fromkeys(b for form in catalog.forms for b in age_band_ids(form.roles)):
        yield Entry("age_band", band, _messages(f"codebook.age_band.{band}", band))
    for outcome in Outcome:
        texts = _messages(f"decision.{outcome}")
        yield Entry("decision", outcome, texts, htcds=f"TraffickingStatus = {HTCDS_DECISION[outcome]}")
    for state in RefState:
        yield Entry("referral_state", state, _messages(f"referral.state.{state}"))
    if catalog.referrals is not None:
        for name, entry_kind in (("purposes", "referral_purpose"), ("deciders", "decided_by")):
            for choice in catalog.referrals.choices(name):
                yield Entry(entry_kind, choice.id, _texts(choice.text), catalog.referrals.path.name)


def instrument_entries(catalog: Catalog) -> Iterator[Entry]:
    """Forms, sections, scored items, types, indicators and next steps, each with its source line."""
    for form in catalog.forms:
        yield Entry("form", form.id, _texts(form.title), form.source.file, form.source.lines)
        for section in form.scored_sections:
            line = str(section.line or "")
            yield Entry("section", f"{form.id}.{section.id}", _texts(section.title), form.source.file, line)
        for item in form.items.values():
            if item.scored:
                prompts = (item.prompt("kk"), item.prompt("ru"), item.prompt("en"))
                yield Entry("item", item.id, prompts, form.source.file, str(item.line))
        types = form.items.get(form.roles.types) if form.roles.types else None
        if types is not None:
            for option in types.options:
                yield Entry("type", str(option.value), _texts(option.label), form.source.file, str(types.line))
    for step in catalog.next_steps.steps:
        yield Entry("step", step.id, _texts(step.text), step.source.file, step.source.lines)
    for indicator_list in catalog.lists:
        for indicator in indicator_list.items:
            yield Entry(
                "indicator", indicator.id, _texts(indicator.text), indicator_list.source.file, str(indicator.line)
            )


def _texts(text: Text) -> tuple[str, str, str]:
    return text.kk, text.ru, text.en


def export_codebook(catalog: Catalog) -> list[Entry]:
    """Every column of an export and every id its cells can hold."""
    return [*column_entries(), *vocabulary_entries(catalog), *instrument_entries(catalog)]
