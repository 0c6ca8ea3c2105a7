"""File > Import from the CNIL PIA tool…: the export opens as a new, unsaved assessment; a file that is not
an export is a dialog and changes nothing."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.storage import load_assessment
from app.ui.main_window import MainWindow
from tests.helpers.paths import FIXTURES
from tests.ui.conftest import CLEARVIEW, Dialogs

EXPORT = FIXTURES / "cnil" / "store_entrance_export.json"


def test_the_file_menu_offers_merge_and_import_after_the_exports(window: MainWindow) -> None:
    texts = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    at = texts.index("&Export report…")
    assert texts[at + 1 : at + 4] == [
        "Expor&t as",
        "&Merge participants' copies…",
        "&Import from the CNIL PIA tool…",
    ]
    assert all(a.isEnabled() for a in window.workshop.actions)


def test_the_export_opens_as_a_new_unsaved_assessment(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    dialogs.open_path = str(EXPORT)
    window.workshop.import_cnil_action.trigger()
    document = window.document
    assert document.path is None and document.is_modified
    assessment = document.assessment
    assert assessment.metadata.title == "Store entrance face matching (pilot)"
    assert len(assessment.measures) == 6 and len(assessment.reviews) == 6
    message = window.statusBar().currentMessage()
    assert "store_entrance_export.json" in message and "6 measure(s)" in message and "not saved" in message
    assert main(["import-cnil", str(EXPORT), "-o", str(tmp_path / "cli.dpia")]) == 0  # the same import
    cli = load_assessment(tmp_path / "cli.dpia")
    assert assessment.model_dump(exclude={"id", "revision"}) == cli.model_dump(exclude={"id", "revision"})
    dialogs.save_path = str(tmp_path / "imported.dpia")
    assert window.files.save()  # Save asks where (Save As)
    assert load_assessment(tmp_path / "imported.dpia").metadata.title == assessment.metadata.title


@pytest.mark.parametrize(
    ("content", "words"),
    [
        ('{"pia":{}}', "not an export of the CNIL PIA tool"),
        ('{"format": "dpia-assessment", "answers": {}}', "not an export of the CNIL PIA tool"),
        ("{not json", "invalid JSON"),
    ],
)
def test_a_file_that_is_not_an_export_is_a_dialog_and_nothing_changes(
    window: MainWindow, dialogs: Dialogs, tmp_path: Path, content: str, words: str
) -> None:
    source = tmp_path / "clearview.dpia"
    shutil.copy(CLEARVIEW, source)
    assert window.open_file(source)
    bad = tmp_path / "export.json"
    bad.write_text(content, encoding="utf-8")
    dialogs.open_path = str(bad)
    window.workshop.import_cnil_action.trigger()
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("critical", "Cannot import the CNIL export")
    first_line = text.split("\n\n")[0]
    assert first_line.startswith(str(bad)) and words in first_line and "\n" not in first_line
    assert "Nothing was imported" in text and "Traceback" not in text
    assert window.document.path == source and not window.document.is_modified
    assert sorted(p.name for p in tmp_path.iterdir() if p.is_file()) == ["clearview.dpia", "export.json"]


def test_unsaved_work_is_asked_about_before_the_import_replaces_it(
    window: MainWindow, dialogs: Dialogs
) -> None:
    window.document.set_answer("scale", "gt_10m")
    dialogs.open_path = str(EXPORT)
    dialogs.question_answer = dialogs.question_answer.Cancel
    window.workshop.import_cnil_action.trigger()
    assert dialogs.kinds()[-1] == "question"
    assert window.document.assessment.answers == {"scale": "gt_10m"}
    assert window.document.assessment.metadata.title == "" and window.document.path is None
