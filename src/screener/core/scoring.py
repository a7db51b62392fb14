"""Scores of a screening: per section, the total (/39 or /27), items at 2 or more, what is
missing, and warnings. There is no cut-off score: the instrument has none, and neither do we.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from screener.core.conditions import Truth
from screener.core.errors import Code
from screener.core.instrument.model import Form
from screener.core.interview import Context, InterviewState, ItemState, branch_ends, evaluate, has_reason
from screener.core.problems import Problem
from screener.core.text import Text

AT_LEAST = 2  # coding instruction 9: answers indicating trafficking score at least 2


class SectionScore(NamedTuple):
    id: str
    score: int
    max: int
    applicable: Truth
    complete: bool
    reason: Text | None


class ScoreResult(NamedTuple):
    form_id: str
    form_version: int
    sections: tuple[SectionScore, ...]
    total: int
    max: int
    complete: bool
    missing: tuple[str, ...]
    items_at_2_or_more: tuple[tuple[str, int], ...]
    item_points: Mapping[str, int]
    warnings: tuple[Problem, ...]

    def section(self, section_id: str) -> SectionScore:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def max_shown(self) -> str:
        """The maximum as the interviewer should read it: "39", "27", or "27-39" while a section's
        applicability is not known yet (section B before the citizenship, A5, is answered)."""
        pending = sum(s.max for s in self.sections if s.applicable is None)
        return str(self.max) if not pending else f"{self.max}\u2013{self.max + pending}"

    def facts(self) -> dict[str, int]:
        """Scores as conditions see them: sections, items, total, items_at_2_or_more."""
        out: dict[str, int] = dict(self.item_points)
        for section in self.sections:
            if section.applicable is True:
                out[section.id] = section.score
        out["total"] = self.total
        out["items_at_2_or_more"] = len(self.items_at_2_or_more)
        return out

    def to_json(self, language: str = "en") -> dict[str, Any]:
        return {
            "form": self.form_id,
            "form_version": self.form_version,
            "sections": {
                s.id: {"score": s.score, "max": s.max, "applicable": s.applicable, "complete": s.complete}
                for s in self.sections
            },
            "total": self.total,
            "max": self.max,
            "complete": self.complete,
            "missing": list(self.missing),
            "items_at_2_or_more": [item for item, _points in self.items_at_2_or_more],
            "warnings": [{"code": w.code, "item": w.item, "message": w.render(language)} for w in self.warnings],
        }


def score(form: Form, answers: Mapping[str, Any], context: Context | None = None) -> ScoreResult:
    return score_state(evaluate(form, answers, context))


def score_state(state: InterviewState) -> ScoreResult:  # noqa: PLR0912 (one pass over the items: it is hot)
    """One pass over the items: the scores, what is missing (as state.missing(conclusion=False))
    and the evidence items whose branch was started (what the warnings look at)."""
    sections = []
    item_points: dict[str, int] = {}
    at_2: list[tuple[str, int]] = []
    missing: list[str] = []
    branched: list[ItemState] = []
    answers = state.answers
    total = maximum = 0
    for section_state in state.sections:
        section, applicable, states = section_state
        scored = section.scored
        asked_counts = not section.conclusion
        points = 0
        complete = applicable is not None
        # unpacked: this loop runs for every item of every screening scored
        for item_state in states:
            item, status, value, item_score, scripted, _because = item_state
            if status == "asked":
                if value is None and asked_counts and item.required and not scripted:
                    missing.append(item.id)
                if item.type == "evidence" and item.root_key in answers:
                    branched.append(item_state)
            if not scored:
                continue
            if item_score is None:
                if status in ("asked", "pending") and item.scored:  # an unscored item counts nothing
                    complete = False
                continue
            points += item_score
            if status != "not_applicable":
                item_points[item.id] = item_score
                if item_score >= AT_LEAST:
                    at_2.append((item.id, item_score))
        if not scored:
            continue
        if applicable is True:
            total += points
            maximum += section.max
        else:
            points = 0
        state_reason = section_state.reason
        sections.append(_new(SectionScore, (section.id, points, section.max, applicable, complete, state_reason)))
    return ScoreResult(
        form_id=state.form.id,
        form_version=state.form.version,
        sections=tuple(sections),
        total=total,
        max=maximum,
        complete=not missing and all(s.complete for s in sections),
        missing=tuple(missing),
        items_at_2_or_more=tuple(at_2),
        item_points=item_points,
        warnings=tuple(_warnings(state, branched)) if branched or state.implied_conflicts else (),
    )


_new = tuple.__new__


def _warnings(state: InterviewState, branched: list[ItemState]) -> list[Problem]:
    """What the interviewer should look at again, never a block; `branched`: the evidence items
    asked whose branch was started, in form order."""
    found: list[Problem] = []
    answers = state.answers
    ends = branch_ends(state.form, [item_state.item for item_state in branched], answers)
    for (item, _status, value, _points, _scripted, _because), end in zip(branched, ends, strict=True):
        if end is None or not isinstance(value, int):
            continue
        if end.indicative and value < AT_LEAST:
            found.append(Problem(Code.WARN_001, item=item.id, params={"score": value}))
        elif end.score is not None and value != end.score:
            reason = answers.get(item.reason_key)
            if has_reason(item, answers):  # counted as scored, the reason printed beside the item
                params = {"score": value, "scripted": end.score, "reason": str(reason).strip()}
                found.append(Problem(Code.WARN_004, item=item.id, params=params))
            else:  # the scripted score stands
                found.append(Problem(Code.WARN_002, item=item.id, params={"score": value, "scripted": end.score}))
    for item_state, given in state.implied_conflicts:
        found.append(
            Problem(
                Code.WARN_003,
                item=item_state.item.id,
                params={
                    "value": item_state.item.shown(given),
                    "implied": item_state.item.shown(item_state.value),
                    "because": item_state.because,
                },
            )
        )
    return found
