"""`dpia report` in-process: unsigned and signed reports, reproducibility, bad input."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.core.storage import load_assessment, parse_assessment
from app.report.identity import create_identity
from app.report.verify import verify_report
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE, pdf_text

SCENARIO = str(scenario_path("clearview_search_engine"))


@pytest.fixture(scope="module")
def identity(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("id") / "assessor.p12"
    create_identity(path, "Anna Assessor", "anna@example.org", PASSPHRASE, key_type="ec-p256")
    return path


@pytest.fixture(autouse=True)
def passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", PASSPHRASE)


def test_report_writes_a_pdf(tmp_path: Path, capsys) -> None:
    out = tmp_path / "r.pdf"
    assert main(["report", SCENARIO, "-o", str(out)]) == 0
    # The scenario is incomplete: its outcome is provisional, and the line says so (new-user review, 11).
    assert "provisional outcome (the worst case, not a decision): Do not proceed" in capsys.readouterr().out
    report = verify_report(out.read_bytes())
    assert report.problems == ["the report is not signed"]
    assert report.verdict is not None and report.verdict.ok
    assert report.verdict.recorded_outcome == "do_not_proceed"
    assert parse_assessment(report.assessment_json or b"") == load_assessment(SCENARIO)
    # The shared scenario leaves the required narrative texts open: incomplete, the outcome only provisional.
    assert "Outcome Incomplete (3 answers needed); provisional: Do not proceed " in pdf_text(out.read_bytes())


def test_source_date_epoch_makes_reports_identical(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1740830400")
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    assert main(["report", SCENARIO, "-o", str(first)]) == 0
    assert main(["report", SCENARIO, "-o", str(second)]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_signed_report_verifies(tmp_path: Path, identity: Path, capsys) -> None:
    out = tmp_path / "signed.pdf"
    command = ["report", SCENARIO, "-o", str(out), "--sign", str(identity), "--role", "assessor"]
    assert main([*command, "--no-record-version"]) == 0  # leave the shipped scenario as it is
    assert "signed by Anna Assessor as assessor" in capsys.readouterr().out
    assert main(["verify", str(out)]) == 3  # intact; the self-signed signer is not trusted


def test_wrong_passphrase_is_one_line_exit_2(tmp_path: Path, identity: Path, capsys, monkeypatch) -> None:
    monkeypatch.setenv("DPIA_PASSPHRASE", "wrong wrong")
    assert main(["report", SCENARIO, "-o", str(tmp_path / "r.pdf"), "--sign", str(identity)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "wrong passphrase" in err
    assert not (tmp_path / "r.pdf").exists()


def test_unreadable_assessment_exit_2(tmp_path: Path, capsys) -> None:
    bad = tmp_path / "bad.dpia"
    shutil.copy(SCENARIO, bad)
    bad.write_text("{not json", encoding="utf-8")
    assert main(["report", str(bad), "-o", str(tmp_path / "r.pdf")]) == 2
    assert capsys.readouterr().err.startswith("dpia: error:")


def test_a_signed_report_records_a_version_that_its_cover_names(tmp_path: Path, identity: Path, capsys) -> None:
    dpia, out = tmp_path / "c.dpia", tmp_path / "signed.pdf"
    shutil.copy(SCENARIO, dpia)
    assert main(["report", str(dpia), "-o", str(out), "--sign", str(identity)]) == 0
    saved = load_assessment(dpia)
    [entry] = saved.history
    assert (entry.kind, entry.label) == ("signed_export", "signed export signed.pdf")
    assert saved.revision == entry.revision and f"recorded the export as revision {entry.revision}" in (
        capsys.readouterr().out
    )
    text = pdf_text(out.read_bytes())
    assert f"{entry.revision} (signed export signed.pdf)" in text.replace("\u00ad", "")
    embedded = parse_assessment(verify_report(out.read_bytes()).assessment_json or b"")
    assert embedded.revision == entry.revision and embedded.history == saved.history


def test_unsigned_reports_and_no_record_version_leave_the_file_as_it_is(
    tmp_path: Path, identity: Path
) -> None:
    dpia = tmp_path / "c.dpia"
    shutil.copy(SCENARIO, dpia)
    before = dpia.read_bytes()
    assert main(["report", str(dpia), "-o", str(tmp_path / "plain.pdf")]) == 0
    signed = ["report", str(dpia), "-o", str(tmp_path / "s.pdf"), "--sign", str(identity)]
    assert main([*signed, "--no-record-version"]) == 0
    assert dpia.read_bytes() == before
    assert main(["report", str(dpia), "-o", str(tmp_path / "opt-in.pdf"), "--record-version"]) == 0
    assert [e.kind for e in load_assessment(dpia).history] == ["export"]
