"""The wizard lists only complete languages (every data text and a loadable interface translation), by the
names resources/languages.yaml gives them, and speaks French and German once chosen."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.core import textcheck
from app.core.languages import language_codes
from app.ui import translation
from app.ui.main_window import MainWindow
from app.ui.translation import I18N_DIR, install_translators, offered_languages, remove_translators

from .dialogs.test_settings_dialog import open_dialog


@pytest.fixture
def complete(monkeypatch: pytest.MonkeyPatch) -> Iterator[set[str]]:
    """The languages whose data texts are all there (the completeness check itself: tests/core/test_textcheck)."""
    codes: set[str] = set(language_codes())
    monkeypatch.setattr(textcheck, "complete_languages", lambda folders, wanted: frozenset(codes))
    offered_languages.cache_clear()
    yield codes
    offered_languages.cache_clear()


def test_a_language_with_missing_data_texts_is_not_offered(complete: set[str]) -> None:
    assert [item.code for item in offered_languages()] == ["en", "nl", "fr", "de"]
    offered_languages.cache_clear()
    complete.discard("fr")
    assert [item.code for item in offered_languages()] == ["en", "nl", "de"]


def test_a_language_whose_interface_translation_does_not_load_is_not_offered(
    complete: set[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    for qm in I18N_DIR.glob("*.qm"):
        if qm.stem != "dpia_wizard_de":
            shutil.copy(qm, tmp_path / qm.name)
    monkeypatch.setattr(translation, "I18N_DIR", tmp_path)
    assert [item.code for item in offered_languages()] == ["en", "nl", "fr"]


def test_the_settings_dialog_lists_the_offered_languages_by_their_own_names(
    qtbot: Any, window: MainWindow, complete: set[str]
) -> None:
    complete.discard("de")
    dialog = open_dialog(qtbot, window)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "Nederlands", "Français"]
    assert [dialog.language.itemData(i) for i in range(dialog.language.count())] == ["en", "nl", "fr"]


def test_the_shipped_data_offers_english_and_every_language_it_completes() -> None:
    offered_languages.cache_clear()
    offered = [item.code for item in offered_languages()]
    assert offered[0] == "en" and "nl" in offered


@pytest.mark.parametrize(
    ("code", "file_menu", "next_button", "week_day"),
    [("fr", "&Fichier", "&Suivant >", "lundi"), ("de", "&Datei", "&Weiter >", "Montag")],
)
def test_a_window_started_in_french_or_german(
    qapp: QApplication, make_window: Any, code: str, file_menu: str, next_button: str, week_day: str
) -> None:
    translators = install_translators(qapp, code)
    try:
        assert len(translators) >= 1  # the wizard's own; Qt's qtbase_<code> when installed
        window: MainWindow = make_window(locale=code, offer_recovery=False)
        assert window.file_menu.title() == file_menu
        assert window.wizard.next_button.text() == next_button
        assert translation.conventions_for(code).dayName(1) == week_day
    finally:
        remove_translators(qapp, translators)
