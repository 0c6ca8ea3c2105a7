"""PAdES signatures: valid against the identity's certificate, and a second one keeps the first valid."""

from __future__ import annotations

import shutil
import subprocess
from io import BytesIO

import pytest
from asn1crypto import x509 as asn1_x509
from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko_certvalidator import ValidationContext

from app.report.signing import SigningFailed, sign_report
from tests.report.builders import dummy_timestamper


def _context(*signers) -> ValidationContext:
    roots = [
        asn1_x509.Certificate.load(s.certificate.public_bytes(serialization.Encoding.DER)) for s in signers
    ]
    return ValidationContext(trust_roots=roots, allow_fetching=False)


def _statuses(pdf: bytes, context: ValidationContext) -> list:
    reader = PdfFileReader(BytesIO(pdf))
    return [validate_pdf_signature(sig, context) for sig in reader.embedded_signatures]


def test_signature_validates_against_the_identity_certificate(signed_once, assessor) -> None:
    (status,) = _statuses(signed_once, _context(assessor))
    assert status.bottom_line
    assert status.intact and status.valid and status.trusted
    assert status.signing_cert.sha256 == bytes.fromhex(assessor.identity.fingerprint)


def test_second_signature_keeps_the_first_valid(signed_twice, assessor, dpo) -> None:
    first, second = _statuses(signed_twice, _context(assessor, dpo))
    assert first.bottom_line and second.bottom_line
    assert first.modification_level == ModificationLevel.FORM_FILLING
    assert second.modification_level == ModificationLevel.NONE


def test_field_cannot_be_signed_twice(signed_once, assessor) -> None:
    with pytest.raises(SigningFailed, match="already signed"):
        sign_report(signed_once, assessor.identity, "assessor")


def test_not_a_pdf_is_refused(assessor) -> None:
    with pytest.raises(SigningFailed, match="not a PDF"):
        sign_report(b"hello", assessor.identity, "assessor")


def test_timestamp_is_embedded_when_a_tsa_is_given(unsigned_pdf, dpo) -> None:
    signed = sign_report(unsigned_pdf, dpo.identity, "dpo", timestamper=dummy_timestamper())
    (status,) = _statuses(signed, _context(dpo))
    assert status.intact and status.valid
    assert status.timestamp_validity is not None and status.timestamp_validity.intact


@pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler's pdfsig is not installed")
def test_independent_validator_accepts_both_signatures(signed_twice, tmp_path) -> None:
    """poppler's pdfsig (NSS) is a PAdES validator that shares no code with pyHanko."""
    pdf = tmp_path / "signed.pdf"
    pdf.write_bytes(signed_twice)
    out = subprocess.run(["pdfsig", str(pdf)], capture_output=True, text=True, check=False).stdout
    assert out.count("Signature Validation: Signature is Valid.") == 2
    assert out.count("Signature Type: ETSI.CAdES.detached") == 2


def test_a_pdf_not_made_here_is_refused(assessor) -> None:
    from reportlab.pdfgen.canvas import Canvas

    out = BytesIO()
    canvas = Canvas(out)
    canvas.drawString(100, 700, "Outcome: PROCEED")
    canvas.save()
    with pytest.raises(SigningFailed, match="not made by the DPIA wizard"):
        sign_report(out.getvalue(), assessor.identity, "assessor")


def test_a_changed_embedded_assessment_is_refused(unsigned_pdf, assessor) -> None:
    from tests.report.forgeries import replace_attachment

    forged = replace_attachment(unsigned_pdf, "assessment.json", b'{"answers": {}}')
    with pytest.raises(SigningFailed, match="does not match the fingerprint recorded in the report"):
        sign_report(forged, assessor.identity, "assessor")


def test_a_planted_form_field_is_refused(unsigned_pdf, assessor) -> None:
    from tests.report.forgeries import plant_text_field

    with pytest.raises(SigningFailed, match=r"form fields this tool never adds \(Note\)"):
        sign_report(plant_text_field(unsigned_pdf, "Note"), assessor.identity, "assessor")


def test_a_report_changed_after_its_first_signature_is_refused(signed_once, dpo) -> None:
    from tests.report.forgeries import add_xmp

    with pytest.raises(SigningFailed, match=r"does not verify .*XMP metadata stream added"):
        sign_report(add_xmp(signed_once), dpo.identity, "dpo")


def test_signing_changes_no_metadata(unsigned_pdf, signed_twice) -> None:
    """pyHanko would stamp /ModDate and add XMP; verify forbids both, so signing must not."""
    from app.report.revisions import changes, view_of

    reader = PdfFileReader(BytesIO(signed_twice))
    total = reader.xrefs.total_revisions
    for revision in range(total - 2, total):
        old, new = (view_of(reader.get_historical_resolver(r)) for r in (revision - 1, revision))
        kinds = {c.kind for c in changes(old, new)}
        assert kinds <= {"field", "field-value", "annotation", "catalog", "form"}, kinds
