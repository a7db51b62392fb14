"""Shared pieces of stages 3-4: turning checked data into model objects, with located problems."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from screener.core.conditions import Condition, compile_condition
from screener.core.errors import Code
from screener.core.instrument import placeholders
from screener.core.instrument.model import SourceRef
from screener.core.instrument.source import PathKey, Source
from screener.core.problems import Problem
from screener.core.text import Text


def content_hash(data: Any) -> str:
    """A hash of the file's meaning (not its comments or layout)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return "sha256:" + hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Builder:
    """Collects the problems of one file while its model is built."""

    def __init__(self, source: Source) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def problem(self, code: Code, path: PathKey, item: str | None, **params: Any) -> None:
        self.problems.append(Problem(code, self.source.name, self.source.line_of(path), item, params))

    def text(self, data: Mapping[str, Any], key: str) -> Text:
        return Text.from_dict(data[key])

    def optional_text(self, data: Mapping[str, Any], key: str) -> Text | None:
        return Text.from_dict(data[key]) if key in data else None

    def reason_text(self, data: Mapping[str, Any], key: str, path: PathKey, item: str | None) -> Text | None:
        text = self.optional_text(data, key)
        if text is not None:
            for code, params in placeholders.problems(text):
                self.problem(code, (*path, key), item, **params)
        return text

    def condition(self, spec: Mapping[str, Any]) -> Condition:
        return compile_condition(spec)

    def unique(self, entries: Iterable[tuple[str, PathKey]], item_kind: str) -> None:
        seen: dict[str, PathKey] = {}
        for ident, path in entries:
            if ident in seen:
                self.problem(
                    Code.FORM_101,
                    path,
                    ident,
                    id=ident,
                    other_line=self.source.line_of(seen[ident]),
                    kind=item_kind,
                )
            else:
                seen[ident] = path


def source_ref(data: Mapping[str, Any]) -> SourceRef:
    return SourceRef(file=data["file"], lines=str(data["lines"]), note=data.get("note"))
