"""Section maxima (core/maxima.py): the highest score the engine can reach, not a sum of items."""

from __future__ import annotations

import pytest

from screener.core.instrument.loader import load_form
from screener.core.maxima import _candidates, reachable_maxima
from screener.core.problems import InstrumentError
from tests.core.mini_form import MINI_FORM


def mini(tmp_path, text=MINI_FORM):
    path = tmp_path / "mini.yaml"
    path.write_text(text, encoding="utf-8")
    return load_form(path)


def test_the_shipped_form_declares_what_can_be_reached(form):
    reached = reachable_maxima(form)
    assert reached == {s.id: s.max for s in form.scored_sections}
    assert reached == {"B": 12, "C": 12, "D": 9, "E": 6}


def test_items_that_exclude_each_other_are_not_added_up(tmp_path):
    """E3 'child' (3) and E2 (asked only for an adult, up to 3) never both count: 6, not 9."""
    form = mini(tmp_path)
    section = form.section("E")
    item_maxima = sum(3 if i.type == "evidence" else max(o.points or 0 for o in i.options) for i in section.items)
    assert item_maxima == 9
    assert reachable_maxima(form)["E"] == 6


def test_a_section_that_applies_only_sometimes_is_still_reached(tmp_path):
    """B applies to non-citizens only: its maximum is found by trying a citizenship other than KZ."""
    assert reachable_maxima(mini(tmp_path))["B"] == 3


def test_a_declared_max_the_engine_cannot_reach_is_a_located_error(tmp_path):
    text = MINI_FORM.replace("    scored: true\n    max: 6\n", "    scored: true\n    max: 9\n", 1)
    assert text != MINI_FORM
    with pytest.raises(InstrumentError) as info:
        mini(tmp_path, text)
    [problem] = [p for p in info.value.problems if p.code == "FORM_104"]
    assert problem.item == "E" and problem.line is not None
    assert problem.params == {"section": "E", "declared": 9, "computed": 6}


def test_candidate_values_straddle_each_threshold(form):
    age = form.items[form.roles.age]
    assert _candidates(age, "lt", 18) == {17, 18, 19}
    citizenship = form.items[form.roles.citizenship]
    assert _candidates(citizenship, "equals", "KZ") == {"KZ", "XX"}
    assert _candidates(citizenship, "in", ["KZ", "RU"]) == {"KZ", "RU", "XX"}
    assert _candidates(citizenship, "answered", True) == {"XX"}
    choice = form.items["E1"]
    assert _candidates(choice, "equals", "yes") == {o.value for o in choice.options}
