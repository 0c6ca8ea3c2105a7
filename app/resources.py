"""The one place that builds paths to forms/ and resources/.

Three layouts are supported, checked in this order:
1. a frozen PyInstaller build (data beside the executable, under sys._MEIPASS);
2. an installed wheel (data copied into the package as app/_data/ by setup.py);
3. a source checkout (forms/ and resources/ beside the app/ package).
DPIA_DATA_DIR overrides all three (used by tests and by DPOs extending the forms).
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates() -> list[Path]:
    found: list[Path] = []
    override = os.environ.get("DPIA_DATA_DIR")
    if override:
        found.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root))
    found.append(_PACKAGE_DIR / "_data")
    found.append(_PACKAGE_DIR.parent)
    return found


@cache
def data_root() -> Path:
    """The folder that holds forms/ and resources/."""
    for candidate in _candidates():
        if (candidate / "forms").is_dir() and (candidate / "resources").is_dir():
            return candidate
    searched = ", ".join(str(c) for c in _candidates())
    raise FileNotFoundError(f"forms/ and resources/ not found (searched {searched})")


def forms_dir() -> Path:
    return data_root() / "forms"


def resources_dir() -> Path:
    return data_root() / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
