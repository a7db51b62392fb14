"""Checks on answers and context from outside (core/answers.py), on the shipped form.

Every nonsense answer gets its own code naming the item; a valid answer gets none.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from screener.core.answers import check_answers, deciding_items, normalise, parse_context
from screener.core.errors import Code

# a busy machine must not fail a property: no deadline, no slowness check
RELAXED = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def codes(form, answers):
    return [(p.code, p.item) for p in check_answers(form, answers)]


VALID = {
    "A1": 16,
    "A5": "UZ",
    "B1": 2,
    "B1.q1": "no",
    "E1": "yes",
    "types": ["labour", "other"],
    "types.other": "begging",
    "nonverbal": "kept looking at the door",
    "judgement": 2,
    "C2": None,  # not answered yet
}


def test_valid_answers_have_no_problem(form):
    assert codes(form, VALID) == []
    assert codes(form, {}) == []


@pytest.mark.parametrize(
    ("answers", "expected"),
    [
        ({"Z9": 1}, (Code.ANS_001, "Z9")),  # no such item
        ({"B1.q99": "yes"}, (Code.ANS_001, "B1.q99")),  # no such scripted question
        ({"A1.note": "x"}, (Code.ANS_001, "A1.note")),  # an integer has no sub-answers
        ({"B1.": "yes"}, (Code.ANS_001, "B1.")),
        ({"B1": 4}, (Code.ANS_002, "B1")),  # evidence is 0-3
        ({"B1": -1}, (Code.ANS_002, "B1")),
        ({"B1": True}, (Code.ANS_002, "B1")),  # a yes/no is not a score
        ({"B1": "2"}, (Code.ANS_002, "B1")),
        ({"E1": "maybe"}, (Code.ANS_003, "E1")),  # not one of the options
        ({"types": ["labour", "organ_removal"]}, (Code.ANS_003, "types")),
        ({"A1": 121}, (Code.ANS_004, "A1")),  # outside the item's range
        ({"A1": -1}, (Code.ANS_004, "A1")),
        ({"A1": "16"}, (Code.ANS_004, "A1")),
        ({"A1": 16.5}, (Code.ANS_004, "A1")),
        ({"A1": False}, (Code.ANS_004, "A1")),
        ({"A5": "Uzbekistan"}, (Code.ANS_005, "A5")),  # not an ISO code
        ({"A5": "XX"}, (Code.ANS_005, "A5")),
        ({"A5": 860}, (Code.ANS_005, "A5")),
        ({"B1.q1": "perhaps"}, (Code.ANS_008, "B1.q1")),  # a scripted question is yes or no
        ({"types": "labour"}, (Code.ANS_011, "types")),  # a multiple choice is a list
        ({"types": ["labour", 3]}, (Code.ANS_011, "types")),
        ({"types.other": 3}, (Code.ANS_011, "types.other")),  # the text of "other" is text
        ({"nonverbal": 7}, (Code.ANS_011, "nonverbal")),
    ],
)
def test_each_kind_of_nonsense_has_its_code(form, answers, expected):
    assert codes(form, {**VALID, **answers}) == [expected]


def test_an_exclusive_option_stands_alone(form):
    exclusive = [o.value for o in form.items["types"].options if o.exclusive]
    assert exclusive, "the shipped types item has an exclusive option (not a victim)"
    assert codes(form, {"types": [exclusive[0], "labour"]}) == [(Code.ANS_012, "types")]
    assert codes(form, {"types": [exclusive[0]]}) == []


def test_every_problem_is_reported_not_only_the_first(form):
    found = codes(form, {"A1": 500, "B1": 9, "Z9": 1, 3: "x"})
    assert sorted(code for code, _item in found) == [Code.ANS_001, Code.ANS_001, Code.ANS_002, Code.ANS_004]
    assert (Code.ANS_001, "3") in found  # a key that is not text is named too


def test_normalise_forgives_spelling_only(form):
    got = normalise(form, {"A5": " uz ", "E1": "YES", "B1.q1": " No ", "nonverbal": " Yes ", "A1": 16})
    assert got == {"A5": "UZ", "E1": "yes", "B1.q1": "no", "nonverbal": " Yes ", "A1": 16}
    assert normalise(form, {"A5": "NONE"}) == {"A5": "none"}
    assert codes(form, normalise(form, {"A5": "None"})) == []


def test_the_deciding_items_are_what_sections_depend_on(form):
    assert deciding_items(form) == (form.roles.citizenship,)


def test_a_valid_context(catalog):
    context, problems = parse_context(
        {
            "setting": "border",
            "language": "kk",
            "age_band": "child",
            "injured": True,
            "indicators": {"sop_border": ["sop_border.01", "sop_border.01", "sop_border.07"]},
        },
        catalog.lists,
    )
    assert problems == []
    assert (context.setting, context.language, context.age_band, context.injured) == ("border", "kk", "child", True)
    assert context.refused_help is None
    assert context.indicators == {"sop_border": ("sop_border.01", "sop_border.07")}  # each once


@pytest.mark.parametrize(
    ("data", "item", "code"),
    [
        ({"setting": "airport"}, "context.setting", Code.ANS_013),
        ({"age_band": "teen"}, "context.age_band", Code.ANS_013),
        ({"language": "de"}, "context.language", Code.ANS_013),
        ({"injured": "yes"}, "context.injured", Code.ANS_013),
        ({"colour": "red"}, "context.colour", Code.ANS_013),
        ({"indicators": ["sop_border.01"]}, "context.indicators", Code.ANS_013),
        ({"indicators": {"no_such_list": []}}, "context.indicators.no_such_list", Code.ANS_013),
        ({"indicators": {"sop_border": "sop_border.01"}}, "context.indicators.sop_border", Code.ANS_013),
        ({"indicators": {"sop_border": ["sop_border.999"]}}, "sop_border.999", Code.ANS_014),
    ],
)
def test_a_wrong_context_is_named_and_falls_back_safely(catalog, data, item, code):
    context, problems = parse_context(data, catalog.lists)
    assert [(p.code, p.item) for p in problems] == [(code, item)]
    assert context.setting in ("other", "border") and context.language in ("kk", "ru", "en")
    assert context.age_band in ("child", "adult", "unknown")
    assert all(all(i.startswith(k) for i in v) for k, v in context.indicators.items())


values = st.one_of(
    st.none(), st.booleans(), st.integers(-5, 200), st.text(max_size=8), st.lists(st.text(max_size=6), max_size=3)
)


@RELAXED
@given(st.dictionaries(st.sampled_from(["A1", "A5", "B1", "B1.q1", "E1", "types", "types.other", "nonverbal"]), values))
def test_any_answers_are_checked_without_crashing_and_every_problem_names_its_key(form, answers):
    for problem in check_answers(form, answers):
        assert problem.item in answers
        assert problem.render("kk") and problem.render("ru") and problem.render("en")
