"""Every core message exists in kk, ru and en, with the same placeholders in each."""

from __future__ import annotations

from pathlib import Path

from screener.core.instrument.placeholders import used
from screener.core.messages import catalog

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"


def test_messages_have_three_languages_and_same_placeholders():
    for key, text in catalog().items():
        names = used(text.en)
        assert used(text.kk) == names, key
        assert used(text.ru) == names, key


def test_python_source_is_ascii():
    offenders = [str(p) for p in SRC.rglob("*.py") if not p.read_text(encoding="utf-8").isascii()]
    assert offenders == []
