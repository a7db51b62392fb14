"""What the printed sheets say, as plain data in the sheet's language (and an optional second one).

`result_sheet` takes a screening that is already evaluated (form, interview state, score result,
the recorded steps with their ticks and notes, the item notes and the header fields), so the app
(a stored screening) and the command line (an answers file) print the same sheet.
`blank_sheet` is the paper form, from the same form YAML, for when no laptop is at hand.

Every text here comes from the instrument files or translations/messages.yaml; the sheet's own
wording (headings, captions) lives in the templates.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screener.core.instrument.loader import Catalog
from screener.core.instrument.model import HOME_COUNTRY, SETTINGS, Directory, End, Form, Item, Probe
from screener.core.interview import InterviewState
from screener.core.messages import message
from screener.core.next_steps import placeholder_values, recommend
from screener.core.scoring import ScoreResult
from screener.core.store.records import StepRecord
from screener.core.text import LANGUAGES, Text

VICTIM_RIGHTS = "explain_victim_rights"
MIGRANT_RIGHTS = "explain_migrant_rights"


@dataclass(frozen=True, slots=True)
class Bi:
    """A text in the sheet's language, and in the second language when the sheet has one."""

    main: str
    alt: str = ""

    @classmethod
    def of(cls, text: Text | None, language: str, second: str | None) -> Bi:
        if text is None:
            return cls("")
        main = text.get(language)
        alt = text.get(second) if second else ""
        return cls(main, "" if alt == main else alt)

    def __bool__(self) -> bool:
        return bool(self.main)


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
    seal: str = ""  # the store's audit seal when printed ("entries-hash"), for `screener store check --against`


@dataclass(frozen=True, slots=True)
class SectionRow:
    id: str
    title: Bi
    score: int
    max: int
    applicable: bool | None
    reason: str


@dataclass(frozen=True, slots=True)
class ItemRow:
    id: str
    points: int
    meaning: Bi
    note: str


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    title: Bi
    items: tuple[Bi, ...]


@dataclass(frozen=True, slots=True)
class StepRow:
    number: int
    id: str
    text: Bi
    reasons: tuple[str, ...]
    done: bool
    note: str
    kind: str  # "rule": recommended now; "own": added by the interviewer; "kept": recorded, no longer recommended


@dataclass(frozen=True, slots=True)
class Rights:
    title: Bi
    text: Bi


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


def check_languages(language: str, second: str | None) -> str:
    """The second language, "" for none; ValueError for an unknown language."""
    for lang in (language, second):
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    return "" if second in (None, "", language) else str(second)


def result_sheet(
    catalog: Catalog,
    state: InterviewState,
    result: ScoreResult,
    *,
    meta: SheetMeta,
    language: str,
    second_language: str | None = None,
    steps: Sequence[StepRecord] = (),
    notes: Mapping[str, str] | None = None,
    region: str | None = None,
) -> ResultSheet:
    """The result sheet of one evaluated screening. `region` None prints the whole directory."""
    second = check_languages(language, second_language)
    form, answers = state.form, state.answers
    values = placeholder_values(state, result, catalog.lists, language)
    sections = tuple(
        SectionRow(
            id=s.id,
            title=Bi.of(form.section(s.id).title, language, second),
            score=s.score,
            max=s.max,
            applicable=s.applicable,
            reason="" if s.reason is None else s.reason.format(language, **values),
        )
        for s in result.sections
    )
    rules = tuple(Bi.of(s.rule, language, second) for s in form.scored_sections if s.rule is not None)
    notes = notes or {}
    items = tuple(
        ItemRow(item_id, points, _meaning(form, state, item_id, points, language, second), notes.get(item_id, ""))
        for item_id, points in result.items_at_2_or_more
    )
    judgement = answers.get("judgement")
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
        sections=sections,
        total=result.total,
        max=result.max,
        complete=result.complete,
        missing=result.missing,
        warnings=tuple(w.render(language) for w in result.warnings),
        section_rules=rules,
        items=items,
        judgement=judgement if isinstance(judgement, int) else None,
        judgement_question=Bi.of(form.items["judgement"].question, language, second)
        if "judgement" in form.items
        else Bi(""),
        types=_types(form, answers, language, second),
        nonverbal=str(answers.get("nonverbal") or "").strip(),
        indicators=_indicators(catalog, state, language, second),
        steps=_steps(catalog, state, result, steps, values, language, second),
        rights=_rights(catalog, answers, language, second),
        directory=directory_part(catalog.directory, region, language, second),
    )


