"""Evaluator review and evidence in the wizard, through real widgets: the review form of a section and of a
measure, the section list's badge, files dropped on a question card and a measure (a real QDropEvent), the
keyboard alternative, refusals with a dialog, removal with confirmation, and a round trip through save/load."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QWidget

from app.core.assessment import Support
from app.core.evidence import MAX_EVIDENCE_BYTES
from app.core.review import ReviewError, set_status
from app.core.storage import load_assessment
from app.ui.translation import conventions_for, use_language
from tests.ui.conftest import Dialogs, Driver

PROOF = b"%PDF-1.4 independent accuracy and bias test report \x00\x01"


def drop_files(qtbot: Any, target: QWidget, paths: list[Path]) -> QDropEvent:
    """What a file manager does: drag enter, then drop, with file URLs in the MIME data."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPoint(target.width() // 2, 6)
    actions = Qt.DropAction.CopyAction
    buttons, modifiers = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(point, actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the widget refused the drag"
    drop = QDropEvent(QPointF(point), actions, mime, buttons, modifiers)
    QApplication.sendEvent(target, drop)
    qtbot.wait(10)
    return drop


@pytest.fixture
def proof(tmp_path: Path) -> Path:
    path = tmp_path / "bias-test.pdf"
    path.write_bytes(PROOF)
    return path


def _open_review_form(qtbot: Any, page: QWidget) -> Any:
    panel = page.review_panel  # type: ignore[attr-defined]
    if not panel.toggle.isChecked():
        qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    return panel


def _record(qtbot: Any, driver: Driver, panel: Any, status: str, comment: str, evaluator: str) -> None:
    qtbot.waitUntil(lambda: panel.record_button.height() > 0)  # the opened form is laid out
    combo: QComboBox = panel.status
    combo.setFocus()
    target = combo.findData(status)
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)
    driver.type_into(panel.comment, comment)
    driver.type_into(panel.evaluator, evaluator)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)


