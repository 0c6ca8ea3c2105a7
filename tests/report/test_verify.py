"""Verification: intact signatures, tampering, changes after signing, the re-scored verdict."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from pyhanko.pdf_utils.generic import NameObject, TextStringObject
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from app.core.storage import serialise
from app.report.record import sha256
from app.report.rescore import check_verdict
from app.report.verify import UnreadableReport, verify_report


def test_signed_report_verifies(signed_twice, knowledge) -> None:
    report = verify_report(signed_twice, knowledge=knowledge)
    assert report.intact and not report.trusted and not report.ok
    assert [s.role for s in report.signatures] == ["assessor", "dpo"]
    assert [s.signer for s in report.signatures] == ["Anna Łukasiewicz", "Dirk de Vries"]
    assert all(s.intact and s.changes_ok and not s.trusted for s in report.signatures)
    assert report.verdict.matches and report.verdict.current_outcome == "do_not_proceed"


def test_trust_roots_decide_trust(signed_twice, knowledge, assessor, dpo) -> None:
    both = verify_report(signed_twice, [assessor.certificate, dpo.certificate], knowledge)
    only_one = verify_report(signed_twice, [assessor.certificate], knowledge)
    assert both.ok and all(s.trusted for s in both.signatures)
    assert only_one.intact and not only_one.ok
    assert [s.trusted for s in only_one.signatures] == [True, False]


def test_changed_byte_in_signed_range_breaks_integrity(signed_twice, knowledge) -> None:
    at = signed_twice.index(b"DPIA for a facial")
    tampered = signed_twice[:at] + b"X" + signed_twice[at + 1 :]
    report = verify_report(tampered, knowledge=knowledge)
    assert not report.intact
    assert not any(s.intact for s in report.signatures)


def test_changes_after_signing_are_reported(signed_once, knowledge) -> None:
    writer = IncrementalPdfFileWriter(BytesIO(signed_once))
    writer.root[NameObject("/Lang")] = TextStringObject("nl")
    writer.update_root()
    out = BytesIO()
    writer.write(out)
    report = verify_report(out.getvalue(), knowledge=knowledge)
    (check,) = report.signatures
    assert check.intact and not check.changes_ok
    (change,) = check.later_changes
    assert change.startswith("revision 3: adds no signature;")  # 1: the report, 2: the signature
    assert "document catalogue entry /Lang changed" in change
    assert "pyHanko: Values for dict key /Lang differ:en changed to nl" in change  # pyHanko's own reason
    assert not report.intact


def test_unsigned_report_does_not_pass(unsigned_pdf, knowledge) -> None:
    report = verify_report(unsigned_pdf, knowledge=knowledge)
    assert not report.intact
    assert report.problems == ["the report is not signed"]
    assert report.verdict.matches


def test_non_pdf_is_unreadable() -> None:
    with pytest.raises(UnreadableReport, match="not a PDF"):
        verify_report(b"hello world")


def test_changed_verdict_is_a_mismatch(rich, knowledge) -> None:
    data = serialise(rich)
    record = {"outcome": "proceed", "key": {"outcome": "proceed"}, "assessment_sha256": sha256(data)}
    check = check_verdict(data, record, knowledge)
    assert not check.ok and check.current_outcome == "do_not_proceed"
    assert "outcome" in check.differences


def test_assessment_not_matching_the_record_fails(rich, knowledge, unsigned_pdf) -> None:
    check = check_verdict(serialise(rich), json.loads(b'{"outcome": "x"}'), knowledge)
    assert not check.assessment_intact and not check.ok


def test_without_given_rules_verify_rescores_with_rules_parsed_afresh(
    unsigned_pdf, knowledge, monkeypatch
) -> None:
    """The re-score must not rest on this machine's parse cache (app/core/yamlcache.py)."""
    import app.report.rescore as rescore

    calls: list[str] = []

    def afresh():
        calls.append("afresh")
        return knowledge

    monkeypatch.setattr(rescore, "load_knowledge_afresh", afresh)
    report = verify_report(unsigned_pdf)
    assert calls == ["afresh"] and report.verdict is not None and report.verdict.matches
