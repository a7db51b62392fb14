"""`screener --self-test`: prove that this copy of Screener works, without touching the user's data.

Everything happens in a new temporary folder: a new store, a scripted screening through the core
(answers, indicators, a note, a ticked step, finalise), the store checked, locked and unlocked
again, the result sheet written as a PDF and its text read back (pdfium), the main window shown
(offscreen unless a platform is set) with the screening's result, and the UI translations loaded.
Each step is printed; exit 0, or 1 with the step that failed. The user's store, preferences and
instrument cache are never read or written (their locations are pointed into the temporary folder).
"""

from __future__ import annotations

import os
import secrets
import shutil
import sys
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any

# the scripted screening lives in forms/self_test.yaml (no Python module names an item or a list)
WINDOW_SECONDS = 10.0  # the longest the window may take to be painted


class SelfTestFailed(Exception):
    pass


def check(condition: bool, detail: str) -> None:
    if not condition:
        raise SelfTestFailed(detail)


class SelfTest:
    def __init__(self, out: Path | None, language: str) -> None:
        self.language = language
        from screener.core import privacy  # noqa: PLC0415

        # marked: a self-test killed half-way leaves nothing after the app's next start
        self.folder = privacy.temporary_folder("screener-self-test-")
        self.store_path = self.folder / "store" / "screener.db"
        self.pdf_path = out if out is not None else self.folder / "self-test.pdf"
        self.passphrase = "self-test " + secrets.token_hex(12)
        self.catalog: Any = None
        self.case: dict[str, Any] = {}
        self.screening_id = ""
        self.started = time.perf_counter()

    # -- the steps -------------------------------------------------------------------------

    def isolate(self) -> dict[str, Any]:
        """Point every place Screener writes into the temporary folder (this process only)."""
        os.environ["SCREENER_CACHE_DIR"] = str(self.folder / "cache")
        os.environ["SCREENER_STORE"] = str(self.store_path)
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from screener.core import paths  # noqa: PLC0415

        return {"folder": str(self.folder), "data": str(paths.data_root())}

    def instrument(self) -> dict[str, Any]:
        from screener.core.instrument.loader import load_catalog  # noqa: PLC0415

        self.catalog = load_catalog()
        lists = len(self.catalog.lists)
        check(lists > 0 and len(self.catalog.forms) > 0, "no forms or indicator lists")
        scripted = self.catalog.documents.get("self_test", ())
        check(len(scripted) == 1, f"{len(scripted)} self-test files (forms/self_test.yaml), expected 1")
        self.case = dict(scripted[0].data)
        return {"forms": len(self.catalog.forms), "lists": lists, "steps": len(self.catalog.next_steps.steps)}

    def screening(self) -> dict[str, Any]:
        from screener.core.store.store import Store  # noqa: PLC0415

        case = self.case
        expected = (case["expected"]["total"], case["expected"]["max"])
        forms = {form.id: form for form in self.catalog.forms}
        check(case["form"] in forms, f"the self-test's form {case['form']!r} is not installed")
        store = Store.create(self.store_path, self.passphrase, self.catalog, interviewer="self-test")
        try:
            sid = store.create_screening(
                case["setting"], self.language, case_code=case["case_code"], form=forms[case["form"]]
            )
            result = store.set_answers(sid, case["answers"])
            for list_id, ticked in case["indicators"].items():
                store.set_indicators(sid, list_id, list(ticked))
            store.set_note(sid, case["note"]["item"], case["note"]["text"])
            step = self.catalog.next_steps.steps[0].id
            store.set_step(sid, step, done=True, note="self-test")
            store.finalise(sid)
            got = (result.total, result.max)
            check(got == expected, f"score {got[0]}/{got[1]}, expected {expected[0]}/{expected[1]}")
            report = store.check()
            check(report.sound, f"store check: {report}")
        finally:
            store.lock()
        self.screening_id = sid
        return {"case": case["case_code"], "total": expected[0], "max": expected[1]}

    def unlock_again(self) -> dict[str, Any]:
        from screener.core.store.records import Status  # noqa: PLC0415
        from screener.core.store.store import Store  # noqa: PLC0415

        store = Store.open(self.store_path, self.passphrase, self.catalog)
        try:
            screening = store.get(self.screening_id)
            check(screening.status == Status.FINALISED, f"status {screening.status}")
            check(screening.answers == self.case["answers"], "answers differ after unlocking again")
            ticked = {list_id: tuple(ids) for list_id, ids in self.case["indicators"].items()}
            check(screening.indicators == ticked, "indicators differ")
        finally:
            store.lock()
        return {}

    def pdf(self) -> dict[str, Any]:
        import screener  # noqa: PLC0415
        from screener.core.files import write_private  # noqa: PLC0415
        from screener.core.report.pdf import result_pdf, screening_sheet  # noqa: PLC0415
        from screener.core.store.store import Store  # noqa: PLC0415

        store = Store.open(self.store_path, self.passphrase, self.catalog)
        try:
            sheet = screening_sheet(self.catalog, store.get(self.screening_id), app_version=screener.__version__)
        finally:
            store.lock()
        data = result_pdf(sheet)
        write_private(self.pdf_path, data)
        text = pdf_text(self.pdf_path)
        for expected in (self.case["case_code"], "Screener " + screener.__version__):
            check(expected in text, f"{expected!r} is not in the PDF's text")
        return {"path": str(self.pdf_path), "size": len(data), "pages": text.count("\f") + 1}

    def window(self) -> dict[str, Any]:
        from screener.ui.qt import QApplication, QCoreApplication, QSettings  # noqa: PLC0415

        # the user's preferences are neither read nor written: Preferences() defaults, settings here
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(QSettings.Format.NativeFormat, scope, str(self.folder / "settings"))
            QSettings.setPath(QSettings.Format.IniFormat, scope, str(self.folder / "settings"))
        app = QApplication.instance() or QApplication([sys.argv[0]])
        assert isinstance(app, QApplication)
        from screener.core.store.store import Store  # noqa: PLC0415
        from screener.ui import i18n  # noqa: PLC0415
        from screener.ui.preferences import Preferences  # noqa: PLC0415
        from screener.ui.window import MainWindow  # noqa: PLC0415

        start = time.perf_counter()
        window = MainWindow(self.catalog, self.store_path, Preferences(language="en"))
        window.resize(1280, 760)
        window.show()
        painted = wait_for(lambda: window._first_frame_shown, app)
        if painted is None:
            raise SelfTestFailed(f"the window was not painted within {WINDOW_SECONDS:.0f} s")
        check(window.stack.currentWidget() is window.unlock_screen, "the unlock screen is not showing")
        store = Store.open(self.store_path, self.passphrase, self.catalog)
        window.unlocked(store)
        window.show_result(self.screening_id)
        app.processEvents()
        check(window.stack.currentWidget() is window.result, "the result screen is not showing")
        check(not window.grab().isNull(), "the window could not be drawn")
        platform = app.platformName()
        found = [lang for lang in ("kk", "ru") if i18n.set_language(lang)]
        lock_kk = i18n.set_language("kk") and QCoreApplication.translate("MainWindow", "Lock")
        i18n.set_language("en")
        check(found == ["kk", "ru"], f"UI translations found: {found}")
        check(bool(lock_kk) and lock_kk != "Lock", "the Kazakh UI translation is not applied")
        window.lock()
        window.close()
        return {"ms": round((painted - start) * 1000), "platform": platform}

    # -- running ---------------------------------------------------------------------------

    def steps(self) -> list[tuple[str, Callable[[], dict[str, Any]]]]:
        return [
            ("isolate", self.isolate),
            ("instrument", self.instrument),
            ("screening", self.screening),
            ("unlock", self.unlock_again),
            ("pdf", self.pdf),
            ("window", self.window),
        ]

    def run(self) -> int:
        import screener  # noqa: PLC0415
        from screener.core.messages import message  # noqa: PLC0415

        lang = self.language
        print(message("selftest.start", lang, version=screener.__version__, program=sys.executable), flush=True)
        try:
            for name, step in self.steps():
                began = time.perf_counter()
                try:
                    detail = message(f"selftest.{name}", lang, **step())
                except Exception as exc:
                    failed = message("selftest.failed", lang, step=name, error=f"{type(exc).__name__}: {exc}")
                    print(failed, file=sys.stderr, flush=True)
                    traceback.print_exc(file=sys.stderr)
                    return 1
                print(f"ok  {name:<10} {(time.perf_counter() - began) * 1000:6.0f} ms  {detail}", flush=True)
        finally:
            shutil.rmtree(self.folder / "store", ignore_errors=True)  # nothing of the test store is kept
        print(message("selftest.passed", lang, seconds=f"{time.perf_counter() - self.started:.2f}"), flush=True)
        return 0


def wait_for(condition: Callable[[], bool], app: Any) -> float | None:
    """perf_counter() when `condition` first holds while Qt runs its events; None on time-out."""
    deadline = time.perf_counter() + WINDOW_SECONDS
    while time.perf_counter() < deadline:
        app.processEvents()
        if condition():
            return time.perf_counter()
        time.sleep(0.005)
    return None


def pdf_text(path: Path) -> str:
    """The PDF's text, pages separated by form feeds (pdfium: the renderer the app prints with)."""
    import pypdfium2  # noqa: PLC0415

    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for page in document:
            textpage = page.get_textpage()
            pages.append(textpage.get_text_range())
            textpage.close()
            page.close()
        return "\f".join(pages)
    finally:
        document.close()


def main(out: Path | None, language: str = "en") -> int:
    return SelfTest(out, language).run()
