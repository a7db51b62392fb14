"""Stages 3-4 for the directory of hotlines and organisations (forms/directory.yaml)."""

from __future__ import annotations

from screener.core.errors import Code
from screener.core.instrument.building import Builder, content_hash, source_ref
from screener.core.instrument.model import Directory, DirectoryEntry, DirectoryGroup, Hotline, Region


class DirectoryBuilder(Builder):
    def build(self) -> Directory:
        data = self.source.data
        hotlines = tuple(
            Hotline(
                id=h["id"],
                number=h["number"],
                name=self.text(h, "name"),
                when=self.text(h, "when"),
                line=h["line"],
                website=h.get("website"),
                source=source_ref(h["source"]) if "source" in h else None,
                note=h.get("note"),
            )
            for h in data["hotlines"]
        )
        regions = tuple(Region(r["id"], self.text(r, "name"), r.get("note")) for r in data["regions"])
        groups = tuple(DirectoryGroup(g["id"], self.text(g, "title"), g["line"]) for g in data.get("groups", ()))
        entries = tuple(self._entry(e) for e in data["entries"])
        self.unique(((h.id, ("hotlines", i, "id")) for i, h in enumerate(hotlines)), "hotline")
        self.unique(((r.id, ("regions", i, "id")) for i, r in enumerate(regions)), "region")
        self.unique(((e.id, ("entries", i, "id")) for i, e in enumerate(entries)), "entry")
        self._check_references(entries, {r.id for r in regions}, {g.id for g in groups})
        return Directory(
            id=data["id"],
            version=data["version"],
            title=self.text(data, "title"),
            source=source_ref(data["source"]),
            source_note=self.text(data, "source_note"),
            hotlines=hotlines,
            regions=regions,
            groups=groups,
            entries=entries,
            content_hash=content_hash(data),
            path=self.source.path,
        )

    def _entry(self, e: dict[str, object]) -> DirectoryEntry:
        def strings(key: str) -> tuple[str, ...]:
            value = e.get(key) or ()
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        def optional(key: str) -> str | None:
            value = e.get(key)
            return None if value is None else str(value)

        line = e["line"]
        return DirectoryEntry(
            id=str(e["id"]),
            region=str(e["region"]),
            city=str(e["city"]),
            organisation=str(e["organisation"]),
            phones=strings("phones"),
            emails=strings("emails"),
            line=line if isinstance(line, int) else 0,
            also_serves=strings("also_serves"),
            group=optional("group"),
            area=optional("area"),
            organisation_en=optional("organisation_en"),
            faxes=strings("faxes"),
            print_error=optional("print_error"),
            note=optional("note"),
        )

    def _check_references(self, entries: tuple[DirectoryEntry, ...], regions: set[str], groups: set[str]) -> None:
        for index, entry in enumerate(entries):
            for key, ids in (("region", (entry.region,)), ("also_serves", entry.also_serves)):
                for ident in ids:
                    if ident not in regions:
                        self.problem(
                            Code.FORM_120, ("entries", index, key), entry.id, id=ident, known=", ".join(sorted(regions))
                        )
            if entry.group is not None and entry.group not in groups:
                self.problem(
                    Code.FORM_120,
                    ("entries", index, "group"),
                    entry.id,
                    id=entry.group,
                    known=", ".join(sorted(groups)),
                )
