"""Training mode: demonstration cases with their keys, and the knowledge test (pre/post).

Cases and the quiz are checked files (forms/training/); here they become typed models. A
case with a reference screening can be compared with what a room of trainees entered, item
by item, using the same engine as real screenings (interview, scoring, next steps).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from screener.core.answers import parse_context
from screener.core.errors import Code
from screener.core.instrument.loader import Catalog
from screener.core.instrument.source import Source
from screener.core.interview import Context, InterviewState
from screener.core.outcome import Outcome, outcome_of_answers
from screener.core.problems import InstrumentError, Problem
from screener.core.text import Text

AnswerSource = Literal["manual", "project"]


# -- cases -------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: Text
    line: int  # where the paragraph starts in the seed


@dataclass(frozen=True, slots=True)
class CaseQuestion:
    id: str
    prompt: Text
    answer_source: AnswerSource  # manual: the manual's model answer; project: our key
    model_answer: Text | None = None
    line: int | None = None
    answer_line: int | None = None


@dataclass(frozen=True, slots=True)
class CaseKey:
    """The reference screening of a case: always the project's, never the manual's."""

    setting: str
    context: Mapping[str, Any]  # as in the case file: age_band, flags, indicators
    answers: Mapping[str, Any]
    expected: Mapping[str, Any]
    note: Mapping[str, str]  # the reasoning, at least in English

    def raw_context(self) -> dict[str, Any]:
        return {"setting": self.setting, **self.context}

    def note_in(self, language: str) -> str:
        return self.note.get(language) or self.note["en"]


@dataclass(frozen=True, slots=True)
class Case:
    id: str
    module: int
    title: Text
    audience: tuple[str, ...]
    source_lines: str
    scenario: tuple[Paragraph, ...]
    questions: tuple[CaseQuestion, ...]
    key: CaseKey | None = None

    @property
    def keyed(self) -> bool:
        """Usable with the screening form: has a reference screening."""
        return self.key is not None

    @property
    def project_answers(self) -> tuple[str, ...]:
        """Ids of the answers that are the project's (the manual gives none for them)."""
        found = [q.id for q in self.questions if q.answer_source == "project"]
        if self.key is not None:
            found.append("screening")
        return tuple(found)


def _text(data: Mapping[str, str]) -> Text:
    return Text.from_dict(dict(data))


def case_from(source: Source) -> Case:
    data = source.data
    key = None
    if "screening" in data:
        raw = data["screening"]
        key = CaseKey(
            setting=raw["setting"],
            context=dict(raw.get("context", {})),
            answers=dict(raw["answers"]),
            expected=dict(raw["expected"]),
            note=dict(raw["key_note"]),
        )
    return Case(
        id=data["id"],
        module=int(data["module"]),
        title=_text(data["title"]),
        audience=tuple(data["audience"]),
        source_lines=str(data["source"]["lines"]),
        scenario=tuple(Paragraph(_text(p["text"]), int(p["line"])) for p in data["scenario"]),
        questions=tuple(
            CaseQuestion(
                id=q["id"],
                prompt=_text(q["prompt"]),
                answer_source=q["answer_source"],
                model_answer=_text(q["model_answer"]) if "model_answer" in q else None,
                line=q.get("line"),
                answer_line=q.get("answer_line"),
            )
            for q in data["questions"]
        ),
        key=key,
    )


def load_cases(catalog: Catalog) -> tuple[Case, ...]:
    """Every shipped case, by module and then id."""
    cases = [case_from(source) for source in catalog.documents.get("case", ())]
    return tuple(sorted(cases, key=lambda c: (c.module, c.id)))


def find_case(catalog: Catalog, case_id: str) -> Case:
    for case in load_cases(catalog):
        if case.id == case_id:
            return case
    raise KeyError(case_id)


def key_context(catalog: Catalog, key: CaseKey, language: str = "kk") -> Context:
    context, problems = parse_context({**key.raw_context(), "language": language}, catalog.lists)
    if problems:
        raise InstrumentError(problems)
    return context


