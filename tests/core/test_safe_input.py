"""Input that cannot crash the app or lie (core/safe_input.py, core/answers.py, the store's checks).

IN001: a score is a whole number 0-3: 2.0, "2", true, 2.5 are errors naming the item.
IN002: answers input: no aliases; bounded depth; no giant integers; YAML errors carry a line.
IN003: forms: a billion-laughs file and deep nesting are located errors, found at once.
IN004: a folder, a pipe or a device is refused before it is read (no hang).
IN005: the core enforces every limit on every entry path (case code, language, notes, lists).
IN006: a closed output pipe ends the command quietly.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from screener.cli import main
from screener.core.answers import evaluate_input
from screener.core.instrument.loader import check_file
from screener.core.problems import AnswersError
from screener.core.store.errors import InvalidAnswer, NotAFile
from screener.core.store.store import Store

PASSPHRASE = "correct horse 42"


def write(tmp_path: Path, text: str, name: str = "in.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def codes(exc: AnswersError) -> list[tuple[str, str | None]]:
    return [(str(p.code), p.item) for p in exc.problems]


@pytest.mark.parametrize("score", [2.0, "2", True, 2.5, -1, 4, [2], {"v": 2}])
def test_in001_scores_are_whole_numbers(tmp_path, catalog, score):
    path = write(tmp_path, json.dumps({"answers": {"A5": "UZ", "B1": score}}), "in.json")
    with pytest.raises(AnswersError) as info:
        evaluate_input(path, catalog)
    assert ("ANS_002", "B1") in codes(info.value)


def test_in002_answers_refuse_aliases_depth_and_big_numbers(tmp_path, catalog):
    cases = {
        "alias.yaml": ("answers: &x {A5: KZ}\ncontext: *x\n", "INPUT_004", 2),
        "deep.json": ('{"answers": ' + "[" * 5000 + "]" * 5000 + "}", "INPUT_003", 1),
        "deep.yaml": ("answers:\n  A3: " + "[" * 5000 + "]" * 5000 + "\n", "INPUT_003", 2),
        "big.json": ('{"answers": {"A1": ' + "9" * 5000 + "}}", "INPUT_007", None),
        "big.yaml": ("answers:\n  A1: " + "9" * 5000 + "\n", "INPUT_007", 2),
        "broken.yaml": ("answers:\n  A5: KZ\n  B1: [1,\n", "ANS_010", 4),
        "broken.json": ('{"answers":\n {"A5": "KZ",,}}', "ANS_010", 2),
    }
    for name, (text, code, line) in cases.items():
        with pytest.raises(AnswersError) as info:
            evaluate_input(write(tmp_path, text, name), catalog)
        [problem] = info.value.problems
        assert (str(problem.code), problem.line) == (code, line), name
        assert str(tmp_path / name) + (f":{line}" if line else "") in info.value.render("en")


def test_in002_wrong_shapes_are_located_errors(tmp_path, catalog):
    shapes = [
        {"answers": {"A5": "UZ"}, "context": {"indicators": {"sop_border": [["sop_border.03"]]}}},
        {"answers": {"A5": "UZ"}, "context": {"indicators": {"sop_border": "sop_border.03"}}},
        {"answers": {"A5": "UZ"}, "context": {"setting": ["border"]}},
        {"answers": {"A5": "UZ"}, "notes": {"C1": ["not", "text"]}},
        {"answers": {"A5": "UZ"}, "notes": "text"},
        {"answers": {"A5": "UZ", "A3": 7}},
        {"answers": {"A5": "UZ"}, "case_code": "x" * 65},
        {"answers": {"A5": "UZ"}, "case_code": "K-1\n"},
        {"answers": {"A5": "UZ"}, "language": "de"},
        {"answers": [1, 2]},
        [1, 2],
    ]
    for data in shapes:
        with pytest.raises(AnswersError):
            evaluate_input(write(tmp_path, json.dumps(data), "in.json"), catalog)


def test_in003_billion_laughs_and_deep_forms(tmp_path):
    laughs = 'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    previous = "a"
    for level in "bcdefghij":
        laughs += f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]\n"
        previous = level
    started = time.monotonic()
    [problem] = check_file(write(tmp_path, laughs, "laughs.yaml"))
    assert str(problem.code) == "INPUT_005" and problem.line is not None
    [problem] = check_file(write(tmp_path, "x: " + "[" * 100_000 + "]" * 100_000, "deep.yaml"))
    assert (str(problem.code), problem.line) == ("INPUT_003", 1)
    [problem] = check_file(write(tmp_path, "a: &a [*a]\n", "cycle.yaml"))
    assert str(problem.code) == "INPUT_006"
    assert time.monotonic() - started < 5


def test_in004_special_files_refused_at_once(tmp_path, catalog):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for special in (fifo, tmp_path, Path("/dev/zero")):
        with pytest.raises(AnswersError) as info:
            evaluate_input(special, catalog)
        assert str(info.value.problems[0].code) == "INPUT_001"
        assert str(check_file(special)[0].code) == "INPUT_001"
    with pytest.raises(NotAFile):
        Store.open(fifo, PASSPHRASE, catalog)


def test_in005_the_store_enforces_the_limits(tmp_path, catalog):
    store = Store.create(tmp_path / "s.db", PASSPHRASE, catalog)
    form = catalog.default_form
    try:
        with pytest.raises(InvalidAnswer):
            store.create_screening("clinic", "kk", case_code="x" * 351)
        with pytest.raises(InvalidAnswer):
            store.create_screening("clinic", "de")
        sid = store.create_screening("clinic", "kk", case_code="K-12/3")
        with pytest.raises(InvalidAnswer):
            store.set_note(sid, "C1", "x" * 10_000)
        with pytest.raises(InvalidAnswer):
            store.set_note(sid, "Q9", "a note on no item")
        with pytest.raises(InvalidAnswer):
            store.set_answer(sid, "B1", 2.0)
        bad_adds = [
            {"answers": {"A5": "KZ"}, "notes": {"C1": 5}},
            {"answers": {"A5": "KZ"}, "indicators": {"nope": ("x",)}},
            {"answers": {"A5": "KZ"}, "indicators": {"sop_border": ("sop_border.99",)}},
            {"answers": {"A5": "KZ"}, "case_code": "x" * 65},
            {"answers": {"A5": "KZ"}, "flags": {"injured": "yes"}},
        ]
        before = store.check().chain.entries
        for extra in bad_adds:
            with pytest.raises(InvalidAnswer):
                store.add_screening(form=form, setting="clinic", language="kk", **extra)
        assert store.check().chain.entries == before  # nothing written by a refused add
        assert [s.id for s in store.list_screenings()] == [sid]
    finally:
        store.lock()


def test_in005_store_add_refusals_change_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("SCREENER_PASSPHRASE", PASSPHRASE)
    db = tmp_path / "s.db"
    assert main(["store", "init", "--db", str(db)]) == 0
    before = db.read_bytes()
    inputs = [
        "answers: &x {A5: KZ}\ncase_code: *x\n",
        '{"answers": {"A5": "KZ"}, "case_code": "' + "A" * 100 + '"}',
        '{"answers": {"A5": "KZ"}, "notes": {"C1": {"deep": 1}}}',
        '{"answers": {"A5": "KZ", "B1": true}}',
    ]
    for number, text in enumerate(inputs):
        name = f"in{number}.json" if text.startswith("{") else f"in{number}.yaml"
        assert main(["store", "add", "--db", str(db), str(write(tmp_path, text, name))]) == 2
        assert "Traceback" not in capsys.readouterr().err
    assert db.read_bytes() == before


def test_in006_closed_pipe_ends_quietly(tmp_path):
    path = write(tmp_path, json.dumps({"answers": {"A5": "KZ"}}), "in.json")
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before the first line is written
    run = subprocess.run(
        [sys.executable, "-m", "screener.cli", "score", "--json", str(path)],
        stdout=writer,
        stderr=subprocess.PIPE,
        text=True,
        check=False,
    )
    os.close(writer)
    assert run.stderr == "" and run.returncode == 141
