"""Tools > Create signing identity…: a valid form first, the key made in a worker, only the path kept."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QThreadPool

from app.report.identity import load_identity
from app.ui.dialogs.identity_dialog import IdentityDialog
from app.ui.main_window import MainWindow
from app.ui.state import DEFAULT_IDENTITY_KEY, settings

PASSPHRASE = "a long passphrase"


def open_dialog(qtbot: Any, window: MainWindow) -> IdentityDialog:
    window.identity_action.trigger()
    dialog = window.identity_dialog
    assert isinstance(dialog, IdentityDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def retype(qtbot: Any, field: Any, text: str) -> None:
    field.clear()
    qtbot.keyClicks(field, text)


def test_create_is_disabled_until_the_form_is_valid(qtbot: Any, window: MainWindow) -> None:
    dialog = open_dialog(qtbot, window)
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.name, "Dana de Vries")
    retype(qtbot, dialog.passphrase, "short")
    retype(qtbot, dialog.repeat, "short")
    assert not dialog.ok_button.isEnabled()
    assert "8 characters" in dialog.hint.text()
    retype(qtbot, dialog.passphrase, PASSPHRASE)
    retype(qtbot, dialog.repeat, PASSPHRASE + "!")
    assert not dialog.ok_button.isEnabled()
    assert "differ" in dialog.hint.text()
    retype(qtbot, dialog.repeat, PASSPHRASE)
    assert dialog.ok_button.isEnabled()
    assert dialog.hint.text() == ""


def test_creates_the_identity_and_keeps_only_its_path(
    qtbot: Any, window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, window)
    target = tmp_path / "keys" / "dana"
    target.parent.mkdir()
    dialogs.save_path = str(target)
    qtbot.mouseClick(dialog.findChild(type(dialog.ok_button), "identity_browse"), Qt.MouseButton.LeftButton)
    assert dialog.path.text() == str(target.with_suffix(".p12"))
    qtbot.keyClicks(dialog.name, "Dana de Vries")
    qtbot.keyClicks(dialog.email, "dana@example.org")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.key_type.setCurrentIndex(dialog.key_type.findData("ec-p256"))
    assert dialog.make_default.isChecked()
    with qtbot.waitSignal(dialog.created, timeout=30000) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QThreadPool.globalInstance().waitForDone(30000)
    created = Path(blocker.args[0])
    assert created == target.with_suffix(".p12")
    identity = load_identity(created, PASSPHRASE)
    assert (identity.name, identity.email) == ("Dana de Vries", "dana@example.org")
    store = settings()
    store.sync()
    assert store.value(DEFAULT_IDENTITY_KEY) == str(created)
    assert all(PASSPHRASE not in str(store.value(key)) for key in store.allKeys())
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert PASSPHRASE.encode() not in file.read_bytes(), file
    assert "Signing identity saved" in window.statusBar().currentMessage()


def test_an_existing_file_is_not_overwritten(
    qtbot: Any, window: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    existing = tmp_path / "taken.p12"
    existing.write_bytes(b"keep me")
    dialog = open_dialog(qtbot, window)
    retype(qtbot, dialog.path, str(existing))
    qtbot.keyClicks(dialog.name, "Dana")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.key_type.setCurrentIndex(dialog.key_type.findData("ec-p256"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    qtbot.waitUntil(lambda: "critical" in dialogs.kinds(), timeout=30000)
    assert "already exists" in dialogs.calls[-1][2]
    assert existing.read_bytes() == b"keep me"
    assert dialog.isVisible() and dialog.isEnabled()
    assert settings().value(DEFAULT_IDENTITY_KEY) is None


def test_the_identity_goes_to_the_private_data_folder_by_default(
    qtbot: Any, window: MainWindow, tmp_path: Path
) -> None:
    source = tmp_path / "shared-drive" / "case.dpia"
    source.parent.mkdir()
    source.write_text('{"format": "dpia-assessment", "schema_version": 1, "answers": {}}', encoding="utf-8")
    assert window.open_file(source)  # the assessment lives on a shared drive
    dialog = open_dialog(qtbot, window)
    folder = tmp_path / "data" / "identities"  # DPIA_DATA_DIR stands in for the platformdirs folder
    assert Path(dialog.path.text()) == folder / "signing-identity.p12"
    assert folder.stat().st_mode & 0o777 == 0o700
    qtbot.keyClicks(dialog.name, "Dana de Vries")
    qtbot.keyClicks(dialog.passphrase, PASSPHRASE)
    qtbot.keyClicks(dialog.repeat, PASSPHRASE)
    dialog.key_type.setCurrentIndex(dialog.key_type.findData("ec-p256"))
    with qtbot.waitSignal(dialog.created, timeout=30000):
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton, pos=QPoint(5, 5))
    QThreadPool.globalInstance().waitForDone(30000)
    assert (folder / "signing-identity.p12").is_file()
    assert not list(source.parent.glob("*.p12"))
    qtbot.waitUntil(lambda: not dialog.isVisible())
    second = open_dialog(qtbot, window)
    assert Path(second.path.text()) == folder / "signing-identity-2.p12"  # never the same file again
