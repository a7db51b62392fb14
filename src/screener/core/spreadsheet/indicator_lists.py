"""An indicator list as a spreadsheet a ministry can revise, and back to the YAML the app loads.

Sheet `indicators`: one row per indicator (id, kk, ru, en, short_kk/ru/en, note, source, line).
Sheet `list`: the list's own fields, one per row (field, value): id, version, kind, title and
intro in three languages, its source, the settings and ages it applies to (comma-separated), the
comment lines at the top of the file and the layout of the YAML (quoted or plain scalars).

From a workbook the YAML is written in the layout recorded, and then checked by the loader
itself (load_indicator_list): every problem it finds is reported at the sheet, row and column
the offending value came from. Written back unchanged, a shipped list gives its file byte for
byte (tests/core/spreadsheet/test_indicator_lists.py).
"""

from __future__ import annotations

import json
import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml
from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from screener.core.errors import Code
from screener.core.instrument.loader import check_file
from screener.core.messages import message
from screener.core.problems import Problem
from screener.core.spreadsheet.workbook import Sheet, write_workbook
from screener.core.store.errors import StoreError

LANGS = ("kk", "ru", "en")
ITEM_COLUMNS = ("id", "kk", "ru", "en", "short_kk", "short_ru", "short_en", "note", "source", "line")
TEXTS = ("title", "intro")
Place = tuple[str, int, str]  # sheet, row, column


class SheetProblems(StoreError):
    """The workbook does not make a valid indicator list; `problems` say where, one per line."""

    code = Code.SHEET_001


@dataclass
class _Yaml:
    """YAML text being written, with the sheet cell each line came from."""

    lines: list[str] = field(default_factory=list)
    places: dict[int, Place] = field(default_factory=dict)

    def add(self, text: str, place: Place | None = None) -> None:
        self.lines.append(text)
        if place is not None:
            self.places[len(self.lines)] = place


# -- YAML -> workbook ----------------------------------------------------------------------------


def to_workbook(path: Path, stream: IO[bytes]) -> None:
    text = path.read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    comments = [line[1:].removeprefix(" ") for line in text.splitlines() if line.startswith("#")]
    layout = "quoted" if re.search(r'^  (kk|en): "', text, re.MULTILINE) else "plain"
    rows: list[list[Any]] = [["schema", data["schema"]], ["id", data["id"]], ["version", data["version"]]]
    rows.append(["kind", data["kind"]])
    for key in TEXTS:
        if key in data:
            rows += [[f"{key}.{lang}", data[key][lang]] for lang in LANGS]
    source = data["source"]
    rows += [[f"source.{k}", str(source[k])] for k in ("file", "lines", "note") if k in source]
    applies = data["applies_to"]
    rows += [["settings", ", ".join(applies["settings"])], ["ages", ", ".join(applies["ages"])]]
    for key in ("settings", "ages"):  # a comment at the end of the line, as in sop_risk_adult
        said = re.search(rf"^  {key}: .*?  # (.*)$", text, re.MULTILINE)
        if said:
            rows.append([f"{key}.comment", said.group(1)])
    rows += [["layout", layout], *(["comment", c] for c in comments)]
    items = []
    for item in data["items"]:
        short = item.get("short") or {}
        cells = [item["id"], *(item["text"][lang] for lang in LANGS), *(short.get(lang) for lang in LANGS)]
        marks = ", ".join(item.get("marks") or ()) or None  # declared properties (issue 16: injury)
        items.append([*cells, item.get("note"), source["file"], item["line"], marks])
    write_workbook(
        stream,
        [
            Sheet("indicators", (*ITEM_COLUMNS, "marks"), items, widths=(22, 60, 60, 60, 30, 30, 30, 40, 26, 8, 12)),
            Sheet("list", ("field", "value"), rows, widths=(16, 100)),
        ],
    )


# -- workbook -> YAML ----------------------------------------------------------------------------


