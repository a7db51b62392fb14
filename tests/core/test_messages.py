"""Every core message exists in kk, ru and en, with the same placeholders in each."""

from __future__ import annotations

import re
from pathlib import Path

from screener.core.instrument.placeholders import used
from screener.core.messages import catalog

SRC = Path(__file__).resolve().parents[2] / "src" / "screener"


def test_messages_have_three_languages_and_same_placeholders():
    for key, text in catalog().items():
        names = used(text.en)
        assert used(text.kk) == names, key
        assert used(text.ru) == names, key


def test_every_code_used_in_source_has_a_message():
    codes = set()
    for path in SRC.rglob("*.py"):
        codes.update(re.findall(r'"((?:FORM|ANS|WARN)_\d{3})"', path.read_text(encoding="utf-8")))
    assert codes, "no codes found: the scan is broken"
    missing = sorted(code for code in codes if code not in catalog())
    assert missing == []


def test_python_source_is_ascii():
    offenders = [str(p) for p in SRC.rglob("*.py") if not p.read_text(encoding="utf-8").isascii()]
    assert offenders == []
