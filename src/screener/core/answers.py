"""Checks on answers and context given from outside (files, the command line, the store).

Answers are a flat mapping: item id -> value; "<item>.q<N>" -> "yes"/"no" for the scripted
questions of an evidence item; "<item>.<option>" -> text for an option that takes text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from screener.core.countries import is_country
from screener.core.errors import Code
from screener.core.instrument.model import (
    AGE_BANDS,
    EVIDENCE_SCORES,
    SETTINGS,
    STATELESS,
    YES_NO,
    Form,
    IndicatorList,
    Item,
)
from screener.core.interview import Context
from screener.core.problems import Problem

CONTEXT_FLAGS = ("injured", "refused_help", "identified_abroad")


def normalise(form: Form, answers: Mapping[str, Any]) -> dict[str, Any]:
    """Forgiving spellings: country codes in capitals, yes/no in small letters."""
    out = dict(answers)
    for key, value in answers.items():
        if not isinstance(value, str):
            continue
        item = form.items.get(key)
        plain = value.strip()
        if item is not None and item.type == "country":
            out[key] = STATELESS if plain.lower() == STATELESS else plain.upper()
        elif item is not None and item.type == "choice":
            out[key] = plain.lower()
        elif item is None and plain.lower() in YES_NO:
            out[key] = plain.lower()
    return out


def check_answers(form: Form, answers: Mapping[str, Any]) -> list[Problem]:
    problems: list[Problem] = []
    for key, value in answers.items():
        if not isinstance(key, str):
            problems.append(Problem(Code.ANS_001, item=str(key), params={"form": form.id, "known": _known(form)}))
            continue
        item = form.items.get(key)
        if item is not None:
            problems.extend(_check_value(item, value))
            continue
        owner_id, _, sub = key.partition(".")
        owner = form.items.get(owner_id)
        if owner is None or not sub:
            problems.append(Problem(Code.ANS_001, item=key, params={"form": form.id, "known": _known(form)}))
        elif owner.type == "evidence" and sub in {p.id for p in owner.probes()}:
            if value not in YES_NO:
                problems.append(Problem(Code.ANS_008, item=key, params={"value": value}))
        elif any(o.value == sub and o.takes_text for o in owner.options):
            if not isinstance(value, str):
                problems.append(Problem(Code.ANS_011, item=key, params={"expected": "text"}))
        else:
            problems.append(Problem(Code.ANS_001, item=key, params={"form": form.id, "known": _known(form)}))
    return problems


def _known(form: Form) -> str:
    return ", ".join(form.items)


def _check_value(item: Item, value: Any) -> list[Problem]:
    if value is None:
        return []
    kind = item.type
    if kind == "evidence":
        if isinstance(value, bool) or value not in EVIDENCE_SCORES:
            return [Problem(Code.ANS_002, item=item.id, params={"value": value})]
    elif kind == "integer":
        low = item.min if item.min is not None else 0
        high = item.max if item.max is not None else 10**6
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            return [Problem(Code.ANS_004, item=item.id, params={"value": value, "min": low, "max": high})]
    elif kind == "choice":
        allowed = [o.value for o in item.options]
        if value not in allowed:
            return [Problem(Code.ANS_003, item=item.id, params={"value": value, "allowed": ", ".join(allowed)})]
    elif kind == "multi_choice":
        return _check_multi(item, value)
    elif kind == "country":
        if not isinstance(value, str) or not (value == STATELESS or is_country(value)):
            return [Problem(Code.ANS_005, item=item.id, params={"value": value})]
    elif not isinstance(value, str):
        return [Problem(Code.ANS_011, item=item.id, params={"expected": "text"})]
    return []


def _check_multi(item: Item, value: Any) -> list[Problem]:
    allowed = [o.value for o in item.options]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        return [Problem(Code.ANS_011, item=item.id, params={"expected": "list"})]
    unknown = [v for v in value if v not in allowed]
    if unknown:
        return [Problem(Code.ANS_003, item=item.id, params={"value": unknown[0], "allowed": ", ".join(allowed)})]
    for option in item.options:
        if option.exclusive and option.value in value and len(set(value)) > 1:
            return [Problem(Code.ANS_012, item=item.id, params={"option": option.value})]
    return []


def deciding_items(form: Form) -> tuple[str, ...]:
    """Items that decide which sections apply (A5): without them nothing can be scored."""
    found: list[str] = []
    for section in form.sections:
        if section.applies_when is not None:
            found.extend(r.name for r in section.applies_when.refs if r.operand == "answer")
    return tuple(dict.fromkeys(found))


def parse_context(data: Mapping[str, Any], lists: Sequence[IndicatorList]) -> tuple[Context, list[Problem]]:
    problems: list[Problem] = []
    known = {"setting", "language", "age_band", "indicators", *CONTEXT_FLAGS}
    for key in data:
        if key not in known:
            problems.append(
                Problem(
                    Code.ANS_013,
                    item=f"context.{key}",
                    params={"value": data[key], "expected": ", ".join(sorted(known))},
                )
            )
    setting = data.get("setting", "other")
    if setting not in SETTINGS:
        problems.append(
            Problem(Code.ANS_013, item="context.setting", params={"value": setting, "expected": ", ".join(SETTINGS)})
        )
    age_band = data.get("age_band", "unknown")
    if age_band not in AGE_BANDS:
        problems.append(
            Problem(
                Code.ANS_013,
                item="context.age_band",
                params={"value": age_band, "expected": ", ".join(AGE_BANDS)},
            )
        )
    language = data.get("language", "en")
    if language not in ("kk", "ru", "en"):
        problems.append(
            Problem(Code.ANS_013, item="context.language", params={"value": language, "expected": "kk, ru, en"})
        )
    flags: dict[str, bool | None] = {}
    for flag in CONTEXT_FLAGS:
        value = data.get(flag)
        if value is not None and not isinstance(value, bool):
            problems.append(
                Problem(Code.ANS_013, item=f"context.{flag}", params={"value": value, "expected": "true, false"})
            )
            value = None
        flags[flag] = value
    indicators = _parse_indicators(data.get("indicators", {}), lists, problems)
    context = Context(
        setting=setting if setting in SETTINGS else "other",
        language=language if language in ("kk", "ru", "en") else "en",
        age_band=age_band if age_band in AGE_BANDS else "unknown",
        indicators=indicators,
        **flags,
    )
    return context, problems


def _parse_indicators(raw: Any, lists: Sequence[IndicatorList], problems: list[Problem]) -> dict[str, tuple[str, ...]]:
    by_id = {lst.id: lst for lst in lists}
    out: dict[str, tuple[str, ...]] = {}
    if not isinstance(raw, Mapping):
        problems.append(
            Problem(
                Code.ANS_013,
                item="context.indicators",
                params={"value": raw, "expected": "{list id: [indicator ids]}"},
            )
        )
        return out
    for list_id, ticked in raw.items():
        lst = by_id.get(list_id)
        if lst is None:
            problems.append(
                Problem(
                    Code.ANS_013,
                    item=f"context.indicators.{list_id}",
                    params={"value": list_id, "expected": ", ".join(sorted(by_id))},
                )
            )
            continue
        ids = {i.id for i in lst.items}
        if not isinstance(ticked, list):
            problems.append(
                Problem(
                    Code.ANS_013,
                    item=f"context.indicators.{list_id}",
                    params={"value": ticked, "expected": "[indicator ids]"},
                )
            )
            continue
        for indicator in ticked:
            if indicator not in ids:
                problems.append(Problem(Code.ANS_014, item=str(indicator), params={"list": list_id}))
        out[list_id] = tuple(dict.fromkeys(i for i in ticked if i in ids))
    return out
