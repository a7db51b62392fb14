"""One safe reader for every file that comes from outside (forms, lists, training files, answers).

Each limit is checked before the work it protects, so no file can hang or exhaust the app:
- a folder, a pipe or a device is refused before it is opened (reading a FIFO waits for ever);
- the size is bounded before the file is read;
- YAML nesting depth and the number of aliases are counted on the event stream, which libyaml
  produces without recursion, before anything is composed (deep nesting crashed the composer);
- after composing, the size of the document with its aliases expanded is bounded (a
  "billion laughs" file is small on disk and huge expanded), and alias cycles are refused;
- JSON nesting is counted before parsing, and integers longer than any real answer are refused.
Every refusal is an InputRefused with the line where it was found, worded by the caller's family.
"""

from __future__ import annotations

import json
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from screener.core.errors import Code


@dataclass(frozen=True, slots=True)
class Limits:
    size: int  # bytes on disk
    depth: int  # nesting of mappings and lists
    aliases: int  # YAML aliases (*name); 0 refuses any
    nodes: int  # values in the document with its aliases expanded


# the shipped instrument's largest file has ~25,000 nodes and depth 12
INSTRUMENT = Limits(size=4 * 1024 * 1024, depth=64, aliases=200, nodes=500_000)
ANSWERS = Limits(size=1024 * 1024, depth=16, aliases=0, nodes=100_000)
MAX_INT_DIGITS = 18


class InputRefused(Exception):
    """A file refused by a limit: the code, the line (when known) and the message's parameters."""

    def __init__(self, code: Code, line: int | None = None, **params: Any) -> None:
        self.code = code
        self.line = line
        self.params = params
        super().__init__(f"{code} line {line}: {params}")


def read_bytes(path: Path, limits: Limits) -> bytes:
    """The file's bytes, refusing a special file or one over the size limit before reading it."""
    info = path.stat()  # OSError (missing, no permission) is the caller's to word
    if not stat.S_ISREG(info.st_mode):
        raise InputRefused(Code.INPUT_001, kind=_kind(info.st_mode))
    if info.st_size > limits.size:
        raise InputRefused(Code.INPUT_002, size=info.st_size, limit=limits.size)
    with path.open("rb") as stream:
        data = stream.read(limits.size + 1)
    if len(data) > limits.size:  # the file grew while it was read
        raise InputRefused(Code.INPUT_002, size=len(data), limit=limits.size)
    return data


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISFIFO(mode):
        return "pipe"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "special file"


def check_yaml_events(text: str, limits: Limits, loader: type[Any]) -> None:
    """Depth and aliases counted on the parser's events, before anything is composed."""
    depth = 0
    aliases = 0
    for event in yaml.parse(text, Loader=loader):
        if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
            depth += 1
            if depth > limits.depth:
                raise InputRefused(Code.INPUT_003, _line(event), limit=limits.depth)
        elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
            depth -= 1
        elif isinstance(event, yaml.ScalarEvent) and _long_number(event):
            raise InputRefused(Code.INPUT_007, _line(event), digits=len(event.value), limit=MAX_INT_DIGITS)
        elif isinstance(event, yaml.AliasEvent):
            aliases += 1
            if aliases > limits.aliases:
                raise InputRefused(Code.INPUT_004, _line(event), limit=limits.aliases, alias=event.anchor)


def check_expanded(node: yaml.Node, limits: Limits) -> None:
    """The document's size with every alias expanded; an alias inside itself is refused."""
    sizes: dict[int, int] = {}
    open_nodes: set[int] = set()

    def size(current: yaml.Node) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        if key in open_nodes:
            raise InputRefused(Code.INPUT_006, current.start_mark.line + 1)
        open_nodes.add(key)
        total = 1
        if isinstance(current, yaml.MappingNode):
            for key_node, value_node in current.value:
                total += size(key_node) + size(value_node)
        elif isinstance(current, yaml.SequenceNode):
            for child in current.value:
                total += size(child)
        if total > limits.nodes:
            raise InputRefused(Code.INPUT_005, current.start_mark.line + 1, limit=limits.nodes)
        open_nodes.discard(key)
        sizes[key] = total
        return total

    size(node)


def _long_number(event: yaml.ScalarEvent) -> bool:
    value = event.value
    return not event.style and len(value) > MAX_INT_DIGITS and value.lstrip("+-").replace("_", "").isdigit()


def _line(event: Any) -> int | None:
    mark = getattr(event, "start_mark", None)
    return mark.line + 1 if mark is not None else None


def check_json_depth(text: str, limits: Limits) -> None:
    """Nesting counted over the brackets outside strings, before the parser recurses into them."""
    depth = 0
    line = 1
    in_string = escaped = False
    for char in text:
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            elif char == "\n":
                line += 1
            continue
        if char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > limits.depth:
                raise InputRefused(Code.INPUT_003, line, limit=limits.depth)
        elif char in "]}":
            depth -= 1
        elif char == "\n":
            line += 1


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_INT_DIGITS:
        raise InputRefused(Code.INPUT_007, digits=len(digits), limit=MAX_INT_DIGITS)
    return int(digits)


def load_json(text: str, limits: Limits) -> Any:
    """JSON with its depth bounded and no integer longer than MAX_INT_DIGITS digits."""
    check_json_depth(text, limits)
    return json.loads(text, parse_int=_bounded_int)
