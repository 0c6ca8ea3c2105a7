"""`dpia report FILE -o OUT.pdf [--lang en] [--sign FILE.p12] [--role assessor|dpo] [--tsa URL]`."""

from __future__ import annotations

import argparse
import datetime as dt
import os
from pathlib import Path

from app.commands.common import add_force_option, read_assessment
from app.commands.identity_cmd import PASSPHRASE_ENV, read_passphrase
from app.core.errors import DpiaError
from app.core.knowledge import load_knowledge
from app.core.safeio import check_output
from app.report.options import ROLES


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
    parser.add_argument("--lang", default="en", help="language of the report (default: en)")
    parser.add_argument("--sign", type=Path, metavar="FILE.p12", help="sign with this identity")
    parser.add_argument(
        "--role",
        choices=ROLES,
        default="assessor",
        help="the signature field to fill with --sign (default: assessor)",
    )
    parser.add_argument("--tsa", metavar="URL", help="add an RFC 3161 timestamp from this TSA")
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.export import export_report

    if args.tsa and not args.sign:
        raise DpiaError("--tsa needs --sign")
    check_output(args.output, overwrite=args.force, inputs=[args.file, args.sign])
    knowledge = load_knowledge()
    assessment = read_assessment(args.file, knowledge)
    passphrase = read_passphrase() if args.sign else None
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
        overwrite=args.force,
        inputs=[args.file],
    )
    signed = f", signed by {result.signed_by} as {args.role}" if result.signed_by else ""
    print(f"wrote {result.path} ({result.size // 1024} KB, outcome: {result.outcome}{signed})")
    return 0


def source_date() -> dt.datetime | None:
    """The export time from SOURCE_DATE_EPOCH (reproducible builds convention), if set."""
    value = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value:
        return None
    try:
        return dt.datetime.fromtimestamp(int(value), dt.UTC)
    except (ValueError, OverflowError, OSError) as exc:
        raise DpiaError(f"SOURCE_DATE_EPOCH must be a Unix time in seconds, found {value!r}") from exc
