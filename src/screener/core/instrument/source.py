"""Stage 1: read a YAML file into plain data, remembering the line of every key."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from screener.core import safe_input
from screener.core.errors import Code
from screener.core.problems import InstrumentError, Problem

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class Loader(_Base):  # type: ignore[valid-type,misc]
    """YAML 1.2 booleans: only true/false. In YAML 1.1 'yes', 'no', 'on' and 'off' are
    booleans too, which would turn the instrument's yes/no answers into True/False."""

    yaml_implicit_resolvers = {  # noqa: RUF012 (PyYAML's own class-level table)
        first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
        for first, resolvers in _Base.yaml_implicit_resolvers.items()
    }


Loader.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)
PathKey = tuple[str | int, ...]


@dataclass(frozen=True, slots=True)
class Source:
    """A parsed file: its data, and the 1-based line where each path starts."""

    path: Path
    data: Any
    lines: dict[PathKey, int]
    text: str

    @property
    def name(self) -> str:
        return _display_name(self.path)

    def line_of(self, path: PathKey) -> int | None:
        """The line of a path, or of its nearest ancestor that has one."""
        for end in range(len(path), -1, -1):
            line = self.lines.get(path[:end])
            if line is not None:
                return line
        return None


def _display_name(path: Path) -> str:
    parts = path.parts
    for anchor in ("forms", "indicators"):
        if anchor in parts:
            return "/".join(parts[len(parts) - parts[::-1].index(anchor) - 1 :])
    return str(path)


def load_yaml(text: str) -> Any:
    """Plain data from YAML text, with YAML 1.2 booleans (yes/no stay strings)."""
    return yaml.load(text, Loader=Loader)


def read(path: Path) -> Source:
    """A file read with the safe reader's limits (a special file, an oversized one: refused)."""
    try:
        raw = safe_input.read_bytes(path, safe_input.INSTRUMENT)
    except safe_input.InputRefused as exc:
        raise InstrumentError([Problem(exc.code, _display_name(path), exc.line, None, exc.params)]) from None
    return parse_bytes(raw, path)


def parse_bytes(raw: bytes, path: Path) -> Source:
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InstrumentError([Problem(Code.FORM_004, _display_name(path), None, None, {"detail": str(exc)})]) from exc
    return parse(text, path)


def parse(text: str, path: Path) -> Source:
    name = _display_name(path)
    try:
        # depth and aliases are counted before anything is composed, the expanded size before
        # anything is constructed: no file can recurse the composer away or expand without end
        safe_input.check_yaml_events(text, safe_input.INSTRUMENT, Loader)
        loader = Loader(text)
        try:
            node = loader.get_single_node()
            if node is None:
                raise InstrumentError([Problem(Code.FORM_002, name, 1, None, {"found": "(empty)"})])
            safe_input.check_expanded(node, safe_input.INSTRUMENT)
            data = loader.construct_document(node)
        finally:
            loader.dispose()
    except safe_input.InputRefused as exc:
        raise InstrumentError([Problem(exc.code, name, exc.line, None, exc.params)]) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise InstrumentError([Problem(Code.FORM_001, name, line, None, {"detail": detail})]) from exc
    except yaml.YAMLError as exc:
        raise InstrumentError([Problem(Code.FORM_001, name, None, None, {"detail": str(exc)})]) from exc
    lines: dict[PathKey, int] = {}
    problems: list[Problem] = []
    _walk(node, (), lines, problems, name)
    if problems:
        raise InstrumentError(problems)
    return Source(path=path, data=data, lines=lines, text=text)


def _walk(node: yaml.Node, path: PathKey, lines: dict[PathKey, int], problems: list[Problem], name: str) -> None:
    lines[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        seen: dict[Any, int] = {}
        for key_node, value_node in node.value:
            key = key_node.value
            line = key_node.start_mark.line + 1
            if key in seen:
                problems.append(Problem(Code.FORM_003, name, line, None, {"key": key, "other_line": seen[key]}))
            seen[key] = line
            child = (*path, str(key))
            _walk(value_node, child, lines, problems, name)
            lines[child] = line
    elif isinstance(node, yaml.SequenceNode):
        for index, value_node in enumerate(node.value):
            _walk(value_node, (*path, index), lines, problems, name)
