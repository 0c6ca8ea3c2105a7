"""The sign-off page: ICO step-7 fields and participants go into the assessment."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLineEdit, QPlainTextEdit

from app.ui.pages.sign_off import SignOffPage

from ..conftest import Driver


def test_ico_step_7_fields(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    driver.type_into(driver.find(QLineEdit, "sign_off_measures_approved_by"), "Board of directors")
    driver.type_into(driver.find(QPlainTextEdit, "sign_off_dpo_advice"), "Do not deploy.")
    reason = driver.find(QPlainTextEdit, "sign_off_overrule_reason")
    assert not reason.isEnabled()
    driver.click(driver.find(QAbstractButton, "sign_off_advice_overruled"))
    assert reason.isEnabled()
    driver.type_into(reason, "Commercial pressure")
    sign_off = driver.window.document.assessment.sign_off
    assert sign_off.measures_approved_by == "Board of directors"
    assert sign_off.dpo_advice == "Do not deploy."
    assert sign_off.dpo_advice_followed == "overruled"
    assert sign_off.overrule_reason == "Commercial pressure"


def test_participants_with_roles(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    people = driver.window.document.assessment
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)  # opens the name cell for typing
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Ana de Vries")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits on its next event-loop turn
    qtbot.waitUntil(lambda: people.participants[0].name == "Ana de Vries")
    page.table.setCurrentCell(0, 1)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "DPO")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: people.participants[0].role == "DPO")
    assert len(people.participants) == 1


def type_in_cell(qtbot: Any, table: Any, row: int, column: int, text: str) -> None:
    """Start editing a cell as a user does (F2), type, and commit with Return."""
    table.setFocus()
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_sign_off_records_are_editable(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    sign_off = driver.window.document.assessment.sign_off
    qtbot.mouseClick(page.add_record_button, Qt.MouseButton.LeftButton)  # opens the name cell
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "Dana de Vries")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sign_off.records[0].name == "Dana de Vries")
    type_in_cell(qtbot, page.records, 0, 1, "DPO")
    type_in_cell(qtbot, page.records, 0, 2, "2027-02-01")
    type_in_cell(qtbot, page.records, 0, 3, "Advice followed")
    qtbot.waitUntil(lambda: sign_off.records[0].comment == "Advice followed")
    record = sign_off.records[0]
    assert (record.name, record.role, record.date) == ("Dana de Vries", "DPO", dt.date(2027, 2, 1))

    type_in_cell(qtbot, page.records, 0, 2, "someday")  # not a date: said, and the date is kept
    qtbot.waitUntil(page.record_error.isVisible)
    assert "not a date" in page.record_error.text()
    assert sign_off.records[0].date == dt.date(2027, 2, 1)
    assert page.records.item(0, 2).text() == "2027-02-01"

    driver.window.document.replace(driver.window.document.assessment, None)  # reload from the model
    assert page.records.item(0, 0).text() == "Dana de Vries"
    page.records.setCurrentCell(0, 0)
    qtbot.mouseClick(page.remove_record_button, Qt.MouseButton.LeftButton)
    assert sign_off.records == [] and page.records.rowCount() == 0


def test_the_role_cell_offers_every_signature_role_and_free_text(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("signoff")
    assert isinstance(page, SignOffPage)
    sign_off = driver.window.document.assessment.sign_off
    qtbot.mouseClick(page.add_record_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Rita Reviewer")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    page.records.setFocus()
    page.records.setCurrentCell(0, 1)
    qtbot.keyClick(page.records, Qt.Key.Key_F2)
    combo = page.records.findChild(QComboBox, "sign_off_role_editor")
    assert combo is not None
    roles = [combo.itemText(i) for i in range(combo.count())]
    assert roles == [
        "Assessor",
        "Data protection officer (DPO)",
        "Controller (decision)",
        "Reviewer (evaluator)",
    ]
    for _ in range(4):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)
    assert combo.currentText() == "Reviewer (evaluator)"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sign_off.records[0].role == "Reviewer (evaluator)")
    type_in_cell(qtbot, page.records, 0, 1, "Works council")  # any other role can be typed
    qtbot.waitUntil(lambda: sign_off.records[0].role == "Works council")
