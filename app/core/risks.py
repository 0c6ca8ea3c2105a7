"""Risk scoring on the CNIL 4x4 scales: inherent scores from rules (or the assessor's own rating of an own
risk), residual after catalogue measures and the custom measures' justified effects, overrides."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from app.core.assessment import Assessment, Measure, OwnRisk, RatingOverride, RiskEffect
from app.core.conditions import evaluate
from app.core.ruleset import LevelScale, MeasureDefinition, RiskDefinition
from app.core.verdict import AppliedEffect, RiskResult, RiskScore

Score = tuple[int, int]  # (severity, likelihood)


@dataclass(frozen=True)
class RiskCatalogue:
    """The risks, the measures and the level matrix, with each risk's measure effects indexed once."""

    levels: LevelScale
    risks: tuple[RiskDefinition, ...]
    measures: tuple[MeasureDefinition, ...]
    _by_id: dict[str, MeasureDefinition] = field(init=False, repr=False, compare=False)
    _effects_by_risk: dict[str, dict[str, Score]] = field(init=False, repr=False, compare=False)

    def level(self, severity: int, likelihood: int) -> str:
        return self.levels.matrix[severity - 1][likelihood - 1]

    def __post_init__(self) -> None:
        by_risk: dict[str, dict[str, Score]] = {}
        for measure in self.measures:
            for effect in measure.effects:
                sev, lik = by_risk.setdefault(effect.risk, {}).get(measure.id, (0, 0))
                by_risk[effect.risk][measure.id] = (sev + effect.severity, lik + effect.likelihood)
        object.__setattr__(self, "_by_id", {m.id: m for m in self.measures})
        object.__setattr__(self, "_effects_by_risk", by_risk)

    def effects_on(self, risk_id: str) -> dict[str, Score]:
        """measure id -> (severity step, likelihood step) for every catalogue measure acting on this risk."""
        return self._effects_by_risk.get(risk_id, {})

    def measure(self, measure_id: str) -> MeasureDefinition | None:
        return self._by_id.get(measure_id)


def active_measures(catalogue: RiskCatalogue, facts: Mapping[str, Any], assessment: Assessment) -> list[str]:
    """Catalogue measures shown by the answers, plus those in the action plan (not rejected)."""
    implied = [m.id for m in catalogue.measures if m.implied_by and evaluate(m.implied_by, facts)]
    planned = [
        m.catalogue_id
        for m in assessment.measures
        if m.catalogue_id and m.status != "rejected" and catalogue.measure(m.catalogue_id)
    ]
    return list(dict.fromkeys(implied + planned))


def score_risks(
    catalogue: RiskCatalogue,
    raises: Mapping[str, Iterable[Score]],
    facts: Mapping[str, Any],
    assessment: Assessment,
    locale: str,
) -> list[RiskResult]:
    """The catalogue risks that apply, then the assessor's own risks, each inherent and residual."""
    measures = active_measures(catalogue, facts, assessment)
    custom = custom_effects(assessment)
    results = []
    for risk in catalogue.risks:
        if risk.applies_if is not None and evaluate(risk.applies_if, facts) is False:
            continue
        subject, inherent = _Subject.from_catalogue(risk, locale), _raised(list(raises.get(risk.id, ())))
        results.append(_score_one(catalogue, subject, inherent, measures, custom, assessment))
    for own in assessment.own_risks:
        subject = _Subject.from_own(own)
        results.append(_score_one(catalogue, subject, (own.severity, own.likelihood), [], custom, assessment))
    return results


@dataclass(frozen=True)
class _Subject:
    """What scoring needs of a risk, whether from the catalogue or the assessor's own."""

    id: str
    title: str
    description: str
    floor: Score = (1, 1)
    citations: tuple[str, ...] = ()
    own: OwnRisk | None = None

    @classmethod
    def from_catalogue(cls, risk: RiskDefinition, locale: str) -> _Subject:
        floor = (risk.residual_floor_severity, risk.residual_floor_likelihood)
        title, description = risk.title.get(locale), risk.description.get(locale)
        return cls(risk.id, title, description, floor, risk.citations)

    @classmethod
    def from_own(cls, risk: OwnRisk) -> _Subject:
        return cls(risk.id, risk.title, risk.description, own=risk)


def _raised(raised: list[Score]) -> Score:
    """The worst severity and the worst likelihood the rules raised (1 x 1 when none fired)."""
    return max((s for s, _ in raised), default=1), max((lk for _, lk in raised), default=1)


