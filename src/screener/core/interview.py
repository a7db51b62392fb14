"""The interview engine: a pure function of (form, answers, context).

`evaluate` says, for every section and item, whether it applies, is hidden, implied or
pending, and what it scores. `pages` turns that into the ordered screens of an interview,
and `next_page` / `previous_page` move through them. No state is kept between calls, so a
whole interview is testable with plain dicts, and Back never loses an answer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Literal, NamedTuple

from screener.core.conditions import Facts, Truth
from screener.core.instrument.model import End, Form, IndicatorList, Item, Probe, Section
from screener.core.text import Text

Status = Literal["asked", "implied", "hidden", "pending", "not_applicable"]


# What the app records about the person; a flag not recorded (None) counts as false in conditions.
CONTEXT_FLAGS = ("injured", "refused_help", "identified_abroad", "not_recognised", "age_not_established")


@dataclass(frozen=True, slots=True)
class Context:
    """What is known about the interview beyond the answers."""

    setting: str = "other"
    language: str = "kk"
    age_band: str = "unknown"  # child / adult / unknown, for when no age (A1) is asked
    injured: bool | None = None
    refused_help: bool | None = None
    identified_abroad: bool | None = None
    indicators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    not_recognised: bool | None = None
    age_not_established: bool | None = None
    _facts: Mapping[str, Any] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        facts: dict[str, Any] = {"setting": self.setting, "language": self.language, "age_band": self.age_band}
        facts.update((flag, getattr(self, flag) is True) for flag in CONTEXT_FLAGS)
        object.__setattr__(self, "_facts", MappingProxyType(facts))

    def facts(self) -> Mapping[str, Any]:
        """The context as conditions see it."""
        return self._facts

    def flags(self) -> dict[str, bool]:
        """The flags recorded (True or False), without those never recorded."""
        return {flag: value for flag in CONTEXT_FLAGS if (value := getattr(self, flag)) is not None}


_DEFAULT_CONTEXT = Context()


@dataclass(frozen=True, slots=True)
class Branch:
    """How far the scripted branch of an evidence item has gone."""

    path: tuple[tuple[Probe, str], ...]  # probes answered, with the answer
    waiting: Probe | None  # the next probe to ask, if any
    end: End | None  # where the branch stopped, if it did


class ItemState(NamedTuple):
    """One item in one interview (a NamedTuple: built 20 times per evaluation, so cheap)."""

    item: Item
    status: Status
    value: Any = None
    points: int | None = None  # for scored items; None while not known
    scripted: bool = False  # points come from the script, not from the interviewer
    because: Text | None = None  # why implied or hidden

    @property
    def missing(self) -> bool:
        return self.status == "asked" and self.item.required and self.value is None and not self.scripted


class SectionState(NamedTuple):
    section: Section
    applicable: Truth
    items: tuple[ItemState, ...]

    @property
    def reason(self) -> Text | None:
        s = self.section
        if s.applies_when is None:
            return None
        if self.applicable is None:
            return s.pending_because
        return s.included_because if self.applicable else s.skipped_because


class InterviewState(NamedTuple):
    form: Form
    context: Context
    answers: Mapping[str, Any]  # effective answers: given, plus implied, minus what does not apply
    sections: tuple[SectionState, ...]
    implied_conflicts: tuple[tuple[ItemState, Any], ...]  # (state, the answer that was given)

    def item(self, item_id: str) -> ItemState:
        for section in self.sections:
            for state in section.items:
                if state.item.id == item_id:
                    return state
        raise KeyError(item_id)

    def section(self, section_id: str) -> SectionState:
        for section in self.sections:
            if section.section.id == section_id:
                return section
        raise KeyError(section_id)

    def missing(self, conclusion: bool = True) -> tuple[str, ...]:
        """Items that apply and are still unanswered; without the conclusion if asked to."""
        return tuple(
            item.id
            for sec in self.sections
            if conclusion or not sec.section.conclusion
            for item, status, value, _points, scripted, _because in sec.items
            if status == "asked" and value is None and item.required and not scripted
        )


def evaluate(form: Form, answers: Mapping[str, Any], context: Context | None = None) -> InterviewState:
    context = context or _DEFAULT_CONTEXT
    effective: dict[str, Any] = dict(answers)
    facts = Facts(effective, context.facts())
    sections = []
    conflicts: list[tuple[ItemState, Any]] = []
    for plan in compiled(form).sections:
        applies = plan.applies
        applicable: Truth = True if applies is None else applies(facts)
        if applicable is not True:
            for item_id in plan.item_ids:
                effective.pop(item_id, None)
            sections.append(plan.not_applicable if applicable is False else plan.pending)
            continue
        states = tuple([_item_state(item, effective, facts) for item in plan.items])
        if plan.implies:
            for state in states:
                if state[1] == "implied":  # status (by index: this loop runs for every item)
                    given = answers.get(state.item.id)
                    if given is not None and given != state.value:
                        conflicts.append((state, given))
        sections.append(_new(SectionState, (plan.section, True, states)))
    return InterviewState(form, context, effective, tuple(sections), tuple(conflicts))


# -- a form compiled once into what evaluation needs ------------------------------------------

_EVIDENCE, _SCORED, _PLAIN = 0, 1, 2
# a scripted branch as nested tuples: (answer key, if yes, if no), down to its End (or None)
Walk = tuple[str, "Walk | End | None", "Walk | End | None"]


class ItemPlan(NamedTuple):
    """The facts of one item that every evaluation reads, worked out once per form. The states
    that do not depend on the answers (hidden, pending, not applicable, implied, unanswered)
    are built here once and shared by every evaluation (they are immutable)."""

    item: Item
    id: str
    kind: int  # _EVIDENCE, _SCORED or _PLAIN
    shown_when: Callable[[Facts], Truth] | None
    implied: tuple[tuple[Callable[[Facts], Truth], Any, ItemState], ...]  # (when, value, state)
    hidden: ItemState
    pending: ItemState
    unanswered: ItemState  # asked, no answer yet
    root_key: str
    walk: Walk | End | None  # evidence items: the scripted branch
    points_of: Mapping[str, int]


class SectionPlan(NamedTuple):
    section: Section
    applies: Callable[[Facts], Truth] | None
    items: tuple[ItemPlan, ...]
    item_ids: tuple[str, ...]
    implies: bool  # some item of the section can be implied
    not_applicable: SectionState  # the whole section's state when it does not apply
    pending: SectionState  # ... when whether it applies is not known yet


class FormPlan(NamedTuple):
    sections: tuple[SectionPlan, ...]
    items: Mapping[str, ItemPlan]


def compiled(form: Form) -> FormPlan:
    """The form's evaluation plan, built at its first evaluation and kept while the form is
    in use (a form is immutable; a new one, even an equal one, gets its own plan)."""
    found = _PLANS.get(id(form))
    if found is not None and found[0] is form:
        return found[1]
    sections = tuple(_section_plan(section) for section in form.sections)
    plan = FormPlan(sections, MappingProxyType({i.id: i for s in sections for i in s.items}))
    if len(_PLANS) >= _PLANS_KEPT:  # forms made on the fly (tests, fuzzing) do not pile up
        _PLANS.pop(next(iter(_PLANS)))
    _PLANS[id(form)] = (form, plan)  # the form is held, so its id is not reused meanwhile
    return plan


def branch_ends(form: Form, items: Sequence[Item], answers: Mapping[str, Any]) -> list[End | None]:
    """Where each item's scripted branch stops: walk_branch(item, answers).end, read from the
    form's compiled plan (the scorer's warnings ask it for every item answered)."""
    plans = compiled(form).items
    ends: list[End | None] = []
    for item in items:
        plan = plans.get(item.id)
        ends.append(
            _branch_end(plan.walk, answers)
            if plan is not None and plan.item is item
            else walk_branch(item, answers).end
        )
    return ends


_PLANS: dict[int, tuple[Form, FormPlan]] = {}
_PLANS_KEPT = 64


def _section_plan(section: Section) -> SectionPlan:
    items = tuple(_item_plan(item) for item in section.items)
    return SectionPlan(
        section=section,
        applies=None if section.applies_when is None else section.applies_when.evaluate,
        items=items,
        item_ids=tuple(item.id for item in section.items),
        implies=any(item.implied for item in section.items),
        not_applicable=SectionState(section, False, tuple(ItemState(i, "not_applicable") for i in section.items)),
        pending=SectionState(section, None, tuple(ItemState(i, "pending") for i in section.items)),
    )


def _item_plan(item: Item) -> ItemPlan:
    kind = _EVIDENCE if item.type == "evidence" else _SCORED if item.scored else _PLAIN
    implied = tuple(
        (i.when.evaluate, i.value, ItemState(item, "implied", i.value, _points(item, i.value), False, i.because))
        for i in item.implied
    )
    return ItemPlan(
        item=item,
        id=item.id,
        kind=kind,
        shown_when=None if item.shown_when is None else item.shown_when.evaluate,
        implied=implied,
        hidden=ItemState(item, "hidden", None, 0 if item.scored else None, False, item.hidden_because),
        pending=ItemState(item, "pending", None, None, False, None),
        unanswered=ItemState(item, "asked", None, None, False, None),
        root_key=item.root_key,
        walk=_walk(item.id, item.root) if item.root is not None else None,
        points_of=item.points_of,
    )


def _walk(item_id: str, node: Probe | End) -> Walk | End:
    if isinstance(node, End):
        return node
    return (f"{item_id}.{node.id}", _walk(item_id, node.yes), _walk(item_id, node.no))


def _branch_end(walk: Walk | End | None, answers: Mapping[str, Any]) -> End | None:
    """Where the branch stops (as walk_branch(...).end), without building its path."""
    while type(walk) is tuple:
        answer = answers.get(walk[0])
        if answer == "yes":
            walk = walk[1]
        elif answer == "no":
            walk = walk[2]
        else:
            return None
    return walk if isinstance(walk, End) else None


def _item_state(plan: ItemPlan, effective: dict[str, Any], facts: Facts) -> ItemState:
    # tuple.__new__ skips NamedTuple's Python-level __new__: evaluate builds ~25 per call
    shown_when = plan.shown_when
    if shown_when is not None:
        shown = shown_when(facts)
        if shown is not True:
            effective.pop(plan.id, None)
            return plan.hidden if shown is False else plan.pending
    for when, implied_value, implied_state in plan.implied:
        if when(facts) is True:
            effective[plan.id] = implied_value
            return implied_state
    value = effective.get(plan.id)
    kind = plan.kind
    if kind == _EVIDENCE:
        if plan.root_key in effective:
            end = _branch_end(plan.walk, effective)
            # scripted scores hold (issue 16): where the branch ends in a fixed score ("If YES,
            # score 0", seed 003 L5570), another score counts only with a written reason
            if (
                end is not None
                and end.score is not None
                and value != end.score
                and not has_reason(plan.item, effective)
            ):
                return _new(ItemState, (plan.item, "asked", value, end.score, True, None))
        if value is None:
            return plan.unanswered
        return _new(ItemState, (plan.item, "asked", value, value if type(value) is int else None, False, None))
    if value is None:
        return plan.unanswered
    if kind == _SCORED:
        points = plan.points_of.get(value) if isinstance(value, str) else None
        return _new(ItemState, (plan.item, "asked", value, points, False, None))
    return _new(ItemState, (plan.item, "asked", value, None, False, None))


_new = tuple.__new__


def scripted_score(item: Item, answers: Mapping[str, Any]) -> int | None:
    """The fixed score where the item's answered branch ends in one ("If YES, score 0"), else None."""
    if item.type != "evidence" or item.root_key not in answers:
        return None
    end = walk_branch(item, answers).end
    return None if end is None else end.score


