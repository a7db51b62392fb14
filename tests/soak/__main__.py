"""`make soak`: python -m tests.soak [--kills N] [--forms N] [--answers N]; exit 1 unless every figure is clean."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SCREENER_CACHE_DIR", tempfile.mkdtemp(prefix="screener-soak-cache-"))

from tests.soak.crash import crash_soak
from tests.soak.fuzz import fuzz


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261203)
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="screener-soak-") as folder:
        started = time.monotonic()
        figures = fuzz(args.forms, args.answers, Path(folder) / "fuzz", args.seed)
        print(figures.render(), f"({time.monotonic() - started:.0f} s)", flush=True)
        for problem in figures.problems[:20]:
            print("  " + problem, flush=True)
        ok = ok and figures.ok
        started = time.monotonic()
        crash = crash_soak(
            args.kills, Path(folder) / "crash", args.seed, progress=lambda line: print("  ..." + line, flush=True)
        )
        print(crash.render(), f"({time.monotonic() - started:.0f} s)", flush=True)
        for problem in crash.problems[:20]:
            print("  " + problem, flush=True)
        ok = ok and crash.ok
    print("soak: OK" if ok else "soak: FAILED", flush=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
