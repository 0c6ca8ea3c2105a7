"""`dpia export`: the three formats from the command line, and outputs that are never overwritten by mistake."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import docx
import openpyxl
import pytest

from app.cli import main
from app.core.engine import assess
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_path
from tests.helpers.working_copy import working_copy

SCENARIO = "supermarket_watchlist_nl"


def _export(source: Path, fmt: str, out: Path, *extra: str) -> int:
    return main(["export", str(source), "--format", fmt, "-o", str(out), *extra])


def test_each_format_is_written_and_reads_back(tmp_path: Path, capsys) -> None:
    source = scenario_path(SCENARIO)
    risks = assess(load_assessment(source), load_knowledge()).risks
    for fmt in ("docx", "csv", "xlsx"):
        assert _export(source, fmt, tmp_path / f"out.{fmt}") == 0
        assert f"wrote {tmp_path / f'out.{fmt}'}" in capsys.readouterr().out
    document = docx.Document(str(tmp_path / "out.docx"))
    assert any(p.style.name == "Heading 1" for p in document.paragraphs)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8-sig"))))
    assert [r["risk_id"] for r in rows] == [r.id for r in risks]
    book = openpyxl.load_workbook(tmp_path / "out.xlsx")
    assert book.sheetnames == ["Risks", "Action plan"]
    assert book["Risks"].max_row == len(risks) + 1
    assert sorted(os.listdir(tmp_path)) == ["out.csv", "out.docx", "out.xlsx"]  # no temporary files left


def test_dutch_register_uses_dutch_level_names(tmp_path: Path) -> None:
    source = scenario_path(SCENARIO)
    assert _export(source, "csv", tmp_path / "en.csv") == 0
    assert _export(source, "csv", tmp_path / "nl.csv", "--lang", "nl") == 0
    english = list(csv.DictReader(io.StringIO((tmp_path / "en.csv").read_text(encoding="utf-8-sig"))))
    dutch = list(csv.DictReader(io.StringIO((tmp_path / "nl.csv").read_text(encoding="utf-8-sig"))))
    assert {r["inherent_level"] for r in english} != {r["inherent_level"] for r in dutch}


def _one_line_error(capsys, *words: str) -> None:
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    for word in words:
        assert word in err


def test_an_existing_output_is_kept_unless_forced(tmp_path: Path, capsys) -> None:
    out = tmp_path / "register.csv"
    out.write_bytes(b"my own spreadsheet")
    assert _export(scenario_path(SCENARIO), "csv", out) == 2
    _one_line_error(capsys, "already exists", "--force")
    assert out.read_bytes() == b"my own spreadsheet"
    assert _export(scenario_path(SCENARIO), "csv", out, "--force") == 0
    assert out.read_bytes().startswith(b"\xef\xbb\xbfno,risk_id")


def test_the_input_is_never_the_output(tmp_path: Path, capsys) -> None:
    source = working_copy(tmp_path)
    before = source.read_bytes()
    assert _export(source, "csv", source, "--force") == 2
    _one_line_error(capsys, "input file")
    link = tmp_path / "link.csv"
    link.symlink_to(source)
    assert _export(source, "csv", link, "--force") == 2
    assert source.read_bytes() == before


def test_a_planted_symlink_is_not_followed(tmp_path: Path, capsys) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_bytes(b"precious")
    link = tmp_path / "out.csv"
    link.symlink_to(victim)
    assert _export(scenario_path(SCENARIO), "csv", link) == 2
    _one_line_error(capsys, "already exists")
    assert _export(scenario_path(SCENARIO), "csv", link, "--force") == 0
    assert victim.read_bytes() == b"precious"
    assert not link.is_symlink() and link.read_bytes().startswith(b"\xef\xbb\xbf")


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "invalid JSON"),
        (b'{"format": "something"}', "format"),
        (b'{"format": "dpia-assessment", "schema_version": 99}', "newer version"),
    ],
)
def test_a_broken_input_is_one_line_and_nothing_is_written(tmp_path: Path, capsys, content, words) -> None:
    source = tmp_path / "broken.dpia"
    source.write_bytes(content)
    out = tmp_path / "out.docx"
    assert _export(source, "docx", out) == 2
    _one_line_error(capsys, words)
    assert sorted(os.listdir(tmp_path)) == ["broken.dpia"]


def test_usage_errors(tmp_path: Path, capsys) -> None:
    source = scenario_path(SCENARIO)
    assert _export(source, "docx", tmp_path / "report.xlsx") == 2
    _one_line_error(capsys, ".xlsx", "--format is docx")
    with pytest.raises(SystemExit) as stop:
        _export(source, "pdf", tmp_path / "x.pdf")
    assert stop.value.code == 2
    capsys.readouterr()
    assert _export(source, "csv", tmp_path / "missing" / "x.csv") == 2
    _one_line_error(capsys, "does not exist")
    assert os.listdir(tmp_path) == []


def test_the_workbook_names_its_sheets_in_the_language(tmp_path: Path) -> None:
    assert _export(scenario_path(SCENARIO), "xlsx", tmp_path / "de.xlsx", "--lang", "de") == 0
    assert openpyxl.load_workbook(tmp_path / "de.xlsx").sheetnames == ["Risiken", "Maßnahmenplan"]
