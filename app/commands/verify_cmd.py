"""`dpia verify PDF [--trust CERT.pem ...] [--trust-dir DIR] [--extract OUT.dpia]`: check and re-score."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.sign_cmd import read_pdf
from app.core.errors import DpiaError
from app.core.printable import printable

if TYPE_CHECKING:
    from app.report.rescore import VerdictCheck
    from app.report.verify import SignatureCheck, VerificationReport

EXIT_OK, EXIT_NEGATIVE, EXIT_UNTRUSTED = 0, 1, 3

_EPILOG = """\
Exit codes:
  0  intact and trusted: the report is signed, every signature is valid, nothing but further
     signatures in the report's own fields was added after each one, the embedded assessment
     re-scores to the verdict the report shows, and every signer chains to a certificate you trust
  3  intact, but at least one signer is not trusted (no --trust/--trust-dir given, or the signer's
     certificate does not chain to one of them): compare the printed fingerprints with the signers'
  1  not intact: a signature is broken or of a type that cannot be validated, something was changed
     or added after a signature (each change is named, per revision), or the verdict no longer holds
  2  the input cannot be read

Trust: identities made with 'dpia identity new' are self-signed; trust one with --trust CERT.pem
(export it with 'dpia identity show FILE.p12 --export-cert CERT.pem'). Identities issued by an
organisation's CA ('dpia identity new --ca CA.p12') are trusted by trusting the CA certificate: the
chain, its validity period and the signer's key usage are checked. --trust-dir DIR trusts every
.pem/.crt/.cer/.der file directly inside DIR.
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
        "--trust-dir",
        type=Path,
        action="append",
        default=[],
        metavar="DIR",
        help="trust every certificate file (.pem .crt .cer .der) in this folder; repeatable",
    )
    parser.add_argument(
        "--extract", type=Path, metavar="OUT.dpia", help="write the embedded assessment to this file"
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.trust import load_trust
    from app.report.verify import verify_report

    anchors = load_trust(args.trust, args.trust_dir)
    report = verify_report(read_pdf(args.pdf), anchors)
    for line in report_lines(report):
        print(line)
    if args.extract:
        _extract(report, args.extract)
    return exit_status(report)


def exit_status(report: VerificationReport) -> int:
    if not report.intact:
        return EXIT_NEGATIVE
    return EXIT_OK if report.trusted else EXIT_UNTRUSTED


def _extract(report: VerificationReport, path: Path) -> None:
    from app.report.export import write_atomically

    if report.assessment_json is None:
        raise DpiaError("the report carries no assessment to extract")
    write_atomically(path, report.assessment_json)
    print(f"extracted the embedded assessment to {path}")


def report_lines(report: VerificationReport) -> list[str]:
    """What verify prints; every string that comes from the PDF or a certificate is escaped."""
    lines: list[str] = []
    total = len(report.signatures)
    for number, check in enumerate(report.signatures, start=1):
        lines += signature_lines(number, total, check)
    lines += verdict_lines(report.verdict)
    lines += [f"problem: {printable(problem)}" for problem in report.problems]
    lines.append(result_line(report))
    return lines


def result_line(report: VerificationReport) -> str:
    if not report.intact:
        return "result: FAILED (the report is not intact; see the problems above)"
    if not report.trusted:
        return (
            "result: INTACT BUT SIGNER NOT VERIFIED (not every signer is trusted: compare the "
            "certificate fingerprints above with the signers', or pass --trust / --trust-dir)"
        )
    return "result: OK (intact, every signer trusted)"


def signature_lines(number: int, total: int, check: SignatureCheck) -> list[str]:
    email = f" <{printable(check.email)}>" if check.email else ""
    when = f"{check.signing_time:%Y-%m-%d %H:%M:%S %Z}" if check.signing_time else "unknown"
    lines = [
        f"signature {number} of {total}: {printable(check.role)} (field {printable(check.field)})",
        f"  signer:        {printable(check.signer)}{email}",
        f"  certificate:   SHA-256 {check.fingerprint}",
    ]
    if check.issuer:
        lines.append(f"  issued by:     {printable(check.issuer)}")
    lines.append(f"  signing time:  {when} (signer's clock)")
    if check.timestamp_time:
        lines.append(f"  timestamp:     {check.timestamp_time:%Y-%m-%d %H:%M:%S %Z} (TSA)")
    integrity = "intact" if check.intact else f"BROKEN: {printable(check.problem)}"
    lines += [
        f"  integrity:     {integrity}",
        f"  trust:         {printable(check.trust_note)}",
        f"  later changes: {_later(check)}",
    ]
    return lines


def _later(check: SignatureCheck) -> str:
    if check.changes_ok:
        return "none but further signatures of this report"
    revisions = ", ".join(change.split(":", 1)[0] for change in check.later_changes)
    return f"CHANGED after signing ({revisions}; see the problems below)"


def verdict_lines(check: VerdictCheck | None) -> list[str]:
    if check is None:
        return ["verdict:       not checked"]
    if check.error:
        return [f"verdict:       cannot re-score the embedded assessment: {printable(check.error)}"]
    lines = [
        f"assessment:    {'matches' if check.assessment_intact else 'DOES NOT MATCH'} "
        "the fingerprint recorded in the report",
        f"verdict:       report says {printable(check.recorded_outcome)}; the current engine says "
        f"{check.current_outcome}: {'match' if check.matches else 'MISMATCH'}",
    ]
    if check.differences:
        lines.append(f"  differs in:   {printable(', '.join(check.differences))}")
    elif not check.details_identical:
        lines.append("  (conclusions match; texts or citations of the current rules differ in detail)")
    return lines
