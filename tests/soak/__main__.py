"""`make soak`: python -m tests.soak [--kills N] [--forms N] [--answers N] [--jobs N]

Prints the figures of the fuzz run and of the crash soak; exit 1 unless every figure is clean.
With --jobs, the crash soak runs in that many processes at once (each on its own stores, with
its own seed) and their figures are added up.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("SCREENER_CACHE_DIR", tempfile.mkdtemp(prefix="screener-soak-cache-"))

from tests.soak.crash import CrashFigures, crash_soak
from tests.soak.fuzz import fuzz


def _crash_jobs(kills: int, jobs: int, seed: int) -> CrashFigures:
    share = -(-kills // jobs)
    command = [sys.executable, "-m", "tests.soak", "--forms", "0", "--answers", "0", "--json", "--kills", str(share)]
    running = [
        subprocess.Popen([*command, "--seed", str(seed + n)], stdout=subprocess.PIPE, text=True) for n in range(jobs)
    ]
    total = CrashFigures()
    for process in running:
        out, _ = process.communicate()
        part = json.loads(out.strip().splitlines()[-1])
        for name, value in part.items():
            if name == "by_mode":
                for mode, count in value.items():
                    total.by_mode[mode] = total.by_mode.get(mode, 0) + count
            elif isinstance(value, list):
                total.problems.extend(value)
            else:
                setattr(total, name, getattr(total, name) + value)
    return total


def main() -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.soak")
    parser.add_argument("--kills", type=int, default=1000)
    parser.add_argument("--forms", type=int, default=1000)
    parser.add_argument("--answers", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=20261203)
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the crash figures as JSON (for --jobs)")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="screener-soak-") as folder:
        if args.forms or args.answers:
            started = time.monotonic()
            figures = fuzz(args.forms, args.answers, Path(folder) / "fuzz", args.seed)
            print(figures.render(), f"({time.monotonic() - started:.0f} s)", flush=True)
            for problem in figures.problems[:20]:
                print("  " + problem, flush=True)
            ok = ok and figures.ok
        if args.kills:
            started = time.monotonic()
            if args.jobs > 1:
                crash = _crash_jobs(args.kills, args.jobs, args.seed)
            else:
                crash = crash_soak(args.kills, Path(folder) / "crash", args.seed, progress=_progress(args.json))
            if args.json:
                print(json.dumps(dataclasses.asdict(crash)), flush=True)
                return 0
            print(crash.render(), f"({time.monotonic() - started:.0f} s)", flush=True)
            for problem in crash.problems[:20]:
                print("  " + problem, flush=True)
            ok = ok and crash.ok
    print("soak: OK" if ok else "soak: FAILED", flush=True)
    return 0 if ok else 1


def _progress(quiet: bool):
    return None if quiet else (lambda line: print("  ..." + line, flush=True))


if __name__ == "__main__":
    sys.exit(main())
