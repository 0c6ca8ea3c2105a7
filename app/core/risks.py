"""Risk scoring on the CNIL 4x4 scales: inherent scores from rules, residual after measures, overrides."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.core.assessment import Assessment, RatingOverride
from app.core.conditions import evaluate
from app.core.ruleset import LevelScale, MeasureDefinition, RiskDefinition
from app.core.verdict import RiskResult, RiskScore

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
    measures = active_measures(catalogue, facts, assessment)
    results = []
    for risk in catalogue.risks:
        if risk.applies_if is not None and evaluate(risk.applies_if, facts) is False:
            continue
        results.append(
            _score_one(catalogue, risk, list(raises.get(risk.id, ())), measures, assessment, locale)
        )
    return results


def _score_one(
    catalogue: RiskCatalogue,
    risk: RiskDefinition,
    raised: list[Score],
    measures: list[str],
    assessment: Assessment,
    locale: str,
) -> RiskResult:
    inherent = (max((s for s, _ in raised), default=1), max((lk for _, lk in raised), default=1))
    inherent_score = _apply_override(catalogue, inherent, _override(assessment, risk.id, "inherent"))
    effects = catalogue.effects_on(risk.id)
    used = [m for m in measures if m in effects]
    residual = _reduce(risk, (inherent_score.severity, inherent_score.likelihood), [effects[m] for m in used])
    residual_score = _apply_override(catalogue, residual, _override(assessment, risk.id, "residual"))
    planned_for_risk = [m.id for m in assessment.measures if risk.id in m.risks and m.status != "rejected"]
    return RiskResult(
        id=risk.id,
        title=risk.title.get(locale),
        description=risk.description.get(locale),
        inherent=inherent_score,
        residual=residual_score,
        measures=list(dict.fromkeys(used + planned_for_risk)),
        citations=list(risk.citations),
    )


def _reduce(risk: RiskDefinition, inherent: Score, steps: list[Score]) -> Score:
    severity_delta = sum(step[0] for step in steps)
    likelihood_delta = sum(step[1] for step in steps)
    severity = max(min(risk.residual_floor_severity, inherent[0]), inherent[0] + severity_delta)
    likelihood = max(min(risk.residual_floor_likelihood, inherent[1]), inherent[1] + likelihood_delta)
    return severity, likelihood


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
