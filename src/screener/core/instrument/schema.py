"""Stage 2: check a file's data against its JSON Schema; report each error with its line."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from screener.core.errors import Code
from screener.core.instrument.source import PathKey, Source
from screener.core.problems import Problem
from screener.core.text import LANGUAGES

if TYPE_CHECKING:  # jsonschema is imported only when a file is really checked (cache miss)
    import jsonschema

KINDS = {
    "screener-form/1": "form",
    "screener-indicators/1": "indicators",
    "screener-next-steps/1": "next_steps",
    "screener-directory/1": "directory",
    "screener-quiz/1": "quiz",
    "screener-case/1": "case",
    "screener-quick/1": "quick",
    "screener-self-test/1": "self_test",
    "screener-referrals/1": "referrals",
}
_LANGUAGE_NAMES = {"kk": "Kazakh", "ru": "Russian", "en": "English"}


@cache
def _schemas() -> dict[str, dict[str, Any]]:
    folder = resources.files("screener.core") / "schemas"
    out = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".schema.json"):
            out[entry.name.removesuffix(".schema.json")] = json.loads(entry.read_text(encoding="utf-8"))
    return out


@cache
def validator(kind: str) -> jsonschema.protocols.Validator:
    import jsonschema  # noqa: PLC0415
    from referencing import Registry, Resource  # noqa: PLC0415

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
    kind = KINDS.get(str(data.get("schema")))
    return kind if kind in _schemas() else None


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
    """One schema error as a coded problem; the message and the fix come from the catalog."""
    path: PathKey = tuple(error.absolute_path)
    item = _item_id(source.data, path)
    where = _key(path)
    value: Any = error.instance
    expected: Any = error.validator_value
    schema: Any = error.schema
    line = source.line_of(path)

    def made(problem_code: Code, /, **params: Any) -> Problem:
        return Problem(problem_code, source.name, line, item, params)

    v = error.validator
    if v == "required":
        missing = [k for k in expected if k not in (value or {})]
        key = missing[0] if missing else "?"
        if key in LANGUAGES:
            return made(Code.FORM_011, key=where, language=_LANGUAGE_NAMES[key], code=key)
        return made(Code.FORM_010, key=key, where=where)
    if v == "additionalProperties":
        allowed = sorted(schema.get("properties", {}))
        extra = sorted(set(value) - set(allowed)) if isinstance(value, dict) else []
        key = extra[0] if extra else "?"
        line = source.line_of((*path, key)) or line
        return made(Code.FORM_012, key=key, allowed=", ".join(allowed))
    if v == "type":
        return made(Code.FORM_013, key=where, expected=expected, found=type(value).__name__)
    if v in ("enum", "const"):
        allowed_values = expected if v == "enum" else [expected]
        return made(Code.FORM_014, key=where, value=value, allowed=", ".join(map(str, allowed_values)))
    if v == "pattern":
        return made(Code.FORM_015, key=where, value=value, pattern=expected)
    if v == "minLength":
        return made(Code.FORM_016, key=where)
    if v in ("minimum", "maximum"):
        return made(Code.FORM_018, key=where, value=value, detail=f"{v} {expected}")
    if v in ("minItems", "maxItems"):
        return made(Code.FORM_018, key=where, value=len(value), detail=f"{v} {expected}")
    return made(Code.FORM_017, key=where, detail=error.message)