def _meaning(form: Form, state: InterviewState, item_id: str, points: int, language: str, second: str) -> Bi:  # noqa: PLR0917
    """The evidence label and scale word of an evidence item, or the chosen option."""
    item = form.items[item_id]
    if item.type == "evidence":
        label = Bi.of(item.evidence_label, language, second) if item.evidence_label else Bi(item_id)
        if points < len(form.evidence_scale):
            scale = Bi.of(form.evidence_scale[points], language, second)
            return Bi(f"{label.main} ({scale.main})", f"{label.alt} ({scale.alt})" if label.alt else "")
        return label
    option = item.option(str(state.item(item_id).value))
    prompt = Bi(item.prompt(language), item.prompt(second) if second else "")  # the question asked
    if option is None:
        return prompt
    chosen = Bi.of(option.label, language, second)
    return Bi(f"{prompt.main} {chosen.main}", f"{prompt.alt} {chosen.alt}" if prompt.alt else "")


def _types(form: Form, answers: Mapping[str, Any], language: str, second: str) -> tuple[Bi, ...]:
    item = form.items.get("types")
    out = []
    for chosen in answers.get("types") or ():
        option = item.option(chosen) if item else None
        if option is None:
            out.append(Bi(str(chosen)))
            continue
        label = Bi.of(option.label, language, second)
        other = answers.get(f"types.{chosen}")
        if option.takes_text and other:
            label = Bi(f"{label.main}: {other}", f"{label.alt}: {other}" if label.alt else "")
        out.append(label)
    return tuple(out)


def _indicators(catalog: Catalog, state: InterviewState, language: str, second: str) -> tuple[IndicatorGroup, ...]:
    found = {k: v for k, v in state.context.indicators.items() if v}
    groups = []
    for lst in catalog.lists:
        if lst.id not in found:
            continue
        ticked = set(found[lst.id])
        texts = tuple(Bi.of(i.text, language, second) for i in lst.items if i.id in ticked)
        groups.append(IndicatorGroup(Bi.of(lst.title, language, second), texts))
    return tuple(groups)


def _steps(  # noqa: PLR0917
    catalog: Catalog,
    state: InterviewState,
    result: ScoreResult,
    records: Sequence[StepRecord],
    values: Mapping[str, Any],
    language: str,
    second: str,
) -> tuple[StepRow, ...]:
    """The recommended steps in the rules' order, then the others the record holds."""
    recorded = {r.step_id: r for r in records}
    rows = []
    recommended = recommend(catalog.next_steps, state, result)
    for number, rec in enumerate(recommended, 1):
        record = recorded.get(rec.step.id)
        rows.append(
            StepRow(
                number=number,
                id=rec.step.id,
                text=Bi.of(rec.step.text, language, second),
                reasons=tuple(rec.render_reasons(language, values)),
                done=bool(record and record.done),
                note=record.note if record else "",
                kind="rule",
            )
        )
    shown = {r.step.id for r in recommended}
    rules = {s.id: s for s in catalog.next_steps.steps}
    others = sorted((r for r in records if r.step_id not in shown), key=lambda r: r.position)
    for number, record in enumerate(others, len(rows) + 1):
        rule = rules.get(record.step_id)
        if record.added_by_interviewer or rule is None:
            text, kind = Bi(record.text or record.step_id), "own"
        else:
            text, kind = Bi.of(rule.text, language, second), "kept"
        rows.append(StepRow(number, record.step_id, text, (), record.done, record.note, kind))
    return tuple(rows)


def non_citizen(answers: Mapping[str, Any]) -> bool:
    a5 = answers.get("A5")
    return isinstance(a5, str) and a5 != HOME_COUNTRY


def _rights(catalog: Catalog, answers: Mapping[str, Any], language: str, second: str) -> tuple[Rights, ...]:
    """The victim's rights always; a migrant victim's rights when the respondent is not a citizen."""
    wanted = [VICTIM_RIGHTS] + ([MIGRANT_RIGHTS] if non_citizen(answers) else [])
    rules = {s.id: s for s in catalog.next_steps.steps}
    return tuple(
        Rights(Bi.of(rules[i].text, language, second), Bi.of(rules[i].detail, language, second))
        for i in wanted
        if i in rules
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