# -- comparing a case's key with what the room entered ------------------------------------

Agreement = Literal["same", "differs", "not_entered", "not_in_key"]


@dataclass(frozen=True, slots=True)
class ItemComparison:
    item_id: str
    section_id: str
    reference: Any  # the key's answer (None: the key leaves it unanswered)
    entered: Any  # the room's answer (None: not entered)
    reference_points: int | None  # scored items: the points each side gives
    entered_points: int | None

    @property
    def agreement(self) -> Agreement:
        ref, got = self._compared()
        if ref is None and got is None:
            return "same"
        if got is None:
            return "not_entered"
        if ref is None:
            return "not_in_key"
        return "same" if ref == got else "differs"

    def _compared(self) -> tuple[Any, Any]:
        if self.reference_points is not None or self.entered_points is not None:
            return self.reference_points, self.entered_points
        return _comparable(self.reference), _comparable(self.entered)


def _comparable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return tuple(sorted(value))
    return value


@dataclass(frozen=True, slots=True)
class SectionComparison:
    section_id: str
    reference: int
    entered: int
    reference_applies: bool | None
    entered_applies: bool | None
    max: int


@dataclass(frozen=True, slots=True)
class CaseComparison:
    case_id: str
    items: tuple[ItemComparison, ...]
    sections: tuple[SectionComparison, ...]
    reference_total: tuple[int, int]  # (total, max)
    entered_total: tuple[int, int]
    reference_steps: tuple[str, ...]
    entered_steps: tuple[str, ...]
    reference_indicators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    entered_indicators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    @property
    def differing(self) -> tuple[str, ...]:
        return tuple(i.item_id for i in self.items if i.agreement in ("differs", "not_entered", "not_in_key"))

    @property
    def steps_only_in_key(self) -> tuple[str, ...]:
        return tuple(s for s in self.reference_steps if s not in self.entered_steps)

    @property
    def steps_only_entered(self) -> tuple[str, ...]:
        return tuple(s for s in self.entered_steps if s not in self.reference_steps)


# roles compared besides the scored items: age and citizenship decide what applies (the
# conclusion section, the interviewer's judgement, is compared whole)
_CONTEXT_ROLES = ("age", "citizenship")


def _compared_items(state: InterviewState) -> list[tuple[str, str]]:
    roles = state.form.roles
    context_items = {getattr(roles, role) for role in _CONTEXT_ROLES} - {None}
    out = []
    for section_state in state.sections:
        section = section_state.section
        for item_state in section_state.items:
            item = item_state.item
            if item.scored or item.id in context_items or section.conclusion:
                out.append((item.id, section.id))
    return out


def _points(outcome: Outcome, item_id: str) -> int | None:
    if not outcome.state.item(item_id).item.scored:
        return None
    return outcome.result.item_points.get(item_id)


def _outcome(catalog: Catalog, answers: Mapping[str, Any], context: Context) -> Outcome:
    # the comparison is of ids and scores: the outcome's texts are not shown, English will do
    return outcome_of_answers(catalog, catalog.default_form, answers, context, language="en")


def compare_case(
    catalog: Catalog, case: Case, entered: Mapping[str, Any], entered_context: Context | None = None
) -> CaseComparison:
    """The key's answers against the room's, item by item, with scores and next steps of each.

    `entered_context` is the room's screening context (its setting and ticked indicators);
    without one, the key's context is used so that only the answers differ.
    """
    if case.key is None:
        raise ValueError(f"case {case.id} has no reference screening")
    key_ctx = key_context(catalog, case.key)
    ref = _outcome(catalog, case.key.answers, key_ctx)
    got = _outcome(catalog, entered, entered_context or key_ctx)
    ref_result, got_result = ref.result, got.result
    items = tuple(
        ItemComparison(
            item_id=item_id,
            section_id=section_id,
            reference=ref.state.answers.get(item_id),
            entered=got.state.answers.get(item_id),
            reference_points=_points(ref, item_id),
            entered_points=_points(got, item_id),
        )
        for item_id, section_id in _compared_items(ref.state)
    )
    sections = tuple(
        SectionComparison(
            section_id=ref.id,
            reference=ref.score,
            entered=got_result.section(ref.id).score,
            reference_applies=ref.applicable,
            entered_applies=got_result.section(ref.id).applicable,
            max=ref.max,
        )
        for ref in ref_result.sections
    )
    return CaseComparison(
        case_id=case.id,
        items=items,
        sections=sections,
        reference_total=(ref_result.total, ref_result.max),
        entered_total=(got_result.total, got_result.max),
        reference_steps=ref.recommended_ids,
        entered_steps=got.recommended_ids,
        reference_indicators=dict(key_ctx.indicators),
        entered_indicators=dict((entered_context or key_ctx).indicators),
    )


