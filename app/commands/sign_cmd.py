"""`dpia sign PDF (--identity FILE.p12 | --pkcs11-lib P --token L --key L) [--role dpo] -o OUT.pdf`."""

from __future__ import annotations

import argparse
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_force_option, read_pdf, write_output
from app.commands.identity_cmd import PASSPHRASE_ENV, read_passphrase
from app.commands.token_args import add_token_arguments, read_pin, token_spec
from app.core.errors import DpiaError
from app.core.printable import printable
from app.core.safeio import check_output
from app.report.options import ROLES

if TYPE_CHECKING:
    from app.report.identity import Identity
    from app.report.token import TokenSpec


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
    parser.add_argument("--identity", type=Path, metavar="FILE.p12", help="the signing identity file")
    parser.add_argument(
        "--role", choices=ROLES, default="dpo", help="the signature field to fill (default: dpo)"
    )
    parser.add_argument("-o", "--output", required=True, type=Path, help="the signed PDF to write")
    parser.add_argument("--tsa", metavar="URL", help="add an RFC 3161 timestamp from this TSA")
    add_token_arguments(parser)
    add_force_option(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.signing import http_timestamper, sign_report

    spec = token_spec(args)
    if (spec is None) == (args.identity is None):
        raise DpiaError("sign with either --identity FILE.p12 or a token (--pkcs11-lib, --token, --key)")
    check_output(args.output, overwrite=args.force, inputs=[args.pdf, args.identity])
    pdf = read_pdf(args.pdf)
    stamper = http_timestamper(args.tsa) if args.tsa else None
    with _identity(args, spec) as identity:
        signed = sign_report(pdf, identity, args.role, stamper)
        name = identity.name
    write_output(args, args.output, signed, inputs=[args.pdf, args.identity], what="report")
    print(f"wrote {args.output}, signed by {printable(name)} as {args.role}")
    return 0


def _identity(args: argparse.Namespace, spec: TokenSpec | None) -> AbstractContextManager[Identity]:
    from app.report.identity import load_identity
    from app.report.token import open_token_identity

    if spec is not None:
        return open_token_identity(spec, read_pin())
    return nullcontext(load_identity(args.identity, read_passphrase()))

