"""Working copies of the scenarios for the commands that write a .dpia (never the fixtures themselves)."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.helpers.paths import scenario_path


def working_copy(tmp_path: Path, name: str = "people_counting_detection", as_name: str = "a.dpia") -> Path:
    path = tmp_path / as_name
    shutil.copyfile(scenario_path(name), path)
    return path
