"""The readable verdict summary printed by `dpia assess` without --json.

Its words are data (the `summary_*` texts in forms/rules/settings.yaml), so they are translated too.
"""

from __future__ import annotations

from collections.abc import Callable

from app.core.printable import printable
from app.core.ruleset import LevelScale, Settings
from app.core.verdict import RiskResult, RiskScore, Verdict


def _yes_no(settings: Settings, locale: str, value: bool | None) -> str:
    key = {True: "summary_yes", False: "summary_no", None: "summary_undetermined"}[value]
    return settings.text(key, locale)


def _headline(verdict: Verdict, text: Callable[..., str], settings: Settings, locale: str) -> list[str]:
    """The outcome, or for an incomplete assessment what is still needed and the provisional outcome."""
    led = verdict.regime == "led" and verdict.outcome == "prior_consultation"
    outcome = text(f"summary_outcome_{verdict.outcome}{'_led' if led else ''}")
    if verdict.status == "incomplete":
        return [
            settings.count_text(
                "summary_status_incomplete", locale, verdict.answers_needed, count=str(verdict.answers_needed)
            ),
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
    lines = _headline(verdict, text, settings, locale)
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
    unanswered = [m for m in verdict.missing if not m.to_verify]
    if unanswered:
        lines += ["", text("summary_missing")]
        lines += [
            "  - " + text("summary_missing_line", fact=m.fact, blocks=", ".join(m.blocks)) for m in unanswered
        ]
    to_verify = [m for m in verdict.missing if m.to_verify]
    if to_verify:  # answered, yet what it says must still be verified or settled
        lines += ["", text("summary_to_verify")]
        lines += [
            "  - " + text("summary_to_verify_line", fact=m.fact, blocks=", ".join(m.blocks))
            for m in to_verify
        ]
    lines += ["", text("summary_findings")]
    separator = text("summary_list_separator")
    for finding in verdict.findings:
        lines.append(f"  [{text(f'summary_severity_{finding.severity}')}] {finding.text}")
        lines.append(
            "      " + text("summary_cites", citations=_cited(verdict, finding.citations, separator))
        )
    return lines


def _cited(verdict: Verdict, citation_ids: list[str], separator: str) -> str:
    """The sources of a finding as a reader cites them, in the verdict's language ("RGPD, art. 9, par. 1",
    a decision by its title); an id only where the verdict does not carry the citation."""
    shown: list[str] = []
    for citation_id in citation_ids:
        entry = verdict.citations.get(citation_id) or {}
        references = [*(entry.get("articles") or ()), *(entry.get("provisions") or ())]
        shown += (
            references if entry.get("kind") == "law" and references else [entry.get("title") or citation_id]
        )
    return separator.join(dict.fromkeys(shown))


def own_risk_lines(verdict: Verdict, settings: Settings, levels: LevelScale, locale: str = "en") -> list[str]:
    """The assessor's own risks and the risks a custom measure lowered, with every reason, numbered as in
    the report's register; nothing when there are none."""
    shown = [(n, r) for n, r in enumerate(verdict.risks, start=1) if r.source == "own" or r.effects]
    if not shown:
        return []

    def text(key: str, **values: object) -> str:
        # Titles and reasons are the assessor's text: printed on one line, control characters escaped.
        return settings.text(key, locale, **{k: printable(v) for k, v in values.items()})

    def score(value: RiskScore) -> str:
        label = levels.level_labels.get(value.level)
        return f"{value.severity} x {value.likelihood} {label.get(locale) if label else value.level}"

    lines = [text("summary_own_risks")]
    for number, risk in shown:
        lines += _risk_block(number, risk, text, score)
    return lines


def _risk_block(
    number: int, risk: RiskResult, text: Callable[..., str], score: Callable[[RiskScore], str]
) -> list[str]:
    title = risk.title + (f" ({text('summary_own_risk_tag')})" if risk.source == "own" else "")
    lines = [
        "  "
        + text(
            "summary_risk_line",
            number=f"R{number}",
            title=title,
            inherent=score(risk.inherent),
            residual=score(risk.residual),
        )
    ]
    if risk.source == "own":
        for axis, value, why in (
            ("severity", risk.inherent.severity, risk.severity_justification),
            ("likelihood", risk.inherent.likelihood, risk.likelihood_justification),
        ):
            axis_text = text(f"summary_axis_{axis}")
            lines.append(
                "      " + text("summary_rating_reason", axis=axis_text, value=value, justification=why)
            )
    for effect in risk.effects:
        steps = ", ".join(
            f"{text(f'summary_axis_{axis}')} -{n}"
            for axis, n in (("severity", effect.lowers_severity), ("likelihood", effect.lowers_likelihood))
            if n
        )
        measure = effect.title or effect.measure
        line = text("summary_effect_line", measure=measure, steps=steps, justification=effect.justification)
        lines.append("      " + line)
    return lines
