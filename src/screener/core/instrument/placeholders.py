"""Placeholders that reason texts may use, and their check."""

from __future__ import annotations

import string
from typing import Final

from screener.core.errors import Code
from screener.core.text import Text

KNOWN: Final = frozenset(
    {
        "items_at_2_or_more",
        "indicator_count",
        "indicator_lists",
        "injury_indicators",
        "age",
        "citizenship",
        "total",
        "max",
        "judgement",
        "setting",
    }
)


def used(text: str) -> set[str]:
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(text):
        if name is not None:
            names.add(name)
    return names


def problems(text: Text) -> list[tuple[Code, dict[str, str]]]:
    """(code, params) for unknown placeholders and for languages that disagree."""
    found: list[tuple[Code, dict[str, str]]] = []
    try:
        english = used(text.en)
    except ValueError as exc:
        return [(Code.FORM_105, {"name": str(exc), "language": "en", "allowed": _allowed()})]
    for language in ("kk", "ru", "en"):
        try:
            names = used(text.get(language))
        except ValueError as exc:
            found.append((Code.FORM_105, {"name": str(exc), "language": language, "allowed": _allowed()}))
            continue
        for name in sorted(names - KNOWN):
            found.append((Code.FORM_105, {"name": name, "language": language, "allowed": _allowed()}))
        if language != "en" and names != english:
            found.append(
                (
                    Code.FORM_114,
                    {
                        "language": language,
                        "found": ", ".join(sorted(names)) or "-",
                        "expected": ", ".join(sorted(english)) or "-",
                    },
                )
            )
    return found


def _allowed() -> str:
    return ", ".join("{" + name + "}" for name in sorted(KNOWN))
