"""`make bench`: the packaged app (dist/screener, built by `make package`, a prerequisite of
`make bench`) against `make run`'s app (.venv/bin/screener), in the same run.

Start-up: process start to the unlock screen painted and the process gone, both run with
SCREENER_EXIT_AFTER_FIRST_PAINT=1 (the app quits right after its first frame; window.py), offscreen,
a fresh settings folder and store path; best of 7 each. Also --self-test's duration and the
bundle's size (tar.gz and unpacked).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from tests.bench.test_bench_core import report

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "screener" / "screener"
VENV_APP = Path(sys.executable).parent / "screener"


def timed(command: list[str], env: dict[str, str], cwd: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, env=env, cwd=cwd, check=True, capture_output=True, timeout=60)
    return time.perf_counter() - started


def test_bench_bundle_start_up(tmp_path):
    assert BUNDLE.is_file(), "run `make package` first"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "SCREENER_STORE": str(tmp_path / "store" / "screener.db"),
        "SCREENER_EXIT_AFTER_FIRST_PAINT": "1",
    }
    venv_env = {**env, "PATH": f"{VENV_APP.parent}:{env['PATH']}"}
    venv_env.pop("PYTHONDONTWRITEBYTECODE", None)
    timed([str(VENV_APP)], venv_env, tmp_path)  # first runs write bytecode and warm the page cache
    timed([str(BUNDLE)], env, tmp_path)
    ours = min(timed([str(BUNDLE)], env, tmp_path) for _ in range(7))
    venv = min(timed([str(VENV_APP)], venv_env, tmp_path) for _ in range(7))
    report(
        f"start to unlock screen painted and exit: bundle {ours * 1000:.0f} ms; make run (.venv) {venv * 1000:.0f} ms "
        f"= {ours / venv:.2f}x"
    )
    self_test = min(
        timed([str(BUNDLE), "--self-test", "--self-test-out", str(tmp_path / "s.pdf")], env, tmp_path) for _ in range(3)
    )
    report(f"bundle --self-test (store, screening, PDF, window): {self_test:.2f} s")
    archives = sorted((ROOT / "dist").glob("screener-*-linux-*.tar.gz"))
    unpacked = sum(p.stat().st_size for p in BUNDLE.parent.rglob("*") if p.is_file() and not p.is_symlink())
    packed = archives[-1].stat().st_size if archives else 0
    report(f"bundle size: tar.gz {packed / 1e6:.1f} MB, unpacked {unpacked / 1e6:.1f} MB")
    assert os.path.getsize(BUNDLE) > 0 and ours < 10
