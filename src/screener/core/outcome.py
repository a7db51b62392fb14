"""The outcome of one screening: everything any view shows, computed once.

From the catalog, a stored screening (or plain answers and a context) and the languages, the
outcome holds the interview state, the scores, the items at 2 or more with their meanings, the
trafficking types, the indicators per list, the recommended steps (with their reasons) merged
with the steps recorded, the rights to explain and the record's dates in one format. The result
screen, the PDF sheet, the export record, the training compare, the quick check's first actions
and the command line render it; none of them evaluates, scores or recommends on its own.

Instrument texts are given in the outcome's language and, for a bilingual sheet, a second one
(`Bi`). Unknown ids (an indicator list or step no longer installed) are kept and shown by id:
what was recorded is never dropped from a view.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from screener.core.dates import local_time
from screener.core.errors import Code
from screener.core.instrument.model import Form, Step
from screener.core.interview import Context, InterviewState, evaluate
from screener.core.next_steps import (
    Recommendation,
    circumstance_effects,
    circumstance_problems,
    placeholder_values,
    recommend,
    recorded,
    rights_to_explain,
)
from screener.core.problems import Problem
from screener.core.scoring import ScoreResult, score_state
from screener.core.store.records import Kind, Screening, Status, StepRecord
from screener.core.text import LANGUAGES, Text

if TYPE_CHECKING:  # the loader builds the catalog (and the quick check, which renders an outcome)
    from screener.core.instrument.loader import Catalog


@dataclass(frozen=True, slots=True)
class Bi:
    """A text in the outcome's language, and in the second language when there is one."""

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
class SectionRow:
    id: str
    title: Bi
    score: int
    max: int
    applicable: bool | None
    reason: str


@dataclass(frozen=True, slots=True)
class ItemRow:
    """An item scored 2 or more: what its score means, and the interviewer's note on it."""

    id: str
    points: int
    meaning: Bi
    note: str
    scripted: int | None = None  # the script's fixed score, where a written reason overrides it
    score_reason: str = ""  # that reason (issue 16: printed beside the item)


@dataclass(frozen=True, slots=True)
class IndicatorGroup:
    list_id: str
    title: Bi  # the list's id when the list is not installed
    items: tuple[Bi, ...]  # the ticked indicators in the list's order, then unknown ids


@dataclass(frozen=True, slots=True)
class StepRow:
    number: int
    id: str
    text: Bi
    reasons: tuple[str, ...]
    done: bool
    note: str
    kind: Literal["rule", "own", "kept"]  # recommended now / added by the interviewer / recorded, no longer recommended
    detail: Bi = Bi("")
    position: int = 0  # the record's position; a recommended step not yet recorded has its number
    own_text: str = ""  # the interviewer's own text (kind "own")


@dataclass(frozen=True, slots=True)
class StepWhy:
    """What a step's reasons say beside the reasons it shares with other steps."""

    own: tuple[str, ...]  # its own reasons, with any shared reason cut out of them
    shares: bool  # it has a shared reason too


@dataclass(frozen=True, slots=True)
class ReasonsOnce:
    """The steps' reasons with each reason given for several steps said once (issue 18: the
    first actions repeated one long reason under all six steps)."""

    shared: tuple[str, ...]  # the reasons of more than one step, most often given first
    numbers: tuple[tuple[int, ...], ...]  # for each shared reason, the numbers of its steps
    steps: Mapping[str, StepWhy]  # by step id

    def groups(self, steps: Sequence[StepRow]) -> tuple[tuple[tuple[int, ...], tuple[str, ...], bool], ...]:
        """The shared reasons by the steps they are for: (numbers, reasons, for every step)."""
        found: dict[tuple[int, ...], list[str]] = {}
        for reason, numbers in zip(self.shared, self.numbers, strict=True):
            found.setdefault(numbers, []).append(reason)
        every = len([s for s in steps if s.reasons])
        return tuple((numbers, tuple(reasons), len(numbers) == every) for numbers, reasons in found.items())


