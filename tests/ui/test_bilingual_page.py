"""The bilingual view shows every text of the page in both languages (issue 16): the question,
the scripted follow-ups, the options and their follow-ups, the score labels, the notes.

UI131: B1 in Kazakh with Russian below: probe, follow-up, score labels and notes in both.
UI132: E3 (a choice) and the conclusion's types (a multiple choice): every option in both.
"""

from __future__ import annotations

from screener.core.interview import evaluate
from screener.ui.item_widgets import ItemPage
from screener.ui.qt import QLabel, QPushButton


def page(catalog, item_id, answers):
    form = catalog.default_form
    item = form.items[item_id]
    state = evaluate(form, answers)
    return ItemPage(
        form.section(item.section), item, state.answers, language="kk", second="ru", scale=form.evidence_scale
    )


def texts(widget) -> str:
    labels = [w.text() for w in widget.findChildren(QLabel)]
    return "\n".join(labels + [b.text() for b in widget.findChildren(QPushButton)])


def test_ui131_evidence_item_in_both_languages(qtbot, catalog):
    form = catalog.default_form
    b1 = form.items["B1"]
    widget = page(catalog, "B1", {"A5": "UZ", "B1.q1": "no", "B1.q2": "yes"})
    qtbot.addWidget(widget)
    shown = texts(widget)
    probe = b1.root.no
    assert probe.ask.kk in shown and probe.ask.ru in shown
    assert probe.yes.explain.kk in shown and probe.yes.explain.ru in shown
    for label in form.evidence_scale:
        assert label.kk in shown and label.ru in shown
    assert b1.interviewer_notes.kk in shown and b1.interviewer_notes.ru in shown
    assert form.section("B").title.ru in shown


def test_ui132_options_in_both_languages(qtbot, catalog):
    form = catalog.default_form
    for item_id, answers in (("E3", {"A5": "KZ", "E1": "yes"}), ("types", {"A5": "KZ"})):
        widget = page(catalog, item_id, answers)
        qtbot.addWidget(widget)
        shown = texts(widget)
        for option in form.items[item_id].options:
            assert option.label.kk in shown and option.label.ru in shown, (item_id, option.value)
