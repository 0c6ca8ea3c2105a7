"""The PyInstaller one-folder build runs outside any virtual environment (packaging/smoke_test.sh)."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_frozen_build_runs_outside_the_venv(tmp_path):
    pyinstaller = Path(sys.executable).with_name("pyinstaller")
    if not pyinstaller.exists():
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]')")
    dist, work = tmp_path / "dist", tmp_path / "build"
    subprocess.run(
        [
            str(pyinstaller),
            "--noconfirm",
            "--log-level",
            "ERROR",
            "--distpath",
            str(dist),
            "--workpath",
            str(work),
            str(ROOT / "packaging" / "dpia.spec"),
        ],
        check=True,
        cwd=ROOT,
        capture_output=True,
    )
    folder = dist / "dpia-wizard"
    assert (folder / "dpia").exists() and (folder / "dpia-wizard").exists()
    done = subprocess.run(
        ["bash", str(ROOT / "packaging" / "smoke_test.sh"), str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "smoke test passed" in done.stdout
    shutil.rmtree(dist)


@pytest.mark.slow
def test_the_wheel_carries_every_interface_language(tmp_path):
    """`pip install .` gets the compiled translations: the wheel is built from a checkout without any .qm."""
    zipfile = pytest.importorskip("zipfile")
    source = tmp_path / "src"
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in files.stdout.splitlines():
        if (ROOT / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.qm"))
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-build-isolation", "-w",
         str(tmp_path / "wheel"), str(source)],
        check=True, capture_output=True,
    )
    wheel = next((tmp_path / "wheel").glob("*.whl"))
    from PySide6.QtCore import QTranslator

    expected = {"nl": "&Bestand", "fr": "&Fichier", "de": "&Datei"}
    with zipfile.ZipFile(wheel) as archive:
        compiled = {code: archive.read(f"app/ui/i18n/dpia_wizard_{code}.qm") for code in expected}
        assert "app/_data/resources/languages.yaml" in archive.namelist()
    for code, file_menu in expected.items():
        translator = QTranslator()
        assert translator.load(compiled[code]), code
        assert translator.translate("MainWindow", "&File") == file_menu


def test_make_translations_compiles_every_ts_file():
    """The Makefile's .qm rule is generic: each translations/*.ts gets its own lrelease run."""
    make = shutil.which("make")
    if make is None:
        pytest.skip("make is not installed")
    done = subprocess.run(
        [make, "-n", "-B", "translations"],  # -n: print the commands only; -B: as if nothing were built
        cwd=ROOT, capture_output=True, text=True, check=True,
    )
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = f"app/ui/i18n/{ts.stem}.qm"
        assert f"translations/{ts.name} -qm {qm}" in done.stdout, done.stdout
