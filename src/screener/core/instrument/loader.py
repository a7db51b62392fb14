"""The one entry point to the instrument: load and check every shipped file.

Each file goes through the stages read -> schema -> meaning -> model, and every problem is
reported with its file, line, item and fix. Nothing half-loaded is ever returned.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol, TypeVar

from screener.core import paths, safe_input
from screener.core.errors import Code
from screener.core.instrument import cache, schema
from screener.core.instrument.directory_builder import DirectoryBuilder
from screener.core.instrument.form_builder import FormBuilder
from screener.core.instrument.list_builder import IndicatorListBuilder, NextStepsBuilder
from screener.core.instrument.model import Directory, Form, IndicatorList, NextStepRules
from screener.core.instrument.source import Source, parse_bytes
from screener.core.problems import InstrumentError, Problem
from screener.core.quick import QuickCheck, QuickCheckBuilder
from screener.core.referrals import ReferralLists, ReferralListsBuilder

NEXT_STEPS_FILE = "next_steps.yaml"


def read_checked(path: Path, expected: str | None = None) -> tuple[Source, str]:
    """Stages 1-2 for one file: parsed and schema-checked, or from the cache of checked files."""
    try:
        raw = safe_input.read_bytes(path, safe_input.INSTRUMENT)  # a pipe or device: refused unread
    except safe_input.InputRefused as exc:
        raise InstrumentError([Problem(exc.code, str(path), exc.line, None, exc.params)]) from None
    except OSError as exc:
        raise InstrumentError(
            [Problem(Code.FORM_004, str(path), None, None, {"detail": exc.strerror or str(exc)})]
        ) from exc
    entry_key = cache.key(raw)
    hit = cache.load(entry_key)
    if hit is not None:
        data, lines, kind = hit
        source = Source(path=path, data=data, lines=lines, text="")
        if expected is None or kind == expected:
            return source, kind
    source = parse_bytes(raw, path)
    kind = _checked(source, expected)
    cache.store(entry_key, source.data, source.lines, kind)
    return source, kind


def _checked(source: Source, expected: str | None = None) -> str:
    kind = schema.kind_of(source)
    if kind is None or (expected is not None and kind != expected):
        found = source.data.get("schema") if isinstance(source.data, dict) else type(source.data).__name__
        raise InstrumentError([Problem(Code.FORM_002, source.name, 1, None, {"found": found})])
    problems = schema.check(source, kind)
    if problems:
        raise InstrumentError(problems)
    return kind


_Model_co = TypeVar("_Model_co", covariant=True)


_T = TypeVar("_T")


class _Building(Protocol[_Model_co]):
    problems: list[Problem]

    def build(self) -> _Model_co: ...


def _built(builder: _Building[_T]) -> _T:
    model = builder.build()
    if builder.problems:
        raise InstrumentError(builder.problems)
    return model


def load_form(path: Path) -> Form:
    source, _kind = read_checked(path, "form")
    return _built(FormBuilder(source))


def load_indicator_list(path: Path) -> IndicatorList:
    source, _kind = read_checked(path, "indicators")
    return _built(IndicatorListBuilder(source))


def load_directory(path: Path) -> Directory:
    source, _kind = read_checked(path, "directory")
    return _built(DirectoryBuilder(source))


def load_next_steps(path: Path, forms: tuple[Form, ...], lists: tuple[IndicatorList, ...]) -> NextStepRules:
    source, _kind = read_checked(path, "next_steps")
    return _next_steps(source, forms, lists)


def _next_steps(source: Source, forms: tuple[Form, ...], lists: tuple[IndicatorList, ...]) -> NextStepRules:
    answers = {item_id for form in forms for item_id in form.items}
    scores = {s.id for form in forms for s in form.scored_sections}
    scores |= {item.id for form in forms for item in form.items.values() if item.scored}
    return _built(NextStepsBuilder(source, answers, scores, lists))


@dataclass(frozen=True, slots=True)
class Catalog:
    """Everything the app knows about the instrument."""

    forms: tuple[Form, ...]
    lists: tuple[IndicatorList, ...]
    next_steps: NextStepRules
    # other checked files (directory, training cases, quiz), by kind, for the modules that use them
    documents: Mapping[str, tuple[Source, ...]] = field(default_factory=dict)
    # hotlines and the NGO / shelter directory printed on the result sheet (forms/directory.yaml)
    directory: Directory | None = None
    # the lists of the quick indicator check, by setting (forms/quick_check.yaml)
    quick: QuickCheck | None = None
    # what a referral can be for, how it is made, the reasons and who decides (forms/referrals.yaml)
    referrals: ReferralLists | None = None

    def form(self, form_id: str) -> Form:
        for form in self.forms:
            if form.id == form_id:
                return form
        raise KeyError(form_id)

    def indicator_list(self, list_id: str) -> IndicatorList:
        for indicator_list in self.lists:
            if indicator_list.id == list_id:
                return indicator_list
        raise KeyError(list_id)

    @property
    def default_form(self) -> Form:
        return self.forms[0]


def load_catalog(forms_dir: Path | None = None, indicators_dir: Path | None = None) -> Catalog:  # noqa: PLR0912
    """Load every form, indicator list, next-step rules and other file; report every problem at once."""
    forms_dir = forms_dir or paths.forms_dir()
    indicators_dir = indicators_dir or paths.indicators_dir()
    problems: list[Problem] = []
    forms: list[Form] = []
    lists: list[IndicatorList] = []
    rules_sources: list[Source] = []
    documents: dict[str, list[Source]] = {}
    directories: list[Directory] = []
    quick_sources: list[Source] = []
    referrals: list[ReferralLists] = []
    for path in sorted(forms_dir.rglob("*.yaml")) + sorted(indicators_dir.rglob("*.yaml")):
        try:
            source, kind = read_checked(path)
            if kind == "form":
                forms.append(_built(FormBuilder(source)))
            elif kind == "indicators":
                lists.append(_built(IndicatorListBuilder(source)))
            elif kind == "next_steps":
                rules_sources.append(source)
            elif kind == "directory":
                directories.append(_built(DirectoryBuilder(source)))
                documents.setdefault(kind, []).append(source)
            elif kind == "quick":
                quick_sources.append(source)
            elif kind == "referrals":
                referrals.append(_built(ReferralListsBuilder(source)))
            else:
                documents.setdefault(kind, []).append(source)
        except InstrumentError as exc:
            problems.extend(exc.problems)
    _check_unique(forms, lists, problems)
    rules = None
    if len(rules_sources) != 1:
        problems.append(Problem(Code.FORM_005, str(forms_dir / NEXT_STEPS_FILE), None, None, {}))
    else:
        try:
            rules = _next_steps(rules_sources[0], tuple(forms), tuple(lists))
        except InstrumentError as exc:
            problems.extend(exc.problems)
    if not forms and not problems:
        problems.append(Problem(Code.FORM_006, str(forms_dir), None, None, {}))
    if len(directories) > 1:
        problems.append(Problem(Code.FORM_007, str(directories[1].path), None, None, {"kind": "directory"}))
    if len(referrals) > 1:
        problems.append(Problem(Code.FORM_139, str(referrals[1].path), None, None, {}))
    quick = _quick(quick_sources, lists, problems)
    if problems or rules is None:
        raise InstrumentError(problems)
    return Catalog(
        forms=tuple(forms),
        lists=tuple(lists),
        next_steps=rules,
        documents={kind: tuple(found) for kind, found in documents.items()},
        directory=directories[0] if directories else None,
        quick=quick,
        referrals=referrals[0] if referrals else None,
    )


def _quick(sources: list[Source], lists: list[IndicatorList], problems: list[Problem]) -> QuickCheck | None:
    if len(sources) > 1:
        problems.append(Problem(Code.FORM_133, str(sources[1].path), None, None, {}))
    elif sources:
        try:
            return _built(QuickCheckBuilder(sources[0], lists))
        except InstrumentError as exc:
            problems.extend(exc.problems)
    return None


def _check_unique(forms: list[Form], lists: list[IndicatorList], problems: list[Problem]) -> None:
    seen: dict[str, str] = {}
    for form in forms:
        if form.id in seen:
            problems.append(
                Problem(
                    Code.FORM_101,
                    form.path.name,
                    1,
                    form.id,
                    {"id": form.id, "other_line": seen[form.id], "kind": "form"},
                )
            )
        seen[form.id] = form.path.name
    item_seen: dict[str, str] = {}
    for lst in lists:
        if lst.id in seen:
            problems.append(
                Problem(
                    Code.FORM_101,
                    lst.path.name,
                    1,
                    lst.id,
                    {"id": lst.id, "other_line": seen[lst.id], "kind": "list"},
                )
            )
        seen[lst.id] = lst.path.name
        for item in lst.items:
            if item.id in item_seen:
                problems.append(
                    Problem(
                        Code.FORM_101,
                        lst.path.name,
                        item.line,
                        item.id,
                        {"id": item.id, "other_line": item_seen[item.id], "kind": "indicator"},
                    )
                )
            item_seen[item.id] = lst.path.name


def check_file(path: Path) -> list[Problem]:
    """Check one file of any kind on its own (for `screener forms check PATH`)."""
    try:
        _source, kind = read_checked(path)
        if kind == "form":
            load_form(path)
        elif kind == "indicators":
            load_indicator_list(path)
        elif kind == "next_steps":
            catalog = load_catalog()
            load_next_steps(path, catalog.forms, catalog.lists)
        elif kind == "directory":
            load_directory(path)
        elif kind == "quick":
            _built(QuickCheckBuilder(_source, load_catalog().lists))
        elif kind == "referrals":
            _built(ReferralListsBuilder(_source))
    except InstrumentError as exc:
        return list(exc.problems)
    except OSError as exc:
        return [Problem(Code.FORM_004, str(path), None, None, {"detail": exc.strerror or str(exc)})]
    return []
