"""The cache of checked files never hides a problem.

CA001: a second load comes from the cache and gives the same model.
CA002: an edited file misses the cache and is checked again (its error is reported).
CA003: a damaged cache entry, or a cache folder that cannot be made, falls back to a full check.
CA004: a bundle's shipped cache (filled at build time) makes the first load warm, writing nothing;
       a file edited after the build misses it and is checked again.
"""

from __future__ import annotations

import shutil

import pytest

from screener.core.instrument import cache, loader
from screener.core.instrument.loader import load_form
from screener.core.instrument.source import parse_bytes
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


def shipped_bundle(tmp_path, monkeypatch, text):
    """As packaging/screener.spec does: load once with a build-time cache, ship its entries read-only."""
    path = write(tmp_path, text)
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(tmp_path / "build-cache"))
    load_form(path)
    bundle = tmp_path / "bundle"
    shutil.copytree(tmp_path / "build-cache" / "instrument", bundle / cache.SHIPPED)
    for entry in (bundle / cache.SHIPPED).iterdir():
        entry.chmod(0o444)
    monkeypatch.setenv("SCREENER_DATA_ROOT", str(bundle))
    return path


def test_ca004_shipped_cache_is_warm_on_first_start(tmp_path, cache_dir, monkeypatch):
    path = shipped_bundle(tmp_path, monkeypatch, MINI_FORM)
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(cache_dir.parent))  # a new laptop: empty user cache
    calls = []
    monkeypatch.setattr(loader, "parse_bytes", lambda *a: calls.append(a) or parse_bytes(*a))
    assert load_form(path).id == "mini"
    assert calls == [], "the shipped entry was not used: the file was parsed and checked again"
    assert not cache_dir.exists() or not list(cache_dir.glob("*.json"))


def test_ca004_file_edited_after_the_build_is_checked_again(tmp_path, cache_dir, monkeypatch):
    path = shipped_bundle(tmp_path, monkeypatch, MINI_FORM)
    monkeypatch.setenv("SCREENER_CACHE_DIR", str(cache_dir.parent))
    write(tmp_path, MINI_FORM.replace("scored: false", "scored: maybe"))
    with pytest.raises(InstrumentError) as info:
        load_form(path)
    assert info.value.problems[0].code == "FORM_013"
