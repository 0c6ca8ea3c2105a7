"""Where the wizard keeps per-user state: QSettings (recent files, zoom) and the recovery folder."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

APP_NAME = "dpia-wizard"
STATE_DIR_ENV = "DPIA_STATE_DIR"


def state_dir() -> Path:
    """The user's state folder (platformdirs), or DPIA_STATE_DIR when set (tests, portable use)."""
    override = os.environ.get(STATE_DIR_ENV)
    if override:
        return Path(override)
    from platformdirs import user_state_dir

    return Path(user_state_dir(APP_NAME))


def settings() -> QSettings:
    """Settings in an INI file; tests isolate it with QSettings.setPath(IniFormat, UserScope, dir)."""
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)
