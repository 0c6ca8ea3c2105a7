"""Own risks on the risks page and a custom measure's effects on the measures page, through real widgets:
OK refuses an empty justification next to its field, an own risk lands in both heat maps and the table,
an effect lowers its residual rating, and removing the risk removes what refers to it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from app.core.assessment import Measure, OwnRisk, RiskEffect
from app.ui.dialogs.effect_dialog import EffectDialog
from app.ui.dialogs.own_risk_dialog import OwnRiskDialog
from app.ui.pages.measures import MeasuresPage
from app.ui.pages.risks import RisksPage

from ..conftest import Driver
from .test_risks import click_row, open_risks

OWN = OwnRisk(
    id="own-canteen",
    title="Canteen cameras deter staff",
    severity=3,
    severity_justification="Staff avoid the canteen.",
    likelihood=3,
    likelihood_justification="Cameras cover every table.",
)


def _ok(dialog: Any) -> Any:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def _choose(qtbot: Any, combo: Any, index: int) -> None:
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(index):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentIndex() == index


def _just_under(dialog: QWidget, field: QWidget, error: QWidget) -> bool:
    below = field.mapTo(dialog, field.rect().bottomLeft()).y()
    return error.isVisible() and 0 <= error.mapTo(dialog, error.rect().topLeft()).y() - below < 30


def _row_of(page: RisksPage, risk_id: str) -> int:
    return next(row for row, risk in enumerate(page.risks) if risk.id == risk_id)


def _placed(page: RisksPage, risk_id: str) -> tuple[tuple[int, int] | None, tuple[int, int] | None]:
    """The (severity, likelihood) cell each heat map shows the risk in."""
    label = f"R{_row_of(page, risk_id) + 1}"
    cells = []
    for heat_map in (page.inherent_map, page.residual_map):
        assert heat_map.model is not None
        cells.append(next((cell for cell, names in heat_map.model.points.items() if label in names), None))
    return cells[0], cells[1]


def test_add_an_own_risk_only_with_both_justifications(
    qtbot: Any, driver: Driver, clearview_answers: dict
) -> None:
    page = open_risks(qtbot, driver, clearview_answers)
    catalogue_rows = page.table.rowCount()
    qtbot.mouseClick(page.add_own_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(OwnRiskDialog)
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.title_edit, "Canteen cameras deter staff")
    _choose(qtbot, dialog.severity, 3)  # 4 – maximum
    _choose(qtbot, dialog.likelihood, 2)  # 3 – significant
    qtbot.keyClicks(dialog.severity_justification, "Staff avoid the canteen.")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and driver.window.document.assessment.own_risks == []
    assert _just_under(dialog, dialog.likelihood_justification, dialog.likelihood_error)
    assert "likelihood" in dialog.likelihood_error.text() and not dialog.severity_error.isVisible()
    assert dialog.focusWidget() is dialog.likelihood_justification
    qtbot.keyClicks(dialog.likelihood_justification, "   ")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and driver.window.document.assessment.own_risks == []  # blanks are no reason
    qtbot.keyClicks(dialog.likelihood_justification, "Cameras cover every table.")
    assert not dialog.likelihood_error.isVisible()
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (risk,) = driver.window.document.assessment.own_risks
    assert (risk.title, risk.severity, risk.likelihood) == ("Canteen cameras deter staff", 4, 3)
    assert risk.likelihood_justification == "Cameras cover every table." and risk.id.startswith("own-")
    qtbot.waitUntil(lambda: page.table.rowCount() == catalogue_rows + 1, timeout=15000)
    row = _row_of(page, risk.id)
    assert "Canteen cameras deter staff" in page.table.item(row, 1).text()
    assert "(own risk)" in page.table.item(row, 1).text()
    assert page.table.item(row, 2).text().startswith("High (S4 × L3)")
    assert _placed(page, risk.id) == ((4, 3), (4, 3))


def test_edit_and_remove_an_own_risk(qtbot: Any, driver: Driver, clearview_answers: dict, dialogs) -> None:
    document = driver.window.document
    document.set_own_risk(OWN)
    document.add_measure(
        title="Camera-free canteen", effects=[RiskEffect(risk=OWN.id, lowers_likelihood=1, justification="x")]
    )
    page = open_risks(qtbot, driver, clearview_answers)
    qtbot.waitUntil(lambda: any(r.id == OWN.id for r in page.risks), timeout=15000)
    click_row(qtbot, page, _row_of(page, OWN.id))
    assert page.edit_own_button.isEnabled() and page.remove_own_button.isEnabled()
    assert "Staff avoid the canteen." in page.details.text()
    qtbot.mouseClick(page.edit_own_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(OwnRiskDialog)
    assert dialog.title_edit.text() == OWN.title and dialog.severity.currentIndex() == 2
    _choose(qtbot, dialog.severity, 1)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    (edited,) = document.assessment.own_risks
    assert (edited.id, edited.severity, edited.severity_justification) == (
        OWN.id,
        2,
        "Staff avoid the canteen.",
    )
    qtbot.waitUntil(lambda: _placed(page, OWN.id)[0] == (2, 3), timeout=15000)

    dialogs.question_answer = QMessageBox.StandardButton.No
    click_row(qtbot, page, _row_of(page, OWN.id))
    qtbot.mouseClick(page.remove_own_button, Qt.MouseButton.LeftButton)
    assert dialogs.kinds() == ["question"] and document.assessment.own_risks == [edited]
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(page.remove_own_button, Qt.MouseButton.LeftButton)
    assert document.assessment.own_risks == []
    assert document.assessment.measures[0].effects == []  # nothing left that names the removed risk
    qtbot.waitUntil(lambda: all(r.id != OWN.id for r in page.risks), timeout=15000)


def test_a_catalogue_risk_has_no_own_risk_buttons(
    qtbot: Any, driver: Driver, clearview_answers: dict
) -> None:
    page = open_risks(qtbot, driver, clearview_answers)
    click_row(qtbot, page, 0)
    assert page.override_button.isEnabled()
    assert not page.edit_own_button.isEnabled() and not page.remove_own_button.isEnabled()


def _open_measures(qtbot: Any, driver: Driver) -> MeasuresPage:
    page = driver.go_to_section("measures")
    assert isinstance(page, MeasuresPage)
    qtbot.waitUntil(lambda: page.add_catalogue_button.isEnabled(), timeout=15000)
    return page


def test_give_a_custom_measure_an_effect_only_with_a_justification(
    qtbot: Any, driver: Driver, clearview_answers: dict
) -> None:
    document = driver.window.document
    document.set_own_risk(OWN)
    page = _open_measures(qtbot, driver)
    qtbot.mouseClick(page.add_custom_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.title_edit, "Camera-free canteen")
    assert page.effect_list.isVisible() and page.add_effect_button.isEnabled()
    qtbot.waitUntil(lambda: page.add_effect_button.height() > 0)  # the editor's layout has run
    qtbot.mouseClick(page.add_effect_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(EffectDialog)
    assert dialog is not None and dialog.isVisible()
    own_index = dialog.risk.findData(OWN.id)
    assert own_index >= 0 and "(own risk)" in dialog.risk.itemText(own_index)
    _choose(qtbot, dialog.risk, own_index)
    _choose(qtbot, dialog.likelihood, 2)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and document.assessment.measures[0].effects == []
    assert _just_under(dialog, dialog.justification, dialog.justification_error)
    assert dialog.focusWidget() is dialog.justification
    qtbot.keyClicks(dialog.justification, "Nobody is filmed while eating.")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    (measure,) = document.assessment.measures
    assert measure.effects == [
        RiskEffect(risk=OWN.id, lowers_likelihood=2, justification="Nobody is filmed while eating.")
    ]
    assert OWN.id in measure.risks
    assert "likelihood −2" in page.effect_list.item(0).text()
    assert "Nobody is filmed while eating." in page.effect_list.item(0).text()

    for question_id in ("fr_function", "image_source", "scale", "vendor_scraped_database"):
        driver.answer(question_id, clearview_answers[question_id])
    risks = driver.go_to_section("risks")
    assert isinstance(risks, RisksPage)
    driver.wait_for_verdict("INCOMPLETE")  # the scorer is idle: the verdict shows every edit
    assert _placed(risks, OWN.id) == ((3, 3), (3, 1))  # lowered by two steps of likelihood
    row = _row_of(risks, OWN.id)
    assert "Camera-free canteen" in risks.table.item(row, 4).text()


def test_an_effect_that_lowers_nothing_is_refused(qtbot: Any, driver: Driver) -> None:
    page = _open_measures(qtbot, driver)
    qtbot.mouseClick(page.add_custom_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.add_effect_button.height() > 0)  # the editor's layout has run
    qtbot.mouseClick(page.add_effect_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(EffectDialog)
    _choose(qtbot, dialog.likelihood, 0)
    qtbot.keyClicks(dialog.justification, "A reason")
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.steps_error.isVisible()
    assert driver.window.document.assessment.measures[0].effects == []


def test_edit_and_remove_an_effect(qtbot: Any, driver: Driver) -> None:
    effect = RiskEffect(risk="false_match", lowers_severity=1, justification="Second check by a person.")
    driver.window.document.add_measure(title="Double check", effects=[effect])
    page = _open_measures(qtbot, driver)
    page.effect_list.setCurrentRow(0)
    qtbot.mouseClick(page.edit_effect_button, Qt.MouseButton.LeftButton)
    dialog = driver.window.findChild(EffectDialog)
    assert dialog.risk.currentData() == "false_match" and dialog.severity.currentIndex() == 1
    _choose(qtbot, dialog.severity, 2)
    qtbot.mouseClick(_ok(dialog), Qt.MouseButton.LeftButton)
    (measure,) = driver.window.document.assessment.measures
    assert measure.effects == [effect.model_copy(update={"lowers_severity": 2})]
    page.effect_list.setCurrentRow(0)
    qtbot.mouseClick(page.remove_effect_button, Qt.MouseButton.LeftButton)
    assert measure.effects == [] and page.effect_list.count() == 0


def test_a_catalogue_measure_shows_no_effect_editor(qtbot: Any, driver: Driver) -> None:
    driver.window.document.add_measure(catalogue_id="human_review", title="Human review")
    page = _open_measures(qtbot, driver)
    assert page.editor.isVisible() and not page.effect_list.isVisible()
    assert driver.window.document.assessment.measures == [
        Measure(id="m1", catalogue_id="human_review", title="Human review")
    ]
