"""Small-cell suppression: nothing below k can be read or worked out from what is published.

The attacker here is written apart from the one in suppression.py: it takes everything the
statistics publish (overall and by every dimension, all at once), the true structure of the
data (groups add up to the whole; a count and its rest add up to its group; an indicator's
screenings and the rest add up to the whole) and narrows every unknown count to the range
that these sums still allow. Every count of 1 to k-1, published or only derivable, must keep
a possible value of k or more.
"""

from __future__ import annotations

import random
import uuid
from collections import Counter
from collections.abc import Iterator
from typing import Any

import pytest

from screener.core.central.importer import import_file
from screener.core.central.stats import COUNTS, DIMENSIONS, stats
from screener.core.central.suppression import DEFAULT_K, KTooSmall, Table, checked_k, suppress
from screener.core.export.record import FORMAT
from screener.core.instrument.model import SETTINGS
from screener.core.regions import REGIONS
from tests.core.central import synthetic
from tests.core.central.synthetic import NO_CASE

BIG = 10**9


def attack(known: dict[Any, int], hidden: set[Any], sums: list[tuple[Any, list[Any]]]) -> dict[Any, tuple[int, int]]:
    """(lowest, highest) each count can be, from the known ones and the sums (total, parts)."""
    names = set(known) | hidden | {t for t, _ in sums} | {p for _, parts in sums for p in parts}
    low = {n: known.get(n, 1 if n in hidden else 0) for n in names}
    high = {n: known.get(n, BIG) for n in names}
    changed = True
    while changed:
        changed = False
        for total, parts in sums:
            if sum(low[p] for p in parts) > low[total]:
                low[total], changed = sum(low[p] for p in parts), True
            if min(BIG, sum(high[p] for p in parts)) < high[total]:
                high[total], changed = min(BIG, sum(high[p] for p in parts)), True
            for p in parts:
                rest_low = sum(low[q] for q in parts if q != p)
                rest_high = min(BIG, sum(high[q] for q in parts if q != p))
                if high[total] < BIG and high[total] - rest_low < high[p]:
                    high[p], changed = high[total] - rest_low, True
                if rest_high < BIG and low[total] - rest_high > low[p]:
                    low[p], changed = low[total] - rest_high, True
    return {n: (low[n], high[n]) for n in names}


def population(seed: int) -> Iterator[dict[str, Any]]:
    """Regions of 1, 2, 3, 5, 7, 10, 11, 12 ... 300 screenings; rare months, indicators, judgements."""
    rng = random.Random(seed)
    sizes = [1, 2, 3, 5, 7, 10, 11, 12, 14, 25, 40, 300]
    rng.shuffle(sizes)
    indicators = [f"sop_general.{n:02d}" for n in range(1, 13)]
    for region, size in zip(REGIONS, sizes, strict=False):
        for _n in range(size):
            quick = rng.random() < 0.15
            rare = rng.random() < 0.04
            yield {
                "format": FORMAT,
                "export_id": uuid.UUID(int=rng.getrandbits(128), version=4).hex,
                "region": region,
                "setting": rng.choice(SETTINGS[:3]) if not rare else SETTINGS[3],
                "kind": "quick" if quick else "full",
                "form_id": "htiam14-kz",
                "form_version": 1,
                "month": "2025-01" if rare else f"2025-{rng.randint(2, 7):02d}",
                "age_band": rng.choice(("18-24", "25-34", "14-17")) if not rare else "60+",
                "score_b": None,
                "score_c": 0 if quick else rng.randint(0, 12),
                "score_d": 0 if quick else rng.randint(0, 9),
                "score_e": 0,
                "total": 0,
                "max": 0 if quick else 27,
                "items_at_2": [] if quick or rng.random() < 0.9 else ["C1"],
                "indicators": sorted(
                    rng.sample(indicators[:3], rng.randint(0, 2)) + ([indicators[11]] if rare else [])
                ),
                "judgement": None if quick else (3 if rng.random() < 0.05 else rng.choice((0, 1))),
                "types": [],
                "steps": ["call_102"],
                "steps_done": ["call_102"] if rng.random() < 0.5 else [],
                **NO_CASE,
            }


def _groups_of(r: dict[str, Any], by: str) -> list[str]:
    return r["indicators"] if by == "indicator" else [r[by]]


