"""The readable verdict summary printed by `dpia assess` without --json."""

from __future__ import annotations

from app.core.verdict import Verdict

OUTCOME_TEXT = {
    "proceed": "PROCEED: the processing may go ahead",
    "proceed_with_measures": "PROCEED WITH MEASURES: only once the measures are in place",
    "prior_consultation": "PRIOR CONSULTATION: consult the supervisory authority first (Art. 36)",
    "do_not_proceed": "DO NOT PROCEED: the processing may not go ahead",
}


def _yes_no(value: bool | None) -> str:
    return {True: "yes", False: "no", None: "undetermined"}[value]


def summary_lines(verdict: Verdict) -> list[str]:
    lines = [f"Outcome: {OUTCOME_TEXT[verdict.outcome]}", ""]
    lines += [f"  - {reason}" for reason in verdict.reasons]
    lines += [
        "",
        f"DPIA required: {_yes_no(verdict.dpia_required)}",
        f"Prior consultation required (Art. 36): {_yes_no(verdict.prior_consultation_required)}",
        f"Art. 9 applies: {_yes_no(verdict.art9.applies)}; "
        f"exception valid: {_yes_no(verdict.art9.exception_valid)}",
        f"AI Act: prohibited {', '.join(verdict.ai_act.prohibited) or 'none'}; "
        f"high-risk {_yes_no(verdict.ai_act.high_risk)}; FRIA {_yes_no(verdict.ai_act.fria_required)}",
    ]
    if verdict.missing:
        lines += ["", "Missing answers:"]
        lines += [f"  - {m.fact} (blocks {', '.join(m.blocks)})" for m in verdict.missing]
    lines += ["", "Findings:"]
    for finding in verdict.findings:
        lines.append(f"  [{finding.severity}] {finding.text}")
        lines.append(f"      cites: {', '.join(finding.citations)}")
    return lines
