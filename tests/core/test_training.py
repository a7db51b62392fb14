"""Training models: cases and their keys, case compare, quiz scoring and the pre/post comparison,
and the practice store (kept apart, reset, quiz results inside it only)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from screener.core.store import practice
from screener.core.store.errors import NotAPracticeStore, PracticeStoreRefused
from screener.core.store.store import Store
from screener.core.training import (
    check_key,
    compare_case,
    compare_workshop,
    find_case,
    key_context,
    load_cases,
    load_quiz,
    participant_key,
    reveal_needs_confirmation,
    review,
    score_quiz,
)

# the case ranges the issue names (seed 003), each covered by at least one shipped case
ISSUE_RANGES = {
    "m1_ex1_example1_factory": "804-825",
    "m1_disc1_case1_smuggling": "933-1007",
    "m4_needs_assessment_hotel": "3128-3240",
    "m4_school_protocol": "3422-3672",
    "m4_patient_nurlan": "3971-4059",
    "m4_rescue_1_mine": "4425-4496",
    "m4_evidence_two_girls": "4723-4800",
    "m4_joint_case_cotton_farm": "4802-4933",
}


def test_cases_cover_the_issue(catalog):
    cases = {c.id: c for c in load_cases(catalog)}
    assert len(cases) == 17
    for case_id, lines in ISSUE_RANGES.items():
        assert cases[case_id].source_lines.startswith(lines), case_id
    assert sum(1 for c in cases.values() if c.module == 1) == 7
    keyed = sorted(c.id for c in cases.values() if c.keyed)
    assert keyed == ["m4_evidence_two_girls", "m4_needs_assessment_hotel", "m4_patient_gulmira", "m4_patient_nurlan"]


def test_model_answers_name_their_origin(catalog):
    for case in load_cases(catalog):
        for question in case.questions:
            if question.answer_source == "manual":
                assert question.model_answer is not None and question.answer_line, (case.id, question.id)
            else:
                assert question.answer_line is None, (case.id, question.id)
        # a reference screening is always the project's key
        assert ("screening" in case.project_answers) == case.keyed
    joint = find_case(catalog, "m4_joint_case_cotton_farm")
    assert joint.project_answers == ()  # the manual's model answers, role by role


def test_every_key_matches_the_engine(catalog):
    for case in load_cases(catalog):
        assert check_key(catalog, case) == [], case.id


def test_a_broken_key_is_caught(catalog):
    case = find_case(catalog, "m4_patient_gulmira")
    assert case.key is not None
    key = replace(case.key, expected=dict(case.key.expected, total=case.key.expected["total"] + 1))
    broken = replace(case, key=key)
    assert check_key(catalog, broken) == ["m4_patient_gulmira: total"]


def test_compare_same_answers_agree(catalog):
    case = find_case(catalog, "m4_patient_gulmira")
    assert case.key is not None
    result = compare_case(catalog, case, case.key.answers)
    assert result.differing == ()
    assert result.reference_total == result.entered_total == (11, 39)
    assert result.reference_steps == result.entered_steps == tuple(case.key.expected["next_steps"])
    assert {i.item_id for i in result.items} >= {"A1", "A5", "B1", "C1", "D2", "E1", "judgement"}


def test_compare_item_by_item(catalog):
    case = find_case(catalog, "m4_patient_gulmira")
    assert case.key is not None
    room = dict(case.key.answers)
    room["C1"] = 1  # the room scored the beatings low
    del room["D2"]  # and left D2 out
    room["A5"] = "KZ"  # and took her for a citizen: B drops out
    result = compare_case(catalog, case, room)
    by_id = {i.item_id: i for i in result.items}
    assert by_id["C1"].agreement == "differs"
    assert (by_id["C1"].reference_points, by_id["C1"].entered_points) == (3, 1)
    assert by_id["D2"].agreement == "not_entered"
    assert by_id["A5"].agreement == "differs"
    assert by_id["C2"].agreement == "same"
    sections = {s.section_id: s for s in result.sections}
    assert sections["B"].reference_applies is True and sections["B"].entered_applies is False
    assert result.entered_total == (0 + 4 + 2 + 0, 27)
    assert "consular_access" in result.steps_only_in_key
    assert set(result.differing) >= {"C1", "D2", "A5"}


def test_compare_nothing_entered(catalog):
    case = find_case(catalog, "m4_needs_assessment_hotel")
    result = compare_case(catalog, case, {})
    assert result.entered_total[0] == 0
    assert all(i.agreement in ("not_entered", "same") for i in result.items)


def test_compare_needs_a_key(catalog):
    with pytest.raises(ValueError, match="no reference"):
        compare_case(catalog, find_case(catalog, "m4_rescue_1_mine"), {})


def test_key_context_has_the_indicators(catalog):
    case = find_case(catalog, "m4_patient_gulmira")
    assert case.key is not None
    context = key_context(catalog, case.key)
    assert context.setting == "clinic" and context.age_band == "child"
    assert "katch_patient.05" in context.indicators["katch_patient"]


# -- the knowledge test -------------------------------------------------------------------------


def test_quiz_loads_with_key(catalog):
    quiz = load_quiz(catalog)
    assert len(quiz.questions) == 10
    assert quiz.max == 9  # q10 is open: the trainer discusses it, no points
    assert quiz.question("q05").answer == frozenset({"a"})
    assert quiz.question("q10").model_answer is not None
    assert set(quiz.phases) == {"pre", "post"}


@pytest.mark.parametrize(
    ("answers", "points"),
    [
        ({}, 0),
        ({"q01": ["a"]}, 1),
        ({"q01": ["b"]}, 0),
        ({"q01": ["a", "b"]}, 0),  # a wrong extra choice loses the point
        ({"q10": ["a"]}, 0),  # the open question never scores
        ("all", 9),
    ],
)
def test_quiz_scoring(catalog, answers, points):
    quiz = load_quiz(catalog)
    if answers == "all":
        answers = {q.id: sorted(q.answer) for q in quiz.questions if q.scored}
    attempt = score_quiz(quiz, answers, "pre", "P-01")
    assert (attempt.score, attempt.max) == (points, 9)


def test_quiz_phase_is_checked(catalog):
    with pytest.raises(ValueError, match="phase"):
        score_quiz(load_quiz(catalog), {}, "middle")


def test_workshop_pre_post(catalog):
    quiz = load_quiz(catalog)
    right = {q.id: sorted(q.answer) for q in quiz.questions if q.scored}
    attempts = [
        score_quiz(quiz, {"q01": ["a"]}, "pre", "P-01", "2024-05-01T09:00"),
        score_quiz(quiz, {}, "pre", "P-02", "2024-05-01T09:01"),
        score_quiz(quiz, right, "post", "P-01", "2024-05-03T16:00"),
        score_quiz(quiz, {**right, "q02": ["a"]}, "post", "P-02", "2024-05-03T16:01"),
    ]
    result = compare_workshop(quiz, attempts)
    assert result.pre.attempts == result.post.attempts == 2
    assert result.pre.mean_percent == pytest.approx(100 / 18)
    assert result.post.mean_percent == pytest.approx(100 * 17 / 18)
    assert result.change == pytest.approx(100 * 16 / 18)
    q01 = next(q for q in result.questions if q.question_id == "q01")
    assert (q01.pre_correct, q01.post_correct) == (50.0, 100.0)
    assert [(p.participant, p.pre, p.post) for p in result.participants] == [("P-01", 1, 9), ("P-02", 0, 8)]


def test_workshop_with_no_post_yet(catalog):
    quiz = load_quiz(catalog)
    result = compare_workshop(quiz, [score_quiz(quiz, {}, "pre", "")])
    assert result.post.mean_percent is None and result.change is None
    assert result.participants == ()  # no code, no pairing


def test_participant_codes_ignore_case_and_spaces(catalog):
    """The booth's case: a post-test for "p-01" after a pre-test for "P-01" is one person."""
    assert participant_key(" p - 01 ") == participant_key("P-01") == "p-01"
    assert participant_key("P-01") != participant_key("P-10")
    quiz = load_quiz(catalog)
    right = {q.id: sorted(q.answer) for q in quiz.questions if q.scored}
    attempts = [
        score_quiz(quiz, {"q01": ["a"]}, "pre", "P-01", "2024-05-01T09:00"),
        score_quiz(quiz, right, "post", "p-01", "2024-05-03T16:00"),
        score_quiz(quiz, {}, "pre", "Ә-02", "2024-05-01T09:01"),
        score_quiz(quiz, right, "post", " ә-0 2", "2024-05-03T16:01"),
    ]
    result = compare_workshop(quiz, attempts)
    assert [(p.participant, p.pre, p.post) for p in result.participants] == [("P-01", 1, 9), ("Ә-02", 0, 9)]
    assert result.pre.attempts == result.post.attempts == 2
    assert result.change == pytest.approx(100 * 17 / 18)
    assert result.unpaired == {"pre": 0, "post": 0}


