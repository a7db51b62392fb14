"""A small, safe condition language (no eval), with three-valued logic.

A condition is compiled once, at load, into a closure over the facts of an interview:
answers, context, scores and indicator counts. Comparing something not known yet gives
None ("unknown"); all/any/not follow Kleene logic, so an unknown operand matters only
when the others do not decide.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, NamedTuple

Truth = bool | None
OPERANDS = ("answer", "context", "score", "indicators")
COMPARISONS = ("equals", "not_equals", "in", "lt", "le", "gt", "ge", "answered")
NUMERIC = ("lt", "le", "gt", "ge")


_EMPTY: Mapping[str, Any] = MappingProxyType({})


class Facts(NamedTuple):
    """What conditions may look at."""

    answers: Mapping[str, Any]
    context: Mapping[str, Any] = _EMPTY
    scores: Mapping[str, int] = _EMPTY
    indicators: Mapping[str, int] = _EMPTY


@dataclass(frozen=True, slots=True)
class Ref:
    """One thing a condition reads, and how it compares it."""

    operand: str
    name: str
    operator: str
    value: Any


@dataclass(frozen=True, slots=True)
class Condition:
    evaluate: Callable[[Facts], Truth]
    refs: tuple[Ref, ...]
    source: Mapping[str, Any]


def compile_condition(spec: Mapping[str, Any]) -> Condition:
    """Compile a condition that already passed the schema check."""
    refs: list[Ref] = []
    fn = _compile(spec, refs)
    return Condition(evaluate=fn, refs=tuple(refs), source=spec)


def _compile(spec: Mapping[str, Any], refs: list[Ref]) -> Callable[[Facts], Truth]:
    if "all" in spec:
        parts = tuple(_compile(s, refs) for s in spec["all"])
        return lambda facts: _all(parts, facts)
    if "any" in spec:
        parts = tuple(_compile(s, refs) for s in spec["any"])
        return lambda facts: _any(parts, facts)
    if "not" in spec:
        inner = _compile(spec["not"], refs)
        return lambda facts: _not(inner(facts))
    operand = next(k for k in OPERANDS if k in spec)
    operator = next(k for k in COMPARISONS if k in spec)
    name = str(spec[operand])
    expected = spec[operator]
    refs.append(Ref(operand, name, operator, expected))
    read = _reader(operand, name)
    test = _test(operator, expected)
    return lambda facts: test(read(facts))


def _all(parts: tuple[Callable[[Facts], Truth], ...], facts: Facts) -> Truth:
    result: Truth = True
    for part in parts:
        value = part(facts)
        if value is False:
            return False
        if value is None:
            result = None
    return result


def _any(parts: tuple[Callable[[Facts], Truth], ...], facts: Facts) -> Truth:
    result: Truth = False
    for part in parts:
        value = part(facts)
        if value is True:
            return True
        if value is None:
            result = None
    return result


def _not(value: Truth) -> Truth:
    return None if value is None else not value


def _reader(operand: str, name: str) -> Callable[[Facts], Any]:
    if operand == "answer":
        return lambda facts: facts.answers.get(name)
    if operand == "context":
        return lambda facts: facts.context.get(name)
    if operand == "score":
        return lambda facts: facts.scores.get(name)
    return lambda facts: facts.indicators.get(name, 0)


def _test(operator: str, expected: Any) -> Callable[[Any], Truth]:
    if operator == "answered":
        return lambda value: (value is not None) == expected
    if operator == "equals":
        return lambda value: None if value is None else _equals(value, expected)
    if operator == "not_equals":
        return lambda value: None if value is None else not _equals(value, expected)
    if operator == "in":
        options = tuple(expected)
        return lambda value: (
            None
            if value is None
            else any(o in value for o in options)
            if isinstance(value, _MANY)
            else value in options  # as any(value == o ...)
        )
    compare = _NUMERIC_TESTS[operator]
    return lambda value: None if value is None else _numeric(value, expected, compare)


_MANY = (list, tuple, frozenset)  # a multi-choice answer (a tuple of types: `list | tuple` is built at each use)


def _equals(value: Any, expected: Any) -> bool:
    # a multi-choice answer "equals" an option it contains
    if isinstance(value, _MANY):
        return expected in value
    return bool(value == expected)


def _numeric(value: Any, expected: int, compare: Callable[[int, int], bool]) -> bool:
    if isinstance(value, bool) or not isinstance(value, int):
        return False
    return compare(value, expected)


_NUMERIC_TESTS: dict[str, Callable[[int, int], bool]] = {
    "lt": lambda a, b: a < b,
    "le": lambda a, b: a <= b,
    "gt": lambda a, b: a > b,
    "ge": lambda a, b: a >= b,
}
