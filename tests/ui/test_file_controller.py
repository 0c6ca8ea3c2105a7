"""Files: autosave within 2 s, restore after a crash, broken files left untouched, clean close."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from shiboken6 import isValid

from app.core.storage import load_assessment
from app.ui.main_window import MainWindow
from tests.helpers.hostile import assessment_with_numbers

from .conftest import VERDICT_TIMEOUT_MS, Driver

# The autosave is scheduled at most 2 s after a change (checked on the timer); the waits below allow a
# loaded CI machine more slack, so no test fails on wall-clock time alone.
AUTOSAVE_DEADLINE_MS = 10_000


def simulate_crash(qtbot: Any, window: MainWindow) -> None:
    """The window disappears without a closeEvent: no prompt, no clean-up, as in a crash."""
    window.deleteLater()
    qtbot.waitUntil(lambda: not isValid(window))


def recovery_files(state_dir: Path) -> list[Path]:
    return sorted(state_dir.glob("recovery-*.json"))


def test_autosave_writes_a_private_recovery_file_within_two_seconds(
    qtbot: Any, driver: Driver, state_dir: Path
) -> None:
    driver.answer("fr_timing", "realtime")
    timer = driver.window.files._autosave_timer
    assert timer.isActive() and timer.interval() <= 2000
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    file = recovery_files(state_dir)[0]
    assert stat.S_IMODE(file.stat().st_mode) == 0o600
    saved = json.loads(file.read_text(encoding="utf-8"))
    assert saved["assessment"]["answers"] == {"fr_timing": "realtime"}


def test_every_later_change_is_autosaved_too(qtbot: Any, driver: Driver, state_dir: Path) -> None:
    driver.answer("fr_timing", "realtime")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    driver.answer("fr_timing", "retrospective")

    def has_second_answer() -> bool:
        data = json.loads(recovery_files(state_dir)[0].read_text(encoding="utf-8"))
        return data["assessment"]["answers"].get("fr_timing") == "retrospective"

    qtbot.waitUntil(has_second_answer, timeout=AUTOSAVE_DEADLINE_MS)


def test_restore_after_a_crash(
    qtbot: Any, bank: Any, make_window: Any, dialogs: Any, state_dir: Path
) -> None:
    crashed = MainWindow(bank, offer_recovery=False)
    crashed.show()
    Driver(qtbot, crashed).answer("controller_type", "public_authority")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    simulate_crash(qtbot, crashed)

    dialogs.question_answer = QMessageBox.StandardButton.Yes
    window = make_window()
    qtbot.waitUntil(lambda: window.document.answer("controller_type") == "public_authority")
    assert dialogs.kinds() == ["question"]
    assert "did not close properly" in dialogs.calls[0][2]
    assert window.isWindowModified()
    restored = window.wizard.page(1).cards["controller_type"].editor  # type: ignore[attr-defined]
    assert restored.buttons["public_authority"].isChecked()
    # the orphan is gone; the new window keeps its own recovery copy until it is saved
    assert [f.name for f in recovery_files(state_dir)] == [window.files.recovery.path.name]


def test_declining_the_restore_discards_the_copy(
    qtbot: Any, bank: Any, make_window: Any, dialogs: Any, state_dir: Path
) -> None:
    crashed = MainWindow(bank, offer_recovery=False)
    crashed.show()
    Driver(qtbot, crashed).answer("fr_timing", "realtime")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    simulate_crash(qtbot, crashed)
    dialogs.question_answer = QMessageBox.StandardButton.No
    window = make_window()
    qtbot.waitUntil(lambda: dialogs.kinds() == ["question"])
    assert window.document.assessment.answers == {}
    assert recovery_files(state_dir) == []


def test_no_restore_offered_while_the_other_window_is_open(
    qtbot: Any, driver: Driver, make_window: Any, dialogs: Any, state_dir: Path
) -> None:
    driver.answer("fr_timing", "realtime")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    second = make_window()
    # Start-up decides on recovery just before it first scores: once a verdict is there, it has decided.
    qtbot.waitUntil(lambda: second.scorer.verdict is not None, timeout=VERDICT_TIMEOUT_MS)
    assert dialogs.kinds() == []
    assert second.files.offer_recovery() is False
    assert dialogs.kinds() == []
    assert second.document.assessment.answers == {}
    assert len(recovery_files(state_dir)) == 1  # the open window's copy is kept


def test_clean_close_and_save_remove_the_recovery_file(
    qtbot: Any, driver: Driver, dialogs: Any, state_dir: Path, tmp_path: Path
) -> None:
    driver.answer("fr_timing", "realtime")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    dialogs.save_path = str(tmp_path / "saved.dpia")
    driver.shortcut(Qt.Key.Key_S)
    assert recovery_files(state_dir) == []
    driver.answer("fr_timing", "retrospective")
    qtbot.waitUntil(lambda: len(recovery_files(state_dir)) == 1, timeout=AUTOSAVE_DEADLINE_MS)
    dialogs.question_answer = QMessageBox.StandardButton.Discard
    driver.window.close()
    assert recovery_files(state_dir) == []


def test_broken_file_shows_an_error_and_stays_untouched(driver: Driver, dialogs: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.dpia"
    payload = b'{"format": "dpia-assessment", "answers": {"fr_function": '
    broken.write_bytes(payload)
    dialogs.open_path = str(broken)
    driver.shortcut(Qt.Key.Key_O)
    assert dialogs.kinds() == ["open_file", "critical"]
    assert "invalid JSON" in dialogs.calls[1][2]
    assert "has not been changed" in dialogs.calls[1][2]
    assert broken.read_bytes() == payload
    assert not (tmp_path / "broken.dpia.bak").exists()
    assert driver.window.document.path is None


@pytest.mark.parametrize("kind", ["fifo", "numbers"])
def test_hostile_files_are_refused_with_one_line(driver: Driver, dialogs: Any, tmp_path: Path, kind: str) -> None:
    path = tmp_path / "hostile.dpia"
    if kind == "fifo":
        os.mkfifo(path)  # opening it for reading would wait for a writer forever
    else:
        path.write_bytes(assessment_with_numbers(2_000_000))
    dialogs.open_path = str(path)
    driver.shortcut(Qt.Key.Key_O)
    assert dialogs.kinds() == ["open_file", "critical"]
    message = dialogs.calls[1][2].split("\n")[0]
    assert message.endswith("not a regular file (a FIFO); cannot read assessment file" if kind == "fifo"
                            else "more than the limit of 200,000 JSON values")
    assert driver.window.document.path is None


def test_file_with_an_invalid_option_is_refused(driver: Driver, dialogs: Any, tmp_path: Path) -> None:
    path = tmp_path / "wrong.dpia"
    payload = b'{"format": "dpia-assessment", "schema_version": 1, "answers": {"fr_function": "telepathy"}}'
    path.write_bytes(payload)
    dialogs.open_path = str(path)
    driver.shortcut(Qt.Key.Key_O)
    assert dialogs.kinds()[-1] == "critical"
    assert "telepathy" in dialogs.calls[-1][2]
    assert path.read_bytes() == payload


def test_unknown_answers_are_kept_when_saving(driver: Driver, dialogs: Any, tmp_path: Path) -> None:
    path = tmp_path / "future.dpia"
    path.write_text(
        json.dumps({"format": "dpia-assessment", "answers": {"fr_timing": "realtime", "new_fact": "x"}}),
        encoding="utf-8",
    )
    dialogs.open_path = str(path)
    driver.shortcut(Qt.Key.Key_O)
    assert "new_fact" in driver.window.statusBar().currentMessage()
    driver.answer("fr_timing", "retrospective")
    driver.shortcut(Qt.Key.Key_S)
    assert load_assessment(path).answers == {"fr_timing": "retrospective", "new_fact": "x"}
