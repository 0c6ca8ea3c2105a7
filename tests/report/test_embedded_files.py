"""What reportlab writes into an unsigned report in place of pyHanko: evidence files with their media
types and names, the name tree in key order, the four empty signature fields; and that building such a
report (evidence included) never imports pyHanko."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.core.assessment import Assessment, Support
from app.core.engine import assess
from app.core.evidence import attach
from app.core.knowledge import Knowledge
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, read_attachments, text_string_bytes
from app.report.export import build_report
from tests.helpers.paths import scenario_path
from tests.report.builders import EXPORTED, rich_assessment

ROOT = Path(__file__).resolve().parents[2]
FILES = {  # name -> (content, the media type the assessment records)
    "Zürich camera – photo 1.png": (b"\x89PNG\r\n\x1a\n not really", "image/png"),
    "DPA letter.pdf": (b"%PDF-1.4 letter", "application/pdf"),
    "diagram.svg": (b"<svg/>", "image/svg+xml"),
    "Łódź (notes)#1": (b"no extension", "application/octet-stream"),
}


@pytest.fixture(scope="module")
def with_evidence(knowledge: Knowledge) -> tuple[Assessment, bytes]:
    assessment = rich_assessment()
    moment = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)
    for name, (data, _media_type) in FILES.items():
        support = Support(kind="question", id="accuracy_bias_testing")
        attach(assessment, knowledge.bank, name, data, support, "", moment)
    verdict = assess(assessment, knowledge)
    return assessment, build_report(assessment, verdict, knowledge, "en", EXPORTED)


def _reader(pdf: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(BytesIO(pdf), strict=False)


def test_media_types_are_recorded(with_evidence) -> None:
    assessment, pdf = with_evidence
    assert {e.name: e.media_type for e in assessment.attachments} == {n: m for n, (_d, m) in FILES.items()}
    names = _reader(pdf).root["/Names"]["/EmbeddedFiles"]["/Names"]
    subtypes = {str(names[i]): str(names[i + 1]["/EF"]["/F"]["/Subtype"]) for i in range(0, len(names), 2)}
    expected = {f"evidence-{n}": f"/{m}" for n, (_d, m) in FILES.items()}
    expected |= {ASSESSMENT_FILE: "/application/json", VERDICT_FILE: "/application/json"}
    assert subtypes == expected


def test_evidence_round_trips_byte_for_byte_under_its_own_name(with_evidence) -> None:
    assessment, pdf = with_evidence
    found = read_attachments(_reader(pdf))
    assert {n: found[f"evidence-{n}"] for n in FILES} == {n: d for n, (d, _m) in FILES.items()}
    by_pypdf = PdfReader(BytesIO(pdf)).attachments
    assert all(by_pypdf[f"evidence-{n}"] == [d] for n, (d, _m) in FILES.items())
    recorded = {e["name"]: e["sha256"] for e in json.loads(found[ASSESSMENT_FILE])["attachments"]}
    assert recorded == {e.name: e.sha256 for e in assessment.attachments}


def test_descriptions_name_the_hash(with_evidence) -> None:
    assessment, pdf = with_evidence
    names = _reader(pdf).root["/Names"]["/EmbeddedFiles"]["/Names"]
    descriptions = {str(names[i]): str(names[i + 1]["/Desc"]) for i in range(0, len(names), 2)}
    for evidence in assessment.attachments:
        assert descriptions[f"evidence-{evidence.name}"] == f"Evidence, SHA-256 {evidence.sha256}"


def test_the_name_tree_is_in_key_order(with_evidence) -> None:
    """PDF name trees are sorted by the bytes of their keys (PDFDocEncoding or UTF-16BE here)."""
    _assessment, pdf = with_evidence
    names = _reader(pdf).root["/Names"]["/EmbeddedFiles"]["/Names"]
    keys = [text_string_bytes(str(names[i])) for i in range(0, len(names), 2)]
    assert len(keys) == len(FILES) + 2 and keys == sorted(keys)


def test_four_empty_locked_signature_fields_on_the_sign_off_page(unsigned_pdf: bytes) -> None:
    reader = PdfReader(BytesIO(unsigned_pdf))
    fields = reader.get_fields() or {}
    assert set(fields) == {
        "Signature_Assessor",
        "Signature_DPO",
        "Signature_Controller",
        "Signature_Reviewer",
    }
    assert all(f.get("/FT") == "/Sig" and "/V" not in f for f in fields.values())
    on_pages = {
        number: [a.get_object() for a in page.get("/Annots", []) if "/T" in a.get_object()]
        for number, page in enumerate(reader.pages)
    }
    ((number, widgets),) = [(n, w) for n, w in on_pages.items() if w]  # all on one page
    assert sorted(str(w["/T"]) for w in widgets) == sorted(fields)
    page = reader.pages[number]
    text = " ".join(page.extract_text().split())
    # with a long sign-off table the signature block starts a page of its own, under its heading
    assert "Digital signatures" in text and "Signature of the reviewer (evaluator)" in text
    assert all(int(w["/F"]) == 0b10000100 and w["/P"].get_object() == page for w in widgets)


def test_an_unsigned_report_with_evidence_never_imports_pyhanko(tmp_path: Path) -> None:
    from app.cli import main

    dpia, proof = tmp_path / "a.dpia", tmp_path / "proof.pdf"
    shutil.copyfile(scenario_path("people_counting_detection"), dpia)
    proof.write_bytes(b"%PDF-1.4 proof")
    assert main(["attach", str(dpia), str(proof), "--question", "accuracy_bias_testing"]) == 0
    child = (
        "import sys\nfrom app.cli import main\n"
        "code = main(['report', sys.argv[1], '-o', sys.argv[2]])\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'pyhanko', 'pkcs11'}))\n"
        "sys.exit(code)\n"
    )
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-c", child, str(dpia), str(out)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1] == "[]"
    assert PdfReader(out).attachments["evidence-proof.pdf"] == [b"%PDF-1.4 proof"]
