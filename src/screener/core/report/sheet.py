"""What the printed sheets say, as plain data in the sheet's language (and an optional second one).

`result_sheet` lays out the outcome of a screening (core/outcome.py: scores, items, types,
indicators, steps, rights) with the header fields and the directory, so the app (a stored
screening) and the command line (an answers file) print the same sheet; it computes nothing.
`blank_sheet` is the paper form, from the same form YAML, for when no laptop is at hand.

Every text here comes from the instrument files or translations/messages.yaml; the sheet's own
wording (headings, captions) lives in the templates.
"""

from __future__ import annotations

from dataclasses import dataclass

from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import SETTINGS, Directory, End, Form, Item, Probe
from screener.core.messages import message
from screener.core.outcome import (  # the rows the templates lay out
    Bi,
    IndicatorGroup,
    ItemRow,
    Outcome,
    ReasonsOnce,
    Rights,
    SectionRow,
    StepRow,
    check_languages,
    reasons_once,
)
from screener.core.text import Text

__all__ = ["Bi", "IndicatorGroup", "ItemRow", "Rights", "SectionRow", "StepRow", "check_languages"]


@dataclass(frozen=True, slots=True)
class SheetMeta:
    """The header fields that are not in the answers."""

    case_code: str = ""
    date: str = ""  # when the screening was recorded (finalised), as it is to be printed
    setting: str = "other"
    interviewer: str = ""
    status: str = ""  # draft / finalised / amended; "" when printed from a file
    printed_at: str = ""
    app_version: str = ""
    form_hash_differs: bool = False  # recorded with another version of the form than the one installed
    follows_quick: str = ""  # when the quick check this interview follows was recorded, as printed
    amendments: tuple[tuple[str, str], ...] = ()  # (when, the reason) of each change after finalising
    seal: str = ""  # the store's audit seal when printed ("entries-hash"), for `screener store check --against`


@dataclass(frozen=True, slots=True)
class HotlineRow:
    number: str
    name: Bi
    when: Bi
    website: str


@dataclass(frozen=True, slots=True)
class EntryRow:
    number: int  # the entry's number on the card
    city: str
    area: str
    organisation: str
    organisation_en: str  # only on a sheet in English (main or second language)
    phones: tuple[str, ...]
    faxes: tuple[str, ...]
    emails: tuple[str, ...]
    as_printed: bool  # the card has an obvious print error here, kept as printed


@dataclass(frozen=True, slots=True)
class RegionBlock:
    name: Bi
    entries: tuple[EntryRow, ...]


@dataclass(frozen=True, slots=True)
class DirectoryPart:
    title: Bi
    source_note: Bi
    region: Bi  # empty: all regions
    hotlines: tuple[HotlineRow, ...]
    regions: tuple[RegionBlock, ...]


@dataclass(frozen=True, slots=True)
class ResultSheet:
    language: str
    second_language: str
    meta: SheetMeta
    setting: Bi
    form_title: Bi
    form_id: str
    form_version: int
    sections: tuple[SectionRow, ...]
    total: int
    max: int
    complete: bool
    missing: tuple[str, ...]
    warnings: tuple[str, ...]
    section_rules: tuple[Bi, ...]
    items: tuple[ItemRow, ...]
    judgement: int | None
    judgement_question: Bi
    types: tuple[Bi, ...]
    nonverbal: str
    indicators: tuple[IndicatorGroup, ...]
    steps: tuple[StepRow, ...]
    rights: tuple[Rights, ...]
    directory: DirectoryPart | None
    circumstances: tuple[Bi, ...] = ()  # what happened to the person, as recorded
    reasons: ReasonsOnce | None = None  # the steps' reasons, each said once (issue 18)


def result_sheet(catalog: Catalog, outcome: Outcome, *, meta: SheetMeta, region: str | None = None) -> ResultSheet:
    """The result sheet of one screening's outcome. `region` None prints the whole directory."""
    language, second = outcome.language, outcome.second_language
    form, result = outcome.form, outcome.result
    return ResultSheet(
        language=language,
        second_language=second,
        meta=meta,
        setting=Bi(
            message(f"setting.{meta.setting}", language, default=meta.setting),
            message(f"setting.{meta.setting}", second, default="") if second else "",
        ),
        form_title=Bi.of(form.title, language, second),
        form_id=form.id,
        form_version=form.version,
        sections=outcome.sections,
        total=result.total,
        max=result.max,
        complete=result.complete,
        missing=result.missing,
        warnings=outcome.warning_lines(),
        section_rules=tuple(Bi.of(s.rule, language, second) for s in form.scored_sections if s.rule is not None),
        items=outcome.items,
        judgement=outcome.judgement,
        judgement_question=outcome.judgement_question,
        types=outcome.types,
        nonverbal=outcome.nonverbal,
        indicators=outcome.indicators,
        steps=outcome.steps,
        rights=outcome.rights,
        directory=directory_part(catalog.directory, region, language, second),
        circumstances=outcome.circumstances,
        reasons=reasons_once(outcome.steps),
    )


