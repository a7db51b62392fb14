"""Stages 3-4 for indicator lists and next-step rules."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from screener.core.errors import Code
from screener.core.instrument.building import Builder, content_hash, source_ref
from screener.core.instrument.model import (
    Circumstance,
    IndicatorItem,
    IndicatorList,
    NextStepRules,
    RightsToExplain,
    Step,
    Trigger,
)
from screener.core.instrument.source import PathKey, Source

SCORE_TOTALS = ("total", "items_at_2_or_more")


class IndicatorListBuilder(Builder):
    def build(self) -> IndicatorList:
        data = self.source.data
        list_id = data["id"]
        items = []
        for index, entry in enumerate(data["items"]):
            if not entry["id"].startswith(list_id + "."):
                self.problem(Code.FORM_110, ("items", index, "id"), entry["id"], id=entry["id"], list=list_id)
            items.append(
                IndicatorItem(
                    id=entry["id"],
                    text=self.text(entry, "text"),
                    line=entry["line"],
                    short=self.optional_text(entry, "short"),
                    note=entry.get("note"),
                    marks=frozenset(entry.get("marks", ())),
                )
            )
        self.unique(((item.id, ("items", i, "id")) for i, item in enumerate(items)), "indicator")
        return IndicatorList(
            id=list_id,
            version=data["version"],
            kind=data["kind"],
            title=self.text(data, "title"),
            intro=self.optional_text(data, "intro"),
            source=source_ref(data["source"]),
            settings=frozenset(data["applies_to"]["settings"]),
            ages=frozenset(data["applies_to"]["ages"]),
            items=tuple(items),
            content_hash=content_hash(data),
            path=self.source.path,
        )


class NextStepsBuilder(Builder):
    """Next steps read answers, scores and indicators: their names are checked here."""

    def __init__(
        self, source: Source, answers: Iterable[str], scores: Iterable[str], lists: Iterable[IndicatorList]
    ) -> None:
        super().__init__(source)
        lists = tuple(lists)
        self.answers = frozenset(answers)
        self.scores = frozenset(scores) | frozenset(SCORE_TOTALS)
        marked: dict[str, set[str]] = {}
        for lst in lists:
            for item in lst.items:
                for mark in item.marks:
                    marked.setdefault(mark, set()).add(item.id)
        # `{indicators: injury, ge: 1}` counts the ticked indicators marked so, in any list
        self.marked = {mark: frozenset(ids) for mark, ids in marked.items()}
        self.lists = frozenset(lst.id for lst in lists) | {"any"} | frozenset(self.marked)

    def build(self) -> NextStepRules:
        data = self.source.data
        steps = []
        for index, entry in enumerate(data["steps"]):
            path = ("steps", index)
            triggers = []
            for t_index, trigger in enumerate(entry["triggers"]):
                t_path = (*path, "triggers", t_index)
                condition = self.condition(trigger["when"])
                for ref in condition.refs:
                    self._check_ref(ref.operand, ref.name, (*t_path, "when"), entry["id"])
                because = self.reason_text(trigger, "because", t_path, entry["id"])
                assert because is not None  # required by the schema
                triggers.append(Trigger(condition, because))
            steps.append(
                Step(
                    id=entry["id"],
                    text=self.text(entry, "text"),
                    detail=self.optional_text(entry, "detail"),
                    source=source_ref(entry["source"]),
                    triggers=tuple(triggers),
                )
            )
        self.unique(((s.id, ("steps", i, "id")) for i, s in enumerate(steps)), "step")
        circumstances = tuple(
            self._circumstance(entry, index) for index, entry in enumerate(data.get("circumstances", ()))
        )
        self.unique(((c.id, ("circumstances", i, "id")) for i, c in enumerate(circumstances)), "circumstance")
        rights = tuple(self._rights(entry, ("rights", i), steps) for i, entry in enumerate(data.get("rights", ())))
        return NextStepRules(
            id=data["id"],
            version=data["version"],
            title=self.text(data, "title"),
            steps=tuple(steps),
            content_hash=content_hash(data),
            path=self.source.path,
            circumstances=circumstances,
            marked=self.marked,
            rights=rights,
        )

    def _circumstance(self, entry: Mapping[str, Any], index: int) -> Circumstance:
        path = ("circumstances", index)
        offered_when = None
        if "offered_when" in entry:
            offered_when = self.condition(entry["offered_when"])
            for ref in offered_when.refs:
                self._check_ref(ref.operand, ref.name, (*path, "offered_when"), entry["id"])
        return Circumstance(
            id=entry["id"],
            label=self.text(entry, "label"),
            source=source_ref(entry["source"]),
            offered_when=offered_when,
            not_offered=self.reason_text(entry, "not_offered", path, entry["id"]),
        )

    def _rights(self, entry: Mapping[str, Any], path: PathKey, steps: list[Step]) -> RightsToExplain:
        known = [s.id for s in steps]
        if entry["step"] not in known:
            self.problem(Code.FORM_138, (*path, "step"), entry["step"], step=entry["step"], known=", ".join(known))
        condition = None
        if "when" in entry:
            condition = self.condition(entry["when"])
            for ref in condition.refs:
                self._check_ref(ref.operand, ref.name, (*path, "when"), entry["step"])
        return RightsToExplain(entry["step"], entry["for"], condition)

    def _check_ref(self, operand: str, name: str, path: tuple[str | int, ...], owner: str) -> None:
        if operand == "answer" and name not in self.answers:
            self.problem(Code.FORM_102, path, owner, ref=name, known=", ".join(sorted(self.answers)))
        elif operand == "score" and name not in self.scores:
            self.problem(Code.FORM_108, path, owner, ref=name, allowed=", ".join(sorted(self.scores)))
        elif operand == "indicators" and name not in self.lists:
            self.problem(Code.FORM_109, path, owner, ref=name, allowed=", ".join(sorted(self.lists)))
