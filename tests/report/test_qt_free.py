"""app.core and app.report run without Qt: every one of their modules imports with PySide6 unimportable."""

from __future__ import annotations

import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import app.core
import app.report

ROOT = Path(__file__).resolve().parents[2]

# Run in a fresh interpreter: an import hook makes PySide6, shiboken6 and app.ui unimportable, then
# every module of the two packages is imported; the child prints what failed and what Qt it saw.
CHILD = """
import importlib, json, sys

BLOCKED = ("PySide6", "shiboken6", "app.ui")

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.startswith(BLOCKED):
            raise ImportError(f"blocked: {name}")
        return None

sys.meta_path.insert(0, Block())
try:
    import PySide6  # noqa: F401
    blocker_works = False
except ImportError:
    blocker_works = True
failed = {}
for name in json.loads(sys.argv[1]):
    try:
        importlib.import_module(name)
    except Exception as exc:  # report every failure, not only the first
        failed[name] = f"{type(exc).__name__}: {exc}"
loaded = sorted(m for m in sys.modules if m.startswith(BLOCKED))
print(json.dumps({"blocker_works": blocker_works, "failed": failed, "loaded": loaded}))
"""


def _modules() -> list[str]:
    names = []
    for package in (app.core, app.report):
        names.append(package.__name__)
        for info in pkgutil.walk_packages(package.__path__, prefix=package.__name__ + "."):
            names.append(info.name)
    return sorted(names)


def test_every_core_and_report_module_imports_without_qt() -> None:
    modules = _modules()
    assert {"app.core.engine", "app.report.export", "app.report.sections.signoff"} <= set(modules)
    on_disk = {p for p in (ROOT / "app" / "core").rglob("*.py")} | {
        p for p in (ROOT / "app" / "report").rglob("*.py")
    }
    assert len(modules) == len(on_disk)  # every file is a module the walk found (no stale list)
    result = subprocess.run(
        [sys.executable, "-c", CHILD, json.dumps(modules)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["blocker_works"]
    assert outcome["failed"] == {}
    assert outcome["loaded"] == []
