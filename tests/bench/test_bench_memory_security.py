"""`make bench`: what SQLCipher's cipher_memory_security costs the unlock and the autosave.

Each side runs in a process of its own (once on, the setting stays on for the process): the
app's store with the setting (as shipped) and without it, each beside a bare sqlcipher3 open
with the same setting in the same process.
"""

from __future__ import annotations

import json
import subprocess
import sys

from tests.bench.test_bench_core import report

SCRIPT = r"""
import json, statistics, sys, tempfile, time
from pathlib import Path
import sqlcipher3
import screener.core.store.database as database
on = sys.argv[1] == "on"
if not on:
    database._PRAGMAS = tuple(p for p in database._PRAGMAS if "memory_security" not in p)
from screener.core.instrument.loader import load_catalog
from screener.core.store.store import Store
catalog = load_catalog()
path = Path(tempfile.mkdtemp()) / "s.db"
PASS = "bench passphrase 1"
store = Store.create(path, PASS, catalog)
sid = store.create_screening("border", "kk")
store.set_answers(sid, {"A1": 30, "A5": "UZ"})
items = ("B1", "B2", "B3", "B4", "C1", "C2", "C3", "C4", "D1", "D2", "D3")
saves = []
for n in range(300):
    start = time.perf_counter()
    store.set_answer(sid, items[n % len(items)], n % 4)
    saves.append(time.perf_counter() - start)
state = store.engine.raw_connection().cursor().execute("PRAGMA cipher_memory_security").fetchone()[0]
store.lock()
def best(fn):
    out = []
    for _ in range(5):
        start = time.perf_counter(); fn(); out.append(time.perf_counter() - start)
    return min(out)
def bare():
    c = sqlcipher3.connect(str(path))
    c.execute("PRAGMA key = 'bench passphrase 1'")
    c.execute("PRAGMA cipher_memory_security = " + ("ON" if on else "OFF"))
    c.execute("SELECT count(*) FROM sqlite_master").fetchone()
    c.close()
print(json.dumps({
    "state": str(state),
    "unlock": best(lambda: Store.open(path, PASS, catalog).lock()),
    "bare": best(bare),
    "autosave": statistics.median(saves),
}))
"""


def measure(setting: str) -> dict[str, float]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, setting], check=False, capture_output=True, text=True, timeout=600
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_bench_cipher_memory_security():
    on, off = measure("on"), measure("off")
    assert on["state"] == "1" and off["state"] == "0", (on, off)
    report(
        f"cipher_memory_security: unlock {on['unlock'] * 1000:.0f} ms on / {off['unlock'] * 1000:.0f} ms off "
        f"(+{(on['unlock'] / off['unlock'] - 1) * 100:.0f}%); bare sqlcipher3 open {on['bare'] * 1000:.0f} / "
        f"{off['bare'] * 1000:.0f} ms; store/bare {on['unlock'] / on['bare']:.2f}x on, "
        f"{off['unlock'] / off['bare']:.2f}x off"
    )
    report(
        f"cipher_memory_security: autosave median {on['autosave'] * 1000:.2f} ms on / "
        f"{off['autosave'] * 1000:.2f} ms off (+{(on['autosave'] / off['autosave'] - 1) * 100:.0f}%)"
    )
