"""`make bench`: loading the instrument and scoring screenings, against the bare toolkit.

Loading: every form, list and rule file, cold (empty cache, fresh interpreter) and warm
(checked files cached), against PyYAML's C loader reading the same files in the same run.
Scoring: 10,000 random answer sets, against a bare Python sum of the same 14 item scores.
Targets (issue 2): loading well under 100 ms; scoring under 20 us per screening.
"""

from __future__ import annotations

import json
import random
import subprocess
import sys
import time

import yaml

from screener.core import paths
from screener.core.instrument.loader import load_catalog
from screener.core.scoring import score

EVIDENCE = ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3", "E2")
COLD = """
import json, time, sys
t = time.perf_counter()
from screener.core.instrument.loader import load_catalog
t1 = time.perf_counter()
load_catalog()
t2 = time.perf_counter()
print(json.dumps({"import": t1 - t, "load": t2 - t1}))
"""


def answer_sets(count: int) -> list[dict]:
    rng = random.Random(2026)
    out = []
    for _ in range(count):
        answers = {
            "A1": rng.randint(10, 70),
            "A5": rng.choice(["KZ", "UZ", "KG", "none"]),
            "E1": rng.choice(["yes", "no"]),
            "E3": rng.choice(["child", "adult"]),
        }
        answers.update({item: rng.randint(0, 3) for item in EVIDENCE})
        out.append(answers)
    return out


def bare_sum(answers: dict) -> int:
    """The least a scorer can do: add the item scores, B only for non-citizens."""
    total = sum(answers[i] for i in ("C1", "C2", "C3", "C4", "D1", "D2", "D3"))
    if answers["A5"] != "KZ":
        total += answers["B1"] + answers["B2"] + answers["B3"] + answers["B4"]
    if answers["E1"] == "yes":
        child = answers["A1"] < 18 or answers["E3"] == "child"
        total += 3 + (3 if child else answers["E2"])
    return total


def best_of(runs: int, fn) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - start)
    return best


def report(line: str) -> None:
    print("BENCH " + line)


def test_bench_loading(tmp_path, monkeypatch):
    files = sorted(paths.forms_dir().rglob("*.yaml")) + sorted(paths.indicators_dir().rglob("*.yaml"))
    texts = [f.read_text(encoding="utf-8") for f in files]
    bare = best_of(5, lambda: [yaml.load(t, Loader=yaml.CSafeLoader) for t in texts])

    env = {"SCREENER_CACHE_DIR": str(tmp_path / "cold"), "PATH": "", "HOME": str(tmp_path)}
    cold = json.loads(
        subprocess.run([sys.executable, "-c", COLD], env=env, capture_output=True, text=True, check=True).stdout
    )
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "warm"))
    load_catalog()  # fills the cache
    warm = best_of(10, load_catalog)
    size = sum(len(t.encode()) for t in texts) // 1024
    report(f"files: {len(files)} ({size} KB of YAML)")
    report(f"bare yaml.CSafeLoader, same files: {bare * 1000:.1f} ms")
    cold_load = cold["load"]
    report(f"load cold (parse + schema + meaning): {cold_load * 1000:.1f} ms = {cold_load / bare:.1f}x bare")
    report(f"load warm (checked files cached):     {warm * 1000:.1f} ms = {warm / bare:.2f}x bare")
    report(f"import of the loader: {cold['import'] * 1000:.0f} ms")
    assert warm < cold["load"]


def test_bench_scoring():
    form = load_catalog().default_form
    sets = answer_sets(10_000)
    def each(fn) -> None:  # one screening at a time, as the app scores: results are not kept
        for answers in sets:
            fn(answers)

    engine = best_of(3, lambda: each(lambda a: score(form, a))) / len(sets)
    bare = best_of(3, lambda: each(bare_sum)) / len(sets)
    assert [score(form, a).total for a in sets[:200]] == [bare_sum(a) for a in sets[:200]]
    report(f"score 10,000 answer sets: {engine * 1e6:.1f} us per screening ({engine * 1e4:.2f} s; goal <= 20 us)")
    report(f"bare sum of the same scores: {bare * 1e6:.2f} us = engine {engine / bare:.0f}x bare")
