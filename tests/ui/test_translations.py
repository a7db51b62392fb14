"""No untranslated UI text: the .ts files hold every string the source has, all translated,
with the same placeholders; language names resolve to real locales."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from screener.ui import i18n
from screener.ui.qt import QLocale

ROOT = Path(__file__).resolve().parents[2]
SOURCES = sorted((ROOT / "src" / "screener" / "ui").glob("*.py"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    out = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            out[(name, message.findtext("source") or "")] = message.find("translation")
    return out


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_ts_is_complete_and_translated(language, tmp_path):
    committed = messages(ROOT / "translations" / f"screener_{language}.ts")
    lupdate = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent))
    assert lupdate
    fresh = tmp_path / f"fresh_{language}.ts"
    subprocess.run([lupdate, *map(str, SOURCES), "-ts", str(fresh)], check=True, capture_output=True)
    missing = sorted(set(messages(fresh)) - set(committed))
    assert missing == [], f"run `make ts` and translate: {missing[:5]}"
    for (context, source), translation in committed.items():
        assert translation is not None and translation.get("type") is None and translation.text, (context, source)
        for placeholder in re.findall(r"%\d", source):
            assert placeholder in translation.text, (context, source)


def test_languages_resolve_to_locales():
    for language in i18n.LANGUAGES:
        assert QLocale(language).language() != QLocale.Language.C, language
        assert i18n.native_name(language)