def check_key(catalog: Catalog, case: Case) -> list[str]:
    """Where a case's written expectations differ from what the engine gives (empty: none)."""
    if case.key is None:
        return []
    outcome = _outcome(catalog, case.key.answers, key_context(catalog, case.key))
    result = outcome.result
    expected = case.key.expected
    found = []
    for section_id, want in expected["sections"].items():
        got = result.section(section_id)
        if (got.score, got.max, got.applicable) != (want["score"], want["max"], want["applicable"]):
            found.append(f"{case.id}: section {section_id}")
    if (result.total, result.max) != (expected["total"], expected["max"]):
        found.append(f"{case.id}: total")
    if [i for i, _p in result.items_at_2_or_more] != list(expected["items_at_2_or_more"]):
        found.append(f"{case.id}: items at 2 or more")
    if list(outcome.recommended_ids) != list(expected["next_steps"]):
        found.append(f"{case.id}: next steps")
    return found


# -- the knowledge test ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class QuizOption:
    id: str
    text: Text


@dataclass(frozen=True, slots=True)
class QuizQuestion:
    id: str
    type: str  # single, multiple, true_false, open
    prompt: Text
    answer_source: AnswerSource
    options: tuple[QuizOption, ...] = ()
    answer: frozenset[str] = frozenset()
    model_answer: Text | None = None
    answer_note: str = ""

    @property
    def scored(self) -> bool:
        """Open questions are for discussion: the trainer reads the model answer, no points."""
        return self.type != "open"

    def is_correct(self, chosen: Iterable[str]) -> bool:
        return self.scored and frozenset(chosen) == self.answer


@dataclass(frozen=True, slots=True)
class Quiz:
    id: str
    version: int
    title: Text
    instructions: Text
    phases: Mapping[str, Text]  # pre / post -> title
    questions: tuple[QuizQuestion, ...]

    @property
    def max(self) -> int:
        return sum(1 for q in self.questions if q.scored)

    def question(self, question_id: str) -> QuizQuestion:
        for question in self.questions:
            if question.id == question_id:
                return question
        raise KeyError(question_id)


def quiz_from(source: Source) -> Quiz:
    data = source.data
    return Quiz(
        id=data["id"],
        version=int(data["version"]),
        title=_text(data["title"]),
        instructions=_text(data["instructions"]),
        phases={p["id"]: _text(p["title"]) for p in data.get("phases", ())},
        questions=tuple(
            QuizQuestion(
                id=q["id"],
                type=q["type"],
                prompt=_text(q["prompt"]),
                answer_source=q["answer_source"],
                options=tuple(QuizOption(o["id"], _text(o["text"])) for o in q.get("options", ())),
                answer=frozenset(q.get("answer", ())),
                model_answer=_text(q["model_answer"]) if "model_answer" in q else None,
                answer_note=q.get("answer_note", ""),
            )
            for q in data["questions"]
        ),
    )


def load_quiz(catalog: Catalog) -> Quiz:
    sources = catalog.documents.get("quiz", ())
    if not sources:
        raise InstrumentError([Problem(Code.FORM_006, "forms/training", None, None, {})])
    return quiz_from(sources[0])


PHASES = ("pre", "post")


