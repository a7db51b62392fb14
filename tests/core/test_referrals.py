"""forms/referrals.yaml: the lists a referral and a decision are chosen from (issue 20).

RF001: the shipped file loads with the seven purposes, three channels, reasons and deciders,
       each with kk/ru/en words; the lists are data (no id of them is in Python code).
RF002: a list with an id twice, or a text without Kazakh, is refused with its line.
RF003: a second referrals file is refused.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from screener.core.errors import Code
from screener.core.instrument.loader import check_file, load_catalog
from screener.core.instrument.model import SETTINGS
from screener.core.problems import InstrumentError
from screener.core.referrals import LISTS

ROOT = Path(__file__).resolve().parents[2]
CASE_CODE = ("referrals.py", "store/cases.py", "store/case_records.py", "store/case_replay.py")


def test_rf001_shipped_lists(catalog):
    lists = catalog.referrals
    assert lists.ids("purposes") == (
        "shelter",
        "medical",
        "legal",
        "psychological",
        "guardianship",
        "police",
        "consular",
    )
    assert lists.ids("channels") == ("phone", "in_person", "letter")
    assert lists.ids("deciders") == ("police", "border_service", "court", "other")
    assert "minor" in lists.ids("no_consent_reasons")
    for name in ("decline_reasons", "not_delivered_reasons"):
        assert lists.ids(name)[-1] == "other"
    assert lists.text("purposes", "shelter", "ru") == "Приют (временное размещение)"
    assert lists.text("deciders", "court", "kk") == "Сот"
    source = "\n".join((ROOT / "src/screener/core" / name).read_text(encoding="utf-8") for name in CASE_CODE)
    for name in LISTS:
        for choice in lists.ids(name):
            if choice not in {"other", *SETTINGS}:  # "police" is a setting as well
                assert not re.search(rf"[\"']{choice}[\"']", source), choice


def test_rf002_duplicate_id_and_missing_language(tmp_path):
    text = (ROOT / "forms/referrals.yaml").read_text(encoding="utf-8")
    twice = tmp_path / "twice.yaml"
    twice.write_text(text.replace("  - id: medical", "  - id: shelter"), encoding="utf-8")
    [problem] = check_file(twice)
    assert problem.code == Code.FORM_101 and problem.params["id"] == "shelter" and problem.line
    no_kazakh = tmp_path / "no_kk.yaml"
    no_kazakh.write_text(text.replace('{kk: "Сот", ', "{"), encoding="utf-8")
    problems = check_file(no_kazakh)
    assert problems and all(p.line for p in problems)
    assert "kk" in problems[0].render("en")


def test_rf003_a_second_file_is_refused(tmp_path):
    forms = tmp_path / "forms"
    shutil.copytree(ROOT / "forms", forms)
    shutil.copyfile(forms / "referrals.yaml", forms / "referrals_copy.yaml")
    try:
        load_catalog(forms)
    except InstrumentError as exc:
        assert [p.code for p in exc.problems] == [Code.FORM_139]
    else:
        raise AssertionError("two referrals files were loaded")
