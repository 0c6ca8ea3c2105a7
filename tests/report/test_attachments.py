"""The report carries its assessment and verdict; the signatures cover them."""

from __future__ import annotations

import json
from io import BytesIO

from pypdf import PdfReader

from app.core.storage import parse_assessment, serialise
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE
from app.report.record import sha256


def _attachments(pdf: bytes) -> dict[str, bytes]:
    return {name: data[0] for name, data in PdfReader(BytesIO(pdf)).attachments.items()}


def test_assessment_round_trips_to_the_same_answers(signed_twice: bytes, rich) -> None:
    embedded = parse_assessment(_attachments(signed_twice)[ASSESSMENT_FILE])
    assert embedded.answers == rich.answers
    assert embedded == rich


def test_verdict_record_names_outcome_and_fingerprint(unsigned_pdf: bytes, rich, rich_verdict) -> None:
    record = json.loads(_attachments(unsigned_pdf)[VERDICT_FILE])
    assert record["outcome"] == rich_verdict.outcome == "do_not_proceed"
    assert record["assessment_sha256"] == sha256(serialise(rich))
    assert record["key"]["ai_act_prohibited"] == ["5(1)(e)"]


def test_attachments_precede_the_first_signature(signed_once: bytes, unsigned_pdf: bytes) -> None:
    """The first signature's byte range starts at 0 and covers the whole unsigned report."""
    reader = PdfReader(BytesIO(signed_once))
    field = next(f for f in reader.get_fields().values() if f.get("/FT") == "/Sig")
    byte_range = field["/V"]["/ByteRange"]
    assert byte_range[0] == 0
    assert byte_range[2] + byte_range[3] == len(signed_once)
    assert signed_once.startswith(unsigned_pdf)
