"""A date field that can also be empty ("Not set"), which QDateEdit alone cannot."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QObject, Signal
from PySide6.QtWidgets import QDateEdit, QWidget

_UNSET = QDate(1900, 1, 1)


class OptionalDateEdit(QDateEdit):
    value_changed = Signal(object)  # datetime.date or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setMinimumDate(_UNSET)
        self.setSpecialValueText(self.tr("Not set"))
        self.setDate(_UNSET)
        self.calendarWidget().installEventFilter(self)
        self.dateChanged.connect(self._on_date_changed)

    def value(self) -> dt.date | None:
        date = self.date()
        return None if date == _UNSET else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: dt.date | None) -> None:
        self.blockSignals(True)
        self.setDate(QDate(value.year, value.month, value.day) if value else _UNSET)
        self.blockSignals(False)

    def clear_value(self) -> None:
        self.setDate(_UNSET)

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())
        else:
            super().stepBy(steps)

    def focusNextPrevChild(self, next_: bool) -> bool:
        """Tab leaves the field (arrow keys move between year, month and day): no keyboard trap."""
        return QWidget.focusNextPrevChild(self, next_)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and self.value() is None:
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return False

    def _on_date_changed(self, _date: QDate) -> None:
        self.value_changed.emit(self.value())
