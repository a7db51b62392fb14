"""A reason given for several steps is said once (issue 18: the quick check's first actions
repeated one long reason under all six steps)."""

from __future__ import annotations

import pytest

from screener.core.outcome import Bi, StepRow, reasons_once
from screener.core.quick import first_actions


def row(number: int, *reasons: str) -> StepRow:
    return StepRow(number, f"s{number}", Bi("step"), reasons, False, "", "rule")


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_first_actions_say_the_shared_reason_once(catalog, language):
    found = first_actions(
        catalog, setting="border", age_band="child", language=language, indicators={"sop_border": ["sop_border.01"]}
    )
    steps = found.steps
    assert len(steps) >= 6
    once = reasons_once(steps)
    [shared] = once.shared
    assert once.numbers[0] == tuple(s.number for s in steps)
    # every step's reasons, said once: the shared one above, what is left under each step
    said = [shared] + [own for s in steps for own in once.steps[s.id].own]
    for step in steps:
        for reason in step.reasons:
            rest = reason.replace(shared, "").strip()
            assert rest == "" or rest in once.steps[step.id].own, (step.id, reason)
    assert sum(shared in text for text in said) == 1
    assert len(" ".join(said)) < len(" ".join(r for s in steps for r in s.reasons)) / 3
    assert all(once.steps[s.id].shares for s in steps)


def test_a_reason_of_some_steps_only():
    steps = [row(1, "A long reason.", "Own one."), row(2, "Setting. A long reason."), row(3, "Other.")]
    once = reasons_once(steps)
    assert once.shared == ("A long reason.",) and once.numbers == ((1, 2),)
    assert once.steps["s1"].own == ("Own one.",) and once.steps["s1"].shares
    assert once.steps["s2"].own == ("Setting.",) and once.steps["s2"].shares
    assert once.steps["s3"].own == ("Other.",) and not once.steps["s3"].shares


def test_nothing_shared_nothing_changes():
    steps = [row(1, "One."), row(2, "Two.", "Three.")]
    once = reasons_once(steps)
    assert once.shared == () and [once.steps[s.id].own for s in steps] == [("One.",), ("Two.", "Three.")]
    assert reasons_once([row(1, "Alone.", "Alone.")]).shared == ()  # one step: said under it
