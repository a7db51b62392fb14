"""Stage 2: check a file's data against its JSON Schema; report each error with its line."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

import jsonschema
from referencing import Registry, Resource

from screener.core.instrument.source import PathKey, Source
from screener.core.problems import Problem
from screener.core.text import LANGUAGES

KINDS = {
    "screener-form/1": "form",
    "screener-indicators/1": "indicators",
    "screener-next-steps/1": "next_steps",
}
_LANGUAGE_NAMES = {"kk": "Kazakh", "ru": "Russian", "en": "English"}


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    folder = resources.files("screener.core") / "schemas"
    out = {}
    for name in ("common", "form", "indicators", "next_steps"):
        out[name] = json.loads((folder / f"{name}.schema.json").read_text(encoding="utf-8"))
    return out


@cache
def validator(kind: str) -> jsonschema.protocols.Validator:
    schemas = _schemas()
    registry: Registry[Any] = Registry().with_resources(
        (schema["$id"], Resource.from_contents(schema)) for schema in schemas.values()
    )
    cls = jsonschema.validators.validator_for(schemas[kind])
    return cls(schemas[kind], registry=registry)


def kind_of(source: Source) -> str | None:
    data = source.data
    if not isinstance(data, dict):
        return None
    return KINDS.get(str(data.get("schema")))


def check(source: Source, kind: str) -> list[Problem]:
    """Every schema error, reduced to the most specific cause, with its line and item."""
    problems: dict[tuple[int | None, str, str], Problem] = {}
    for error in validator(kind).iter_errors(source.data):
        for leaf in _leaves(error):
            problem = _problem(source, leaf)
            problems.setdefault((problem.line, problem.code, str(problem.params)), problem)
    return sorted(problems.values(), key=lambda p: (p.line or 0, p.code))


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    """For oneOf/anyOf, the errors of the alternative the author most likely meant.

    That is the alternative whose errors all lie deeper than the object itself (its own keys
    fit), then the one with the fewest errors.
    """
    if error.validator not in ("oneOf", "anyOf") or not error.context:
        return [error]
    groups: dict[Any, list[jsonschema.ValidationError]] = {}
    for sub in error.context:
        groups.setdefault(sub.relative_schema_path[0], []).append(sub)
    depth = len(error.absolute_path)

    def fit(errors: list[jsonschema.ValidationError]) -> tuple[int, int, int]:
        shallow = sum(1 for e in errors if len(e.absolute_path) <= depth)
        deepest = max(len(e.absolute_path) for e in errors)
        return (shallow, len(errors), -deepest)

    best = min(groups.values(), key=fit)
    return [leaf for sub in best for leaf in _leaves(sub)]


def _item_id(data: Any, path: PathKey) -> str | None:
    """The id of the innermost object on the path that has one."""
    found = None
    node = data
    for key in path:
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            found = node["id"]
        try:
            node = node[key]
        except (KeyError, IndexError, TypeError):
            break
    if isinstance(node, dict) and isinstance(node.get("id"), str):
        found = node["id"]
    return found


def _key(path: PathKey) -> str:
    named = [str(part) for part in path if isinstance(part, str)]
    return ".".join(named[-2:]) if named else "(top)"


def _problem(source: Source, error: jsonschema.ValidationError) -> Problem:
    path: PathKey = tuple(error.absolute_path)
    line = source.line_of(path)
    item = _item_id(source.data, path)
    where = _key(path)
    v = error.validator
    if v == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        key = missing[0] if missing else "?"
        if key in LANGUAGES:
            return Problem(
                "FORM_011", source.name, line, item,
                {"key": where, "language": _LANGUAGE_NAMES[key], "code": key},
            )
        return Problem("FORM_010", source.name, line, item, {"key": key, "where": where})
    if v == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extra = sorted(set(error.instance) - set(allowed)) if isinstance(error.instance, dict) else []
        key = extra[0] if extra else "?"
        line = source.line_of((*path, key)) or line
        return Problem(
            "FORM_012", source.name, line, item, {"key": key, "allowed": ", ".join(allowed)}
        )
    if v == "type":
        return Problem(
            "FORM_013", source.name, line, item,
            {"key": where, "expected": error.validator_value, "found": type(error.instance).__name__},
        )
    if v in ("enum", "const"):
        allowed_values = error.validator_value if v == "enum" else [error.validator_value]
        return Problem(
            "FORM_014", source.name, line, item,
            {"key": where, "value": error.instance, "allowed": ", ".join(map(str, allowed_values))},
        )
    if v == "pattern":
        return Problem(
            "FORM_015", source.name, line, item,
            {"key": where, "value": error.instance, "pattern": error.validator_value},
        )
    if v == "minLength":
        return Problem("FORM_016", source.name, line, item, {"key": where})
    if v in ("minimum", "maximum", "minItems", "maxItems"):
        return Problem(
            "FORM_018", source.name, line, item,
            {"key": where, "value": error.instance if v in ("minimum", "maximum") else len(error.instance),
             "detail": f"{v} {error.validator_value}"},
        )
    return Problem("FORM_017", source.name, line, item, {"key": where, "detail": error.message})
