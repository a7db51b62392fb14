"""Properties of scoring (hypothesis).

PR001: every section score lies within 0..max.
PR002: the total is the sum of the applicable sections; the max is 39 or 27.
PR003: raising one evidence score never lowers the total.
PR004: scoring never raises, whatever valid answers come in.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.core.scoring import score

EVIDENCE = ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "E2")
PROBES = ("B1.q1", "B1.q2", "B2.q1", "B2.q2", "B2.q3", "C1.q1", "C1.q2", "C4.q1", "D3.q1")

answer_sets = st.fixed_dictionaries(
    {"A1": st.integers(0, 90), "A5": st.sampled_from(["KZ", "UZ", "RU", "CN", "none"])},
    optional={
        **{item: st.integers(0, 3) for item in EVIDENCE},
        **{probe: st.sampled_from(["yes", "no"]) for probe in PROBES},
        "E1": st.sampled_from(["yes", "no"]),
        "E3": st.sampled_from(["child", "adult"]),
    },
)
fast = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@fast
@given(answers=answer_sets)
def test_pr001_pr002_bounds_and_sum(form, answers):
    result = score(form, answers)
    for section in result.sections:
        assert 0 <= section.score <= section.max
    applicable = [s for s in result.sections if s.applicable is True]
    assert result.total == sum(s.score for s in applicable)
    assert result.max == (39 if answers["A5"] != "KZ" else 27)


@fast
@given(answers=answer_sets, item=st.sampled_from(EVIDENCE))
def test_pr003_raising_an_item_never_lowers_the_total(form, answers, item):
    before = score(form, answers).total
    current = answers.get(item, 0)
    for higher in range(current, 4):
        after = score(form, {**answers, item: higher}).total
        assert after >= before
        before = after
