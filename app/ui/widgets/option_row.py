"""Options of a choice question: a radio button or check box beside a label that wraps.

Qt buttons do not wrap their text, so the text lives in a label the button is named after. Options
sit directly in the editor's grid (no wrapper widget per option), which keeps big pages quick to build.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QGridLayout, QLabel, QRadioButton

from app.ui.style import set_role, set_tone


class OptionLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class _FocusMarksLabel:
    """While the button has the keyboard focus its label is highlighted (visible on a projector)."""

    label: OptionLabel | None = None

    def _mark(self, focused: bool) -> None:
        if self.label is not None:
            set_tone(self.label, "focus" if focused else None)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)  # type: ignore[misc]
        self._mark(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)  # type: ignore[misc]
        self._mark(False)


ARROW_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_Left: -1}


class OptionRadio(_FocusMarksLabel, QRadioButton):
    """A radio option; the arrow keys move to the next or previous option of its group and select it,
    also when none is selected yet (Qt only moves the focus then)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = ARROW_STEPS.get(Qt.Key(event.key()))
        group = self.group()
        if step is None or group is None or event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
            return
        buttons = [b for b in group.buttons() if b.isEnabled() and not b.isHidden()]
        index = buttons.index(self) + step if self in buttons else -1
        if 0 <= index < len(buttons):
            target = buttons[index]
            target.setFocus(Qt.FocusReason.TabFocusReason if step > 0 else Qt.FocusReason.BacktabFocusReason)
            if not target.isChecked():
                target.click()
        event.accept()


class OptionCheck(_FocusMarksLabel, QCheckBox):
    pass


def add_option(grid: QGridLayout, button: OptionRadio | OptionCheck, text: str, hint: str = "") -> None:
    """Add one option (button, label and optional hint) as the next rows of `grid`."""
    row = grid.rowCount()
    button.setAccessibleName(text)
    label = OptionLabel(text)
    set_role(label, "option")
    label.setWordWrap(True)
    label.clicked.connect(lambda: _click(button))
    button.label = label
    grid.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
    grid.addWidget(label, row, 1)
    if hint:
        button.setAccessibleDescription(hint)
        hint_label = set_role(QLabel(hint), "hint")
        hint_label.setWordWrap(True)
        grid.addWidget(hint_label, row + 1, 1)


def _click(button: QAbstractButton) -> None:
    button.setFocus(Qt.FocusReason.MouseFocusReason)
    button.click()


def option_grid() -> QGridLayout:
    grid = QGridLayout()
    grid.setContentsMargins(0, 0, 0, 0)
    grid.setHorizontalSpacing(8)
    grid.setVerticalSpacing(3)
    grid.setColumnStretch(1, 1)
    return grid