def reasons_once(steps: Sequence[StepRow]) -> ReasonsOnce:
    """Which reasons several steps share, and what is left to say under each step.

    A reason is shared when two or more steps give it; a step's reason that holds a shared one
    and more (the same rule's reason with the setting before it) keeps only the rest. Works on
    the reasons as rendered, so in any language."""
    given = list(dict.fromkeys(r for step in steps for r in step.reasons))
    # how many steps give each reason, whole or inside a longer one of theirs
    counts = {c: sum(any(c in r for r in step.reasons) for step in steps) for c in given}
    shared: list[str] = []
    for reason in sorted((r for r, n in counts.items() if n >= 2), key=lambda r: (-counts[r], len(r))):
        if not any(s in reason for s in shared):  # a longer reason holding one already taken
            shared.append(reason)
    shared.sort(key=given.index)  # said in the order the rules first give them
    numbers: list[list[int]] = [[] for _ in shared]
    whys: dict[str, StepWhy] = {}
    for step in steps:
        own: list[str] = []
        shares = False
        for reason in step.reasons:
            rest = reason
            for index, common in enumerate(shared):
                if common in rest:
                    rest = rest.replace(common, " ")
                    shares = True
                    if step.number not in numbers[index]:
                        numbers[index].append(step.number)
            rest = " ".join(rest.split()).strip(",;: ")
            if rest and rest not in own:
                own.append(rest)
        whys[step.id] = StepWhy(tuple(own), shares)
    return ReasonsOnce(tuple(shared), tuple(tuple(n) for n in numbers), whys)


@dataclass(frozen=True, slots=True)
class Rights:
    title: Bi
    text: Bi


@dataclass(frozen=True, slots=True)
class Record:
    """What the store says about the screening beside its answers (absent for plain answers)."""

    id: str
    kind: Kind
    status: Status
    case_code: str
    setting: str
    interviewer: str
    language: str
    age_band: str
    date: str  # when it was finalised (else created), local, DATE_FORMAT
    updated: str
    form_version: int
    form_differs: bool  # recorded with another version or content of the form than the one installed
    follows_quick: str = ""  # an interview after a quick check: when that check was recorded (issue 16)
    amendments: tuple[tuple[str, str], ...] = ()  # (when, local, DATE_FORMAT; the reason) of each amendment


@dataclass(frozen=True, slots=True)
class Outcome:
    language: str
    second_language: str
    form: Form
    state: InterviewState
    result: ScoreResult
    recommendations: tuple[Recommendation, ...]
    values: Mapping[str, Any]  # what the {placeholders} of reason texts stand for, in `language`
    sections: tuple[SectionRow, ...]
    items: tuple[ItemRow, ...]
    judgement: int | None
    judgement_question: Bi
    types: tuple[Bi, ...]
    types_chosen: tuple[str, ...]  # the option values (for the export)
    nonverbal: str
    indicators: tuple[IndicatorGroup, ...]
    steps: tuple[StepRow, ...]
    rights: tuple[Rights, ...]
    record: Record | None = None
    circumstances: tuple[Bi, ...] = ()  # what happened to the person, as recorded (issue 16)

    @property
    def warnings(self) -> tuple[Problem, ...]:
        return self.result.warnings

    def warning_lines(self, language: str | None = None) -> tuple[str, ...]:
        """The score warnings, one line each, their reasons' placeholders filled in."""
        return tuple(w.render(language or self.language, self.values) for w in self.result.warnings)

    @property
    def recommended_ids(self) -> tuple[str, ...]:
        return tuple(r.step.id for r in self.recommendations)

    @property
    def next_position(self) -> int:
        """Where an interviewer's new step goes: after every step shown."""
        return max((s.position for s in self.steps), default=0) + 1


def check_languages(language: str, second: str | None) -> str:
    """The second language, "" for none; ValueError for an unknown language."""
    for lang in (language, second):
        if lang is not None and lang not in LANGUAGES:
            raise ValueError(f"unknown language {lang!r}; expected one of {LANGUAGES}")
    return "" if second in (None, "", language) else str(second)


def outcome_of(
    catalog: Catalog, screening: Screening, *, language: str | None = None, second_language: str | None = None
) -> Outcome:
    """The outcome of a stored screening, in its own language unless another is asked for.

    KeyError when the screening's form is not installed.
    """
    form = catalog.form(screening.form_id)
    summary = screening.summary
    record = Record(
        id=summary.id,
        kind=summary.kind,
        status=summary.status,
        case_code=summary.case_code,
        setting=summary.setting,
        interviewer=summary.interviewer,
        language=summary.language,
        age_band=screening.age_band,
        date=local_time(screening.finalised_at or summary.created_at),
        updated=local_time(summary.updated_at),
        form_version=screening.form_version,
        form_differs=form.version != screening.form_version or form.content_hash != screening.form_hash,
        follows_quick=local_time(screening.quick_at) if screening.quick_at else "",
        amendments=tuple((local_time(a.at), a.reason) for a in screening.amendments),
    )
    return outcome_of_state(
        catalog,
        evaluate(form, screening.answers, screening.context()),
        language=language or summary.language,
        second_language=second_language,
        steps=screening.steps,
        notes=screening.notes,
        record=record,
    )