def _score_one(
    catalogue: RiskCatalogue,
    risk: _Subject,
    inherent: Score,
    measures: list[str],
    custom: Mapping[str, list[CustomEffect]],
    assessment: Assessment,
) -> RiskResult:
    inherent_score = _apply_override(catalogue, inherent, _override(assessment, risk.id, "inherent"))
    effects = catalogue.effects_on(risk.id)
    used = [m for m in measures if m in effects]
    mine = custom.get(risk.id, [])
    steps = [effects[m] for m in used] + [(-e.lowers_severity, -e.lowers_likelihood) for _, e in mine]
    residual = _reduce(risk.floor, (inherent_score.severity, inherent_score.likelihood), steps)
    residual_score = _apply_override(catalogue, residual, _override(assessment, risk.id, "residual"))
    planned_for_risk = [m.id for m in assessment.measures if risk.id in m.risks and m.status != "rejected"]
    return RiskResult(
        id=risk.id,
        title=risk.title,
        description=risk.description,
        inherent=inherent_score,
        residual=residual_score,
        measures=list(dict.fromkeys(used + [m.id for m, _ in mine] + planned_for_risk)),
        citations=list(risk.citations),
        source="own" if risk.own else "catalogue",
        severity_justification=risk.own.severity_justification if risk.own else "",
        likelihood_justification=risk.own.likelihood_justification if risk.own else "",
        effects=[_applied(m, e) for m, e in mine],
    )


def _applied(measure: Measure, effect: RiskEffect) -> AppliedEffect:
    return AppliedEffect(
        measure=measure.id,
        title=measure.title,
        lowers_severity=effect.lowers_severity,
        lowers_likelihood=effect.lowers_likelihood,
        justification=effect.justification,
    )


def _reduce(floor: Score, inherent: Score, steps: list[Score]) -> Score:
    """Lower the inherent rating by the steps, never below the floor (nor raise a rating to reach it)."""
    severity_delta = sum(step[0] for step in steps)
    likelihood_delta = sum(step[1] for step in steps)
    severity = max(min(floor[0], inherent[0]), inherent[0] + severity_delta)
    likelihood = max(min(floor[1], inherent[1]), inherent[1] + likelihood_delta)
    return severity, likelihood


# -- the assessor's own measure effects --------------------------------------------------------------
CustomEffect = tuple[Measure, RiskEffect]
IgnoredReason = Literal["unjustified", "unknown_risk"]


@dataclass(frozen=True)
class IgnoredEffect:
    """A custom measure's effect the engine does not apply, and why."""

    measure: Measure
    effect: RiskEffect
    reason: IgnoredReason


def justified(effect: RiskEffect) -> bool:
    """Whether an effect may lower a risk: only with a written reason (the model refuses one without;
    this guards a model built without validation as well)."""
    return bool(effect.justification.strip())


def _counting(assessment: Assessment) -> Iterator[CustomEffect]:
    """The effects of the custom measures that count (a rejected measure lowers nothing)."""
    for measure in assessment.measures:
        if measure.catalogue_id or measure.status == "rejected":
            continue
        for effect in measure.effects:
            yield measure, effect


def custom_effects(assessment: Assessment) -> dict[str, list[CustomEffect]]:
    """risk id -> the custom measures' justified effects on it."""
    found: dict[str, list[CustomEffect]] = {}
    for measure, effect in _counting(assessment):
        if justified(effect):
            found.setdefault(effect.risk, []).append((measure, effect))
    return found


def ignored_effects(catalogue: RiskCatalogue, assessment: Assessment) -> list[IgnoredEffect]:
    """Effects that lower nothing: without a justification, or on a risk that does not exist."""
    known = {r.id for r in catalogue.risks} | {r.id for r in assessment.own_risks}
    ignored = []
    for measure, effect in _counting(assessment):
        if not justified(effect):
            ignored.append(IgnoredEffect(measure, effect, "unjustified"))
        elif effect.risk not in known:
            ignored.append(IgnoredEffect(measure, effect, "unknown_risk"))
    return ignored


def _override(assessment: Assessment, risk_id: str, stage: str) -> RatingOverride | None:
    matches = [o for o in assessment.overrides if o.risk_id == risk_id and o.stage == stage]
    return matches[-1] if matches else None


def _apply_override(catalogue: RiskCatalogue, computed: Score, override: RatingOverride | None) -> RiskScore:
    if override is None:
        return RiskScore(severity=computed[0], likelihood=computed[1], level=catalogue.level(*computed))
    return RiskScore(
        severity=override.severity,
        likelihood=override.likelihood,
        level=catalogue.level(override.severity, override.likelihood),
        overridden=True,
        justification=override.justification,
    )
