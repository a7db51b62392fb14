"""`screener next-steps` on realistic cases of what happened to the person (issue 16).

CN001: a clinic patient with an injury ticked (no flag): 103 first, the injury named.
CN002: a worker who refuses help: information card, rights, referral by residence.
CN003: a citizen identified abroad: Kazakhstan's missions; no temporary stay in Kazakhstan.
CN004: a non-citizen with the abroad flag: refused (exit 2, ANS_018, in the user's language).
CN005: a quick border check of a traveller whose age is not established: the minor steps, with
       the Convention reason.
"""

from __future__ import annotations

import json
from pathlib import Path

from screener.cli import main


def steps(tmp_path: Path, capsys, data, language="en"):
    path = tmp_path / "case.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = main(["--lang", language, "next-steps", str(path), "--json"])
    out = capsys.readouterr()
    return code, (json.loads(out.out)["steps"] if code == 0 else out.err)


def by_id(found):
    return {s["id"]: s for s in found}


def test_cn001_clinic_injury(tmp_path, capsys):
    data = {
        "form": "htiam14-kz",
        "context": {"setting": "clinic", "age_band": "adult", "indicators": {"katch_patient": ["katch_patient.11"]}},
        "answers": {"A1": 34, "A5": "KZ"},
    }
    code, found = steps(tmp_path, capsys, data)
    assert code == 0
    assert found[0]["id"] == "call_103"
    assert any("Blunt-force injuries" in r for r in found[0]["reasons"])
    code, found = steps(tmp_path, capsys, data, "ru")
    assert found[0]["id"] == "call_103" and any("травм" in r for r in found[0]["reasons"])


def test_cn002_refused_help(tmp_path, capsys):
    data = {
        "form": "htiam14-kz",
        "context": {"setting": "workplace", "refused_help": True},
        "answers": {"A1": 41, "A5": "KZ", "D1": 2},
    }
    code, found = steps(tmp_path, capsys, data)
    assert code == 0
    got = by_id(found)
    for step in ("info_card_refused", "refer_by_residence", "explain_victim_rights", "call_102"):
        assert step in got
    assert any("refused help" in r for r in got["refer_by_residence"]["reasons"])


def test_cn003_citizen_identified_abroad(tmp_path, capsys):
    data = {
        "form": "htiam14-kz",
        "context": {"setting": "other", "identified_abroad": True},
        "answers": {"A1": 24, "A5": "KZ", "C2": 3, "D2": 2},
    }
    code, found = steps(tmp_path, capsys, data)
    assert code == 0
    got = by_id(found)
    assert "consular_abroad" in got
    assert "consular_access" not in got and "explain_migrant_rights" not in got


def test_cn004_non_citizen_abroad_refused(tmp_path, capsys):
    data = {
        "form": "htiam14-kz",
        "context": {"setting": "other", "identified_abroad": True},
        "answers": {"A1": 24, "A5": "UZ", "B2": 3},
    }
    code, err = steps(tmp_path, capsys, data)
    assert code == 2
    assert "ANS_018" in err and "context.identified_abroad" in err and "Uzbekistan" in err
    code, err = steps(tmp_path, capsys, data, "kk")
    assert code == 2 and "Өзбекстан" in err


def test_cn005_unknown_age_quick_check(tmp_path, capsys):
    data = {
        "form": "htiam14-kz",
        "context": {"setting": "border", "age_band": "unknown", "indicators": {"sop_border": ["sop_border.02"]}},
        "answers": {"A5": "KZ"},
    }
    code, found = steps(tmp_path, capsys, data)
    assert code == 0
    got = by_id(found)
    assert "minor_guardianship" in got and "keep_evidence" in got
    assert any(
        r.startswith("Age not established: treated as a minor (SOP / Council of Europe Convention art. 10(3))")
        for r in got["minor_guardianship"]["reasons"]
    )
