"""`dpia report FILE -o OUT.pdf [--sign FILE.p12 | --pkcs11-lib P --token L --key L] [--role R]
[--changes-since LABEL|REVISION] [--record-version | --no-record-version]`.

A signed report records a version in FILE by default (the PDF names that revision); an unsigned one only
with --record-version.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_force_option, add_lang_option, checked_locale, read_assessment
from app.commands.identity_cmd import PASSPHRASE_ENV, read_passphrase
from app.commands.token_args import add_token_arguments, read_pin, token_spec
from app.core.assessment import Assessment
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge
from app.core.languages import format_number
from app.core.lineage import find_entry, record_export
from app.core.messages import message
from app.core.printable import printable
from app.core.safeio import check_output
from app.core.storage import save_in_place
from app.report.options import ROLES

if TYPE_CHECKING:
    from app.report.export import ExportResult


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "report",
        help="write the PDF report of an assessment, optionally signed",
        description=(
            "Write the DPIA report as PDF, with the assessment embedded. Unsigned reports are "
            "reproducible: set SOURCE_DATE_EPOCH to fix the export time. With --sign, the "
            f"passphrase is read from ${PASSPHRASE_ENV} or asked for at a prompt."
        ),
    )
    parser.add_argument("file", type=Path, help="the .dpia assessment file")
    parser.add_argument("-o", "--output", required=True, type=Path, help="the PDF to write")
    add_lang_option(parser, "the report")
    parser.add_argument("--sign", type=Path, metavar="FILE.p12", help="sign with this identity")
    parser.add_argument(
        "--role",
        choices=ROLES,
        default="assessor",
        help="the signature field to fill with --sign (default: assessor)",
    )
    parser.add_argument("--tsa", metavar="URL", help="add an RFC 3161 timestamp from this TSA")
    parser.add_argument(
        "--changes-since",
        metavar="LABEL|REVISION",
        help="add an appendix with the changes since this recorded version",
    )
    parser.add_argument(
        "--record-version",
        action=argparse.BooleanOptionalAction,
        default=None,
        help=(
            "record this export as a version in FILE (the previous file is kept as FILE.bak) and name "
            "its revision in the PDF; the default for a signed report (--no-record-version to leave "
            "FILE as it is), opt-in for an unsigned one"
        ),
    )
    add_token_arguments(parser)
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.export import export_report

    token = token_spec(args)
    if args.sign and token:
        raise DpiaError(
            "sign with either --sign FILE.p12 or a token (--pkcs11-lib, --token, --key), not both"
        )
    if args.tsa and not (args.sign or token):
        raise DpiaError("--tsa needs --sign or a token")
    knowledge = load_knowledge()
    args.lang = checked_locale(args.lang, knowledge)
    check_output(args.output, overwrite=args.force, inputs=[args.file, args.sign])
    assessment = read_assessment(args.file, knowledge)
    if args.changes_since is not None:
        find_entry(assessment, args.changes_since)
    passphrase = read_passphrase() if args.sign else None
    signed = bool(args.sign or token)
    record = signed if args.record_version is None else args.record_version
    if record:
        # Record first so the PDF names the revision; save only once the PDF is written.
        record_export(assessment, args.output.name, knowledge, signed=signed)
    result = export_report(
        assessment,
        args.output,
        locale=args.lang,
        identity_path=args.sign,
        passphrase=passphrase,
        role=args.role,
        knowledge=knowledge,
        exported=source_date(),
        tsa_url=args.tsa,
        token=token,
        pin=read_pin() if token else None,
        changes_since=args.changes_since,
        overwrite=args.force,
        inputs=[args.file],
    )
    if record:
        _save_recorded(assessment, args.file, result.path)
    print(_wrote_line(result, args))
    if record:
        print(message("report_recorded", args.lang, revision=assessment.revision, file=args.file))
    return 0


def _save_recorded(assessment: Assessment, path: Path, report: Path) -> None:
    try:
        save_in_place(assessment, path)
    except DpiaError as exc:
        raise DpiaError(
            f"wrote {report}, but could not record the version in {path}: {exc} "
            "(--no-record-version leaves the assessment file as it is)"
        ) from exc


def _wrote_line(result: ExportResult, args: argparse.Namespace) -> str:
    """What `dpia report` prints once the PDF is written, in the report's language."""
    from app.report.strings import text

    lang = args.lang
    signed = ""
    if result.signed_by:
        role = text(f"role_{args.role}", lang)
        signed = message("report_signed", lang, signer=printable(result.signed_by), role=role)
    outcome = text(f"outcome_{result.outcome}", lang)
    size = format_number(result.size // 1024, lang)
    key = "report_wrote_provisional" if result.status == "incomplete" else "report_wrote"
    return message(key, lang, path=result.path, size=size, outcome=outcome, signed=signed)


def source_date() -> dt.datetime | None:
    """The export time from SOURCE_DATE_EPOCH (reproducible builds convention), if set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise DpiaError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds, found {value!r}") from exc
