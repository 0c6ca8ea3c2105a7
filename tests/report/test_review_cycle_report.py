"""The report and the review cycle: evidence attached to the PDF and listed with its hash, the evaluator
review, "Changes since <label>", the revision on the cover; verify extracts the evidence."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.cli import main
from app.core.knowledge import load_knowledge
from app.core.storage import load_assessment, save_assessment
from app.report.identity import create_identity
from tests.helpers.paths import scenario_path
from tests.report.builders import PASSPHRASE

EVIDENCE = b"%PDF-1.4 independent accuracy test, 2026 \x00\x01\x02"


def _text(pdf: Path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(pdf).pages).split())


@pytest.fixture(scope="module")
def cycle(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A versioned assessment, then edited, reviewed and given evidence; reported signed."""
    folder = tmp_path_factory.mktemp("cycle")
    dpia, proof, identity, pdf = (
        folder / "a.dpia",
        folder / "bias-test.pdf",
        folder / "id.p12",
        folder / "r.pdf",
    )
    shutil.copyfile(scenario_path("people_counting_detection"), dpia)
    proof.write_bytes(EVIDENCE)
    create_identity(identity, "Anna Assessor", "anna@example.org", PASSPHRASE, key_type="ec-p256")
    assert main(["version", str(dpia), "--label", "v1"]) == 0
    assessment = load_assessment(dpia)
    assessment.answers["scale"] = "gt_10m"
    save_assessment(assessment, dpia)
    assert main(["attach", str(dpia), str(proof), "--question", "accuracy_bias_testing"]) == 0
    review = ["--section", "system", "--status", "improvable", "--comment", "name the camera model"]
    assert main(["review", str(dpia), *review, "--evaluator", "Eva Evaluator"]) == 0
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DPIA_PASSPHRASE", PASSPHRASE)
        args = ["report", str(dpia), "-o", str(pdf), "--sign", str(identity), "--changes-since", "v1"]
        assert main([*args, "--record-version"]) == 0
    return {"dpia": dpia, "pdf": pdf, "folder": folder}


def test_evidence_is_attached_to_the_pdf_byte_for_byte(cycle) -> None:
    attachments = PdfReader(cycle["pdf"]).attachments
    assert set(attachments) == {"assessment.json", "verdict.json", "evidence-bias-test.pdf"}
    assert attachments["evidence-bias-test.pdf"] == [EVIDENCE]


def test_the_appendices_list_review_evidence_with_hash_and_changes_since_the_version(cycle) -> None:
    text = _text(cycle["pdf"])
    item = load_assessment(cycle["dpia"]).attachments[0]
    question = load_knowledge().bank.question("scale")
    scale, large = question.label.get("en"), question.option("gt_10m").label.get("en")
    assert "Appendix D. Evaluator review" in text and "name the camera model" in text and "Improvable" in text
    assert "Appendix E. Evidence" in text and item.sha256 in text and "bias-test.pdf" in text
    assert "Appendix F. Changes since v1" in text
    changes = text[text.index("Appendix F. Changes since v1") :]
    assert scale in changes and f"{large} (gt_10m)" in changes


def test_the_export_is_recorded_and_the_cover_names_its_revision(cycle) -> None:
    saved = load_assessment(cycle["dpia"])
    assert [e.kind for e in saved.history] == ["version", "signed_export"]
    assert saved.history[-1].revision == saved.revision
    cover = PdfReader(cycle["pdf"]).pages[0].extract_text()
    assert f"{saved.revision} (signed export r.pdf)" in " ".join(cover.split())


def test_verify_passes_and_extracts_the_evidence_checked_against_the_assessment(
    cycle, tmp_path, capsys
) -> None:
    out_dir = tmp_path / "evidence"
    assert main(["verify", str(cycle["pdf"]), "--extract-evidence", str(out_dir)]) == 3  # intact, signer not in a trust list
    assert (out_dir / "bias-test.pdf").read_bytes() == EVIDENCE
    assert "matches the embedded assessment" in capsys.readouterr().out
    assert main(["verify", str(cycle["pdf"]), "--extract-evidence", str(out_dir)]) == 2
    assert "exists already" in capsys.readouterr().err
    assert (out_dir / "bias-test.pdf").read_bytes() == EVIDENCE


def test_a_report_without_lineage_has_none_of_these_appendices(tmp_path) -> None:
    pdf = tmp_path / "plain.pdf"
    assert main(["report", str(scenario_path("people_counting_detection")), "-o", str(pdf)]) == 0
    text = _text(pdf)
    assert "Appendix D" not in text and "Revision" not in text
    assert set(PdfReader(pdf).attachments) == {"assessment.json", "verdict.json"}


def test_dutch_changes_appendix_and_an_unknown_version_is_exit_2(cycle, tmp_path, capsys) -> None:
    pdf = tmp_path / "nl.pdf"
    assert main(["report", str(cycle["dpia"]), "-o", str(pdf), "--lang", "nl", "--changes-since", "v1"]) == 0
    assert "Bijlage F. Wijzigingen sinds v1" in _text(pdf)
    missing = tmp_path / "missing.pdf"
    assert main(["report", str(cycle["dpia"]), "-o", str(missing), "--changes-since", "v9"]) == 2
    assert "no version labelled or numbered 'v9'" in capsys.readouterr().err and not missing.exists()


def test_reports_are_still_reproducible_with_evidence(cycle, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1740830400")
    first, second = tmp_path / "1.pdf", tmp_path / "2.pdf"
    for out in (first, second):
        assert main(["report", str(cycle["dpia"]), "-o", str(out), "--changes-since", "v1"]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_appendix_letters_follow_what_is_present(tmp_path) -> None:
    dpia, pdf = tmp_path / "a.dpia", tmp_path / "r.pdf"
    shutil.copyfile(scenario_path("people_counting_detection"), dpia)
    assert main(["version", str(dpia), "--label", "v1"]) == 0
    assert main(["report", str(dpia), "-o", str(pdf), "--changes-since", "v1"]) == 0
    text = _text(pdf)
    assert "Appendix D. Changes since v1" in text and "No changes since that version." in text
    assert "Appendix E" not in text


def test_the_sign_off_table_names_the_evaluator_beside_the_reviewer_signature_field(cycle) -> None:
    text = _text(cycle["pdf"])
    table = text.split("Sign-off (ICO step 7)", 1)[1]
    assert "Reviewed by (evaluator) Eva Evaluator" in table
    assert "Signature of the reviewer (evaluator)" in table
