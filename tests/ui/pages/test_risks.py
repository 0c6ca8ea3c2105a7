"""The risks page: heat maps from the verdict, and overriding a rating only with a justification."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPlainTextEdit

from app.ui.dialogs.override_dialog import OverrideDialog
from app.ui.pages.risks import RisksPage

from ..conftest import Driver


def open_risks(qtbot: Any, driver: Driver, answers: dict[str, Any]) -> RisksPage:
    for question_id in ("fr_function", "image_source", "scale", "vendor_scraped_database"):
        driver.answer(question_id, answers[question_id])
    page = driver.go_to_section("risks")
    assert isinstance(page, RisksPage)
    qtbot.waitUntil(lambda: page.table.rowCount() > 0, timeout=15000)
    return page


def click_row(qtbot: Any, page: RisksPage, row: int) -> None:
    rect = page.table.visualItemRect(page.table.item(row, 1))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_heat_maps_place_every_risk(qtbot: Any, driver: Driver, clearview_answers: dict) -> None:
    page = open_risks(qtbot, driver, clearview_answers)
    for heat_map in (page.inherent_map, page.residual_map):
        assert heat_map.model is not None
        placed = [n for numbers in heat_map.model.points.values() for n in numbers]
        assert sorted(placed) == sorted(f"R{i + 1}" for i in range(page.table.rowCount()))
    assert page.table.item(0, 2).text().endswith(")")  # "High (S4 × L4)"


def test_override_requires_a_justification(qtbot: Any, driver: Driver, clearview_answers: dict) -> None:
    page = open_risks(qtbot, driver, clearview_answers)
    risk_id = page.risks[0].id
    click_row(qtbot, page, 0)
    assert page.override_button.isEnabled()
    qtbot.mouseClick(page.override_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(OverrideDialog)
    assert dialog is not None and dialog.isVisible()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    field = dialog.findChild(QPlainTextEdit, "override_justification")
    qtbot.keyClicks(field, "   ")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and driver.window.document.override(risk_id, "residual") is None
    error = dialog.justification_error
    assert error.isVisible() and "justification" in error.text()
    assert dialog.focusWidget() is field  # the cursor goes where the answer is missing
    below = field.mapTo(dialog, field.rect().bottomLeft()).y()
    assert 0 <= error.mapTo(dialog, error.rect().topLeft()).y() - below < 30  # right under the field
    dialog.severity.setFocus()
    qtbot.keyClick(dialog.severity, Qt.Key.Key_Home)  # severity 1: negligible
    qtbot.keyClicks(
        dialog.findChild(QPlainTextEdit, "override_justification"), "Search limited to one case file"
    )
    assert not error.isVisible()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    override = driver.window.document.override(risk_id, "residual")
    assert override is not None
    assert override.severity == 1
    assert override.justification == "Search limited to one case file"
    qtbot.waitUntil(lambda: "overridden" in page.table.item(0, 3).text(), timeout=5000)
    assert "Search limited to one case file" in page.table.item(0, 3).text()  # in the table itself
    click_row(qtbot, page, 0)
    assert "Search limited to one case file" in page.details.text()

    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert driver.window.document.override(risk_id, "residual") is None


def test_an_untitled_planned_measure_is_named_by_its_catalogue_entry(
    qtbot: Any, driver: Driver, clearview_answers: dict
) -> None:
    page = open_risks(qtbot, driver, clearview_answers)
    risk = page.risks[0]
    driver.window.document.add_measure(catalogue_id="independent_accuracy_testing", title="", risks=[risk.id])
    cell = lambda: page.table.item(0, 4).text()  # noqa: E731
    qtbot.waitUntil(lambda: "Independent accuracy and bias testing" in cell(), timeout=15000)
    assert "independent_accuracy_testing" not in cell() and "M1" not in cell()
