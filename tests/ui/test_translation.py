"""The Dutch interface: every interface text translated, and a window started in Dutch speaks Dutch."""

from __future__ import annotations

import logging
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from app.core.languages import language_codes
from app.ui import state
from app.ui.main_window import MainWindow
from app.ui.translation import I18N_DIR, install_translators, remove_translators

from .conftest import CLEARVIEW, Driver

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "translations" / "dpia_wizard_nl.ts"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> list[ET.Element]:
    return list(ET.parse(ts).iter("message"))


def sources(ts: Path) -> set[tuple[str, str]]:
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in ET.parse(ts).iter("context")
        for message in context.iter("message")
    }


def test_every_message_has_a_dutch_translation() -> None:
    found = messages(TS_FILE)
    assert len(found) > 200
    for message in found:
        translation = message.find("translation")
        assert translation is not None
        texts = [form.text for form in translation.iter("numerusform")] or [translation.text]
        where = message.findtext("source")
        assert translation.get("type") not in ("unfinished", "obsolete", "vanished"), where
        assert all(text and text.strip() for text in texts), where
    assert (I18N_DIR / "dpia_wizard_nl.qm").stat().st_size > 10_000


@pytest.mark.skipif(not LUPDATE.exists(), reason="pyside6-lupdate is not installed")
@pytest.mark.parametrize("code", [c for c in language_codes() if c != "en"])
def test_the_ts_file_holds_every_text_of_the_code(tmp_path: Path, code: str) -> None:
    """A new self.tr() text without a translation fails here: run translations/build.sh."""
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "app" / "ui").rglob("*.py"))
    subprocess.run([str(LUPDATE), *files, "-ts", str(fresh)], check=True, capture_output=True)
    assert sources(fresh) <= sources(ROOT / "translations" / f"dpia_wizard_{code}.ts")


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[str]:
    """The language setting is Dutch and the translators are installed as main() does at start-up."""
    state.settings().setValue(state.LANGUAGE_KEY, "nl")
    translators = install_translators(qapp, state.language())
    assert len(translators) == 2
    yield state.language()
    remove_translators(qapp, translators)


def test_a_window_started_in_dutch(qtbot: Any, make_window: Any, dutch: str, tmp_path: Path) -> None:
    window: MainWindow = make_window(locale=dutch, offer_recovery=False)
    assert window.file_menu.title() == "&Bestand"
    assert [a.text() for a in window.file_menu.actions()][:2] == ["&Nieuw", "&Openen…"]
    assert window.windowTitle().endswith("Naamloos[*] — DPIA-wizard")
    first = window.bank.sections[0]
    assert first.title.get("nl") != first.title.get("en")
    assert any(first.title.get("nl") in a.text() for a in window.go_menu.actions())
    source = tmp_path / "clearview.dpia"
    shutil.copy(CLEARVIEW, source)
    assert window.open_file(source)
    Driver(qtbot, window).wait_for_verdict("ONVOLLEDIG")  # the scenario leaves three answers open
    assert window.verdict_panel.needed.text() == "3 antwoorden nodig"


def test_english_stays_english(make_window: Any) -> None:
    window: MainWindow = make_window(offer_recovery=False)
    assert window.file_menu.title() == "&File"


def test_switching_language_in_settings_applies_at_once(qtbot: Any, make_window: Any, tmp_path: Path) -> None:
    window: MainWindow = make_window(offer_recovery=False)
    source = tmp_path / "clearview.dpia"
    shutil.copy(CLEARVIEW, source)
    assert window.open_file(source)
    driver = Driver(qtbot, window)
    driver.answer("processing_description", "Matching faces from the web.")  # unsaved work
    driver.go_to_section("lawfulness")
    index = window.wizard.current_index()
    driver.wait_for_verdict("INCOMPLETE")
    window.settings_action.trigger()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert window.file_menu.title() == "&Bestand"
    assert window.wizard.current_index() == index  # the same page, now in Dutch
    section = window.bank.sections[index]
    assert window.wizard.page(index).findChild(QLabel).text() == section.title.get("nl")
    assert window.wizard.next_button.text() == "&Volgende >"
    assert window.document.answer("processing_description") == "Matching faces from the web."
    assert window.isWindowModified()
    Driver(qtbot, window).wait_for_verdict("ONVOLLEDIG")
    assert window.verdict_panel.needed.text() == "2 antwoorden nodig"
    assert window.windowTitle().endswith("DPIA-wizard")
    window.set_language("en")
    assert window.file_menu.title() == "&File"
    Driver(qtbot, window).wait_for_verdict("INCOMPLETE")


def test_a_missing_translation_is_logged(
    qapp: QApplication, monkeypatch: Any, tmp_path: Path, caplog: Any
) -> None:
    monkeypatch.setattr("app.ui.translation.I18N_DIR", tmp_path)  # an install without the .qm
    with caplog.at_level(logging.WARNING, logger="app.ui.translation"):
        translators = install_translators(qapp, "nl")
    remove_translators(qapp, translators)
    assert len(translators) == 1  # Qt's own only
    assert "dpia_wizard_nl.qm" in caplog.text and str(tmp_path) in caplog.text


def test_no_interface_text_is_translated_inside_an_f_string() -> None:
    """pyside6-lupdate skips tr() calls inside f-strings, so such texts stay English in every language."""
    import io
    import tokenize

    offenders = []
    for path in sorted(Path("app/ui").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for token in tokens:
            is_f_string = token.type == tokenize.STRING and token.string.lstrip("rbRB").lower()[:1] == "f"
            if is_f_string and re.search(r"\btr\(|translate\(", token.string):
                offenders.append(f"{path}:{token.start[0]}")
    assert not offenders, "tr() inside an f-string (lupdate cannot see it): " + ", ".join(offenders)
