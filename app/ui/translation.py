"""The interface language: Qt Linguist translations of the self.tr() texts, chosen in Tools > Settings.

Questionnaire, verdict and report texts are translated in the data files instead (keyed by locale);
MainWindow(locale=...) selects those; MainWindow.set_language switches both while the wizard runs.
Sources: translations/*.ts, compiled by translations/build.sh and by the package build (setup.py).
"""

from __future__ import annotations

import logging
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import resources
from app.core.language_list import FALLBACK, declared_locales

if TYPE_CHECKING:
    from app.core.languages import Language

I18N_DIR = Path(__file__).resolve().parent / "i18n"
CATALOGUE = "dpia_wizard"
log = logging.getLogger(__name__)
_in_use: list[QTranslator] = []  # the translators use_language installed


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Install the wizard's and Qt's own translations (standard buttons); English needs none."""
    if language == FALLBACK:
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


def conventions_for(code: str) -> QLocale:
    """Dates and numbers: the system's conventions when they are of the same language, else the declared
    locale of the language (resources/languages.yaml; English's for an undeclared one)."""
    system = QLocale.system()
    if QLocale(code).language() == system.language():
        return system
    locales = declared_locales()  # read before the window shows: pydantic and Babel are not needed
    declared = locales.get(code) or locales.get(FALLBACK)
    return QLocale(declared) if declared else system


def interface_loadable(code: str) -> bool:
    """Whether the compiled interface translation of `code` loads (English needs none)."""
    return code == FALLBACK or QTranslator().load(f"{CATALOGUE}_{code}", str(I18N_DIR))


@cache
def offered_languages() -> tuple[Language, ...]:
    """The languages the wizard lists: the declared ones that are complete, every data text present and
    the interface translation loadable. An incomplete language is left out (and logged), never half-shown."""
    from app.core import textcheck  # here: the window shows without the forms' models
    from app.core.languages import declared_languages, language_codes

    folders = (resources.forms_dir(), resources.resources_dir())
    complete = textcheck.complete_languages(folders, language_codes())
    offered = []
    for item in declared_languages():
        if item.code in complete and interface_loadable(item.code):
            offered.append(item)
        else:
            log.info("Language %r not offered: texts or its interface translation are missing", item.code)
    return tuple(offered)


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)
