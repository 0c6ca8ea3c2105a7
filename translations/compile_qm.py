"""Compile the Qt Linguist sources (translations/*.ts) into the .qm files the wizard loads.

Used by the package build (setup.py), so a wheel and everything built from it carry every interface language,
and by packaging/dpia.spec for the frozen app. `python translations/compile_qm.py OUT_DIR` runs it alone.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def lrelease() -> list[str]:
    """The command that runs Qt's lrelease: the one shipped inside PySide6, else one on PATH."""
    try:
        import PySide6
    except ImportError:
        PySide6 = None  # noqa: N806
    if PySide6 is not None:
        folder = Path(PySide6.__file__).resolve().parent
        for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease", "Qt/bin/lrelease"):
            if (folder / name).is_file():
                return [str(folder / name)]
    for name in ("pyside6-lrelease", "lrelease"):
        found = shutil.which(name)
        if found:
            return [found]
    raise RuntimeError(
        "Qt's lrelease was not found (install PySide6-Essentials): the interface translations cannot be built"
    )


def compile_all(out_dir: Path, sources: Path = HERE) -> list[Path]:
    """Compile every .ts in `sources` into `out_dir`; return the .qm files written."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = lrelease()
    written = []
    for ts in sorted(sources.glob("*.ts")):
        qm = out_dir / f"{ts.stem}.qm"
        subprocess.run([*command, "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise RuntimeError(f"{ts}: lrelease wrote no translations to {qm}")
        written.append(qm)
    return written


if __name__ == "__main__":
    for path in compile_all(Path(sys.argv[1]) if len(sys.argv) > 1 else HERE.parent / "app" / "ui" / "i18n"):
        print(path)
