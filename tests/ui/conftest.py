"""Fixtures for the wizard's GUI tests: offscreen Qt, isolated settings and state, patched dialogs."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from shiboken6 import isValid

from app import resources
from app.core.forms import QuestionBank, load_question_bank
from app.ui.main_window import MainWindow
from app.ui.pages.question_page import QuestionPage
from app.ui.translation import use_language
from tests.helpers.paths import scenario_path

CLEARVIEW = scenario_path("clearview_search_engine")
VERDICT_TIMEOUT_MS = 15000


class Dialogs:
    """Stands in for every static QMessageBox / QFileDialog call; records what was asked."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, str, str]] = []
        self.question_answer = QMessageBox.StandardButton.Discard
        self.open_path = ""
        self.save_path = ""

    def _record(self, kind: str, title: str, text: str) -> None:
        self.calls.append((kind, title, text))

    def kinds(self) -> list[str]:
        return [kind for kind, _, _ in self.calls]

    def question(self, _parent: Any, title: str, text: str, *_args: Any) -> Any:
        self._record("question", title, text)
        return self.question_answer

    def critical(self, _parent: Any, title: str, text: str, *_args: Any) -> Any:
        self._record("critical", title, text)
        return QMessageBox.StandardButton.Ok

    def information(self, _parent: Any, title: str, text: str, *_args: Any) -> Any:
        self._record("information", title, text)
        return QMessageBox.StandardButton.Ok

    def get_open_file_name(self, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        self._record("open_file", "", self.open_path)
        return self.open_path, ""

    def get_save_file_name(self, *_args: Any, **_kwargs: Any) -> tuple[str, str]:
        self._record("save_file", "", self.save_path)
        return self.save_path, ""


@pytest.fixture(autouse=True)
def dialogs(monkeypatch: pytest.MonkeyPatch) -> Dialogs:
    fake = Dialogs()
    monkeypatch.setattr(QMessageBox, "question", fake.question)
    monkeypatch.setattr(QMessageBox, "critical", fake.critical)
    monkeypatch.setattr(QMessageBox, "warning", fake.critical)
    monkeypatch.setattr(QMessageBox, "information", fake.information)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", fake.get_open_file_name)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake.get_save_file_name)
    return fake


@pytest.fixture(autouse=True)
def state_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files, identities and QSettings of each test live in its own temporary folder."""
    folder = tmp_path / "state"
    monkeypatch.setenv("DPIA_STATE_DIR", str(folder))
    monkeypatch.setenv("DPIA_DATA_DIR", str(tmp_path / "data"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    return folder


@pytest.fixture(autouse=True)
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    """A test that switches the language in Settings leaves the next test in English."""
    yield
    use_language(qapp, "en")


@pytest.fixture(scope="session")
def bank() -> QuestionBank:
    return load_question_bank(resources.forms_dir())


@pytest.fixture
def clearview_answers() -> dict[str, Any]:
    return json.loads(CLEARVIEW.read_text(encoding="utf-8"))["answers"]


@pytest.fixture
def make_window(qtbot: Any, bank: QuestionBank) -> Iterator[Callable[..., MainWindow]]:
    """Windows stay referenced until the test ends (qtbot only keeps weak references)."""
    windows: list[MainWindow] = []

    def make(**kwargs: Any) -> MainWindow:
        window = MainWindow(bank, **kwargs)
        windows.append(window)
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window in windows:  # close and delete them now, not whenever the garbage collector runs
        if isValid(window):
            window.close()
            window.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def window(make_window: Callable[..., MainWindow]) -> MainWindow:
    return make_window(offer_recovery=False)


class Driver:
    """Drives the wizard as a user would: clicks, keys and typing through qtbot."""

    def __init__(self, qtbot: Any, window: MainWindow) -> None:
        self.qtbot = qtbot
        self.window = window

    def go_to_section(self, section_id: str) -> QuestionPage:
        """Click the section in the section list."""
        index = next(i for i, s in enumerate(self.window.bank.sections) if s.id == section_id)
        view = self.window.wizard.section_list.list
        item = view.item(index)
        view.scrollToItem(item)
        self.qtbot.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualItemRect(item).center()
        )
        assert self.window.wizard.current_index() == index
        return self.window.wizard.page(index)  # type: ignore[return-value]

    def find(self, cls: type[QWidget], name: str) -> Any:
        widget = self.window.findChild(cls, name)
        assert widget is not None, f"no {cls.__name__} named {name!r}"
        return widget

    def click(self, button: QAbstractButton) -> None:
        """Click a radio button or check box on its indicator."""
        self.qtbot.mouseClick(
            button, Qt.MouseButton.LeftButton, pos=QPoint(button.width() // 2, button.height() // 2)
        )

    def answer(self, question_id: str, value: Any) -> None:
        section = self.window.bank.section_of(question_id)
        assert section is not None
        page = self.go_to_section(section.id)
        card = page.cards[question_id]
        assert card.isVisible(), f"{question_id} is hidden"
        kind = card.question.type
        if kind == "single":
            self._choose(question_id, value)
        elif kind == "multi":
            self._tick(question_id, value)
        else:
            self.type_into(self.find(QWidget, f"text_{question_id}"), str(value))

    def _choose(self, question_id: str, value: str) -> None:
        combo = self.window.findChild(QComboBox, f"combo_{question_id}")
        if combo is None:
            self.click(self.find(QAbstractButton, f"option_{question_id}_{value}"))
            return
        target = combo.findData(value)
        combo.setFocus()
        for _ in range(combo.count() + 1):
            if combo.currentIndex() == target:
                break
            key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
            self.qtbot.keyClick(combo, key)
        assert combo.currentData() == value

    def _tick(self, question_id: str, values: list[str]) -> None:
        question = self.window.bank.question(question_id)
        assert question is not None
        for option in question.options:
            box = self.find(QAbstractButton, f"option_{question_id}_{option.value}")
            if box.isChecked() != (option.value in values):
                self.click(box)

    def type_into(self, field: QLineEdit | QPlainTextEdit, text: str) -> None:
        self.qtbot.mouseClick(
            field.viewport() if isinstance(field, QPlainTextEdit) else field, Qt.MouseButton.LeftButton
        )
        self.qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        self.qtbot.keyClick(field, Qt.Key.Key_Delete)
        self.qtbot.keyClicks(field, text)

    def shortcut(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier
    ) -> None:
        target = QApplication.focusWidget() or self.window
        self.qtbot.keyClick(target, key, modifiers)

    def wait_for_verdict(self, outcome_text: str) -> None:
        """Wait until the scorer is idle (no debounce or loading pending) and shows this outcome."""
        badge = self.window.verdict_panel.badge
        scorer = self.window.scorer

        def settled() -> bool:
            return not scorer.is_pending() and badge.text() == outcome_text

        self.qtbot.waitUntil(settled, timeout=VERDICT_TIMEOUT_MS)


@pytest.fixture
def driver(qtbot: Any, window: MainWindow) -> Driver:
    return Driver(qtbot, window)


# The answers the regulator scenarios leave open: with them a scenario's verdict is complete (decided).
SCENARIO_COMPLETION: dict[str, Any] = {
    "processing_description": "Faces in the collection are matched against a probe image on request.",
    "purpose_description": "Identify persons from a photograph for the customer.",
    "processor_contract": "not_applicable",
}


DO_NOT_PROCEED = {"en": "DO NOT PROCEED", "nl": "NIET DOORGAAN", "de": "NICHT FORTFAHREN", "fr": "NE PAS POURSUIVRE"}  # the dock's badge


@pytest.fixture
def scored_window(
    qtbot: Any, qapp: Any, make_window: Callable[..., MainWindow], clearview_answers: dict[str, Any]
) -> Iterator[Callable[[str], MainWindow]]:
    """A window in a language (its interface translation installed until the test ends) with the Clearview
    answers, completed, and their verdict shown in the dock."""
    from app.ui.translation import install_translators, remove_translators

    installed: list[Any] = []

    def make(language: str) -> MainWindow:
        installed.extend(install_translators(qapp, language))
        window = make_window(locale=language, offer_recovery=False)
        for question_id, value in (clearview_answers | SCENARIO_COMPLETION).items():
            window.document.set_answer(question_id, value)
        Driver(qtbot, window).wait_for_verdict(DO_NOT_PROCEED[language])
        return window

    yield make
    remove_translators(qapp, installed)
