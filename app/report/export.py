"""From an assessment to a finished (optionally signed) report file; the API the GUI calls.

`export_report` is safe to run in a worker thread: it touches no Qt and reports progress through
a plain callable.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge, load_knowledge
from app.core.storage import serialise
from app.core.verdict import Verdict
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, Attachment
from app.report.context import ReportContext
from app.report.document import render
from app.report.fields import Role
from app.report.record import sha256, verdict_record

if TYPE_CHECKING:  # signing loads pyHanko and cryptography: only when a report is signed
    from pyhanko.sign.timestamps import TimeStamper

    from app.report.identity import Identity

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    fingerprint: str
    outcome: str
    signed_by: str | None


def export_time(moment: dt.datetime | None = None) -> dt.datetime:
    """The export time in UTC, to the second (it is printed and fixes the PDF's dates)."""
    moment = moment or dt.datetime.now(dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def build_report(
    assessment: Assessment,
    verdict: Verdict,
    knowledge: Knowledge | None,
    locale: str,
    exported: dt.datetime,
) -> bytes:
    """The unsigned report: the same inputs always give the same bytes."""
    exported = export_time(exported)
    data = serialise(assessment)
    ctx = ReportContext(assessment, verdict, knowledge, locale, exported, sha256(data))
    record = verdict_record(data, verdict, locale, exported)
    attachments = (
        Attachment(ASSESSMENT_FILE, data, ctx.t("attachment_assessment")),
        Attachment(VERDICT_FILE, record, ctx.t("attachment_verdict")),
    )
    return render(ctx, attachments)


def export_report(
    assessment: Assessment,
    out_path: Path | str,
    locale: str = "en",
    identity_path: Path | str | None = None,
    passphrase: str | None = None,
    role: Role = "assessor",
    progress: Progress | None = None,
    *,
    knowledge: Knowledge | None = None,
    exported: dt.datetime | None = None,
    tsa_url: str | None = None,
    timestamper: TimeStamper | None = None,
) -> ExportResult:
    """Score, lay out, embed, optionally sign, and write the report atomically to `out_path`."""
    report = progress or _silent
    identity = _open_identity(identity_path, passphrase)
    report(5, "Scoring the assessment")
    knowledge = knowledge or load_knowledge()
    verdict = assess(assessment, knowledge, locale=locale)
    report(20, "Laying out the report")
    pdf = build_report(assessment, verdict, knowledge, locale, export_time(exported))
    if identity is not None:
        from app.report.signing import http_timestamper, sign_report

        report(80, "Signing")
        stamper = timestamper or (http_timestamper(tsa_url) if tsa_url else None)
        pdf = sign_report(pdf, identity, role, stamper)
    report(95, "Writing the file")
    path = write_atomically(Path(out_path), pdf)
    report(100, "Done")
    return ExportResult(
        path, len(pdf), sha256(serialise(assessment)), verdict.outcome, identity.name if identity else None
    )


def _open_identity(path: Path | str | None, passphrase: str | None) -> Identity | None:
    if path is None:
        return None
    if passphrase is None:
        raise DpiaError("a passphrase is needed to sign with an identity")
    from app.report.identity import load_identity

    return load_identity(Path(path), passphrase)


def write_atomically(path: Path, data: bytes) -> Path:
    """Write next to the target and rename, so a failure never leaves half a PDF."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except OSError as exc:
        raise DpiaError(f"{path}: cannot write the report ({exc.strerror or exc})") from exc
    return path


def _silent(_percent: int, _message: str) -> None:
    return None
