"""The assessment: answers plus everything a workshop records around them.

Only `format`, `schema_version` and `answers` matter to the engine; every other part has a default
so that the minimal file of design.md loads and assesses.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
    model_validator,
)

FORMAT_NAME = "dpia-assessment"
SCHEMA_VERSION = 3

AnswerValue = StrictStr | list[StrictStr] | StrictInt | StrictFloat
Answers = dict[str, AnswerValue]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Metadata(_Model):
    title: str = ""
    organisation: str = ""
    controller: str = ""
    assessor: str = ""
    dpo: str = ""
    version: str = "0.1"
    status: Literal["draft", "in_review", "final"] = "draft"
    created: dt.datetime | None = None
    modified: dt.datetime | None = None


class Participant(_Model):
    name: str
    role: str = ""
    organisation: str = ""
    email: str = ""


class QuestionNote(_Model):
    """A workshop note on one question, and whether the room disagreed about the answer."""

    text: str = ""
    disputed: bool = False
    disputed_by: str = ""
    dispute_reason: str = ""


def _require_text(value: str) -> str:
    if not value.strip():
        raise ValueError("a written justification is required")
    return value


class RatingOverride(_Model):
    """An assessor's own rating of a risk, replacing the computed one, always with a reason."""

    risk_id: str
    stage: Literal["inherent", "residual"] = "residual"
    severity: int = Field(ge=1, le=4)
    likelihood: int = Field(ge=1, le=4)
    justification: str
    author: str = ""
    date: dt.date | None = None

    _check_justification = field_validator("justification")(_require_text)


OWN_RISK_PREFIX = "own-"
# Catalogue risk ids are [a-z][a-z0-9_]* (app.core.ruleset), so an own risk's "own-" id never collides.
OWN_RISK_ID = r"^own-[A-Za-z0-9_-]{1,64}$"
MAX_STEPS = 3  # the CNIL scales have 4 levels: a measure lowers a rating by at most 3 steps
# In the published schema: a text with something besides spaces (the validators give the loader's message).
_NOT_BLANK: dict[str, Any] = {"pattern": r"\S"}


def _require_title(value: str) -> str:
    if not value.strip():
        raise ValueError("a title is required")
    return value


class OwnRisk(_Model):
    """A risk the assessor adds outside the catalogue, rated on the CNIL 1-4 scales (its inherent rating,
    before measures), each rating with the written reason for it (design.md "Risk model")."""

    id: str = Field(pattern=OWN_RISK_ID)
    title: str = Field(json_schema_extra=_NOT_BLANK)
    description: str = ""
    severity: int = Field(ge=1, le=4)
    severity_justification: str = Field(json_schema_extra=_NOT_BLANK)
    likelihood: int = Field(ge=1, le=4)
    likelihood_justification: str = Field(json_schema_extra=_NOT_BLANK)
    author: str = ""
    date: dt.date | None = None

    _check_title = field_validator("title")(_require_title)
    _check_justifications = field_validator("severity_justification", "likelihood_justification")(
        _require_text
    )


def _justification_required(schema: dict[str, Any]) -> None:
    schema["required"] = [*schema.get("required", []), "justification"]
    schema["properties"]["justification"].pop("default", None)


class RiskEffect(_Model):
    """What a custom measure does to one named risk (catalogue or own): it lowers the severity and/or the
    likelihood by a number of steps, and says why. A measure never lowers a risk without a written reason."""

    # The schema requires the justification; the model defaults it so that its refusal says why.
    model_config = ConfigDict(json_schema_extra=_justification_required)

    risk: str = Field(min_length=1)
    lowers_severity: int = Field(default=0, ge=0, le=MAX_STEPS)
    lowers_likelihood: int = Field(default=0, ge=0, le=MAX_STEPS)
    justification: str = Field(default="", json_schema_extra=_NOT_BLANK)

    @model_validator(mode="after")
    def _lowers_with_reason(self) -> RiskEffect:
        if not (self.lowers_severity or self.lowers_likelihood):
            raise ValueError(f"the effect on risk {self.risk!r} lowers neither severity nor likelihood")
        if not self.justification.strip():
            raise ValueError(
                f"the effect on risk {self.risk!r} needs a written justification: "
                "a measure never lowers a risk without a reason"
            )
        return self


class Measure(_Model):
    """One line of the action plan (Art. 35(7)(d)). A custom measure (no catalogue_id) may state its own
    effects on named risks; a catalogue measure's effects are the catalogue's."""

    id: str
    title: str = ""
    catalogue_id: str | None = None
    description: str = ""
    risks: list[str] = Field(default_factory=list)
    owner: str = ""
    due: dt.date | None = None
    status: Literal["planned", "in_progress", "implemented", "rejected"] = "planned"
    effects: list[RiskEffect] = Field(default_factory=list)

    @model_validator(mode="after")
    def _effects_of_a_custom_measure(self) -> Measure:
        if self.effects and self.catalogue_id:
            raise ValueError(
                f"measure {self.id!r} comes from the catalogue ({self.catalogue_id}), whose effects are "
                "fixed: state your own effects on a custom measure"
            )
        risks = [e.risk for e in self.effects]
        twice = next((r for r in risks if risks.count(r) > 1), None)
        if twice is not None:
            raise ValueError(f"measure {self.id!r} has two effects on risk {twice!r}; keep one")
        return self


class SignatureRecord(_Model):
    name: str
    role: str = ""
    date: dt.date | None = None
    comment: str = ""


