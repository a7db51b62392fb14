"""The condition language (core/conditions.py): every operand and operator, Kleene logic, refs.

Unknown (None) means "not answered yet": a comparison with it is unknown, and all/any/not
follow three-valued (Kleene) logic, so an unknown part matters only when the others do not decide.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.core.conditions import COMPARISONS, OPERANDS, Facts, Ref, compile_condition

FACTS = Facts(
    answers={"A1": 16, "A5": "UZ", "types": ["labour", "other"], "flag": True, "none": None},
    context={"setting": "border", "injured": False},
    scores={"B": 5, "items_at_2_or_more": 0},
    indicators={"sop_border": 2, "any": 2},
)

# a busy machine must not fail a property: no deadline, no slowness check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def holds(spec: dict[str, Any], facts: Facts = FACTS) -> bool | None:
    return compile_condition(spec).evaluate(facts)


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ({"answer": "A5", "equals": "UZ"}, True),
        ({"answer": "A5", "equals": "KZ"}, False),
        ({"answer": "A5", "not_equals": "KZ"}, True),
        ({"answer": "A5", "not_equals": "UZ"}, False),
        ({"answer": "A5", "in": ["KZ", "UZ"]}, True),
        ({"answer": "A5", "in": ["KZ", "RU"]}, False),
        ({"answer": "A1", "lt": 18}, True),
        ({"answer": "A1", "lt": 16}, False),
        ({"answer": "A1", "le": 16}, True),
        ({"answer": "A1", "le": 15}, False),
        ({"answer": "A1", "gt": 15}, True),
        ({"answer": "A1", "gt": 16}, False),
        ({"answer": "A1", "ge": 16}, True),
        ({"answer": "A1", "ge": 17}, False),
        ({"answer": "A1", "answered": True}, True),
        ({"answer": "A1", "answered": False}, False),
        ({"answer": "missing", "answered": False}, True),
        ({"answer": "none", "answered": True}, False),  # an answer that is None is not answered
        # a multi-choice answer equals (and is in) each option it contains
        ({"answer": "types", "equals": "labour"}, True),
        ({"answer": "types", "equals": "sexual_adult"}, False),
        ({"answer": "types", "not_equals": "labour"}, False),
        ({"answer": "types", "in": ["sexual_adult", "other"]}, True),
        # every operand
        ({"context": "setting", "equals": "border"}, True),
        ({"context": "injured", "equals": False}, True),
        ({"score": "B", "ge": 5}, True),
        ({"score": "items_at_2_or_more", "ge": 1}, False),
        ({"indicators": "sop_border", "ge": 2}, True),
        ({"indicators": "katch_patient", "ge": 1}, False),  # a list with nothing ticked counts 0, never unknown
        ({"indicators": "katch_patient", "lt": 1}, True),
    ],
)
def test_every_operand_and_operator(spec, expected):
    assert holds(spec) is expected


@pytest.mark.parametrize("operator", [op for op in COMPARISONS if op != "answered"])
def test_comparing_what_is_not_known_yet_is_unknown(operator):
    value: Any = ["KZ"] if operator == "in" else 18 if operator in ("lt", "le", "gt", "ge") else "KZ"
    for operand in ("answer", "context", "score"):
        assert holds({operand: "not_there", operator: value}) is None, (operand, operator)


@pytest.mark.parametrize("operator", ["lt", "le", "gt", "ge"])
def test_numbers_compare_only_with_numbers(operator):
    """A text or a yes/no is never 'less than 18' (True is an int in Python, not an age here)."""
    assert holds({"answer": "A5", operator: 18}) is False
    assert holds({"answer": "flag", operator: 0}) is False


def test_refs_name_what_a_condition_reads_in_order():
    either = {"any": [{"score": "B", "ge": 1}, {"indicators": "any", "ge": 1}]}
    condition = compile_condition({"all": [{"not": {"answer": "A5", "equals": "KZ"}}, either]})
    assert condition.refs == (
        Ref("answer", "A5", "equals", "KZ"),
        Ref("score", "B", "ge", 1),
        Ref("indicators", "any", "ge", 1),
    )
    assert condition.source["all"][0] == {"not": {"answer": "A5", "equals": "KZ"}}
    assert {r.operand for r in condition.refs} <= set(OPERANDS)


# -- Kleene logic -------------------------------------------------------------------------

TRUTHS = (True, False, None)
# one leaf per truth value: known true, known false, unknown (not answered yet)
LEAF = {
    True: {"answer": "A1", "equals": 16},
    False: {"answer": "A1", "equals": 17},
    None: {"answer": "missing", "equals": 1},
}
truths = st.sampled_from(TRUTHS)


def kleene_and(a, b):
    if a is False or b is False:
        return False
    return None if None in (a, b) else True


def kleene_or(a, b):
    if a is True or b is True:
        return True
    return None if None in (a, b) else False


@pytest.mark.parametrize("a", TRUTHS)
@pytest.mark.parametrize("b", TRUTHS)
def test_all_any_and_not_follow_the_truth_tables(a, b):
    assert holds({"all": [LEAF[a], LEAF[b]]}) is kleene_and(a, b)
    assert holds({"any": [LEAF[a], LEAF[b]]}) is kleene_or(a, b)
    assert holds({"not": LEAF[a]}) is (None if a is None else not a)


def test_an_unknown_part_matters_only_when_the_others_do_not_decide():
    assert holds({"all": [LEAF[False], LEAF[None]]}) is False
    assert holds({"any": [LEAF[True], LEAF[None]]}) is True
    assert holds({"all": [LEAF[True], LEAF[None]]}) is None
    assert holds({"any": [LEAF[False], LEAF[None]]}) is None


def tree(depth: int = 3) -> st.SearchStrategy[dict[str, Any]]:
    """Random conditions built of the three leaves with all / any / not."""
    leaves = st.sampled_from(TRUTHS).map(lambda t: LEAF[t])
    return st.recursive(
        leaves,
        lambda inner: st.one_of(
            st.lists(inner, min_size=1, max_size=3).map(lambda parts: {"all": parts}),
            st.lists(inner, min_size=1, max_size=3).map(lambda parts: {"any": parts}),
            inner.map(lambda part: {"not": part}),
        ),
        max_leaves=8,
    )


@RELAXED
@given(tree())
def test_not_not_is_the_condition_itself(spec):
    assert holds({"not": {"not": spec}}) is holds(spec)


@RELAXED
@given(tree(), tree())
def test_de_morgan(a, b):
    assert holds({"not": {"all": [a, b]}}) is holds({"any": [{"not": a}, {"not": b}]})
    assert holds({"not": {"any": [a, b]}}) is holds({"all": [{"not": a}, {"not": b}]})


@RELAXED
@given(st.lists(tree(), min_size=1, max_size=4))
def test_all_and_any_do_not_depend_on_order(parts):
    assert holds({"all": parts}) is holds({"all": list(reversed(parts))})
    assert holds({"any": parts}) is holds({"any": list(reversed(parts))})


@RELAXED
@given(tree())
def test_a_condition_is_true_false_or_unknown_and_knowing_more_never_flips_it(spec):
    """Answering the missing item can turn unknown into true or false, but never a known result around."""
    before = holds(spec)
    assert before in TRUTHS
    for value in (1, 2):
        after = holds(spec, FACTS._replace(answers={**FACTS.answers, "missing": value}))
        assert after in (True, False)
        if before is not None:
            assert after is before
