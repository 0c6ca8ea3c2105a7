"""A date that can be typed, picked from a calendar, or left empty ("Not set").

A QDateEdit cannot be empty and does not take a date typed as a whole, so this is a line edit that
reads `2027-02-01` or the locale's own short format (`01-02-2027` in Dutch), with a calendar button
beside it (also Alt+Down). Up and Down step a day; on an empty field they start at today.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.style import set_role
from app.ui.widgets.wheel_guard import guard_wheel

ISO_FORMAT = "yyyy-MM-dd"
BASE_YEAR = 2000  # two-digit years (M/d/yy) mean 2000-2099


def parse_date(text: str, locale: QLocale) -> dt.date | None:
    """The date in `text` (ISO or the locale's short or long format); None when it is not a date."""
    text = text.strip()
    for form in (ISO_FORMAT, locale.dateFormat(QLocale.FormatType.ShortFormat)):
        date = locale.toDate(text, form, BASE_YEAR)
        if date.isValid():
            return dt.date(date.year(), date.month(), date.day())
    date = locale.toDate(text, QLocale.FormatType.LongFormat)
    return dt.date(date.year(), date.month(), date.day()) if date.isValid() else None


class OptionalDateEdit(QWidget):
    """A typed or picked date, or none.

    Attributes:
        line: the text field (the focus proxy).
        calendar_button: opens the calendar.
        calendar: the calendar pop-up, built when first opened (None before).
        error: says what to type when the text is not a date.

    Signals:
        value_changed(object): the user changed the date (a datetime.date, or None when emptied).
    """

    value_changed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._value: dt.date | None = None
        self.calendar: QCalendarWidget | None = None
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        self.line = QLineEdit()
        self.line.setPlaceholderText(self.tr("Not set"))
        self.line.textEdited.connect(self._on_text_edited)
        self.line.editingFinished.connect(self._on_editing_finished)
        self.line.installEventFilter(self)
        guard_wheel(self.line)  # the wheel scrolls the page, never a date field it passes over
        self.calendar_button = QToolButton()
        self.calendar_button.setArrowType(Qt.ArrowType.DownArrow)
        self.calendar_button.setAccessibleName(self.tr("Choose from a calendar"))
        self.calendar_button.setToolTip(self.tr("Choose from a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the field
        self.calendar_button.clicked.connect(self.show_calendar)
        row.addWidget(self.line, 1)
        row.addWidget(self.calendar_button)
        column.addLayout(row)
        self.error = set_role(QLabel(), "error")
        self.error.setWordWrap(True)
        self.error.hide()
        column.addWidget(self.error)
        self.setFocusProxy(self.line)
        self._update_hint()

    # -- value ---------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._value

    def set_value(self, value: dt.date | None) -> None:
        """Show a value from the model (no signal)."""
        self._value = value
        self._show(value)

    def clear_value(self) -> None:
        self._commit(None)

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def setAccessibleDescription(self, description: str) -> None:
        super().setAccessibleDescription(description)
        self.line.setAccessibleDescription(description)

    def _show(self, value: dt.date | None) -> None:
        text = value.isoformat() if value else ""
        if self.line.text() != text:
            self.line.setText(text)
        self._set_error("")

    def _commit(self, value: dt.date | None) -> None:
        self._show(value)
        if value != self._value:
            self._value = value
            self.value_changed.emit(value)

    # -- typing ----------------------------------------------------------------------------------
    def _on_text_edited(self, text: str) -> None:
        """A complete date counts at once; an emptied field when editing ends (it may be retyped)."""
        value = parse_date(text, self.locale()) if text.strip() else None
        if value is not None:
            self._set_error("")
            if value != self._value:
                self._value = value
                self.value_changed.emit(value)

    def _on_editing_finished(self) -> None:
        text = self.line.text()
        value = parse_date(text, self.locale()) if text.strip() else None
        if text.strip() and value is None:
            self._set_error(self._format_hint())
        else:
            self._commit(value)

    def _set_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))
        self.line.setProperty("invalid", bool(message))
        self.line.style().unpolish(self.line)
        self.line.style().polish(self.line)

    def _format_hint(self) -> str:
        local = self.locale().toString(QDate(2027, 2, 1), QLocale.FormatType.ShortFormat)
        return self.tr("Not a date: type it as 2027-02-01 or %1, or choose it from the calendar.").replace(
            "%1", local
        )

    def _update_hint(self) -> None:
        local = self.locale().toString(QDate(2027, 2, 1), QLocale.FormatType.ShortFormat)
        self.line.setToolTip(
            self.tr("Type a date such as 2027-02-01 or %1; Up and Down change it by a day").replace(
                "%1", local
            )
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LocaleChange:
            self._update_hint()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            return self._on_key(event)
        return False

    def _on_key(self, event: QKeyEvent) -> bool:
        key, alt = event.key(), bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if key == Qt.Key.Key_Down and alt:
            self.show_calendar()
            return True
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            step = 1 if key == Qt.Key.Key_Up else -1
            self._commit(self._value + dt.timedelta(days=step) if self._value else dt.date.today())
            return True
        return False

    # -- the calendar ----------------------------------------------------------------------------
    def show_calendar(self) -> None:
        calendar = self._calendar()
        shown = self._value or dt.date.today()
        calendar.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        calendar.adjustSize()
        calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        calendar.show()
        calendar.setFocus(Qt.FocusReason.PopupFocusReason)

    def _calendar(self) -> QCalendarWidget:
        if self.calendar is None:
            self.calendar = QCalendarWidget(self)
            self.calendar.setWindowFlags(Qt.WindowType.Popup)
            self.calendar.setObjectName("date_calendar")
            self.calendar.setGridVisible(True)
            self.calendar.clicked.connect(self._on_calendar_chosen)
            self.calendar.activated.connect(self._on_calendar_chosen)
        return self.calendar

    def _on_calendar_chosen(self, date: QDate) -> None:
        if self.calendar is not None:
            self.calendar.hide()
        self._commit(dt.date(date.year(), date.month(), date.day()))
        self.line.setFocus(Qt.FocusReason.PopupFocusReason)
