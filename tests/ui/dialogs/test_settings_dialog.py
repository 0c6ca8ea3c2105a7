"""Tools > Settings…: preferences persist in QSettings, reset to defaults, and autosave honours its delay."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from app.ui import state
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.file_controller import RECENT_KEY
from app.ui.main_window import MainWindow

from ..conftest import Driver


def open_dialog(qtbot: Any, window: MainWindow) -> SettingsDialog:
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def press_ok(qtbot: Any, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)


def test_settings_persist(qtbot: Any, window: MainWindow, dialogs: Any, tmp_path: Path) -> None:
    dialog = open_dialog(qtbot, window)
    assert dialog.language.currentData() == "en" and dialog.autosave.value() == 1
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialogs.open_path = str(tmp_path / "me.p12")
    qtbot.mouseClick(
        dialog.findChild(type(dialog.clear_recent), "settings_browse_identity"), Qt.MouseButton.LeftButton
    )
    dialog.autosave.setValue(2)
    dialog.zoom.setValue(150)
    press_ok(qtbot, dialog)
    assert (state.language(), state.default_identity()) == ("nl", str(tmp_path / "me.p12"))
    assert (state.autosave_seconds(), state.default_zoom_percent()) == (2, 150)
    assert window.zoom == 1.5
    again = open_dialog(qtbot, window)
    assert again.language.currentData() == "nl"
    assert again.identity.text() == str(tmp_path / "me.p12")
    assert (again.autosave.value(), again.zoom.value()) == (2, 150)


def test_cancel_keeps_the_old_settings(qtbot: Any, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    dialog.autosave.setValue(2)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert state.autosave_seconds() == 1
    assert state.settings().value(state.AUTOSAVE_KEY) is None


def test_reset_to_defaults(qtbot: Any, window: MainWindow) -> None:
    store = state.settings()
    for key, value in ((state.LANGUAGE_KEY, "nl"), (state.AUTOSAVE_KEY, 2), (state.DEFAULT_ZOOM_KEY, 200)):
        store.setValue(key, value)
    store.setValue(state.DEFAULT_IDENTITY_KEY, "/somewhere/me.p12")
    dialog = open_dialog(qtbot, window)
    assert dialog.zoom.value() == 200
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    press_ok(qtbot, dialog)
    assert state.language() == "en" and state.default_identity() == ""
    assert (state.autosave_seconds(), state.default_zoom_percent()) == (1, 100)


def test_clear_recent_files(qtbot: Any, window: MainWindow, tmp_path: Path) -> None:
    for name in ("a", "b"):
        path = tmp_path / f"{name}.dpia"
        window.files.save_to(path)
    dialog = open_dialog(qtbot, window)
    assert dialog.recent.count() == 2
    qtbot.mouseClick(dialog.clear_recent, Qt.MouseButton.LeftButton)
    assert dialog.recent.count() == 0 and not dialog.clear_recent.isEnabled()
    press_ok(qtbot, dialog)
    assert window.files.recent_files() == []
    assert not window.recent_menu.isEnabled()
    assert state.settings().value(RECENT_KEY) in ([], None, "")


def test_reset_zoom_returns_to_the_default_zoom(qtbot: Any, window: MainWindow) -> None:
    state.settings().setValue(state.DEFAULT_ZOOM_KEY, 130)
    window.set_zoom(2.0)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 1.3


def test_autosave_honours_the_interval(qtbot: Any, driver: Driver, state_dir: Path) -> None:
    state.settings().setValue(state.AUTOSAVE_KEY, 2)
    driver.window.document.set_metadata("title", "Shop entrance")
    timer = driver.window.files._autosave_timer
    assert timer.isActive() and timer.interval() == 2000  # the delay comes from the setting
    with qtbot.waitSignal(driver.window.files.autosaved, timeout=10_000):
        pass
    assert len(list(state_dir.glob("recovery-*.json"))) == 1


def test_out_of_range_intervals_are_clamped(window: MainWindow) -> None:
    store = state.settings()
    for stored, used in ((0, 1), (60, 2), ("soon", 1)):
        store.setValue(state.AUTOSAVE_KEY, stored)
        assert state.autosave_seconds() == used
