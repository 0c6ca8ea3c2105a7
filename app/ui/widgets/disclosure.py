"""A toggle that shows and hides a panel, built the first time it opens ("Why we ask this")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QVBoxLayout, QWidget

from app.ui.style import set_role

MIN_CHARACTERS = 12  # the narrowest a toggle gets, in average characters, before its words are elided


class Disclosure(QToolButton):
    """The panel is created lazily by `build`, so closed help costs nothing at start-up.

    Where the page is narrower than the toggle's words (a long translation at a large zoom), the words
    are elided rather than widen the page: the whole title stays in the tooltip and accessible name."""

    def __init__(self, text: str, build: Callable[[], QWidget], host: QVBoxLayout) -> None:
        super().__init__()
        set_role(self, "disclosure")
        self.title = text
        self._full_size = QSize()
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # may narrow (elided)
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self._build = build
        self._host = host
        self.panel: QWidget | None = None
        self.toggled.connect(self._on_toggled)

    def sizeHint(self) -> QSize:
        """Room for the whole title, whatever is shown now (measured while the whole title shows)."""
        hint = super().sizeHint()
        if self.text() == self.title or not self._full_size.isValid():
            self._full_size = hint
        return QSize(self._full_size.width(), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show(self.title)  # measured again in the new font; the next resize elides anew
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        spare = (
            self.fontMetrics().horizontalAdvance(self.title)
            - self.fontMetrics().averageCharWidth() * MIN_CHARACTERS
        )
        return QSize(hint.width() - max(0, spare), hint.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        short_by = self.sizeHint().width() - self.width()
        shown = self.title
        if short_by > 0:
            room = self.fontMetrics().horizontalAdvance(self.title) - short_by
            shown = self.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, max(room, 0))
        self._show(shown)
        self.setToolTip(self.title if shown != self.title else "")
        if not self.accessibleName():
            self.setAccessibleName(self.title)

    def _show(self, text: str) -> None:
        if text != self.text():
            self.setText(text)

    def _on_toggled(self, open_: bool) -> None:
        self.setArrowType(Qt.ArrowType.DownArrow if open_ else Qt.ArrowType.RightArrow)
        if open_ and self.panel is None:
            self.panel = self._build()
            self._host.addWidget(self.panel)
            chain_tab_order(self, self.panel)
        if self.panel is not None:
            self.panel.setVisible(open_)


def chain_tab_order(after: QWidget, panel: QWidget) -> None:
    """Put the focusable widgets of a lazily built panel right after `after` in the tab order."""
    previous = after
    for widget in panel.findChildren(QWidget):
        if widget.isWindow():  # a combo box's popup is a child, but a window of its own
            continue
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not widget.focusProxy():
            QWidget.setTabOrder(previous, widget)
            previous = widget
