"""The wizard itself: the section list beside the current page, Back/Next, and building the pages.

Pages are built the first time they are needed, and the others a few cards per event-loop turn after
start-up, so neither start-up nor a page change waits for the whole questionnaire.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.pages.question_page import QuestionPage
from app.ui.pages.section_page import SectionPage
from app.ui.section_list import SectionList
from app.ui.style import set_role
from app.ui.widgets.ai_act_result import AiActResult
from app.ui.widgets.metadata_editor import MetadataEditor
from app.ui.widgets.screening_result import ScreeningResult

if TYPE_CHECKING:
    from app.core.forms import Section
    from app.core.verdict import Verdict
    from app.ui.context import WizardContext

CARDS_PER_TURN = 1  # one card per event-loop turn while the other pages build in the background
# The pages that are not questions, imported when first built (not before the first page is usable).
SPECIAL_PAGES = {
    "risks": ("app.ui.pages.risks", "RisksPage"),
    "measures": ("app.ui.pages.measures", "MeasuresPage"),
    "signoff": ("app.ui.pages.sign_off", "SignOffPage"),
}
AI_ACT_KIND = "ai_act"  # a section of this kind also shows the AI Act screening result


class Wizard(QSplitter):
    """The section list, the current page and Back/Next.

    Signals:
        export_requested(): "Export report…" (Next on the last page) was pressed.
    """

    export_requested = Signal()

    def __init__(self, context: WizardContext, *, first_page: bool = True) -> None:
        """Without `first_page`, no page is built yet: the caller shows it with go_to_page(0) on a later
        turn of the event loop (start-up: no turn builds the shell and a page at once)."""
        super().__init__()
        self.setObjectName("wizard")
        self.context = context
        self.sections = context.bank.sections
        self.pages: list[SectionPage | None] = [None] * len(self.sections)
        self.section_list = SectionList(context)
        self.stack = QStackedWidget()
        self.stack.setObjectName("page_stack")
        self._idle_timer = QTimer(self, singleShot=True, interval=0)
        self._idle_timer.timeout.connect(self.build_remaining_pages)
        self.setChildrenCollapsible(False)
        self.addWidget(self.section_list)
        self.addWidget(self._page_area())
        self.setStretchFactor(1, 1)
        self.setSizes([270, 800])
        self._connect()
        if first_page:
            self.go_to_page(0)

    def _page_area(self) -> QWidget:
        area = QWidget()
        column = QVBoxLayout(area)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.stack, 1)
        column.addWidget(self._nav_bar())
        return area

    def _nav_bar(self) -> QWidget:
        bar = QWidget()
        bar.setObjectName("nav_bar")
        row = QHBoxLayout(bar)
        row.setContentsMargins(32, 10, 32, 12)
        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("back_button")
        self.back_button.setToolTip(self.tr("Previous section (Ctrl+PgUp)"))
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("next_button")
        self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown)"))
        self.page_label = set_role(QLabel(), "hint")
        row.addWidget(self.back_button)
        row.addStretch(1)
        row.addWidget(self.page_label)
        row.addStretch(1)
        row.addWidget(self.next_button)
        return bar

    def _connect(self) -> None:
        document = self.context.document
        self.back_button.clicked.connect(self.previous_page)
        self.next_button.clicked.connect(self._on_next_clicked)
        self.section_list.section_chosen.connect(self.go_to_page)
        document.answer_changed.connect(self._on_answer_changed)
        document.note_changed.connect(self._on_note_changed)
        document.reset.connect(self._on_reset)
        self.context.scorer.verdict_ready.connect(self._on_verdict_ready)
        self.context.question_requested.connect(self.go_to_question)

    # -- model to pages ------------------------------------------------------------------------
    def built_pages(self) -> list[SectionPage]:
        return [page for page in self.pages if page is not None]

    def _on_answer_changed(self, question_id: str) -> None:
        for page in self.built_pages():
            page.on_answer_changed(question_id)
        self.section_list.refresh()

    def _on_note_changed(self, question_id: str) -> None:
        for page in self.built_pages():
            if isinstance(page, QuestionPage):
                page.on_note_changed(question_id)

    def _on_reset(self) -> None:
        for page in self.built_pages():
            page.load()
        self.section_list.refresh()

    def _on_verdict_ready(self, verdict: Verdict) -> None:
        for page in self.built_pages():
            page.on_verdict(verdict)

    # -- building pages ------------------------------------------------------------------------
    def page(self, index: int) -> SectionPage:
        """The page of a section, complete; built the first time it is needed."""
        page = self._page_started(index)
        if isinstance(page, QuestionPage):
            page.build_cards()
        return page

    def _page_started(self, index: int, *, build_now: bool = True) -> SectionPage:
        page = self.pages[index]
        if page is None:
            page = self._make_page(self.sections[index], build_now)
            self.pages[index] = page
        if self.stack.indexOf(page) < 0:
            self.stack.addWidget(page)
        return page

    def build_page_aside(self, index: int) -> None:
        """Build a page without putting it in the window: styling it and its first paint come with
        go_to_page, on a later turn of the event loop (start-up keeps each turn short)."""
        if self.pages[index] is None:
            page = self._make_page(self.sections[index], build_now=True)
            self.pages[index] = page
            if isinstance(page, QuestionPage):
                page.build_cards()

    def _make_page(self, section: Section, build_now: bool) -> SectionPage:
        if section.kind in SPECIAL_PAGES:
            module, name = SPECIAL_PAGES[section.kind]
            page_class = getattr(importlib.import_module(module), name)
            return page_class(section, self.context)
        extras: tuple[QWidget, ...] = ()
        if section.kind == "screening":
            extras = (ScreeningResult(),)
        elif section.kind == AI_ACT_KIND:
            extras = (AiActResult(self.context),)
        elif section is self.sections[0]:
            extras = (MetadataEditor(self.context.document),)
        page = QuestionPage(section, self.context, extras, build_now=build_now)
        if self.context.scorer.verdict is not None:
            page.on_verdict(self.context.scorer.verdict)
        return page

    def start_building_pages(self) -> None:
        self._idle_timer.start()

    def build_remaining_pages(self) -> None:
        """One step: start a page, add a few cards to one, or lay one out; then yield. Not for a closed
        window (its pages are built when they are needed)."""
        if not self.isVisible():
            return
        for index, page in enumerate(self.pages):
            if page is None:
                self._page_started(index, build_now=False)
            elif isinstance(page, QuestionPage) and not page.is_complete:
                page.build_cards(limit=CARDS_PER_TURN)
            elif not page.warmed:
                page.warm_up(self.stack.size())
            else:
                continue
            self._idle_timer.start()
            return

    # -- navigation ----------------------------------------------------------------------------
    def current_index(self) -> int:
        widget = self.stack.currentWidget()
        return self.pages.index(widget) if widget in self.pages else 0

    def go_to_page(self, index: int) -> None:
        index = max(0, min(index, len(self.pages) - 1))
        self.stack.setCurrentWidget(self.page(index))
        self.section_list.set_current(index)
        self.back_button.setEnabled(index > 0)
        self._set_next_button(last=index == len(self.pages) - 1)
        self.page_label.setText(
            self.tr("Section %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.pages)))
        )

    def _set_next_button(self, *, last: bool) -> None:
        """On the last page "Next" becomes "Export report…": the natural end of the wizard."""
        if last:
            self.next_button.setText(self.tr("E&xport report…"))
            self.next_button.setToolTip(self.tr("Write the assessment as a PDF report (Ctrl+E)"))
        else:
            self.next_button.setText(self.tr("&Next >"))
            self.next_button.setToolTip(self.tr("Next section (Ctrl+PgDown)"))

    def _on_next_clicked(self) -> None:
        if self.current_index() == len(self.pages) - 1:
            self.export_requested.emit()
        else:
            self.next_page()

    def next_page(self) -> None:
        self.go_to_page(self.current_index() + 1)

    def previous_page(self) -> None:
        self.go_to_page(self.current_index() - 1)

    def go_to_question(self, question_id: str) -> None:
        section = self.context.bank.section_of(question_id)
        if section is None:
            return
        index = self.sections.index(section)
        self.go_to_page(index)
        page = self.page(index)
        card = page.cards.get(question_id) if isinstance(page, QuestionPage) else None
        if card is not None and not card.isHidden():
            page.ensureWidgetVisible(card)
            card.editor.focus_first()

    def focus_section_list(self) -> None:
        self.section_list.list.setFocus()
