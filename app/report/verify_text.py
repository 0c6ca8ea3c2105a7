"""What `dpia verify` (and the GUI's Verify report) show: one line per fact, every PDF or certificate
string escaped so that nothing read from the file can forge a line."""

from __future__ import annotations

from app.core.printable import printable
from app.report.rescore import VerdictCheck
from app.report.verify import RoleField, SignatureCheck, VerificationReport


def report_lines(report: VerificationReport) -> list[str]:
    """What verify prints; every string that comes from the PDF or a certificate is escaped."""
    lines: list[str] = []
    total = len(report.signatures)
    for number, check in enumerate(report.signatures, start=1):
        lines += signature_lines(number, total, check)
    lines += role_lines(report.roles)
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


def role_lines(roles: list[RoleField]) -> list[str]:
    """Every signature role of the report, signed or not (an older report may lack a later role)."""
    if not roles:
        return []
    width = max(len(r.role) for r in roles)
    lines = ["signature roles:"]
    for role in roles:
        if role.signers:
            state = "signed by " + ", ".join(printable(name) for name in role.signers)
        elif role.present:
            state = "not signed (the field is empty)"
        else:
            state = "no field in this report (made before this role existed)"
        lines.append(f"  {role.role:<{width}}  {state}")
    return lines


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
