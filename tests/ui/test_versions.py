"""Versions in the wizard: Mark version…, revisions on save, the status rule, the compare view, the review
banner on open, and the version a signed export records; each through the keys and clicks a user makes."""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox

from app import resources
from app.core.assessment import Measure
from app.core.forms import QuestionBank
from app.core.knowledge import Knowledge, load_knowledge, load_knowledge_from
from app.core.lineage import record_version
from app.core.review import set_review
from app.core.rulesversion import current_rules_version
from app.core.storage import load_assessment, save_assessment
from app.ui.dialogs.compare_dialog import CompareDialog
from app.ui.dialogs.version_dialog import MarkVersionDialog
from app.ui.main_window import MainWindow
from tests.helpers.paths import scenario_path
from tests.helpers.rules_update import RULE_ID, updated_forms

from .conftest import CLEARVIEW, VERDICT_TIMEOUT_MS, Dialogs, Driver

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
OLD_RULES = "2026.01-1+0000000000000000"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    folder = tmp_path / "work"
    folder.mkdir()
    return folder


def copy_of(name: Path, folder: Path) -> Path:
    target = folder / "case.dpia"
    shutil.copy(name, target)
    return target


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def wait_for_rules(qtbot: Any, window: MainWindow) -> Knowledge:
    qtbot.waitUntil(lambda: window.scorer.knowledge is not None, timeout=VERDICT_TIMEOUT_MS)
    assert window.scorer.knowledge is not None
    return window.scorer.knowledge


def mark_version(qtbot: Any, window: MainWindow, label: str) -> None:
    """Ctrl+Shift+M, type the label, Enter."""
    qtbot.keyClick(window, Qt.Key.Key_M, CTRL_SHIFT)
    dialog = window.versions.mark_dialog
    assert isinstance(dialog, MarkVersionDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.label_edit.text() == window.document.assessment.metadata.version  # suggested
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Delete)
    assert not dialog.ok_button.isEnabled()  # a blank label cannot be recorded
    qtbot.keyClicks(dialog.label_edit, label)
    assert dialog.ok_button.isEnabled()
    with qtbot.waitSignal(dialog.finished):
        qtbot.keyClick(dialog.label_edit, Qt.Key.Key_Return)


def open_compare(qtbot: Any, window: MainWindow) -> CompareDialog:
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    dialog = window.versions.compare_dialog
    assert isinstance(dialog, CompareDialog)
    qtbot.waitUntil(dialog.isVisible)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.versions)  # focus starts on the choice
    return dialog


def rows(dialog: CompareDialog) -> list[list[str]]:
    return [[dialog.cell(r, c) for c in range(5)] for r in range(dialog.table.rowCount())]


# -- Mark version ---------------------------------------------------------------------------------------
def test_mark_version_records_an_entry_like_dpia_version_and_saves_it(
    qtbot: Any, window: MainWindow, work: Path, make_window: Callable[..., MainWindow]
) -> None:
    path = copy_of(CLEARVIEW, work)
    assert window.open_file(path)
    wait_for_rules(qtbot, window)
    mark_version(qtbot, window, "v1 for the DPO")
    saved = load_assessment(path)
    [entry] = saved.history
    assert (entry.label, entry.kind) == ("v1 for the DPO", "version")
    assert entry.rules_version == current_rules_version()
    assert entry.verdict_summary["outcome"] == "do_not_proceed"
    assert entry.snapshot.answers == load_assessment(CLEARVIEW).answers
    assert saved.revision == entry.revision and saved.id  # the file is the recorded revision
    assert (path.parent / "case.dpia.bak").exists()
    assert not window.isWindowModified()
    assert 'Recorded version "v1 for the DPO"' in window.statusBar().currentMessage()
    # Loaded again in a new window, the version is there to compare with, and nothing differs.
    again = make_window(offer_recovery=False)
    assert again.open_file(path)
    wait_for_rules(qtbot, again)
    dialog = open_compare(qtbot, again)
    assert dialog.versions.count() == 1 and dialog.versions.currentText().startswith("v1 for the DPO")
    assert "is the same as the current state" in dialog.summary.text() and dialog.table.rowCount() == 0