def from_workbook(source: Path, target_name: str, language: str = "en") -> str:
    """The YAML of the workbook's list, checked as the loader checks it (SheetProblems if not)."""
    try:
        book = load_workbook(source, read_only=True, data_only=True)
    except (OSError, ValueError, KeyError, zipfile.BadZipFile, InvalidFileException) as exc:  # not an xlsx
        raise SheetProblems(source, problems=f"{source}: {exc}") from exc
    problems: list[str] = []
    for name in ("indicators", "list"):
        if name not in book.sheetnames:
            problems.append(message("sheet.missing", language, sheet=name))
    if problems:
        raise SheetProblems(source, problems="\n".join(problems))
    fields = _fields(book["list"])
    items = _items(book["indicators"], problems, language)
    if problems:
        raise SheetProblems(source, problems="\n".join(problems))
    out = _emit(fields, items)
    text = "\n".join(out.lines) + "\n"
    found = _check(text, target_name)
    if found:
        raise SheetProblems(source, problems="\n".join(_located(p, out, language) for p in found))
    return text


def _fields(sheet: Any) -> dict[str, tuple[Any, int]]:
    """field -> (value, row); comment rows collected in order under "comment"."""
    out: dict[str, tuple[Any, int]] = {}
    comments: list[tuple[str, int]] = []
    for row, cells in enumerate(sheet.iter_rows(min_row=2, values_only=True), 2):
        if not cells or cells[0] is None:
            continue
        name, value = str(cells[0]).strip(), cells[1] if len(cells) > 1 else None
        if name == "comment":
            comments.append(("" if value is None else str(value), row))
        else:
            out[name] = (value, row)
    out["comment"] = (comments, 0)
    return out


def _items(sheet: Any, problems: list[str], language: str) -> list[dict[str, tuple[Any, int]]]:
    rows = sheet.iter_rows(values_only=True)
    header = [str(c).strip() if c is not None else "" for c in next(rows, ())]
    missing = [c for c in ITEM_COLUMNS if c not in header]
    if missing:
        problems.append(message("sheet.columns", language, sheet="indicators", missing=", ".join(missing)))
        return []
    items = []
    for row, cells in enumerate(rows, 2):
        values = dict(zip(header, cells, strict=False))
        if all(v is None for v in values.values()):
            continue
        line = values.get("line")
        if not isinstance(line, int) and not (isinstance(line, str) and line.isascii() and line.isdigit()):
            what = message("sheet.not_a_number", language, value=line)
            problems.append(_at(("indicators", row, "line"), what, language))
        items.append({c: (values.get(c), row) for c in (*ITEM_COLUMNS, "marks")})  # marks: optional
    return items


def _emit(fields: dict[str, tuple[Any, int]], items: list[dict[str, tuple[Any, int]]]) -> _Yaml:
    quoted = _value(fields, "layout") == "quoted"
    out = _Yaml()
    for comment, row in fields["comment"][0]:
        out.add(f"# {comment}".rstrip() if comment else "#", ("list", row, "value"))
    for key in ("schema", "id", "version", "kind"):
        out.add(f"{key}: {_plain(fields, key)}", _place(fields, key))
    for key in TEXTS:
        if f"{key}.kk" in fields:
            out.add(f"{key}:")
            for lang in LANGS:
                out.add(f"  {lang}: {_text(_value(fields, f'{key}.{lang}'), quoted)}", _place(fields, f"{key}.{lang}"))
    out.add("source:")
    out.add(f"  file: {_plain(fields, 'source.file')}", _place(fields, "source.file"))
    lines = str(_value(fields, "source.lines"))
    out.add(f"  lines: {_text(lines, quoted)}", _place(fields, "source.lines"))
    if "source.note" in fields:
        out.add(f"  note: {_text(_value(fields, 'source.note'), quoted)}", _place(fields, "source.note"))
    out.add("applies_to:")
    for key in ("settings", "ages"):
        values = [v.strip() for v in str(_value(fields, key) or "").split(",") if v.strip()]
        said = _value(fields, f"{key}.comment")
        if quoted:
            out.add(f"  {key}: [{', '.join(values)}]" + (f"  # {said}" if said else ""), _place(fields, key))
        else:
            out.add(f"  {key}:", _place(fields, key))
            for value in values:
                out.add(f"    - {value}", _place(fields, key))
    out.add("items:")
    _emit_items(out, items, quoted)
    return out