def test_unpaired_tests_stay_out_of_the_comparison(catalog):
    """A post-test whose pre-test is missing (a typo, a late arrival, no code) is shown apart and
    never moves the means: the issue's +17 became -13 points when it was counted."""
    quiz = load_quiz(catalog)
    right = {q.id: sorted(q.answer) for q in quiz.questions if q.scored}
    paired = [
        score_quiz(quiz, {"q01": ["a"]}, "pre", "P-01", "2024-05-01T09:00"),
        score_quiz(quiz, {"q01": ["a"], "q02": ["c"]}, "post", "P-01", "2024-05-03T16:00"),
    ]
    alone = [
        score_quiz(quiz, {}, "post", "P-07", "2024-05-03T16:02"),  # no pre-test under this code
        score_quiz(quiz, right, "pre", "P-09", "2024-05-01T09:05"),  # left before the post-test
        score_quiz(quiz, {}, "post", "", "2024-05-03T16:03"),  # no code at all
    ]
    result = compare_workshop(quiz, paired + alone)
    assert compare_workshop(quiz, paired).change == result.change == pytest.approx(100 / 9)
    assert (result.pre.attempts, result.post.attempts) == (1, 1)
    assert result.unpaired == {"pre": 1, "post": 2}
    people = [(p.participant, p.paired) for p in result.participants]
    assert people == [("P-01", True), ("P-07", False), ("P-09", False)]
    q02 = next(q for q in result.questions if q.question_id == "q02")
    assert (q02.pre_correct, q02.post_correct) == (0.0, 100.0)  # of the paired participant only


