"""Every training case with a reference screening matches the scoring engine exactly: its
expected section scores, total, items at 2 or more and next steps (in order)."""

from __future__ import annotations

import pytest

from screener.core.answers import check_answers, parse_context
from screener.core.interview import evaluate
from screener.core.next_steps import recommend
from screener.core.scoring import score_state


def keyed_cases(catalog):
    return [s for s in catalog.documents.get("case", ()) if "screening" in s.data]


def test_there_are_keyed_cases(catalog):
    assert len(catalog.documents.get("case", ())) >= 10
    assert len(keyed_cases(catalog)) >= 3


def test_reference_keys_match_the_engine(catalog):
    for source in keyed_cases(catalog):
        key = source.data["screening"]
        form = catalog.default_form
        assert check_answers(form, key["answers"]) == [], source.name
        raw_context = {"setting": key["setting"], **key.get("context", {})}
        context, problems = parse_context(raw_context, catalog.lists)
        assert problems == [], source.name
        state = evaluate(form, key["answers"], context)
        result = score_state(state)
        expected = key["expected"]
        for section_id, want in expected["sections"].items():
            got = result.section(section_id)
            assert (got.score, got.max, got.applicable) == (want["score"], want["max"], want["applicable"]), (
                source.name,
                section_id,
            )
        assert (result.total, result.max) == (expected["total"], expected["max"]), source.name
        assert [i for i, _p in result.items_at_2_or_more] == expected["items_at_2_or_more"], source.name
        steps = [r.step.id for r in recommend(catalog.next_steps, state, result)]
        assert steps == expected["next_steps"], source.name


@pytest.mark.parametrize("field", ["title", "scenario"])
def test_cases_have_three_languages(catalog, field):
    for source in catalog.documents.get("case", ()):
        value = source.data[field]
        texts = [value] if isinstance(value, dict) else [p["text"] for p in value]
        for text in texts:
            assert all(text.get(lang) for lang in ("kk", "ru", "en")), source.name
