"""Small-cell suppression: no count below k can be read or worked out from what is published.

A table is a set of cells (counts) and lines (cells that add up to another cell: a column adds up
to its total, a group's screenings split into those with and those without a property). Some
cells are never published but can be worked out (the "without" half of a split, the screenings
without an indicator): they are cells too, so a small one of them is protected like any other.

Primary suppression hides every published count from 1 to k-1. Complementary suppression then
plays the attacker: from the published cells and every line it narrows each hidden cell to the
range of values it can still take (interval propagation to a fixed point). While some cell
holding 1 to k-1 can be shown to be below k, one more published cell of the line that pins it
(the smallest non-zero one) is hidden, and the attack is run again. A zero is published: it
says nothing about any one person.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field

DEFAULT_K = 11
INFINITE = 1 << 62

Cell = Hashable


class KTooSmall(ValueError):
    """k may be raised above the default, never lowered below it."""


def checked_k(k: int) -> int:
    if k < DEFAULT_K:
        raise KTooSmall(k)
    return k


@dataclass(slots=True)
class Line:
    total: Cell
    parts: tuple[Cell, ...]


@dataclass(slots=True)
class Table:
    """Counts and the sums among them; `published` are the cells a reader would see unhidden."""

    values: dict[Cell, int] = field(default_factory=dict)
    published: set[Cell] = field(default_factory=set)
    lines: list[Line] = field(default_factory=list)
    fixed: dict[Cell, bool] = field(default_factory=dict)  # decided by another table: shown (True) or not
    weights: dict[Cell, int] = field(default_factory=dict)  # the cost of hiding a cell (default 1)

    def cell(self, key: Cell, value: int, *, published: bool = True, weight: int = 1) -> Cell:
        self.values[key] = int(value)
        self.weights[key] = weight
        if published:
            self.published.add(key)
        return key

    def line(self, total: Cell, parts: Iterable[Cell]) -> None:
        self.lines.append(Line(total, tuple(parts)))


def bounds(
    values: Mapping[Cell, int],
    known: AbstractSet[Cell],
    lines: list[Line],
    hidden: AbstractSet[Cell] = frozenset(),
    passes: int = 500,
) -> dict[Cell, tuple[int, int]]:
    """What an attacker can know of every cell: (lowest, highest) value it can still take.

    A `hidden` cell (shown as "<k") is known not to be zero: a zero is never hidden.
    """
    lo = {c: (values[c] if c in known else 1 if c in hidden else 0) for c in values}
    hi = {c: (values[c] if c in known else INFINITE) for c in values}
    for _pass in range(passes):
        changed = False
        for line in lines:
            for p in (line.total, *line.parts):
                new_lo, new_hi = _narrowed(line, p, lo, hi)
                if new_lo > lo[p]:
                    lo[p], changed = new_lo, True
                if new_hi < hi[p]:
                    hi[p], changed = new_hi, True
        if not changed:
            break
    return {c: (lo[c], hi[c]) for c in values}


def _narrowed(line: Line, cell: Cell, lo: dict[Cell, int], hi: dict[Cell, int]) -> tuple[int, int]:
    """The range of `cell` that this one line allows, given the ranges of its other cells."""
    parts = list(line.parts)
    if cell == line.total:
        return sum(lo[p] for p in parts), _sum_hi(hi[p] for p in parts)
    others = list(parts)
    others.remove(cell)
    top = hi[line.total] - sum(lo[p] for p in others) if hi[line.total] < INFINITE else INFINITE
    others_hi = _sum_hi(hi[p] for p in others)
    bottom = lo[line.total] - others_hi if others_hi < INFINITE else 0
    return max(0, bottom), top


def _sum_hi(values: Iterable[int]) -> int:
    total = 0
    for v in values:
        if v >= INFINITE:
            return INFINITE
        total += v
    return total


def exposed(table: Table, visible: set[Cell], k: int) -> list[Cell]:
    """Cells holding 1 to k-1 that an attacker can show to be below k."""
    found = bounds(table.values, visible, table.lines, table.published - visible)
    values = table.values
    return [c for c, v in values.items() if 0 < v < k and found[c][1] < k]


def suppress(table: Table, k: int = DEFAULT_K) -> set[Cell]:
    """The published cells left visible: every other cell is hidden."""
    checked_k(k)
    values = table.values
    visible = {c for c in table.published if not 0 < values[c] < k and table.fixed.get(c, True)}
    for _round in range(len(values) + 1):
        weak = exposed(table, visible, k)
        if not weak:
            return visible
        target = weak[0]
        choice = _next_to_hide(table, visible, target)
        if choice is None:  # nothing left to hide around it: hide every published cell
            return set()
        visible.discard(choice)
    return visible


def _next_to_hide(table: Table, visible: set[Cell], target: Cell) -> Cell | None:
    """The visible cell to hide next: the least important (lowest weight), nearest, smallest one
    on the lines that tie `target` to what is shown (its own lines, then the lines of hidden cells
    on them)."""
    values = table.values
    by_cell: dict[Cell, list[Line]] = {}
    for line in table.lines:
        for c in (line.total, *line.parts):
            by_cell.setdefault(c, []).append(line)
    best: tuple[int, int, int, str] | None = None
    chosen: Cell | None = None
    seen = {target}
    frontier = [target]
    for distance in range(1, 4):
        reached: list[Cell] = []
        for cell in frontier:
            for line in by_cell.get(cell, []):
                for c in (line.total, *line.parts):
                    if c in seen:
                        continue
                    seen.add(c)
                    if c in visible:
                        if values[c] > 0 and c not in table.fixed:
                            rank = (table.weights.get(c, 1), distance, values[c], repr(c))
                            if best is None or rank < best:
                                best, chosen = rank, c
                    else:
                        reached.append(c)
        frontier = reached
    return chosen