def test_a_section_review_is_recorded_and_shown_in_the_section_list(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("system")
    panel = _open_review_form(qtbot, page)
    _record(qtbot, driver, panel, "to_correct", "Name the camera model and the vendor", "Eva Evaluator")
    review = driver.window.document.review("section", "system")
    assert review is not None
    assert (review.status, review.comment, review.evaluator) == (
        "to_correct",
        "Name the camera model and the vendor",
        "Eva Evaluator",
    )
    assert panel.badge.text() == "✖ To correct"
    assert "Eva Evaluator" in panel.summary.text() and "camera model" in panel.summary.text()
    index = [s.id for s in driver.window.bank.sections].index("system")
    item = driver.window.wizard.section_list.list.item(index)
    assert "Review: ✖ To correct" in item.text()  # words, not colour alone
    assert "To correct" in item.data(Qt.ItemDataRole.AccessibleTextRole)
    assert not item.icon().isNull()
    other = driver.window.wizard.section_list.list.item(0)
    assert "Review:" not in other.text()
    assert driver.window.isWindowModified()
    with pytest.raises(ReviewError, match="cannot mark the assessment final"):
        set_status(driver.window.document.assessment, "final")


def test_a_review_without_comment_is_refused_with_a_dialog(
    qtbot: Any, driver: Driver, dialogs: Dialogs
) -> None:
    page = driver.go_to_section("system")
    panel = _open_review_form(qtbot, page)
    _record(qtbot, driver, panel, "improvable", "", "Eva Evaluator")
    assert dialogs.kinds() == ["critical"]  # QMessageBox.warning
    assert "comment is required" in dialogs.calls[0][2]
    assert driver.window.document.assessment.reviews == []
    assert panel.badge.text() == "Not reviewed"


def test_a_measure_is_reviewed_on_the_measures_page(qtbot: Any, driver: Driver) -> None:
    page = driver.go_to_section("measures")
    qtbot.mouseClick(driver.find(QWidget, "add_custom_measure"), Qt.MouseButton.LeftButton)
    panel = page.measure_review  # type: ignore[attr-defined]
    qtbot.mouseClick(panel.toggle, Qt.MouseButton.LeftButton)
    _record(qtbot, driver, panel, "acceptable", "", "Eva Evaluator")
    measure_id = driver.window.document.assessment.measures[0].id
    review = driver.window.document.review("measure", measure_id)
    assert review is not None and review.status == "acceptable"
    assert panel.badge.text() == "✔ Acceptable"
    assert "Review: ✔ Acceptable" in page.plan.item(0).text()  # type: ignore[attr-defined]


def test_a_file_dropped_on_a_question_card_is_embedded_and_listed(
    qtbot: Any, driver: Driver, proof: Path
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    card = page.cards["accuracy_bias_testing"]
    page.ensureWidgetVisible(card)
    drop = drop_files(qtbot, card, [proof])
    assert drop.isAccepted()
    [evidence] = driver.window.document.assessment.attachments
    assert evidence.name == "bias-test.pdf"
    assert evidence.sha256 == hashlib.sha256(PROOF).hexdigest()
    assert evidence.supports == [Support(kind="question", id="accuracy_bias_testing")]
    assert card.evidence.isVisible()
    line = card.evidence.list.item(0).text()
    assert line.startswith("bias-test.pdf — ") and evidence.sha256[:12] in line
    assert driver.window.isWindowModified()


def test_dropped_files_too_big_or_not_regular_are_refused_and_the_others_kept(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path, tmp_path: Path
) -> None:
    big = tmp_path / "video.mp4"
    with big.open("wb") as handle:
        handle.truncate(MAX_EVIDENCE_BYTES + 1)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    page = driver.go_to_section("accuracy_oversight")
    card = page.cards["accuracy_bias_testing"]
    drop_files(qtbot, card, [big, proof, fifo, tmp_path])
    assert [e.name for e in driver.window.document.assessment.attachments] == ["bias-test.pdf"]
    messages = [text for kind, _, text in dialogs.calls if kind == "critical"]
    assert len(messages) == 3
    assert "at most 8.0 MiB" in messages[0]
    assert "not a regular file" in messages[1] and "not a regular file" in messages[2]


def test_attach_evidence_button_is_the_keyboard_way(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    button = page.cards["accuracy_bias_testing"].evidence.attach_button
    dialogs.open_path = str(proof)
    button.setFocus()
    qtbot.keyClick(button, Qt.Key.Key_Space)
    assert [e.name for e in driver.window.document.assessment.attachments] == ["bias-test.pdf"]


def test_a_file_dropped_on_a_measure_supports_that_measure(qtbot: Any, driver: Driver, proof: Path) -> None:
    page = driver.go_to_section("measures")
    qtbot.mouseClick(driver.find(QWidget, "add_custom_measure"), Qt.MouseButton.LeftButton)
    drop_files(qtbot, page.editor, [proof])  # type: ignore[attr-defined]
    measure_id = driver.window.document.assessment.measures[0].id
    [evidence] = driver.window.document.assessment.attachments
    assert evidence.supports == [Support(kind="measure", id=measure_id)]
    assert page.measure_evidence.isVisible()  # type: ignore[attr-defined]


def test_remove_asks_first_and_a_no_keeps_the_file(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    box = page.cards["accuracy_bias_testing"].evidence
    drop_files(qtbot, page.cards["accuracy_bias_testing"], [proof])
    dialogs.question_answer = QMessageBox.StandardButton.No
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert len(driver.window.document.assessment.attachments) == 1
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(box.remove_button, Qt.MouseButton.LeftButton)
    assert driver.window.document.assessment.attachments == []
    assert not box.isVisible()
    assert [k for k in dialogs.kinds() if k == "question"] == ["question", "question"]


def test_save_a_copy_writes_the_exact_bytes(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path, tmp_path: Path
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    box = page.cards["accuracy_bias_testing"].evidence
    drop_files(qtbot, page.cards["accuracy_bias_testing"], [proof])
    dialogs.save_path = str(tmp_path / "copy.pdf")
    qtbot.mouseClick(box.save_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "copy.pdf").read_bytes() == PROOF


def test_review_and_evidence_survive_save_and_load(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path, tmp_path: Path, make_window: Any
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    drop_files(qtbot, page.cards["accuracy_bias_testing"], [proof])
    panel = _open_review_form(qtbot, driver.go_to_section("system"))
    _record(qtbot, driver, panel, "improvable", "Add the retention schedule", "Eva Evaluator")
    target = tmp_path / "reviewed.dpia"
    dialogs.save_path = str(target)
    driver.window.files.save_as()
    saved = load_assessment(target)
    assert [e.name for e in saved.attachments] == ["bias-test.pdf"]
    assert saved.attachments[0].data() == PROOF
    assert [(r.scope, r.target, r.status) for r in saved.reviews] == [("section", "system", "improvable")]
    second = make_window(offer_recovery=False)
    assert second.open_file(target)
    other = Driver(qtbot, second)
    card = other.go_to_section("accuracy_oversight").cards["accuracy_bias_testing"]
    assert card.evidence.isVisible() and card.evidence.list.count() == 1
    reopened = other.go_to_section("system").review_panel  # type: ignore[attr-defined]
    assert reopened.badge.text() == "⚠ Improvable"
    index = [s.id for s in second.bank.sections].index("system")
    assert "Improvable" in second.wizard.section_list.list.item(index).text()


def _tools_action(window: Any, text: str) -> Any:
    return next(a for a in window.tools_menu.actions() if a.text() == text)


def test_the_evidence_dialog_lists_every_file_and_removes_after_confirmation(
    qtbot: Any, driver: Driver, dialogs: Dialogs, proof: Path, tmp_path: Path
) -> None:
    second = tmp_path / "dpo-advice.txt"
    second.write_text("The DPO advises an independent bias test.", encoding="utf-8")
    page = driver.go_to_section("accuracy_oversight")
    drop_files(qtbot, page.cards["accuracy_bias_testing"], [proof, second])
    _tools_action(driver.window, "&Evidence files…").trigger()
    dialog = driver.window.evidence_dialog
    qtbot.waitExposed(dialog)
    table = dialog.table
    assert table.rowCount() == 2
    cells = [[table.item(r, c).text() for c in range(5)] for r in range(2)]
    assert cells[0][0] == "bias-test.pdf" and cells[1][0] == "dpo-advice.txt"
    assert cells[0][2] == hashlib.sha256(PROOF).hexdigest()[:16] + "…"
    assert cells[0][1] == f"{len(PROOF)} bytes"
    assert cells[0][3].startswith("Answer: ")
    assert "2 files" in dialog.summary.text() and "8.0 MiB per file" in dialog.summary.text()
    table.selectRow(1)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.remove_button, Qt.MouseButton.LeftButton)
    assert [e.name for e in driver.window.document.assessment.attachments] == ["bias-test.pdf"]
    assert table.rowCount() == 1
    assert page.cards["accuracy_bias_testing"].evidence.list.count() == 1
    dialog.close()


def test_final_is_refused_in_the_wizard_while_a_section_is_to_correct(
    qtbot: Any, driver: Driver, dialogs: Dialogs
) -> None:
    panel = _open_review_form(qtbot, driver.go_to_section("system"))
    _record(qtbot, driver, panel, "to_correct", "Name the camera model", "Eva Evaluator")
    driver.go_to_section("project")
    status = driver.find(QComboBox, "meta_status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)  # "Final"
    assert driver.window.document.assessment.metadata.status == "draft"
    assert status.currentData() == "draft"
    assert dialogs.calls[-1][0] == "critical" and "cannot mark the assessment final" in dialogs.calls[-1][2]
    _record(qtbot, driver, _open_review_form(qtbot, driver.go_to_section("system")), "acceptable", "", "Eva")
    driver.go_to_section("project")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)
    assert driver.window.document.assessment.metadata.status == "final"


def test_to_correct_sets_a_final_assessment_back_to_in_review(qtbot: Any, driver: Driver) -> None:
    driver.go_to_section("project")
    status = driver.find(QComboBox, "meta_status")
    status.setFocus()
    qtbot.keyClick(status, Qt.Key.Key_End)
    assert driver.window.document.assessment.metadata.status == "final"
    panel = _open_review_form(qtbot, driver.go_to_section("system"))
    _record(qtbot, driver, panel, "to_correct", "Name the camera model", "Eva Evaluator")
    assert driver.window.document.assessment.metadata.status == "in_review"
    assert status.currentData() == "in_review"


def test_the_note_is_edited_in_the_evidence_dialog_and_open_opens_a_copy(
    qtbot: Any, driver: Driver, proof: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = driver.go_to_section("accuracy_oversight")
    card = page.cards["accuracy_bias_testing"]
    drop_files(qtbot, card, [proof])
    _tools_action(driver.window, "&Evidence files…").trigger()
    dialog = driver.window.evidence_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(0, 0)
    qtbot.keyClick(table, Qt.Key.Key_F2)  # the name is not editable
    assert QApplication.focusWidget() is table
    table.setCurrentCell(0, 4)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    qtbot.keyClicks(QApplication.focusWidget(), "Lab report of 2026-10")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: driver.window.document.assessment.attachments[0].note == "Lab report of 2026-10")
    assert card.evidence.list.item(0).text().endswith("— Lab report of 2026-10")
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    [url] = opened
    assert Path(url.toLocalFile()).name == "bias-test.pdf"
    assert Path(url.toLocalFile()).read_bytes() == PROOF
    dialog.close()


def test_a_file_dropped_on_a_text_answer_is_evidence_not_pasted_text(
    qtbot: Any, driver: Driver, proof: Path
) -> None:
    driver.answer("processing_description", "Faces are matched against a watchlist.")
    section = driver.window.bank.section_of("processing_description")
    assert section is not None
    page = driver.go_to_section(section.id)
    editor = driver.find(QWidget, "text_processing_description")
    target = editor.viewport() if hasattr(editor, "viewport") else editor
    drop_files(qtbot, target, [proof])
    assert driver.window.document.answer("processing_description") == "Faces are matched against a watchlist."
    [evidence] = driver.window.document.assessment.attachments
    assert evidence.supports == [Support(kind="question", id="processing_description")]
    assert page.cards["processing_description"].evidence.list.count() == 1


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_review_line_dates_in_the_interface_language(
    qtbot: Any, qapp: Any, driver: Driver, language: str
) -> None:
    use_language(qapp, language)  # the date format of the language, as the measures list uses it
    page = driver.go_to_section("system")
    panel = _open_review_form(qtbot, page)
    _record(qtbot, driver, panel, "acceptable", "", "Eva Evaluator")
    review = driver.window.document.review("section", "system")
    assert review is not None
    local = review.time.astimezone()
    text = panel.summary.text()
    conventions = conventions_for(language)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text)  # not ISO
    assert f"Eva Evaluator, {conventions.toString(local, QLocale.FormatType.ShortFormat)}" == text
    short_date = conventions.toString(local.date(), QLocale.FormatType.ShortFormat)
    assert short_date in text  # the date as the measures list writes a due date
    if language == "fr":
        assert f"{local:%d/%m/%Y %H:%M}" in text
