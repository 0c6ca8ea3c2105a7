"""One editor per question type. An editor shows a value and reports the user's edits; it stores nothing.

Every editor emits `edited(value)` with the new answer (None when the question becomes unanswered) and
accepts `set_value(value)` without echoing it back.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, QSize, Qt, Signal
from PySide6.QtGui import QDoubleValidator, QValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.core.forms import Question
from app.core.safeio import MAX_JSON_NUMBER
from app.ui.widgets.option_row import OptionCheck, OptionRadio, add_option, option_grid
from app.ui.widgets.optional_date_edit import OptionalDateEdit
from app.ui.widgets.wheel_guard import guard_wheel

COMBO_THRESHOLD = 12  # more options than this: a drop-down list instead of radio buttons


class AnswerEditor(QWidget):
    edited = Signal(object)

    def __init__(self, question: Question, locale: str) -> None:
        super().__init__()
        self.question = question
        self.text_locale = locale
        self.setObjectName(f"answer_{question.id}")
        self.setAccessibleName(question.label.get(locale))
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_first(self) -> None:
        for widget in self.findChildren(QWidget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def _name(self, widget: QWidget) -> QWidget:
        widget.setAccessibleName(self.question.label.get(self.text_locale))
        widget.setAccessibleDescription(self.question.help.get(self.text_locale))
        return widget


class RadioChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        self._group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        grid = option_grid()
        for option in question.options:
            button = OptionRadio()
            button.setObjectName(f"option_{question.id}_{option.value}")
            self._group.addButton(button)
            self.buttons[option.value] = button
            hint = option.help.get(locale) if option.help else ""
            add_option(grid, button, option.label.get(locale), hint)
            button.toggled.connect(self._on_toggled)
        self._layout.addLayout(grid)

    def set_value(self, value: Any) -> None:
        self._group.setExclusive(False)
        for option_value, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(option_value == value)
            button.blockSignals(False)
        self._group.setExclusive(True)

    def _on_toggled(self, checked: bool) -> None:
        if checked:
            value = next(v for v, b in self.buttons.items() if b.isChecked())
            self.edited.emit(value)


class ComboChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        self.combo = guard_wheel(QComboBox())
        self.combo.setObjectName(f"combo_{question.id}")
        self.combo.setPlaceholderText(self.tr("Choose…"))
        # As narrow as the page needs (a long option is elided here; the open list shows it whole).
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(16)
        for option in question.options:
            self.combo.addItem(option.label.get(locale), option.value)
        self._layout.addWidget(self._name(self.combo))
        self.combo.currentIndexChanged.connect(self._on_current_index_changed)

    def set_value(self, value: Any) -> None:
        self.combo.blockSignals(True)
        self.combo.setCurrentIndex(self.combo.findData(value) if value else -1)
        self.combo.blockSignals(False)

    def _on_current_index_changed(self, index: int) -> None:
        self.edited.emit(self.combo.itemData(index) if index >= 0 else None)


class MultiChoiceEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        self.buttons: dict[str, QCheckBox] = {}
        grid = option_grid()
        for option in question.options:
            box = OptionCheck()
            box.setObjectName(f"option_{question.id}_{option.value}")
            self.buttons[option.value] = box
            hint = option.help.get(locale) if option.help else ""
            add_option(grid, box, option.label.get(locale), hint)
            box.toggled.connect(self._on_toggled)
        self._layout.addLayout(grid)

    def set_value(self, value: Any) -> None:
        chosen = value if isinstance(value, list) else []
        for option_value, box in self.buttons.items():
            box.blockSignals(True)
            box.setChecked(option_value in chosen)
            box.blockSignals(False)

    def _on_toggled(self, _checked: bool) -> None:
        self.edited.emit([v for v, b in self.buttons.items() if b.isChecked()])


class TextAnswerEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        if question.multiline:
            self.field: QLineEdit | QPlainTextEdit = plain_text_edit(lines=5)
            self.field.textChanged.connect(self._on_text_changed)
        else:
            self.field = QLineEdit()
            self.field.textEdited.connect(self._on_text_changed)
        self.field.setObjectName(f"text_{question.id}")
        self._layout.addWidget(self._name(self.field))

    def set_value(self, value: Any) -> None:
        text = value if isinstance(value, str) else ""
        if self._text() == text:
            return
        self.field.blockSignals(True)
        if isinstance(self.field, QPlainTextEdit):
            self.field.setPlainText(text)
        else:
            self.field.setText(text)
        self.field.blockSignals(False)

    def _text(self) -> str:
        field = self.field
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def _on_text_changed(self, *_args: object) -> None:
        self.edited.emit(self._text())


class NumberEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        self.field = QLineEdit()
        self.field.setObjectName(f"number_{question.id}")
        validator = QDoubleValidator(self.field)
        validator.setLocale(QLocale.c())
        # Within the JSON number range the loader enforces (README "Limits"), so a saved answer reopens.
        validator.setBottom(-MAX_JSON_NUMBER if question.minimum is None else question.minimum)
        validator.setTop(MAX_JSON_NUMBER if question.maximum is None else question.maximum)
        self.field.setValidator(validator)
        self.field.setMaximumWidth(240)
        self.field.textEdited.connect(self._on_text_edited)
        self._layout.addWidget(self._name(self.field))

    def set_value(self, value: Any) -> None:
        is_number = isinstance(value, int | float) and not isinstance(value, bool)
        self.field.setText(f"{value:g}" if is_number else "")

    def _on_text_edited(self, text: str) -> None:
        validator = self.field.validator()
        if not text.strip():
            self.edited.emit(None)
        elif validator is not None and _acceptable(validator, text):
            number = float(text)
            self.edited.emit(int(number) if number.is_integer() else number)


class DateEditor(AnswerEditor):
    def __init__(self, question: Question, locale: str) -> None:
        super().__init__(question, locale)
        self.field = OptionalDateEdit()
        self.field.setObjectName(f"date_{question.id}")
        self.field.setMaximumWidth(240)
        self.field.value_changed.connect(self._on_value_changed)
        self._layout.addWidget(self._name(self.field))

    def set_value(self, value: Any) -> None:
        try:
            date = dt.date.fromisoformat(value) if isinstance(value, str) and value else None
        except ValueError:
            date = None
        self.field.set_value(date)

    def _on_value_changed(self, value: dt.date | None) -> None:
        self.edited.emit(value.isoformat() if value else None)


class PlainTextEdit(QPlainTextEdit):
    """A multi-line field where Tab moves on (keyboard operation), as tall as `lines` lines."""

    def __init__(self, lines: int = 4) -> None:
        super().__init__()
        self.lines = lines
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def sizeHint(self) -> QSize:
        height = self.fontMetrics().lineSpacing() * self.lines + 2 * self.frameWidth() + 12
        return QSize(super().sizeHint().width(), height)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self.sizeHint().height())


def plain_text_edit(lines: int = 4) -> PlainTextEdit:
    return PlainTextEdit(lines)


def make_editor(question: Question, locale: str) -> AnswerEditor:
    if question.type == "single":
        many = len(question.options) > COMBO_THRESHOLD
        return (ComboChoiceEditor if many else RadioChoiceEditor)(question, locale)
    editors: dict[str, type[AnswerEditor]] = {
        "multi": MultiChoiceEditor,
        "text": TextAnswerEditor,
        "number": NumberEditor,
        "date": DateEditor,
    }
    return editors[question.type](question, locale)


def _acceptable(validator: QValidator, text: str) -> bool:
    state = validator.validate(text, 0)
    return (state[0] if isinstance(state, tuple) else state) == QValidator.State.Acceptable
