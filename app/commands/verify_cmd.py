"""`dpia verify PDF [--trust CERT.pem ...] [--trust-dir DIR] [--extract OUT.dpia]`: check and re-score."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from app.commands.common import add_force_option, read_pdf, write_output
from app.core.errors import DpiaError
from app.core.printable import printable
from app.core.safeio import check_output, loads_json

if TYPE_CHECKING:
    from app.report.verify import VerificationReport

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
chain, its validity period and the signer's key usage are checked. Only a CA certificate (cA true,
keyCertSign) vouches for others; a trusted signer's own certificate trusts that certificate only.
--trust-dir DIR trusts every .pem/.crt/.cer/.der file directly inside DIR.
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
    parser.add_argument(
        "--extract-evidence",
        type=Path,
        metavar="DIR",
        help="write the evidence files the report carries into this folder (never over existing files)",
    )
    add_force_option(parser, "the --extract file")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from app.report.trust import load_trust
    from app.report.verify import verify_report
    from app.report.verify_text import report_lines

    if args.extract:
        check_output(args.extract, overwrite=args.force, inputs=[args.pdf, *args.trust])
    if args.extract_evidence:
        from app.report.evidence import check_evidence_folder

        check_evidence_folder(args.extract_evidence)
    anchors = load_trust(args.trust, args.trust_dir)
    pdf = read_pdf(args.pdf)
    report = verify_report(pdf, anchors)
    for line in report_lines(report):
        print(line)
    if args.extract:
        _extract(args, report, args.extract)
    evidence_ok = _extract_evidence(pdf, args.extract_evidence) if args.extract_evidence else True
    return exit_status(report) if evidence_ok else EXIT_NEGATIVE


def exit_status(report: VerificationReport) -> int:
    if not report.intact:
        return EXIT_NEGATIVE
    return EXIT_OK if report.trusted else EXIT_UNTRUSTED


def _extract_evidence(pdf: bytes, folder: Path) -> bool:
    """Extract the evidence files (issue 13); False if one does not match the assessment's hash."""
    from app.report.evidence import extract_from_pdf

    extracted = extract_from_pdf(pdf, folder)
    for item in extracted:
        check = {True: "matches", False: "DOES NOT MATCH", None: "not recorded in"}[item.matches]
        print(f"evidence: {printable(item.path)} (SHA-256 {item.sha256}; {check} the embedded assessment)")
    if not extracted:
        print("evidence: the report carries no evidence files")
    return all(item.matches is not False for item in extracted)


def _extract(args: argparse.Namespace, report: VerificationReport, path: Path) -> None:
    from app.report.attachments import ASSESSMENT_FILE

    if report.assessment_json is None:
        raise DpiaError("the report carries no assessment to extract")
    loads_json(report.assessment_json, f"not extracted: the embedded {ASSESSMENT_FILE}")  # within limits
    write_output(args, path, report.assessment_json, inputs=[args.pdf, *args.trust], what="assessment")
    print(f"extracted the embedded assessment to {path}")
