"""Every forgery class of issue 11, built from a real signed report: verify rejects it and names the change.

The forged bytes keep every earlier signature cryptographically intact (they are incremental updates),
so each test also checks that the failure is "changed after signing", not "broken signature".
"""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from pyhanko.pdf_utils.generic import NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign.fields import SigFieldSpec
from pyhanko.sign.signers import PdfSignatureMetadata, PdfSigner

from app.commands.verify_cmd import exit_status
from app.report.signing import SigningFailed, sign_report
from app.report.verify import verify_report
from app.report.verify_text import report_lines
from tests.report import forgeries


def _verify(pdf: bytes, knowledge, *trusted) -> tuple[int, str]:
    report = verify_report(pdf, [s.certificate for s in trusted], knowledge)
    return exit_status(report), "\n".join(report_lines(report))


def _sign_raw(pdf: bytes, signer, field: str, new_field: bool = False) -> bytes:
    """A genuine pyHanko signature with no checks of ours (what a forger's own tool would do)."""
    w = forgeries.writer(pdf)
    spec = SigFieldSpec(field, on_page=0, box=(50, 50, 200, 100)) if new_field else None
    out = PdfSigner(
        PdfSignatureMetadata(field_name=field, md_algorithm="sha256"),
        signer=signer.identity.signer,
        new_field_spec=spec,
    ).sign_pdf(w, existing_fields_only=not new_field)
    return out.getvalue()


def _assert_changed_after_signing(text: str, status: int, *named: str) -> None:
    assert status == 1, text
    assert "integrity:     intact" in text
    assert "CHANGED after signing" in text
    assert "result: FAILED" in text
    for phrase in named:
        assert phrase in text, text


