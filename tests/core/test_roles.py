"""The instrument names its own roles: Python code names no item, step or country.

The proof: the shipped files are copied, the age, citizenship, judgement, types and non-verbal
items and a rights step are renamed in the copy (declarations, roles, conditions, rights), and
the same screening gets the same scores, steps, reasons, export record and sheet text.
"""

from __future__ import annotations

import ast
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from screener.core import paths
from screener.core.export.record import deidentify
from screener.core.instrument.loader import load_catalog
from screener.core.interview import Context, evaluate
from screener.core.next_steps import placeholder_values, recommend, rights_to_explain
from screener.core.outcome import outcome_of_state
from screener.core.problems import InstrumentError
from screener.core.report.render import markup
from screener.core.report.sheet import SheetMeta, result_sheet
from screener.core.scoring import score_state
from screener.core.store.records import Kind, Screening, ScreeningSummary, Status
from tests.samples import WITH_ROLES

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"
ITEMS = {
    "A1": "age_in_years",
    "A5": "citizenship_now",
    "judgement": "verdict",
    "types": "forms_seen",
    "nonverbal": "cues",
}
STEPS = {"explain_migrant_rights": "tell_migrant_rights", "minor_guardianship": "guardian_for_minor"}
RENAMED = {**ITEMS, **STEPS}
# where an id stands in the YAML: its declaration, a condition, a role, a rights entry
_KEYS = ("id", "answer", "step", "age", "citizenship", "judgement", "types", "nonverbal")
_REF = re.compile(r"\b(" + "|".join(_KEYS) + r"):(\s*)(" + "|".join(map(re.escape, RENAMED)) + r")\b(?![.\w])")

ANSWERS = WITH_ROLES  # a non-citizen minor at the border, with every role answered
CONTEXT = Context(setting="border", language="ru", indicators={"sop_border": ("sop_border.01", "sop_border.07")})


def _renamed_key(key: str) -> str:
    head, dot, rest = key.partition(".")
    return ITEMS.get(head, head) + dot + rest


@pytest.fixture(scope="module")
def renamed(tmp_path_factory):
    root = tmp_path_factory.mktemp("renamed")
    for folder in ("forms", "indicators"):
        shutil.copytree(paths.data_root() / folder, root / folder)
    changed = 0
    for path in root.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        new, count = _REF.subn(lambda m: f"{m[1]}:{m[2]}{RENAMED[m[3]]}", text)
        changed += count
        path.write_text(new, encoding="utf-8")
    assert changed > 50, "the renaming found almost nothing: the pattern is broken"
    return load_catalog(root / "forms", root / "indicators")


def _view(catalog, answers, language="ru"):
    form = catalog.default_form
    state = evaluate(form, answers, CONTEXT)
    result = score_state(state)
    values = placeholder_values(state, result, catalog.lists, language)
    steps = [(r.step.id, r.render_reasons(language, values)) for r in recommend(catalog.next_steps, state, result)]
    rights = [s.id for s in rights_to_explain(catalog.next_steps, state, result)]
    outcome = outcome_of_state(catalog, state, language=language)
    sheet = result_sheet(catalog, outcome, meta=SheetMeta(setting="border"))
    return state, result, steps, rights, sheet


def _back(step_id: str) -> str:
    return {new: old for old, new in STEPS.items()}.get(step_id, step_id)


def test_the_rename_reached_every_role(renamed):
    form = renamed.default_form
    roles = form.roles
    assert (roles.age, roles.citizenship, roles.judgement) == ("age_in_years", "citizenship_now", "verdict")
    assert (form.roles.types, form.roles.nonverbal) == ("forms_seen", "cues")
    assert not set(ITEMS) & set(form.items)
    assert "tell_migrant_rights" in [r.step for r in renamed.next_steps.rights]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_renamed_ids_give_the_same_scores_steps_and_sheet(catalog, renamed, language):
    answers = {_renamed_key(k): v for k, v in ANSWERS.items()}
    _state, result, steps, rights, sheet = _view(catalog, ANSWERS, language)
    _state2, result2, steps2, rights2, sheet2 = _view(renamed, answers, language)
    assert result2.total == result.total and result2.max == result.max
    assert [(s.id, s.score, s.applicable) for s in result2.sections] == [
        (s.id, s.score, s.applicable) for s in result.sections
    ]
    assert result2.items_at_2_or_more == result.items_at_2_or_more
    assert [(_back(i), reasons) for i, reasons in steps2] == steps
    assert "minor_guardianship" in [i for i, _r in steps] and "explain_migrant_rights" in [i for i, _r in steps]
    assert [_back(i) for i in rights2] == rights == ["explain_victim_rights", "explain_migrant_rights"]
    # the whole sheet, as the PDF template lays it out, is the same text
    assert sheet2.judgement == 2 and sheet2.nonverbal == ANSWERS["nonverbal"] and len(sheet2.types) == 2
    assert len(sheet2.rights) == 2
    text, text2 = markup("result.xml.j2", sheet=sheet), markup("result.xml.j2", sheet=sheet2)
    for old, new in STEPS.items():
        text2 = text2.replace(new, old)
    assert text2 == text


