"""The rule engine: answers in, Verdict out. Pure and Qt-free; the wizard and the CLI both call assess()."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.assessment import Assessment, Measure
from app.core.conditions import is_answered
from app.core.engine_names import (
    AI_HIGH_RISK,
    ART9_APPLIES,
    ART9_EXCEPTION,
    ART9_EXCEPTION_VALID,
    CONSULTATION_COVERED,
    DPIA_REQUIRED,
    EXCEPTION_VALIDITY,
    FRIA_REQUIRED,
    REGIME,
)
from app.core.knowledge import Knowledge, load_knowledge
from app.core.national_laws import CHECK_FACT, answers_read, national_law_check
from app.core.risks import IgnoredEffect, Score, ignored_effects, score_risks
from app.core.rules import (
    AnyRule,
    CountRule,
    Effects,
    FindingTemplate,
    Firing,
    FlagRule,
    RiskScoreRule,
    evaluate_rule,
)
from app.core.ruleset import Settings
from app.core.topics import ART9_TOPIC
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
from app.core.wording import measure_name, question_names, rule_subject


@dataclass
class _Run:
    """What evaluating the rules has gathered so far."""

    flags: dict[str, str]
    answers: dict[str, Any] = field(default_factory=dict)
    outcome: Outcome = "proceed"
    prohibited: list[str] = field(default_factory=list)
    possibly_prohibited: list[str] = field(default_factory=list)
    annex: list[str] = field(default_factory=list)
    screening: list[str] = field(default_factory=list)
    criteria: list[str] = field(default_factory=list)
    criteria_results: list[CriterionResult] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    decisive: list[tuple[Outcome, str]] = field(default_factory=list)
    # A do-not-proceed that the answers establish (no assumption): more answers cannot undo it.
    rejected: bool = False
    raises: dict[str, list[Score]] = field(default_factory=lambda: defaultdict(list))
    # Raises whose conditions the answers establish; only these can show a residual high risk that
    # requires prior consultation (an unanswered fact never does: legal/facts.md I5).
    confirmed: dict[str, list[Score]] = field(default_factory=lambda: defaultdict(list))
    needs: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Flags whose current value rests on an unanswered fact somewhere up the chain.
    assumed_flags: set[str] = field(default_factory=set)
    # Computed facts (from registries) -> the questions they wait for while unknown.
    waits_for: dict[str, tuple[str, ...]] = field(default_factory=dict)
    missing: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    # Flags whose value rests on an open question -> the questions that keep it open.
    open_facts: dict[str, list[str]] = field(default_factory=dict)
    # Art. 5 points only possibly prohibited -> the questions that keep each open (an unanswered fact,
    # or an answer such as "unknown").
    possibly_open: dict[str, list[str]] = field(default_factory=dict)

    def rests_on_assumption(self, firing: Firing) -> bool:
        """The firing assumed an unanswered fact, or read a flag that was itself assumed."""
        return firing.assumed or any(fact in self.assumed_flags for fact in firing.trace)


def assess(assessment: Assessment, knowledge: Knowledge | None = None, locale: str = "en") -> Verdict:
    knowledge = knowledge or load_knowledge()
    run = _Run(flags={f.id: f.values[0] for f in knowledge.flags.values()}, answers=assessment.answers)
    check, run.waits_for[CHECK_FACT] = national_law_check(knowledge.national_laws, assessment.answers)
    facts: dict[str, Any] = {**assessment.answers, **run.flags, CHECK_FACT: check}
    for rule in knowledge.rules:
        firing = evaluate_rule(rule, facts)
        if firing is not None:
            _record(knowledge, run, rule, firing, locale)
            facts.update(run.flags)
    risks = score_risks(knowledge.catalogue, run.raises, facts, assessment, locale)
    established = risks
    if run.confirmed != run.raises:
        established = score_risks(knowledge.catalogue, run.confirmed, facts, assessment, locale)
    return _verdict(knowledge, run, risks, established, assessment, locale)


def _record(knowledge: Knowledge, run: _Run, rule: AnyRule, firing: Firing, locale: str) -> None:
    if firing.truth is None:
        label = rule_subject(knowledge, rule, locale)
        for fact in firing.missing:
            for question in run.waits_for.get(fact, (fact,)):
                run.missing[question].append(label)
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
        if not run.rests_on_assumption(firing):
            run.confirmed[rule.risk].append((rule.severity, rule.likelihood))
    elif firing.effects is not None:
        _apply(knowledge, run, rule, firing, firing.effects, locale)


def _apply(
    knowledge: Knowledge, run: _Run, rule: FlagRule | CountRule, firing: Firing, effects: Effects, locale: str
) -> None:
    assumed = run.rests_on_assumption(firing)
    _set_flags(knowledge, run, effects, firing, assumed)
    _ai_act_effects(knowledge, run, effects, firing, assumed)
    for fact, label in effects.needs.items():
        run.needs[fact].append(label.get(locale))
    screening = effects.screening.get(locale) if effects.screening else ""
    if screening and screening not in run.screening:
        run.screening.append(screening)
    text = _finding_text(knowledge, run, effects, firing, locale, assumed)
    if effects.outcome:
        run.outcome = _worse(run.outcome, effects.outcome)
        run.rejected = run.rejected or (effects.outcome == "do_not_proceed" and not assumed)
        # A prohibition resting on an open question is said once, as possibly prohibited (_possibly_reason).
        if not (assumed and effects.prohibits):
            reason = text or _undecided_text(knowledge, run, rule, firing, locale)
            run.decisive.append((effects.outcome, reason))
    if effects.finding is not None:
        run.findings.append(_finding(knowledge, run, rule.id, effects.finding, firing, text))


def _set_flags(knowledge: Knowledge, run: _Run, effects: Effects, firing: Firing, assumed: bool) -> None:
    """Worst value wins; a flag remembers whether its value rests on an open question, and which."""
    for flag_id, value in effects.sets.items():
        order = knowledge.flags[flag_id].values
        current = order.index(run.flags[flag_id])
        # A flag set to "unknown" is itself an open question, whatever established it.
        open_question = assumed or value == UNKNOWN
        if order.index(value) > current:
            run.flags[flag_id] = value
            if open_question:
                run.assumed_flags.add(flag_id)
                run.open_facts[flag_id] = _open_facts(knowledge, run, firing)
            else:
                run.assumed_flags.discard(flag_id)
        elif order.index(value) == current and not open_question:
            run.assumed_flags.discard(flag_id)


def _ai_act_effects(knowledge: Knowledge, run: _Run, effects: Effects, firing: Firing, assumed: bool) -> None:
    """A prohibition resting on an open question is only possible (verdict contract v2)."""
    if effects.prohibits:
        target = run.possibly_prohibited if assumed else run.prohibited
        if effects.prohibits not in target:
            target.append(effects.prohibits)
        if assumed:
            _possibly(knowledge, run, effects.prohibits, firing)
    if effects.possibly_prohibits:
        if effects.possibly_prohibits not in run.possibly_prohibited:
            run.possibly_prohibited.append(effects.possibly_prohibits)
        _possibly(knowledge, run, effects.possibly_prohibits, firing)
    if effects.annex_iii and effects.annex_iii not in run.annex:
        run.annex.append(effects.annex_iii)


def _possibly(knowledge: Knowledge, run: _Run, point: str, firing: Firing) -> None:
    """Remember which questions keep an Art. 5 point open."""
    known = run.possibly_open.setdefault(point, [])
    known.extend(f for f in _open_facts(knowledge, run, firing) if f not in known)


def _open_facts(knowledge: Knowledge, run: _Run, firing: Firing) -> list[str]:
    """The questions a firing's conclusion waits for: its unanswered facts, answers such as "unknown", and
    what keeps the flags it read open. A rule that concludes from settled answers that a point stays open
    (possibly_prohibits) waits for the answers it read."""
    facts: list[str] = []
    for fact in firing.missing:
        facts.extend(run.waits_for.get(fact, (fact,)))
    answers = [f for f in firing.trace if f not in knowledge.flags and f in run.answers]
    facts.extend(f for f in answers if _is_unknown(run.answers[f]))
    for flag in firing.trace:
        if flag in run.assumed_flags:
            facts.extend(run.open_facts.get(flag, ()))
    if not facts:
        facts = answers
    return list(dict.fromkeys(facts))


def _is_unknown(value: Any) -> bool:
    return value == UNKNOWN or (isinstance(value, list) and UNKNOWN in value)


def _finding(
    knowledge: Knowledge, run: _Run, rule_id: str, template: FindingTemplate, firing: Firing, text: str
) -> Finding:
    return Finding(
        id=rule_id,
        severity=template.severity,
        text=text,
        citations=list(template.citations),
        topic=template.topic,
        rule=rule_id,
        trace=_trace(knowledge, firing, run.answers),
    )


def _trace(knowledge: Knowledge, firing: Firing, answers: dict[str, Any]) -> dict[str, Any]:
    """The answers a rule read (a computed fact expanded into its answers), then the flags it read."""
    read = dict(firing.trace)
    if CHECK_FACT in read:
        read = answers_read(answers) | read
    return {k: v for k, v in read.items() if k not in knowledge.flags} | {
        k: v for k, v in read.items() if k in knowledge.flags
    }


def _finding_text(
    knowledge: Knowledge, run: _Run, effects: Effects, firing: Firing, locale: str, assumed: bool
) -> str:
    if effects.finding is None:
        return ""
    text = effects.finding.text.get(locale)
    if effects.prohibits:  # established, or only possible while what it assumed is open (I5)
        lead = "possibly_prohibited_lead" if assumed else "prohibited_lead"
        text = knowledge.settings.text(lead, locale, point=effects.prohibits, text=text)
    if firing.assumed:  # an assumption always rests on unanswered facts, listed in firing.missing
        facts = _fact_names(knowledge, run, firing.missing, locale)
        text += " " + knowledge.settings.text("assumed", locale, facts=facts)
    return text


def _undecided_text(knowledge: Knowledge, run: _Run, rule: AnyRule, firing: Firing, locale: str) -> str:
    facts = _fact_names(knowledge, run, firing.missing, locale)
    subject = rule_subject(knowledge, rule, locale)
    return knowledge.settings.text("undecided", locale, subject=subject, facts=facts)


def _fact_names(knowledge: Knowledge, run: _Run, facts: Iterable[str], locale: str) -> str:
    """The questions behind facts (a computed fact stands for the questions it reads), as users read them."""
    questions = [question for fact in facts for question in run.waits_for.get(fact, (fact,))]
    return question_names(knowledge, questions, locale)


def _worse(a: Outcome, b: Outcome) -> Outcome:
    return max(a, b, key=OUTCOME_ORDER.index)


def _verdict(
    knowledge: Knowledge,
    run: _Run,
    risks: list[RiskResult],
    established: list[RiskResult],
    assessment: Assessment,
    locale: str,
) -> Verdict:
    missing = _missing(knowledge, run, assessment, locale)
    run.findings += [
        _ignored_effect_finding(knowledge, assessment, ignored, locale)
        for ignored in ignored_effects(knowledge.catalogue, assessment)
    ]
    consult = _prior_consultation(knowledge, run, established)
    if consult:
        run.findings.append(_consultation_finding(knowledge, _regime(run), consult, locale))
    outcome, reasons = _outcome(knowledge, run, risks, consult, assessment, locale)
    return Verdict(
        status=_status(run, missing),
        outcome=outcome,
        # Prior consultation follows from the residual high risk a DPIA shows, so it implies one (I5).
        dpia_required=run.flags[DPIA_REQUIRED] == "true" or bool(consult),
        prior_consultation_required=bool(consult),
        art9=_art9(run, assessment),
        ai_act=_ai_act(knowledge, run),
        risks=risks,
        findings=_sorted_findings(run.findings),
        citations=_citations(knowledge, run.findings, risks, locale),
        reasons=reasons,
        missing=missing,
        answers_needed=len(missing),
        screening=Screening(
            criteria=run.criteria_results,
            wp248_criteria=run.criteria,
            wp248_count=len(run.criteria),
            triggers=run.screening,
        ),
        regime=_regime(run),
        engine_version=knowledge.settings.engine_version,
    )


def _outcome(
    knowledge: Knowledge,
    run: _Run,
    risks: list[RiskResult],
    consult: list[RiskResult],
    assessment: Assessment,
    locale: str,
) -> tuple[Outcome, list[str]]:
    """The worst outcome the rules, the residual risks and the action plan call for, with its reasons."""
    settings = knowledge.settings
    outcome = run.outcome
    reasons = [text for level, text in run.decisive if level == outcome]
    possibly = _open_possibly(run)
    if possibly and outcome != "do_not_proceed":
        # Provisional worst case (contract v2): what may be prohibited may not go ahead until settled.
        outcome, reasons = "do_not_proceed", []
    if outcome == "do_not_proceed":
        reasons += [_possibly_reason(knowledge, run, point, locale) for point in possibly]
    if consult:
        outcome = _worse(outcome, "prior_consultation")
        if outcome == "prior_consultation":
            reasons += [_residual_high(settings, _regime(run), r.title, locale) for r in consult]
    pending = _pending_measures(knowledge, assessment, locale)
    medium = [r for r in risks if r.residual.level in knowledge.catalogue.levels.measures_levels]
    if (pending or medium) and OUTCOME_ORDER.index(outcome) < OUTCOME_ORDER.index("proceed_with_measures"):
        outcome = "proceed_with_measures"
        reasons += [settings.text("measure_pending", locale, measure=m) for m in pending]
        reasons += [settings.text("residual_medium", locale, risk=r.title) for r in medium]
    return outcome, reasons


def _open_possibly(run: _Run) -> list[str]:
    """The Art. 5 points the answers leave open: possible, and not established by another rule."""
    return sorted(set(run.possibly_prohibited) - set(run.prohibited))


def _possibly_reason(knowledge: Knowledge, run: _Run, point: str, locale: str) -> str:
    open_facts = run.possibly_open.get(point, ())
    count = len({question for fact in open_facts for question in run.waits_for.get(fact, (fact,))})
    facts = _fact_names(knowledge, run, open_facts, locale)
    return knowledge.settings.count_text(
        "possibly_prohibited_reason", locale, count, point=point, facts=facts
    )


def _regime(run: _Run) -> Literal["gdpr", "led"]:
    return "led" if run.flags[REGIME] == "led" else "gdpr"


def _residual_high(settings: Settings, regime: str, risk: str, locale: str) -> str:
    if regime == "led":
        return settings.text("residual_high_led", locale, risk=risk)
    return settings.text("residual_high", locale, risk=risk)


def _status(run: _Run, missing: list[Missing]) -> Literal["complete", "incomplete"]:
    """Incomplete while a question a conclusion waits for is open: an unanswered fact, an answer such as
    "unknown" that keeps an Art. 5 point only possibly prohibited, or a law still to verify. Only the last
    is settled by an established rejection (do not proceed on settled answers): verifying the law relied on
    can no longer change the outcome, whereas an open question is itself a conclusion still to draw
    (legal/facts.md I5), even where it could not make the outcome worse."""
    if _open_possibly(run):
        return "incomplete"
    unanswered = [m for m in missing if m.fact not in run.needs or not is_answered(run.answers.get(m.fact))]
    if unanswered or (missing and not run.rejected):
        return "incomplete"
    return "complete"


def _prior_consultation(knowledge: Knowledge, run: _Run, established: list[RiskResult]) -> list[RiskResult]:
    """Risks whose residual level calls for prior consultation, established by the answers (I5).

    Only raises the answers establish count (`established`); and while a required choice of the
    questionnaire is open, the computed levels rest on it, so only the assessor's own residual rating
    stands (an override, or an own risk, which the assessor rated without the questionnaire). Not where the
    supervisory authority has itself examined and authorised the processing.
    """
    if run.flags[CONSULTATION_COVERED] == "true":
        return []
    levels = knowledge.catalogue.levels.prior_consultation_levels
    high = [r for r in established if r.residual.level in levels]
    if _required_choices_open(knowledge, run.answers):
        return [r for r in high if r.residual.overridden or r.source == "own"]
    return high


def _required_choices_open(knowledge: Knowledge, answers: dict[str, Any]) -> bool:
    """Whether a required choice question is unanswered (narrative texts change no score)."""
    return any(q.type in ("single", "multi") for q in knowledge.bank.missing_required(answers))


def _consultation_finding(
    knowledge: Knowledge, regime: Literal["gdpr", "led"], consult: list[RiskResult], locale: str
) -> Finding:
    template = knowledge.settings.prior_consultation_findings[regime]
    risks = ", ".join(r.title for r in consult)
    return Finding(
        id=f"prior_consultation_{regime}",
        severity=template.severity,
        text=template.text.get(locale).format(risks=risks),
        citations=list(template.citations),
        topic=template.topic,
        rule=f"prior_consultation_{regime}",
        trace={"residual_high": [r.id for r in consult]},
    )


def _ignored_effect_finding(
    knowledge: Knowledge, assessment: Assessment, ignored: IgnoredEffect, locale: str
) -> Finding:
    """A custom measure's effect that lowers nothing, said where the assessor reads the findings."""
    measure, risk = ignored.measure, ignored.effect.risk
    own = assessment.own_risk(risk)
    definition = next((r for r in knowledge.catalogue.risks if r.id == risk), None)
    title = own.title if own else definition.title.get(locale) if definition else risk
    text = knowledge.settings.text(
        f"effect_{ignored.reason}",
        locale,
        measure=_measure_name(knowledge, assessment, measure, locale),
        risk=title,
    )
    rule = f"measure_effect_{ignored.reason}"
    return Finding(
        id=f"{rule}.{measure.id}.{risk}",
        severity="warning",
        text=text,
        rule=rule,
        trace={"measure": measure.id, "risk": risk},
    )


