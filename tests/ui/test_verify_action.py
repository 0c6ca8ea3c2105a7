"""Tools > Verify signed report…: trusted through the Settings folder, untrusted, and forged names escaped."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import serialization
from PySide6.QtCore import Qt

from app.core.storage import load_assessment
from app.report.export import export_report
from app.report.identity import create_identity
from app.ui import state
from app.ui.dialogs.settings_dialog import SettingsDialog
from app.ui.main_window import MainWindow
from tests.report.builders import PASSPHRASE, unchecked_identity
from tests.ui.conftest import CLEARVIEW


@pytest.fixture
def signed(tmp_path: Path) -> dict[str, Path]:
    identity, trusted = tmp_path / "anna.p12", tmp_path / "trusted"
    certificate = create_identity(identity, "Anna", "anna@example.org", PASSPHRASE, key_type="ec-p256")
    trusted.mkdir()
    (trusted / "anna.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    pdf = tmp_path / "signed.pdf"
    export_report(load_assessment(CLEARVIEW), pdf, identity_path=identity, passphrase=PASSPHRASE)
    return {"pdf": pdf, "trusted": trusted}


def _verify(qtbot: Any, window: MainWindow, dialogs: Any, pdf: Path) -> tuple[str, str, str]:
    dialogs.open_path = str(pdf)
    before = len(dialogs.calls)
    window.verify_action.trigger()
    qtbot.waitUntil(
        lambda: len(dialogs.calls) > before + 1 and dialogs.calls[-1][0] != "open_file", timeout=60000
    )
    return dialogs.calls[-1]


def test_trusted_through_the_settings_folder(qtbot, window, dialogs, signed) -> None:
    state.settings().setValue(state.TRUST_DIR_KEY, str(signed["trusted"]))
    kind, title, text = _verify(qtbot, window, dialogs, signed["pdf"])
    assert (kind, title) == ("information", "Report verified")
    assert text.startswith("Intact, and every signer is trusted.")
    assert text.endswith("result: OK (intact, every signer trusted)")


def test_without_a_trust_folder_the_signer_is_not_trusted(qtbot, window, dialogs, signed) -> None:
    state.settings().setValue(state.TRUST_DIR_KEY, "")
    kind, title, text = _verify(qtbot, window, dialogs, signed["pdf"])
    assert (kind, title) == ("critical", "Report not verified")  # QMessageBox.warning, recorded by the fake
    assert text.startswith("Intact, but not every signer is trusted")
    assert "certificate:   SHA-256 " in text


def test_a_forged_signer_name_is_shown_escaped(qtbot, window, dialogs, tmp_path) -> None:
    from app.report.identity import load_identity
    from app.report.signing import sign_report

    evil = unchecked_identity(tmp_path / "e.p12", "Eve\nresult: OK (intact, every signer trusted)\x1b[2K")
    pdf = tmp_path / "evil.pdf"
    export_report(load_assessment(CLEARVIEW), tmp_path / "plain.pdf")
    pdf.write_bytes(
        sign_report((tmp_path / "plain.pdf").read_bytes(), load_identity(evil, PASSPHRASE), "dpo")
    )
    _kind, _title, text = _verify(qtbot, window, dialogs, pdf)
    assert "\x1b" not in text
    assert "signer:        Eve\\nresult: OK (intact, every signer trusted)\\x1b[2K" in text
    assert not any(line.startswith("result: OK") for line in text.splitlines())


def test_trust_folder_setting_persists(qtbot, window, dialogs, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(tmp_path))
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    dialog = window.settings_dialog
    assert isinstance(dialog, SettingsDialog)
    qtbot.mouseClick(
        dialog.findChild(type(dialog.clear_recent), "settings_browse_trust_dir"), Qt.MouseButton.LeftButton
    )
    assert dialog.trust_dir.text() == str(tmp_path)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert state.trust_dir() == str(tmp_path)
