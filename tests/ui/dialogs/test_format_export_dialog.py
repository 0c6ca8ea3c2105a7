"""File > Export as Word / CSV / Excel: the same files as `dpia export`, in the chosen language, written
from a worker thread; an existing file is replaced only when the user says so, the .dpia never."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import docx
import openpyxl
import pypdf
import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QLabel

from app.cli import main
from app.ui.dialogs.format_export_dialog import FormatExportDialog
from app.ui.main_window import MainWindow
from app.ui.translation import offered_languages
from tests.ui.conftest import CLEARVIEW, Dialogs

EXPORT_TIMEOUT_MS = 60000


@pytest.fixture
def opened(window: MainWindow, tmp_path: Path) -> MainWindow:
    source = tmp_path / "work" / "clearview.dpia"
    source.parent.mkdir()
    shutil.copy(CLEARVIEW, source)
    assert window.open_file(source)
    window.document.set_metadata("title", "Unsaved title")
    yield window
    QThreadPool.globalInstance().waitForDone(EXPORT_TIMEOUT_MS)


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def open_dialog(qtbot: Any, window: MainWindow, fmt: str) -> FormatExportDialog:
    window.workshop.export_actions[fmt].trigger()
    dialog = window.workshop.format_dialog
    assert isinstance(dialog, FormatExportDialog) and dialog.fmt == fmt
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def choose_language(qtbot: Any, combo: QComboBox, code: str) -> None:
    combo.setFocus()
    while combo.currentData() != code:
        qtbot.keyClick(combo, Qt.Key.Key_Down)


def export(qtbot: Any, dialog: FormatExportDialog) -> Path:
    with qtbot.waitSignal(dialog.exported, timeout=EXPORT_TIMEOUT_MS) as blocker:
        click(qtbot, dialog.export_button)
    return blocker.args[0]


def test_the_three_formats_are_in_the_file_menu_and_suggest_names_beside_the_file(
    qtbot: Any, opened: MainWindow, tmp_path: Path
) -> None:
    menu = opened.workshop.export_menu
    assert [a.text() for a in menu.actions()] == [
        "&Word document (.docx)…",
        "&CSV risk register…",
        "E&xcel workbook (.xlsx)…",
    ]
    assert all(a.isEnabled() for a in menu.actions())
    work = tmp_path / "work"
    for fmt, name in (("docx", "clearview.docx"), ("csv", "clearview-risks.csv"), ("xlsx", "clearview.xlsx")):
        dialog = open_dialog(qtbot, opened, fmt)
        assert Path(dialog.output.text()) == work / name
        offered = [dialog.language.itemData(i) for i in range(dialog.language.count())]
        assert offered == [language.code for language in offered_languages()]
        assert {"en", "nl", "fr", "de"} <= set(offered)  # every shipped language is complete
        dialog.reject()


def test_the_word_report_is_the_unsaved_assessment_with_word_headings(
    qtbot: Any, opened: MainWindow, tmp_path: Path
) -> None:
    dialog = open_dialog(qtbot, opened, "docx")
    path = export(qtbot, dialog)
    assert path == tmp_path / "work" / "clearview.docx"
    document = docx.Document(str(path))
    assert "Unsaved title" in document.core_properties.title
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    assert "clearview.docx" in opened.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_the_csv_register_in_dutch_is_what_dpia_export_writes(
    qtbot: Any, opened: MainWindow, tmp_path: Path, dialogs: Dialogs, capsys: Any
) -> None:
    dialogs.save_path = str(tmp_path / "work" / "clearview.dpia")
    opened.save_as_action.trigger()  # saved, so the command line can export the same assessment
    dialog = open_dialog(qtbot, opened, "csv")
    choose_language(qtbot, dialog.language, "nl")
    dialogs.save_path = str(tmp_path / "out" / "register")  # Browse…: the .csv suffix is added
    (tmp_path / "out").mkdir()
    click(qtbot, dialog.browse)
    assert dialog.output.text() == str(tmp_path / "out" / "register.csv")
    path = export(qtbot, dialog)
    cli = tmp_path / "cli.csv"
    assert (
        main(
            [
                "export",
                str(tmp_path / "work" / "clearview.dpia"),
                "--format",
                "csv",
                "-o",
                str(cli),
                "--lang",
                "nl",
            ]
        )
        == 0
    )
    assert path.read_bytes() == cli.read_bytes()
    english = tmp_path / "en.csv"
    assert (
        main(["export", str(tmp_path / "work" / "clearview.dpia"), "--format", "csv", "-o", str(english)])
        == 0
    )
    assert path.read_bytes() != english.read_bytes()  # the language chosen in the dialog was used


def test_an_existing_file_is_replaced_only_when_confirmed(
    qtbot: Any, opened: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    target = tmp_path / "work" / "clearview.xlsx"
    target.write_bytes(b"my spreadsheet")
    dialog = open_dialog(qtbot, opened, "xlsx")
    dialogs.question_answer = dialogs.question_answer.No
    click(qtbot, dialog.export_button)
    assert dialogs.calls[-1][:2] == ("question", "Replace the file?")
    assert target.read_bytes() == b"my spreadsheet" and dialog.isVisible()
    dialogs.question_answer = dialogs.question_answer.Yes
    assert export(qtbot, dialog) == target
    workbook = openpyxl.load_workbook(target)
    assert workbook.sheetnames == ["Risks", "Action plan"]


def test_the_assessment_file_itself_is_never_an_output_and_errors_are_dialogs(
    qtbot: Any, opened: MainWindow, tmp_path: Path, dialogs: Dialogs
) -> None:
    source = tmp_path / "work" / "clearview.dpia"
    before = source.read_bytes()
    dialog = open_dialog(qtbot, opened, "csv")
    dialog.output.setText(str(tmp_path / "work" / "clearview.dpia.csv"))
    source.with_name("clearview.dpia.csv").symlink_to(source)  # a link to the .dpia: still the input
    click(qtbot, dialog.export_button)
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("critical", "Cannot export the CSV risk register")
    assert "this is the input file" in text and source.read_bytes() == before
    dialog.output.setText(str(tmp_path / "missing" / "register.csv"))
    click(qtbot, dialog.export_button)
    kind, title, text = dialogs.calls[-1]
    assert kind == "critical" and "does not exist" in text and "\n" not in text
    assert not (tmp_path / "missing").exists() and dialog.isVisible()


def calc_installed() -> bool:
    """LibreOffice with its spreadsheet part (Calc), which opens .xlsx and .csv files."""
    soffice = shutil.which("soffice")
    return soffice is not None and any(Path(os.path.realpath(soffice)).parent.glob("libsc*lo.*"))


@pytest.mark.skipif(not calc_installed(), reason="LibreOffice Calc (soffice) is not installed")
def test_libreoffice_opens_the_workbook_and_the_register_the_wizard_wrote(
    qtbot: Any, opened: MainWindow, tmp_path: Path
) -> None:
    written = [export(qtbot, open_dialog(qtbot, opened, fmt)) for fmt in ("xlsx", "csv")]
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path / "pdf"),
            *map(str, written),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    rows = list(csv.DictReader(io.StringIO(written[1].read_text(encoding="utf-8-sig"))))
    for path in written:
        text = "".join(
            page.extract_text() for page in pypdf.PdfReader(tmp_path / "pdf" / f"{path.stem}.pdf").pages
        )
        flat = "".join(text.split())
        assert all("".join(row["risk_id"].split()) in flat for row in rows), path.name


def test_the_dialog_is_readable_at_200_percent(qtbot: Any, opened: MainWindow) -> None:
    opened.set_zoom(2.0)
    dialog = open_dialog(qtbot, opened, "docx")
    QApplication.processEvents()
    for label in dialog.findChildren(QLabel):
        if label.text():
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    assert dialog.width() <= opened.width()