def _measure_name(knowledge: Knowledge, assessment: Assessment, measure: Measure, locale: str) -> str:
    """The measure as the findings name it: its title, never a raw id (app/core/wording.py)."""
    number = next((n for n, m in enumerate(assessment.measures, start=1) if m is measure), 0)
    return measure_name(knowledge, measure, number, locale)


def _pending_measures(knowledge: Knowledge, assessment: Assessment, locale: str) -> list[str]:
    return [
        measure_name(knowledge, m, number, locale)
        for number, m in enumerate(assessment.measures, start=1)
        if m.status in ("planned", "in_progress")
    ]


def _art9(run: _Run, assessment: Assessment) -> Art9Status:
    applies = run.flags[ART9_APPLIES] == "true"
    exception = assessment.answers.get(ART9_EXCEPTION)
    valid = EXCEPTION_VALIDITY[run.flags[ART9_EXCEPTION_VALID]] if applies else None
    reasons = [f.text for f in run.findings if f.topic == ART9_TOPIC]
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
        possibly_prohibited=_open_possibly(run),
        high_risk=run.flags[AI_HIGH_RISK] == "true",
        fria_required=run.flags[FRIA_REQUIRED] == "true",
        annex_iii_points=sorted(run.annex),
        high_risk_applies_from=knowledge.settings.ai_act_high_risk_apply_from,
        prohibitions_apply_from=knowledge.settings.ai_act_prohibitions_apply_from,
    )


