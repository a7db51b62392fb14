"""Loader errors: each names the file, the line, the item and the fix (pyxform-style stages).

LD001: invalid YAML syntax -> FORM_001 with the line of the problem.
LD002: an unknown key -> FORM_012 with the key's line and the enclosing item id.
LD003: a missing language -> FORM_011 naming the language.
LD004: a duplicate item id -> FORM_101.
LD005: a condition on an unknown or later item -> FORM_102.
LD006: a section max that does not add up -> FORM_104.
LD007: an unknown placeholder -> FORM_105; placeholders that differ between languages -> FORM_114.
LD008: a duplicate key -> FORM_003.
LD009: an option value compared that does not exist -> FORM_103.
LD010: the valid mini form loads, with a stable content hash.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from screener.core.instrument.loader import load_form, load_indicator_list
from screener.core.problems import InstrumentError
from tests.core.mini_form import MINI_FORM


def write(tmp_path: Path, text: str, name: str = "mini.yaml") -> Path:
    path = tmp_path / "forms" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def errors_of(path: Path, loader=load_form) -> list:
    with pytest.raises(InstrumentError) as info:
        loader(path)
    return list(info.value.problems)


def line_of(text: str, needle: str) -> int:
    for number, line in enumerate(text.splitlines(), 1):
        if needle in line:
            return number
    raise AssertionError(needle)


def test_ld010_valid_form_loads(tmp_path):
    form = load_form(write(tmp_path, MINI_FORM))
    assert [s.id for s in form.sections] == ["A", "B", "E"]
    assert form.section("B").max == 3
    assert form.content_hash.startswith("sha256:")
    # the hash follows meaning, not comments or layout
    again = load_form(write(tmp_path, "# a comment\n" + MINI_FORM, "again.yaml"))
    assert again.content_hash == form.content_hash


def test_ld001_yaml_syntax_error_has_line(tmp_path):
    text = MINI_FORM.replace("scored: false", "scored: [false")
    [problem] = errors_of(write(tmp_path, text))
    assert problem.code == "FORM_001"
    assert problem.file == "forms/mini.yaml"
    assert problem.line is not None and abs(problem.line - line_of(text, "scored: [false")) <= 3
    rendered = problem.render("en")
    assert rendered.startswith("forms/mini.yaml:") and "Fix:" in rendered


def test_ld002_unknown_key_names_line_item_and_fix(tmp_path):
    text = MINI_FORM.replace(
        "        interviewer_notes: {kk: Е, ru: З, en: N}\n",
        "        interviewer_notes: {kk: Е, ru: З, en: N}\n        colour: red\n",
        1,
    )
    [problem] = errors_of(write(tmp_path, text))
    assert problem.code == "FORM_012"
    assert problem.item == "B1"
    assert problem.line == line_of(text, "colour: red")
    assert "colour" in problem.render("en") and "interviewer_notes" in problem.render("en")
    assert "colour" in problem.render("kk")


def test_ld003_missing_language_is_an_error(tmp_path):
    text = MINI_FORM.replace("question: {kk: С2, ru: В2, en: Q2}", "question: {kk: С2, en: Q2}")
    text = text.replace("ask: {kk: С2, ru: В2, en: Q2}", "ask: {kk: С2, en: Q2}")
    problems = errors_of(write(tmp_path, text))
    assert [p.code for p in problems] == ["FORM_011"]
    assert problems[0].item == "q2"
    assert "Russian" in problems[0].render("en")
    assert problems[0].line == line_of(text, "ask: {kk: С2, en: Q2}")


def test_ld004_duplicate_item_id(tmp_path):
    text = MINI_FORM.replace("id: A5, type: country", "id: A1, type: country")
    text = text.replace("answer: A5", "answer: A1")
    problems = errors_of(write(tmp_path, text))
    assert "FORM_101" in [p.code for p in problems]


def test_ld005_condition_on_a_later_item(tmp_path):
    text = MINI_FORM.replace('shown_when: {answer: E1, equals: "yes"}', "shown_when: {answer: E2, equals: 1}")
    problems = errors_of(write(tmp_path, text))
    [problem] = [p for p in problems if p.code == "FORM_102"]
    assert problem.item == "E3"
    assert "E2" in problem.render("en") and "E1" in problem.render("en")


def test_ld006_section_max_must_add_up(tmp_path):
    text = MINI_FORM.replace("max: 6", "max: 7")
    [problem] = errors_of(write(tmp_path, text))
    assert problem.code == "FORM_104"
    assert problem.params == {"section": "E", "declared": 7, "computed": 6}
    assert problem.line == line_of(text, "max: 7")


def test_ld007_placeholders(tmp_path):
    text = MINI_FORM.replace('en: "B included: {citizenship}"', 'en: "B included: {country}"')
    codes = sorted(p.code for p in errors_of(write(tmp_path, text)))
    assert codes == ["FORM_105", "FORM_114", "FORM_114"]


def test_ld008_duplicate_key(tmp_path):
    text = MINI_FORM.replace("version: 1\n", "version: 1\nversion: 2\n", 1)
    [problem] = errors_of(write(tmp_path, text))
    assert problem.code == "FORM_003"
    assert problem.line == 4


def test_ld009_condition_value_must_be_an_option(tmp_path):
    text = MINI_FORM.replace("{answer: E3, equals: adult}", "{answer: E3, equals: grown_up}")
    [problem] = errors_of(write(tmp_path, text))
    assert problem.code == "FORM_103"
    assert "child, adult" in problem.render("en")


def test_wrong_schema_name(tmp_path):
    [problem] = errors_of(write(tmp_path, MINI_FORM.replace("screener-form/1", "screener-form/9")))
    assert problem.code == "FORM_002"


def test_score_out_of_range_in_branch(tmp_path):
    text = MINI_FORM.replace("yes: {score: 0}", "yes: {score: 5}")
    problems = errors_of(write(tmp_path, text))
    assert problems and all(p.item in ("B1", "q2", None) for p in problems)
    assert problems[0].line == line_of(text, "score: 5")


INDICATORS = """\
schema: screener-indicators/1
id: demo
version: 1
kind: indicators
title: {kk: Т, ru: С, en: L}
source: {file: 000_6818977b591e9dac.txt, lines: "535-559"}
applies_to: {settings: [border], ages: [adult, child]}
items:
  - {id: demo.01, line: 537, text: {kk: а, ru: а, en: a}}
  - {id: demo.02, line: 538, text: {kk: б, ru: б, en: b}}
"""


def test_indicator_list_loads_and_checks_ids(tmp_path):
    lst = load_indicator_list(write(tmp_path, INDICATORS, "demo.yaml"))
    assert [i.id for i in lst.items] == ["demo.01", "demo.02"]
    assert lst.applies("border", "adult") and not lst.applies("clinic", "adult")
    bad = INDICATORS.replace("id: demo.02", "id: other.02")
    [problem] = errors_of(write(tmp_path, bad, "bad.yaml"), load_indicator_list)
    assert problem.code == "FORM_110" and problem.item == "other.02"
    dup = INDICATORS.replace("id: demo.02", "id: demo.01")
    [problem] = errors_of(write(tmp_path, dup, "dup.yaml"), load_indicator_list)
    assert problem.code == "FORM_101"


def test_unknown_setting_in_list(tmp_path):
    bad = INDICATORS.replace("settings: [border]", "settings: [airport]")
    [problem] = errors_of(write(tmp_path, bad, "bad.yaml"), load_indicator_list)
    assert problem.code == "FORM_014"
    assert "border, clinic" in problem.render("en")
