"""Re-scoring the embedded assessment with the current engine and comparing with the recorded verdict."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.core.engine import assess
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge, load_knowledge_afresh
from app.core.storage import parse_assessment
from app.report.attachments import ASSESSMENT_FILE
from app.report.record import canonical, key_verdict, sha256


@dataclass(frozen=True)
class VerdictCheck:
    recorded_outcome: str
    current_outcome: str | None
    assessment_intact: bool
    matches: bool
    details_identical: bool
    differences: list[str] = field(default_factory=list)
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.assessment_intact and self.matches and self.error is None


def check_verdict(
    assessment_json: bytes, record: dict[str, Any], knowledge: Knowledge | None = None
) -> VerdictCheck:
    recorded = str(record.get("outcome", "?"))
    intact = sha256(assessment_json) == record.get("assessment_sha256")
    try:
        assessment = parse_assessment(assessment_json, ASSESSMENT_FILE)
        # Never from the parse cache: a check of a signed report must not rest on this machine's state.
        rules = knowledge or load_knowledge_afresh()
        verdict = assess(assessment, rules, locale=str(record.get("locale", "en")))
    except DpiaError as exc:
        return VerdictCheck(recorded, None, intact, False, False, error=str(exc))
    key, recorded_key = key_verdict(verdict), record.get("key") or {}
    differences = sorted(k for k in set(key) | set(recorded_key) if key.get(k) != recorded_key.get(k))
    details = sha256(canonical(verdict.to_json_dict())) == record.get("verdict_sha256")
    return VerdictCheck(recorded, verdict.outcome, intact, not differences, details, differences)
