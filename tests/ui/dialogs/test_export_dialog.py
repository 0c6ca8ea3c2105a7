"""File > Export report…: the clearview scenario as a PDF, unsigned and signed, from a worker thread."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QLineEdit, QMessageBox

from app.report.identity import create_identity
from app.report.verify import verify_report
from app.ui.dialogs.export_dialog import ExportDialog
from app.ui.main_window import MainWindow
from app.ui.state import DEFAULT_IDENTITY_KEY, settings
from tests.ui.conftest import CLEARVIEW

PASSPHRASE = "correct horse battery"
EXPORT_TIMEOUT_MS = 60000


@pytest.fixture
def identity(tmp_path: Path) -> Path:
    """A test identity (EC: generated in milliseconds), set as the default like the identity dialog does."""
    path = tmp_path / "ids" / "tester.p12"
    path.parent.mkdir()
    create_identity(path, "Test Assessor", "tester@example.org", PASSPHRASE, key_type="ec-p256")
    settings().setValue(DEFAULT_IDENTITY_KEY, str(path))
    return path


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    """The clearview scenario opened from work/, then edited without saving."""
    source = tmp_path / "work" / "clearview.dpia"
    source.parent.mkdir()
    shutil.copy(CLEARVIEW, source)
    assert window.open_file(source)
    window.document.set_metadata("title", "Unsaved title")
    yield window
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)


def open_dialog(qtbot: Any, window: MainWindow) -> ExportDialog:
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.export_dialog
    assert isinstance(dialog, ExportDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def tick(qtbot: Any, box: Any) -> None:
    """Click a check box on its indicator (a wide box ignores clicks right of its text)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def type_passphrase(qtbot: Any, dialog: ExportDialog, text: str) -> None:
    tick(qtbot, dialog.sign)
    assert dialog.sign.isChecked()
    assert dialog.passphrase.echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClicks(dialog.passphrase, text)


def export(qtbot: Any, dialog: ExportDialog) -> Any:
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as blocker:
        click(qtbot, dialog.export_button)
    return blocker.args[0]


def assert_no_secret_stored(tmp_path: Path) -> None:
    store = settings()
    store.sync()
    assert all(PASSPHRASE not in str(store.value(key)) for key in store.allKeys())
    for file in tmp_path.rglob("*"):
        if file.is_file():
            assert PASSPHRASE.encode() not in file.read_bytes(), file


def test_export_is_enabled_and_suggests_a_pdf_next_to_the_file(
    qtbot: Any, opened: MainWindow, tmp_path: Path
) -> None:
    assert opened.export_action.isEnabled()
    dialog = open_dialog(qtbot, opened)
    assert Path(dialog.output.text()) == tmp_path / "work" / "clearview.pdf"
    assert dialog.language.currentData() == "en"
    assert not dialog.passphrase.isEnabled()


def test_browse_chooses_the_output_and_adds_pdf(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, opened)
    dialogs.save_path = str(tmp_path / "elsewhere" / "board")
    click(qtbot, dialog.browse_output)
    assert dialog.output.text() == str(tmp_path / "elsewhere" / "board.pdf")


def test_unsigned_export_writes_the_unsaved_assessment(
    qtbot: Any, opened: MainWindow, tmp_path: Path, identity: Path
) -> None:
    dialog = open_dialog(qtbot, opened)
    result = export(qtbot, dialog)
    pdf = (tmp_path / "work" / "clearview.pdf").read_bytes()
    assert pdf.startswith(b"%PDF")
    assert result.signed_by is None and result.outcome == "do_not_proceed"
    report = verify_report(pdf)
    assert report.problems == ["the report is not signed"]
    assert b"Unsaved title" in (report.assessment_json or b"")
    message = opened.statusBar().currentMessage()
    assert "clearview.pdf" in message and "not signed" in message
    assert "INCOMPLETE (3 answers needed)" in message and "do_not_proceed" not in message
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_signed_export_verifies(qtbot: Any, opened: MainWindow, tmp_path: Path, identity: Path) -> None:
    dialog = open_dialog(qtbot, opened)
    assert dialog.identity.text() == str(identity)
    dialog.role.setCurrentIndex(dialog.role.findData("dpo"))
    type_passphrase(qtbot, dialog, PASSPHRASE)
    result = export(qtbot, dialog)
    assert dialog.passphrase.text() == ""
    pdf = result.path.read_bytes()
    assert pdf.startswith(b"%PDF")
    report = verify_report(pdf)
    assert report.intact and not report.trusted, report.problems
    [signature] = report.signatures
    assert (signature.signer, signature.role) == ("Test Assessor", "dpo")
    assert "signed by Test Assessor" in opened.statusBar().currentMessage()
    assert_no_secret_stored(tmp_path)


