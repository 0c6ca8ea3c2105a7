"""The whole wizard, driven as a user drives it: answers, verdict, files, keyboard, zoom."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QMessageBox,
    QPlainTextEdit,
)
from shiboken6 import isValid

from app.core.storage import load_assessment
from app.ui.main_window import MainWindow

from .conftest import SCENARIO_COMPLETION, Driver

# Questions the scenario answers although they are hidden for its facts: the test first reveals
# them by choosing the controlling answer, answers them, then sets the scenario's own answer.
REVEAL = {
    "le_objective": ("controller_type", "law_enforcement"),
    "judicial_authorisation": ("controller_type", "law_enforcement"),
    "emotion_medical_safety": ("fr_function", "emotion_recognition"),
}


def fill_in(driver: Driver, answers: dict[str, Any]) -> None:
    for question_id, (controller, value) in REVEAL.items():
        driver.answer(controller, value)
        driver.answer(question_id, answers[question_id])
    for question in driver.window.bank.questions():
        if question.id in answers and question.id not in REVEAL:
            driver.answer(question.id, answers[question.id])


def shown_answer(window: MainWindow, question_id: str) -> Any:
    """What the widgets of a question show, read back from the widgets themselves."""
    question = window.bank.question(question_id)
    assert question is not None
    window.wizard.page(window.bank.sections.index(window.bank.section_of(question_id)))
    if question.type == "multi":
        return [
            o.value
            for o in question.options
            if window.findChild(QAbstractButton, f"option_{question_id}_{o.value}").isChecked()
        ]
    combo = window.findChild(QComboBox, f"combo_{question_id}")
    if combo is not None:
        return combo.currentData()
    return next(
        o.value
        for o in question.options
        if window.findChild(QAbstractButton, f"option_{question_id}_{o.value}").isChecked()
    )


def test_clearview_scenario_through_the_ui(
    qtbot: Any, driver: Driver, make_window: Any, dialogs: Any, clearview_answers: dict, tmp_path: Path
) -> None:
    window = driver.window
    fill_in(driver, clearview_answers)
    assert window.document.assessment.answers == clearview_answers
    driver.wait_for_verdict("INCOMPLETE")
    assert window.verdict_panel.needed.text() == "3 answers needed"
    for question_id, value in SCENARIO_COMPLETION.items():
        driver.answer(question_id, value)
    complete = clearview_answers | SCENARIO_COMPLETION
    driver.wait_for_verdict("DO NOT PROCEED")
    assert window.verdict_panel.fact_labels["dpia_required"].text() == "Yes"
    assert "5(1)(e)" in window.verdict_panel.fact_labels["ai_act"].text()
    assert window.isWindowModified()

    target = tmp_path / "clearview.dpia"
    dialogs.save_path = str(target)
    driver.shortcut(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert load_assessment(target).answers == complete
    assert not window.isWindowModified()
    assert "clearview.dpia" in window.windowTitle()

    reopened = make_window(offer_recovery=False)
    dialogs.open_path = str(target)
    qtbot.keyClick(reopened, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert reopened.document.assessment.answers == complete
    for question_id, value in clearview_answers.items():
        assert shown_answer(reopened, question_id) == value, question_id
    Driver(qtbot, reopened).wait_for_verdict("DO NOT PROCEED")


def test_title_shows_file_name_and_modified_marker(driver: Driver, tmp_path: Path, dialogs: Any) -> None:
    window = driver.window
    assert window.windowTitle().startswith("Untitled[*]")
    assert not window.isWindowModified()
    driver.answer("fr_timing", "realtime")
    assert window.isWindowModified()
    dialogs.save_path = str(tmp_path / "shop")
    driver.shortcut(Qt.Key.Key_S)
    assert (tmp_path / "shop.dpia").is_file()
    assert window.windowTitle().startswith("shop.dpia[*]")
    assert not window.isWindowModified()


def test_close_with_unsaved_changes_asks_and_can_cancel(driver: Driver, dialogs: Any) -> None:
    window = driver.window
    driver.answer("fr_timing", "realtime")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    window.close()
    assert window.isVisible()
    assert dialogs.kinds() == ["question"]
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    window.close()
    assert not window.isVisible()


def test_new_asks_before_discarding(driver: Driver, dialogs: Any) -> None:
    driver.answer("fr_timing", "realtime")
    dialogs.question_answer = QMessageBox.StandardButton.Cancel
    driver.shortcut(Qt.Key.Key_N)
    assert driver.window.document.answer("fr_timing") == "realtime"
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    driver.shortcut(Qt.Key.Key_N)
    assert driver.window.document.assessment.answers == {}
    assert not driver.find(QAbstractButton, "option_fr_timing_realtime").isChecked()


def test_recent_files_are_remembered(
    qtbot: Any, driver: Driver, make_window: Any, tmp_path: Path, dialogs: Any
) -> None:
    dialogs.save_path = str(tmp_path / "first.dpia")
    driver.answer("fr_timing", "realtime")
    driver.shortcut(Qt.Key.Key_S)
    other = make_window(offer_recovery=False)
    actions = [a.text() for a in other.recent_menu.actions()]
    assert any("first.dpia" in text for text in actions)


def test_ctrl_page_down_and_up_move_between_sections(qtbot: Any, driver: Driver) -> None:
    window = driver.window
    assert window.wizard.current_index() == 0
    driver.shortcut(Qt.Key.Key_PageDown)
    driver.shortcut(Qt.Key.Key_PageDown)
    assert window.wizard.current_index() == 2
    driver.shortcut(Qt.Key.Key_PageUp)
    assert window.wizard.current_index() == 1
    qtbot.mouseClick(window.wizard.next_button, Qt.MouseButton.LeftButton)
    assert window.wizard.current_index() == 2
    driver.shortcut(Qt.Key.Key_B, Qt.KeyboardModifier.AltModifier)  # the "&Back" mnemonic
    qtbot.waitUntil(lambda: window.wizard.current_index() == 1)  # a mnemonic animates the click


def test_zoom_scales_text(qtbot: Any, driver: Driver) -> None:
    window = driver.window
    card = window.wizard.page(0).cards["processing_description"]  # type: ignore[attr-defined]
    before = card.label.font().pointSizeF()
    body_before = window.wizard.section_list.list.font().pointSizeF()
    driver.shortcut(Qt.Key.Key_Equal)
    driver.shortcut(Qt.Key.Key_Equal)
    assert card.label.font().pointSizeF() > before * 1.25
    assert window.wizard.section_list.list.font().pointSizeF() > body_before * 1.25
    driver.shortcut(Qt.Key.Key_Minus)
    driver.shortcut(Qt.Key.Key_0)
    assert card.label.font().pointSizeF() == before


def test_ctrl_e_opens_the_export_dialog_while_typing(qtbot: Any, driver: Driver) -> None:
    window = driver.window
    field = driver.find(QPlainTextEdit, "text_processing_description")
    driver.type_into(field, "Faces are compared")
    assert getattr(window, "export_dialog", None) is None
    driver.shortcut(Qt.Key.Key_E)
    qtbot.waitUntil(lambda: getattr(window, "export_dialog", None) is not None)
    dialog = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.isModal() and dialog.parent() is window
    assert field.toPlainText() == "Faces are compared"  # the shortcut typed nothing into the answer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible())


def test_next_on_the_last_page_exports_the_report(qtbot: Any, driver: Driver) -> None:
    window = driver.window
    button = window.wizard.next_button
    assert button.text() == "&Next >"
    driver.go_to_section("signoff")
    assert button.isEnabled() and button.text() == "E&xport report…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(QDialog, "export_dialog")
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    driver.go_to_section("measures")
    assert button.text() == "&Next >"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.wizard.current_index() == len(window.bank.sections) - 1


def test_no_stray_windows_while_pages_build_in_the_background(qtbot: Any, window: MainWindow) -> None:
    wizard = window.wizard
    qtbot.waitUntil(lambda: all(p is not None and p.warmed for p in wizard.pages), timeout=20000)
    visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    assert visible == [window]
    assert window.isActiveWindow()


def test_a_closed_window_builds_no_more_pages_in_the_background(qtbot: Any, window: MainWindow) -> None:
    wizard = window.wizard
    window.close()
    built = len(wizard.built_pages())
    assert built < len(wizard.pages)
    wizard.start_building_pages()
    qtbot.wait(300)
    assert len(wizard.built_pages()) == built


def test_ctrl_page_down_works_while_typing(qtbot: Any, driver: Driver) -> None:
    field = driver.find(QPlainTextEdit, "text_processing_description")
    driver.type_into(field, "Faces are compared")
    assert field.hasFocus()
    driver.shortcut(Qt.Key.Key_PageDown)
    assert driver.window.wizard.current_index() == 1
    assert field.toPlainText() == "Faces are compared"


def test_start_up_builds_the_first_page_aside_then_shows_it_on_a_later_turn(
    qtbot: Any, make_window: Any, state_dir: Path
) -> None:
    """The real start (no questionnaire given): the frame, the page built out of the window, then the page
    put in and shown (ready) are separate turns, so no turn both builds and styles a whole page."""
    steps: list[tuple[str, bool, bool]] = []
    window = MainWindow(locale="en", offer_recovery=False)
    qtbot.addWidget(window)
    real_aside = type(window)._show_first_page

    def spy_aside(self: MainWindow) -> None:
        real_aside(self)
        page = self.wizard.pages[0]
        assert page is not None
        steps.append(("built", self.wizard.stack.indexOf(page) >= 0, self.is_ready))

    window._show_first_page = spy_aside.__get__(window)  # type: ignore[method-assign]
    window.ready.connect(
        lambda: steps.append(("ready", window.wizard.stack.currentWidget() is window.wizard.pages[0], True))
    )
    with qtbot.waitSignal(window.ready, timeout=10_000):
        window.show()
    assert steps == [("built", False, False), ("ready", True, True)]
    assert window.wizard.current_index() == 0 and window.wizard.pages[0].isVisible()
