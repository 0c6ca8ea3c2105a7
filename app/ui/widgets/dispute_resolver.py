"""One disputed question of a merge, side by side: the base value and each participant's, to take one of
them or to keep the question disputed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QButtonGroup, QFrame, QGridLayout, QLabel, QRadioButton, QVBoxLayout, QWidget

from app.core.merge import MISSING
from app.ui.style import set_role

if TYPE_CHECKING:
    from app.core.forms import QuestionBank
    from app.core.merge import Conflict


def value_words(bank: QuestionBank, question_id: str, value: Any, locale: str) -> str | None:
    """An answer as the questionnaire shows it (option labels), or None when unanswered."""
    if value is MISSING or value is None or value == [] or value == "":
        return None
    question = bank.question(question_id)
    items = value if isinstance(value, list) else [value]
    words = []
    for item in items:
        option = question.option(item) if question is not None and isinstance(item, str) else None
        words.append(option.label.get(locale) if option is not None else str(item))
    return "; ".join(words)


class DisputeResolver(QFrame):
    """A card: the question, then one column for the base and one per participant who changed it.

    Attributes:
        conflict: the disputed question (app.core.merge.Conflict, area "answers").
        take_buttons: {participant: the "Take this value" radio button under their value}.
        keep_button: "Keep disputed", chosen at first.
    Signals:
        choice_changed(str): whose value is taken, "" to keep the question disputed.
    """

    choice_changed = Signal(str)

    def __init__(self, conflict: Conflict, bank: QuestionBank, locale: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.conflict = conflict
        self._bank = bank
        self._locale = locale
        set_role(self, "card")
        self.setObjectName(f"dispute_{conflict.key}")
        question = bank.question(conflict.key)
        self.question_label = question.label.get(locale) if question is not None else conflict.key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        title = set_role(QLabel(self.question_label), "question")
        title.setWordWrap(True)
        layout.addWidget(title)
        self.group = QButtonGroup(self)
        self.take_buttons: dict[str, QRadioButton] = {}
        layout.addLayout(self._columns())
        self.keep_button = self._radio(self.tr("Keep disputed (decide later)"), "keep")
        self.keep_button.setAccessibleName(self.tr("Keep disputed: %1").replace("%1", self.question_label))
        self.keep_button.setChecked(True)
        layout.addWidget(self.keep_button)
        self.group.buttonToggled.connect(self._on_toggled)
        self._tab_to_checked()

    def _columns(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self._column(grid, 0, self.tr("Base"), self.conflict.base)
        for number, (who, value) in enumerate(self.conflict.values.items(), start=1):
            shown = self._column(grid, number, who, value)
            button = self._radio(self.tr("Take this value"), f"take_{number}")
            button.setAccessibleName(
                self.tr("Take the value of %1: %2").replace("%1", who).replace("%2", shown)
            )
            self.take_buttons[who] = button
            grid.addWidget(button, 2, number, Qt.AlignmentFlag.AlignTop)
        for column in range(len(self.conflict.values) + 1):
            grid.setColumnStretch(column, 1)
        return grid

    def _column(self, grid: QGridLayout, column: int, caption: str, value: Any) -> str:
        """The caption (who) above the value; the value's words are returned."""
        shown = value_words(self._bank, self.conflict.key, value, self._locale) or self.tr("(unanswered)")
        who = QLabel(caption)
        who.setWordWrap(True)
        who.setObjectName(f"dispute_who_{self.conflict.key}_{column}")
        who.setStyleSheet("font-weight: 600;")
        text = QLabel(shown)
        text.setObjectName(f"dispute_value_{self.conflict.key}_{column}")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        grid.addWidget(who, 0, column, Qt.AlignmentFlag.AlignTop)
        grid.addWidget(text, 1, column, Qt.AlignmentFlag.AlignTop)
        return shown

    def _radio(self, text: str, name: str) -> QRadioButton:
        button = QRadioButton(text)
        button.setObjectName(f"dispute_{name}_{self.conflict.key}")
        self.group.addButton(button)
        return button

    def choice(self) -> str:
        """Whose value is taken, or "" to keep the question disputed."""
        return next((who for who, button in self.take_buttons.items() if button.isChecked()), "")

    def _tab_to_checked(self) -> None:
        """Tab stops once per question, on its chosen button; the arrow keys move between the choices."""
        for button in self.group.buttons():
            focus = Qt.FocusPolicy.StrongFocus if button.isChecked() else Qt.FocusPolicy.ClickFocus
            button.setFocusPolicy(focus)

    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self._tab_to_checked()
            self.choice_changed.emit(self.choice())
