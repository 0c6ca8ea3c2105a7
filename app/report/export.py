"""From an assessment to a finished (optionally signed) report file; the API the GUI calls.

`export_report` is safe to run in a worker thread: it touches no Qt and reports progress through
a plain callable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from app.core.assessment import Assessment
from app.core.engine import assess
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge, load_knowledge
from app.core.safeio import check_output, write_file
from app.core.storage import serialise
from app.core.verdict import Verdict
from app.report.attachments import ASSESSMENT_FILE, VERDICT_FILE, Attachment
from app.report.context import ReportContext
from app.report.document import render
from app.report.evidence import evidence_attachments
from app.report.options import Role
from app.report.record import sha256, verdict_record

if TYPE_CHECKING:  # signing loads pyHanko and cryptography: only when a report is signed
    from pyhanko.sign.timestamps import TimeStamper

    from app.report.identity import Identity
    from app.report.token import TokenSpec

Progress = Callable[[int, str], None]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    size: int
    fingerprint: str
    outcome: str
    signed_by: str | None
    # "incomplete": the outcome is provisional (the worst case while answers are open), never a decision.
    status: str = "complete"


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
    changes_since: str | None = None,
) -> bytes:
    """The unsigned report: the same inputs always give the same bytes."""
    exported = export_time(exported)
    data = serialise(assessment)
    ctx = ReportContext(
        assessment, verdict, knowledge, locale, exported, sha256(data), changes_since=changes_since
    )
    record = verdict_record(data, verdict, locale, exported)
    attachments = (
        Attachment(ASSESSMENT_FILE, data, ctx.t("attachment_assessment")),
        Attachment(VERDICT_FILE, record, ctx.t("attachment_verdict")),
        *evidence_attachments(assessment, locale),
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
    token: TokenSpec | None = None,
    pin: str | None = None,
    changes_since: str | None = None,
    overwrite: bool = False,
    inputs: Sequence[Path | str | None] = (),
) -> ExportResult:
    """Score, lay out, embed, optionally sign (with an identity file or a PKCS#11 token), and write
    the report atomically to `out_path`.

    An existing `out_path` is replaced only with `overwrite`; one of `inputs` (the .dpia, the
    identity) never is. Both are checked before any work, and again when writing."""
    if token is not None and identity_path is not None:
        raise DpiaError("sign with an identity file or a token, not both")
    written_inputs = [*inputs, identity_path]
    check_output(out_path, overwrite=overwrite, inputs=written_inputs)
    with _open_identity(identity_path, passphrase, token, pin) as identity:
        return _export(
            assessment,
            Path(out_path),
            locale,
            identity,
            role,
            progress or _silent,
            knowledge,
            exported,
            tsa_url,
            timestamper,
            changes_since,
            overwrite,
            written_inputs,
        )


def _export(
    assessment: Assessment,
    out_path: Path,
    locale: str,
    identity: Identity | None,
    role: Role,
    report: Progress,
    knowledge: Knowledge | None,
    exported: dt.datetime | None,
    tsa_url: str | None,
    timestamper: TimeStamper | None,
    changes_since: str | None,
    overwrite: bool,
    inputs: Sequence[Path | str | None],
) -> ExportResult:
    report(5, "Scoring the assessment")
    knowledge = knowledge or load_knowledge()
    verdict = assess(assessment, knowledge, locale=locale)
    report(20, "Laying out the report")
    pdf = build_report(assessment, verdict, knowledge, locale, export_time(exported), changes_since)
    if identity is not None:
        from app.report.signing import http_timestamper, sign_report

        report(80, "Signing")
        stamper = timestamper or (http_timestamper(tsa_url) if tsa_url else None)
        pdf = sign_report(pdf, identity, role, stamper)
    report(95, "Writing the file")
    path = write_atomically(out_path, pdf, overwrite=overwrite, inputs=inputs)
    report(100, "Done")
    return ExportResult(
        path,
        len(pdf),
        sha256(serialise(assessment)),
        verdict.outcome,
        identity.name if identity else None,
        verdict.status,
    )


def _open_identity(
    path: Path | str | None, passphrase: str | None, token: TokenSpec | None, pin: str | None
) -> AbstractContextManager[Identity | None]:
    if token is not None:
        if pin is None:
            raise DpiaError("a PIN is needed to sign with a token")
        from app.report.token import open_token_identity

        return open_token_identity(token, pin)
    if path is None:
        return nullcontext(None)
    if passphrase is None:
        raise DpiaError("a passphrase is needed to sign with an identity")
    from app.report.identity import load_identity

    return nullcontext(load_identity(Path(path), passphrase))


def write_atomically(
    path: Path, data: bytes, *, overwrite: bool = False, inputs: Sequence[Path | str | None] = ()
) -> Path:
    """Write next to the target and link or rename it into place (app.core.safeio.write_file): a
    failure never leaves half a PDF or a temporary file, an existing file is replaced only with
    `overwrite`, a symlink planted at `path` is never followed, and an input is never overwritten."""
    return write_file(path, data, overwrite=overwrite, inputs=inputs, what="report")


def _silent(_percent: int, _message: str) -> None:
    return None
