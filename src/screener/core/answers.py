"""Checks on answers and context given from outside (files, the command line, the store).

Answers are a flat mapping: item id -> value; "<item>.q<N>" -> "yes"/"no" for the scripted
questions of an evidence item; "<item>.<option>" -> text for an option that takes text.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import yaml

from screener.core import safe_input
from screener.core.countries import is_country
from screener.core.errors import Code
from screener.core.instrument.loader import Catalog
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
from screener.core.instrument.source import Loader, load_yaml
from screener.core.interview import CONTEXT_FLAGS, Context, InterviewState, evaluate
from screener.core.messages import message
from screener.core.next_steps import circumstance_problems, placeholder_values
from screener.core.problems import AnswersError, Problem
from screener.core.scoring import ScoreResult, score_state
from screener.core.text import Text


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
        elif owner.type == "evidence" and key == owner.reason_key:
            if value is not None and not isinstance(value, str):
                problems.append(Problem(Code.ANS_011, item=key, params={"expected": "text"}))
        elif any(o.value == sub and o.takes_text for o in owner.options):
            problems.extend(check_text(value, key))
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
        # a whole number 0-3, nothing else: 2.0, "2", true and 2.5 are refused, never read as 0
        if type(value) is not int or value not in EVIDENCE_SCORES:
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
    else:
        return check_text(value, item.id)
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
    if not isinstance(setting, str) or setting not in SETTINGS:
        problems.append(
            Problem(Code.ANS_013, item="context.setting", params={"value": setting, "expected": ", ".join(SETTINGS)})
        )
    age_band = data.get("age_band", "unknown")
    if not isinstance(age_band, str) or age_band not in AGE_BANDS:
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
        setting=setting if isinstance(setting, str) and setting in SETTINGS else "other",
        language=language if language in ("kk", "ru", "en") else "en",
        age_band=age_band if isinstance(age_band, str) and age_band in AGE_BANDS else "unknown",
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
        lst = by_id.get(list_id) if isinstance(list_id, str) else None
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
            if not isinstance(indicator, str) or indicator not in ids:
                problems.append(Problem(Code.ANS_014, item=str(indicator)[:80], params={"list": list_id}))
        out[list_id] = tuple(dict.fromkeys(i for i in ticked if isinstance(i, str) and i in ids))
    return out


# -- the other fields of a screening (every entry path: files, the command line, the store) ----

MAX_CASE_CODE = 64  # the store's column; letters (any alphabet), digits, space and - _ / . # and the numero sign
MAX_INTERVIEWER = 128
MAX_TEXT = 4000  # an answer given as text, a note, a step's note
CASE_CODE_SIGNS = frozenset(" -_/.#\u2116")  # \u2116: the numero sign
LANGUAGES = ("kk", "ru", "en")


def check_case_code(value: Any, item: str = "case_code") -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(Code.ANS_011, item=item, params={"expected": "text"})]
    if len(value) > MAX_CASE_CODE or not all(ch.isalnum() or ch in CASE_CODE_SIGNS for ch in value):
        return [Problem(Code.ANS_016, item=item, params={"limit": MAX_CASE_CODE, "signs": "- _ / . # \u2116"})]
    return []


def check_text(value: Any, item: str, limit: int = MAX_TEXT) -> list[Problem]:
    """Text of bounded length, without control characters other than line breaks and tabs."""
    if not isinstance(value, str):
        return [Problem(Code.ANS_011, item=item, params={"expected": "text"})]
    if len(value) > limit or any(not ch.isprintable() and ch not in "\n\r\t" for ch in value):
        return [Problem(Code.ANS_017, item=item, params={"limit": limit})]
    return []


def check_language(value: Any, item: str = "language") -> list[Problem]:
    if value not in LANGUAGES:  # a tuple of str: membership never needs a hash
        return [Problem(Code.ANS_013, item=item, params={"value": value, "expected": ", ".join(LANGUAGES)})]
    return []


def check_notes(form: Form, notes: Any) -> list[Problem]:
    if not isinstance(notes, Mapping):
        return [Problem(Code.ANS_010, item="notes", params={"detail": message("cli.not_mapping", "en")})]
    problems: list[Problem] = []
    for key, text in notes.items():
        if not isinstance(key, str) or key not in form.items:
            problems.append(Problem(Code.ANS_001, item=f"notes.{key}", params={"form": form.id, "known": _known(form)}))
        else:
            problems.extend(check_text(text, f"notes.{key}"))
    return problems


def check_record(
    form: Form,
    *,
    case_code: Any = "",
    interviewer: Any = "",
    language: Any = "en",
    notes: Any = None,
) -> list[Problem]:
    """Everything of a screening but its answers and context: the schema's limits, enforced."""
    problems = check_case_code(case_code)
    problems += check_text(interviewer, "interviewer", MAX_INTERVIEWER)
    problems += check_language(language)
    if notes is not None:
        problems += check_notes(form, notes)
    return problems