def has_reason(item: Item, answers: Mapping[str, Any]) -> bool:
    """A written reason for scoring other than the script (blank does not count)."""
    reason = answers.get(item.reason_key)
    return isinstance(reason, str) and bool(reason.strip())


def _points(item: Item, value: Any) -> int | None:
    if value is None:
        return None
    if item.type == "evidence":
        return value if isinstance(value, int) else None
    return item.points_of.get(value) if isinstance(value, str) else None


def walk_branch(item: Item, answers: Mapping[str, Any]) -> Branch:
    """Follow the scripted yes/no questions of an evidence item as far as they are answered."""
    node: Probe | End | None = item.root
    path: list[tuple[Probe, str]] = []
    while isinstance(node, Probe):
        answer = answers.get(f"{item.id}.{node.id}")
        if answer not in ("yes", "no"):
            return Branch(tuple(path), node, None)
        path.append((node, answer))
        node = node.yes if answer == "yes" else node.no
    return Branch(tuple(path), None, node)


# -- pages: the screens of an interview, in order ------------------------------------------

PageKind = Literal["script", "item", "indicators", "review"]


@dataclass(frozen=True, slots=True)
class Page:
    kind: PageKind
    ref: str  # script id, item id, indicator list id, or "review"
    section: str | None = None


def pages(state: InterviewState, lists: Sequence[IndicatorList] = ()) -> tuple[Page, ...]:
    """Scripts read aloud, section A, the indicator lists that apply, the other sections, review.

    Only asked items get a page: implied, hidden and not-applicable items are shown on the
    review page with their reason instead.
    """
    return tuple(page for page, shown in _sequence(state, lists) if shown)


