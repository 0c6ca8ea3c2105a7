"""`dpia sign PDF --identity FILE.p12 [--role dpo] -o OUT.pdf [--tsa URL]`: add a further signature."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.commands.common import add_force_option, read_pdf, write_output
from app.commands.identity_cmd import PASSPHRASE_ENV, read_passphrase
from app.core.safeio import check_output
from app.report.options import ROLES


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "sign",
        help="sign a report in its assessor or DPO field (earlier signatures stay valid)",
        description=(
            "Add a PAdES signature to a DPIA report by an incremental update, in the "
            f"pre-created field of the role. The passphrase is read from ${PASSPHRASE_ENV} or "
            "asked for at a prompt."
        ),
    )
    parser.add_argument("pdf", type=Path, help="the report to sign")
    parser.add_argument(
        "--identity", required=True, type=Path, metavar="FILE.p12", help="the signing identity"
    )
    parser.add_argument(
        "--role", choices=ROLES, default="dpo", help="the signature field to fill (default: dpo)"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, help="the signed PDF to write")
    parser.add_argument("--tsa", metavar="URL", help="add an RFC 3161 timestamp from this TSA")
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.identity import load_identity
    from app.report.signing import http_timestamper, sign_report

    check_output(args.output, overwrite=args.force, inputs=[args.pdf, args.identity])
    pdf = read_pdf(args.pdf)
    identity = load_identity(args.identity, read_passphrase())
    stamper = http_timestamper(args.tsa) if args.tsa else None
    signed = sign_report(pdf, identity, args.role, stamper)
    write_output(args, args.output, signed, inputs=[args.pdf, args.identity], what="report")
    print(f"wrote {args.output}, signed by {identity.name} as {args.role}")
    return 0