@dataclass(frozen=True, slots=True)
class QuizAttempt:
    """One trainee's test: a participant code (never a name), the phase and the choices."""

    quiz_id: str
    phase: str
    participant: str
    answers: Mapping[str, tuple[str, ...]]
    score: int
    max: int
    taken_at: str = ""

    @property
    def percent(self) -> float:
        return 100.0 * self.score / self.max if self.max else 0.0

    def to_json(self) -> dict[str, Any]:
        return {
            "quiz": self.quiz_id,
            "phase": self.phase,
            "participant": self.participant,
            "answers": {k: list(v) for k, v in self.answers.items()},
            "score": self.score,
            "max": self.max,
            "taken_at": self.taken_at,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> QuizAttempt:
        return cls(
            quiz_id=str(data["quiz"]),
            phase=str(data["phase"]),
            participant=str(data.get("participant", "")),
            answers={str(k): tuple(v) for k, v in dict(data.get("answers", {})).items()},
            score=int(data["score"]),
            max=int(data["max"]),
            taken_at=str(data.get("taken_at", "")),
        )


def score_quiz(
    quiz: Quiz, answers: Mapping[str, Sequence[str]], phase: str, participant: str = "", taken_at: str = ""
) -> QuizAttempt:
    """One point for each scored question answered exactly (every correct option, no other)."""
    if phase not in PHASES:
        raise ValueError(f"phase must be one of {PHASES}, not {phase!r}")
    chosen = {k: tuple(sorted(v)) for k, v in answers.items() if v}
    points = sum(1 for q in quiz.questions if q.is_correct(chosen.get(q.id, ())))
    return QuizAttempt(quiz.id, phase, participant.strip(), chosen, points, quiz.max, taken_at)


@dataclass(frozen=True, slots=True)
class PhaseSummary:
    attempts: int
    mean_percent: float | None  # None when nobody took the phase


@dataclass(frozen=True, slots=True)
class QuestionChange:
    question_id: str
    pre_correct: float | None  # share of the phase's attempts that got it right, 0-100
    post_correct: float | None


@dataclass(frozen=True, slots=True)
class ParticipantChange:
    participant: str
    pre: int | None  # the participant's latest score in each phase
    post: int | None
    max: int


@dataclass(frozen=True, slots=True)
class WorkshopComparison:
    pre: PhaseSummary
    post: PhaseSummary
    questions: tuple[QuestionChange, ...]
    participants: tuple[ParticipantChange, ...]

    @property
    def change(self) -> float | None:
        """Mean post-test percent minus mean pre-test percent."""
        if self.pre.mean_percent is None or self.post.mean_percent is None:
            return None
        return self.post.mean_percent - self.pre.mean_percent


def compare_workshop(quiz: Quiz, attempts: Sequence[QuizAttempt]) -> WorkshopComparison:
    """Pre vs post for a workshop: means, each question's share correct, each participant."""
    mine = [a for a in attempts if a.quiz_id == quiz.id]
    by_phase = {phase: [a for a in mine if a.phase == phase] for phase in PHASES}

    def summary(phase: str) -> PhaseSummary:
        found = by_phase[phase]
        mean = sum(a.percent for a in found) / len(found) if found else None
        return PhaseSummary(len(found), mean)

    def share(phase: str, question: QuizQuestion) -> float | None:
        found = by_phase[phase]
        if not found:
            return None
        right = sum(1 for a in found if question.is_correct(a.answers.get(question.id, ())))
        return 100.0 * right / len(found)

    latest: dict[str, dict[str, int]] = {}
    for attempt in sorted(mine, key=lambda a: a.taken_at):
        if attempt.participant:
            latest.setdefault(attempt.participant, {})[attempt.phase] = attempt.score
    return WorkshopComparison(
        pre=summary("pre"),
        post=summary("post"),
        questions=tuple(QuestionChange(q.id, share("pre", q), share("post", q)) for q in quiz.questions if q.scored),
        participants=tuple(
            ParticipantChange(code, scores.get("pre"), scores.get("post"), quiz.max)
            for code, scores in sorted(latest.items())
        ),
    )
