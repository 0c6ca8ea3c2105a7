"""`dpia verify PDF [--trust CERT.pem ...] [--extract OUT.dpia]`: check signatures and re-score."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_force_option, read_pdf, read_small_file, write_output
from app.core.errors import DpiaError
from app.core.safeio import check_output, loads_json

if TYPE_CHECKING:
    from app.report.rescore import VerdictCheck
    from app.report.verify import SignatureCheck, VerificationReport

EXIT_OK, EXIT_NEGATIVE = 0, 1

_EPILOG = """\
Exit codes: 0 when the report is signed, every signature is intact, nothing but further signatures
was added after each one, and the embedded assessment re-scores to the verdict the report shows;
1 otherwise; 2 when the input cannot be read.

Trust: identities made with 'dpia identity new' are self-signed. Without --trust, a signature is
judged on integrity alone and listed as "signer not verified" (exit 0 if intact): the fingerprint
printed must then be compared with the signer's by other means. With --trust CERT.pem (repeatable;
export one with 'dpia identity show FILE.p12 --export-cert CERT.pem'), every signer's certificate
must also chain to one of the given certificates, or verification fails (exit 1).
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "verify",
        help="check a report's signatures and re-score its embedded assessment",
        description="Check every signature of a DPIA report and re-score its embedded assessment.",
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("pdf", type=Path, help="the signed report")
    parser.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="CERT.pem",
        help="a trusted signer or CA certificate (PEM or DER); repeatable",
    )
    parser.add_argument(
        "--extract", type=Path, metavar="OUT.dpia", help="write the embedded assessment to this file"
    )
    add_force_option(parser, "the --extract file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.verify import load_trust_roots, verify_report

    if args.extract:
        check_output(args.extract, overwrite=args.force, inputs=[args.pdf, *args.trust])
    roots = load_trust_roots([read_small_file(path, "certificate") for path in args.trust])
    report = verify_report(read_pdf(args.pdf), roots)
    for line in report_lines(report):
        print(line)
    if args.extract:
        _extract(args, report, args.extract)
    return EXIT_OK if report.ok else EXIT_NEGATIVE


def _extract(args: argparse.Namespace, report: VerificationReport, path: Path) -> None:
    from app.report.attachments import ASSESSMENT_FILE

    if report.assessment_json is None:
        raise DpiaError("the report carries no assessment to extract")
    loads_json(report.assessment_json, f"not extracted: the embedded {ASSESSMENT_FILE}")  # within limits
    write_output(args, path, report.assessment_json, inputs=[args.pdf, *args.trust], what="assessment")
    print(f"extracted the embedded assessment to {path}")


def report_lines(report: VerificationReport) -> list[str]:
    lines: list[str] = []
    total = len(report.signatures)
    for number, check in enumerate(report.signatures, start=1):
        lines += signature_lines(number, total, check)
    lines += verdict_lines(report.verdict)
    lines += [f"problem: {problem}" for problem in report.problems]
    lines.append("result: OK" if report.ok else "result: FAILED")
    return lines


def signature_lines(number: int, total: int, check: SignatureCheck) -> list[str]:
    email = f" <{check.email}>" if check.email else ""
    when = f"{check.signing_time:%Y-%m-%d %H:%M:%S %Z}" if check.signing_time else "unknown"
    lines = [
        f"signature {number} of {total}: {check.role} (field {check.field})",
        f"  signer:        {check.signer}{email}",
        f"  certificate:   SHA-256 {check.fingerprint}",
        f"  signing time:  {when} (signer's clock)",
    ]
    if check.timestamp_time:
        lines.append(f"  timestamp:     {check.timestamp_time:%Y-%m-%d %H:%M:%S %Z} (TSA)")
    lines += [
        f"  integrity:     {'intact' if check.intact else 'BROKEN: the signed content was changed'}",
        f"  trust:         {_trust(check.trusted)}",
        f"  later changes: {check.changes if check.changes_ok else check.changes.upper()}",
    ]
    return lines


def _trust(trusted: bool | None) -> str:
    if trusted is None:
        return "signer not verified (self-signed; pass --trust CERT.pem to check)"
    return (
        "trusted (chains to a --trust certificate)" if trusted else "NOT TRUSTED by any --trust certificate"
    )


def verdict_lines(check: VerdictCheck | None) -> list[str]:
    if check is None:
        return ["verdict:       not checked"]
    if check.error:
        return [f"verdict:       cannot re-score the embedded assessment: {check.error}"]
    lines = [
        f"assessment:    {'matches' if check.assessment_intact else 'DOES NOT MATCH'} "
        "the fingerprint recorded in the report",
        f"verdict:       report says {check.recorded_outcome}; the current engine says "
        f"{check.current_outcome}: {'match' if check.matches else 'MISMATCH'}",
    ]
    if check.differences:
        lines.append(f"  differs in:   {', '.join(check.differences)}")
    elif not check.details_identical:
        lines.append("  (conclusions match; texts or citations of the current rules differ in detail)")
    return lines