# -- a screening file (JSON or YAML) from outside ----------------------------------------------

INPUT_KEYS = ("form", "answers", "context", "case_code", "setting", "interviewer", "notes", "language")


def read_document(path: Path) -> dict[str, Any]:
    """The mapping in a screening file, read with the safe reader: no aliases, bounded size and
    depth, a special file refused at once; every refusal an AnswersError with its line."""
    name = str(path)
    try:
        raw = safe_input.read_bytes(path, safe_input.ANSWERS)
        text = raw.decode("utf-8")
        if path.suffix.lower() == ".json":
            data = safe_input.load_json(text, safe_input.ANSWERS)
        else:
            safe_input.check_yaml_events(text, safe_input.ANSWERS, Loader)
            data = load_yaml(text)
    except safe_input.InputRefused as exc:
        raise AnswersError([Problem(exc.code, name, exc.line, None, exc.params)]) from None
    except json.JSONDecodeError as exc:
        raise AnswersError([Problem(Code.ANS_010, name, exc.lineno, None, {"detail": exc.msg})]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        line = mark.line + 1 if mark else None
        raise AnswersError([Problem(Code.ANS_010, name, line, None, {"detail": detail})]) from None
    except (OSError, UnicodeDecodeError, ValueError, yaml.YAMLError, RecursionError) as exc:
        detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise AnswersError([Problem(Code.ANS_010, name, None, None, {"detail": detail})]) from None
    if not isinstance(data, dict):
        raise AnswersError([Problem(Code.ANS_010, name, None, None, {"detail": message("cli.not_mapping", "en")})])
    return data


def read_input(path: Path, catalog: Catalog) -> tuple[dict[str, Any], Form, dict[str, Any]]:
    """(raw document, form, normalised answers) from a screening file; AnswersError if invalid."""
    name = str(path)
    data = read_document(path)
    problems = [
        Problem(Code.ANS_015, name, None, str(key), {"allowed": ", ".join(INPUT_KEYS)})
        for key in data
        if key not in INPUT_KEYS
    ]
    form_id = data.get("form")
    try:
        form = catalog.form(str(form_id)) if form_id is not None else catalog.default_form
    except KeyError:
        problems.append(
            Problem(Code.ANS_009, name, None, None, {"form": form_id, "known": ", ".join(f.id for f in catalog.forms)})
        )
        raise AnswersError(problems) from None
    answers = data.get("answers", {})
    if not isinstance(answers, dict):
        problems.append(Problem(Code.ANS_010, name, None, "answers", {"detail": message("cli.not_mapping", "en")}))
        raise AnswersError(problems)
    answers = normalise(form, answers)
    problems.extend(check_answers(form, answers))
    problems.extend(
        check_record(
            form,
            case_code=data.get("case_code") or "",
            interviewer=data.get("interviewer") or "",
            language=data.get("language") or "en",
            notes=data.get("notes") or {},
        )
    )
    if problems:
        raise AnswersError(_located(problems, name))
    return data, form, answers


def _located(problems: list[Problem], name: str) -> list[Problem]:
    return [p if p.file else Problem(p.code, name, p.line, p.item, p.params) for p in problems]


def evaluate_input(path: Path, catalog: Catalog) -> tuple[InterviewState, ScoreResult, dict[str, Any]]:
    """A screening file read, checked in full and scored; AnswersError naming every problem."""
    data, form, answers = read_input(path, catalog)
    name = str(path)
    raw_context = data.get("context") or {}
    if not isinstance(raw_context, dict):
        raise AnswersError([Problem(Code.ANS_010, name, None, "context", {"detail": message("cli.not_mapping", "en")})])
    if "setting" in data and "setting" not in raw_context:
        raw_context = {**raw_context, "setting": data["setting"]}
    context, problems = parse_context(raw_context, catalog.lists)
    problems = _located(problems, name)
    for item_id in deciding_items(form):
        if answers.get(item_id) is None:
            problems.append(Problem(Code.ANS_006, name, None, item_id, {}))
    state = evaluate(form, answers, context)
    problems.extend(_located(circumstance_problems(catalog.next_steps, state), name))
    result = score_state(state)
    for item_state, given in state.implied_conflicts:
        because = item_state.because
        if because is not None:  # its {age} filled in, in every language (issue 16)
            because = Text(
                *(because.format(lang, **placeholder_values(state, result, catalog.lists, lang)) for lang in LANGUAGES)
            )
        problems.append(
            Problem(
                Code.ANS_007,
                name,
                None,
                item_state.item.id,
                {  # what was recorded in words, not the raw ids (issue 16)
                    "value": item_state.item.shown(given),
                    "implied": item_state.item.shown(item_state.value),
                    "because": because,
                },
            )
        )
    if problems:
        raise AnswersError(problems)
    return state, result, data
