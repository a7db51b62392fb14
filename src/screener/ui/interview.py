"""The guided interview: pages from the core's engine, live scores beside them, every change
saved at once, Back and Next without losing anything, a review page to finalise."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from screener.core.errors import Code
from screener.core.instrument.model import ORGANISATION_KEY, Form, Item, Section
from screener.core.interview import Context, InterviewState, Page, evaluate, next_page, pages, previous_page
from screener.core.outcome import Live, live_outcome
from screener.core.scoring import ScoreResult
from screener.core.store.errors import StoreError
from screener.core.store.records import Screening
from screener.ui import dialogs, operations
from screener.ui.circumstances import CircumstancesRow
from screener.ui.flow import button_rows
from screener.ui.item_widgets import STYLE, IndicatorsPage, ItemPage, ScriptPage, item_name
from screener.ui.item_widgets import Page as PageWidget
from screener.ui.qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeyEvent,
    QKeySequence,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QShortcut,
    Qt,
    QVBoxLayout,
    QWidget,
)
from screener.ui.question_index import QuestionIndex
from screener.ui.score_reason import ScoreReason

if TYPE_CHECKING:
    from screener.core.store.store import Store
    from screener.ui.services import Services


WINDOWS_YES_NO = {0x59: "yes", 0x4E: "no"}  # VK_Y, VK_N: the same keys in every layout


class InterviewScreen(QWidget):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("interviewScreen")
        self.setStyleSheet(STYLE)
        self.services = services
        self.screening: Screening | None = None
        self.answers: dict[str, Any] = {}
        self.notes: dict[str, str] = {}
        self.indicators: dict[str, tuple[str, ...]] = {}
        self.reason: str | None = None
        self.page: Page | None = None
        self.page_widget: QWidget | None = None  # a PageWidget, or the review page
        self.live: Live | None = None  # the score and its texts, from screener.core.outcome
        self.circumstances_row: CircumstancesRow | None = None

        self.header = QLabel(self)
        self.header.setObjectName("interviewHeader")
        self.header.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("progressBar")
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("pageArea")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # pages are swapped inside one holder: QScrollArea.setWidget per page costs ~8 ms more
        self.holder = QWidget(self.scroll_area)
        self.holder.setObjectName("pageHolder")
        self.holder_layout = QVBoxLayout(self.holder)
        self.holder_layout.setContentsMargins(0, 0, 0, 0)
        self.holder_layout.addStretch(1)  # a short page stays at the top (pages go in above it)
        self.scroll_area.setWidget(self.holder)
        self.back_button = QPushButton(self)
        self.back_button.setObjectName("backButton")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("nextButton")
        self.next_button.clicked.connect(self.go_next)
        self.review_button = QPushButton(self)
        self.review_button.setObjectName("reviewButton")
        self.review_button.clicked.connect(self.go_review)
        self.finalise_button = QPushButton(self)
        self.finalise_button.setObjectName("finaliseButton")
        self.finalise_button.clicked.connect(self.finalise)
        # an amendment ends here too (it was left through the menu, unconfirmed)
        self.finish_amend_button = QPushButton(self)
        self.finish_amend_button.setObjectName("finishAmendButton")
        self.finish_amend_button.clicked.connect(self.finish_amendment)
        # one notes field under every item page (built once: a text editor per page is costly)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("itemNotes")
        self.note_edit.setMaximumHeight(90)
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.textChanged.connect(self._note_edited)
        self.score_reason = ScoreReason(self)
        self.score_reason.changed.connect(self._reason_edited)
        self.panel = QLabel(self)
        self.panel.setObjectName("scorePanel")
        self.panel.setWordWrap(True)
        self.panel.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.panel.setContentsMargins(6, 6, 6, 6)
        # in a scroll area of its own: at a projector's font size the scores outgrow the screen
        self.panel_area = QScrollArea(self)
        self.panel_area.setObjectName("scorePanelArea")
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_area.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel_area.setWidget(self.panel)
        self.panel_area.setMinimumWidth(220)
        QShortcut(QKeySequence(Qt.Key.Key_PageDown), self, self.go_next)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        QShortcut(QKeySequence(Qt.Key.Key_PageUp), self, self.go_back)
        QShortcut(QKeySequence("Ctrl+G"), self, self.show_index)
        self.index_button = QPushButton(self)
        self.index_button.setObjectName("indexButton")
        self.index_button.clicked.connect(self.show_index)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)

        nav = button_rows(
            [self.back_button, self.index_button],
            [self.review_button, self.finalise_button, self.finish_amend_button, self.next_button],
        )
        left = QVBoxLayout()
        left.addWidget(self.header)
        left.addWidget(self.progress)
        left.addWidget(self.scroll_area, 1)
        left.addWidget(self.score_reason)
        left.addWidget(self.note_edit)
        left.addLayout(nav)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addWidget(self.panel_area, 1)
        self.retranslate()

    # -- starting, leaving ------------------------------------------------------------------

    def start(self, screening_id: str, reason: str | None = None) -> None:
        store = self.services.store
        assert store is not None
        self.screening = store.get(screening_id)
        self.answers = dict(self.screening.answers)
        self.notes = dict(self.screening.notes)
        self.indicators = dict(self.screening.indicators)
        self.reason = reason
        store.put_setting("open_draft", screening_id if reason is None else None)
        position = self.screening.position
        page = Page(**position) if isinstance(position, dict) and reason is None else None
        state = self.state()
        sequence = pages(state, self.services.catalog.lists)
        self.page = page if page in sequence else next_page(state, self.services.catalog.lists, None)
        self.redraw()

    def leave(self) -> None:
        """The interviewer moved away (list, result, lock): forget the open draft marker."""
        if self.screening is not None and self.services.store is not None:
            try:
                self.services.store.put_setting("open_draft", None)
            except StoreError:
                pass
        self.clear()

    def clear(self) -> None:
        self.screening = None
        self.answers, self.notes, self.indicators = {}, {}, {}
        self.page = None
        self._drop_page()
        self.panel.clear()
        self.header.clear()
        self.note_edit.blockSignals(True)
        self.note_edit.clear()
        self.note_edit.blockSignals(False)
        self.note_edit.hide()
        self.score_reason.hide()

    # -- the core's view of the interview ----------------------------------------------------

    @property
    def form(self) -> Form:
        assert self.screening is not None
        return self.services.catalog.form(self.screening.form_id)

    def context(self) -> Context:
        """The stored context, with the indicators as ticked on screen."""
        assert self.screening is not None
        return replace(self.screening.context(), indicators=dict(self.indicators))

    def state(self) -> InterviewState:
        return evaluate(self.form, self.answers, self.context())

    @property
    def result(self) -> ScoreResult | None:
        return None if self.live is None else self.live.result

    def _set_live(self, state: InterviewState, result: ScoreResult | None = None) -> Live:
        """The live outcome of `state` (`result`: the score the store's save just computed)."""
        assert self.screening is not None
        self.live = live_outcome(
            self.services.catalog,
            state,
            language=self.services.language,
            interview_language=self.screening.summary.language,
            result=result,
        )
        return self.live

    # -- rendering -----------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.note_edit.setPlaceholderText(self.tr("Notes (what the respondent said, in their words)"))
        self.note_edit.setAccessibleName(self.tr("Notes"))
        self.panel_area.setAccessibleName(self.tr("Scores"))
        self.scroll_area.setAccessibleName(self.tr("Question and answers (arrow keys scroll)"))
        self.back_button.setText(self.tr("Back (PgUp)"))
        self.next_button.setText(self.tr("Next (PgDn)"))
        self.review_button.setText(self.tr("Review"))
        self.index_button.setText(self.tr("Go to question... (Ctrl+G)"))
        self.finalise_button.setText(self.tr("Finalise"))
        self.score_reason.retranslate()
        self.finish_amend_button.setText(self.tr("Finish the amendment"))
        if self.screening is not None:
            self.redraw()

    def refresh(self) -> None:
        if self.screening is not None:
            self.redraw()

    def redraw(self) -> None:
        if self.screening is None or self.page is None:
            return
        self.commit_page()  # before the state the new page is drawn from
        state = self.state()
        self._set_live(state)
        index = self._update_progress(state)
        summary = self.screening.summary
        amend = self.tr(" - amending: %1").replace("%1", self.reason) if self.reason else ""
        self.header.setText(f"{summary.case_code or '-'}{amend}")
        widget = self.build_page(state)
        self._drop_page()
        self.holder_layout.insertWidget(0, widget)
        widget.show()  # polished now (its style sheet sets fonts), not on a later event
        self.holder_layout.activate()
        # the scroll area sizes the holder only on its own events: tell it the page changed, or
        # a page taller than the last one is cut off without a scroll bar
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.page_widget = widget
        self.back_button.setEnabled(index > 0)
        on_review = self.page.kind == "review"
        self.next_button.setVisible(not on_review)
        self.review_button.setVisible(not on_review)
        self.finalise_button.setVisible(on_review and self.reason is None)
        self.finish_amend_button.setVisible(on_review and self.reason is not None)
        self.update_panel(state)
        self.show_item_warning()
        self._show_reason(state)
        self._show_note()
        focus = widget.first_input() if isinstance(widget, PageWidget) else None
        (focus or self.next_button).setFocus()

    def _update_progress(self, state: InterviewState) -> int:
        """Page n of m, m as the answers so far make it (A5 adds section B's pages at once)."""
        sequence = pages(state, self.services.catalog.lists)
        index = sequence.index(self.page) if self.page in sequence else 0
        self.progress.setRange(0, max(len(sequence) - 1, 1))
        self.progress.setValue(index)
        self.progress.setFormat(
            self.tr("Page %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(sequence)))
        )
        return index

    def _missing_text(self, state: InterviewState, language: str) -> str:
        missing = state.missing()
        if not missing:
            return self.tr("Every applicable item is answered.")
        names = "; ".join(item_name(self.form, m, language) for m in missing)
        return self.tr("Not answered yet: %1").replace("%1", names)

    def _drop_page(self) -> None:
        old = self.page_widget
        self.page_widget = None
        if old is not None:
            self.holder_layout.removeWidget(old)
            old.hide()
            old.deleteLater()

    def build_page(self, state: InterviewState) -> QWidget:
        assert self.page is not None and self.screening is not None
        self.circumstances_row = None  # set again by the review page
        language = self.screening.summary.language
        second = self.services.prefs.second_language
        form = self.form
        page = self.page
        widget: QWidget
        if page.kind == "script":
            script = next(s for s in form.scripts if s.id == page.ref)
            store = self.services.store
            organisation = str((store.get_setting(ORGANISATION_KEY) if store is not None else None) or "")
            widget = ScriptPage(script, language, second, organisation)
        elif page.kind == "item":
            item = form.items[page.ref]
            widget = self.item_page(form.section(item.section), item, state, language, second)
        elif page.kind == "indicators":
            lst = self.services.catalog.indicator_list(page.ref)
            widget = IndicatorsPage(lst, self.indicators.get(lst.id, ()), language, second)
            widget.toggled_list.connect(self.tick)
        else:
            widget = self.review_page(state, language, second)
        return widget

    def item_page(  # noqa: PLR0917 (one call per page kind; all are needed)
        self, section: Section, item: Item, state: InterviewState, language: str, second: str, heading: bool = True
    ) -> ItemPage:
        widget = ItemPage(
            section,
            item,
            state.answers,
            language=language,
            second=second,
            scale=self.form.evidence_scale,
            heading=heading,
            home_country=self.form.roles.home_country,
        )
        widget.changed.connect(self.answer)
        return widget

    def review_page(self, state: InterviewState, language: str, second: str) -> QWidget:
        page = QWidget()
        page.setObjectName("page_review")
        column = QVBoxLayout(page)
        title = QLabel(self.tr("Review and finalise"), page)
        title.setObjectName("reviewTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSize(font.pointSize() + 2)
        title.setFont(font)
        column.addWidget(title)
        missing_label = QLabel(self._missing_text(state, language), page)
        missing_label.setObjectName("missingLabel")
        missing_label.setWordWrap(True)
        column.addWidget(missing_label)
        assert self.live is not None
        for warning in self.live.warnings:
            label = QLabel(f"{warning.item}: {warning.text}", page)
            label.setObjectName("reviewWarning")
            label.setWordWrap(True)
            label.setProperty("role", "warning")
            column.addWidget(label)
        # what happened to the person, before the conclusion (issue 16): changes the steps at once
        row = CircumstancesRow(self.services.catalog.next_steps, page)
        row.show_state(state, language, second)
        row.show_effects(self.live.effects, self.live.effect_problems)
        row.changed.connect(self.set_circumstance)
        self.circumstances_row = row
        column.addWidget(row)
        form = self.form
        for section in form.sections:
            if not section.conclusion:
                continue
            heading = QLabel(section.title.get(language), page)
            heading.setObjectName("conclusionTitle")
            heading.setFont(title.font())
            column.addWidget(heading)
            for item in section.items:
                column.addWidget(self.item_page(section, item, state, language, second, heading=False))
        column.addStretch(1)
        return page

    def update_panel(self, state: InterviewState) -> None:
        live = self._set_live(state, self.result) if self.live is None else self.live
        scores_title = self.tr("Scores")
        not_applicable = self.tr("not applicable")
        not_known = self.tr("not known yet")
        total_label = self.tr("Total")
        lines = [f"<b>{scores_title}</b>"]
        for section in live.sections:
            title = section.title.main
            if section.applicable is True:
                lines.append(f"{title}: <b>{section.score}/{section.max}</b>")
            else:
                lines.append(f"{title}: {not_applicable if section.applicable is False else not_known}")
            if section.reason:
                lines.append(f"<i>{section.reason}</i>")
        lines.append(f"<b>{total_label}: {live.result.total}/{live.result.max_shown}</b>")
        lines.append(self.tr("Unanswered: %1").replace("%1", str(live.missing)))
        no_cutoff = self.tr("There is no cut-off score: scores support the interviewer's judgement.")
        lines.append(f"<small>{no_cutoff}</small>")
        self.panel.setText("<br>".join(lines))

    def show_item_warning(self) -> None:
        widget = self.page_widget
        if not isinstance(widget, ItemPage) or self.live is None:
            return
        texts = [w.text for w in self.live.warnings_for(widget.item.id)]
        widget.show_warning(" ".join(texts))
        if texts:  # under the scores: brought into view, or it is below the visible area
            self.holder_layout.activate()
            self.scroll_area.ensureWidgetVisible(widget.warning)

    # -- changes: each saved at once ----------------------------------------------------------

    def _save(self, work: Callable[[Store, str], Any]) -> operations.Done[Any] | None:
        """Run one autosave on the store; a failure is shown and nothing on screen changes."""
        screening = self.screening
        if screening is None:
            return None
        return operations.run(self, self.services, lambda store: work(store, screening.id))

    def answer(self, key: str, value: Any) -> None:
        page = self.page  # where the interviewer is, kept in the answer's transaction
        if page is None or self.reason is not None:
            saved = self._save(lambda store, sid: store.set_answer(sid, key, value, self.reason))
        else:
            position = {"kind": page.kind, "ref": page.ref, "section": page.section}
            saved = self._save(lambda store, sid: store.set_answer(sid, key, value, position=position))
        if saved is None:
            return
        if value is None:
            self.answers.pop(key, None)
        else:
            self.answers[key] = value
        state = self.state()
        self._set_live(state, saved.value)
        self.update_panel(state)
        self._update_progress(state)
        if self.page is not None and self.page.kind == "review" and self.page_widget is not None:
            missing = self.page_widget.findChild(QLabel, "missingLabel")  # answered here: not stale
            if missing is not None and self.screening is not None:
                missing.setText(self._missing_text(state, self.screening.summary.language))
        self.show_item_warning()
        if key != getattr(self.score_reason.item, "reason_key", None):  # typing a reason keeps its field
            self._show_reason(state)

    def _show_reason(self, state: InterviewState) -> None:
        widget = self.page_widget
        self.score_reason.show_for(widget.item if isinstance(widget, ItemPage) else None, state)

    def _reason_edited(self, key: str, text: str) -> None:
        self.answer(key, text if text.strip() else None)

    def _show_note(self) -> None:
        """The notes field follows the item on screen; it is hidden elsewhere."""
        item = self._noted_item()
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(self.notes.get(item, "") if item else "")
        self.note_edit.blockSignals(False)
        self.note_edit.setVisible(item is not None)

    def _noted_item(self) -> str | None:
        if self.page is None or self.page.kind != "item" or self.screening is None:
            return None
        item = self.form.items[self.page.ref]
        return None if self.form.section(item.section).conclusion else item.id

    def _note_edited(self) -> None:
        item = self._noted_item()
        if item is not None:
            self.note(item, self.note_edit.toPlainText())

    def note(self, item: str, text: str) -> None:
        if self._save(lambda store, sid: store.set_note(sid, item, text, self.reason)) is not None:
            self.notes[item] = text

    def set_circumstance(self, flag: str, value: bool) -> None:
        """Record what happened (audited by the store); the steps it brings show under the row."""
        row = self.circumstances_row
        saved = self._save(lambda store, sid: store.set_context(sid, self.reason, **{flag: value}))
        if row is None:
            return
        if saved is None:  # refused or not written: the box shows what is stored
            box = row.boxes.get(flag)
            if box is not None:
                box.blockSignals(True)
                box.setChecked(not value)
                box.blockSignals(False)
            return
        assert self.screening is not None
        self.screening.context_flags[flag] = value
        live = self._set_live(self.state())  # set_context keeps the score: the circumstances do not change it
        row.show_effects(live.effects, live.effect_problems)

    def tick(self, list_id: str, ticked: tuple[str, ...]) -> None:
        saved = self._save(lambda store, sid: store.set_indicators(sid, list_id, ticked, self.reason))
        if saved is None:
            return
        self.indicators[list_id] = ticked
        state = self.state()
        self._set_live(state, saved.value)
        self.update_panel(state)

    # -- moving --------------------------------------------------------------------------

    def commit_page(self) -> None:
        """What the page on screen holds but has not yet given (a country typed and completed):
        given now, so that where the interview goes next follows from it."""
        if isinstance(self.page_widget, PageWidget):
            self.page_widget.commit()

    def go_to(self, page: Page | None) -> None:
        if page is None or self.screening is None:
            return
        self.page = page
        if self.reason is None:  # where to come back to: the page moves on even if this fails
            position = {"kind": page.kind, "ref": page.ref, "section": page.section}
            self._save(lambda store, sid: store.set_position(sid, position))
        self.redraw()

    def go_next(self) -> None:
        self.commit_page()
        if self.page is not None and self.page.kind != "review":
            if self.warn_low_score():
                return
            self.go_to(next_page(self.state(), self.services.catalog.lists, self.page))

    def go_back(self) -> None:
        self.commit_page()
        if self.page is not None:
            self.go_to(previous_page(self.state(), self.services.catalog.lists, self.page))

    def index_entries(self) -> list[tuple[str, str, Page]]:
        """Every page that applies now, under its section's title: (section, text, page)."""
        assert self.screening is not None
        language = self.screening.summary.language
        form = self.form
        entries = []
        for page in pages(self.state(), self.services.catalog.lists):
            if page.kind == "item":
                item = form.items[page.ref]
                section = form.section(item.section).title.get(language)
                words = " ".join(item.question.get(language).split())
                short = words if len(words) <= 90 else words[:89].rsplit(" ", 1)[0] + "..."
                entries.append((section, f"{item_name(form, item.id, language)}: {short}", page))
            elif page.kind == "script":
                script = next(s for s in form.scripts if s.id == page.ref)
                entries.append((self.tr("Read aloud"), script.title.get(language), page))
            elif page.kind == "indicators":
                title = self.services.catalog.indicator_list(page.ref).title.get(language)
                entries.append((self.tr("Indicators"), title, page))
            else:
                entries.append((self.tr("Review and finalise"), self.tr("Review and finalise"), page))
        return entries

    def show_index(self) -> None:
        """Go to a question chosen from the list of those that apply now (Ctrl+G)."""
        if self.screening is None or self.page is None:
            return
        self.commit_page()
        index = QuestionIndex(self.index_entries(), self.page, self)
        if dialogs.run_modal(index):
            chosen = index.chosen()
            if chosen is not None:
                self.go_to(chosen)

    def go_review(self) -> None:
        self.go_to(Page("review", "review"))

    def warn_low_score(self) -> bool:
        """A YES branch scored below 2: ask once before moving on (a warning, not a block)."""
        widget = self.page_widget
        if not isinstance(widget, ItemPage) or self.live is None:
            return False
        warnings = [w for w in self.live.warnings_for(widget.item.id) if w.code == Code.WARN_001]
        if not warnings:
            return False
        text = warnings[0].text
        question = text + "\n\n" + self.tr("Keep this score and go on?")
        return not dialogs.confirm(self, self.tr("Check the score"), question)

    def finalise(self) -> None:
        if self.services.store is None or self.screening is None:
            return
        missing = self.state().missing()
        text = self.tr("Finalise this screening? It can then only be changed with a written reason.")
        if missing:
            language = self.screening.summary.language
            names = "; ".join(item_name(self.form, m, language) for m in missing)
            text = self.tr("Still unanswered: %1.").replace("%1", names) + "\n\n" + text
        if not dialogs.confirm(self, self.tr("Finalise"), text):
            return
        screening_id = self.screening.id
        if self._save(lambda store, sid: store.finalise(sid)) is not None:
            self.services.navigation.show_result(screening_id)

    @staticmethod
    def _yes_no(event: QKeyEvent) -> str | None:
        """The Y and N keys where they are on the keyboard, whatever its layout: with a Russian
        or Kazakh layout the Y key types a Cyrillic letter, so Windows' virtual key is asked."""
        key = event.key()
        if key == Qt.Key.Key_Y:
            return "yes"
        if key == Qt.Key.Key_N:
            return "no"
        if sys.platform == "win32":
            return WINDOWS_YES_NO.get(event.nativeVirtualKey())
        return None

    def finish_amendment(self) -> None:
        """Every change is saved already: confirm, then the amended result."""
        if self.screening is None or self.reason is None:
            return
        text = self.tr("Finish the amendment? The changes are saved with the reason: %1").replace("%1", self.reason)
        if not dialogs.confirm(self, self.tr("Finish the amendment"), text, default_yes=True):
            return
        screening_id = self.screening.id
        self.services.navigation.show_result(screening_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        widget = self.page_widget
        key = event.key()
        if isinstance(widget, ItemPage) and widget.item.type == "evidence" and Qt.Key.Key_0 <= key <= Qt.Key.Key_3:
            widget.set_score(key - Qt.Key.Key_0)
            return
        if (
            isinstance(widget, ItemPage)
            and widget.item.type in ("choice", "integer")
            and Qt.Key.Key_0 <= key <= Qt.Key.Key_9
            and widget.choose(key - Qt.Key.Key_0)
        ):
            return
        if isinstance(widget, IndicatorsPage) and Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
            boxes = list(widget.boxes.values())
            index = key - Qt.Key.Key_1
            if index < len(boxes):
                boxes[index].toggle()
            return
        answer = self._yes_no(event)
        if isinstance(widget, ItemPage) and answer is not None and widget.answer_waiting(answer):
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown):
            self.go_next()
            return
        if key == Qt.Key.Key_PageUp:
            self.go_back()
            return
        super().keyPressEvent(event)