def directory_part(directory: Directory | None, region: str | None, language: str, second: str) -> DirectoryPart | None:
    """Hotlines and the organisations of one region (KeyError for an unknown one), or of all regions."""
    if directory is None:
        return None
    regions = directory.regions if region is None else (directory.region(region),)
    numbers = {e.id: n for n, e in enumerate(directory.entries, 1)}
    english = "en" in (language, second)
    blocks = []
    for reg in regions:
        if region is None:  # each entry once, under the region where it sits
            entries = tuple(e for e in directory.entries if e.region == reg.id)
        else:
            entries = directory.entries_for(reg.id)
        if not entries:
            continue
        rows = tuple(
            EntryRow(
                number=numbers[e.id],
                city=e.city,
                area=e.area or "",
                organisation=e.organisation,
                organisation_en=(e.organisation_en or "") if english else "",
                phones=e.phones,
                faxes=e.faxes,
                emails=e.emails,
                as_printed=e.print_error is not None,
            )
            for e in entries
        )
        blocks.append(RegionBlock(Bi.of(reg.name, language, second), rows))
    return DirectoryPart(
        title=Bi.of(directory.title, language, second),
        source_note=Bi.of(directory.source_note, language, second),
        region=Bi("") if region is None else Bi.of(directory.region(region).name, language, second),
        hotlines=tuple(
            HotlineRow(h.number, Bi.of(h.name, language, second), Bi.of(h.when, language, second), h.website or "")
            for h in directory.hotlines
        ),
        regions=tuple(blocks),
    )


# -- the blank form ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BranchLine:
    """One line of an item's scripted branch: a question asked, or where an answer leads."""

    depth: int
    answer: str  # "" for a question; "yes" / "no" for where that answer leads
    text: Bi
    score: int | None = None
    indicative: bool = False


@dataclass(frozen=True, slots=True)
class BlankItem:
    id: str
    type: str
    question: Bi
    applicability: Bi
    branch: tuple[BranchLine, ...]
    notes: Bi
    evidence_label: Bi
    options: tuple[Bi, ...]
    follow_ups: tuple[Bi, ...]
    scored: bool
    unit: Bi


@dataclass(frozen=True, slots=True)
class BlankSection:
    id: str
    title: Bi
    instruction: Bi
    rule: Bi
    max: int
    scored: bool
    conclusion: bool
    scripts: tuple[tuple[Bi, Bi], ...]  # (title, text) read aloud before the section
    items: tuple[BlankItem, ...]


@dataclass(frozen=True, slots=True)
class BlankSheet:
    language: str
    second_language: str
    form_title: Bi
    form_id: str
    form_version: int
    app_version: str
    instructions: tuple[Bi, ...]
    evidence_scale: tuple[Bi, ...]
    sections: tuple[BlankSection, ...]
    settings: tuple[Bi, ...]
    directory: DirectoryPart | None


def blank_sheet(
    catalog: Catalog,
    form: Form,
    *,
    language: str,
    second_language: str | None = None,
    app_version: str = "",
    region: str | None = None,
) -> BlankSheet:
    second = check_languages(language, second_language)

    def bi(text: Text | None) -> Bi:
        return Bi.of(text, language, second)

    sections = []
    for section in form.sections:
        scripts = tuple((bi(s.title), bi(s.text)) for s in form.scripts if s.before == section.id)
        items = tuple(_blank_item(item, language, second) for item in section.items)
        sections.append(
            BlankSection(
                id=section.id,
                title=bi(section.title),
                instruction=bi(section.instruction),
                rule=bi(section.rule),
                max=section.max,
                scored=section.scored,
                conclusion=section.conclusion,
                scripts=scripts,
                items=items,
            )
        )
    return BlankSheet(
        language=language,
        second_language=second,
        form_title=bi(form.title),
        form_id=form.id,
        form_version=form.version,
        app_version=app_version,
        instructions=tuple(bi(i.text) for i in form.instructions),
        evidence_scale=tuple(bi(t) for t in form.evidence_scale),
        sections=tuple(sections),
        settings=tuple(
            Bi(message(f"setting.{s}", language), message(f"setting.{s}", second) if second else "") for s in SETTINGS
        ),
        directory=directory_part(catalog.directory, region, language, second),
    )


def _blank_item(item: Item, language: str, second: str) -> BlankItem:
    def bi(text: Text | None) -> Bi:
        return Bi.of(text, language, second)

    branch: list[BranchLine] = []
    if item.root is not None:
        _walk(item.root, 0, branch, language, second, root=True)
    return BlankItem(
        id=item.id,
        type=item.type,
        question=bi(item.question),
        applicability=bi(item.applicability),
        branch=tuple(branch),
        notes=bi(item.interviewer_notes),
        evidence_label=bi(item.evidence_label),
        options=tuple(bi(o.label) for o in item.options),
        follow_ups=tuple(bi(o.follow_up) for o in item.options if o.follow_up is not None),
        scored=item.scored,
        unit=bi(item.unit),
    )


def _walk(node: Probe | End, depth: int, out: list[BranchLine], language: str, second: str, *, root: bool) -> None:
    if isinstance(node, End):
        return
    if not root:
        out.append(BranchLine(depth, "", Bi.of(node.ask, language, second)))
    for answer, child in (("yes", node.yes), ("no", node.no)):
        if isinstance(child, End):
            out.append(BranchLine(depth, answer, Bi.of(child.explain, language, second), child.score, child.indicative))
        else:
            out.append(BranchLine(depth, answer, Bi("")))
            _walk(child, depth + 1, out, language, second, root=False)
