"""Case figures of the central database: referrals and how screenings compare with later decisions.

Records of one case share its random case id; a case is counted once, in the region, setting and
month of its first record exported (its lowest place). Its referrals and its decision are those
the records carry (the same on each). Figures, by region, setting or month, or for all:

- referrals made, accepted, declined, delivered, not delivered, and how long each step took
  (mean days from sent to the answer, from acceptance to the end; given for k steps or more);
- of the cases later identified as victims: how many had signs at a quick check, an item scored 2
  or more, a judgement of 2-3; of the cases with a judgement of 2-3, how many were identified.

These are observed figures of this system, not a validation of the instrument: a decision is
recorded only where a worker learnt it, and who is screened is not a sample. Every count below k
is hidden, and so is whatever would let it be worked out (suppression.py).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, select

from screener.core.central.stats import Period
from screener.core.central.suppression import DEFAULT_K, Table, checked_k, suppress
from screener.core.central.tables import record
from screener.core.export.record import parse_referral
from screener.core.referrals import Outcome, RefState

BY = ("region", "setting", "month")
COUNTS = (
    "cases",
    "referrals",
    "accepted",
    "declined",
    "delivered",
    "not_delivered",
    "identified",
    "identified_quick_signs",
    "identified_items_at_2",
    "identified_judgement_2_3",
    "judgement_2_3",
    "judgement_2_3_identified",
)
MEANS = ("days_to_answer", "days_to_end")
# a count split into parts that add up to it; the part that is not published completes the sum
SPLITS = (
    ("referrals", ("accepted", "declined"), "still_sent"),
    ("accepted", ("delivered", "not_delivered"), "still_accepted"),
    ("cases", ("identified",), "not_identified_or_none"),
    ("identified", ("identified_quick_signs",), "identified_no_quick_signs"),
    ("identified", ("identified_items_at_2",), "identified_no_items_at_2"),
    ("identified", ("identified_judgement_2_3",), "identified_judgement_0_1"),
    ("cases", ("judgement_2_3",), "judgement_0_1_or_none"),
    ("judgement_2_3", ("judgement_2_3_identified",), "judgement_2_3_not_identified"),
)


@dataclass(slots=True)
class _Case:
    place: int = 1 << 30
    region: str = ""
    setting: str = ""
    month: str = ""
    quick_signs: bool = False
    items_at_2: bool = False
    judgement_2_3: bool = False
    referrals: tuple[tuple[str, str, tuple[int, ...]], ...] = ()
    decision: str = ""


@dataclass(frozen=True, slots=True)
class CaseRow:
    """One group; a count of None is hidden (below k, or it would reveal one); a mean of None too."""

    group: str
    counts: dict[str, int | None]
    means: dict[str, float | None] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CaseFigures:
    by: str | None
    k: int
    rows: list[CaseRow]  # the whole selection first (group ""), then each group


def case_figures(
    engine: Engine, by: str | None = None, k: int = DEFAULT_K, period: Period | None = None
) -> CaseFigures:
    if by is not None and by not in BY:
        raise ValueError(by)
    checked_k(k)
    period = period or Period()
    cases = [
        c
        for c in _cases(engine).values()
        if (period.start is None or c.month >= period.start) and (period.end is None or c.month <= period.end)
    ]
    groups: dict[str, list[_Case]] = defaultdict(list)
    for case in cases:
        groups[getattr(case, by) if by else ""].append(case)
    raw = {"": _count(cases)} | ({g: _count(members) for g, members in groups.items()} if by else {})
    visible = _suppressed(raw, k)
    rows = []
    for group, (counts, durations) in sorted(raw.items()):
        shown = {name: counts[name] if (group, name) in visible else None for name in COUNTS}
        means = {name: (sum(d) / len(d) if len(d) >= k else None) for name, d in durations.items()}
        rows.append(CaseRow(group, shown, means))
    return CaseFigures(by, k, rows)


def _cases(engine: Engine) -> dict[str, _Case]:
    c = record.c
    query = select(
        c.case_id, c.case_place, c.region, c.setting, c.month, c.kind, c.indicators, c.items_at_2, c.judgement,
        c.referrals, c.decision,
    ).where(c.case_id != "")  # fmt: skip
    cases: dict[str, _Case] = {}
    with engine.connect() as connection:
        for row in connection.execute(query):
            case = cases.setdefault(row.case_id, _Case())
            place = row.case_place or 1
            if place < case.place:  # the first record exported names the case's post and month
                case.place, case.region, case.setting, case.month = place, row.region, row.setting, row.month
            case.quick_signs |= row.kind == "quick" and bool(row.indicators)
            case.items_at_2 |= row.kind != "quick" and bool(row.items_at_2)
            case.judgement_2_3 |= row.judgement is not None and row.judgement >= 2
            parsed = tuple(p for p in (parse_referral(cell) for cell in row.referrals) if p is not None)
            if len(parsed) >= len(case.referrals):
                case.referrals = parsed
            case.decision = case.decision or row.decision
    return cases


def _count(cases: Iterable[_Case]) -> tuple[dict[str, int], dict[str, list[int]]]:
    counts = dict.fromkeys(COUNTS, 0)
    durations: dict[str, list[int]] = {name: [] for name in MEANS}
    for case in cases:
        counts["cases"] += 1
        identified = case.decision == Outcome.IDENTIFIED
        counts["identified"] += identified
        counts["identified_quick_signs"] += identified and case.quick_signs
        counts["identified_items_at_2"] += identified and case.items_at_2
        counts["identified_judgement_2_3"] += identified and case.judgement_2_3
        counts["judgement_2_3"] += case.judgement_2_3
        counts["judgement_2_3_identified"] += case.judgement_2_3 and identified
        for _purpose, state, days in case.referrals:
            counts["referrals"] += 1
            if state == RefState.DECLINED:
                counts["declined"] += 1
            elif state != RefState.SENT:  # accepted, then perhaps delivered or not
                counts["accepted"] += 1
            if state in (RefState.DELIVERED, RefState.NOT_DELIVERED):
                counts[state] += 1
            for name, value in zip(MEANS, days, strict=False):
                durations[name].append(value)
    return counts, durations


def _suppressed(raw: dict[str, tuple[dict[str, int], Any]], k: int) -> set[Any]:
    """The (group, count) cells safe to show: below k hidden, and what would let one be worked out."""
    table = Table()
    for group, (counts, _durations) in raw.items():
        for name in COUNTS:
            table.cell((group, name), counts[name])
        for total, parts, rest in SPLITS:
            left = counts[total] - sum(counts[p] for p in parts)
            table.cell((group, rest), left, published=False)
            table.line((group, total), [(group, p) for p in parts] + [(group, rest)])
    groups = [g for g in raw if g]
    if groups:  # every case is in one group: the groups add up to the whole
        for name in COUNTS:
            table.line(("", name), [(g, name) for g in groups])
    return suppress(table, k)
