"""Scoring of the shipped form (seed 003 Annex 4), table-driven.

SC001: section maxima B 12, C 12, D 9, E 6; total /39 when B applies, /27 when it does not.
SC002: B applies only when citizenship (A5) is not Kazakhstan; stateless counts as not a citizen.
SC003: answers to items that do not apply are ignored.
SC004: E1 NO -> E2 and E3 score 0 and are not asked.
SC005: E3 before E2; E3 child = 3 and E2 not asked; E3 adult = 0 and E2 scored.
SC006: A1 under 18 -> E3 is child without asking; a recorded "adult" is a warning.
SC007: a scripted "score 0" end counts when no score is given; a different score is a warning.
SC008: a YES branch that indicates trafficking, scored below 2, is a warning.
SC009: missing items make the screening incomplete; A5 missing leaves B pending.
SC010: items at 2 or more are listed in form order. No cut-off score anywhere.
"""

from __future__ import annotations

import pytest

from screener.core.scoring import score

ADULT_FOREIGNER = {"A1": 30, "A5": "UZ"}
ALL_THREE = {i: 3 for i in ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3")}
ZEROS = {i: 0 for i in ALL_THREE}


def sections(result):
    return {s.id: (s.score, s.max, s.applicable) for s in result.sections}


CASES = [
    # id, answers, expected sections, total, max
    (
        "SC001 all max, non-citizen adult",
        {**ADULT_FOREIGNER, **ALL_THREE, "E1": "yes", "E3": "adult", "E2": 3},
        {"B": (12, 12, True), "C": (12, 12, True), "D": (9, 9, True), "E": (6, 6, True)},
        39,
        39,
    ),
    (
        "SC002 citizen: B skipped, /27",
        {"A1": 30, "A5": "KZ", **ALL_THREE, "E1": "no"},
        {"B": (0, 12, False), "C": (12, 12, True), "D": (9, 9, True), "E": (0, 6, True)},
        21,
        27,
    ),
    (
        "SC002 stateless: B applies",
        {"A1": 30, "A5": "none", **ZEROS, "B4": 3, "E1": "no"},
        {"B": (3, 12, True), "C": (0, 12, True), "D": (0, 9, True), "E": (0, 6, True)},
        3,
        39,
    ),
    (
        "SC003 citizen's B answers ignored",
        {"A1": 30, "A5": "KZ", **ZEROS, "B1": 3, "B2": 3, "E1": "no"},
        {"B": (0, 12, False), "C": (0, 12, True), "D": (0, 9, True), "E": (0, 6, True)},
        0,
        27,
    ),
    (
        "SC004 E1 no: E2, E3 ignored",
        {**ADULT_FOREIGNER, **ZEROS, "E1": "no", "E3": "child", "E2": 3},
        {"B": (0, 12, True), "C": (0, 12, True), "D": (0, 9, True), "E": (0, 6, True)},
        0,
        39,
    ),
    (
        "SC005 E3 child = 3, E2 not asked",
        {**ADULT_FOREIGNER, **ZEROS, "E1": "yes", "E3": "child", "E2": 2},
        {"B": (0, 12, True), "C": (0, 12, True), "D": (0, 9, True), "E": (6, 6, True)},
        6,
        39,
    ),
    (
        "SC005 E3 adult = 0, E2 scored",
        {**ADULT_FOREIGNER, **ZEROS, "E1": "yes", "E3": "adult", "E2": 2},
        {"B": (0, 12, True), "C": (0, 12, True), "D": (0, 9, True), "E": (5, 6, True)},
        5,
        39,
    ),
    (
        "SC006 under 18: E3 child without asking",
        {"A1": 16, "A5": "KZ", **ZEROS, "E1": "yes"},
        {"B": (0, 12, False), "C": (0, 12, True), "D": (0, 9, True), "E": (6, 6, True)},
        6,
        27,
    ),
    (
        "mixed",
        {**ADULT_FOREIGNER, **ZEROS, "B2": 2, "B4": 3, "C1": 1, "D2": 2, "E1": "no"},
        {"B": (5, 12, True), "C": (1, 12, True), "D": (2, 9, True), "E": (0, 6, True)},
        8,
        39,
    ),
]


@pytest.mark.parametrize(("name", "answers", "expected", "total", "maximum"), CASES, ids=[c[0] for c in CASES])
def test_scoring_table(form, name, answers, expected, total, maximum):
    result = score(form, answers)
    assert sections(result) == expected
    assert (result.total, result.max) == (total, maximum)
    assert result.complete, result.missing
    assert result.warnings == ()


def test_sc006_recorded_adult_under_18_is_a_warning(form):
    result = score(form, {"A1": 16, "A5": "KZ", **ZEROS, "E1": "yes", "E3": "adult", "E2": 1})
    assert result.section("E").score == 6
    [warning] = result.warnings
    assert (warning.code, warning.item) == ("WARN_003", "E3")
    # the form's own reason ("under 18"), what was recorded and what it counts as, in each language
    values = {"age": 16}  # next_steps.placeholder_values: the form's reason names the age given
    assert "(age 16)" in warning.render("en", values) and "{age}" not in warning.render("en", values)
    assert "Recorded as 'Adult (18 or older)'" in warning.render("en", values)  # the label, not the id (issue 16)
    assert "16" in warning.render("ru", values) and "16" in warning.render("kk", values)


def test_sc007_scripted_zero_counts_when_no_score(form):
    answers = {**ADULT_FOREIGNER, **ZEROS, "E1": "no"}
    del answers["B1"]
    answers["B1.q1"] = "yes"  # organised the trip themselves: script says score 0
    result = score(form, answers)
    assert result.complete and result.item_points["B1"] == 0
    answers["B1"] = 2
    result = score(form, answers)
    assert [(w.code, w.item) for w in result.warnings] == [("WARN_002", "B1")]
    assert result.section("B").score == 0  # the scripted score stands without a reason (issue 16)
    answers["B1.reason"] = "the trip was organised by the recruiter, the respondent only paid"
    result = score(form, answers)
    assert [(w.code, w.item) for w in result.warnings] == [("WARN_004", "B1")]
    assert result.section("B").score == 2  # with a written reason the interviewer's score counts


def test_sc008_indicative_branch_below_2_warns(form):
    # C1: the seed's note names a "Yes" as the indicator (003 L5684-5686)
    answers = {**ADULT_FOREIGNER, **ZEROS, "E1": "no", "C1.q1": "yes", "C1.q2": "yes", "C1": 1}
    result = score(form, answers)
    assert [(w.code, w.item) for w in result.warnings] == [("WARN_001", "C1")]
    assert "at least 2" in result.warnings[0].render("en")
    assert score(form, {**answers, "C1": 2}).warnings == ()
    # B1 "someone forced you to go": the note says what to look for, not that YES indicates (L5580-5583)
    b1 = {**ADULT_FOREIGNER, **ZEROS, "E1": "no", "B1.q1": "no", "B1.q2": "yes", "B1": 1}
    assert score(form, b1).warnings == ()


def test_sc009_incomplete_and_pending(form):
    result = score(form, {"A1": 30, "C1": 2})
    assert not result.complete
    assert "A5" in result.missing and "C2" in result.missing and "E1" in result.missing
    assert "B1" not in result.missing  # B waits for A5
    assert result.section("B").applicable is None
    assert result.section("B").reason is not None
    assert "A5" in result.section("B").reason.en


def test_sc005_adult_without_e2_is_incomplete(form):
    result = score(form, {**ADULT_FOREIGNER, **ZEROS, "E1": "yes", "E3": "adult"})
    assert result.missing == ("E2",)
    assert not result.complete


def test_sc010_items_at_2_or_more_in_form_order(form):
    answers = {**ADULT_FOREIGNER, **ZEROS, "D2": 2, "B4": 3, "C1": 2, "E1": "yes", "E3": "child"}
    result = score(form, answers)
    assert result.items_at_2_or_more == (("B4", 3), ("C1", 2), ("D2", 2), ("E1", 3), ("E3", 3))


def test_json_shape(form):
    result = score(form, {**ADULT_FOREIGNER, **ALL_THREE, "E1": "no"})
    data = result.to_json()
    assert set(data) >= {"sections", "total", "max", "complete", "missing", "items_at_2_or_more", "warnings"}
    assert data["sections"]["B"] == {"score": 12, "max": 12, "applicable": True, "complete": True}
    assert data["max"] == 39 and data["total"] == 33


def test_b_reasons_name_citizenship(form):
    citizen = score(form, {"A1": 30, "A5": "KZ"}).section("B")
    foreign = score(form, {"A1": 30, "A5": "UZ"}).section("B")
    assert citizen.reason is not None and foreign.reason is not None
    assert citizen.reason.en != foreign.reason.en
    assert "{citizenship}" in foreign.reason.en


def test_the_maximum_reads_as_a_range_while_b_is_not_known(form):
    """Before A5 (citizenship) is answered, section B may or may not count: 27-39, not 27."""
    from screener.core.scoring import score  # noqa: PLC0415

    assert score(form, {"A1": 30}).max_shown == "27\u201339"
    assert score(form, {"A1": 30, "A5": "UZ"}).max_shown == "39"
    assert score(form, {"A1": 30, "A5": "KZ"}).max_shown == "27"
