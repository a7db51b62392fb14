"""Fuzz: mutated instrument files through `forms check`, malformed answers through the reader
and the store. Counted: tracebacks (any exception that is not the located error), hangs (a
file taking more than 5 s), and stores changed by an input the store refused."""

from __future__ import annotations

import json
import random
import signal
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from screener.core.answers import evaluate_input
from screener.core.instrument.loader import check_file, load_catalog
from screener.core.paths import forms_dir, indicators_dir
from screener.core.problems import AnswersError
from screener.core.store.errors import DamagedStore, KeyOrFirstPage, StoreError
from screener.core.store.store import Store

HANG = 5.0
PASSPHRASE = "correct horse 42"


class _Hang(Exception):
    pass


@dataclass
class FuzzFigures:
    forms: int = 0
    forms_refused: int = 0
    answers: int = 0
    answers_refused: int = 0
    store_attempts: int = 0
    store_refused: int = 0
    tracebacks: int = 0
    hangs: int = 0
    stores_changed: int = 0
    misleading_damaged: int = 0  # a refused input answered with "the store is damaged"
    slowest: float = 0.0
    slowest_file: str = ""
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.tracebacks or self.hangs or self.stores_changed or self.misleading_damaged)

    def render(self) -> str:
        return (
            f"fuzz: {self.forms} mutated form files ({self.forms_refused} refused with a located error), "
            f"{self.answers} malformed answer inputs ({self.answers_refused} refused), "
            f"{self.store_attempts} given to the store ({self.store_refused} refused); "
            f"tracebacks {self.tracebacks}, hangs over {HANG:.0f} s {self.hangs}, "
            f"stores changed by a refused input {self.stores_changed}, "
            f'misleading "damaged" messages {self.misleading_damaged}, '
            f"slowest {self.slowest:.2f} s ({Path(self.slowest_file).name})"
        )


def _timed(figures: FuzzFigures, label: str, call: Callable[[], Any]) -> Any:
    def alarm(_signum: int, _frame: Any) -> None:
        raise _Hang

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, HANG)
    started = time.monotonic()
    try:
        return call()
    except _Hang:
        figures.hangs += 1
        figures.problems.append(f"hang: {label}")
    except Exception:
        figures.tracebacks += 1
        figures.problems.append(f"traceback: {label}\n{traceback.format_exc(limit=3)}")
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        took = time.monotonic() - started
        if took > figures.slowest:
            figures.slowest, figures.slowest_file = took, label
    return None


# -- instrument files ------------------------------------------------------------------------

_SNIPPETS = [
    "&a [1, 2]",
    "*a",
    "*nowhere",
    "[" * 200,
    "{" * 70 + "}" * 70,
    "9" * 5000,
    "\t",
    "\x00",
    "? [a, b]\n: c",
    "!!python/object:os.system",
    "- &x [*x]",
    "' unterminated",
    '"\\ud800"',
    "<<: *a",
    "%YAML 9.9",
    "---\n---",
    "ü" * 300,
]


def _mutate_text(text: str, rng: random.Random) -> str:
    lines = text.split("\n")
    for _ in range(rng.randint(1, 4)):
        kind = rng.randrange(7)
        at = rng.randrange(len(lines)) if lines else 0
        if kind == 0 and lines:
            del lines[at]
        elif kind == 1 and lines:
            lines.insert(at, lines[rng.randrange(len(lines))])
        elif kind == 2 and lines:
            line = lines[at]
            cut = rng.randrange(len(line) + 1)
            lines[at] = line[:cut] + rng.choice(_SNIPPETS) + line[cut:]
        elif kind == 3:
            lines = lines[: rng.randrange(len(lines) + 1)]
        elif kind == 4 and lines:
            lines[at] = " " * rng.randrange(12) + lines[at].lstrip()
        elif kind == 5:
            anchor = "a: &a [" + ",".join(["x"] * 9) + "]"
            levels = [anchor] + [
                f"{c}: &{c} [" + ",".join([f"*{p}"] * 9) + "]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)
            ]
            lines[at:at] = levels
        elif lines:
            line = bytearray(lines[at].encode("utf-8"))
            if line:
                line[rng.randrange(len(line))] = rng.randrange(256)
            lines[at] = line.decode("utf-8", errors="replace")
    return "\n".join(lines)


def fuzz_forms(count: int, folder: Path, rng: random.Random, figures: FuzzFigures) -> None:
    sources = sorted([*forms_dir().glob("*.yaml"), *indicators_dir().glob("*.yaml")])
    load_catalog()  # warm: a next-steps file is checked against the installed forms (loaded once)
    for number in range(count):
        source = rng.choice(sources)
        target = folder / f"{number:05d}-{source.name}"
        if rng.random() < 0.1:
            target.write_bytes(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 2000))))
        else:
            target.write_text(_mutate_text(source.read_text(encoding="utf-8"), rng), encoding="utf-8")
        figures.forms += 1
        problems = _timed(figures, str(target), lambda path=target: check_file(path))
        if problems:
            figures.forms_refused += 1
            if any(p.file is None for p in problems):
                figures.tracebacks += 1  # an error that does not say where is a defect too
                figures.problems.append(f"unlocated: {target}")
        target.unlink()


# -- answers ---------------------------------------------------------------------------------

