"""The highest score each section can really reach, found by trying every branch.

Adding up item maxima is wrong when items exclude each other (E2 and E3-child never both
count), so the loader checks a section's declared max against what the engine can reach.
"""

from __future__ import annotations

import itertools
from typing import Any

from screener.core.instrument.model import Form, Item
from screener.core.scoring import score

_OTHER = "XX"  # a value no condition names


def reachable_maxima(form: Form) -> dict[str, int]:
    deciding = _deciding_values(form)
    base: dict[str, Any] = {}
    for item in form.items.values():
        if item.id in deciding:
            continue
        if item.type == "evidence":
            base[item.id] = 3
        elif item.scored:
            base[item.id] = max(item.options, key=lambda o: o.points or 0).value
    best: dict[str, int] = {s.id: 0 for s in form.scored_sections}
    names = list(deciding)
    for combo in itertools.product(*(deciding[n] for n in names)):
        answers = {**base, **dict(zip(names, combo, strict=True))}
        result = score(form, answers)
        for section in result.sections:
            if section.applicable is True:
                best[section.id] = max(best[section.id], section.score)
    return best


def _deciding_values(form: Form) -> dict[str, list[Any]]:
    """For every item a condition reads, the values worth trying."""
    values: dict[str, set[Any]] = {}
    conditions = [s.applies_when for s in form.sections if s.applies_when is not None]
    for item in form.items.values():
        if item.shown_when is not None:
            conditions.append(item.shown_when)
        conditions.extend(implied.when for implied in item.implied)
    for condition in conditions:
        for ref in condition.refs:
            if ref.operand != "answer" or ref.name not in form.items:
                continue
            values.setdefault(ref.name, set()).update(_candidates(form.items[ref.name], ref.operator, ref.value))
    return {name: sorted(found, key=repr) for name, found in values.items()}


def _candidates(item: Item, operator: str, value: Any) -> set[Any]:
    if item.options:
        return {o.value for o in item.options}
    if item.type in ("integer", "evidence") and isinstance(value, int):
        return {value - 1, value, value + 1}
    if operator == "in":
        return {*value, _OTHER}
    return {value, _OTHER} if operator != "answered" else {_OTHER}
