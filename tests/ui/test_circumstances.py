"""What happened to the person, recorded in the app where it happens (issue 16).

UI101: a clinic patient with an injury ticked: 103 first on the result, with the injury named.
UI102: on the interview's review page, before the conclusion, one row of circumstances; ticking
       "refuses help" is stored, audited, and shows the card and the referral at once.
UI103: a citizen identified abroad: the box is offered and brings Kazakhstan's missions; for a
       non-citizen it is not offered and the store refuses the flag.
UI104: an unknown-age quick check: the minor steps with the Convention reason; "injured" on the
       first actions puts 103 first at once and is kept with the quick check.
UI105: every next step of forms/next_steps.yaml is reached by something a user records in the app.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text

from screener.core.store.errors import StoreError
from screener.core.store.store import Store
from screener.ui import dialogs
from screener.ui.preferences import Preferences
from screener.ui.qt import QApplication, QCheckBox, QLabel, Qt, QWidget
from screener.ui.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
AGE_REASON = "Age not established: treated as a minor (SOP / Council of Europe Convention art. 10(3))"


@pytest.fixture
def window(qtbot, catalog, tmp_path):
    dialogs.reset()
    win = MainWindow(catalog, tmp_path / "s.db", Preferences(language="en"))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.unlocked(Store.create(tmp_path / "s.db", "correct horse 42", catalog))
    yield win
    if win.store is not None:
        win.store.lock()
    dialogs.reset()


def draft(window, setting, answers, indicators=None, age_band="unknown") -> str:
    return window.store.add_screening(
        form=window.catalog.default_form,
        setting=setting,
        language="en",
        case_code="T-16",
        answers=answers,
        indicators=indicators or {},
        age_band=age_band,
        finalise=False,
    )


def review(window, sid):
    window.open_screening(sid)
    window.interview.go_review()
    row = window.interview.circumstances_row
    assert row is not None and row.isVisible()
    return row


def tick(qtbot, row, flag) -> None:
    box = row.boxes[flag]
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=box.rect().center())
    assert box.isChecked()


def finalise(qtbot, window) -> list[str]:
    dialogs.script(True, True, True)
    qtbot.mouseClick(window.interview.finalise_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.result
    return step_ids(window.result)


def step_ids(root: QWidget) -> list[str]:
    steps = [w.objectName() for w in root.findChildren(QWidget) if w.objectName().startswith("step_")]
    ids = []
    for name in steps:
        step = name.removeprefix("step_").split("_reason")[0]
        if step in STEP_IDS and step not in ids:
            ids.append(step)
    return ids


STEP_IDS: set[str] = set()


@pytest.fixture(autouse=True)
def _steps(catalog):
    STEP_IDS.clear()
    STEP_IDS.update(s.id for s in catalog.next_steps.steps)


def audit(store, action):
    with store.engine.connect() as connection:
        rows = connection.execute(text("SELECT detail_json FROM audit WHERE action = :a"), {"a": action})
        return [json.loads(r[0]) for r in rows]


def test_ui101_clinic_injury_gives_103_first(qtbot, window):
    sid = draft(window, "clinic", {"A1": 34, "A5": "KZ"}, {"katch_patient": ("katch_patient.11",)}, "adult")
    review(window, sid)
    found = finalise(qtbot, window)
    assert found[0] == "call_103", found
    texts = [w.text() for w in window.result.findChildren(QLabel)]
    assert any("Blunt-force injuries" in t for t in texts)


def test_ui102_refused_help_on_the_review_page(qtbot, window):
    sid = draft(window, "workplace", {"A1": 41, "A5": "KZ", "D1": 2})
    row = review(window, sid)
    assert list(row.boxes) == ["injured", "refused_help", "identified_abroad", "not_recognised", "age_not_established"]
    assert not row.effects.isVisible()
    tick(qtbot, row, "refused_help")
    assert window.store.get(sid).context_flags == {"refused_help": True}
    assert audit(window.store, "context") == [{"refused_help": True}]
    effects = row.effects.text()
    assert "information card" in effects and "place of residence" in effects and "refused help" in effects
    found = finalise(qtbot, window)
    assert {"info_card_refused", "refer_by_residence", "explain_victim_rights"} <= set(found)
    shown = window.result.findChild(QLabel, "headerCircumstances")
    assert shown is not None and shown.text() == "Refuses help"


def test_ui103_identified_abroad_only_for_a_citizen(qtbot, window):
    sid = draft(window, "other", {"A1": 24, "A5": "KZ", "C2": 3})
    row = review(window, sid)
    tick(qtbot, row, "identified_abroad")
    assert "Kazakhstan's mission abroad" in row.effects.text()
    found = finalise(qtbot, window)
    assert "consular_abroad" in found and "explain_migrant_rights" not in found
    other = draft(window, "other", {"A1": 24, "A5": "UZ", "B2": 3})
    row = review(window, other)
    assert "identified_abroad" not in row.boxes and "refused_help" in row.boxes
    with pytest.raises(StoreError) as refused:
        window.store.set_context(other, identified_abroad=True)
    assert "ANS_018" in str(refused.value)
    assert window.store.get(other).context_flags == {}


def test_ui104_unknown_age_quick_check(qtbot, window):
    window.show_quick_check()
    quick = window.quick
    quick.setting.setCurrentIndex(quick.setting.findData("border"))
    qtbot.keyClick(quick, Qt.Key.Key_F4)  # age unknown
    assert quick.age_band == "unknown"
    box = next(iter(quick.boxes.values()))
    box.setChecked(True)
    quick.finish()
    names = [w.objectName() for w in quick.findChildren(QLabel) if w.isVisible()]
    assert "action_minor_guardianship" in names
    reasons = [w.text() for w in quick.findChildren(QLabel, "actionReason_minor_guardianship")]
    assert any(AGE_REASON in r for r in reasons)
    injured = quick.actions_area.findChild(QCheckBox, "circumstance_injured")
    injured.setChecked(True)
    qtbot.waitUntil(lambda: quick.actions_area.findChild(QLabel, "action_call_103") is not None)
    first = next(w for w in quick.actions_area.findChildren(QLabel) if w.objectName().startswith("action_"))
    assert first.objectName() == "action_call_103" and first.text().startswith("1. ")
    assert QApplication.focusWidget().objectName() == "circumstance_injured"
    quick.record_only()
    [summary] = window.store.list_screenings()
    assert window.store.get(summary.id).context_flags == {"injured": True}
    assert audit(window.store, "quick_check")[0]["flags"] == {"injured": True}


# What a user records in the app (setting and age band chosen, answers, indicators ticked, the
# circumstances row): one case per step, run through the interview screen and the result.
REACH = [
    ("border", {"A1": 30, "A5": "KZ"}, {"sop_border": ("sop_border.01",)}, ()),
    ("police", {"A1": 15, "A5": "UZ", "B2": 3}, {}, ("injured",)),
    ("other", {"A1": 30, "A5": "KZ"}, {}, ("refused_help", "identified_abroad")),
    ("clinic", {"A1": 30, "A5": "KZ"}, {}, ("not_recognised",)),
]


def test_ui105_every_step_is_reachable_in_the_app(qtbot, window, catalog):
    reached: set[str] = set()
    for setting, answers, indicators, flags in REACH:
        row = review(window, draft(window, setting, answers, indicators))
        for flag in flags:
            tick(qtbot, row, flag)
        reached |= set(finalise(qtbot, window))
    assert reached == STEP_IDS, sorted(STEP_IDS - reached)
    # and each circumstance a rule reads has its box in the row
    row = review(window, draft(window, "other", {"A1": 30, "A5": "KZ"}))
    read = {
        ref.name
        for step in catalog.next_steps.steps
        for trigger in step.triggers
        for ref in trigger.when.refs
        if ref.operand == "context" and ref.name not in ("setting", "language", "age_band", "age_status")
    }
    assert read <= set(row.boxes)
