"""Build hook: the wheel carries forms/ and resources/ inside the package as app/_data/, and the compiled
interface translations (translations/*.ts -> app/ui/i18n/*.qm, with Qt's lrelease from PySide6)."""

import importlib.util
import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).parent
DATA_FOLDERS = ("forms", "resources")


def _compile_translations(out_dir: Path) -> list[Path]:
    spec = importlib.util.spec_from_file_location("compile_qm", ROOT / "translations" / "compile_qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.compile_all(out_dir)


class BuildPyWithData(build_py):
    def run(self) -> None:
        super().run()
        target = Path(self.build_lib) / "app" / "_data"
        for name in DATA_FOLDERS:
            shutil.copytree(ROOT / name, target / name, dirs_exist_ok=True)
        # An editable install loads app/ from the checkout: the .qm goes there (as `make translations`).
        i18n = ROOT / "app" / "ui" / "i18n" if self.editable_mode else Path(self.build_lib) / "app" / "ui" / "i18n"
        _compile_translations(i18n)


setup(cmdclass={"build_py": BuildPyWithData})
