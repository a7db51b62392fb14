"""One error family: every code is an enum member with its words in kk/ru/en, every error has a code."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import screener.core.central.database
import screener.core.export.errors
import screener.core.store.errors
from screener.core.errors import Code, ScreenerError
from screener.core.messages import catalog
from screener.core.problems import AnswersError, InstrumentError, Problem, ProblemsError
from screener.core.store.errors import StoreError, WriteFailed
from screener.core.text import LANGUAGES

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"
CODE_SHAPE = re.compile(r"[A-Z]+_\d{3}")


def _all_errors() -> list[type[ScreenerError]]:
    """Every error raised with a path and parameters (a list of problems carries its problems' codes)."""
    assert screener.core.export.errors and screener.core.central.database and screener.core.store.errors
    found, todo = [], list(ScreenerError.__subclasses__())
    while todo:
        cls = todo.pop()
        found.append(cls)
        todo.extend(cls.__subclasses__())
    coded = {cls for cls in found if cls is not StoreError and not issubclass(cls, ProblemsError)}
    return sorted(coded, key=lambda c: c.__name__)


def test_every_code_has_its_text_in_the_three_languages():
    messages = catalog()
    for code in Code:
        assert code in messages, f"{code} has no text in translations/messages.yaml"
        for language in LANGUAGES:
            assert messages[code].get(language).strip(), (code, language)


def test_no_coded_text_without_its_code():
    orphans = [key for key in catalog() if CODE_SHAPE.fullmatch(key) and key not in Code.__members__]
    assert orphans == []


def test_no_bare_code_strings_in_the_source():
    """Codes are named through the enum; a typo is then a NameError, not a missing message."""
    offenders = []
    for path in SRC.rglob("*.py"):
        if path.name == "errors.py" and path.parent.name == "core":
            continue
        for match in re.finditer(r'"((?:FORM|ANS|WARN|STORE|EXPORT|CENTRAL)_\d{3})"', path.read_text("utf-8")):
            offenders.append(f"{path.relative_to(SRC)}: {match.group(1)}")
    assert offenders == []


@pytest.mark.parametrize("error", _all_errors(), ids=lambda c: c.__name__)
def test_every_error_has_a_code_and_located_words(error):
    assert isinstance(error.code, Code)
    raised = error("/some/folder/store.db", detail="x")
    texts = {language: raised.render(language) for language in LANGUAGES}
    for language, text in texts.items():
        assert text and text != error.code, (error, language)
    assert len(set(texts.values())) == 3, f"{error.__name__}: the three languages say the same"
    assert str(raised) == texts["en"]


def test_the_error_families_share_one_base():
    assert _all_errors(), "no errors found: the walk is broken"
    for error in (WriteFailed, InstrumentError, AnswersError):
        assert issubclass(error, ScreenerError)


def test_a_list_of_problems_carries_the_first_code():
    error = AnswersError([Problem(Code.ANS_006, item="B1"), Problem(Code.ANS_001, item="Z9")])
    assert error.code is Code.ANS_006
    assert "ANS_006" in error.render("ru") and "ANS_001" in error.render("ru")
