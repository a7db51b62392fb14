"""Every shipped file loads, and its Kazakh comes from the seed.

SH001: `load_catalog` loads every form, list and the next-step rules with no problem.
SH002: the SOP lists have the seed's counts: 25 general, 6 minor, 18 border, 16 + 7 risk groups.
SH003: every Kazakh text of every indicator item is in the seed near its line.
SH004: every seed-derived Kazakh text of the form is in the seed near its line, once the
       listed corrections are undone; every correction quotes the seed at its line.
SH005: the form has items A1-A6, B1-B4, C1-C4, D1-D3, E1-E3 and maxima 12/12/9/6.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pytest

from screener.core.instrument.model import Probe
from tests.conftest import SEEDS

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason="shared/seeds is not beside the checkout")
WINDOW = 80  # lines after the recorded start line in which the text must appear


def normalise(text: str) -> str:
    text = text.replace("\u00a0", " ").replace("\u2011", "-")
    # the seed sometimes types a Latin i inside Kazakh words; the lists use the Kazakh letter
    text = re.sub(r"(?<=[\u0400-\u04ff])i|i(?=[\u0400-\u04ff])", "\u0456", text)
    return re.sub(r"\s+", " ", text).strip()


@cache
def seed_lines(name: str) -> tuple[str, ...]:
    return tuple((SEEDS / name).read_text(encoding="utf-8").splitlines())


def joined(name: str, start: int, end: int) -> tuple[str, str]:
    """The seed's lines start..end joined two ways: line-break hyphens removed, and kept
    (for real hyphens that fall at a line end, as in «ата-аналар»)."""
    lines = [line.strip() for line in seed_lines(name)[max(start - 1, 0) : end] if line.strip()]
    dehyphen, kept = "", ""
    for line in lines:
        if dehyphen.endswith("-"):
            dehyphen = dehyphen[:-1] + line
        else:
            dehyphen = (dehyphen + " " + line) if dehyphen else line
        kept = (kept + ("" if kept.endswith("-") else " ") + line) if kept else line
    return normalise(dehyphen), normalise(kept)


def in_seed(name: str, line: int, text: str) -> bool:
    wanted = normalise(text).rstrip(".;:")
    if "[" in wanted and wanted.startswith("["):  # bracketed notes like [not for under-18s]
        wanted = wanted.strip("[]. ")
    a, b = joined(name, line - 2, line + WINDOW)
    return wanted in a or wanted in b or wanted.replace(" - ", "-") in a


def test_sh001_everything_loads(catalog):
    assert len(catalog.forms) == 1
    assert len(catalog.lists) >= 16
    assert len(catalog.next_steps.steps) >= 12


def test_sh002_sop_counts(catalog):
    counts = {lst.id: len(lst.items) for lst in catalog.lists}
    assert counts["sop_general"] == 25
    assert counts["sop_minor"] == 6
    assert counts["sop_border"] == 18
    assert counts["sop_risk_adult"] == 16
    assert counts["sop_risk_minor"] == 7


@needs_seeds
def test_sh003_indicator_kazakh_is_verbatim(catalog):
    missing = []
    for lst in catalog.lists:
        for item in lst.items:
            if not in_seed(lst.source.file, item.line, item.text.kk):
                missing.append(f"{item.id} (line {item.line}): {item.text.kk[:60]}")
    assert missing == []


def form_texts(form):
    """(owners, seed line, kk text) for every text the form takes from the seed.

    The owners are the names a correction's `where` may start with.
    """
    for instruction in form.instructions:
        yield ("instruction",), instruction.line, instruction.text.kk
    for script in form.scripts:
        yield (script.id,), script.line, script.text.kk
    for section in form.sections:
        for item in section.items:
            where = (item.id, section.id)
            if item.id in ("A2",):  # the options are ours; the seed has a blank
                yield where, item.line, item.question.kk
                continue
            yield where, item.line, item.question.kk
            for text in (item.interviewer_notes, item.evidence_label, item.applicability):
                if text is not None:
                    yield where, item.line, text.kk
            for probe in item.probes():
                if probe.id != "q1":
                    yield where, item.line, probe.ask.kk
                for end in (probe.yes, probe.no):
                    if not isinstance(end, Probe) and end.explain is not None:
                        yield where, item.line, end.explain.kk
            if item.id in ("E1", "E3"):
                for option in item.options:
                    yield where, item.line, option.label.kk


@needs_seeds
def test_sh004_form_kazakh_is_verbatim_but_for_listed_corrections(form):
    name = form.source.file
    for correction in form.corrections:
        window = joined(name, correction.line - 1, correction.line + 3)
        assert any(normalise(correction.seed) in w for w in window), correction
    missing = []
    for owners, line, text in form_texts(form):
        original = text
        for correction in form.corrections:
            if correction.where.split()[0].rstrip(":") in owners:
                original = original.replace(correction.fixed, correction.seed)
        if not in_seed(name, line, original):
            missing.append(f"{owners[0]} (line {line}): {text[:70]}")
    assert missing == []


def test_sh005_form_structure(form):
    ids = {section.id: [item.id for item in section.items] for section in form.sections}
    assert ids["A"] == ["A1", "A2", "A3", "A4", "A5", "A6"]
    assert ids["B"] == ["B1", "B2", "B3", "B4"]
    assert ids["C"] == ["C1", "C2", "C3", "C4"]
    assert ids["D"] == ["D1", "D2", "D3"]
    assert ids["E"] == ["E1", "E3_age", "E3", "E2"]  # E3's age blank (L5855) as its own optional number
    assert {s.id: s.max for s in form.scored_sections} == {"B": 12, "C": 12, "D": 9, "E": 6}
    assert {c.line for c in form.corrections} >= {5669, 5706, 5719, 5741, 5843, 5862}


def test_seed_check_can_fail():
    """The verbatim check is real: a changed word is not found."""
    if not SEEDS.is_dir():
        pytest.skip("no seeds")
    text = "Сіз Қазақстанға сапарды өзіңіз ұйымдастырдыңыз ба?"
    assert in_seed("003_6e211ecf5109a54f.txt", 5568, text)
    assert not in_seed("003_6e211ecf5109a54f.txt", 5568, text.replace("сапарды", "саяхатты"))
    assert not in_seed("003_6e211ecf5109a54f.txt", 5800, text)  # only near its own line


def test_form_hash_is_pinned(form):
    assert re.fullmatch(r"sha256:[0-9a-f]{64}", form.content_hash)
    assert Path(form.path).name == "htiam14.yaml"
