"""A form compiled once for scoring (issue 21): the plan agrees with the form it was made from.

CF001: the plan is built once per form and reused; another form, even an equal copy, gets its own.
CF002: where a compiled branch stops is where walk_branch stops, for any answers.
CF003: the scorer's one pass finds what the separate walks find: the missing items
       (state.missing) and the warnings (each branch walked again with walk_branch).
"""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given
from hypothesis import strategies as st

from screener.core.errors import Code
from screener.core.interview import branch_ends, compiled, evaluate, walk_branch
from screener.core.scoring import score, score_state
from tests.core.test_properties import answer_sets, fast

ANSWER = st.sampled_from(["yes", "no", "maybe", None, 1])


def test_cf001_one_plan_per_form(form):
    assert compiled(form) is compiled(form)
    copy = replace(form)
    assert compiled(copy) is not compiled(form)
    answers = {"A1": 16, "A5": "UZ", "B1": 2, "B1.q1": "yes", "C1": 3}
    assert score(copy, answers) == score(form, answers)
    assert [p.section for p in compiled(form).sections] == list(form.sections)
    assert [p.item for p in compiled(form).items.values()] == list(form.items.values())


@fast
@given(data=st.data())
def test_cf002_compiled_branches_stop_where_walk_branch_stops(form, data):
    items = [i for i in form.items.values() if i.root is not None]
    answers = {f"{i.id}.{p.id}": data.draw(ANSWER) for i in items for p in i.probes()}
    answers = {k: v for k, v in answers.items() if v is not None}
    assert branch_ends(form, items, answers) == [walk_branch(i, answers).end for i in items]


@fast
@given(answers=answer_sets)
def test_cf003_one_pass_finds_what_the_walks_find(form, answers):
    state = evaluate(form, answers)
    result = score_state(state)
    assert result.missing == state.missing(conclusion=False)
    expected = []
    for section in state.sections:
        for item_state in section.items:
            item, value = item_state.item, item_state.value
            if item.type != "evidence" or item_state.status != "asked" or item.root_key not in state.answers:
                continue
            end = walk_branch(item, state.answers).end
            if end is None or not isinstance(value, int):
                continue
            if end.indicative and value < 2:
                expected.append((Code.WARN_001, item.id))
            elif end.score is not None and value != end.score:
                expected.append((Code.WARN_002, item.id))  # these answer sets give no reasons
    expected += [(Code.WARN_003, s.item.id) for s, _given in state.implied_conflicts]
    assert [(w.code, w.item) for w in result.warnings] == expected
