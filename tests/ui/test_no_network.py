"""Screener makes no network connection, ever: whole screenings run with every way of reaching a
network (connect, name lookups, UDP sends) replaced by a recorder that refuses, and the test fails
if anything was attempted. The recorder is tested on its own first, so it cannot pass vacuously.
"""

from __future__ import annotations

import socket

import pytest

from screener import selftest
from screener.core.files import write_private
from screener.core.report.pdf import result_pdf, screening_sheet
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QPushButton, Qt
from screener.ui.window import MainWindow
from tests.ui.test_interview_flow import child, create_store, run_interview, start_screening


class NetworkAttempt(OSError):
    pass


@pytest.fixture
def blocked(monkeypatch):
    """Every attempt is recorded, then refused as a closed network would refuse it."""
    attempts: list[str] = []

    def refuse(name):
        def blocked_call(*args, **_kwargs):
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise NetworkAttempt(f"network use attempted: {name}")

        return blocked_call

    for name in ("connect", "connect_ex", "sendto", "sendmsg"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr"):
        monkeypatch.setattr(socket, name, refuse(name))
    return attempts


def test_the_recorder_catches_connections_and_lookups(blocked):
    with pytest.raises(NetworkAttempt):
        socket.create_connection(("127.0.0.1", 9), timeout=0.1)
    with pytest.raises(NetworkAttempt):
        socket.getaddrinfo("example.org", 443)
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as raw, pytest.raises(NetworkAttempt):
        raw.connect(("127.0.0.1", 9))
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp, pytest.raises(NetworkAttempt):
        udp.sendto(b"x", ("127.0.0.1", 9))
    assert len(blocked) == 4


def test_interview_in_the_app_then_pdf_without_network(blocked, qtbot, catalog, tmp_path):
    """Create the store, interview from the keyboard, finalise, see the result, write the sheet."""
    dialogs.reset()
    window = MainWindow(catalog, tmp_path / "store" / "screener.db", Preferences(language="en"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    try:
        create_store(qtbot, window)
        start_screening(qtbot, window, "border", case_code="NET-1")
        answers = {"A1": 16, "A5": "UZ", "B1": 2, "B2": 0, "B3": 0, "B4": 3, "C1": 3, "C2": 0, "C3": 1}
        answers |= {"C4": 0, "D1": 0, "D2": 2, "D3": 0, "E1": "no"}
        run_interview(qtbot, window, answers)
        sid = window.interview.screening.id
        dialogs.script(True)  # confirm finalising
        qtbot.mouseClick(child(window.interview, QPushButton, "finaliseButton"), Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is window.result
        screening = window.store.get(sid)
        assert screening.status == "finalised"
        assert (screening.summary.score_total, screening.summary.score_max) == (11, 39)
        pdf = tmp_path / "NET-1.pdf"
        write_private(pdf, result_pdf(screening_sheet(catalog, screening, app_version="test")))
        assert "NET-1" in selftest.pdf_text(pdf)
        window.lock()
    finally:
        if window.store is not None:
            window.store.lock()
        dialogs.reset()
    assert blocked == []


def test_self_test_without_network(blocked, monkeypatch, tmp_path, capsys):
    """The packaged app's --self-test (store, screening, PDF, window), in this process."""
    for name in ("SCREENER_CACHE_DIR", "SCREENER_STORE"):  # set by the self-test; restored after
        monkeypatch.setenv(name, str(tmp_path / name))
    assert selftest.main(tmp_path / "self-test.pdf") == 0, capsys.readouterr().err
    assert (tmp_path / "self-test.pdf").stat().st_size > 10_000
    assert blocked == []
