"""Where the wizard keeps per-user state: QSettings (preferences, recent files, zoom) and the recovery folder.

The keys and defaults of every preference live here, so the settings dialog and the code that honours a
preference read the same value the same way. Secrets (passphrases) are never stored.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

from app.core.language_list import FALLBACK, declared_locales

APP_NAME = "dpia-wizard"
STATE_DIR_ENV = "DPIA_STATE_DIR"
DATA_DIR_ENV = "DPIA_DATA_DIR"

LANGUAGE_KEY = "ui/language"
DEFAULT_LANGUAGE = FALLBACK  # the languages themselves: resources/languages.yaml (app.core.languages)
DEFAULT_IDENTITY_KEY = "signing/default_identity"
TRUST_DIR_KEY = "verify/trust_dir"  # certificates trusted by Tools > Verify signed report
AUTOSAVE_KEY = "files/autosave_seconds"
AUTOSAVE_MIN_S, AUTOSAVE_MAX_S = 1, 2  # an unsaved change must reach the recovery file within 2 s
DEFAULT_AUTOSAVE_S = 1
DEFAULT_ZOOM_KEY = "view/default_zoom"  # percent; what Ctrl+0 returns to
DEFAULT_ZOOM_PERCENT = 100


def state_dir() -> Path:
    """The user's state folder (platformdirs), or DPIA_STATE_DIR when set (tests, portable use)."""
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME))


def identity_dir() -> Path:
    """Where new signing identities go by default: a private folder (0700) in the user's data folder
    (platformdirs), or in DPIA_DATA_DIR when set; never beside the assessment, which may be shared."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        base = Path(override)
    else:
        from platformdirs import user_data_dir

        base = Path(user_data_dir(APP_NAME))
    folder = base / "identities"
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name == "posix":
        folder.chmod(0o700)
    return folder


def settings() -> QSettings:
    """Settings in an INI file; tests isolate it with QSettings.setPath(IniFormat, UserScope, dir)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def language() -> str:
    """The interface language chosen in Tools > Settings, if still declared (read before the window shows:
    without validating resources/languages.yaml, which the loading thread does)."""
    value = str(settings().value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in declared_locales() else DEFAULT_LANGUAGE


def default_identity() -> str:
    return str(settings().value(DEFAULT_IDENTITY_KEY, "") or "")


def trust_dir() -> str:
    return str(settings().value(TRUST_DIR_KEY, "") or "")


def autosave_seconds() -> int:
    return _clamped_int(AUTOSAVE_KEY, DEFAULT_AUTOSAVE_S, AUTOSAVE_MIN_S, AUTOSAVE_MAX_S)


def default_zoom_percent() -> int:
    return _clamped_int(DEFAULT_ZOOM_KEY, DEFAULT_ZOOM_PERCENT, 70, 300)


def _clamped_int(key: str, default: int, low: int, high: int) -> int:
    """An integer from QSettings (text in the INI file), kept in range; the default if unreadable."""
    try:
        value = int(float(settings().value(key, default)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return default
    return max(low, min(high, value))
