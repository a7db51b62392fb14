"""The practice store of training mode: a store of its own that never holds real screenings.

It is a separate SQLCipher file beside the real store (practice.db), or, for a session that
keeps nothing, a file in a temporary folder removed when the session ends. It is marked by a
setting, so that it is never opened as the real store and the real store never as it.

Its key is random. A kept practice store's key is in an owner-only file beside it: practice
data is fictional (the manual's cases), and a trainer in front of a room should not need a
second passphrase. A session store's key is in memory only. The real store's passphrase is
never used for it and never written anywhere.
"""

from __future__ import annotations

import atexit
import secrets
import shutil
from collections.abc import Sequence
from pathlib import Path

from screener.core import privacy
from screener.core.files import write_private
from screener.core.instrument.loader import Catalog
from screener.core.store.errors import NotAPracticeStore, PracticeStoreRefused, WriteFailed
from screener.core.store.store import Store
from screener.core.training import QuizAttempt

FILE_NAME = "practice.db"
KEY_SUFFIX = ".key"
SESSION_PREFIX = "screener-practice-"
MARK = "practice_store"  # setting present (true) only in a practice store
QUIZ_ATTEMPTS = "training.quiz_attempts"  # setting: the knowledge-test attempts, as JSON


def practice_path(real_store: Path) -> Path:
    """practice.db beside the real store (never the real store itself)."""
    path = real_store.with_name(FILE_NAME)
    return path if path != real_store else real_store.with_name("practice-" + FILE_NAME)


def _key_path(path: Path) -> Path:
    return path.with_name(path.name + KEY_SUFFIX)


def _side_files(path: Path) -> list[Path]:
    names = ("", "-wal", "-shm", "-journal", ".unlock.json", KEY_SUFFIX)
    return [path.with_name(path.name + suffix) for suffix in names]


def _read_or_make_key(path: Path) -> str:
    key_path = _key_path(path)
    if key_path.exists():
        return key_path.read_text(encoding="ascii").strip()
    key = secrets.token_urlsafe(32)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise WriteFailed(key_path, detail=exc.strerror or str(exc)) from exc
    write_private(key_path, key, encoding="ascii")  # a crash leaves no empty key beside the store
    return key


def open_practice(catalog: Catalog, path: Path, interviewer: str = "") -> Store:
    """The practice store at `path`, created (and marked) on first use."""
    if path.exists() and not _key_path(path).exists():
        raise NotAPracticeStore(path)
    key = _read_or_make_key(path)
    if path.exists():
        store = Store.open(path, key, catalog, interviewer)
        if store.get_setting(MARK) is not True:
            store.lock()
            raise NotAPracticeStore(path)
        return store
    store = Store.create(path, key, catalog, interviewer)
    store.put_setting(MARK, True)
    return store


def open_session(catalog: Catalog, interviewer: str = "") -> Store:
    """A practice store for this session only: its folder is removed when the app exits (or,
    after a crash, at the next start: it carries the app's marker), and its key is random and
    kept in memory only: the file left by a killed app cannot be opened by anyone."""
    folder = privacy.temporary_folder(SESSION_PREFIX)
    atexit.register(shutil.rmtree, folder, True)
    return _new_session_store(catalog, folder / FILE_NAME, interviewer)


def _new_session_store(catalog: Catalog, path: Path, interviewer: str) -> Store:
    store = Store.create(path, secrets.token_urlsafe(32), catalog, interviewer)
    store.put_setting(MARK, True)
    return store


def is_practice(store: Store) -> bool:
    return store.get_setting(MARK) is True


def refuse_practice(store: Store) -> Store:
    """For the real store's unlock: a practice store (say, one copied over it) is refused, locked."""
    if is_practice(store):
        store.lock()
        raise PracticeStoreRefused(store.path)
    return store


def reset(store: Store) -> Store:
    """Forget every practice screening and quiz result at once: a new, empty practice store."""
    if not is_practice(store):
        raise NotAPracticeStore(store.path)
    path = store.path
    interviewer = store.interviewer
    catalog = store.catalog
    session = not _key_path(path).exists()  # a session store's key was never written
    store.lock()
    remove(path)
    if session:
        return _new_session_store(catalog, path, interviewer)
    return open_practice(catalog, path, interviewer)


def remove(path: Path) -> None:
    try:
        for side in _side_files(path):
            side.unlink(missing_ok=True)
    except OSError as exc:
        raise WriteFailed(path, detail=exc.strerror or str(exc)) from exc


# -- knowledge-test results (kept in the practice store only) --------------------------------


def quiz_attempts(store: Store) -> list[QuizAttempt]:
    if not is_practice(store):
        raise NotAPracticeStore(store.path)
    return [QuizAttempt.from_json(raw) for raw in store.get_setting(QUIZ_ATTEMPTS, [])]


def save_attempt(store: Store, attempt: QuizAttempt) -> None:
    """Kept as JSON in the practice store's settings (no schema change for training)."""
    kept: Sequence[QuizAttempt] = quiz_attempts(store)
    store.put_setting(QUIZ_ATTEMPTS, [a.to_json() for a in (*kept, attempt)])
    store.record("quiz_attempt", phase=attempt.phase)
