"""Stages 3-4 for a screening form: meaning checks, then the immutable Form."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import pairwise
from types import MappingProxyType
from typing import Any

from screener.core.conditions import Condition
from screener.core.errors import Code
from screener.core.instrument.building import Builder, content_hash, source_ref
from screener.core.instrument.model import (
    STATELESS,
    Correction,
    End,
    Form,
    Implied,
    Item,
    LineText,
    Option,
    Probe,
    Roles,
    Script,
    Section,
)
from screener.core.instrument.source import PathKey, Source
from screener.core.maxima import reachable_maxima
from screener.core.text import Text

COUNTRY = re.compile(r"^[A-Z]{2}$")
_NUMERIC_TYPES = ("integer", "evidence")
# the item types each item role can be played by
ROLE_TYPES: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        "age": ("integer",),
        "citizenship": ("country",),
        "judgement": ("choice", "integer"),
        "types": ("multi_choice",),
        "nonverbal": ("text",),
    }
)


class FormBuilder(Builder):
    def __init__(self, source: Source) -> None:
        super().__init__(source)
        self.known: dict[str, Item] = {}  # items declared so far, in form order

    def build(self) -> Form:
        data = self.source.data
        sections = tuple(self._section(s, ("sections", i)) for i, s in enumerate(data["sections"]))
        items = {item.id: item for section in sections for item in section.items}
        self.unique(
            (
                (item["id"], ("sections", si, "items", ii, "id"))
                for si, s in enumerate(data["sections"])
                for ii, item in enumerate(s["items"])
            ),
            "item",
        )
        self.unique(((s["id"], ("sections", i, "id")) for i, s in enumerate(data["sections"])), "section")
        section_ids = [s.id for s in sections]
        scripts = []
        for index, script in enumerate(data["scripts"]):
            if script["before"] not in section_ids:
                self.problem(
                    Code.FORM_106,
                    ("scripts", index, "before"),
                    script["id"],
                    id=script["id"],
                    before=script["before"],
                    allowed=", ".join(section_ids),
                )
            scripts.append(
                Script(
                    script["id"],
                    script["before"],
                    self.text(script, "title"),
                    self.text(script, "text"),
                    script["line"],
                    self._organisation(script),
                )
            )
        scale = sorted(data["evidence_scale"], key=lambda entry: entry["value"])
        if [entry["value"] for entry in scale] != [0, 1, 2, 3]:
            self.problem(Code.FORM_117, ("evidence_scale",), None)
        form = Form(
            id=data["id"],
            version=data["version"],
            title=self.text(data, "title"),
            source=source_ref(data["source"]),
            instructions=tuple(LineText(self.text(i, "text"), i["line"]) for i in data["instructions"]),
            evidence_scale=tuple(self.text(entry, "label") for entry in scale),
            scripts=tuple(scripts),
            sections=sections,
            corrections=tuple(Correction(**c) for c in data.get("corrections", ())),
            content_hash=content_hash(data),
            path=self.source.path,
            items=MappingProxyType(items),
            roles=self._roles(data.get("roles", {}), items),
        )
        if not self.problems:
            self._check_maxima(form)
        return form

    def _organisation(self, script: dict[str, Any]) -> tuple[Text, Text] | None:
        entry = script.get("organisation")
        if entry is None:
            return None
        return self.text(entry, "placeholder"), self.text(entry, "filled")

    def _roles(self, data: Mapping[str, Any], items: Mapping[str, Item]) -> Roles:
        """The declared roles, each item role naming an item of the type the role needs."""
        for role, types in ROLE_TYPES.items():
            item_id = data.get(role)
            if item_id is None:
                continue
            path = ("roles", role)
            item = items.get(item_id)
            if item is None:
                self.problem(Code.FORM_135, path, item_id, role=role, id=item_id, known=", ".join(items))
            elif item.type not in types:
                expected = ", ".join(types)
                self.problem(Code.FORM_136, path, item_id, role=role, id=item_id, type=item.type, expected=expected)
        groups = tuple(data.get("age_groups", ()))
        if groups and (groups[0] != 0 or any(b <= a for a, b in pairwise(groups))):
            self.problem(Code.FORM_137, ("roles", "age_groups"), None, found=", ".join(map(str, groups)))
        return Roles(
            **{role: data.get(role) for role in ROLE_TYPES},
            home_country=data.get("home_country"),
            age_of_majority=data.get("age_of_majority"),
            age_groups=groups,
        )

    def _check_maxima(self, form: Form) -> None:
        """A declared max must be what the engine can reach (catches the seed's "/1")."""
        reached = reachable_maxima(form)
        for index, section in enumerate(form.sections):
            if section.scored and section.max != reached[section.id]:
                self.problem(
                    Code.FORM_104,
                    ("sections", index, "max"),
                    section.id,
                    section=section.id,
                    declared=section.max,
                    computed=reached[section.id],
                )

    def _section(self, data: Mapping[str, Any], path: PathKey) -> Section:
        sid = data["id"]
        applies_when = None
        if "applies_when" in data:
            applies_when = self._form_condition(data["applies_when"], (*path, "applies_when"), sid)
        items = tuple(self._item(item, sid, (*path, "items", index)) for index, item in enumerate(data["items"]))
        declared = data.get("max")
        if data["scored"] and declared is None:
            self.problem(Code.FORM_010, path, sid, key="max", where=f"section {sid}")
        return Section(
            id=sid,
            title=self.text(data, "title"),
            scored=data["scored"],
            items=items,
            line=data.get("line"),
            max=declared or 0,
            instruction=self.optional_text(data, "instruction"),
            applies_when=applies_when,
            included_because=self.reason_text(data, "included_because", path, sid),
            skipped_because=self.reason_text(data, "skipped_because", path, sid),
            pending_because=self.reason_text(data, "pending_because", path, sid),
            rule=self.optional_text(data, "rule"),
            conclusion=data.get("conclusion", False),
        )

    def _item(self, data: Mapping[str, Any], section: str, path: PathKey) -> Item:
        iid = data["id"]
        kind = data["type"]
        options = tuple(
            Option(
                value=o["value"],
                label=self.text(o, "label"),
                points=o.get("points"),
                follow_up=self.optional_text(o, "follow_up"),
                exclusive=o.get("exclusive", False),
                takes_text=o.get("takes_text", False),
            )
            for o in data.get("options", ())
        )
        if kind not in ("choice", "multi_choice") and options:
            self.problem(Code.FORM_012, (*path, "options"), iid, key="options", allowed="(not for this type)")
        self.unique(((o.value, (*path, "options", i)) for i, o in enumerate(options)), "option")
        if "min" in data and "max" in data and data["min"] > data["max"]:
            self.problem(Code.FORM_115, (*path, "min"), iid, min=data["min"], max=data["max"])
        shown_when = None
        if "shown_when" in data:
            shown_when = self._form_condition(data["shown_when"], (*path, "shown_when"), iid)
        root = None
        if kind == "evidence":
            branch = data.get("branch", {"yes": {}, "no": {}})
            root = Probe(
                "q1",
                self.text(data, "question"),
                self._node(branch["yes"], (*path, "branch", "yes")),
                self._node(branch["no"], (*path, "branch", "no")),
            )
            self.unique(((p.id, (*path, "branch")) for p in _probes(root)), "branch question")
        item = Item(
            id=iid,
            type=kind,
            section=section,
            line=data["line"],
            question=self.text(data, "question"),
            required=data.get("required", True),
            root=root,
            interviewer_notes=self.optional_text(data, "interviewer_notes"),
            evidence_label=self.optional_text(data, "evidence_label"),
            applicability=self.optional_text(data, "applicability"),
            options=options,
            min=data.get("min"),
            max=data.get("max"),
            unit=self.optional_text(data, "unit"),
            shown_when=shown_when,
            hidden_because=self.optional_text(data, "hidden_because"),
        )
        # implied answers may refer to earlier items only, and must be a valid answer to this one
        implied = []
        for index, entry in enumerate(data.get("implied", ())):
            entry_path = (*path, "implied", index)
            when = self._form_condition(entry["when"], (*entry_path, "when"), iid)
            self._check_value(item, entry["value"], (*entry_path, "value"), iid, Code.FORM_111)
            implied.append(Implied(when, entry["value"], self.text(entry, "because")))
        self.known[iid] = item
        if implied:
            item = _with_implied(item, tuple(implied))
            self.known[iid] = item
        return item

    def _node(self, data: Mapping[str, Any], path: PathKey) -> Probe | End:
        if "ask" in data:
            return Probe(
                id=data["id"],
                ask=self.text(data, "ask"),
                yes=self._node(data["yes"], (*path, "yes")),
                no=self._node(data["no"], (*path, "no")),
            )
        return End(
            score=data.get("score"),
            explain=self.optional_text(data, "explain"),
            indicative=data.get("indicative", False),
        )

    def _form_condition(self, spec: Mapping[str, Any], path: PathKey, owner: str) -> Condition:
        condition = self.condition(spec)
        for ref in condition.refs:
            if ref.operand in ("score", "indicators"):
                self.problem(Code.FORM_107, path, owner, operand=ref.operand)
                continue
            if ref.operand != "answer":
                continue
            target = self.known.get(ref.name)
            if target is None:
                self.problem(
                    Code.FORM_102,
                    path,
                    owner,
                    ref=ref.name,
                    known=", ".join(self.known) or "-",
                )
                continue
            if ref.operator in ("lt", "le", "gt", "ge") and target.type not in _NUMERIC_TYPES:
                self.problem(Code.FORM_116, path, owner, op=ref.operator, ref=ref.name, type=target.type)
            elif ref.operator in ("equals", "not_equals"):
                self._check_value(target, ref.value, path, owner, Code.FORM_103)
            elif ref.operator == "in":
                for value in ref.value:
                    self._check_value(target, value, path, owner, Code.FORM_103)
        return condition

    def _check_value(self, target: Item, value: Any, path: PathKey, owner: str, code: Code) -> None:
        if target.type in ("choice", "multi_choice"):
            allowed = [o.value for o in target.options]
            if value not in allowed:
                self.problem(code, path, owner, ref=target.id, value=value, allowed=", ".join(allowed))
        elif target.type == "country":
            if not (isinstance(value, str) and (COUNTRY.match(value) or value == STATELESS)):
                self.problem(
                    code,
                    path,
                    owner,
                    ref=target.id,
                    value=value,
                    allowed="ISO 3166-1 alpha-2 (KZ, UZ, ...), none",
                )
        elif target.type in _NUMERIC_TYPES and not isinstance(value, int):
            self.problem(code, path, owner, ref=target.id, value=value, allowed="a whole number")


def _probes(root: Probe) -> list[Probe]:
    found = []
    stack: list[Probe | End] = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, Probe):
            found.append(node)
            stack.extend((node.yes, node.no))
    return found


def _with_implied(item: Item, implied: tuple[Implied, ...]) -> Item:
    return replace(item, implied=implied)
