"""The interface language: Qt Linguist translations of the self.tr() texts, chosen in Tools > Settings.

Questionnaire, verdict and report texts are translated in the data files instead (keyed by locale);
MainWindow(locale=...) selects those; MainWindow.set_language switches both while the wizard runs.
Sources: translations/*.ts, compiled by translations/build.sh and by the package build (setup.py).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
CATALOGUE = "dpia_wizard"
LOCALES = {"en": "en_GB", "nl": "nl_NL"}  # date conventions when the system's are another language's
log = logging.getLogger(__name__)
_in_use: list[QTranslator] = []  # the translators use_language installed


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the wizard's and Qt's own translations (standard buttons); English needs none."""
    if language == "en":
        return []
    installed = []
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for folder, name in ((qt_folder, f"qtbase_{language}"), (str(I18N_DIR), f"{CATALOGUE}_{language}")):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("No %r translation %s.qm in %s: those texts stay in English", language, name, folder)
    return installed


def use_language(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Make `language` the interface language, replacing the one installed before by this function.

    Widgets built from then on also read and write dates and numbers in that language's way (the
    system's own conventions when they are of the same language)."""
    remove_translators(app, _in_use)
    _in_use[:] = install_translators(app, language)
    QLocale.setDefault(conventions_for(language))
    return list(_in_use)


def conventions_for(language: str) -> QLocale:
    system = QLocale.system()
    if QLocale(language).language() == system.language():
        return system
    return QLocale(LOCALES.get(language, language))


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
