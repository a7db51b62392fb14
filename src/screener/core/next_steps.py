"""Recommended next steps: the SOP's rules applied to a screening, each with its reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screener.core.conditions import Facts
from screener.core.countries import country_name
from screener.core.instrument.model import IndicatorList, NextStepRules, Step
from screener.core.interview import Context, InterviewState
from screener.core.messages import message
from screener.core.scoring import ScoreResult
from screener.core.text import Text


@dataclass(frozen=True, slots=True)
class Recommendation:
    step: Step
    reasons: tuple[Text, ...]

    def render_reasons(self, language: str, values: Mapping[str, Any]) -> list[str]:
        return [reason.format(language, **values) for reason in self.reasons]


def indicator_counts(context: Context) -> dict[str, int]:
    counts = {list_id: len(ticked) for list_id, ticked in context.indicators.items()}
    counts["any"] = sum(counts.values())
    return counts


def facts_of(state: InterviewState, result: ScoreResult) -> Facts:
    """What the rules' conditions look at for one screening."""
    return Facts(
        answers=state.answers,
        context=state.context.facts(),
        scores=result.facts(),
        indicators=indicator_counts(state.context),
    )


def recommend(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Recommendation, ...]:
    """The steps whose triggers hold, in the rules' order, with every trigger that fired."""
    facts = facts_of(state, result)
    out = []
    for step in rules.steps:
        reasons = tuple(t.because for t in step.triggers if t.when.evaluate(facts) is True)
        if reasons:
            out.append(Recommendation(step, reasons))
    return tuple(out)


def rights_to_explain(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Step, ...]:
    """The steps whose rights the respondent has (next_steps.yaml `rights:`), in the file's order."""
    facts = facts_of(state, result)
    out = []
    for rights in rules.rights:
        step = rules.step(rights.step)
        if step is not None and (rights.when is None or rights.when.evaluate(facts) is True):
            out.append(step)
    return tuple(out)


def placeholder_values(
    state: InterviewState, result: ScoreResult, lists: Sequence[IndicatorList], language: str
) -> dict[str, Any]:
    """What the {placeholders} of reason texts stand for, in one language."""
    answers, roles = state.answers, state.form.roles
    citizenship = answers.get(roles.citizenship) if roles.citizenship else None
    titles = {lst.id: lst.title.get(language) for lst in lists}
    ticked = [(titles.get(k, k), len(v)) for k, v in state.context.indicators.items() if v]
    judgement = answers.get(roles.judgement) if roles.judgement else None
    return {
        "items_at_2_or_more": ", ".join(f"{item} = {points}" for item, points in result.items_at_2_or_more),
        "indicator_count": sum(n for _title, n in ticked),
        "indicator_lists": "; ".join(f"{title}: {n}" for title, n in ticked),
        "age": answers.get(roles.age, "") if roles.age else "",
        "citizenship": country_name(citizenship, language) if isinstance(citizenship, str) else "",
        "total": result.total,
        "max": result.max,
        "judgement": "" if judgement is None else judgement,
        "setting": message(f"setting.{state.context.setting}", language),
    }
