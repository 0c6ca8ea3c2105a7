"""`dpia review` and `dpia status`: evaluator judgements, shown by `dpia assess`; no final while to correct."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.cli import main
from app.core.storage import load_assessment
from tests.helpers.working_copy import working_copy


def _review(path: Path, *extra: str) -> int:
    return main(["review", str(path), "--evaluator", "Eva Evaluator", *extra])


def test_review_is_saved_and_shown_by_assess(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert (
        _review(path, "--section", "system", "--status", "to_correct", "--comment", "count the cameras") == 0
    )
    assert path.with_name("a.dpia.bak").read_bytes() == before
    (review,) = load_assessment(path).reviews
    assert (review.scope, review.target, review.status, review.comment) == (
        "section",
        "system",
        "to_correct",
        "count the cameras",
    )
    capsys.readouterr()
    assert main(["assess", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Evaluator review:" in out and "[to correct] section" in out and "count the cameras" in out
    assert "cannot be marked final" in out


def test_final_is_refused_with_one_line_while_to_correct_and_the_file_is_unchanged(
    tmp_path: Path, capsys
) -> None:
    path = working_copy(tmp_path)
    assert _review(path, "--section", "system", "--status", "to_correct", "--comment", "wrong") == 0
    saved = path.read_bytes()
    capsys.readouterr()
    assert main(["status", str(path), "final"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot mark the assessment final" in err and "section system" in err
    assert path.read_bytes() == saved
    assert _review(path, "--section", "system", "--status", "acceptable") == 0
    assert main(["status", str(path), "final"]) == 0
    assert load_assessment(path).metadata.status == "final"
    capsys.readouterr()
    assert main(["status", str(path)]) == 0
    assert capsys.readouterr().out.strip() == "final"


def test_a_to_correct_on_a_final_assessment_sets_it_back_to_review(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    assert main(["status", str(path), "final"]) == 0
    assert _review(path, "--section", "system", "--status", "to_correct", "--comment", "wrong") == 0
    assert load_assessment(path).metadata.status == "in_review"
    assert "its status is now in_review" in capsys.readouterr().out


def test_bad_review_input_is_exit_2_with_one_line(tmp_path: Path, capsys) -> None:
    path = working_copy(tmp_path)
    before = path.read_bytes()
    assert _review(path, "--section", "nowhere", "--status", "acceptable") == 2
    assert _review(path, "--measure", "m9", "--status", "acceptable") == 2
    assert _review(path, "--section", "system", "--status", "improvable") == 2
    with pytest.raises(SystemExit) as usage:
        _review(path, "--section", "system", "--status", "maybe")
    assert usage.value.code == 2
    err = capsys.readouterr().err.splitlines()
    assert "no section 'nowhere'" in err[0] and "no measure 'm9'" in err[1]
    assert "a comment is required" in err[2] and "invalid choice" in err[3]
    assert path.read_bytes() == before
