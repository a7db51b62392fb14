"""Recommended next steps: the SOP's rules applied to a screening, each with its reasons."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from screener.core.conditions import Facts
from screener.core.countries import country_name
from screener.core.errors import Code
from screener.core.instrument.model import Circumstance, IndicatorList, NextStepRules, Step
from screener.core.interview import Context, InterviewState, age_status
from screener.core.messages import message
from screener.core.problems import Problem
from screener.core.scoring import ScoreResult
from screener.core.text import LANGUAGES, Text


@dataclass(frozen=True, slots=True)
class Recommendation:
    step: Step
    reasons: tuple[Text, ...]

    def render_reasons(self, language: str, values: Mapping[str, Any]) -> list[str]:
        return [reason.format(language, **values) for reason in self.reasons]


def indicator_counts(context: Context, marked: Mapping[str, frozenset[str]] | None = None) -> dict[str, int]:
    """Ticked indicators per list, in all lists ("any"), and per declared mark (e.g. "injury")."""
    counts = {list_id: len(ticked) for list_id, ticked in context.indicators.items()}
    counts["any"] = sum(counts.values())
    for mark, ids in (marked or {}).items():
        counts[mark] = sum(1 for ticked in context.indicators.values() for i in ticked if i in ids)
    return counts


def facts_of(state: InterviewState, result: ScoreResult, rules: NextStepRules | None = None) -> Facts:
    """What the rules' conditions look at for one screening: answers, context (with age_status),
    scores, indicator counts (per list, in all, per declared mark)."""
    context = dict(state.context.facts())
    context["age_status"] = age_status(state)
    if rules is not None:
        answers_only = Facts(answers=state.answers, context=context)
        for circumstance in not_offered(rules, answers_only):
            context[circumstance.id] = False  # recorded where it does not apply: counts as not recorded
    return Facts(
        answers=state.answers,
        context=context,
        scores=result.facts(),
        indicators=indicator_counts(state.context, rules.marked if rules is not None else None),
    )


def not_offered(rules: NextStepRules, facts: Facts) -> tuple[Circumstance, ...]:
    """Circumstances that are recorded as true but do not apply to this person."""
    return tuple(
        c
        for c in rules.circumstances
        if facts.context.get(c.id) is True and c.offered_when is not None and c.offered_when.evaluate(facts) is False
    )


@dataclass(frozen=True, slots=True)
class Effect:
    """One step a recorded circumstance brings, with the reason of its trigger."""

    flag: str
    step: Step
    because: Text


def circumstance_effects(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Effect, ...]:
    """The steps that fire because of a recorded circumstance (shown under the row that records it)."""
    facts = facts_of(state, result, rules)
    declared = {c.id for c in rules.circumstances}
    out = []
    for step in rules.steps:
        for trigger in step.triggers:
            flags = [r.name for r in trigger.when.refs if r.operand == "context" and r.name in declared]
            recorded = [f for f in flags if facts.context.get(f) is True]
            if recorded and trigger.when.evaluate(facts) is True:
                out.append(Effect(recorded[0], step, trigger.because))
    return tuple(out)


def circumstance_problems(rules: NextStepRules, state: InterviewState) -> list[Problem]:
    """ANS_018 for each flag recorded as true where it does not apply (e.g. abroad for a non-citizen)."""
    facts = Facts(answers=state.answers, context=state.context.facts())
    out = []
    for c in not_offered(rules, facts):
        why = c.not_offered or c.label
        reason = Text(*(why.format(lang, citizenship=citizenship(state, lang)) for lang in LANGUAGES))
        out.append(Problem(Code.ANS_018, item=f"context.{c.id}", params={"reason": reason}))
    return out


def recorded(rules: NextStepRules, context: Context) -> tuple[Circumstance, ...]:
    """The circumstances recorded as true, in the row's order (shown on the result and the sheet)."""
    flags = context.flags()
    return tuple(c for c in rules.circumstances if flags.get(c.id) is True)


def offered(rules: NextStepRules, state: InterviewState) -> tuple[Circumstance, ...]:
    """The circumstances to ask about now (unknown counts as offered: nothing rules it out yet)."""
    facts = Facts(answers=state.answers, context=state.context.facts())
    return tuple(
        c for c in rules.circumstances if c.offered_when is None or c.offered_when.evaluate(facts) is not False
    )


def recommend(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Recommendation, ...]:
    """The steps whose triggers hold, in the rules' order, with every trigger that fired."""
    facts = facts_of(state, result, rules)
    out = []
    for step in rules.steps:
        reasons = tuple(t.because for t in step.triggers if t.when.evaluate(facts) is True)
        if reasons:
            out.append(Recommendation(step, reasons))
    return tuple(out)


def citizenship(state: InterviewState, language: str) -> str:
    """The citizenship answered (the form's citizenship role), named in one language; "" when not."""
    roles = state.form.roles
    code = state.answers.get(roles.citizenship) if roles.citizenship else None
    return country_name(code, language) if isinstance(code, str) else ""


def rights_to_explain(rules: NextStepRules, state: InterviewState, result: ScoreResult) -> tuple[Step, ...]:
    """The steps whose rights the respondent has (next_steps.yaml `rights:`), in the file's order."""
    facts = facts_of(state, result, rules)
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
    titles = {lst.id: lst.title.get(language) for lst in lists}
    ticked = [(titles.get(k, k), len(v)) for k, v in state.context.indicators.items() if v]
    judgement = answers.get(roles.judgement) if roles.judgement else None
    marked: dict[str, list[str]] = {}  # mark -> the ticked indicators that carry it
    for lst in lists:
        for item in lst.items:
            if item.marks and item.id in state.context.indicators.get(lst.id, ()):
                for mark in item.marks:
                    marked.setdefault(mark, []).append((item.short or item.text).get(language))
    return {
        "items_at_2_or_more": ", ".join(f"{item} = {points}" for item, points in result.items_at_2_or_more),
        "indicator_count": sum(n for _title, n in ticked),
        "indicator_lists": "; ".join(f"{title}: {n}" for title, n in ticked),
        "injury_indicators": "",  # the placeholder of the mark "injury", when none is ticked
        **{f"{mark}_indicators": "; ".join(texts) for mark, texts in marked.items()},
        "age": answers.get(roles.age, "") if roles.age else "",
        "citizenship": citizenship(state, language),
        "total": result.total,
        "max": result.max,
        "judgement": "" if judgement is None else judgement,
        "setting": message(f"setting.{state.context.setting}", language),
    }
