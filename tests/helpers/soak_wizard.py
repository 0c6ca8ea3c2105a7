"""One wizard process carrying out a whole working day (tests/helpers/soak_plan.py) through real widgets.

Run as `python -m tests.helpers.soak_wizard WORKDIR [--rounds N]`. Every character goes through Qt key
events into the focused field, every option through a mouse click or arrow keys, every page change
through the section list or Ctrl+PgDown/PgUp, saves through Ctrl+S and exports through Ctrl+E and the
export dialog. Each step checks that it had its effect. It prints:

    RSS <round> <MB>        resident memory after each round (after its save and export)
    COUNTS <json>           what it did, counted as it did it
    DONE <saved file>       then waits for a line on stdin before it closes the window and exits 0
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import isValid

from app.core.forms import load_question_bank
from app.core.storage import load_assessment
from app.resources import forms_dir
from app.ui.main_window import MainWindow
from tests.helpers import soak_plan

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_S = 60.0


class SoakError(AssertionError):
    pass


def check(condition: object, message: str) -> None:
    if not condition:
        raise SoakError(message)


def wait_until(condition: Any, what: str, timeout: float = WAIT_S) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        check(time.monotonic() < deadline, f"timed out waiting for {what}")
        QTest.qWait(10)


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def type_text(field: QWidget, text: str) -> None:
    """Key events for every character: QTest.keyClicks for runs of printable ASCII, Return for a line
    break, a key event carrying the text for any other character (QTest asserts on those)."""
    start = 0
    for index, char in enumerate(text + "\0"):
        if char.isascii() and char.isprintable():
            continue
        if index > start:
            QTest.keyClicks(field, text[start:index])
        if char == "\n":
            QTest.keyClick(field, Qt.Key.Key_Return)
        elif char != "\0":
            for action in (QTest.KeyAction.Press, QTest.KeyAction.Release):
                QTest.sendKeyEvent(action, field, Qt.Key.Key_unknown, char, Qt.KeyboardModifier.NoModifier)
        start = index + 1


class SoakDriver:
    def __init__(self, window: MainWindow, workdir: Path) -> None:
        self.window = window
        self.workdir = workdir
        self.saved = workdir / "working-day.dpia"
        self.counts = {"characters": 0, "option_changes": 0, "page_changes": 0, "saves": 0, "exports": 0}
        self.options_of = {q.id: [o.value for o in q.options] for q in window.bank.questions() if q.options}
        self.done: list[soak_plan.Step] = []

    # -- steps ---------------------------------------------------------------------------------
    def run(self, step: soak_plan.Step) -> None:
        getattr(self, f"_do_{step[0]}")(*step[1:])
        self.done.append(step)
        QApplication.processEvents()

    def _do_goto(self, section_id: str) -> None:
        index = soak_plan.SECTIONS.index(section_id)
        view = self.window.wizard.section_list.list
        item = view.item(index)
        view.scrollToItem(item)
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center())
        self._page_changed_to(index)

    def _do_next(self) -> None:
        self._turn_page(Qt.Key.Key_PageDown, +1)

    def _do_prev(self) -> None:
        self._turn_page(Qt.Key.Key_PageUp, -1)

    def _turn_page(self, key: Qt.Key, delta: int) -> None:
        before = self.window.wizard.current_index()
        self._shortcut(key, CTRL)
        self._page_changed_to(before + delta)

    def _page_changed_to(self, index: int) -> None:
        check(self.window.wizard.current_index() == index, f"the wizard did not turn to page {index + 1}")
        self.counts["page_changes"] += 1

    def _do_type(self, target: tuple[str, str], text: str) -> None:
        kind, qid = target
        field = self._field(kind, qid)
        before = self._text(field)
        page = self.window.wizard.page(self.window.wizard.current_index())
        page.ensureWidgetVisible(field)
        clicked = field.viewport() if isinstance(field, QPlainTextEdit) else field
        QTest.mouseClick(clicked, Qt.MouseButton.LeftButton)
        QTest.keyClick(
            field,
            Qt.Key.Key_End,
            CTRL if isinstance(field, QPlainTextEdit) else Qt.KeyboardModifier.NoModifier,
        )
        type_text(field, text)
        check(self._text(field) == before + text, f"the field of {qid} does not show what was typed")
        self.counts["characters"] += len(text)

    def _field(self, kind: str, qid: str) -> QLineEdit | QPlainTextEdit:
        if kind == "note":
            toggle = self._find(QAbstractButton, f"note_toggle_{qid}")
            if not toggle.isChecked():
                self._click(toggle)
            return self._find(QPlainTextEdit, f"note_text_{qid}")
        return self._find(QWidget, f"text_{qid}")

    def _do_choose(self, qid: str, value: str) -> None:
        combo = self.window.findChild(QComboBox, f"combo_{qid}")
        if combo is None:
            self._click(self._find(QAbstractButton, f"option_{qid}_{value}"))
        else:
            self._arrow_to(combo, value)
        check(
            self.window.document.answer(qid) == value, f"choosing {value} for {qid} did not reach the answer"
        )
        self.counts["option_changes"] += 1

    def _arrow_to(self, combo: QComboBox, value: str) -> None:
        target = combo.findData(value)
        combo.setFocus(Qt.FocusReason.TabFocusReason)
        for _ in range(combo.count()):
            if combo.currentIndex() == target:
                break
            key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
            QTest.keyClick(combo, key)

    def _do_tick(self, qid: str, value: str) -> None:
        box = self._find(QAbstractButton, f"option_{qid}_{value}")
        was = box.isChecked()
        self._click(box)
        answer = self.window.document.answer(qid) or []
        check((value in answer) != was, f"ticking {value} of {qid} did not reach the answer")
        self.counts["option_changes"] += 1

    def _do_settle(self) -> None:
        scorer = self.window.scorer
        wait_until(lambda: not scorer.is_pending(), "the verdict")
        check(scorer.verdict is not None, f"no verdict: {scorer.error}")

    def _do_save(self) -> None:
        self._shortcut(Qt.Key.Key_S, CTRL)
        check(not self.window.document.is_modified, "Ctrl+S did not save")
        check(self.window.document.path == self.saved, "saved somewhere else")
        self._check_saved_file()
        self.counts["saves"] += 1

    def _check_saved_file(self) -> None:
        answers, notes = soak_plan.expected_file(self.done, self.options_of)
        saved = load_assessment(self.saved)
        check(saved.answers == answers, "the saved answers differ from what was typed and chosen")
        check(
            {q: n.text for q, n in saved.notes.items()} == notes, "the saved notes differ from what was typed"
        )

    def _do_export(self, name: str) -> None:
        self._shortcut(Qt.Key.Key_E, CTRL)
        dialog = self.window.export_dialog
        wait_until(dialog.isVisible, "the export dialog")
        QTest.mouseClick(dialog.output, Qt.MouseButton.LeftButton)
        QTest.keyClick(dialog.output, Qt.Key.Key_A, CTRL)
        type_text(dialog.output, str(self.workdir / name))
        exported: list[Any] = []
        dialog.exported.connect(exported.append)
        self._click(dialog.export_button)
        wait_until(lambda: exported and not isValid(dialog), "the export")
        check(exported[0].path == self.workdir / name, f"the report went to {exported[0].path}")
        check((self.workdir / name).read_bytes()[:5] == b"%PDF-", f"{name} is not a PDF")
        self.counts["exports"] += 1

    # -- helpers -------------------------------------------------------------------------------
    def _shortcut(self, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        """A key combination pressed where the keyboard focus is, in the active main window."""
        if not self.window.isActiveWindow():
            self.window.activateWindow()
            check(QTest.qWaitForWindowActive(self.window), "the main window does not become active")
        QTest.keyClick(QApplication.focusWidget() or self.window, key, modifiers)

    def _find(self, cls: type[QWidget], name: str) -> Any:
        widget = self.window.findChild(cls, name)
        check(widget is not None, f"no {cls.__name__} named {name}")
        return widget

    def _text(self, field: QLineEdit | QPlainTextEdit) -> str:
        return field.toPlainText() if isinstance(field, QPlainTextEdit) else field.text()

    def _click(self, button: QWidget) -> None:
        QTest.mouseClick(
            button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2)
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("workdir", type=Path)
    parser.add_argument("--rounds", type=int, default=soak_plan.ROUNDS)
    args = parser.parse_args(argv)
    app = QApplication(sys.argv[:1])
    window = MainWindow(load_question_bank(forms_dir()), offer_recovery=False)
    driver = SoakDriver(window, args.workdir)
    QFileDialog.getSaveFileName = staticmethod(lambda *_a, **_k: (str(driver.saved), ""))  # type: ignore[method-assign]
    window.show()
    window.activateWindow()
    QTest.qWaitForWindowActive(window)
    for number, session in enumerate(soak_plan.rounds_of(soak_plan.make_plan(rounds=args.rounds))):
        for step in session:
            driver.run(step)
        print(f"RSS {number} {resident_mb():.1f}", flush=True)
    print(f"COUNTS {json.dumps(driver.counts)}", flush=True)
    print(f"DONE {driver.saved}", flush=True)
    sys.stdin.readline()
    window.close()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