def _sequence(state: InterviewState, lists: Sequence[IndicatorList]) -> list[tuple[Page, bool]]:
    """Every page the interview could have, in order, and whether it is shown now."""
    form = state.form
    out: list[tuple[Page, bool]] = []
    age_band = _age_band(state)
    for index, section_state in enumerate(state.sections):
        section = section_state.section
        opened = section_state.applicable is True
        out.extend((Page("script", s.id, section.id), opened) for s in form.scripts if s.before == section.id)
        if not section.conclusion:  # the conclusion is asked on the review page
            out.extend((Page("item", s.item.id, section.id), s.status == "asked") for s in section_state.items)
        if index == 0:
            out.extend(
                (Page("indicators", lst.id), lst.applies(state.context.setting, age_band))
                for lst in lists
                if lst.kind in ("indicators", "questions")
            )
    out.append((Page("review", "review"), True))
    return out


def stated_age(state: InterviewState) -> int | None:
    """The age recorded in the interview (the form's age role), if any."""
    roles = state.form.roles
    age = state.answers.get(roles.age) if roles.age else None
    return age if isinstance(age, int) and not isinstance(age, bool) else None


AgeStatus = Literal["minor", "adult", "child_band", "not_established"]


def age_status(state: InterviewState) -> AgeStatus:
    """How the person's age counts for the next steps (`{context: age_status, ...}`).

    A recorded age wins over the age band chosen at the start, by the form's one declared age
    of majority (the same rule as the lists shown, `Roles.age_band`). An age not established
    (the flag, or no age and the band unknown) is treated as a minor: Council of Europe
    Convention art. 10(3).
    """
    if state.context.age_not_established:
        return "not_established"
    band = _age_band(state)
    if stated_age(state) is not None and state.form.roles.age_of_majority is not None:
        return "minor" if band == "child" else "adult"
    return "child_band" if band == "child" else "adult" if band == "adult" else "not_established"


def _age_band(state: InterviewState) -> str:
    if state.context.age_not_established:
        return "unknown"  # every list applies, the minor lists included
    return state.form.roles.age_band(state.answers, state.context.age_band)


def next_page(state: InterviewState, lists: Sequence[IndicatorList], current: Page | None) -> Page | None:
    """The shown page after `current`, even if `current` itself no longer applies."""
    sequence = _sequence(state, lists)
    start = 0 if current is None else _rank(sequence, current) + 1
    for page, shown in sequence[start:]:
        if shown:
            return page
    return None


def previous_page(state: InterviewState, lists: Sequence[IndicatorList], current: Page) -> Page | None:
    sequence = _sequence(state, lists)
    for page, shown in reversed(sequence[: _rank(sequence, current)]):
        if shown:
            return page
    return None


def _rank(sequence: list[tuple[Page, bool]], current: Page) -> int:
    for index, (page, _shown) in enumerate(sequence):
        if page == current:
            return index
    raise KeyError(f"page {current} is not part of this interview")
