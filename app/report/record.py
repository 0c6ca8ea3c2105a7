"""The verdict record embedded beside the assessment, so `dpia verify` can tell whether it still holds.

`key` holds the conclusions an auditor relies on and that do not depend on the report language;
`verdict_sha256` covers the whole verdict JSON (texts included) to spot any change in detail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from app.core.verdict import Verdict

RECORD_FORMAT = "dpia-verdict-record"


def canonical(value: Any) -> bytes:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def key_verdict(verdict: Verdict) -> dict[str, Any]:
    return {
        "outcome": verdict.outcome,
        "dpia_required": verdict.dpia_required,
        "prior_consultation_required": verdict.prior_consultation_required,
        "art9_applies": verdict.art9.applies,
        "art9_exception_valid": verdict.art9.exception_valid,
        "ai_act_prohibited": sorted(verdict.ai_act.prohibited),
        "ai_act_high_risk": verdict.ai_act.high_risk,
        "ai_act_fria_required": verdict.ai_act.fria_required,
        "risk_levels": {r.id: [r.inherent.level, r.residual.level] for r in verdict.risks},
    }


def verdict_record(assessment_json: bytes, verdict: Verdict, locale: str, exported: dt.datetime) -> bytes:
    key = key_verdict(verdict)
    record = {
        "format": RECORD_FORMAT,
        "outcome": verdict.outcome,
        "key": key,
        "key_sha256": sha256(canonical(key)),
        "verdict_sha256": sha256(canonical(verdict.to_json_dict())),
        "assessment_sha256": sha256(assessment_json),
        "engine_version": verdict.engine_version,
        "locale": locale,
        "exported": exported.isoformat(),
    }
    return json.dumps(record, indent=2, ensure_ascii=False).encode() + b"\n"