class SignOff(_Model):
    """The ICO step 7 sign-off table."""

    measures_approved_by: str = ""
    residual_risks_approved_by: str = ""
    dpo_advice: str = ""
    dpo_advice_summary: str = ""
    dpo_advice_followed: Literal["", "accepted", "overruled"] = ""
    overrule_reason: str = ""
    consultation_reviewed_by: str = ""
    next_review_date: dt.date | None = None
    records: list[SignatureRecord] = Field(default_factory=list)


class _Record(BaseModel):
    """A lineage record: unknown fields (from a later version or another tool) are kept, never dropped."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)


ReviewStatus = Literal["acceptable", "improvable", "to_correct"]


class Review(_Record):
    """An evaluator's judgement of a section or a measure (as the CNIL PIA tool: acceptable, improvable,
    to correct), with a comment (required unless acceptable), the evaluator and the time."""

    scope: Literal["section", "measure"]
    target: str = Field(min_length=1)
    status: ReviewStatus
    comment: str = ""
    evaluator: str = Field(min_length=1)
    time: dt.datetime

    @model_validator(mode="after")
    def _comment_unless_acceptable(self) -> Review:
        if self.status != "acceptable" and not self.comment.strip():
            raise ValueError(f"a comment is required when the status is {self.status!r}")
        return self


class Support(_Record):
    """What a piece of evidence supports: an answer (question id) or a measure (measure id)."""

    kind: Literal["question", "measure"]
    id: str = Field(min_length=1)


class Evidence(_Record):
    """An evidence file embedded in the assessment; its content must match its size and SHA-256."""

    name: str = Field(min_length=1, pattern=r"^[^/\\\x00-\x1f]+$")
    media_type: str = "application/octet-stream"
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    size: int = Field(ge=0)
    content: str
    supports: list[Support] = Field(default_factory=list)
    note: str = ""
    added: dt.datetime | None = None

    def data(self) -> bytes:
        return base64.b64decode(self.content, validate=True)

    @model_validator(mode="after")
    def _content_matches(self) -> Evidence:
        try:
            data = self.data()
        except (binascii.Error, ValueError) as exc:
            raise ValueError(f"attachment {self.name!r}: content is not valid base64") from exc
        if len(data) != self.size or hashlib.sha256(data).hexdigest() != self.sha256:
            raise ValueError(
                f"attachment {self.name!r}: content does not match its size and SHA-256 "
                "(the file was damaged or edited)"
            )
        return self


class EvidenceRef(_Record):
    """An attachment as a history snapshot remembers it: by name and hash, without the content."""

    name: str
    sha256: str
    supports: list[Support] = Field(default_factory=list)


class Snapshot(_Record):
    """The recorded state of an assessment at one version."""

    metadata: Metadata = Field(default_factory=Metadata)
    answers: Answers = Field(default_factory=dict)
    notes: dict[str, QuestionNote] = Field(default_factory=dict)
    measures: list[Measure] = Field(default_factory=list)
    overrides: list[RatingOverride] = Field(default_factory=list)
    sign_off: SignOff = Field(default_factory=SignOff)
    reviews: list[Review] = Field(default_factory=list)
    attachments: list[EvidenceRef] = Field(default_factory=list)
    own_risks: list[OwnRisk] = Field(default_factory=list)


class HistoryEntry(_Record):
    """One recorded version: when, under which rules, what the verdict was, and the state it was."""

    revision: str = Field(min_length=1)
    time: dt.datetime
    label: str = ""
    kind: str = "version"
    rules_version: str = ""
    engine_version: str = ""
    verdict_summary: dict[str, Any] = Field(default_factory=dict)
    snapshot: Snapshot = Field(default_factory=Snapshot)


class Assessment(_Model):
    """The whole file. Unknown top-level fields (from a later version or another tool) are kept and
    written back, never dropped (design.md); `unknown_fields` names them for a warning."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    format: Literal["dpia-assessment"] = "dpia-assessment"
    schema_version: Literal[3] = 3
    metadata: Metadata = Field(default_factory=Metadata)
    answers: Answers = Field(default_factory=dict)
    participants: list[Participant] = Field(default_factory=list)
    notes: dict[str, QuestionNote] = Field(default_factory=dict)
    overrides: list[RatingOverride] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    sign_off: SignOff = Field(default_factory=SignOff)
    # Lineage (design.md "Assessment lineage"); absent in older files, which stay valid.
    id: str | None = None
    revision: str | None = None
    parent: str | None = None
    history: list[HistoryEntry] = Field(default_factory=list)
    attachments: list[Evidence] = Field(default_factory=list)
    reviews: list[Review] = Field(default_factory=list)
    # Risks outside the catalogue (schema_version 3).
    own_risks: list[OwnRisk] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique_own_risks(self) -> Assessment:
        ids = [r.id for r in self.own_risks]
        twice = next((i for i in ids if ids.count(i) > 1), None)
        if twice is not None:
            raise ValueError(f"two own risks have the id {twice!r}")
        return self

    def answer(self, question_id: str) -> AnswerValue | None:
        return self.answers.get(question_id)

    def own_risk(self, risk_id: str) -> OwnRisk | None:
        return next((r for r in self.own_risks if r.id == risk_id), None)

    def unknown_fields(self) -> list[str]:
        """The top-level fields this version does not know, kept as they were."""
        return list(self.model_extra or {})
