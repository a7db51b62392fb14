"""The command line: forms check, score, next-steps (exit 0 / 2, located messages, no writes).

CL001: `forms check` passes on everything shipped; a broken file exits 2 with file:line.
CL002: `score --json` prints the documented shape.
CL003: invalid input exits 2 naming the item: score 4, unknown item, E1 "maybe", missing A5,
       A1 under 18 with E3 adult; nothing is written.
CL004: `next-steps` prints ordered steps with ids and reasons.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from screener.cli import main

FULL = {
    "form": "htiam14-kz",
    "answers": {
        "A1": 16,
        "A5": "KZ",
        "B1": 2,
        "C1": 3,
        "C2": 0,
        "C3": 1,
        "C4": 0,
        "D1": 0,
        "D2": 2,
        "D3": 0,
        "E1": "yes",
        "E3": "child",
        "E2": 1,
    },
}


def write(tmp_path: Path, data, name="in.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False) if name.endswith(".json") else data, encoding="utf-8")
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cl001_forms_check_all(capsys):
    code, out, _err = run(capsys, "forms", "check")
    assert code == 0 and "All valid" in out


def test_cl001_forms_check_broken_file(tmp_path, capsys):
    source = Path(__file__).resolve().parents[1] / "indicators" / "sop_border.yaml"
    broken = tmp_path / "indicators" / "sop_border.yaml"
    broken.parent.mkdir()
    text = source.read_text(encoding="utf-8").replace("kind: indicators", "kind: signs")
    broken.write_text(text, encoding="utf-8")
    code, _out, err = run(capsys, "forms", "check", str(broken))
    assert code == 2
    line = next(n for n, row in enumerate(text.splitlines(), 1) if row.startswith("kind:"))
    assert f"indicators/sop_border.yaml:{line}: FORM_014" in err
    code, _out, err = run(capsys, "--lang", "ru", "forms", "check", str(broken))
    assert code == 2 and "Используйте" in err


def test_cl002_score_json(tmp_path, capsys):
    code, out, _err = run(capsys, "score", str(write(tmp_path, FULL)), "--json")
    assert code == 0
    data = json.loads(out)
    assert data["sections"]["B"] == {"score": 0, "max": 12, "applicable": False, "complete": True}
    assert data["sections"]["C"]["score"] == 4 and data["sections"]["E"]["score"] == 6
    assert (data["total"], data["max"], data["complete"]) == (12, 27, True)
    assert data["items_at_2_or_more"] == ["C1", "D2", "E1", "E3"]
    assert data["missing"] == [] and data["warnings"] == []


def test_cl002_score_text_and_yaml_input(tmp_path, capsys):
    yaml_text = "form: htiam14-kz\nanswers: {A1: 30, A5: uz, B1: 3, B2: 0, B3: 0, B4: 0, E1: no}\n"
    code, out, _err = run(capsys, "score", str(write(tmp_path, yaml_text, "in.yaml")))
    assert code == 0
    assert "Total: 3/39" in out
    assert "Uzbekistan" in out  # why B is included
    assert "Incomplete" in out and "C1" in out
    assert "cut-off" in out


@pytest.mark.parametrize(
    ("change", "item", "code_"),
    [
        ({"C1": 4}, "C1", "ANS_002"),
        ({"F9": 1}, "F9", "ANS_001"),
        ({"E1": "maybe"}, "E1", "ANS_003"),
        ({"A5": None}, "A5", "ANS_006"),
        ({"E3": "adult"}, "E3", "ANS_007"),
        ({"A5": "Kazakhstan"}, "A5", "ANS_005"),
        ({"B1.q1": "perhaps"}, "B1.q1", "ANS_008"),
    ],
)
def test_cl003_invalid_input_exits_2(tmp_path, capsys, change, item, code_):
    answers = {**FULL["answers"], **change}
    if change.get("A5", "") is None:
        del answers["A5"]
    path = write(tmp_path, {**FULL, "answers": answers})
    before = sorted(p.name for p in tmp_path.iterdir())
    code, out, err = run(capsys, "score", str(path), "--json")
    assert code == 2 and out == ""
    assert f"{code_} {item}:" in err and str(path) in err
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_cl003_unreadable_and_unknown_form(tmp_path, capsys):
    code, _out, err = run(capsys, "score", str(tmp_path / "absent.json"))
    assert code == 2 and "ANS_010" in err
    code, _out, err = run(capsys, "score", str(write(tmp_path, {"form": "nope", "answers": {}})))
    assert code == 2 and "ANS_009" in err and "htiam14-kz" in err
    code, _out, err = run(capsys, "score", str(write(tmp_path, "{not json", "bad.json")))
    assert code == 2 and "ANS_010" in err


def test_cl004_next_steps(tmp_path, capsys):
    data = {
        **FULL,
        "context": {
            "setting": "clinic",
            "injured": True,
            "indicators": {"katch_patient": ["katch_patient.01"]},
        },
    }
    code, out, _err = run(capsys, "next-steps", str(write(tmp_path, data)), "--json")
    assert code == 0
    steps = json.loads(out)["steps"]
    found = [s["id"] for s in steps]
    assert found[:2] == ["call_103", "call_102"]  # medical help first (issue 16)
    assert "minor_guardianship" in found and "consular_access" not in found
    assert all(s["reasons"] for s in steps)
    code, out, _err = run(capsys, "--lang", "kk", "next-steps", str(write(tmp_path, data)))
    assert code == 0 and "1. [call_103]" in out and "2. [call_102]" in out


def test_cl004_bad_context(tmp_path, capsys):
    data = {**FULL, "context": {"setting": "airport", "indicators": {"sop_border": ["sop_border.99"]}}}
    code, _out, err = run(capsys, "next-steps", str(write(tmp_path, data)))
    assert code == 2 and "context.setting" in err and "sop_border.99" in err


def test_installed_entry_point(tmp_path):
    exe = shutil.which("screener", path=str(Path(sys.executable).parent))
    assert exe, "the screener command is installed with the package"
    out = subprocess.run(
        [exe, "score", str(write(tmp_path, FULL)), "--json"], capture_output=True, text=True, check=False
    )
    assert out.returncode == 0 and json.loads(out.stdout)["total"] == 12


# CL005: `report` writes the result sheet (or --blank form) as a private PDF; invalid input
#        exits 2 with the located message and writes nothing.


def test_cl005_report_writes_a_private_pdf(tmp_path, capsys):
    import stat  # noqa: PLC0415

    from pypdf import PdfReader  # noqa: PLC0415

    data = {**FULL, "case_code": "K-7", "notes": {"C1": "паспорт алынған"}}
    out = tmp_path / "result.pdf"
    code, stdout, _err = run(capsys, "report", str(write(tmp_path, data)), "--out", str(out), "--lang", "kk")
    assert code == 0 and str(out) in stdout
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "K-7" in text and "12 / 27" in text and "паспорт алынған" in text and "Скрининг нәтижесі" in text
    code, _stdout, _err = run(
        capsys, "report", str(write(tmp_path, data)), "--out", str(out), "--lang", "en", "--second-lang", "ru"
    )
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert code == 0 and "Screening result" in text and "Результат скрининга" in text


def test_cl005_report_invalid_input_exits_2(tmp_path, capsys):
    path = write(tmp_path, {**FULL, "answers": {**FULL["answers"], "C1": 4}})
    out = tmp_path / "result.pdf"
    code, stdout, err = run(capsys, "report", str(path), "--out", str(out))
    assert code == 2 and stdout == "" and f"{path}" in err and "ANS_002 C1:" in err
    assert not out.exists()
    code, _stdout, err = run(capsys, "report", str(write(tmp_path, FULL)), "--out", str(out), "--region", "mars")
    assert code == 2 and "--region" in err and "aktobe" in err and not out.exists()
    code, _stdout, err = run(capsys, "report", "--out", str(out))
    assert code == 2 and "--blank" in err and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]


def test_cl005_report_blank_form(tmp_path, capsys):
    from pypdf import PdfReader  # noqa: PLC0415

    out = tmp_path / "blank.pdf"
    code, _stdout, _err = run(capsys, "--lang", "ru", "report", "--blank", "--out", str(out), "--region", "astana")
    assert code == 0
    text = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Форма скрининга" in text and "B1." in text and "/ 39" in text and "«Қорғау» жеке қоры" in text


@pytest.mark.parametrize(
    ("argv", "mode"),
    [
        ([], ""),
        (["--training"], "keep"),
        (["--training-session"], "session"),
        (["--training", "--training-session"], "session"),
    ],
)
def test_training_flags_start_the_app_in_training_mode(monkeypatch, argv, mode):
    import screener.ui.app  # noqa: PLC0415

    started = []
    monkeypatch.setattr(screener.ui.app, "main", lambda db, training="": started.append((db, training)) or 0)
    assert main(argv) == 0
    assert started == [(None, mode)]