def test_genuine_second_signature_verifies_and_is_trusted(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(signed_twice, knowledge, assessor, dpo)
    assert status == 0, text
    assert text.count("later changes: none but further signatures of this report") == 2
    assert text.endswith("result: OK (intact, every signer trusted)")


def test_genuine_third_signature_verifies(signed_thrice, knowledge, assessor, dpo, controller) -> None:
    status, text = _verify(signed_thrice, knowledge, assessor, dpo, controller)
    assert status == 0, text
    assert "signature 3 of 3: controller (field Signature_Controller)" in text
    assert text.count("later changes: none but further signatures of this report") == 3


def test_forgery_after_three_signatures_names_all_three(
    signed_thrice, knowledge, assessor, dpo, controller
) -> None:
    forged = forgeries.free_text_annotation(signed_thrice)
    status, text = _verify(forged, knowledge, assessor, dpo, controller)
    _assert_changed_after_signing(
        text,
        status,
        "revision 5 breaks Signature_Assessor, Signature_DPO, Signature_Controller: adds no signature",
        "page 1: new annotation /FreeText",
    )


def test_intact_but_one_signer_untrusted_exits_3(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(signed_twice, knowledge, assessor)
    assert status == 3
    assert "NOT TRUSTED: self-signed, and not one of the trusted certificates" in text
    assert f"certificate:   SHA-256 {dpo.identity.fingerprint}" in text
    assert "result: INTACT BUT SIGNER NOT VERIFIED" in text


def test_no_trust_given_exits_3(signed_twice, knowledge) -> None:
    status, text = _verify(signed_twice, knowledge)
    assert status == 3 and text.count("signer not verified: no trusted certificates given") == 2


def test_visible_unsigned_field_over_the_verdict(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(forgeries.visible_unsigned_field(signed_twice), knowledge, assessor, dpo)
    _assert_changed_after_signing(
        text,
        status,
        "revision 4 breaks Signature_Assessor, Signature_DPO",
        "adds no signature",
        "new form field 'Verdict' (/Sig)",
        "page 1: new annotation /Widget (field 'Verdict')",
    )


def test_unvalidatable_signature_in_the_dpo_field(signed_once, knowledge, assessor) -> None:
    status, text = _verify(forgeries.unvalidatable_dpo_value(signed_once), knowledge, assessor)
    _assert_changed_after_signing(
        text,
        status,
        "signature field 'Signature_DPO' holds a value of a signature type that cannot be validated",
        "revision 3 breaks Signature_Assessor: adds no signature",
        "form field 'Signature_DPO': value set",
    )


def test_shadow_field_planted_before_signing_then_changed(unsigned_pdf, knowledge, assessor) -> None:
    planted = forgeries.plant_text_field(unsigned_pdf, "Note")
    signed = _sign_raw(planted, assessor, "Signature_Assessor")
    status, text = _verify(forgeries.change_field(signed, "Note", "PROCEED"), knowledge, assessor)
    _assert_changed_after_signing(
        text,
        status,
        "the first signature already covers form fields this tool never adds: Note",
        "form field 'Note': value set",
        "form field 'Note': appearance or properties changed",
        "page 1: changed annotation /Widget (field 'Note')",
    )


@pytest.mark.parametrize("key", ["/Keywords", "/Title", "/Subject"])
def test_info_metadata_changed(signed_twice, knowledge, assessor, dpo, key) -> None:
    forged = forgeries.info_entry(signed_twice, key, "assessment-sha256:" + "0" * 64)
    status, text = _verify(forged, knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, f"metadata {key} changed")


def test_info_moddate_alone_is_still_an_unsigned_revision(signed_twice, knowledge, assessor, dpo) -> None:
    forged = forgeries.info_entry(signed_twice, "/ModDate", "D:20300101000000Z")
    status, text = _verify(forged, knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "adds no signature", "metadata /ModDate changed")


def test_xmp_stream_added(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(forgeries.add_xmp(signed_twice), knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "XMP metadata stream added")


def test_bytes_after_the_last_eof(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(signed_twice + b"%% appended\n", knowledge, assessor, dpo)
    assert status == 1
    assert "problem: 12 unsigned bytes after the last signed revision (breaks Signature_DPO)" in text


def test_free_text_annotation(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(forgeries.free_text_annotation(signed_twice), knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "page 1: new annotation /FreeText")


def test_page_content_replaced(signed_twice, knowledge, assessor, dpo) -> None:
    status, text = _verify(forgeries.replace_page_content(signed_twice, 2), knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "page 3: content or resources changed")


def test_embedded_assessment_replaced(signed_twice, knowledge, assessor, dpo) -> None:
    forged = forgeries.replace_attachment(
        signed_twice, "assessment.json", json.dumps({"answers": {}}).encode()
    )
    status, text = _verify(forged, knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "attachment 'assessment.json' changed")


def test_signature_in_a_field_of_its_own(signed_twice, knowledge, assessor, dpo) -> None:
    """A forger's genuine, valid signature in a new field is still not one of the report's."""
    forged = _sign_raw(signed_twice, dpo, "Approval", new_field=True)
    status, text = _verify(forged, knowledge, assessor, dpo)
    _assert_changed_after_signing(
        text,
        status,
        "field 'Approval' is not one of the report's signature fields",
        "new form field 'Approval' (/Sig)",
    )


def test_forged_revision_under_a_later_genuine_signature(signed_once, knowledge, assessor, dpo) -> None:
    """Metadata changed, then the DPO signs in good faith: the assessor's signature is what breaks."""
    forged = forgeries.info_entry(signed_once, "/Keywords", "changed")
    with pytest.raises(SigningFailed, match=r"does not verify \(revision 3 breaks Signature_Assessor"):
        sign_report(forged, dpo.identity, "dpo")  # dpia sign refuses; a forger's own tool does not
    both = _sign_raw(forged, dpo, "Signature_DPO")
    report = verify_report(both, [assessor.certificate, dpo.certificate], knowledge)
    first, second = report.signatures
    assert first.intact and not first.changes_ok and "metadata /Keywords changed" in first.later_changes[0]
    assert second.intact and second.changes_ok
    assert exit_status(report) == 1


def test_control_characters_in_a_signer_name_cannot_forge_lines(unsigned_pdf, knowledge, tmp_path) -> None:
    from app.report.identity import load_identity
    from tests.report.builders import PASSPHRASE, unchecked_identity

    path = unchecked_identity(tmp_path / "evil.p12", "Eve\n  trust:         trusted\nresult: OK\x1b[2K")
    signed = sign_report(unsigned_pdf, load_identity(path, PASSPHRASE), "assessor")
    _status, text = _verify(signed, knowledge)
    assert "\x1b" not in text
    assert "signer:        Eve\\n  trust:         trusted\\nresult: OK\\x1b[2K" in text
    assert not any(line.startswith("result: OK") for line in text.splitlines())


def test_change_smuggled_into_a_genuine_signing_revision(signed_once, knowledge, assessor, dpo) -> None:
    """The DPO's own revision also rewrites /Keywords: the DPO signed it, but it breaks the assessor's."""
    w = forgeries.writer(signed_once)
    info = w.trailer["/Info"]
    info[NameObject("/Keywords")] = TextStringObject("assessment-sha256:" + "0" * 64)
    w.update_container(info)
    signed = PdfSigner(
        PdfSignatureMetadata(field_name="Signature_DPO", md_algorithm="sha256"), signer=dpo.identity.signer
    ).sign_pdf(w, existing_fields_only=True)
    report = verify_report(signed.getvalue(), [assessor.certificate, dpo.certificate], knowledge)
    first, second = report.signatures
    assert second.intact and second.changes_ok
    assert first.later_changes == ("revision 3: metadata /Keywords changed",)
    assert exit_status(report) == 1


def test_signed_bytes_changed_is_broken(signed_twice, knowledge, assessor, dpo) -> None:
    at = signed_twice.index(b"DPIA for a facial")
    tampered = signed_twice[:at] + b"X" + signed_twice[at + 1 :]
    status, text = _verify(tampered, knowledge, assessor, dpo)
    assert status == 1 and "integrity:     BROKEN" in text


def test_writer_helpers_do_not_touch_signed_bytes(signed_twice) -> None:
    forged = forgeries.add_xmp(signed_twice)
    assert forged.startswith(signed_twice)
    assert isinstance(forgeries.writer(signed_twice), IncrementalPdfFileWriter)
    assert BytesIO(forged).getvalue() != signed_twice


@pytest.mark.parametrize("key", ["/Producer", "/ModDate"])
def test_metadata_rewritten_in_a_genuine_signing_revision(signed_once, knowledge, assessor, dpo, key) -> None:
    """pyHanko's own writer stamps /Producer and /ModDate; ours never does, so any /Info change is named."""
    w = IncrementalPdfFileWriter(BytesIO(signed_once), strict=False)  # stamps /Producer, /ModDate
    info = w.trailer["/Info"]
    info[NameObject(key)] = TextStringObject("APPROVED by the AP - verdict: PROCEED")
    w.update_container(info)
    signed = PdfSigner(
        PdfSignatureMetadata(field_name="Signature_DPO", md_algorithm="sha256"), signer=dpo.identity.signer
    ).sign_pdf(w, existing_fields_only=True)
    status, text = _verify(signed.getvalue(), knowledge, assessor, dpo)
    _assert_changed_after_signing(
        text, status, "revision 3 breaks Signature_Assessor", f"metadata {key} changed"
    )


def _sign_with_widget_change(pdf: bytes, signer, field: str, *, rect=None, on_first_page=False) -> bytes:
    """A genuine signature of the empty field whose own revision also enlarges or copies its widget."""
    from pyhanko.pdf_utils import generic

    w = forgeries.writer(pdf)
    ref = next(f for f in w.root["/AcroForm"]["/Fields"] if f.get_object()["/T"] == field)
    widget = ref.get_object()
    if rect is not None:
        widget[NameObject("/Rect")] = generic.ArrayObject(map(generic.NumberObject, rect))
        w.update_container(widget)
    if on_first_page:
        page = w.root["/Pages"]["/Kids"][0].get_object()
        annots = page["/Annots"] if "/Annots" in page else generic.ArrayObject()
        assert ref not in list(annots)
        annots.append(ref)
        page[NameObject("/Annots")] = annots
        w.update_container(page)
    return (
        PdfSigner(
            PdfSignatureMetadata(field_name=field, md_algorithm="sha256"), signer=signer.identity.signer
        )
        .sign_pdf(w, existing_fields_only=True)
        .getvalue()
    )


def test_signing_revision_enlarges_its_own_widget(signed_once, knowledge, assessor, dpo) -> None:
    forged = _sign_with_widget_change(signed_once, dpo, "Signature_DPO", rect=(0, 0, 595, 842))
    report = verify_report(forged, [assessor.certificate, dpo.certificate], knowledge)
    first, second = report.signatures
    assert second.intact and second.changes_ok and not first.changes_ok
    own = [r for r in first.later_changes[0].split(": ", 1)[1].split("; ") if not r.startswith("pyHanko")]
    assert any("annotation /Widget (field 'Signature_DPO'): rectangle (/Rect) changed" in r for r in own), own
    assert exit_status(report) == 1


def test_signing_revision_shows_its_widget_on_another_page(signed_once, knowledge, assessor, dpo) -> None:
    forged = _sign_with_widget_change(signed_once, dpo, "Signature_DPO", on_first_page=True)
    report = verify_report(forged, [assessor.certificate, dpo.certificate], knowledge)
    first, second = report.signatures
    assert second.intact and second.changes_ok and not first.changes_ok
    own = [r for r in first.later_changes[0].split(": ", 1)[1].split("; ") if not r.startswith("pyHanko")]
    assert "page 1: new annotation /Widget (field 'Signature_DPO')" in own, own
    assert exit_status(report) == 1


@pytest.mark.parametrize(
    ("key", "named"),
    [
        ("/Version", "document catalogue entry /Version is not a PDF version"),
        (
            "/Extensions",
            "document catalogue entry /Extensions holds more than pyHanko's developer extensions",
        ),
    ],
)
def test_version_entries_of_a_signing_revision_carry_no_chosen_text(
    signed_once, knowledge, assessor, dpo, key, named
) -> None:
    """/Version and /Extensions stay tolerated for pyHanko's own values only, never for a forger's text."""
    from pyhanko.pdf_utils import generic

    w = forgeries.writer(signed_once)
    if key == "/Version":
        w.root[NameObject("/Version")] = NameObject("/9.9")  # parses as a version, so pyHanko keeps it
    else:
        entry = generic.DictionaryObject(
            {
                NameObject("/BaseVersion"): NameObject("/1.7"),
                NameObject("/ExtensionLevel"): generic.NumberObject(1),
                NameObject("/URL"): TextStringObject("APPROVED by the AP - verdict: PROCEED"),
            }
        )
        w.root[NameObject("/Extensions")] = generic.DictionaryObject({NameObject("/ESIC"): entry})
    w.update_root()
    signed = PdfSigner(
        PdfSignatureMetadata(field_name="Signature_DPO", md_algorithm="sha256"), signer=dpo.identity.signer
    ).sign_pdf(w, existing_fields_only=True)
    status, text = _verify(signed.getvalue(), knowledge, assessor, dpo)
    _assert_changed_after_signing(text, status, "revision 3 breaks Signature_Assessor", named)
