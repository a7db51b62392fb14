"""The quick indicator check: indicators first, the full interview only when signs appear.

`forms/quick_check.yaml` names the lists of each setting; a list is shown when its own
`applies_to` admits the setting and the age band. When signs are ticked, the first actions are
the next-step rules' own recommendations for that setting, age band and those indicators (no
answers yet), each with its reasons, and the question lists to ask in private.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from screener.core.errors import Code
from screener.core.instrument.building import Builder
from screener.core.instrument.model import AGE_BANDS, IndicatorList
from screener.core.instrument.source import Source
from screener.core.interview import CONTEXT_FLAGS, Context, InterviewState
from screener.core.outcome import StepRow, outcome_of_answers
from screener.core.text import Text

if TYPE_CHECKING:  # the loader builds the quick check: only its type is needed here
    from screener.core.instrument.loader import Catalog

INDICATOR_KINDS = ("indicators",)
QUESTION_KINDS = ("questions",)


@dataclass(frozen=True, slots=True)
class Pick:
    """A list named in the plan, for all age bands or only some."""

    list_id: str
    ages: frozenset[str] = frozenset(AGE_BANDS)


@dataclass(frozen=True, slots=True)
class QuickPlan:
    setting: str
    lists: tuple[Pick, ...]
    questions: tuple[Pick, ...]


@dataclass(frozen=True, slots=True)
class QuickCheck:
    id: str
    version: int
    title: Text
    plans: Mapping[str, QuickPlan]
    path: Path

    def lists_for(self, lists: Sequence[IndicatorList], setting: str, age_band: str) -> tuple[IndicatorList, ...]:
        """The indicator lists to tick for this setting and age band, in the file's order."""
        return _pick(lists, self.plans[setting].lists, setting, age_band)

    def questions_for(self, lists: Sequence[IndicatorList], setting: str, age_band: str) -> tuple[IndicatorList, ...]:
        return _pick(lists, self.plans[setting].questions, setting, age_band)


def _pick(
    lists: Sequence[IndicatorList], picks: Iterable[Pick], setting: str, age_band: str
) -> tuple[IndicatorList, ...]:
    by_id = {lst.id: lst for lst in lists}
    out = []
    for pick in picks:
        lst = by_id.get(pick.list_id)
        if lst is not None and age_band in pick.ages and lst.applies(setting, age_band):
            out.append(lst)
    return tuple(out)


class QuickCheckBuilder(Builder):
    """Stage 3-4 for quick_check.yaml: every list named exists, is of the right kind and can apply."""

    def __init__(self, source: Source, lists: Iterable[IndicatorList]) -> None:
        super().__init__(source)
        self.lists = {lst.id: lst for lst in lists}

    def build(self) -> QuickCheck:
        data = self.source.data
        plans = {}
        for setting, entry in data["settings"].items():
            picks = self._picks(setting, "lists", entry.get("lists", ()), INDICATOR_KINDS)
            questions = self._picks(setting, "questions", entry.get("questions", ()), QUESTION_KINDS)
            plans[setting] = QuickPlan(setting=setting, lists=picks, questions=questions)
            for age_band in AGE_BANDS:
                if not _pick(tuple(self.lists.values()), picks, setting, age_band):
                    self.problem(Code.FORM_134, ("settings", setting, "lists"), setting, setting=setting, age=age_band)
        return QuickCheck(
            id=data["id"],
            version=data["version"],
            title=self.text(data, "title"),
            plans=plans,
            path=self.source.path,
        )

    def _picks(self, setting: str, key: str, entries: Iterable[Any], kinds: tuple[str, ...]) -> tuple[Pick, ...]:
        picks: list[Pick] = []
        for index, entry in enumerate(entries):
            pick = Pick(entry) if isinstance(entry, str) else Pick(entry["list"], frozenset(entry["ages"]))
            if any(p.list_id == pick.list_id for p in picks):
                where = self.source.line_of(("settings", setting, key))
                path = ("settings", setting, key, index)
                self.problem(Code.FORM_101, path, pick.list_id, id=pick.list_id, other_line=where, kind="list")
            self._check(setting, key, index, pick.list_id, kinds)
            picks.append(pick)
        return tuple(picks)

    def _check(self, setting: str, key: str, index: int, list_id: str, kinds: tuple[str, ...]) -> None:
        path = ("settings", setting, key, index)
        lst = self.lists.get(list_id)
        if lst is None:
            self.problem(Code.FORM_130, path, list_id, id=list_id, known=", ".join(sorted(self.lists)))
        elif lst.kind not in kinds:
            self.problem(Code.FORM_131, path, list_id, id=list_id, kind=lst.kind, expected=", ".join(kinds))
        elif setting not in lst.settings:
            self.problem(Code.FORM_132, path, list_id, id=list_id, setting=setting)


@dataclass(frozen=True, slots=True)
class FirstActions:
    """What the app shows at once when signs are ticked: the outcome's steps, and questions to ask."""

    steps: tuple[StepRow, ...]  # each with its reasons, in the language asked
    questions: tuple[IndicatorList, ...]
    state: InterviewState | None = None  # what the steps were computed from (for the circumstances row)


def signs(indicators: Mapping[str, Sequence[str]]) -> int:
    return sum(len(ticked) for ticked in indicators.values())


def first_actions(
    catalog: Catalog,
    *,
    setting: str,
    age_band: str,
    language: str,
    indicators: Mapping[str, Sequence[str]],
    flags: Mapping[str, bool] | None = None,
) -> FirstActions:
    """The rules' recommendations for a person with these signs and no answers yet."""
    if catalog.quick is None:
        raise ValueError("the catalog has no quick check (forms/quick_check.yaml)")
    context = Context(
        setting=setting,
        language=language,
        age_band=age_band,
        indicators={k: tuple(v) for k, v in indicators.items() if v},
        **{k: v for k, v in (flags or {}).items() if k in CONTEXT_FLAGS},  # what happened, as recorded
    )
    outcome = outcome_of_answers(catalog, catalog.default_form, {}, context, language=language)
    return FirstActions(
        steps=outcome.steps if signs(indicators) else (),
        questions=catalog.quick.questions_for(catalog.lists, setting, age_band),
        state=outcome.state,
    )