def test_wrong_passphrase_says_so_and_writes_nothing(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path, identity: Path
) -> None:
    dialog = open_dialog(qtbot, opened)
    type_passphrase(qtbot, dialog, "not the passphrase")
    click(qtbot, dialog.export_button)
    qtbot.waitUntil(lambda: "critical" in dialogs.kinds(), timeout=EXPORT_TIMEOUT_MS)
    [(_, title, text)] = dialogs.calls
    assert title == "Cannot export the report"
    assert "wrong passphrase" in text and "\n" not in text
    assert not (tmp_path / "work" / "clearview.pdf").exists()
    assert dialog.isVisible() and dialog.passphrase.text() == ""
    assert dialog.export_button.isEnabled() is False  # the passphrase must be typed again
    assert_no_secret_stored(tmp_path)


def test_the_window_stays_responsive_during_a_signed_export(
    qtbot: Any, opened: MainWindow, tmp_path: Path, identity: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The export runs off the GUI thread: it waits for a timer that only a running GUI event loop can fire."""
    from app.report import export as export_module

    threads: list[threading.Thread] = []
    gui_ran = threading.Event()
    real_export = export_module.export_report

    def export_needing_the_event_loop(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        gui_ran.wait(timeout=30)
        return real_export(*args, **kwargs)

    monkeypatch.setattr(export_module, "export_report", export_needing_the_event_loop)
    timer = QTimer(interval=20)
    timer.timeout.connect(gui_ran.set)
    dialog = open_dialog(qtbot, opened)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    progress: list[int] = []
    dialog.progress.valueChanged.connect(progress.append)
    timer.start()
    export(qtbot, dialog)
    timer.stop()
    assert threads and threads[0] is not threading.main_thread()
    assert gui_ran.is_set(), "the GUI event loop did not run while the report was exported"
    shown = progress[: progress.index(100) + 1]  # then the finished dialog resets its bar
    assert shown == sorted(shown) and len(shown) >= 4


@pytest.fixture
def token(softhsm_token: dict[str, Path]) -> dict[str, Path]:
    return softhsm_token


def test_signed_on_a_token_from_the_dialog(
    qtbot: Any, opened: MainWindow, tmp_path: Path, token: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Sign with > smart card or HSM: module, token and key labels, PIN; the PIN is cleared, not stored."""
    from app.report.trust import load_trust
    from tests.helpers.softhsm import KEY, PIN, TOKEN

    monkeypatch.setenv("SOFTHSM2_CONF", str(token["conf"]))
    dialog = open_dialog(qtbot, opened)
    tick(qtbot, dialog.sign)
    assert not dialog.pkcs11_lib.isEnabled() and dialog.identity.isEnabled()
    dialog.sign_with.setCurrentIndex(dialog.sign_with.findData("token"))
    assert dialog.pkcs11_lib.isEnabled() and not dialog.identity.isEnabled()
    assert dialog.missing() == "Enter the PKCS#11 module, the token label and the key label"
    qtbot.keyClicks(dialog.pkcs11_lib, str(token["library"]))
    qtbot.keyClicks(dialog.token_label, TOKEN)
    qtbot.keyClicks(dialog.token_key, KEY)
    assert dialog.missing() == "Enter the PIN of your token"
    qtbot.keyClicks(dialog.passphrase, PIN)
    result = export(qtbot, dialog)
    assert dialog.passphrase.text() == ""
    report = verify_report(result.path.read_bytes(), load_trust([token["ca_pem"]]))
    assert report.ok, report.problems
    assert report.signatures[0].signer == "Hanna HSM"
    assert "signed by Hanna HSM" in opened.statusBar().currentMessage()
    store = settings()
    assert all(PIN not in str(store.value(key)) for key in store.allKeys())


def test_an_existing_report_is_replaced_only_when_the_user_agrees(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    target = tmp_path / "work" / "clearview.pdf"
    target.write_bytes(b"the board's copy")
    dialogs.question_answer = QMessageBox.StandardButton.No
    dialog = open_dialog(qtbot, opened)
    click(qtbot, dialog.export_button)
    assert dialogs.kinds() == ["question"] and "clearview.pdf already exists" in dialogs.calls[0][2]
    assert target.read_bytes() == b"the board's copy" and not dialog.is_running()
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    result = export(qtbot, dialog)
    assert result.path == target and target.read_bytes().startswith(b"%PDF")
    assert sorted(p.name for p in target.parent.iterdir()) == ["clearview.dpia", "clearview.pdf"]


def test_exporting_over_the_open_assessment_is_refused(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "work" / "clearview.dpia"
    before = source.read_bytes()
    dialog = open_dialog(qtbot, opened)
    dialog.output.setText(str(source))
    click(qtbot, dialog.export_button)
    [(kind, title, text)] = dialogs.calls
    assert (kind, title) == ("critical", "Cannot export the report")
    assert "this is the input file" in text
    assert source.read_bytes() == before and not dialog.is_running()


def test_a_planted_symlink_is_replaced_not_followed(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path
) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious")
    target = tmp_path / "work" / "clearview.pdf"
    target.symlink_to(victim)
    dialogs.question_answer = QMessageBox.StandardButton.Yes
    export(qtbot, open_dialog(qtbot, opened))
    assert victim.read_text() == "precious"
    assert not target.is_symlink() and target.read_bytes().startswith(b"%PDF")


class Desktop:
    """Stands in for QDesktopServices.openUrl: which files the desktop could show, and what was asked."""

    def __init__(self, can_show: tuple[str, ...]) -> None:
        self.can_show = can_show
        self.opened: list[Path] = []

    def open_url(self, url: QUrl) -> bool:
        path = Path(url.toLocalFile())
        self.opened.append(path)
        return (path.suffix or "folder") in self.can_show


@pytest.mark.parametrize("offer_accepted", [True, False])
def test_open_when_done_without_a_pdf_viewer_offers_the_folder(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: Any, offer_accepted: bool
) -> None:
    desktop = Desktop(can_show=("folder",))
    monkeypatch.setattr(QDesktopServices, "openUrl", desktop.open_url)
    no = QMessageBox.StandardButton.No
    dialogs.question_answer = QMessageBox.StandardButton.Yes if offer_accepted else no
    dialog = open_dialog(qtbot, opened)
    assert dialog.open_when_done.isEnabled()
    if not dialog.open_when_done.isChecked():
        tick(qtbot, dialog.open_when_done)
    export(qtbot, dialog)
    pdf = tmp_path / "work" / "clearview.pdf"
    assert dialogs.kinds() == ["question"]
    assert "no application to show PDF files" in dialogs.calls[0][2] and str(pdf) in dialogs.calls[0][2]
    assert desktop.opened == ([pdf, pdf.parent] if offer_accepted else [pdf])


def test_open_when_done_with_a_viewer_just_opens_it(
    qtbot: Any, opened: MainWindow, dialogs: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    desktop = Desktop(can_show=(".pdf", "folder"))
    monkeypatch.setattr(QDesktopServices, "openUrl", desktop.open_url)
    dialog = open_dialog(qtbot, opened)
    if not dialog.open_when_done.isChecked():
        tick(qtbot, dialog.open_when_done)
    export(qtbot, dialog)
    assert desktop.opened == [tmp_path / "work" / "clearview.pdf"] and dialogs.calls == []


def test_signed_as_reviewer_from_the_dialog_and_verify_lists_every_role(
    qtbot: Any, opened: MainWindow, identity: Path
) -> None:
    dialog = open_dialog(qtbot, opened)
    roles = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert roles == ["assessor", "dpo", "controller", "reviewer"]
    assert dialog.role.itemText(3) == "Reviewer (evaluator)"
    dialog.role.setCurrentIndex(3)
    type_passphrase(qtbot, dialog, PASSPHRASE)
    result = export(qtbot, dialog)
    report = verify_report(result.path.read_bytes())
    assert report.intact, report.problems
    [signature] = report.signatures
    assert (signature.role, signature.field) == ("reviewer", "Signature_Reviewer")
    assert [(r.role, r.signers) for r in report.roles] == [
        ("assessor", ()),
        ("dpo", ()),
        ("controller", ()),
        ("reviewer", ("Test Assessor",)),
    ]