UNKNOWN = "unknown"

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
    open_points = _open_points(knowledge, run, locale)
    for fact, labels in open_points.items():  # what an open question keeps only possibly prohibited
        entry = blocked.setdefault(fact, [])
        entry += [label for label in labels if label not in entry]
    missing = [
        Missing(fact=fact, blocks=labels)
        for fact, labels in blocked.items()
        if fact not in knowledge.flags and not is_answered(assessment.answers.get(fact))
    ]
    unanswered = {m.fact for m in missing}
    # Answered, yet still open: an answer such as "unknown" keeps an Art. 5 point open; a named law is
    # still to verify.
    still_open = {fact: labels for fact, labels in open_points.items() if fact not in knowledge.flags}
    for fact, labels in run.needs.items():
        still_open.setdefault(fact, []).extend(labels)
    return missing + [
        Missing(fact=fact, blocks=list(dict.fromkeys(labels)), to_verify=is_answered(run.answers.get(fact)))
        for fact, labels in still_open.items()
        if fact not in unanswered
    ]


def _open_points(knowledge: Knowledge, run: _Run, locale: str) -> dict[str, list[str]]:
    """Each question that keeps an Art. 5 point open -> the points it blocks (only points still open)."""
    blocks: dict[str, list[str]] = defaultdict(list)
    for point in _open_possibly(run):
        label = knowledge.settings.text("possibly_prohibited_blocks", locale, point=point)
        for fact in run.possibly_open.get(point, ()):
            blocks[fact].append(label)
    return blocks
