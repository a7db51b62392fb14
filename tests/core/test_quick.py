"""The quick indicator check in the core (issue 9): which lists, first actions, and the store.

QC001: the shipped plan: border shows the SOP border list, plus the minor list when the person
       may be under 18, and the airport memo's questions; every setting and age band has a list.
QC002: a broken quick_check.yaml is refused at load with file, line, item and fix.
QC003: first actions are the rules' own steps for the setting and the signs, with reasons.
QC004: a no-signs quick check keeps what statistics need and nothing personal.
QC005: an escalated check becomes a full draft with the indicators already ticked.
QC006: nonsense (an unknown age band, list or indicator) is refused and nothing is stored.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from screener.core import paths
from screener.core.instrument.loader import load_catalog
from screener.core.problems import InstrumentError
from screener.core.quick import AGE_BANDS, first_actions
from screener.core.store.errors import InvalidAnswer
from screener.core.store.store import Store

TWO_BORDER_SIGNS = {"sop_border": ("sop_border.01", "sop_border.12")}


@pytest.fixture
def store(tmp_path, catalog):
    opened = Store.create(tmp_path / "s.db", "correct horse 42", catalog, interviewer="Aigerim")
    yield opened
    opened.lock()


def ids(lists) -> list[str]:
    return [lst.id for lst in lists]


def test_qc001_shipped_plan(catalog):
    quick = catalog.quick
    assert quick is not None
    assert ids(quick.lists_for(catalog.lists, "border", "adult")) == ["sop_border"]
    assert ids(quick.lists_for(catalog.lists, "border", "child")) == ["sop_border", "sop_minor"]
    assert ids(quick.lists_for(catalog.lists, "border", "unknown")) == ["sop_border", "sop_minor"]
    assert ids(quick.questions_for(catalog.lists, "border", "adult")) == ["card_airport_questions"]
    assert ids(quick.lists_for(catalog.lists, "clinic", "adult")) == ["katch_patient", "katch_accompanying_adult"]
    assert ids(quick.lists_for(catalog.lists, "workplace", "adult")) == ["katch_forced_labour"]
    for setting in quick.plans:
        for age_band in AGE_BANDS:
            shown = quick.lists_for(catalog.lists, setting, age_band)
            assert shown, (setting, age_band)
            assert all(lst.kind == "indicators" for lst in shown)
            # each indicator has its glance wording, in every language
            assert all(item.short is not None for lst in shown for item in lst.items), (setting, age_band)


def copy_instrument(tmp_path: Path) -> tuple[Path, Path]:
    forms = tmp_path / "forms"
    indicators = tmp_path / "indicators"
    shutil.copytree(paths.forms_dir(), forms)
    shutil.copytree(paths.indicators_dir(), indicators)
    return forms, indicators


@pytest.mark.parametrize(
    ("old", "new", "code", "item"),
    [
        ("[sop_border, sop_minor]", "[sop_border, sop_minors]", "FORM_130", "sop_minors"),
        ("[katch_forced_labour, sop_minor]", "[katch_forced_labour, sop_places]", "FORM_131", "sop_places"),
        ("[katch_forced_labour, sop_minor]", "[katch_forced_labour, katch_school]", "FORM_132", "katch_school"),
        ("[katch_school, sop_minor, {list: sop_general, ages: [adult]}]", "[katch_school]", "FORM_134", "school"),
    ],
)
def test_qc002_broken_plan_is_located(tmp_path, old, new, code, item):
    forms, indicators = copy_instrument(tmp_path)
    path = forms / "quick_check.yaml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        load_catalog(forms, indicators)
    [problem] = [p for p in info.value.problems if p.code == code]
    assert problem.file.endswith("quick_check.yaml")
    assert problem.item == item
    assert problem.line == next(n for n, line in enumerate(text.splitlines(), 1) if old in line)
    rendered = problem.render("ru")
    assert "quick_check.yaml" in rendered and "Как исправить" in rendered


def test_qc003_first_actions_come_from_the_rules(catalog):
    def actions(setting: str, signs: dict) -> list[str]:
        found = first_actions(
            catalog,
            setting=setting,
            age_band="adult",
            language="en",
            indicators=signs,
        )
        assert all(step.reasons and step.kind == "rule" for step in found.steps)
        return [step.id for step in found.steps]

    border = actions("border", TWO_BORDER_SIGNS)
    assert border[:2] == ["border_separate", "call_102"]
    assert "hotline_11616" in border
    assert "border_separate" not in actions("clinic", {"katch_patient": ("katch_patient.01",)})
    assert actions("border", {}) == []


def test_qc004_no_signs_keeps_nothing_personal(store: Store):
    before = store.count()
    sid = store.record_quick_check(
        setting="border", language="kk", age_band="adult", indicators={}, case_code="BX-1", interviewer="Dana"
    )
    assert store.count() == before + 1
    done = store.get(sid)
    assert done.summary.kind == "quick"
    assert done.status == "finalised"
    assert (done.summary.case_code, done.summary.interviewer) == ("", "")
    assert done.age_band == "adult"
    assert done.indicators == {} and done.answers == {} and done.notes == {}


def test_qc005_escalation_carries_the_indicators(store: Store):
    sid = store.record_quick_check(
        setting="border",
        language="ru",
        age_band="adult",
        indicators=TWO_BORDER_SIGNS,
        escalate=True,
        case_code="BX-2",
    )
    draft = store.get(sid)
    assert (draft.summary.kind, draft.status, draft.summary.case_code) == ("full", "draft", "BX-2")
    assert draft.indicators == {"sop_border": ("sop_border.01", "sop_border.12")}
    assert draft.context().indicators == draft.indicators


@pytest.mark.parametrize(
    "bad",
    [
        {"age_band": "teen", "indicators": {}},
        {"age_band": "adult", "indicators": {"no_such_list": ("x",)}},
        {"age_band": "adult", "indicators": {"sop_border": ("sop_border.99",)}},
    ],
)
def test_qc006_nonsense_is_refused(store: Store, bad):
    before = store.count()
    with pytest.raises(InvalidAnswer):
        store.record_quick_check(setting="border", language="en", **bad)
    assert store.count() == before