_VALID: dict[str, Any] = {
    "form": "htiam14-kz",
    "case_code": "K-12",
    "interviewer": "Dana",
    "language": "ru",
    "setting": "clinic",
    "answers": {"A1": 25, "A5": "UZ", "B1": 2, "C1": 1, "E1": "no"},
    "notes": {"C1": "bruises"},
    "context": {"indicators": {"sop_border": ["sop_border.03"]}, "injured": True},
}
_BAD_VALUES: list[Any] = [
    2.0,
    "2",
    True,
    2.5,
    -1,
    4,
    None,
    [],
    {},
    [2],
    {"v": 2},
    "x" * 5000,
    10**30,
    float("inf"),
    "\x00",
    "yes",
    [[[[[[1]]]]]],
    "K" * 70,
    "🙂",
    "",
    " ",
    1e308,
]


def _malformed(rng: random.Random) -> tuple[str, str]:
    data = json.loads(json.dumps(_VALID))
    for _ in range(rng.randint(1, 3)):
        section = rng.choice(["answers", "notes", "context", "top", "indicators"])
        value = rng.choice(_BAD_VALUES)
        for key in ("answers", "notes", "context"):  # an earlier mutation may have replaced one
            if not isinstance(data.get(key), dict):
                section = "top"
        if section == "answers":
            data["answers"][rng.choice([*data["answers"], "Z9", "B1.q1", "A2.other"])] = value
        elif section == "notes":
            data["notes"] = value if rng.random() < 0.3 else {**data["notes"], rng.choice(["C1", "Q7", "B2"]): value}
        elif section == "context":
            data["context"][rng.choice(["setting", "age_band", "injured", "language", "nonsense"])] = value
        elif section == "indicators":
            data["context"]["indicators"] = rng.choice(
                [value, {"sop_border": value}, {"nope": ["x"]}, {"sop_border": [["sop_border.03"]]}]
            )
        else:
            data[rng.choice(["case_code", "interviewer", "language", "form", "setting", "answers", "extra"])] = value
    if rng.random() < 0.3:
        lines = [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in data.items()]
        text = "\n".join(lines)
        if rng.random() < 0.5:
            text = "anchor: &x " + json.dumps(data["answers"]) + "\n" + text.replace('"answers": ', "") + "\nmore: *x"
        return "yaml", _mutate_text(text, rng) if rng.random() < 0.5 else text
    text = json.dumps(data, ensure_ascii=False, allow_nan=True)
    if rng.random() < 0.3:
        text = _mutate_text(text, rng)
    return "json", text


def fuzz_answers(count: int, folder: Path, rng: random.Random, figures: FuzzFigures) -> None:
    catalog = load_catalog()
    store = Store.create(folder / "fuzz.db", PASSPHRASE, catalog)
    try:
        for number in range(count):
            suffix, text = _malformed(rng)
            path = folder / f"{number:05d}.{suffix}"
            path.write_text(text, encoding="utf-8", errors="surrogatepass")
            figures.answers += 1

            def read(path: Path = path) -> Any:
                try:
                    return evaluate_input(path, catalog)
                except AnswersError as exc:
                    if any(p.file is None for p in exc.problems):
                        raise AssertionError(f"unlocated error: {exc.render()}") from exc
                    return None

            result = _timed(figures, str(path), read)
            if result is None:
                figures.answers_refused += 1
            _into_store(store, path, figures, rng)
            path.unlink()
    finally:
        store.lock()


def _into_store(store: Store, path: Path, figures: FuzzFigures, rng: random.Random) -> None:
    """The raw document given to the store directly (no reader in front): a refusal changes nothing."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except ValueError:
        return
    if not isinstance(data, dict) or not isinstance(data.get("answers"), dict):
        return
    context = data.get("context") if isinstance(data.get("context"), dict) else {}
    figures.store_attempts += 1
    before = store.seal()

    def add() -> None:
        try:
            store.add_screening(
                form=store.catalog.default_form,
                setting=data.get("setting") if rng.random() < 0.9 else "clinic",
                language=data.get("language"),
                answers=data["answers"],
                case_code=data.get("case_code"),
                interviewer=data.get("interviewer"),
                notes=data.get("notes"),
                indicators={k: tuple(v) for k, v in context.get("indicators", {}).items()}
                if isinstance(context.get("indicators"), dict)
                and all(isinstance(v, list) for v in context["indicators"].values())
                else None,
                flags={k: context[k] for k in ("injured", "refused_help") if k in context},
                age_band=context.get("age_band", "unknown"),
            )
        except StoreError as exc:
            figures.store_refused += 1
            if isinstance(exc, DamagedStore | KeyOrFirstPage):  # the input was bad, not the store
                figures.misleading_damaged += 1
                figures.problems.append(f"{type(exc).__name__} for a refused input: {path}")
            if store.seal() != before:
                figures.stores_changed += 1
                figures.problems.append(f"store changed by a refused input: {path}")

    _timed(figures, f"store add {path}", add)


def fuzz(forms: int, answers: int, folder: Path, seed: int = 20261203) -> FuzzFigures:
    rng = random.Random(seed)
    figures = FuzzFigures()
    (folder / "forms").mkdir(parents=True, exist_ok=True)
    (folder / "answers").mkdir(parents=True, exist_ok=True)
    fuzz_forms(forms, folder / "forms", rng, figures)
    fuzz_answers(answers, folder / "answers", rng, figures)
    return figures
