"""The declared languages read quickly, unvalidated: what the wizard needs before its window shows.

The wizard's first frame (menus, a "Loading" note) needs only the codes of resources/languages.yaml (is the
language chosen in Tools > Settings still declared?) and the locale of the chosen one (its date and number
conventions). Reading them does not need pydantic or Babel, whose imports would delay the window by more than
a tenth of a second. app.core.languages validates the same file fully, with the file and line of any error:
the wizard does that in its loading thread, before the wizard can be used, and the command line at its start.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from pathlib import Path
from typing import Any

from app import resources
from app.core.errors import FormsError
from app.core.yamlsource import load_yaml

FALLBACK = "en"  # every text has it; a missing translation falls back to it


def languages_path(resources_dir: Path | None = None) -> Path:
    return (resources_dir or resources.resources_dir()) / "languages.yaml"


def read_locales(path: Path) -> dict[str, str]:
    """Language code -> locale name, in the declared order; {} when the file cannot be read as a list of
    languages (app.core.languages.load_languages_from says what is wrong, and where)."""
    try:
        raw = load_yaml(path)  # from the parse cache when unchanged: PyYAML is not even imported then
    except FormsError:
        return {}
    entries = raw.get("languages") if isinstance(raw, dict) else None
    if not isinstance(entries, list):
        return {}
    found = dict(_code_and_locale(entry) for entry in entries)
    return {} if "" in found else found


def _code_and_locale(entry: Any) -> tuple[str, str]:
    """("", "") for an entry without a code and a locale."""
    if not isinstance(entry, dict):
        return "", ""
    code, locale = entry.get("code"), entry.get("locale")
    return (code, locale) if isinstance(code, str) and isinstance(locale, str) else ("", "")


@cache
def declared_locales() -> Mapping[str, str]:
    """The shipped languages' codes and locales, unvalidated (cached: part of the installation)."""
    try:
        return read_locales(languages_path())
    except FileNotFoundError:  # no forms/ and resources/ at all: the loading thread reports it
        return {}
