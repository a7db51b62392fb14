"""The one private, atomic write: whole or nothing, owner-only from the first byte, no leftovers."""

from __future__ import annotations

import errno
import os
import stat

import pytest

from screener.core import files
from screener.core.files import private_file, private_temp, replace_private, write_private
from screener.core.store.errors import WriteFailed


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_replaces_the_old_file_and_leaves_it_owner_only(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old", encoding="utf-8")
    os.chmod(target, 0o644)
    write_private(target, "new, ök")
    assert target.read_text(encoding="utf-8") == "new, ök"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert _names(tmp_path) == ["out.csv"]


def test_the_temporary_file_is_private_before_any_data(tmp_path):
    old = os.umask(0)  # even with a permissive umask
    try:
        with private_file(tmp_path / "x.bin") as stream:
            [temp] = [p for p in tmp_path.iterdir()]
            assert temp.name.startswith(".x.bin.")
            assert stat.S_IMODE(temp.stat().st_mode) == 0o600
            assert temp.stat().st_size == 0
            stream.write(b"data")
    finally:
        os.umask(old)
    assert _names(tmp_path) == ["x.bin"]


def test_a_failure_inside_the_block_keeps_the_old_file(tmp_path):
    target = tmp_path / "export.jsonl"
    target.write_bytes(b"before")
    with pytest.raises(KeyError), private_file(target, "w", encoding="utf-8") as stream:
        stream.write("half")
        raise KeyError("a form that is not installed")
    assert target.read_bytes() == b"before"
    assert _names(tmp_path) == ["export.jsonl"]


def test_a_missing_folder_is_a_write_failed_naming_the_target(tmp_path):
    target = tmp_path / "absent" / "x.pdf"
    with pytest.raises(WriteFailed) as info:
        write_private(target, b"x")
    assert info.value.path == str(target)
    assert str(target) in info.value.render("kk")


def test_a_read_only_folder_is_a_write_failed_and_nothing_changes(tmp_path):
    if os.geteuid() == 0:
        pytest.skip("root writes into read-only folders")
    target = tmp_path / "x.pdf"
    target.write_bytes(b"old")
    tmp_path.chmod(0o500)
    try:
        with pytest.raises(WriteFailed):
            write_private(target, b"new")
    finally:
        tmp_path.chmod(0o700)
    assert target.read_bytes() == b"old"


def test_full_disk_keeps_the_old_file_whole(small_disk):
    target = small_disk / "backup.db"
    write_private(target, b"old")
    with pytest.raises(WriteFailed) as info:
        write_private(target, os.urandom(4 * 1024 * 1024))  # more than the 3 MB disk
    assert isinstance(info.value.__cause__, OSError) and info.value.__cause__.errno == errno.ENOSPC
    assert target.read_bytes() == b"old"
    assert _names(small_disk) == ["backup.db"]


def test_a_file_written_by_another_writer_is_renamed_into_place(tmp_path):
    target = tmp_path / "store.db"
    temp = private_temp(target)
    temp.write_bytes(b"sqlcipher wrote this")
    replace_private(temp, target)
    assert target.read_bytes() == b"sqlcipher wrote this"
    assert _names(tmp_path) == ["store.db"]


def test_on_windows_a_file_held_open_a_moment_is_retried(tmp_path, monkeypatch):
    """An indexer or a PDF viewer holding the old file: the rename succeeds once it lets go."""
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files, "_REPLACE_PAUSE", 0)
    real_replace, calls = os.replace, []

    def held_twice(src, dst):
        calls.append(dst)
        if len(calls) <= 2:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", held_twice)
    write_private(tmp_path / "sheet.pdf", b"%PDF")
    assert len(calls) == 3
    assert (tmp_path / "sheet.pdf").read_bytes() == b"%PDF"


def test_on_windows_a_file_held_for_good_is_reported_and_the_temporary_file_goes(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", True)
    monkeypatch.setattr(files, "_REPLACE_PAUSE", 0)

    def held(src, dst):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", held)
    (tmp_path / "sheet.pdf").write_bytes(b"old")
    with pytest.raises(WriteFailed):
        write_private(tmp_path / "sheet.pdf", b"%PDF")
    assert _names(tmp_path) == ["sheet.pdf"]
    assert (tmp_path / "sheet.pdf").read_bytes() == b"old"


def test_elsewhere_a_permission_error_is_not_retried(tmp_path, monkeypatch):
    monkeypatch.setattr(files, "WINDOWS", False)
    calls = []

    def refused(src, dst):
        calls.append(dst)
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(os, "replace", refused)
    with pytest.raises(WriteFailed):
        write_private(tmp_path / "x", b"x")
    assert len(calls) == 1


def test_every_writer_goes_through_this_module():
    """No other module renames, syncs or creates private files by itself."""
    from pathlib import Path  # noqa: PLC0415

    src = Path(files.__file__).resolve().parents[1]
    offenders = []
    for path in src.rglob("*.py"):
        if path == Path(files.__file__).resolve():
            continue
        text = path.read_text(encoding="utf-8")
        for needle in ("os.fsync", "tempfile.mkstemp", "os.fdopen", "def _sync_folder"):
            if needle in text:
                offenders.append(f"{path.relative_to(src)}: {needle}")
    assert offenders == []
