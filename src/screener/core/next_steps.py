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


def recommend(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Recommendation, ...]:
    """The steps whose triggers hold, in the rules' order, with every trigger that fired."""
    facts = Facts(
        answers=state.answers,
        context=state.context.facts(),
        scores=result.facts(),
        indicators=indicator_counts(state.context),
    )
    out = []
    for step in rules.steps:
        reasons = tuple(t.because for t in step.triggers if t.when.evaluate(facts) is True)
        if reasons:
            out.append(Recommendation(step, reasons))
    return tuple(out)


def placeholder_values(
    state: InterviewState, result: ScoreResult, lists: Sequence[IndicatorList], language: str
) -> dict[str, Any]:
    """What the {placeholders} of reason texts stand for, in one language."""
    answers = state.answers
    a5 = answers.get("A5")
    titles = {lst.id: lst.title.get(language) for lst in lists}
    ticked = [(titles.get(k, k), len(v)) for k, v in state.context.indicators.items() if v]
    judgement = answers.get("judgement")
    return {
        "items_at_2_or_more": ", ".join(f"{item} = {points}" for item, points in result.items_at_2_or_more),
        "indicator_count": sum(n for _title, n in ticked),
        "indicator_lists": "; ".join(f"{title}: {n}" for title, n in ticked),
        "age": answers.get("A1", ""),
        "A5": country_name(a5, language) if isinstance(a5, str) else "",
        "citizenship": country_name(a5, language) if isinstance(a5, str) else "",
        "total": result.total,
        "max": result.max,
        "judgement": "" if judgement is None else judgement,
        "setting": message(f"setting.{state.context.setting}", language),
    }
