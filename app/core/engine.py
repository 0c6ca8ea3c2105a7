"""The rule engine: answers in, Verdict out. Pure and Qt-free; the wizard and the CLI both call assess()."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.assessment import Assessment
from app.core.conditions import is_answered
from app.core.engine_names import (
    AI_HIGH_RISK,
    ART9_APPLIES,
    ART9_EXCEPTION,
    ART9_EXCEPTION_VALID,
    DPIA_REQUIRED,
    EXCEPTION_VALIDITY,
    FRIA_REQUIRED,
    REGIME,
)
from app.core.knowledge import Knowledge, load_knowledge
from app.core.risks import Score, score_risks
from app.core.rules import (
    AnyRule,
    CountRule,
    Effects,
    Firing,
    FlagRule,
    RiskScoreRule,
    evaluate_rule,
)
from app.core.ruleset import Settings
from app.core.verdict import (
    OUTCOME_ORDER,
    AiActStatus,
    Art9Status,
    CriterionResult,
    Finding,
    Missing,
    Outcome,
    RiskResult,
    Screening,
    Verdict,
)


@dataclass
class _Run:
    """What evaluating the rules has gathered so far."""

    flags: dict[str, str]
    outcome: Outcome = "proceed"
    prohibited: list[str] = field(default_factory=list)
    annex: list[str] = field(default_factory=list)
    screening: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)
    criteria_results: list[CriterionResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    decisive: list[tuple[Outcome, str]] = field(default_factory=list)
    raises: dict[str, list[Score]] = field(default_factory=lambda: defaultdict(list))
    missing: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def assess(assessment: Assessment, knowledge: Knowledge | None = None, locale: str = "en") -> Verdict:
    knowledge = knowledge or load_knowledge()
    run = _Run(flags={f.id: f.values[0] for f in knowledge.flags.values()})
    facts: dict[str, Any] = {**assessment.answers, **run.flags}
    for rule in knowledge.rules:
        firing = evaluate_rule(rule, facts)
        if firing is not None:
            _record(knowledge, run, rule, firing, locale)
            facts.update(run.flags)
    risks = score_risks(knowledge.catalogue, run.raises, facts, assessment, locale)
    return _verdict(knowledge, run, risks, assessment, locale)


def _record(knowledge: Knowledge, run: _Run, rule: AnyRule, firing: Firing, locale: str) -> None:
    if firing.truth is None:
        label = _blocks_label(rule, locale)
        for fact in firing.missing:
            run.missing[fact].append(label)
    if isinstance(rule, CountRule) and rule.screening_list:
        run.criteria = list(firing.detail)
        labels = {c.id: c.label.get(locale) for c in rule.criteria}
        run.criteria_results = [
            CriterionResult(id=cid, label=labels[cid], met=met) for cid, met in firing.criteria
        ]
    if not firing.fired:
        return
    if isinstance(rule, RiskScoreRule):
        run.raises[rule.risk].append((rule.severity, rule.likelihood))
    elif firing.effects is not None:
        _apply(knowledge, run, rule, firing, firing.effects, locale)


def _apply(
    knowledge: Knowledge, run: _Run, rule: FlagRule | CountRule, firing: Firing, effects: Effects, locale: str
) -> None:
    rule_id = rule.id
    for flag_id, value in effects.sets.items():
        order = knowledge.flags[flag_id].values
        if order.index(value) > order.index(run.flags[flag_id]):
            run.flags[flag_id] = value
    if effects.prohibits and effects.prohibits not in run.prohibited:
        run.prohibited.append(effects.prohibits)
    if effects.annex_iii and effects.annex_iii not in run.annex:
        run.annex.append(effects.annex_iii)
    screening = effects.screening.get(locale) if effects.screening else ""
    if screening and screening not in run.screening:
        run.screening.append(screening)
    text = _finding_text(knowledge.settings, effects, firing, locale)
    if effects.outcome:
        run.outcome = _worse(run.outcome, effects.outcome)
        run.decisive.append(
            (effects.outcome, text or _undecided_text(knowledge.settings, rule, firing, locale))
        )
    if effects.finding is not None:
        run.findings.append(
            Finding(
                id=rule_id,
                severity=effects.finding.severity,
                text=text,
                citations=list(effects.finding.citations),
                topic=effects.finding.topic,
                rule=rule_id,
                trace={k: v for k, v in firing.trace.items() if k not in knowledge.flags}
                | {k: v for k, v in firing.trace.items() if k in knowledge.flags},
            )
        )


def _finding_text(settings: Settings, effects: Effects, firing: Firing, locale: str) -> str:
    if effects.finding is None:
        return ""
    text = effects.finding.text.get(locale)
    if firing.assumed and firing.missing:
        text += " " + settings.text("assumed", locale, facts=", ".join(firing.missing))
    return text


def _blocks_label(rule: AnyRule, locale: str) -> str:
    blocks = None if isinstance(rule, RiskScoreRule) else rule.blocks
    return blocks.get(locale) if blocks is not None else rule.id


def _undecided_text(settings: Settings, rule: AnyRule, firing: Firing, locale: str) -> str:
    facts = ", ".join(firing.missing)
    return settings.text("undecided", locale, subject=_blocks_label(rule, locale), facts=facts)


def _worse(a: Outcome, b: Outcome) -> Outcome:
    return a if OUTCOME_ORDER.index(a) >= OUTCOME_ORDER.index(b) else b


def _verdict(
    knowledge: Knowledge, run: _Run, risks: list[RiskResult], assessment: Assessment, locale: str
) -> Verdict:
    levels = knowledge.catalogue.levels
    settings = knowledge.settings
    consult = [r for r in risks if r.residual.level in levels.prior_consultation_levels]
    outcome = run.outcome
    reasons = [text for level, text in run.decisive if level == outcome]
    if consult:
        outcome = _worse(outcome, "prior_consultation")
        if outcome == "prior_consultation":
            reasons += [settings.text("residual_high", locale, risk=r.title) for r in consult]
    pending = _pending_measures(assessment)
    medium = [r for r in risks if r.residual.level in levels.measures_levels]
    if (pending or medium) and OUTCOME_ORDER.index(outcome) < OUTCOME_ORDER.index("proceed_with_measures"):
        outcome = "proceed_with_measures"
        reasons += [settings.text("measure_pending", locale, measure=m) for m in pending]
        reasons += [settings.text("residual_medium", locale, risk=r.title) for r in medium]
    return Verdict(
        outcome=outcome,
        dpia_required=run.flags[DPIA_REQUIRED] == "true",
        prior_consultation_required=bool(consult),
        art9=_art9(run, assessment),
        ai_act=_ai_act(knowledge, run),
        risks=risks,
        findings=_sorted_findings(run.findings),
        citations=_citations(knowledge, run.findings, risks, locale),
        reasons=reasons,
        missing=_missing(knowledge, run, assessment, locale),
        screening=Screening(
            criteria=run.criteria_results,
            wp248_criteria=run.criteria,
            wp248_count=len(run.criteria),
            triggers=run.screening,
        ),
        regime=_regime(run),
        engine_version=knowledge.settings.engine_version,
    )


def _regime(run: _Run) -> Literal["gdpr", "led"]:
    return "led" if run.flags[REGIME] == "led" else "gdpr"


def _pending_measures(assessment: Assessment) -> list[str]:
    return [m.title or m.id for m in assessment.measures if m.status in ("planned", "in_progress")]


def _art9(run: _Run, assessment: Assessment) -> Art9Status:
    applies = run.flags[ART9_APPLIES] == "true"
    exception = assessment.answers.get(ART9_EXCEPTION)
    valid = EXCEPTION_VALIDITY[run.flags[ART9_EXCEPTION_VALID]] if applies else None
    reasons = [f.text for f in run.findings if f.topic == "art9"]
    return Art9Status(
        applies=applies,
        exception_valid=valid,
        exception=exception if isinstance(exception, str) else None,
        regime=_regime(run),
        reasons=reasons,
    )


def _ai_act(knowledge: Knowledge, run: _Run) -> AiActStatus:
    return AiActStatus(
        prohibited=sorted(run.prohibited),
        high_risk=run.flags[AI_HIGH_RISK] == "true",
        fria_required=run.flags[FRIA_REQUIRED] == "true",
        annex_iii_points=sorted(run.annex),
        high_risk_applies_from=knowledge.settings.ai_act_high_risk_apply_from,
        prohibitions_apply_from=knowledge.settings.ai_act_prohibitions_apply_from,
    )


_SEVERITY_ORDER = {"critical": 0, "warning": 1, "info": 2}


def _sorted_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: _SEVERITY_ORDER[f.severity])


def _citations(
    knowledge: Knowledge, findings: list[Finding], risks: list[RiskResult], locale: str
) -> dict[str, dict[str, Any]]:
    ids = [c for f in findings for c in f.citations] + [c for r in risks for c in r.citations]
    registry = knowledge.citations
    return {cid: registry.entries[cid].as_contract(locale) for cid in dict.fromkeys(ids) if cid in registry}


def _missing(knowledge: Knowledge, run: _Run, assessment: Assessment, locale: str) -> list[Missing]:
    blocked = {fact: list(dict.fromkeys(labels)) for fact, labels in run.missing.items()}
    complete = knowledge.settings.text("complete_assessment", locale)
    for question in knowledge.bank.missing_required(assessment.answers):
        blocked.setdefault(question.id, []).append(complete)
    return [
        Missing(fact=fact, blocks=labels)
        for fact, labels in blocked.items()
        if fact not in knowledge.flags and not is_answered(assessment.answers.get(fact))
    ]
