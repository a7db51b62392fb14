"""The instrument's last faithful details (issue 16).

FD001: WARN_003 and ANS_007 name what was recorded by its label, never the raw ids 'adult' /
       'child', and never a literal "{age}".
FD002: E3's blank for the actual age (seed 003 L5855) is an optional number that decides the band.
FD003: `indicative` only where the seed's note names a YES as the indicator (C1, L5684-5686).
FD004: knowledge test q06 keeps «адам адам саудасының» as printed (L5267: the first «адам» is the
       subject); C4's note in English says "a friend (male or female)" for «досы немесе құрбысы».
"""

from __future__ import annotations

import json

import yaml

from screener.cli import main
from screener.core.interview import Context, evaluate
from screener.core.outcome import outcome_of_state
from screener.core.paths import forms_dir
from screener.core.scoring import score_state


def test_fd001_warnings_name_labels_not_ids(catalog, tmp_path, capsys):
    state = evaluate(catalog.default_form, {"A1": 16, "A5": "KZ", "E1": "yes", "E3": "adult"}, Context())
    for language, adult in (("ru", "Взрослый"), ("kk", "Ересек"), ("en", "Adult")):
        [line] = outcome_of_state(catalog, state, language=language).warning_lines()
        assert adult in line and "'adult'" not in line and "{age}" not in line and "16" in line
    path = tmp_path / "in.json"
    path.write_text(json.dumps({"form": "htiam14-kz", "answers": {"A1": 16, "A5": "KZ", "E1": "yes", "E3": "adult"}}))
    assert main(["--lang", "ru", "score", str(path)]) == 2
    err = capsys.readouterr().err
    assert "ANS_007" in err and "Взрослый" in err and "'adult'" not in err and "{age}" not in err


def test_fd002_e3_age_decides_the_band(catalog):
    form = catalog.default_form
    base = {"A1": 30, "A5": "KZ", "E1": "yes"}
    state = evaluate(form, {**base, "E3_age": 16}, Context())
    assert state.item("E3").status == "implied" and state.answers["E3"] == "child"
    assert score_state(state).section("E").score == 6 - 0  # child: 3 (E1) + 3 (E3), E2 not asked
    state = evaluate(form, {**base, "E3_age": 19}, Context())
    assert state.answers["E3"] == "adult"
    state = evaluate(form, base, Context())  # optional: without it E3 is asked
    assert state.item("E3").status == "asked" and "E3_age" not in state.missing()
    assert evaluate(form, {**base, "E1": "no"}, Context()).item("E3_age").status == "hidden"


def test_fd003_indicative_only_where_the_seed_says_so(catalog):
    indicative = [
        item.id
        for item in catalog.default_form.items.values()
        if item.type == "evidence"
        for probe in item.probes()
        for end in (probe.yes, probe.no)
        if getattr(end, "indicative", False)
    ]
    assert indicative == ["C1"]


def test_fd004_knowledge_test_and_c4_note(catalog):
    quiz = yaml.safe_load((forms_dir() / "training" / "knowledge_test.yaml").read_text(encoding="utf-8"))
    q06 = next(q for q in quiz["questions"] if q["id"] == "q06")
    assert "адам адам саудасының құрбаны" in q06["options"][0]["text"]["kk"]
    assert not any(c["line"] == 5267 for c in quiz.get("corrections", []))
    c4 = catalog.default_form.items["C4"].interviewer_notes
    assert "a friend (male or female)" in c4.en and "boyfriend" not in c4.en


def test_fd005_organisation_fills_the_introduction(catalog):
    intro = next(s for s in catalog.default_form.scripts if s.organisation is not None)
    assert "[ұйымның атауына]" in intro.text_for("kk")  # not set: as printed in the seed (L5536)
    assert "«Сана сезім» ұйымына жүгінуге" in intro.text_for("kk", "Сана сезім")
    assert "обратиться в организацию «Сана сезім»" in intro.text_for("ru", "Сана сезім")
    assert "turn to Sana Sezim" in intro.text_for("en", "Sana Sezim")
    for language in ("kk", "ru", "en"):
        assert "[" not in intro.text_for(language, "X")
