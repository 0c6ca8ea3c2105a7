"""The mouse wheel scrolls the page: a combo box or spin box it passes over keeps its value.

Qt lets the wheel change a combo box, spin box or date field under the pointer even without focus, so
scrolling a long page silently changed answers (the country went NL -> NO -> PL). `guard_wheel` makes
such a widget take the wheel only once it has the keyboard focus (a click or Tab); until then the wheel
scrolls the scroll area around it.
"""

from __future__ import annotations

from functools import cache
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

W = TypeVar("W", bound=QWidget)


class WheelGuard(QObject):
    """An event filter: passes wheel events of unfocused widgets to the enclosing scroll area."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget) or watched.hasFocus():
            return False
        area = _scroll_area_of(watched)
        if area is not None:
            QCoreApplication.sendEvent(area.viewport(), event)
        return True  # never the widget's own value


def _scroll_area_of(widget: QWidget) -> QAbstractScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QAbstractScrollArea):
        parent = parent.parentWidget()
    return parent


@cache
def _the_guard() -> WheelGuard:
    return WheelGuard()


def guard_wheel(widget: W) -> W:
    """Let `widget` take wheel events only while it has the focus (and not take focus by the wheel)."""
    widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    widget.installEventFilter(_the_guard())
    return widget
