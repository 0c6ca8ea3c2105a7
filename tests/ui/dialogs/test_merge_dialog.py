"""File > Merge participants' copies…: copies made and saved in the wizard are merged, each dispute decided
side by side, and the result saved as a new file that the window opens. Nothing else is ever written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from app.cli import main
from app.core.storage import load_assessment
from app.ui.dialogs.merge_dialog import MergeDialog
from app.ui.main_window import MainWindow
from app.ui.widgets.dispute_resolver import DisputeResolver
from tests.ui.conftest import CLEARVIEW, Dialogs, Driver


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 2, widget.height() // 2))


def save_as(window: MainWindow, dialogs: Dialogs, path: Path) -> None:
    dialogs.save_path = str(path)
    window.save_as_action.trigger()
    assert window.document.path == path and not window.document.is_modified


@pytest.fixture
def workshop(window: MainWindow, driver: Driver, dialogs: Dialogs, tmp_path: Path) -> dict[str, Path]:
    """A base saved by the wizard and two participants' copies of it, each edited and saved in the wizard.

    anna and bob answer `scale` and `human_review` differently; anna also changes `fr_timing` and bob
    writes a note on `purpose`: those are taken. The base is open at the end."""
    folder = tmp_path / "workshop"
    folder.mkdir()
    shutil.copy(CLEARVIEW, folder / "scenario.dpia")
    assert window.open_file(folder / "scenario.dpia")
    paths = {name: folder / f"{name}.dpia" for name in ("base", "anna", "bob")}
    save_as(window, dialogs, paths["base"])
    driver.answer("scale", "lt_1k")
    driver.answer("human_review", "none")
    driver.answer("fr_timing", "realtime")
    save_as(window, dialogs, paths["anna"])
    assert window.open_file(paths["base"])
    driver.answer("scale", "1k_100k")
    driver.answer("human_review", "sometimes")
    window.document.set_note("purpose", text="Bob: the purpose is wider than stated")
    save_as(window, dialogs, paths["bob"])
    assert window.open_file(paths["base"])
    return paths


def open_merge(
    qtbot: Any, window: MainWindow, monkeypatch: pytest.MonkeyPatch, copies: list[Path]
) -> MergeDialog:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *_a, **_k: ([str(p) for p in copies], ""))
    window.workshop.merge_action.trigger()
    dialog = window.workshop.merge_dialog
    assert isinstance(dialog, MergeDialog)
    qtbot.waitUntil(dialog.isVisible)
    click(qtbot, dialog.add_copies)
    return dialog


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def test_copies_made_in_the_wizard_are_merged_decided_and_opened(
    qtbot: Any,
    window: MainWindow,
    workshop: dict[str, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    folder = workshop["base"].parent
    before = snapshot(folder)
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    assert Path(dialog.base.text()) == workshop["base"]  # the open assessment is the default base
    assert dialog.copy_paths() == [workshop["anna"], workshop["bob"]]
    click(qtbot, dialog.merge_button)
    assert dialog.stack.currentIndex() == 1
    by_key = {r.conflict.key: r for r in dialog.resolvers}
    assert set(by_key) == {"scale", "human_review"}
    scale = by_key["scale"]
    texts = {label.objectName(): label.text() for label in scale.findChildren(QLabel)}
    assert texts["dispute_who_scale_0"] == "Base"
    assert texts["dispute_value_scale_0"] == "More than 10 million"
    assert (texts["dispute_who_scale_1"], texts["dispute_value_scale_1"]) == ("anna", "Fewer than 1,000")
    assert texts["dispute_who_scale_2"] == "bob"
    assert "1,000" in texts["dispute_value_scale_2"] and "100,000" in texts["dispute_value_scale_2"]
    assert "2 question(s) were answered differently" in dialog.summary.text()
    # Keyboard: the first dispute's choice has the focus; Space on anna's "Take this value" takes it.
    assert dialog.focusWidget() is dialog.resolvers[0].keep_button
    anna_button = scale.take_buttons["anna"]
    anna_button.setFocus()
    qtbot.keyClick(anna_button, Qt.Key.Key_Space)
    assert scale.choice() == "anna" and by_key["human_review"].choice() == ""
    assert anna_button.accessibleName() == "Take the value of anna: Fewer than 1,000"
    dialogs.save_path = str(folder / "merged.dpia")
    click(qtbot, dialog.save_button)
    merged_path = folder / "merged.dpia"
    assert window.document.path == merged_path and not window.document.is_modified
    assert snapshot(folder) == {**before, "merged.dpia": merged_path.read_bytes()}  # nothing else changed
    merged = load_assessment(merged_path)
    base = load_assessment(workshop["base"])
    assert merged.answers["scale"] == "lt_1k" and merged.answers["fr_timing"] == "realtime"
    assert merged.answers["human_review"] == base.answers["human_review"] == "always_before_action"
    assert merged.notes["purpose"].text == "Bob: the purpose is wider than stated"
    assert not merged.notes["scale"].disputed
    assert "the answer of anna was taken" in merged.notes["scale"].text
    review = merged.notes["human_review"]
    assert review.disputed and review.disputed_by == "anna, bob"
    assert review.dispute_reason.startswith("Merged copies differ: base: ")
    assert merged.id == base.id and merged.parent == base.revision
    assert "merged.dpia" in window.statusBar().currentMessage()
    # `dpia merge` on the same copies finds the same disputes (the wizard runs its code).
    cli = folder.parent / "cli.dpia"
    argv = [
        "merge",
        str(workshop["base"]),
        str(workshop["anna"]),
        str(workshop["bob"]),
        "-o",
        str(cli),
        "--json",
    ]
    capsys.readouterr()
    assert main(argv) == 1
    assert sorted(json.loads(capsys.readouterr().out)["disputed_questions"]) == ["human_review", "scale"]
    assert load_assessment(cli).notes["human_review"].dispute_reason == review.dispute_reason


def test_the_dispute_reasons_follow_the_interface_language(
    qtbot: Any,
    window: MainWindow,
    workshop: dict[str, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window.text_locale = "nl"  # as Settings > Language leaves it (the views themselves are not needed here)
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    click(qtbot, dialog.merge_button)
    scale = next(r for r in dialog.resolvers if r.conflict.key == "scale")
    assert scale.question_label.startswith("Van hoeveel mensen")
    dialogs.save_path = str(workshop["base"].parent / "samengevoegd")  # the .dpia suffix is added
    click(qtbot, dialog.save_button)
    merged = json.loads((workshop["base"].parent / "samengevoegd.dpia").read_text(encoding="utf-8"))
    assert merged["notes"]["scale"]["dispute_reason"].startswith("Samengevoegde kopieën verschillen: basis: ")


def test_a_copy_of_another_assessment_is_refused_naming_the_file(
    qtbot: Any,
    window: MainWindow,
    workshop: dict[str, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = workshop["base"].parent
    window.new_action.trigger()
    window.document.set_answer("scale", "gt_10m")
    save_as(window, dialogs, folder / "stranger.dpia")  # a new assessment: another lineage id
    assert window.open_file(workshop["base"])
    before = snapshot(folder)
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], folder / "stranger.dpia"])
    click(qtbot, dialog.merge_button)
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("critical", "Cannot merge the copies")
    assert f"{folder / 'stranger.dpia'} is not a copy of this assessment" in text
    assert "Traceback" not in text and dialog.stack.currentIndex() == 0 and dialog.isVisible()
    broken = folder / "broken.dpia"
    broken.write_text('{"format": "dpia-assessment", "answers": ', encoding="utf-8")
    dialog.copies.clear()
    dialog.add_copy_paths([str(workshop["anna"]), str(broken)])
    click(qtbot, dialog.merge_button)
    kind, title, text = dialogs.calls[-1]
    assert (kind, title) == ("critical", "Cannot merge the copies") and str(broken) in text.split("\n")[0]
    assert snapshot(folder) == {**before, "broken.dpia": broken.read_bytes()}


def test_the_result_never_replaces_the_base_or_a_copy(
    qtbot: Any,
    window: MainWindow,
    workshop: dict[str, Path],
    dialogs: Dialogs,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    folder = workshop["base"].parent
    before = snapshot(folder)
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    click(qtbot, dialog.merge_button)
    for target in (workshop["anna"], workshop["base"], folder / "bob"):  # "bob" + .dpia is bob's copy
        dialogs.save_path = str(target)
        click(qtbot, dialog.save_button)
        kind, title, text = dialogs.calls[-1]
        assert (kind, title) == ("critical", "Cannot save the merged assessment")
        assert "this is the input file" in text and "choose another name" in text
    (folder / "other.dpia").write_text("mine", encoding="utf-8")
    dialogs.save_path = str(folder / "other")  # exists once .dpia is added: asked, and No keeps it
    dialogs.question_answer = dialogs.question_answer.No
    click(qtbot, dialog.save_button)
    assert dialogs.calls[-1][:2] == ("question", "Replace the file?")
    assert snapshot(folder) == {**before, "other.dpia": b"mine"}
    assert dialog.isVisible() and window.document.path == workshop["base"]


def test_the_resolution_view_is_readable_at_200_percent(
    qtbot: Any, window: MainWindow, workshop: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.set_zoom(1.0)
    normal = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    click(qtbot, normal.merge_button)
    normal_size = normal.resolvers[0].findChild(QLabel, "dispute_value_scale_1").font().pointSizeF()
    normal.reject()
    window.set_zoom(2.0)
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    QApplication.processEvents()
    for label in dialog.stack.widget(0).findChildren(QLabel):  # the first step's texts are not cut off
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
    dialog.resize(1000, 700)
    click(qtbot, dialog.merge_button)
    QApplication.processEvents()
    resolver: DisputeResolver = next(r for r in dialog.resolvers if r.conflict.key == "scale")
    value = resolver.findChild(QLabel, "dispute_value_scale_1")
    assert value.font().pointSizeF() == pytest.approx(2 * normal_size, rel=0.05)
    assert dialog.disputes_area.horizontalScrollBar().maximum() == 0  # nothing cut off at the side
    for label in resolver.findChildren(QLabel):  # every text fully shown: wrapped, never clipped
        assert label.height() >= label.heightForWidth(label.width()) - 1, label.objectName()
        assert label.width() >= max(label.fontMetrics().horizontalAdvance(w) for w in label.text().split())


def test_every_choice_is_reached_with_the_keyboard(
    qtbot: Any, window: MainWindow, workshop: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = open_merge(qtbot, window, monkeypatch, [workshop["anna"], workshop["bob"]])
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    click(qtbot, dialog.merge_button)
    first, second = dialog.resolvers
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.keep_button)
    # The arrow keys move within one question's choices and choose as they go.
    qtbot.keyClick(first.keep_button, Qt.Key.Key_Up)
    chosen = QApplication.focusWidget()
    assert chosen in first.take_buttons.values() and chosen.isChecked() and first.choice() != ""
    # Tab goes on to the next question's choice, then to the buttons.
    qtbot.keyClick(chosen, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is second.keep_button
    qtbot.keyClick(second.keep_button, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() in (dialog.back_button, dialog.save_button)
