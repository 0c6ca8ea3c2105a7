"""A tool button whose title is elided, not the page widened, when there is no room for it.

At a large presentation zoom a long translated title ("Beurteilung durch die prüfende Person") can be
wider than the page beside the verdict dock. The button then shows as much of it as fits with "…", and
the whole title is in its tooltip and accessible name; with room, it shows the whole title.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton

MIN_CHARACTERS = 12  # the narrowest it gets, in average characters, before its words are elided


class ElidingToolButton(QToolButton):
    """Attributes: title (the whole text), hint (a tooltip of its own, shown under the title when elided)."""

    def __init__(self, title: str, hint: str = "") -> None:
        super().__init__()
        self.title = title
        self.hint = hint
        self._full_size = QSize()
        self.setText(title)
        self.setToolTip(hint)
        self.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)  # may narrow (elided)

    def set_title(self, title: str) -> None:
        self.title = title
        self._full_size = QSize()
        self._show(title)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        """Room for the whole title, whatever is shown now (measured while the whole title shows)."""
        hint = super().sizeHint()
        if self.text() == self.title or not self._full_size.isValid():
            self._full_size = hint
        return QSize(self._full_size.width(), hint.height())

    def minimumSizeHint(self) -> QSize:
        hint = self.sizeHint()
        metrics = self.fontMetrics()
        spare = metrics.horizontalAdvance(self.title) - metrics.averageCharWidth() * MIN_CHARACTERS
        return QSize(hint.width() - max(0, spare), hint.height())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._show(self.title)  # measured again in the new font; the next resize elides anew
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        short_by = self.sizeHint().width() - self.width()
        shown = self.title
        if short_by > 0:
            room = self.fontMetrics().horizontalAdvance(self.title) - short_by
            shown = self.fontMetrics().elidedText(self.title, Qt.TextElideMode.ElideRight, max(room, 0))
        self._show(shown)
        elided = shown != self.title
        self.setToolTip("\n".join(t for t in (self.title if elided else "", self.hint) if t))
        if not self.accessibleName():
            self.setAccessibleName(self.title)

    def _show(self, text: str) -> None:
        if text != self.text():
            self.setText(text)
