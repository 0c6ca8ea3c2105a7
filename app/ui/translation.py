"""The interface language: Qt Linguist translations of the self.tr() texts, chosen in Tools > Settings.

Questionnaire, verdict and report texts are translated in the data files instead (keyed by locale);
MainWindow(locale=...) selects those. Sources: translations/*.ts, compiled by translations/build.sh.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

I18N_DIR = Path(__file__).resolve().parent / "i18n"
CATALOGUE = "dpia_wizard"


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
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
