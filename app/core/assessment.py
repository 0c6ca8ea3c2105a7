"""The assessment: answers plus everything a workshop records around them.

Only `format`, `schema_version` and `answers` matter to the engine; every other part has a default
so that the minimal file of design.md loads and assesses.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StrictFloat,
    StrictInt,
    StrictStr,
    field_validator,
)

FORMAT_NAME = "dpia-assessment"
SCHEMA_VERSION = 2

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


class Measure(_Model):
    """One line of the action plan (Art. 35(7)(d))."""

    id: str
    title: str = ""
    catalogue_id: str | None = None
    description: str = ""
    risks: list[str] = Field(default_factory=list)
    owner: str = ""
    due: dt.date | None = None
    status: Literal["planned", "in_progress", "implemented", "rejected"] = "planned"


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


class Assessment(_Model):
    format: Literal["dpia-assessment"] = "dpia-assessment"
    schema_version: Literal[2] = 2
    metadata: Metadata = Field(default_factory=Metadata)
    answers: Answers = Field(default_factory=dict)
    participants: list[Participant] = Field(default_factory=list)
    notes: dict[str, QuestionNote] = Field(default_factory=dict)
    overrides: list[RatingOverride] = Field(default_factory=list)
    measures: list[Measure] = Field(default_factory=list)
    sign_off: SignOff = Field(default_factory=SignOff)

    def answer(self, question_id: str) -> AnswerValue | None:
        return self.answers.get(question_id)
