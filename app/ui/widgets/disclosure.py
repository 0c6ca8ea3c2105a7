"""A toggle that shows and hides a panel, built the first time it opens ("Why we ask this")."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.ui.style import set_role
from app.ui.widgets.eliding_button import ElidingToolButton


class Disclosure(ElidingToolButton):
    """The panel is created lazily by `build`, so closed help costs nothing at start-up.

    Where the page is narrower than the toggle's words (a long translation at a large zoom), the words
    are elided rather than widen the page: the whole title stays in the tooltip and accessible name."""

    def __init__(self, text: str, build: Callable[[], QWidget], host: QVBoxLayout) -> None:
        super().__init__(text)
        set_role(self, "disclosure")
        self.setCheckable(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setArrowType(Qt.ArrowType.RightArrow)
        self._build = build
        self._host = host
        self.panel: QWidget | None = None
        self.toggled.connect(self._on_toggled)

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
