"""Next steps from the SOP rules (forms/next_steps.yaml).

NS001: no sign at all -> no step (except those the context alone calls for).
NS002: signs -> 102, referral, victim's rights, 11616, directory; each with its reasons.
NS003: a minor -> guardianship / juvenile police; a non-citizen -> consular access, migrant rights.
NS004: injured -> 103; refused help -> the information card; identified abroad -> consular rules.
NS005: the border setting adds the airport/border action sequence first; the police setting the police memo.
NS006: reasons render in each language with their placeholders filled.
"""

from __future__ import annotations

from screener.core.interview import Context, evaluate
from screener.core.next_steps import placeholder_values, recommend
from screener.core.scoring import score_state

ZEROS = {i: 0 for i in ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3")}


def steps(catalog, answers, **context):
    state = evaluate(catalog.default_form, answers, Context(**context))
    result = score_state(state)
    recs = recommend(catalog.next_steps, state, result)
    return recs, state, result


def ids(recs):
    return [r.step.id for r in recs]


def test_ns001_no_signs_no_steps(catalog):
    recs, _state, _result = steps(catalog, {"A1": 30, "A5": "KZ", **ZEROS, "E1": "no", "judgement": 0})
    assert ids(recs) == []


def test_ns002_signs(catalog):
    recs, _state, _result = steps(catalog, {"A1": 30, "A5": "KZ", **ZEROS, "C1": 3, "E1": "no"})
    found = ids(recs)
    for step in (
        "call_102",
        "refer_social_services",
        "explain_victim_rights",
        "hotline_11616",
        "ngo_directory",
    ):
        assert step in found
    assert "consular_access" not in found and "minor_guardianship" not in found
    assert found.index("call_102") < found.index("refer_social_services")
    call = next(r for r in recs if r.step.id == "call_102")
    assert len(call.reasons) == 1


def test_ns003_minor_and_non_citizen(catalog):
    recs, _state, _result = steps(catalog, {"A1": 15, "A5": "UZ", **ZEROS, "B4": 2, "E1": "no"})
    found = ids(recs)
    assert "minor_guardianship" in found
    assert "consular_access" in found and "explain_migrant_rights" in found
    stateless, _s, _r = steps(catalog, {"A1": 40, "A5": "none", **ZEROS, "D2": 3, "E1": "no"})
    assert "explain_migrant_rights" in ids(stateless)


def test_ns003_age_band_child_without_a1(catalog):
    recs, _state, _result = steps(catalog, {}, age_band="child", indicators={"sop_minor": ("sop_minor.01",)})
    assert "minor_guardianship" in ids(recs)


def test_ns004_context_only_steps(catalog):
    found = ids(steps(catalog, {"A5": "KZ"}, injured=True, refused_help=True, identified_abroad=True)[0])
    assert {"call_103", "info_card_refused", "consular_abroad"} <= set(found)
    assert "call_102" not in found  # no sign recorded


def test_ns005_setting_specific(catalog):
    border = ids(steps(catalog, {}, setting="border", indicators={"sop_border": ("sop_border.01", "sop_border.03")})[0])
    assert border[0] == "border_separate" and "police_memo" not in border
    police = ids(steps(catalog, {"A5": "KZ", "judgement": 3}, setting="police")[0])
    assert "police_memo" in police and "border_separate" not in police


def test_ns006_reasons_render_in_every_language(catalog):
    recs, state, result = steps(
        catalog,
        {"A1": 16, "A5": "UZ", **ZEROS, "B4": 3, "C1": 2, "E1": "no"},
        setting="border",
        indicators={"sop_border": ("sop_border.01", "sop_border.02")},
    )
    for language in ("kk", "ru", "en"):
        values = placeholder_values(state, result, catalog.lists, language)
        for rec in recs:
            for reason in rec.render_reasons(language, values):
                assert "{" not in reason and reason.strip(), (rec.step.id, reason)
    values = placeholder_values(state, result, catalog.lists, "en")
    call = next(r for r in recs if r.step.id == "call_102")
    rendered = call.render_reasons("en", values)
    assert any("B4 = 3, C1 = 2" in r for r in rendered)
    assert any("2 indicator" in r for r in rendered)
    consular = next(r for r in recs if r.step.id == "consular_access")
    assert any("Uzbekistan" in r for r in consular.render_reasons("en", values))
    assert any(
        "Өзбекстан" in r for r in consular.render_reasons("kk", placeholder_values(state, result, catalog.lists, "kk"))
    )