def test_mark_version_on_an_untitled_assessment_records_nothing_when_the_save_is_cancelled(
    qtbot: Any, window: MainWindow, dialogs: Dialogs, work: Path
) -> None:
    window.document.set_metadata("title", "Draft")
    dialogs.save_path = ""  # the user cancels Save As
    mark_version(qtbot, window, "v1")
    assessment = window.document.assessment
    assert assessment.history == [] and assessment.revision is None and assessment.id is None
    dialogs.save_path = str(work / "new")
    mark_version(qtbot, window, "v1")
    saved = load_assessment(work / "new.dpia")
    assert [e.label for e in saved.history] == ["v1"] and saved.revision == saved.history[0].revision


# -- revisions on save ----------------------------------------------------------------------------------
def test_each_save_is_a_new_revision_whose_parent_is_the_one_before(
    qtbot: Any, window: MainWindow, work: Path, dialogs: Dialogs
) -> None:
    path = copy_of(CLEARVIEW, work)
    assert window.open_file(path)
    window.document.set_metadata("title", "First")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    first = load_assessment(path)
    assert first.id and first.revision and first.parent is None
    window.document.set_metadata("title", "Second")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    second = load_assessment(path)
    assert (second.id, second.parent) == (first.id, first.revision) and second.revision != first.revision
    # A save that fails leaves the revision as it was (nothing new was written).
    window.document.set_metadata("title", "Third")
    assert not window.files.save_to(work / "no such folder" / "x.dpia")
    assert dialogs.kinds()[-1] == "critical"
    assert window.document.assessment.revision == second.revision
    window.close()  # reopened, the chain goes on from the file
    reopened = MainWindow(window.bank, offer_recovery=False)
    qtbot.addWidget(reopened)
    assert reopened.open_file(path)
    reopened.files.save()
    assert load_assessment(path).parent == second.revision


# -- status ---------------------------------------------------------------------------------------------
def test_final_is_refused_while_a_review_says_to_correct_and_the_reason_is_shown(
    qtbot: Any, window: MainWindow, work: Path, dialogs: Dialogs, bank: QuestionBank
) -> None:
    assessment = load_assessment(CLEARVIEW)
    moment = dt.datetime(2026, 11, 30, 9, tzinfo=dt.UTC)
    set_review(assessment, bank, "section", bank.sections[1].id, "to_correct", "redo", "Eva", moment)
    path = work / "reviewed.dpia"
    save_assessment(assessment, path)
    assert window.open_file(path)
    driver = Driver(qtbot, window)
    combo = driver.find(QComboBox, "meta_status")
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_End)  # "Final"
    kind, title, text = dialogs.calls[-1]
    assert kind == "critical" and title == "Cannot change the status"  # QMessageBox.warning
    assert "cannot mark the assessment final" in text and "to correct" in text
    assert combo.currentData() == "draft" and window.document.assessment.metadata.status == "draft"
    assert not window.isWindowModified()
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # "In review" is allowed
    assert window.document.assessment.metadata.status == "in_review" and window.isWindowModified()


