"""The list of sections beside the pages: where you are, what is done, what still needs an answer."""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QProgressBar, QVBoxLayout, QWidget

from app.ui.style import set_role
from app.ui.widgets.review_panel import review_badge, review_icon

if TYPE_CHECKING:
    from app.ui.context import WizardContext


class SectionList(QWidget):
    section_chosen = Signal(int)

    def __init__(self, context: WizardContext) -> None:
        super().__init__()
        self._context = context
        self._section_of = {q.id: s.id for s in context.bank.sections for q in s.questions}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 16, 6, 12)
        layout.setSpacing(8)
        caption = set_role(QLabel(self.tr("Sections")), "subtitle")
        layout.addWidget(caption)
        self.progress_text = set_role(QLabel(), "hint")
        self.progress_text.setObjectName("progress_text")
        self.progress_text.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setObjectName("progress")
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(self.tr("Required questions answered"))
        layout.addWidget(self.progress_text)
        layout.addWidget(self.progress)
        self.list = QListWidget()
        self.list.setObjectName("section_list")
        self.list.setAccessibleName(self.tr("Sections"))
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        caption.setBuddy(self.list)
        layout.addWidget(self.list, 1)
        for number, section in enumerate(context.bank.sections, start=1):
            self.list.addItem(QListWidgetItem(f"{number}. {context.text(section.title)}"))
        self.list.currentRowChanged.connect(self._on_current_row_changed)
        context.document.reviews_changed.connect(self.refresh)
        self.refresh()

    def set_current(self, index: int) -> None:
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)

    def refresh(self) -> None:
        """Recount the unanswered required questions of each section, and the overall progress."""
        answers = self._context.document.assessment.answers
        bank = self._context.bank
        open_by_section = Counter(self._section_of[q.id] for q in bank.missing_required(answers))
        required = [q for q in bank.questions() if q.required and bank.is_visible(q, answers)]
        missing = sum(open_by_section.values())
        self.progress.setRange(0, max(len(required), 1))
        self.progress.setValue(len(required) - missing)
        text = (
            self.tr("%1 of %2 required answers given")
            .replace("%1", str(len(required) - missing))
            .replace("%2", str(len(required)))
        )
        self.progress_text.setText(text)
        self.progress.setAccessibleDescription(text)
        for row, section in enumerate(bank.sections):
            self._label_item(row, section.id, open_by_section.get(section.id, 0))

    def _label_item(self, row: int, section_id: str, open_count: int) -> None:
        section = self._context.bank.sections[row]
        title = f"{row + 1}. {self._context.text(section.title)}"
        if open_count:
            text = "● " + title + " " + self.tr("(%n open)", "", open_count)
        elif any(q.required for q in section.questions):
            text = "✓ " + title
        else:
            text = "    " + title
        review = self._context.document.review("section", section_id)
        if review is not None:  # a symbol and a word, never colour alone
            text += "\n    " + self.tr("Review: %1").replace("%1", review_badge(review))
        item = self.list.item(row)
        if item.text() != text:
            item.setText(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, open_count)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, text)
            item.setIcon(review_icon(self.style(), review.status if review else None))

    def _on_current_row_changed(self, row: int) -> None:
        if row >= 0:
            self.section_chosen.emit(row)
