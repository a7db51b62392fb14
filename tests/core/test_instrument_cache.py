"""The cache of checked files never hides a problem.

CA001: a second load comes from the cache and gives the same model.
CA002: an edited file misses the cache and is checked again (its error is reported).
CA003: a damaged cache entry, or a cache folder that cannot be made, falls back to a full check.
"""

from __future__ import annotations

import pytest

from screener.core.instrument import cache
from screener.core.instrument.loader import load_form
from screener.core.problems import InstrumentError
from tests.core.mini_form import MINI_FORM


@pytest.fixture
def cache_dir(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(folder))
    return folder / "instrument"


def write(tmp_path, text):
    path = tmp_path / "forms" / "mini.yaml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_ca001_second_load_is_cached_and_equal(tmp_path, cache_dir):
    path = write(tmp_path, MINI_FORM)
    first = load_form(path)
    entries = list(cache_dir.glob("*.json"))
    assert len(entries) == 1
    second = load_form(path)
    assert second.content_hash == first.content_hash
    assert [s.id for s in second.sections] == [s.id for s in first.sections]


def test_ca002_edited_file_is_checked_again(tmp_path, cache_dir):
    path = write(tmp_path, MINI_FORM)
    load_form(path)
    write(tmp_path, MINI_FORM.replace("scored: false", "scored: maybe"))
    with pytest.raises(InstrumentError) as info:
        load_form(path)
    assert info.value.problems[0].code == "FORM_013"


def test_ca003_damaged_entry_falls_back(tmp_path, cache_dir):
    path = write(tmp_path, MINI_FORM)
    load_form(path)
    [entry] = cache_dir.glob("*.json")
    entry.write_text("{not json", encoding="utf-8")
    assert load_form(path).id == "mini"
    assert cache.load(cache.key(path.read_bytes())) is not None  # rewritten by the full check


def test_ca003_cache_path_is_a_file(tmp_path, cache_dir):
    cache_dir.parent.mkdir(parents=True)
    cache_dir.write_text("not a folder", encoding="utf-8")
    assert load_form(write(tmp_path, MINI_FORM)).id == "mini"
