"""The mouse wheel over an unfocused combo box, spin box or date field scrolls the page, not the value."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from app.ui.dialogs.settings_dialog import SettingsDialog

from ..conftest import Driver


def roll_wheel(widget: QWidget, notches: int) -> None:
    """Turn the mouse wheel over the middle of `widget` (negative: towards the user, scrolling down).

    Sent events do not propagate to parents as the window system's own do, so the page scrolls here
    only because the guard passes the event on; the test would fail without it."""
    from PySide6.QtGui import QWheelEvent

    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_the_country_scrolls_the_page(qtbot: Any, driver: Driver) -> None:
    driver.answer("country", "NL")
    page = driver.go_to_section("system")
    combo = driver.find(QComboBox, "combo_country")
    driver.find(QWidget, "next_button").setFocus()  # the pointer merely passes over the combo box
    page.ensureWidgetVisible(combo)
    bar = page.verticalScrollBar()
    bar.setValue(bar.minimum() + (bar.maximum() - bar.minimum()) // 3)
    before = bar.value()
    roll_wheel(combo, -1)
    roll_wheel(combo, -1)
    assert combo.currentData() == "NL"
    assert driver.window.document.answer("country") == "NL"
    assert bar.value() > before  # the page scrolled instead
    roll_wheel(combo, 1)
    assert bar.value() < before + 2 * bar.singleStep() * QApplication.wheelScrollLines()


def test_a_focused_combo_box_still_takes_the_wheel(qtbot: Any, driver: Driver) -> None:
    driver.answer("country", "NL")
    driver.go_to_section("system")
    combo = driver.find(QComboBox, "combo_country")
    qtbot.mouseClick(combo, Qt.MouseButton.LeftButton)  # opens the list: close it, focus stays
    combo.hidePopup()
    assert combo.hasFocus()
    roll_wheel(combo, -1)
    assert driver.window.document.answer("country") not in (None, "NL")


def test_the_wheel_over_a_date_field_scrolls_the_sign_off_page(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("signoff")
    date = page.next_review
    page.ensureWidgetVisible(date)
    bar = page.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = bar.value()
    roll_wheel(date.line, -2)
    assert date.value() is None and driver.window.document.assessment.sign_off.next_review_date is None
    assert bar.value() > before


def test_the_wheel_over_an_unfocused_spin_box_keeps_its_value(qtbot: Any) -> None:
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    dialog.language.setFocus()
    before = dialog.zoom.value()
    roll_wheel(dialog.zoom, 1)
    assert dialog.zoom.value() == before
    qtbot.mouseClick(dialog.zoom, Qt.MouseButton.LeftButton, pos=QPoint(8, dialog.zoom.height() // 2))
    assert dialog.zoom.hasFocus()
    roll_wheel(dialog.zoom, 1)
    assert dialog.zoom.value() == before + dialog.zoom.singleStep()