def test_only_unpaired_tests_give_no_change(catalog):
    quiz = load_quiz(catalog)
    result = compare_workshop(quiz, [score_quiz(quiz, {}, "pre", "P-01"), score_quiz(quiz, {}, "post", "P-02")])
    assert result.change is None and result.pre.mean_percent is None
    assert result.unpaired == {"pre": 1, "post": 1}


def test_the_key_is_hidden_until_revealed(catalog):
    quiz = load_quiz(catalog)
    attempt = score_quiz(quiz, {"q01": ["a"], "q02": ["a"]}, "pre", "P-01")
    hidden = review(quiz, attempt, key_revealed=False)
    assert [r.chosen for r in hidden[:2]] == [("a",), ("a",)]
    assert all(r.key is None and r.correct is None for r in hidden)  # not even right/wrong marks
    shown = {r.question_id: r for r in review(quiz, attempt, key_revealed=True)}
    assert (shown["q01"].correct, shown["q01"].key) == (True, ("a",))
    assert (shown["q02"].correct, shown["q02"].key) == (False, ("c",))
    open_question = next(q for q in quiz.questions if not q.scored)
    assert shown[open_question.id].key is None and shown[open_question.id].correct is None
    # before the post-test the trainer is asked first; after it, the key is the debrief
    assert reveal_needs_confirmation("pre") and not reveal_needs_confirmation("post")


def test_every_keyed_case_says_whose_answers_the_key_holds(catalog):
    for case in load_cases(catalog):
        if case.key is not None:
            assert case.key.respondent is not None, case.id
            assert all(case.key.respondent.get(lang) for lang in ("kk", "ru", "en")), case.id
    hotel = find_case(catalog, "m4_needs_assessment_hotel").key
    assert "Zarina" in hotel.respondent.get("en") and "Зарин" in hotel.respondent.get("ru")
    assert "Зарина" in hotel.respondent.get("kk")


# -- the practice store -------------------------------------------------------------------------


def test_practice_store_is_apart_and_resets(catalog, tmp_path):
    real_path = tmp_path / "screener.db"
    path = practice.practice_path(real_path)
    assert path.name == "practice.db" and path != real_path
    store = practice.open_practice(catalog, path)
    assert practice.is_practice(store)
    assert oct(practice._key_path(path).stat().st_mode & 0o777) == "0o600"
    store.create_screening("clinic", "kk", case_code="m4_patient_gulmira")
    quiz = load_quiz(catalog)
    practice.save_attempt(store, score_quiz(quiz, {"q01": ["a"]}, "pre", "P-01"))
    assert [a.score for a in practice.quiz_attempts(store)] == [1]
    store.lock()
    again = practice.open_practice(catalog, path)  # the same practice store comes back
    assert again.count() == 1 and len(practice.quiz_attempts(again)) == 1
    fresh = practice.reset(again)
    assert fresh.count() == 0 and practice.quiz_attempts(fresh) == []
    assert practice.is_practice(fresh)
    fresh.lock()
    assert not real_path.exists()  # the real store was never made or touched


def test_real_store_refuses_a_practice_file_and_vice_versa(catalog, tmp_path):
    real = Store.create(tmp_path / "screener.db", "correct horse 42", catalog)
    assert practice.refuse_practice(real) is real
    with pytest.raises(NotAPracticeStore):
        practice.quiz_attempts(real)
    with pytest.raises(NotAPracticeStore):
        practice.reset(real)
    real.lock()
    # a real store copied to where the practice store lives is never opened or changed
    (tmp_path / "practice.db").write_bytes((tmp_path / "screener.db").read_bytes())
    with pytest.raises(NotAPracticeStore):
        practice.open_practice(catalog, tmp_path / "practice.db")
    store = practice.open_practice(catalog, tmp_path / "other" / "practice.db")
    with pytest.raises(PracticeStoreRefused):
        practice.refuse_practice(store)
    assert store.locked


def test_session_store_lives_in_a_temporary_folder(catalog):
    store = practice.open_session(catalog)
    assert "screener-practice-" in str(store.path)
    assert practice.is_practice(store)
    store.lock()
