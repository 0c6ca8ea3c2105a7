"""The readable verdict summary printed by `dpia assess` without --json.

Its words are data (the `summary_*` texts in forms/rules/settings.yaml), so they are translated too.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.ruleset import Settings
from app.core.verdict import Verdict


def _yes_no(settings: Settings, locale: str, value: bool | None) -> str:
    key = {True: "summary_yes", False: "summary_no", None: "summary_undetermined"}[value]
    return settings.text(key, locale)


def _headline(verdict: Verdict, text: Callable[..., str]) -> list[str]:
    """The outcome, or for an incomplete assessment what is still needed and the provisional outcome."""
    led = verdict.regime == "led" and verdict.outcome == "prior_consultation"
    outcome = text(f"summary_outcome_{verdict.outcome}{'_led' if led else ''}")
    if verdict.status == "incomplete":
        return [
            text("summary_status_incomplete", count=str(verdict.answers_needed)),
            text("summary_outcome_provisional", outcome=outcome),
            "",
        ]
    return [text("summary_outcome", outcome=outcome), ""]


def summary_lines(verdict: Verdict, settings: Settings, locale: str = "en") -> list[str]:
    def text(key: str, **values: str) -> str:
        return settings.text(key, locale, **values)

    def yes_no(value: bool | None) -> str:
        return _yes_no(settings, locale, value)

    ai_act = verdict.ai_act
    lines = _headline(verdict, text)
    lines += [f"  - {reason}" for reason in verdict.reasons]
    consultation = f"summary_prior_consultation{'_led' if verdict.regime == 'led' else ''}"
    lines += [
        "",
        text("summary_dpia_required", value=yes_no(verdict.dpia_required)),
        text(consultation, value=yes_no(verdict.prior_consultation_required)),
        text(
            "summary_art9",
            applies=yes_no(verdict.art9.applies),
            valid=yes_no(verdict.art9.exception_valid),
        ),
        text(
            "summary_ai_act",
            prohibited=", ".join(ai_act.prohibited) or text("summary_none"),
            high_risk=yes_no(ai_act.high_risk),
            fria=yes_no(ai_act.fria_required),
        ),
    ]
    if ai_act.possibly_prohibited:
        lines.append(text("summary_possibly_prohibited", points=", ".join(ai_act.possibly_prohibited)))
    if verdict.missing:
        lines += ["", text("summary_missing")]
        lines += [
            "  - " + text("summary_missing_line", fact=m.fact, blocks=", ".join(m.blocks))
            for m in verdict.missing
        ]
    lines += ["", text("summary_findings")]
    for finding in verdict.findings:
        lines.append(f"  [{text(f'summary_severity_{finding.severity}')}] {finding.text}")
        lines.append("      " + text("summary_cites", citations=", ".join(finding.citations)))
    return lines
