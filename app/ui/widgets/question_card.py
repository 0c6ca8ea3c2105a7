"""One question as a card: label, answer editor, "Why we ask this" and the workshop note."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from app.ui.evidence_actions import FileDropFilter
from app.ui.style import set_role, set_tone
from app.ui.widgets.answer_editors import make_editor
from app.ui.widgets.disclosure import Disclosure
from app.ui.widgets.evidence_box import EvidenceBox
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.note_editor import NoteEditor

if TYPE_CHECKING:
    from app.core.forms import Question
    from app.ui.context import WizardContext


class QuestionCard(QFrame):
    """One question. Its badge says "Needed for the verdict" when the verdict lists it as unanswered,
    "Answered — to verify" when it is answered but the verdict still waits for a check of the answer
    (its tooltip says what the check must settle), else "Required" while a required question is unanswered.

    Attributes:
        editor: the answer editor.
        evidence: the evidence files attached to this answer (files dropped on the card go there).
        required_tag, needed_tag, verify_tag, disputed_tag: the badges in the header.
    """

    def __init__(self, question: Question, context: WizardContext) -> None:
        super().__init__()
        self.question = question
        self._context = context
        self._needed = False
        self._to_verify: tuple[str, ...] | None = None  # what the check must settle, while there is one
        self.setObjectName(f"question_{question.id}")
        set_role(self, "card")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(18, 14, 18, 12)
        self._layout.setSpacing(8)
        self._layout.addLayout(self._header())
        self.editor = make_editor(question, context.locale)
        self.editor.edited.connect(self._on_edited)
        self._layout.addWidget(self.editor)
        self._layout.addLayout(self._footer())
        self.note_editor: NoteEditor | None = None
        self.load()

    def _header(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.label = set_role(QLabel(self._context.text(self.question.label)), "question")
        self.label.setWordWrap(True)
        row.addWidget(self.label, 1)
        self.disputed_tag = set_role(Badge(self.tr("DISPUTED")), "tag")
        set_tone(self.disputed_tag, "danger")
        row.addWidget(self.disputed_tag, 0, Qt.AlignmentFlag.AlignTop)
        self.required_tag = set_role(Badge(self.tr("Required")), "required")
        row.addWidget(self.required_tag, 0, Qt.AlignmentFlag.AlignTop)
        self.needed_tag = set_role(Badge(self.tr("Needed for the verdict")), "needed")
        self.needed_tag.setToolTip(self.tr("The verdict cannot be decided until this is answered"))
        self.needed_tag.hide()
        row.addWidget(self.needed_tag, 0, Qt.AlignmentFlag.AlignTop)
        self.verify_tag = set_role(Badge(self.tr("Answered — to verify")), "to_verify")
        self.verify_tag.setObjectName(f"verify_tag_{self.question.id}")
        self.verify_tag.hide()
        row.addWidget(self.verify_tag, 0, Qt.AlignmentFlag.AlignTop)

        return row

    def _footer(self) -> QVBoxLayout:
        details = QVBoxLayout()
        row = FlowLayout(spacing=20)
        self.help_toggle = Disclosure(self.tr("Why we ask this"), self._build_help, details)
        self.note_toggle = Disclosure(self.tr("Note or dispute"), self._build_note, details)
        self.evidence = EvidenceBox(self._context, "question", self.question.id, self.label.text())
        FileDropFilter(self, self.evidence.attach_paths)  # drop files anywhere on the card
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear answer"))
        set_role(self.clear_button, "disclosure")
        self.clear_button.clicked.connect(self._on_clear_clicked)
        qid = self.question.id
        for widget, name in (
            (self.help_toggle, "help_toggle"),
            (self.note_toggle, "note_toggle"),
            (self.clear_button, "clear"),
        ):
            widget.setObjectName(f"{name}_{qid}")
            widget.setAccessibleName(f"{widget.text()}: {self.label.text()}")
            row.addWidget(widget)
        row.addWidget(self.evidence.attach_button)
        self._layout.addLayout(row)
        details.addWidget(self.evidence)
        return details

    def _help_text(self) -> str:
        text = f"<p>{html.escape(self._context.text(self.question.help))}</p>"
        if self.question.legal:
            links = self._context.citation_links(self.question.legal)
            caption = self.tr("Legal references")
            text += f"<p><b>{caption}:</b> {links}</p>"
        return text

    def _build_help(self) -> QWidget:
        label = set_role(QLabel(self._help_text()), "help")
        if not self._context.citations_ready():  # name the sources once their titles are loaded
            self._context.scorer.citations_ready.connect(lambda: label.setText(self._help_text()))
        label.setObjectName(f"help_{self.question.id}")
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self._context.on_link)
        label.setAccessibleName(self.tr("Why we ask this: %s") % self.label.text())
        return label

    def _build_note(self) -> QWidget:
        self.note_editor = NoteEditor(self._context.document, self.question.id, self.label.text())
        return self.note_editor

    # -- model to view -------------------------------------------------------------------------
    def load(self) -> None:
        """Show what the model holds: answer, note, markers."""
        self.editor.set_value(self._context.document.answer(self.question.id))
        if self.note_editor is not None:
            self.note_editor.load()
        self.refresh_markers()

    def set_needed(self, needed: bool, to_verify: list[str] | None = None) -> None:
        """Whether the latest verdict lists this question among the answers it needs; `to_verify` is what
        the verdict still waits for when the question is answered but the answer must be checked."""
        checks = tuple(to_verify) if to_verify is not None else None
        if needed != self._needed or checks != self._to_verify:
            self._needed, self._to_verify = needed, checks
            self.refresh_markers()

    def refresh_markers(self) -> None:
        answered = self._context.document.answer(self.question.id) is not None
        self.needed_tag.setVisible(self._needed and not answered)
        verify = self._to_verify is not None and answered
        self.verify_tag.setVisible(verify)
        if verify and self._to_verify is not None:
            tip = self.tr("Answered, but the verdict still waits for a check: %s")
            self.verify_tag.setToolTip(tip % "; ".join(self._to_verify))
        self.required_tag.setVisible(self.question.required and not answered and not self._needed)
        self.clear_button.setVisible(answered and self.question.type in ("single", "date"))
        note = self._context.document.note(self.question.id)
        self.disputed_tag.setVisible(note.disputed)
        if self.property("disputed") != note.disputed:
            self.setProperty("disputed", note.disputed)
            self.style().unpolish(self)
            self.style().polish(self)
        if (note.text or note.disputed) and not self.note_toggle.isChecked():
            self.note_toggle.setChecked(True)

    # -- view to model -------------------------------------------------------------------------
    def _on_edited(self, value: object) -> None:
        self._context.document.set_answer(self.question.id, value)  # type: ignore[arg-type]

    def _on_clear_clicked(self) -> None:
        self._context.document.set_answer(self.question.id, None)
        self.editor.set_value(None)
        self.editor.focus_first()


class Badge(QLabel):
    """A short label on one line where there is room, wrapped only where there is not (large zoom)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.setWordWrap(True)

    def sizeHint(self) -> QSize:
        margins = self.contentsMargins()  # the style sheet's padding and border come on top: 2 em slack
        slack = 2 * self.fontMetrics().horizontalAdvance("m")
        width = self.fontMetrics().horizontalAdvance(self.text()) + margins.left() + margins.right() + slack
        return QSize(width, self.heightForWidth(width))
