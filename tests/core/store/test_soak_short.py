"""The short version of `make soak` (tests/soak): a few SIGKILLs over every store operation, and
a few hundred mutated files; the full run is `make soak` (1,000 kills, 1,000 + 1,000 files)."""

from __future__ import annotations

import random

from screener.core.instrument.loader import load_catalog
from tests.soak.crash import PASSPHRASE, _raw_sound, _Soak, crash_soak
from tests.soak.fuzz import fuzz


def test_short_crash_soak(tmp_path):
    figures = crash_soak(12, tmp_path, seed=7)
    assert figures.ok, figures.render() + "\n" + "\n".join(figures.problems)
    assert figures.kills >= 12 and figures.stores_checked >= 12 and figures.answers_verified > 12
    assert len(figures.by_mode) >= 3


def test_short_fuzz(tmp_path):
    figures = fuzz(60, 120, tmp_path, seed=7)
    assert figures.ok, figures.render() + "\n" + "\n".join(figures.problems[:5])
    assert figures.forms_refused > 20 and figures.answers_refused > 60 and figures.store_refused > 10


def test_soak_tells_a_misleading_damaged_from_real_damage(tmp_path):
    """The soak's own judge: "damaged" said of a file raw SQLCipher finds sound is counted as
    misleading; said of a file whose pages are broken, as unsound."""
    soak = _Soak(tmp_path / "soak", load_catalog(), random.Random(1))
    assert _raw_sound(soak.main, [PASSPHRASE])
    soak._refused("DamagedStore", "test", soak.main)
    assert soak.figures.misleading_damaged == 1 and soak.figures.unsound == 0
    data = bytearray(soak.main.read_bytes())
    data[4096 + 100 : 4096 + 200] = bytes(100)  # page 2 overwritten: its HMAC fails
    soak.main.write_bytes(bytes(data))
    assert not _raw_sound(soak.main, [PASSPHRASE])
    soak._refused("KeyOrFirstPage", "test", soak.main)
    assert soak.figures.misleading_damaged == 1 and soak.figures.unsound == 1
    soak._refused("StoreInUse", "test", soak.main)
    assert soak.figures.refused == 1 and not soak.figures.ok
