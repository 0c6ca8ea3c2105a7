"""The report carries its assessment and verdict; the signatures cover them."""

from __future__ import annotations

import json
from io import BytesIO

import pytest
from pypdf import PdfReader

from app.core.storage import parse_assessment, serialise
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, EmbeddedFileError
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


def _reader(pdf: bytes):
    from pyhanko.pdf_utils.reader import PdfFileReader

    return PdfFileReader(BytesIO(pdf), strict=False)


def test_embedded_files_are_decoded_within_the_limit() -> None:
    from app.report.attachments import read_attachments
    from tests.helpers.hostile import pdf_with_attachments

    reader = _reader(pdf_with_attachments(b"x" * 1000))
    assert read_attachments(reader, limit=1000)[ASSESSMENT_FILE] == b"x" * 1000
    with pytest.raises(EmbeddedFileError, match=r"'assessment\.json' is larger than the limit of 999 bytes"):
        read_attachments(_reader(pdf_with_attachments(b"x" * 1000)), limit=999)


def test_a_decompression_bomb_is_stopped_at_the_limit() -> None:
    from app.report.attachments import read_attachments
    from tests.helpers.hostile import pdf_with_attachments

    pdf = pdf_with_attachments(b"\0" * (64 * 1024 * 1024))
    assert len(pdf) < 200_000
    with pytest.raises(EmbeddedFileError, match=r"larger than the limit of 32 MB \(decompressed\)"):
        read_attachments(_reader(pdf))


def test_two_files_of_the_same_name_are_refused() -> None:
    import datetime as dt

    from pyhanko.pdf_utils.writer import PdfFileWriter

    from app.report.attachments import Attachment, read_attachments
    from tests.helpers.hostile import embed

    writer = PdfFileWriter()
    moment = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for content in (b'{"genuine": 1}', b'{"forged": 1}'):
        embed(writer, Attachment(ASSESSMENT_FILE, content, "x"), moment)
    out = BytesIO()
    writer.write(out)
    with pytest.raises(EmbeddedFileError, match=r"two files named 'assessment\.json'"):
        read_attachments(_reader(out.getvalue()))


def test_other_encodings_are_refused() -> None:
    from pyhanko.pdf_utils.generic import DictionaryObject, NameObject, StreamObject

    from app.report.attachments import embedded_data

    stream = StreamObject(DictionaryObject({NameObject("/Filter"): NameObject("/ASCIIHexDecode")}), b"41>")
    with pytest.raises(EmbeddedFileError, match="unsupported encoding"):
        embedded_data(stream, "x.json")


def test_embedded_json_is_parsed_within_the_budget() -> None:
    from app.report.attachments import parse_embedded_json

    assert parse_embedded_json(b'{"outcome": "proceed"}', VERDICT_FILE) == {"outcome": "proceed"}
    with pytest.raises(EmbeddedFileError, match=r"the embedded verdict\.json: more than the limit of 200,000"):
        parse_embedded_json(b"[" + b"[]," * 200_001 + b"[]]", VERDICT_FILE)