def _emit_items(out: _Yaml, items: list[dict[str, tuple[Any, int]]], quoted: bool) -> None:
    for item in items:
        if not quoted:
            out.add("")
        out.add(f"  - id: {_cell(item, 'id')}", ("indicators", item["id"][1], "id"))
        out.add(f"    line: {_cell(item, 'line')}", ("indicators", item["line"][1], "line"))
        for block, prefix in (("text", ""), ("short", "short_")):
            if block == "short" and all(item[f"short_{lang}"][0] in (None, "") for lang in LANGS):
                continue
            out.add(f"    {block}:", ("indicators", item["id"][1], f"{prefix}kk"))
            for lang in LANGS:
                name = f"{prefix}{lang}" if prefix else lang
                out.add(f"      {lang}: {_text(item[name][0], quoted)}", ("indicators", item[name][1], name))
        if item["note"][0] not in (None, ""):
            out.add(f"    note: {_text(item['note'][0], quoted)}", ("indicators", item["note"][1], "note"))
        marks = [m.strip() for m in str(item["marks"][0] or "").split(",") if m.strip()]
        if marks:
            out.add(f"    marks: [{', '.join(marks)}]", ("indicators", item["marks"][1], "marks"))


def _value(fields: dict[str, tuple[Any, int]], key: str) -> Any:
    return fields.get(key, (None, 0))[0]


def _place(fields: dict[str, tuple[Any, int]], key: str) -> Place:
    return ("list", fields.get(key, (None, 0))[1], "value")


def _plain(fields: dict[str, tuple[Any, int]], key: str) -> str:
    value = _value(fields, key)
    return "" if value is None else _text(value, quoted=False)


def _cell(item: dict[str, tuple[Any, int]], column: str) -> str:
    value = item[column][0]
    return "" if value is None else _text(value, quoted=False)


def _text(value: Any, quoted: bool) -> str:
    """A scalar as the shipped files write it: double-quoted (json escapes are YAML's), or plain
    where YAML allows and single-quoted where it does not (as PyYAML writes it)."""
    if value is None:
        return '""' if quoted else "''"
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    text = str(value)
    if quoted:
        return json.dumps(text, ensure_ascii=False)
    dumped = yaml.safe_dump({"k": text}, allow_unicode=True, width=1 << 30, sort_keys=False)
    return dumped.removeprefix("k: ").rstrip("\n")


def _check(text: str, target_name: str) -> list[Problem]:
    """The loader's own verdict on the YAML, written to a private temporary folder."""
    with tempfile.TemporaryDirectory(prefix="screener-list-") as folder:
        path = Path(folder) / target_name
        path.write_text(text, encoding="utf-8")
        return check_file(path)


def _located(problem: Problem, out: _Yaml, language: str) -> str:
    place = out.places.get(problem.line or 0)
    if place is None and problem.item:  # a problem of an item as a whole: its id cell
        ids = (p for line, p in out.places.items() if out.lines[line - 1].endswith(f"id: {problem.item}"))
        place = next(ids, None)
    shown = Problem(problem.code, None, None, problem.item, problem.params)  # the place is the cell's
    return _at(place, shown.render(language), language)


def _at(place: Place | None, what: str, language: str) -> str:
    if place is None:
        return what
    sheet, row, column = place
    return message("sheet.at", language, sheet=sheet, row=row, column=column, problem=what)
