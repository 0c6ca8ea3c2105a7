"""The action plan: catalogue or custom measures, risks addressed, owner, due date, status."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from app.ui.pages.measures import MeasuresPage

from ..conftest import Driver


def open_measures(qtbot: Any, driver: Driver) -> MeasuresPage:
    page = driver.go_to_section("measures")
    assert isinstance(page, MeasuresPage)
    qtbot.waitUntil(lambda: page.add_catalogue_button.isEnabled(), timeout=15000)
    return page


def test_add_a_catalogue_measure_and_plan_it(qtbot: Any, driver: Driver) -> None:
    page = open_measures(qtbot, driver)
    catalogue_id = page.catalogue_combo.currentData()
    qtbot.mouseClick(page.add_catalogue_button, Qt.MouseButton.LeftButton)
    measures = driver.window.document.assessment.measures
    assert [m.catalogue_id for m in measures] == [catalogue_id]
    assert measures[0].risks, "a catalogue measure addresses the risks its effects name"
    driver.type_into(driver.find(QLineEdit, "measure_owner"), "CISO")
    status = driver.find(QComboBox, "measure_status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_Down)
    qtbot.keyClick(status, Qt.Key.Key_Down)
    due = page.due
    due.setFocus()
    qtbot.keyClick(due.line, Qt.Key.Key_Up)  # an empty date starts at today
    measure = driver.window.document.assessment.measures[0]
    assert measure.owner == "CISO"
    assert measure.status == "implemented"
    assert measure.due == dt.date.today()
    assert "CISO" in page.plan.item(0).text()


def test_custom_measure_and_its_risks(qtbot: Any, driver: Driver) -> None:
    page = open_measures(qtbot, driver)
    qtbot.mouseClick(page.add_custom_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.title_edit, "Quarterly bias audit")  # the new title is selected: typing replaces it
    item = page.risk_list.item(2)
    rect = page.risk_list.visualItemRect(item)
    qtbot.mouseClick(page.risk_list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(page.risk_list, Qt.Key.Key_Space)
    measure = driver.window.document.assessment.measures[0]
    assert measure.title == "Quarterly bias audit"
    assert measure.catalogue_id is None
    assert measure.risks == [item.data(Qt.ItemDataRole.UserRole)]
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert driver.window.document.assessment.measures == []
