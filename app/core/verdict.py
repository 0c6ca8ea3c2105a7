"""The verdict contract of design.md: what `dpia assess --json` prints and the report renders."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

Outcome = Literal["proceed", "proceed_with_measures", "prior_consultation", "do_not_proceed"]
Severity = Literal["info", "warning", "critical"]
Status = Literal["complete", "incomplete"]

# From least to most severe; "turning a fact towards more risk never improves the outcome".
OUTCOME_ORDER: tuple[Outcome, ...] = (
    "proceed",
    "proceed_with_measures",
    "prior_consultation",
    "do_not_proceed",
)


class _Out(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Finding(_Out):
    id: str
    severity: Severity
    text: str
    citations: list[str] = Field(default_factory=list)
    topic: str = ""
    rule: str = ""
    trace: dict[str, Any] = Field(default_factory=dict)


class RiskScore(_Out):
    severity: int = Field(ge=1, le=4)
    likelihood: int = Field(ge=1, le=4)
    level: str
    overridden: bool = False
    justification: str = ""


class AppliedEffect(_Out):
    """A custom measure's effect that lowered a risk's residual rating, with the assessor's reason."""

    measure: str
    title: str = ""
    lowers_severity: int = Field(ge=0, le=3)
    lowers_likelihood: int = Field(ge=0, le=3)
    justification: str


class RiskResult(_Out):
    id: str
    title: str
    description: str = ""
    inherent: RiskScore
    residual: RiskScore
    measures: list[str] = Field(default_factory=list)
    triggers: list[str] = Field(default_factory=list)
    citations: list[str] = Field(default_factory=list)
    # Added with own risks (extend, never rename): a risk from the catalogue or the assessor's own, the
    # reasons for an own risk's rating, and the custom measures' effects that lowered the residual rating.
    source: Literal["catalogue", "own"] = "catalogue"
    severity_justification: str = ""
    likelihood_justification: str = ""
    effects: list[AppliedEffect] = Field(default_factory=list)


class Art9Status(_Out):
    applies: bool | None
    exception_valid: bool | None
    exception: str | None = None
    regime: Literal["gdpr", "led"] = "gdpr"
    reasons: list[str] = Field(default_factory=list)


class AiActStatus(_Out):
    prohibited: list[str] = Field(default_factory=list)
    # Contract v2: the Art. 5 points that unanswered facts keep open (never listed in `prohibited`).
    possibly_prohibited: list[str] = Field(default_factory=list)
    high_risk: bool = False
    fria_required: bool = False
    annex_iii_points: list[str] = Field(default_factory=list)
    high_risk_applies_from: str = ""
    prohibitions_apply_from: str = ""


class Missing(_Out):
    fact: str
    blocks: list[str] = Field(default_factory=list)
    # Answered, yet the conclusions still wait for it: a named law to verify, or an answer such as "unknown"
    # that keeps an Art. 5 point open. Such a question is not unanswered; `blocks` says what is missing.
    to_verify: bool = False


class CriterionResult(_Out):
    id: str
    label: str
    met: bool | None


class Screening(_Out):
    criteria: list[CriterionResult] = Field(default_factory=list)
    wp248_criteria: list[str] = Field(default_factory=list)
    wp248_count: int = 0
    triggers: list[str] = Field(default_factory=list)


class Verdict(_Out):
    # Contract v2: incomplete while a required question or a fact a conclusion depends on is open;
    # `outcome` is then the provisional worst case, never a decided one.
    status: Status = "complete"
    outcome: Outcome
    dpia_required: bool
    prior_consultation_required: bool
    art9: Art9Status
    ai_act: AiActStatus
    risks: list[RiskResult] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    citations: dict[str, dict[str, Any]] = Field(default_factory=dict)
    reasons: list[str] = Field(default_factory=list)
    missing: list[Missing] = Field(default_factory=list)
    # Contract v2: how many answers (or verifications) are still needed, "N answers needed" (len(missing)).
    answers_needed: int = Field(default=0, ge=0)
    screening: Screening = Field(default_factory=Screening)
    regime: Literal["gdpr", "led"] = "gdpr"
    engine_version: str = ""

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