def outcome_of_answers(
    catalog: Catalog, form: Form, answers: Mapping[str, Any], context: Context, *, language: str
) -> Outcome:
    """The outcome of answers given to a form in a context, with no record (training, the quick check)."""
    return outcome_of_state(catalog, evaluate(form, answers, context), language=language)


def outcome_of_state(
    catalog: Catalog,
    state: InterviewState,
    *,
    language: str,
    second_language: str | None = None,
    steps: Sequence[StepRecord] = (),
    notes: Mapping[str, str] | None = None,
    record: Record | None = None,
) -> Outcome:
    """The outcome of an evaluated interview (what the answer checks of the command line give)."""
    second = check_languages(language, second_language)
    form, context = state.form, state.context
    result = score_state(state)
    recommendations = recommend(catalog.next_steps, state, result)
    values = placeholder_values(state, result, catalog.lists, language)
    roles, answers = form.roles, state.answers
    notes = notes or {}
    judgement = answers.get(roles.judgement) if roles.judgement else None
    judgement_item = form.role_item("judgement")
    types_item = form.role_item("types")
    chosen = answers.get(types_item.id) if types_item else None
    overrides = {  # scores other than the script's that count, with their written reasons
        str(w.item): (int(w.params["scripted"]), str(w.params["reason"]))
        for w in result.warnings
        if w.code == Code.WARN_004 and w.item is not None
    }
    return Outcome(
        language=language,
        second_language=second,
        form=form,
        state=state,
        result=result,
        recommendations=recommendations,
        values=values,
        sections=_section_rows(result, values, language, lambda s: Bi.of(form.section(s).title, language, second)),
        items=tuple(
            ItemRow(
                item_id,
                points,
                _meaning(state, item_id, points, language, second),
                notes.get(item_id, ""),
                *overrides.get(item_id, (None, "")),
            )
            for item_id, points in result.items_at_2_or_more
        ),
        judgement=judgement if isinstance(judgement, int) and not isinstance(judgement, bool) else None,
        judgement_question=Bi.of(judgement_item.question, language, second) if judgement_item else Bi(""),
        types=_types(state, language, second),
        types_chosen=tuple(c for c in chosen if isinstance(c, str)) if isinstance(chosen, (list, tuple)) else (),
        nonverbal=str(answers.get(roles.nonverbal) or "").strip() if roles.nonverbal else "",
        indicators=_indicators(catalog, context, language, second),
        steps=_steps(catalog, recommendations, steps, values, language, second),
        rights=tuple(
            Rights(Bi.of(s.text, language, second), Bi.of(s.detail, language, second))
            for s in rights_to_explain(catalog.next_steps, state, result)
        ),
        record=record,
        circumstances=tuple(Bi.of(c.label, language, second) for c in recorded(catalog.next_steps, context)),
    )


def _section_rows(
    result: ScoreResult, values: Mapping[str, Any], language: str, title: Callable[[str], Bi]
) -> tuple[SectionRow, ...]:
    """Each section's score, with its reason in `language` and its title as `title(section id)` gives it."""
    return tuple(
        SectionRow(
            id=s.id,
            title=title(s.id),
            score=s.score,
            max=s.max,
            applicable=s.applicable,
            reason="" if s.reason is None else s.reason.format(language, **values),
        )
        for s in result.sections
    )


def _meaning(state: InterviewState, item_id: str, points: int, language: str, second: str) -> Bi:
    """The evidence label and scale word of an evidence item, or the question asked and the option chosen."""
    form = state.form
    item = form.items[item_id]
    if item.type == "evidence":
        label = Bi.of(item.evidence_label, language, second) if item.evidence_label else Bi(item_id)
        if points < len(form.evidence_scale):
            scale = Bi.of(form.evidence_scale[points], language, second)
            return Bi(f"{label.main} ({scale.main})", f"{label.alt} ({scale.alt})" if label.alt else "")
        return label
    option = item.option(str(state.item(item_id).value))
    prompt = Bi(item.prompt(language), item.prompt(second) if second else "")  # the question, not the section's title
    if option is None:
        return prompt
    chosen = Bi.of(option.label, language, second)
    return Bi(f"{prompt.main} {chosen.main}", f"{prompt.alt} {chosen.alt}" if prompt.alt else "")


def _types(state: InterviewState, language: str, second: str) -> tuple[Bi, ...]:
    item = state.form.role_item("types")
    if item is None:
        return ()
    answers = state.answers
    out = []
    for chosen in answers.get(item.id) or ():
        option = item.option(chosen)
        if option is None:
            out.append(Bi(str(chosen)))
            continue
        label = Bi.of(option.label, language, second)
        other = answers.get(f"{item.id}.{chosen}")
        if option.takes_text and other:
            label = Bi(f"{label.main}: {other}", f"{label.alt}: {other}" if label.alt else "")
        out.append(label)
    return tuple(out)


