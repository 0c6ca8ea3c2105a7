"""The fourth signature role, "reviewer" (the evaluator): a field on the sign-off page beside the others,
a genuine fourth signature that keeps the earlier three valid, and verify listing every role."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from app.commands.verify_cmd import exit_status
from app.report.identity import create_identity, load_identity
from app.report.options import ROLES
from app.report.signing import sign_report
from app.report.verify import RoleField, verify_report
from app.report.verify_text import report_lines, role_lines
from tests.report.builders import PASSPHRASE

FIELDS = ["Signature_Assessor", "Signature_DPO", "Signature_Controller", "Signature_Reviewer"]


def _fields(pdf: bytes) -> dict[str, tuple[int, tuple[float, ...]]]:
    """Each signature field: the page it is on and its rectangle."""
    reader = PdfFileReader(BytesIO(pdf), strict=False)
    pages = {
        reader.find_page_for_modification(i)[0].idnum: i for i in range(len(reader.root["/Pages"]["/Kids"]))
    }
    found = {}
    for ref in reader.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        rect = tuple(float(v) for v in field["/Rect"])
        found[str(field["/T"])] = (pages[field.raw_get("/P").idnum], rect)
    return found


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def test_every_report_has_four_signature_fields_on_one_page_side_by_side(unsigned_pdf: bytes) -> None:
    fields = _fields(unsigned_pdf)
    assert list(fields) == FIELDS
    pages = {page for page, _ in fields.values()}
    assert len(pages) == 1
    rects = [rect for _, rect in fields.values()]
    for i, a in enumerate(rects):
        assert a[2] - a[0] >= 200 and a[3] - a[1] >= 60  # room for a stamp
        assert all(not _overlap(a, b) for b in rects[i + 1 :])


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")
def test_the_reviewer_box_is_captioned_on_the_sign_off_page(unsigned_pdf: bytes, tmp_path: Path) -> None:
    page = next(iter(_fields(unsigned_pdf).values()))[0] + 1
    source = tmp_path / "r.pdf"
    source.write_bytes(unsigned_pdf)
    text = subprocess.run(
        ["pdftotext", "-f", str(page), "-l", str(page), "-layout", str(source), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for caption in ("Signature of the assessor", "Signature for the controller", "Signature of the reviewer"):
        assert caption in text


@pytest.fixture(scope="module")
def reviewer(tmp_path_factory: pytest.TempPathFactory):
    path = tmp_path_factory.mktemp("ids") / "reviewer.p12"
    create_identity(path, "Rita Reviewer", "rita@example.org", PASSPHRASE, key_type="ec-p256")
    return load_identity(path, PASSPHRASE)


def test_fourth_signature_by_the_reviewer_verifies_and_every_role_is_listed(
    signed_thrice, knowledge, assessor, dpo, controller, reviewer
) -> None:
    signed = sign_report(signed_thrice, reviewer, "reviewer")
    trusted = [assessor.certificate, dpo.certificate, controller.certificate, reviewer.certificate]
    report = verify_report(signed, trusted, knowledge)
    text = "\n".join(report_lines(report))
    assert exit_status(report) == 0, text
    assert "signature 4 of 4: reviewer (field Signature_Reviewer)" in text
    assert text.count("later changes: none but further signatures of this report") == 4
    assert [(r.role, r.present, r.signers) for r in report.roles] == [
        ("assessor", True, ("Anna Łukasiewicz",)),
        ("dpo", True, ("Dirk de Vries",)),
        ("controller", True, ("Claire Controller",)),
        ("reviewer", True, ("Rita Reviewer",)),
    ]


def test_verify_lists_unsigned_roles_of_a_report_signed_once(signed_once, knowledge, assessor) -> None:
    report = verify_report(signed_once, [assessor.certificate], knowledge)
    lines = role_lines(report.roles)
    assert lines[0] == "signature roles:"
    assert [line.split()[0] for line in lines[1:]] == list(ROLES)
    assert "signed by Anna Łukasiewicz" in lines[1]
    assert all("not signed (the field is empty)" in line for line in lines[2:])


def test_a_report_made_before_the_reviewer_role_says_so() -> None:
    roles = [
        RoleField("assessor", "Signature_Assessor", True, ("Anna",)),
        RoleField("reviewer", "Signature_Reviewer", False),
    ]
    assert role_lines(roles)[2] == "  reviewer  no field in this report (made before this role existed)"