def test_renamed_ids_give_the_same_export_record(catalog, renamed):
    def record(cat, answers):
        summary = ScreeningSummary(
            "s1", Kind.FULL, "C-1", "border", "", "ru", Status.FINALISED, "2026-03-04T10:00:00", "", 0, 0
        )
        screening = Screening(
            summary, "unknown", cat.default_form.id, 1, "", None, {}, None, answers, {}, dict(CONTEXT.indicators)
        )
        return deidentify(screening, cat, "0" * 32, "unknown")

    got = record(renamed, {_renamed_key(k): v for k, v in ANSWERS.items()})
    expected = record(catalog, ANSWERS)
    got["steps"] = [_back(s) for s in got["steps"]]
    assert got == expected
    assert (expected["age_band"], expected["judgement"], expected["types"]) == ("14-17", 2, ["labour", "other"])


def test_a_role_naming_a_missing_item_is_a_located_error(tmp_path):
    shutil.copytree(paths.forms_dir(), tmp_path / "forms")
    form_file = tmp_path / "forms" / "htiam14.yaml"
    text = form_file.read_text(encoding="utf-8")
    text = text.replace("  citizenship: A5\n", "  citizenship: A9\n", 1).replace("  types: types\n", "  types: A1\n", 1)
    form_file.write_text(text, encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        load_catalog(tmp_path / "forms", paths.indicators_dir())
    found = {(p.code, p.item, p.file.endswith("htiam14.yaml"), p.line is not None) for p in info.value.problems}
    assert ("FORM_135", "A9", True, True) in found  # no such item
    assert ("FORM_136", "A1", True, True) in found  # an integer cannot be the types
    assert "citizenship" in info.value.render("kk")


def test_rights_naming_a_missing_step_is_a_located_error(tmp_path):
    shutil.copytree(paths.forms_dir(), tmp_path / "forms")
    rules = tmp_path / "forms" / "next_steps.yaml"
    text = rules.read_text(encoding="utf-8")
    rules.write_text(text.replace("  - step: explain_victim_rights", "  - step: explain_rights", 1), encoding="utf-8")
    with pytest.raises(InstrumentError) as info:
        load_catalog(tmp_path / "forms", paths.indicators_dir())
    [problem] = [p for p in info.value.problems if p.code == "FORM_138"]
    assert problem.item == "explain_rights" and problem.file.endswith("next_steps.yaml") and problem.line


def test_the_age_of_majority_is_the_form_s(catalog):
    roles = catalog.default_form.roles
    form = replace(catalog.default_form, roles=replace(roles, age_of_majority=21))
    state = evaluate(form, {"A1": 19}, Context(setting="border"))
    assert form.roles.age_band(state.answers, "unknown") == "child"
    assert catalog.default_form.roles.age_band({"A1": 19}, "unknown") == "adult"
    assert catalog.default_form.roles.age_band({}, "child") == "child"


def _literals(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def test_no_python_module_names_an_item_a_step_or_the_home_country(catalog):
    """Role names (judgement, types ...) are Python's words; item and step ids are the YAML's."""
    roles = set(type(catalog.default_form.roles).__dataclass_fields__)
    ids = {item_id for form in catalog.forms for item_id in form.items} | {s.id for s in catalog.next_steps.steps}
    named = (ids - roles) | {catalog.default_form.roles.home_country}
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "selftest.py":  # the installer's scripted screening: test data, answered by id
            continue
        for literal in _literals(ast.parse(path.read_text(encoding="utf-8"))):
            if literal in named:
                offenders.append(f"{path.relative_to(SRC)}: {literal!r}")
    assert offenders == []