def fixed_totals(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    for r in rows:
        if r["kind"] == "full":
            r["total"] = r["score_c"] + r["score_d"]
        else:
            r.update(score_c=None, score_d=None, score_e=None)
    return rows


def flags(r: dict[str, Any]) -> dict[str, bool]:
    return {
        "with_items_at_2": bool(r["items_at_2"]),
        "judgement_2_3": (r["judgement"] or 0) >= 2,
        "steps_done": bool(r["steps_done"]),
    }


def truth(rows: list[dict[str, Any]]) -> tuple[dict[Any, int], list[tuple[Any, list[Any]]]]:
    """Every count (including the never published rests) and every sum among them."""
    values: dict[Any, int] = {}
    sums: list[tuple[Any, list[Any]]] = []

    def group(key: tuple[str, str], members: list[dict[str, Any]]) -> None:
        values[(*key, "n")] = len(members)
        for name in COUNTS:
            yes = sum(1 for r in members if flags(r)[name])
            values[(*key, name)] = yes
            values[(*key, "not_" + name)] = len(members) - yes
            sums.append(((*key, "n"), [(*key, name), (*key, "not_" + name)]))

    whole = ("all", "")
    group(whole, rows)
    for by in DIMENSIONS:
        if by == "indicator":
            ids = sorted({i for r in rows for i in r["indicators"]})
            for i in ids:
                group((by, i), [r for r in rows if i in r["indicators"]])
                values[(by, i, "without")] = len(rows) - values[(by, i, "n")]
                sums.append(((*whole, "n"), [(by, i, "n"), (by, i, "without")]))
            continue
        keys = sorted({r[by] for r in rows})
        for key in keys:
            group((by, key), [r for r in rows if r[by] == key])
        for name in ("n", *COUNTS, *("not_" + c for c in COUNTS)):
            sums.append(((*whole, name), [(by, key, name) for key in keys]))
    return values, sums


def published(engine, k: int) -> tuple[dict[Any, int], set[Any], list[Any]]:
    """What `central stats` shows, overall and by every dimension: known counts, hidden counts, rows."""
    known: dict[Any, int] = {}
    hidden: set[Any] = set()
    rows = []
    for by in (None, *DIMENSIONS):
        table = stats(engine, by, k)
        rows.append(table)
        for row in table.rows:
            key = ("all", "") if by is None else (by, row.group)
            for name in ("screenings", *COUNTS):
                cell = (*key, "n" if name == "screenings" else name)
                value = getattr(row, name)
                if value is None:
                    hidden.add(cell)
                else:
                    known[cell] = value
    return known, hidden, rows


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_nothing_below_k_can_be_worked_out(central, tmp_path, seed):
    rows = fixed_totals(list(population(seed)))
    import_file(central, synthetic.write(tmp_path / "p.csv", rows))
    values, sums = truth(rows)
    known, hidden, tables = published(central, DEFAULT_K)
    small = {cell for cell, v in values.items() if 0 < v < DEFAULT_K}
    assert len(small) > 40  # the population does have small groups, counts and rests
    for cell, value in known.items():
        assert value == values[cell], cell  # what is shown is true
        assert not 0 < value < DEFAULT_K, cell  # and never small
    ranges = attack(known, hidden, sums)
    worked_out = {cell: ranges[cell] for cell in small if ranges[cell][1] < DEFAULT_K}
    assert worked_out == {}
    for table in tables:  # a mean or percentile only for a group of at least k scored screenings
        for row in table.rows:
            members = [r for r in rows if table.by is None or row.group in _groups_of(r, table.by)]
            scored = sum(1 for r in members if r["kind"] == "full")
            if row.mean_total is not None:
                assert scored >= DEFAULT_K and row.screenings is not None
    assert sum(1 for _cell in known) > 30  # and the tables still say something


def test_the_attacker_sees_through_suppression_without_complements():
    """The check can fail: hiding only the small cells leaves them one subtraction away."""
    values = {"all": 60, "a": 3, "b": 20, "c": 37}
    sums = [("all", ["a", "b", "c"])]
    ranges = attack({"all": 60, "b": 20, "c": 37}, {"a"}, sums)
    assert ranges["a"] == (3, 3)
    table = Table()
    parts = [table.cell(name, values[name]) for name in "abc"]
    table.line(table.cell("all", 60), parts)
    visible = suppress(table)
    shown = {c: values[c] for c in visible}
    assert "a" not in visible and "b" not in visible and shown == {"all": 60, "c": 37}
    assert attack(shown, {"a", "b"}, sums)["a"][1] >= DEFAULT_K


def test_two_small_cells_hiding_each_other_are_not_enough():
    """3 and 4 hidden together add up to 7: both are below k whatever the split; a third goes."""
    table = Table()
    values = {"a": 3, "b": 4, "c": 50, "d": 43}
    table.line(table.cell("all", 100), [table.cell(n, v) for n, v in values.items()])
    visible = suppress(table)
    assert visible == {"all", "c"}


def test_k_can_be_raised_not_lowered(central, tmp_path):
    rows = fixed_totals(list(population(4)))
    import_file(central, synthetic.write(tmp_path / "p.csv", rows))
    counts = Counter(r["region"] for r in rows)
    for k in (11, 15, 30):
        shown = {row.group: row.screenings for row in stats(central, "region", k).rows}
        assert all(v is None or v >= k for v in shown.values())
        assert all(shown[g] is None for g, n in counts.items() if n < k)
    assert checked_k(20) == 20
    with pytest.raises(KTooSmall):
        stats(central, "region", 10)
    with pytest.raises(KTooSmall):
        suppress(Table(), 5)
    whole = stats(central, None, DEFAULT_K)
    assert whole.total == len(rows) and whole.rows[0].screenings == len(rows)


def test_a_tiny_database_shows_no_number_at_all(central, tmp_path):
    rows = fixed_totals(list(population(5)))[:7]
    import_file(central, synthetic.write(tmp_path / "p.csv", rows))
    whole = stats(central)
    assert whole.total is None and whole.rows[0].screenings is None and whole.rows[0].mean_total is None
    assert all(r.screenings is None for r in stats(central, "region").rows)