def _indicators(catalog: Catalog, context: Context, language: str, second: str) -> tuple[IndicatorGroup, ...]:
    """Ticked indicators per list, in the catalog's order; lists and ids it does not know, by id, last."""
    found = {k: v for k, v in context.indicators.items() if v}
    known = {lst.id: lst for lst in catalog.lists}
    groups = []
    for lst in catalog.lists:
        if lst.id in found:
            ticked = set(found[lst.id])
            texts = [Bi.of(i.text, language, second) for i in lst.items if i.id in ticked]
            texts += [Bi(i) for i in sorted(ticked - {i.id for i in lst.items})]
            groups.append(IndicatorGroup(lst.id, Bi.of(lst.title, language, second), tuple(texts)))
    for list_id in sorted(k for k in found if k not in known):
        groups.append(IndicatorGroup(list_id, Bi(list_id), tuple(Bi(i) for i in sorted(set(found[list_id])))))
    return tuple(groups)


def _steps(  # noqa: PLR0917
    catalog: Catalog,
    recommendations: Sequence[Recommendation],
    records: Sequence[StepRecord],
    values: Mapping[str, Any],
    language: str,
    second: str,
) -> tuple[StepRow, ...]:
    """The recommended steps in the rules' order, then the others the record holds (by position)."""
    recorded = {r.step_id: r for r in records}
    rows = []
    for number, rec in enumerate(recommendations, 1):
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
                detail=Bi.of(rec.step.detail, language, second),
                position=number,
            )
        )
    shown = {r.step.id for r in recommendations}
    rules: dict[str, Step] = {s.id: s for s in catalog.next_steps.steps}
    others = sorted((r for r in records if r.step_id not in shown), key=lambda r: r.position)
    for number, record in enumerate(others, len(rows) + 1):
        rule = rules.get(record.step_id)
        kind: Literal["own", "kept"] = "own" if record.added_by_interviewer else "kept"
        if kind == "own":
            text, own = Bi(record.text or record.step_id), record.text
        else:  # a step of the rules, recorded, no longer recommended (by id if the rules lost it)
            text, own = (Bi.of(rule.text, language, second) if rule else Bi(record.step_id)), ""
        rows.append(
            StepRow(
                number=number,
                id=record.step_id,
                text=text,
                reasons=(),
                done=record.done,
                note=record.note,
                kind=kind,
                position=record.position,
                own_text=own,
            )
        )
    return tuple(rows)


# -- while the interview runs ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LiveWarning:
    item: str | None
    code: Code
    text: str  # the message in the screen's language, its reason's placeholders filled in


@dataclass(frozen=True, slots=True)
class LiveEffect:
    step: str  # the step a recorded circumstance brings, in the interview's language
    why: str


@dataclass(frozen=True, slots=True)
class Live:
    """What the interview screen shows as answers come in: the score panel, the warnings beside
    the items and what the recorded circumstances bring. The score is the one the store's
    autosave computed (or computed here when there is none); the screen lays this out and
    computes nothing of its own."""

    result: ScoreResult
    sections: tuple[SectionRow, ...]  # titles in the interview's language, reasons in the screen's
    missing: int
    warnings: tuple[LiveWarning, ...]
    effects: tuple[LiveEffect, ...]
    effect_problems: tuple[str, ...]

    def warnings_for(self, item_id: str) -> tuple[LiveWarning, ...]:
        return tuple(w for w in self.warnings if w.item == item_id)


def live_outcome(
    catalog: Catalog,
    state: InterviewState,
    *,
    language: str,
    interview_language: str,
    result: ScoreResult | None = None,
) -> Live:
    """The live outcome of an interview being answered (`result`: the store's score of `state`)."""
    check_languages(language, interview_language)
    result = result if result is not None else score_state(state)
    form = state.form
    values = placeholder_values(state, result, catalog.lists, language)
    said = (
        values
        if interview_language == language
        else placeholder_values(state, result, catalog.lists, interview_language)
    )
    rules = catalog.next_steps
    return Live(
        result=result,
        sections=_section_rows(result, values, language, lambda s: Bi(form.section(s).title.get(interview_language))),
        missing=len(state.missing()),
        warnings=tuple(LiveWarning(w.item, w.code, w.message(language, values)) for w in result.warnings),
        effects=tuple(
            LiveEffect(e.step.text.get(interview_language), e.because.format(interview_language, **said))
            for e in circumstance_effects(rules, state, result)
        ),
        effect_problems=tuple(p.message(interview_language) for p in circumstance_problems(rules, state)),
    )
