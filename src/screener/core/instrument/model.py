"""Stage 4: the immutable model of forms, indicator lists and next-step rules."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Literal

from screener.core.conditions import Condition
from screener.core.text import Text

ItemType = Literal["evidence", "integer", "choice", "multi_choice", "country", "text"]
SETTINGS = ("border", "clinic", "workplace", "school", "police", "other")
AGE_BANDS = ("child", "adult", "unknown")  # what a screening records when no age is given
EVIDENCE_SCORES = (0, 1, 2, 3)
YES_NO = ("yes", "no")
STATELESS = "none"
ORGANISATION_KEY = "organisation"  # the store setting whose name fills a script's placeholder
SCORE_REASON = "reason"  # "<item>.reason": the written reason for a score other than the script's


@dataclass(frozen=True, slots=True)
class SourceRef:
    file: str
    lines: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class End:
    """Where a scripted branch stops."""

    score: int | None = None
    explain: Text | None = None
    indicative: bool = False


@dataclass(frozen=True, slots=True)
class Probe:
    """A yes/no follow-up question; its answer is stored as '<item>.<id>'."""

    id: str
    ask: Text
    yes: Probe | End
    no: Probe | End


@dataclass(frozen=True, slots=True)
class Option:
    value: str
    label: Text
    points: int | None = None
    follow_up: Text | None = None
    exclusive: bool = False
    takes_text: bool = False


@dataclass(frozen=True, slots=True)
class Implied:
    when: Condition
    value: str | int | bool
    because: Text


@dataclass(frozen=True, slots=True)
class Item:
    id: str
    type: ItemType
    section: str
    line: int
    question: Text
    required: bool = True
    root: Probe | None = None  # evidence items: the question itself, id "q1"
    interviewer_notes: Text | None = None
    evidence_label: Text | None = None
    applicability: Text | None = None
    options: tuple[Option, ...] = ()
    min: int | None = None
    max: int | None = None
    unit: Text | None = None
    shown_when: Condition | None = None
    hidden_because: Text | None = None
    implied: tuple[Implied, ...] = ()
    # derived once at load, read on every evaluation
    scored: bool = field(init=False)
    points_of: Mapping[str, int] = field(init=False)
    root_key: str = field(init=False)  # the answer key of the item's own yes/no question
    reason_key: str = field(init=False)  # why the score differs from the script's fixed score

    def __post_init__(self) -> None:
        points = {o.value: o.points for o in self.options if o.points is not None}
        object.__setattr__(self, "points_of", MappingProxyType(points))
        object.__setattr__(self, "scored", self.type == "evidence" or bool(points))
        object.__setattr__(self, "root_key", f"{self.id}.q1")
        object.__setattr__(self, "reason_key", f"{self.id}.{SCORE_REASON}")

    def shown(self, value: object) -> object:
        """An answer as people read it: the option's label (a Text) for a choice, else the value.

        Warnings and errors name what was recorded in words, never as raw ids like 'adult'
        (issue 16: WARN_003 / ANS_007 showed 'adult' / 'child').
        """
        for option in self.options:
            if option.value == value:
                return option.label
        return value

    def prompt(self, language: str) -> str:
        """The question itself: the last sentence of its text (some items lead in with context)."""
        text = self.question.get(language).strip()
        return re.split(r"(?<=[.?!])\s+", text)[-1]

    def option(self, value: str) -> Option | None:
        for option in self.options:
            if option.value == value:
                return option
        return None

    def probes(self) -> tuple[Probe, ...]:
        """Every probe of the branch, the root first."""
        found: list[Probe] = []
        stack: list[Probe | End] = [self.root] if self.root else []
        while stack:
            node = stack.pop()
            if isinstance(node, Probe):
                found.append(node)
                stack.extend((node.no, node.yes))
        return tuple(found)


@dataclass(frozen=True, slots=True)
class Section:
    id: str
    title: Text
    scored: bool
    items: tuple[Item, ...]
    line: int | None = None
    max: int = 0
    instruction: Text | None = None
    applies_when: Condition | None = None
    included_because: Text | None = None
    skipped_because: Text | None = None
    pending_because: Text | None = None
    rule: Text | None = None
    conclusion: bool = False  # asked on the review page; needed to finalise, not to score


@dataclass(frozen=True, slots=True)
class Script:
    id: str
    before: str
    title: Text
    text: Text
    line: int
    organisation: tuple[Text, Text] | None = None  # (placeholder as printed, filled with {name})

    def text_for(self, language: str, organisation: str = "") -> str:
        """The text to read aloud; the seed's placeholder filled with the organisation's name, if set."""
        text = self.text.get(language)
        if self.organisation is None or not organisation.strip():
            return text
        placeholder, filled = self.organisation
        return text.replace(placeholder.get(language), filled.get(language).replace("{name}", organisation.strip()))


@dataclass(frozen=True, slots=True)
class Correction:
    line: int
    where: str
    seed: str
    fixed: str
    why: str


@dataclass(frozen=True, slots=True)
class LineText:
    text: Text
    line: int


@dataclass(frozen=True, slots=True)
class Roles:
    """Which item plays which part (the form's `roles:`): code asks a role, never an item id.

    A role the form does not declare is None; what depends on it is then simply not shown.
    """

    age: str | None = None  # integer item: age in years
    citizenship: str | None = None  # country item
    judgement: str | None = None  # the interviewer's judgement
    types: str | None = None  # multi_choice item: the forms of trafficking
    nonverbal: str | None = None  # text item: non-verbal cues
    home_country: str | None = None  # ISO code: a citizenship other than this is a non-citizen's
    age_of_majority: int | None = None  # below it, a child
    age_groups: tuple[int, ...] = ()  # lowest age of each export age group, rising from 0

    def age_band(self, answers: Mapping[str, object], recorded: str) -> str:
        """child / adult from the age given, else the band recorded with the screening."""
        age = answers.get(self.age) if self.age else None
        if self.age_of_majority is not None and isinstance(age, int) and not isinstance(age, bool):
            return "child" if age < self.age_of_majority else "adult"
        return recorded


@dataclass(frozen=True, slots=True)
class Form:
    id: str
    version: int
    title: Text
    source: SourceRef
    instructions: tuple[LineText, ...]
    evidence_scale: tuple[Text, ...]  # index = score
    scripts: tuple[Script, ...]
    sections: tuple[Section, ...]
    corrections: tuple[Correction, ...]
    content_hash: str
    path: Path
    items: MappingProxyType[str, Item] = field(default_factory=lambda: MappingProxyType({}))
    roles: Roles = field(default_factory=Roles)

    def role_item(self, role: str) -> Item | None:
        """The item that plays `role` (a field of Roles), if the form declares one."""
        item_id = getattr(self.roles, role)
        return self.items.get(item_id) if isinstance(item_id, str) else None

    def section(self, section_id: str) -> Section:
        for section in self.sections:
            if section.id == section_id:
                return section
        raise KeyError(section_id)

    @property
    def scored_sections(self) -> tuple[Section, ...]:
        return tuple(s for s in self.sections if s.scored)


@dataclass(frozen=True, slots=True)
class IndicatorItem:
    id: str
    text: Text
    line: int
    short: Text | None = None
    note: str | None = None
    marks: frozenset[str] = frozenset()  # declared properties, e.g. "injury" (a physical injury)


@dataclass(frozen=True, slots=True)
class IndicatorList:
    id: str
    version: int
    kind: str
    title: Text
    source: SourceRef
    settings: frozenset[str]
    ages: frozenset[str]
    items: tuple[IndicatorItem, ...]
    content_hash: str
    path: Path
    intro: Text | None = None

    def applies(self, setting: str, age_band: str) -> bool:
        """Whether the list belongs to a screening in this setting and age band."""
        if setting not in self.settings:
            return False
        if age_band == "unknown":
            return True
        return age_band in self.ages


@dataclass(frozen=True, slots=True)
class Trigger:
    when: Condition
    because: Text


@dataclass(frozen=True, slots=True)
class Step:
    id: str
    text: Text
    source: SourceRef
    triggers: tuple[Trigger, ...]
    detail: Text | None = None


@dataclass(frozen=True, slots=True)
class Circumstance:
    """Something the app records about the person (a context flag), and when it is offered."""

    id: str
    label: Text
    source: SourceRef
    offered_when: Condition | None = None
    not_offered: Text | None = None  # why it is refused where `offered_when` is false


@dataclass(frozen=True, slots=True)
class RightsToExplain:
    """Rights printed in full on the sheet: a step's text and detail, for whom, and when they apply."""

    step: str
    holder: Literal["victim", "migrant"]
    when: Condition | None = None  # None: every respondent has them


@dataclass(frozen=True, slots=True)
class NextStepRules:
    id: str
    version: int
    title: Text
    steps: tuple[Step, ...]
    content_hash: str
    path: Path
    circumstances: tuple[Circumstance, ...] = ()
    marked: Mapping[str, frozenset[str]] = field(default_factory=dict)  # mark -> indicator ids
    rights: tuple[RightsToExplain, ...] = ()

    def circumstance(self, flag: str) -> Circumstance | None:
        return next((c for c in self.circumstances if c.id == flag), None)

    def step(self, step_id: str) -> Step | None:
        for step in self.steps:
            if step.id == step_id:
                return step
        return None


@dataclass(frozen=True, slots=True)
class Hotline:
    id: str
    number: str  # exactly as printed in the seed
    name: Text
    when: Text
    line: int
    website: str | None = None
    source: SourceRef | None = None  # only when another seed than the directory's own
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Region:
    id: str
    name: Text
    note: str | None = None


@dataclass(frozen=True, slots=True)
class DirectoryGroup:
    id: str
    title: Text
    line: int


@dataclass(frozen=True, slots=True)
class DirectoryEntry:
    """One organisation of the card's directory, every field as printed."""

    id: str
    region: str
    city: str
    organisation: str
    phones: tuple[str, ...]
    emails: tuple[str, ...]
    line: int
    also_serves: tuple[str, ...] = ()
    group: str | None = None
    area: str | None = None
    organisation_en: str | None = None
    faxes: tuple[str, ...] = ()
    print_error: str | None = None
    note: str | None = None

    def serves(self, region_id: str) -> bool:
        return region_id == self.region or region_id in self.also_serves


@dataclass(frozen=True, slots=True)
class Directory:
    """Hotlines and the NGO / shelter directory of the information card (forms/directory.yaml)."""

    id: str
    version: int
    title: Text
    source: SourceRef
    source_note: Text
    hotlines: tuple[Hotline, ...]
    regions: tuple[Region, ...]
    groups: tuple[DirectoryGroup, ...]
    entries: tuple[DirectoryEntry, ...]
    content_hash: str
    path: Path

    def region(self, region_id: str) -> Region:
        for region in self.regions:
            if region.id == region_id:
                return region
        raise KeyError(region_id)

    def entries_for(self, region_id: str | None) -> tuple[DirectoryEntry, ...]:
        """Every entry (region None), or those that sit in or serve the region, in the card's order."""
        if region_id is None:
            return self.entries
        return tuple(e for e in self.entries if e.serves(region_id))
