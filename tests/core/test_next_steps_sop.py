"""Next steps that follow the SOP for what happened to the person (issue 16).

NS101: an injury indicator of any list, or the "injured" flag, recommends 103 first, with the
       injury named in the reason (seed 000 L963-967).
NS102: consular steps abroad only for a citizen or a stateless person (L746, L991-995); a
       non-citizen with the abroad flag is refused (ANS_018) and gets no consular_abroad;
       someone identified abroad gets no temporary-stay rights in Kazakhstan.
NS103: refused help or not recognised (the flag, or "not a victim" with signs): information
       card, rights and referral at the place of residence (L583).
NS104: age: A1 wins over the band; the age of majority decides; an age not established
       follows the minor steps with the Convention reason.
NS105: "keep the evidence" (L941) for the police and border settings only.
NS106: every rights step says who explains what (L583, L1036).
NS107: every circumstance the rules read is declared, with a label in three languages.
"""

from __future__ import annotations

import pytest

from screener.core.interview import Context, age_status, evaluate
from screener.core.next_steps import circumstance_problems, placeholder_values, recommend
from screener.core.scoring import score_state

ZEROS = {i: 0 for i in ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3")}
AGE_REASON = "Age not established: treated as a minor (SOP / Council of Europe Convention art. 10(3))"


def run(catalog, answers, **context):
    state = evaluate(catalog.default_form, answers, Context(**context))
    result = score_state(state)
    recs = recommend(catalog.next_steps, state, result)
    return recs, state, result


def ids(recs):
    return [r.step.id for r in recs]


def reasons(catalog, recs, state, result, step, language="en"):
    values = placeholder_values(state, result, catalog.lists, language)
    return next(r for r in recs if r.step.id == step).render_reasons(language, values)


@pytest.mark.parametrize(
    ("list_id", "indicator"),
    [
        ("sop_general", "sop_general.19"),
        ("katch_patient", "katch_patient.07"),
        ("katch_patient", "katch_patient.11"),
        ("sop_border", "sop_border.09"),
    ],
)
def test_ns101_injury_indicator_gives_103_first(catalog, list_id, indicator):
    recs, state, result = run(catalog, {}, setting="clinic", indicators={list_id: (indicator,)})
    assert ids(recs)[0] == "call_103"
    text = reasons(catalog, recs, state, result, "call_103")
    item = next(i for lst in catalog.lists for i in lst.items if i.id == indicator)
    assert any((item.short or item.text).en in r for r in text)


def test_ns101_injured_flag_and_non_injury_indicator(catalog):
    recs, _s, _r = run(catalog, {}, setting="clinic", indicators={"sop_general": ("sop_general.01",)})
    assert "call_103" not in ids(recs)
    recs, _s, _r = run(catalog, {}, setting="border", injured=True, indicators={"sop_border": ("sop_border.01",)})
    assert ids(recs)[0] == "call_103"  # before the border sequence: medical help first


def test_ns101_injury_marks_are_declared_in_the_lists(catalog):
    marked = {i.id for lst in catalog.lists for i in lst.items if "injury" in i.marks}
    assert {"sop_general.19", "katch_patient.07", "katch_patient.11"} <= marked
    assert catalog.next_steps.marked["injury"] == frozenset(marked)


def test_ns102_citizen_identified_abroad(catalog):
    recs, state, _r = run(catalog, {"A1": 30, "A5": "KZ", **ZEROS, "C1": 3, "E1": "no"}, identified_abroad=True)
    found = ids(recs)
    assert "consular_abroad" in found
    assert "consular_access" not in found and "explain_migrant_rights" not in found
    assert circumstance_problems(catalog.next_steps, state) == []


def test_ns102_stateless_abroad_gets_the_missions_not_temporary_stay(catalog):
    recs, state, _r = run(catalog, {"A1": 30, "A5": "none", **ZEROS, "C1": 3, "E1": "no"}, identified_abroad=True)
    found = ids(recs)
    assert "consular_abroad" in found
    assert "explain_migrant_rights" not in found and "consular_access" not in found
    assert circumstance_problems(catalog.next_steps, state) == []


def test_ns102_non_citizen_abroad_is_refused(catalog):
    recs, state, _r = run(catalog, {"A1": 30, "A5": "UZ", **ZEROS, "B1": 3, "E1": "no"}, identified_abroad=True)
    found = ids(recs)
    assert "consular_abroad" not in found
    # the flag counts as not recorded: the migrant's rights in Kazakhstan stay
    assert "consular_access" in found and "explain_migrant_rights" in found
    problems = circumstance_problems(catalog.next_steps, state)
    assert [p.code for p in problems] == ["ANS_018"]
    assert "Uzbekistan" in problems[0].render("en") and "Өзбекстан" in problems[0].render("kk")


def test_ns102_minor_abroad_child_support_centre(catalog):
    recs, _s, _r = run(catalog, {"A1": 15, "A5": "KZ"}, identified_abroad=True)
    assert {"consular_abroad", "minor_child_support_centre"} <= set(ids(recs))
    recs, _s, _r = run(catalog, {"A1": 15, "A5": "TJ"}, identified_abroad=True)
    assert "minor_child_support_centre" not in ids(recs) and "consular_abroad" not in ids(recs)


@pytest.mark.parametrize("flag", ["refused_help", "not_recognised"])
def test_ns103_card_rights_and_referral_by_residence(catalog, flag):
    recs, state, result = run(catalog, {"A1": 30, "A5": "KZ"}, setting="workplace", **{flag: True})
    found = ids(recs)
    assert {"info_card_refused", "refer_by_residence", "explain_victim_rights"} <= set(found)
    assert found.index("info_card_refused") < found.index("refer_by_residence")
    assert "call_102" not in found  # the flag alone is no sign
    assert reasons(catalog, recs, state, result, "refer_by_residence")


def test_ns103_not_a_victim_in_the_judgement_with_signs(catalog):
    answers = {"A1": 30, "A5": "KZ", **ZEROS, "C1": 2, "E1": "no", "judgement": 0, "types": ["not_victim"]}
    recs, state, result = run(catalog, answers)
    assert "refer_by_residence" in ids(recs)
    assert any("not a victim" in r for r in reasons(catalog, recs, state, result, "refer_by_residence"))
    quiet = {**answers, "C1": 0}
    assert "refer_by_residence" not in ids(run(catalog, quiet)[0])  # no sign: no possible victim


def test_ns104_recorded_age_wins_over_the_band(catalog):
    signs = {"sop_general": ("sop_general.01",)}
    recs, state, _r = run(catalog, {"A1": 18, "A5": "KZ"}, age_band="child", indicators=signs)
    assert age_status(state) == "adult"
    assert "minor_guardianship" not in ids(recs)
    recs, state, _r = run(catalog, {"A1": 17, "A5": "KZ"}, age_band="adult", indicators=signs)
    assert age_status(state) == "minor" and "minor_guardianship" in ids(recs)
    recs, state, _r = run(catalog, {}, age_band="child", indicators=signs)
    assert age_status(state) == "child_band" and "minor_guardianship" in ids(recs)


def test_ns104_age_not_established_follows_the_minor_steps(catalog):
    signs = {"sop_border": ("sop_border.01",)}
    recs, state, result = run(catalog, {}, setting="border", age_band="unknown", indicators=signs)
    assert age_status(state) == "not_established"
    assert "minor_guardianship" in ids(recs)
    assert any(r.startswith(AGE_REASON) for r in reasons(catalog, recs, state, result, "minor_guardianship"))
    # the flag overrides a stated age (e.g. no documents, looks younger)
    recs, state, result = run(
        catalog, {"A1": 20, "A5": "KZ"}, setting="police", age_not_established=True, indicators=signs
    )
    assert {"minor_guardianship", "minor_child_support_centre"} <= set(ids(recs))
    for language in ("kk", "ru", "en"):
        for rec in recs:
            for reason in rec.render_reasons(language, placeholder_values(state, result, catalog.lists, language)):
                assert "{" not in reason


@pytest.mark.parametrize(("setting", "expected"), [("police", True), ("border", True), ("clinic", False)])
def test_ns105_keep_the_evidence(catalog, setting, expected):
    recs, _s, _r = run(catalog, {"A1": 30, "A5": "KZ", **ZEROS, "D1": 2, "E1": "no"}, setting=setting)
    assert ("keep_evidence" in ids(recs)) is expected


def test_ns106_rights_steps_say_who_explains(catalog):
    rules = {s.id: s for s in catalog.next_steps.steps}
    for step_id in ("explain_victim_rights", "explain_migrant_rights"):
        text = rules[step_id].text
        assert "pre-trial" in text.en and "police" in text.en and "refer" in text.en
        assert "досудебного" in text.ru and "сотқа дейінгі" in text.kk


def test_ns107_every_flag_read_by_a_rule_is_declared(catalog):
    rules = catalog.next_steps
    declared = {c.id for c in rules.circumstances}
    engine = {"setting", "language", "age_band", "age_status"}
    read = {ref.name for step in rules.steps for t in step.triggers for ref in t.when.refs if ref.operand == "context"}
    assert read - engine <= declared
    for c in rules.circumstances:
        assert all(c.label.get(lang).strip() for lang in ("kk", "ru", "en"))


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_ns108_recorded_circumstances_on_the_sheet(catalog, language):
    import io  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    from screener.core.outcome import outcome_of_state  # noqa: PLC0415
    from screener.core.report.pdf import result_pdf  # noqa: PLC0415
    from screener.core.report.sheet import SheetMeta, result_sheet  # noqa: PLC0415

    _recs, state, _result = run(catalog, {"A1": 30, "A5": "KZ", "C1": 2}, refused_help=True, injured=True)
    outcome = outcome_of_state(catalog, state, language=language)
    sheet = result_sheet(catalog, outcome, meta=SheetMeta(case_code="S-16"))
    labels = [c.label.get(language) for c in catalog.next_steps.circumstances if c.id in ("injured", "refused_help")]
    assert [b.main for b in sheet.circumstances] == labels
    pdf = result_pdf(sheet)
    words = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    words = " ".join(words.split())
    assert all(" ".join(label.split())[:12] in words for label in labels)
