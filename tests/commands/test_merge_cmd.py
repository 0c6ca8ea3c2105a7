"""`dpia merge`: exit 0 clean, 1 with disputes, 2 on error with nothing written; disputes in the report."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pypdf

from app.cli import main
from app.core.assessment import Assessment
from app.core.lineage import stamp_revision
from app.core.storage import load_assessment, save_assessment
from tests.helpers.working_copy import working_copy

SCENARIO = "supermarket_watchlist_nl"


def _base(tmp_path: Path) -> Path:
    path = working_copy(tmp_path, SCENARIO, "base.dpia")
    assert main(["version", str(path), "--label", "workshop"]) == 0
    path.with_name("base.dpia.bak").unlink()
    return path


def _participant_copy(base: Path, name: str, **answers: object) -> Path:
    copy = load_assessment(base)
    copy.answers = {**copy.answers, **answers}
    stamp_revision(copy)
    path = base.with_name(f"{name}.dpia")
    save_assessment(copy, path)
    return path


def _merge(*args: Path | str) -> int:
    return main(["merge", *(str(a) for a in args)])


def test_a_clean_merge_exits_0_and_takes_both_changes(tmp_path: Path, capsys) -> None:
    base = _base(tmp_path)
    anna = _participant_copy(base, "anna", scale="gt_10m")
    bob = _participant_copy(base, "bob", human_review="none")
    out = tmp_path / "merged.dpia"
    capsys.readouterr()
    assert _merge(base, anna, bob, "-o", out) == 0
    assert "0 disputed question(s)" in capsys.readouterr().out
    merged = load_assessment(out)
    assert (merged.answers["scale"], merged.answers["human_review"]) == ("gt_10m", "none")
    assert merged.id == load_assessment(base).id


def test_disputes_exit_1_are_in_the_file_the_json_and_the_report(tmp_path: Path, capsys) -> None:
    base = _base(tmp_path)
    original = load_assessment(base).answers["scale"]
    anna = _participant_copy(base, "anna", scale="gt_10m")
    bob = _participant_copy(base, "bob", scale="lt_1k")
    out = tmp_path / "merged.dpia"
    capsys.readouterr()
    assert _merge(base, anna, bob, "-o", out, "--json") == 1
    payload = json.loads(capsys.readouterr().out)
    assert payload["clean"] is False and payload["disputed_questions"] == ["scale"]
    (conflict,) = payload["conflicts"]
    assert conflict == {
        "area": "answers",
        "key": "scale",
        "base": original,
        "values": {"anna": "gt_10m", "bob": "lt_1k"},
    }
    merged = load_assessment(out)
    assert merged.answers["scale"] == original
    note = merged.notes["scale"]
    assert note.disputed and note.disputed_by == "anna, bob" and "(lt_1k)" in note.dispute_reason
    pdf = tmp_path / "merged.pdf"
    assert main(["report", str(out), "-o", str(pdf)]) == 0
    text = " ".join(
        " ".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(pdf.read_bytes())).pages).split()
    )
    assert "Disputed answers" in text and "anna, bob" in text
    assert "Disputed answers" not in _report_text(tmp_path, base)


def _report_text(tmp_path: Path, source: Path) -> str:
    pdf = tmp_path / f"{source.stem}.pdf"
    assert main(["report", str(source), "-o", str(pdf)]) == 0
    return " ".join(p.extract_text() for p in pypdf.PdfReader(pdf).pages)


def test_a_copy_of_another_assessment_is_one_line_and_nothing_is_written(tmp_path: Path, capsys) -> None:
    base = _base(tmp_path)
    anna = _participant_copy(base, "anna", scale="gt_10m")
    other = Assessment(answers={"scale": "lt_1k"})
    stamp_revision(other)
    stranger = tmp_path / "stranger.dpia"
    save_assessment(other, stranger)
    before = sorted(os.listdir(tmp_path))
    capsys.readouterr()
    assert _merge(base, anna, stranger, "-o", tmp_path / "merged.dpia") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and f"{stranger} is not a copy of this assessment" in err
    assert sorted(os.listdir(tmp_path)) == before


def test_outputs_are_never_an_input_or_an_existing_file(tmp_path: Path, capsys) -> None:
    base = _base(tmp_path)
    anna = _participant_copy(base, "anna", scale="gt_10m")
    saved = anna.read_bytes()
    assert _merge(base, anna, "-o", anna, "--force") == 2
    assert "input file" in capsys.readouterr().err
    assert anna.read_bytes() == saved
    existing = tmp_path / "merged.dpia"
    existing.write_text("keep me")
    assert _merge(base, anna, "-o", existing) == 2
    assert "already exists" in capsys.readouterr().err and existing.read_text() == "keep me"
    assert _merge(base, anna, "-o", existing, "--force") == 0
    assert load_assessment(existing).answers["scale"] == "gt_10m"


def test_a_broken_copy_is_one_line(tmp_path: Path, capsys) -> None:
    base = _base(tmp_path)
    broken = tmp_path / "broken.dpia"
    broken.write_text('{"format": "dpia-assessment", "answers": [1, 2]}')
    assert _merge(base, broken, "-o", tmp_path / "merged.dpia") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "broken.dpia" in err
    assert not (tmp_path / "merged.dpia").exists()


def test_namesakes_in_the_base_survive_a_merge_without_changes(tmp_path: Path, capsys) -> None:
    """Two participants named alike (ignoring case) are two people: the merge keeps both."""
    from app.core.assessment import Participant

    base = _base(tmp_path)
    assessment = load_assessment(base)
    assessment.participants = [
        Participant(name="Jan Smit", role="Police"),
        Participant(name="jan smit", role="Vendor"),
    ]
    save_assessment(assessment, base)
    copy = _participant_copy(base, "anna")
    out = tmp_path / "merged.dpia"
    assert _merge(base, copy, "-o", out) == 0
    assert [(p.name, p.role) for p in load_assessment(out).participants] == [
        ("Jan Smit", "Police"),
        ("jan smit", "Vendor"),
    ]
