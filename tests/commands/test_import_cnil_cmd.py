"""`dpia import-cnil`: writes an assessment that assesses; a broken export is one line and writes nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.storage import load_assessment
from tests.helpers.paths import FIXTURES

EXPORT = FIXTURES / "cnil" / "store_entrance_export.json"


def test_the_export_becomes_an_assessment_that_says_what_is_missing(tmp_path: Path, capsys) -> None:
    out = tmp_path / "imported.dpia"
    assert main(["import-cnil", str(EXPORT), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"wrote {out}: 6 measure(s), 6 review(s)" in printed
    assert "facts still to answer" in printed and "fr_function" in printed
    assessment = load_assessment(out)
    assert assessment.metadata.title == "Store entrance face matching (pilot)"
    assert main(["assess", str(out), "--json"]) == 0
    assert '"fact": "fr_function"' in capsys.readouterr().out
    assert main(["report", str(out), "-o", str(tmp_path / "imported.pdf")]) == 0


def test_a_broken_export_writes_nothing(tmp_path: Path, capsys) -> None:
    broken = tmp_path / "export.json"
    broken.write_text('{"pia": {"name": ["not", "a", "name"]}}')
    assert main(["import-cnil", str(broken), "-o", str(tmp_path / "out.dpia")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged CNIL export" in err and "pia.name" in err
    assert os.listdir(tmp_path) == ["export.json"]


@pytest.mark.parametrize(
    "text",
    [
        '{"pia":{}}',
        '{"pia": {"tableName": "pia"}, "answers": [], "measures": []}',
        '{"format": "dpia-assessment", "schema_version": 2, "answers": {}}',
        '[{"pia": {"name": "in a list"}}]',
    ],
)
def test_a_json_that_is_not_a_cnil_export_is_one_line_and_writes_nothing(
    tmp_path: Path, capsys, text: str
) -> None:
    source = tmp_path / "export.json"
    source.write_text(text, encoding="utf-8")
    assert main(["import-cnil", str(source), "-o", str(tmp_path / "out.dpia")]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"dpia: error: {source}: not an export of the CNIL PIA tool (")
    assert err.count("\n") == 1
    assert "Traceback" not in err
    assert os.listdir(tmp_path) == ["export.json"]


def test_outputs_are_protected(tmp_path: Path, capsys) -> None:
    export = tmp_path / "export.json"
    shutil.copyfile(EXPORT, export)
    before = export.read_bytes()
    assert main(["import-cnil", str(export), "-o", str(export), "--force"]) == 2
    assert "input file" in capsys.readouterr().err and export.read_bytes() == before
    existing = tmp_path / "out.dpia"
    existing.write_text("mine")
    assert main(["import-cnil", str(export), "-o", str(existing)]) == 2
    assert "already exists" in capsys.readouterr().err and existing.read_text() == "mine"
    assert main(["import-cnil", str(tmp_path / "missing.json"), "-o", str(tmp_path / "x.dpia")]) == 2
    assert "missing.json" in capsys.readouterr().err