# -- compare view ---------------------------------------------------------------------------------------
def test_compare_shows_a_version_beside_the_current_state_and_switches_versions_by_keyboard(
    qtbot: Any, window: MainWindow, work: Path
) -> None:
    path = copy_of(scenario_path("people_counting_detection"), work)
    assert window.open_file(path)
    wait_for_rules(qtbot, window)
    mark_version(qtbot, window, "v1")
    window.document.set_answer("fr_function", "identification_1toN")
    window.document.add_measure(title="Blur faces at the edge", status="planned")
    window.document.set_note("fr_function", text="Changed after the workshop")
    mark_version(qtbot, window, "v2")
    window.document.set_answer("fr_function", "detection_only")
    dialog = open_compare(qtbot, window)
    assert dialog.versions.currentText().startswith("v2")  # the newest first
    [answer] = [r for r in rows(dialog) if r[0] == "Answer"]
    assert answer[1].endswith("[fr_function]") and answer[1] != "fr_function"  # the question's label
    assert "(identification_1toN)" in answer[3] and "(detection_only)" in answer[4]
    assert dialog.table.horizontalHeaderItem(3).text() == "In v2"
    gone = [r for r in rows(dialog) if r[0] == "Finding" and r[2] == "removed"]
    assert gone and all(r[1].startswith("finding “") and "(rule " not in r[1] for r in gone)  # by text
    # Down arrow on the focused combo: the older version, with the measure and note as differences too.
    qtbot.keyClick(dialog.versions, Qt.Key.Key_Down)
    assert dialog.versions.currentText().startswith("v1")
    table = rows(dialog)
    areas = {r[0] for r in table}
    assert {"Measure", "Workshop note", "Verdict"} <= areas, table
    [measure] = [r for r in table if r[0] == "Measure"]
    assert (measure[2], measure[3]) == ("added", "-") and "Blur faces at the edge" in measure[4]
    [outcome] = [r for r in table if r[0] == "Verdict" and r[1] == "Outcome"]
    assert outcome[3] != outcome[4] and outcome[3].isupper()  # outcome words as the badge shows them
    assert "differs from the current state" in dialog.summary.text()
    # Tab goes from the combo to the table to the Close button; Escape closes.
    qtbot.keyClick(dialog.versions, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.table
    qtbot.keyClick(dialog.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget().objectName() != "compare_table"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_compare_without_versions_says_so(qtbot: Any, window: MainWindow, dialogs: Dialogs) -> None:
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert dialogs.calls[-1][:2] == ("information", "No versions yet")


def test_compare_is_readable_at_200_percent(qtbot: Any, window: MainWindow, work: Path) -> None:
    path = copy_of(CLEARVIEW, work)
    assert window.open_file(path)
    wait_for_rules(qtbot, window)
    mark_version(qtbot, window, "v1")
    window.document.set_answer("fr_timing", "realtime")
    window.document.add_measure(title="A measure with a long title " * 6, status="planned")
    window.set_zoom(2.0)
    dialog = open_compare(qtbot, window)
    assert dialog.table.fontMetrics().height() >= 2 * QApplication.font().pointSizeF()  # zoomed
    assert dialog.table.rowCount() == 2
    for row in range(dialog.table.rowCount()):  # every row tall enough for its wrapped text, as laid out
        assert dialog.table.sizeHintForRow(row) <= dialog.table.rowHeight(row), row
    wrapped = dialog.table.rowHeight(1)
    assert wrapped > 5 * dialog.table.fontMetrics().height()  # the long title wraps instead of clipping


# -- review banner --------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def updated_rules(tmp_path_factory: pytest.TempPathFactory) -> Knowledge:
    return load_knowledge_from(updated_forms(tmp_path_factory.mktemp("rules")), resources.resources_dir())


def recorded_under_other_rules(work: Path, knowledge: Knowledge, review: dt.date | None) -> Path:
    """People counting, versioned under a rules update that refused it; the shipped rules no longer do."""
    assessment = load_assessment(scenario_path("people_counting_detection"))
    entry = record_version(assessment, "v1 signed", knowledge)
    entry.rules_version = OLD_RULES
    assessment.sign_off.next_review_date = review
    path = work / "counting.dpia"
    save_assessment(assessment, path)
    return path


def test_the_banner_says_which_conclusions_the_rules_changed_and_that_the_review_is_overdue(
    qtbot: Any, make_window: Callable[..., MainWindow], work: Path, updated_rules: Knowledge
) -> None:
    due = dt.date.today() - dt.timedelta(days=3)
    path = recorded_under_other_rules(work, updated_rules, due)
    window = make_window(offer_recovery=False, open_path=None)
    assert window.open_file(path)
    banner = window.versions.banner
    assert window.versions.banner_dock.isVisible()  # at once, for the review date
    qtbot.waitUntil(lambda: bool(banner.rules_text.text()), timeout=VERDICT_TIMEOUT_MS)  # rules loaded
    rules = banner.rules_text.text()
    assert 'The rules changed since version "v1 signed"' in rules and OLD_RULES in rules
    assert "Outcome: DO NOT PROCEED → PROCEED" in rules
    assert f"no longer raised: finding {RULE_ID}" in rules
    review = banner.review_text.text()
    assert f"Review overdue: the next review was due on {_short(due)} (3 days ago)" in review
    assert banner.review_text.property("overdue") == "true" and banner.property("tone") == "warning"
    # The compare button opens the comparison on that version.
    click(qtbot, banner.compare_button)
    dialog = window.versions.compare_dialog
    assert isinstance(dialog, CompareDialog) and dialog.versions.currentText().startswith("v1 signed")
    dialog.close()
    # Dismissed, it stays away until the file is opened again.
    click(qtbot, banner.dismiss_button)
    assert not window.versions.banner_dock.isVisible()
    window.document.set_metadata("title", "edited")
    assert not window.versions.banner_dock.isVisible()
    window.files.save()
    assert window.open_file(path)
    assert window.versions.banner_dock.isVisible()


def test_the_banner_shows_a_future_review_calmly_and_nothing_when_there_is_nothing_to_say(
    qtbot: Any, window: MainWindow, work: Path
) -> None:
    wait_for_rules(qtbot, window)
    assessment = load_assessment(CLEARVIEW)
    due = dt.date.today() + dt.timedelta(days=90)
    assessment.sign_off.next_review_date = due
    record_version(assessment, "v1", load_knowledge())  # the current rules: nothing changed
    save_assessment(assessment, work / "calm.dpia")
    assert window.open_file(work / "calm.dpia")
    banner = window.versions.banner
    assert window.versions.banner_dock.isVisible()
    assert banner.review_text.text() == f"Next review due on {_short(due)}."
    assert banner.rules_text.text() == "" and banner.property("tone") == "info"
    assert banner.review_text.property("overdue") == "false" and not banner.compare_button.isVisibleTo(banner)
    assert window.open_file(copy_of(CLEARVIEW, work))
    assert not window.versions.banner_dock.isVisible()


def test_recording_a_version_under_the_current_rules_clears_the_rules_notice(
    qtbot: Any, window: MainWindow, work: Path, updated_rules: Knowledge
) -> None:
    path = recorded_under_other_rules(work, updated_rules, None)
    assert window.open_file(path)
    qtbot.waitUntil(window.versions.banner_dock.isVisible, timeout=VERDICT_TIMEOUT_MS)
    mark_version(qtbot, window, "v2 re-checked")
    assert not window.versions.banner_dock.isVisible()
    assert [e.label for e in load_assessment(path).history] == ["v1 signed", "v2 re-checked"]


# -- signed export ----------------------------------------------------------------------------------------
def test_a_signed_export_records_a_version_the_pdf_names_and_saves_it(
    qtbot: Any, window: MainWindow, work: Path, tmp_path: Path
) -> None:
    from app.report.identity import create_identity
    from app.report.verify import verify_report
    from app.ui.state import DEFAULT_IDENTITY_KEY, settings
    from tests.report.builders import pdf_text
    from tests.ui.dialogs.test_export_dialog import (
        EXPORT_TIMEOUT_MS,
        PASSPHRASE,
        export,
        open_dialog,
        type_passphrase,
    )

    identity = tmp_path / "tester.p12"
    create_identity(identity, "Test Assessor", "t@example.org", PASSPHRASE, key_type="ec-p256")
    settings().setValue(DEFAULT_IDENTITY_KEY, str(identity))
    path = copy_of(CLEARVIEW, work)
    assert window.open_file(path)
    window.document.set_metadata("title", "Unsaved title")
    unsigned = open_dialog(qtbot, window)
    export(qtbot, unsigned)
    assert window.document.assessment.history == [] and load_assessment(path).history == []
    qtbot.waitUntil(lambda: not unsigned.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    dialog = open_dialog(qtbot, window)
    dialog.output.setText(str(work / "signed.pdf"))
    assert not dialog.version_note.isVisibleTo(dialog)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    assert dialog.version_note.isVisibleTo(dialog)  # the dialog says a signed report is recorded
    with qtbot.waitSignal(window.versions.version_recorded, timeout=EXPORT_TIMEOUT_MS):
        export(qtbot, dialog)
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)
    saved = load_assessment(path)
    [entry] = saved.history
    assert (entry.kind, entry.label) == ("signed_export", "signed export signed.pdf")
    assert saved.revision == entry.revision == window.document.assessment.revision
    assert saved.metadata.title == "Unsaved title" and not window.isWindowModified()
    pdf = (work / "signed.pdf").read_bytes()
    assert f"{entry.revision} (signed export signed.pdf)" in pdf_text(pdf)
    embedded = load_assessment_from_json(verify_report(pdf).assessment_json)
    assert embedded.revision == entry.revision and embedded.history[-1].label == entry.label
    # A later edit and save starts a new revision from the signed one.
    window.document.add_measure(**Measure(id="x", title="After signing").model_dump(exclude={"id"}))
    window.files.save()
    assert load_assessment(path).parent == entry.revision


def load_assessment_from_json(data: bytes | None) -> Any:
    from app.core.storage import parse_assessment

    return parse_assessment(data or b"")


def test_edits_made_during_a_signed_export_are_not_saved_behind_the_users_back(
    qtbot: Any, window: MainWindow, work: Path, tmp_path: Path
) -> None:
    from app.report.identity import create_identity
    from app.ui.state import DEFAULT_IDENTITY_KEY, settings
    from tests.ui.dialogs.test_export_dialog import (
        EXPORT_TIMEOUT_MS,
        PASSPHRASE,
        click,
        open_dialog,
        type_passphrase,
    )

    identity = tmp_path / "tester.p12"
    create_identity(identity, "Test Assessor", "t@example.org", PASSPHRASE, key_type="ec-p256")
    settings().setValue(DEFAULT_IDENTITY_KEY, str(identity))
    path = copy_of(CLEARVIEW, work)
    assert window.open_file(path)
    before = path.read_bytes()
    dialog = open_dialog(qtbot, window)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    with qtbot.waitSignal(window.versions.version_recorded, timeout=EXPORT_TIMEOUT_MS):
        click(qtbot, dialog.export_button)
        window.document.set_metadata("title", "Typed while the report was being signed")  # before it ends
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)
    assert path.read_bytes() == before  # the edit is not written without a save
    [entry] = window.document.assessment.history
    assert (
        window.isWindowModified() and "save the assessment to keep it" in window.statusBar().currentMessage()
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = load_assessment(path)
    assert [e.revision for e in saved.history] == [entry.revision] and saved.parent == entry.revision
    assert saved.metadata.title == "Typed while the report was being signed"


def test_a_language_switch_keeps_the_version_actions_and_the_banner(
    qtbot: Any, window: MainWindow, work: Path, updated_rules: Knowledge
) -> None:
    path = recorded_under_other_rules(work, updated_rules, dt.date.today() - dt.timedelta(days=1))
    assert window.open_file(path)
    qtbot.waitUntil(lambda: bool(window.versions.banner.rules_text.text()), timeout=VERDICT_TIMEOUT_MS)
    window.set_language("nl")
    versions = window.versions
    assert versions.mark_action in window.file_menu.actions()
    assert versions.compare_action in window.file_menu.actions()
    assert versions.banner_dock.isVisible() and "v1 signed" in versions.banner.rules_text.text()
    qtbot.keyClick(window, Qt.Key.Key_D, CTRL_SHIFT)
    assert isinstance(versions.compare_dialog, CompareDialog)


def _short(day: dt.date) -> str:
    """A date as the interface language writes it (the banner, as the measures list)."""
    from PySide6.QtCore import QLocale

    return QLocale().toString(day, QLocale.FormatType.ShortFormat)
