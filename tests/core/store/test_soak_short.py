"""The short version of `make soak` (tests/soak): a few SIGKILLs over every store operation, and
a few hundred mutated files; the full run is `make soak` (1,000 kills, 1,000 + 1,000 files)."""

from __future__ import annotations

from tests.soak.crash import crash_soak
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
