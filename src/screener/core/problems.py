"""Located, coded problems: what the loader and the answer checks report.

A problem carries a stable code (FORM_012, ANS_002, WARN_001 ...) and its parameters; the
words live in translations/messages.yaml, in the three languages.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from screener.core.errors import Code, ScreenerError
from screener.core.messages import message
from screener.core.text import Text


@dataclass(frozen=True, slots=True)
class Problem:
    code: Code
    file: str | None = None
    line: int | None = None
    item: str | None = None
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, language: str = "en", values: Mapping[str, Any] | None = None) -> str:
        """What is wrong, without the code and the place (for a warning shown beside its item).

        A parameter that is an instrument text (an implied value's reason) may hold {placeholders}:
        `values` fills them in (next_steps.placeholder_values).
        """
        return message(self.code, language, **self._params(language, values))

    def _params(self, language: str, values: Mapping[str, Any] | None) -> dict[str, Any]:
        return {k: v.format(language, **(values or {})) if isinstance(v, Text) else v for k, v in self.params.items()}

    def render(self, language: str = "en", values: Mapping[str, Any] | None = None) -> str:
        """One line: where, what, and how to fix it."""
        where = ""
        if self.file:
            where = self.file + (f":{self.line}" if self.line else "") + ": "
        params = self._params(language, values)
        what = message(self.code, language, **params)
        item = f"{self.item}: " if self.item else ""
        fix = message(self.code + ".fix", language, **params, default="")
        fix_label = message("fix", language)
        return f"{where}{self.code} {item}{what}" + (f" {fix_label}: {fix}" if fix else "")


class ProblemsError(ScreenerError):
    """Raised with every problem found, not only the first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        self.code = self.problems[0].code
        super().__init__("\n".join(p.render() for p in problems))

    def render(self, language: str = "en") -> str:
        return "\n".join(p.render(language) for p in self.problems)


class InstrumentError(ProblemsError):
    """A form, indicator list or next-step file is invalid."""


class AnswersError(ProblemsError):
    """Answers given to a form are invalid."""
