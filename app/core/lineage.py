"""Versions of an assessment: revisions, history entries with a verdict summary and a snapshot.

- `id` is made once, the first time a lineage-aware command writes the file.
- Every such write is a new `revision` (a UUID) whose `parent` is the revision it was edited from.
- `record_version` appends a history entry: the revision, the time, a label, the rules version, a
  summary of the verdict (the conclusions a re-check compares) and a snapshot of the state.
"""

from __future__ import annotations

import datetime as dt
import uuid
from pathlib import Path
from typing import Any

from app.core.assessment import Assessment, EvidenceRef, HistoryEntry, Snapshot
from app.core.engine import assess
from app.core.errors import DpiaError
from app.core.knowledge import Knowledge, load_knowledge
from app.core.rulesversion import current_rules_version
from app.core.storage import save_in_place
from app.core.verdict import Verdict

_SNAPSHOT_FIELDS = (
    "metadata",
    "answers",
    "notes",
    "own_risks",
    "measures",
    "overrides",
    "sign_off",
    "reviews",
)
MIN_REVISION_PREFIX = 6


class LineageError(DpiaError):
    """A version label or revision that cannot be found, or is ambiguous."""


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def verdict_summary(verdict: Verdict) -> dict[str, Any]:
    """The conclusions of a verdict, small and stable enough to store and compare later."""
    ai_act = verdict.ai_act
    summary: dict[str, Any] = {
        "outcome": verdict.outcome,
        "dpia_required": verdict.dpia_required,
        "prior_consultation_required": verdict.prior_consultation_required,
        "art9": {
            "applies": verdict.art9.applies,
            "exception_valid": verdict.art9.exception_valid,
            "exception": verdict.art9.exception,
        },
        "ai_act": {
            "prohibited": sorted(ai_act.prohibited),
            "high_risk": ai_act.high_risk,
            "fria_required": ai_act.fria_required,
        },
        "risks": {r.id: {"inherent": r.inherent.level, "residual": r.residual.level} for r in verdict.risks},
        "findings": [{"id": f.id, "rule": f.rule, "severity": f.severity} for f in verdict.findings],
    }
    # Contract v2 fields, when the engine provides them.
    status = getattr(verdict, "status", None)
    if status is not None:
        summary["status"] = status
    possibly = getattr(ai_act, "possibly_prohibited", None)
    if possibly is not None:
        summary["ai_act"]["possibly_prohibited"] = sorted(possibly)
    return summary


def snapshot(assessment: Assessment) -> Snapshot:
    data = assessment.model_dump(include=set(_SNAPSHOT_FIELDS))
    refs = [EvidenceRef(name=e.name, sha256=e.sha256, supports=e.supports) for e in assessment.attachments]
    return Snapshot.model_validate({**data, "attachments": [r.model_dump() for r in refs]})


def as_assessment(state: Snapshot) -> Assessment:
    """A snapshot as an assessment that the engine can score and the diff can compare."""
    fields = state.model_dump(include=set(_SNAPSHOT_FIELDS))
    return Assessment.model_validate(fields)


def stamp_revision(assessment: Assessment) -> None:
    """Make this state a new revision (and give the assessment its id the first time)."""
    if not assessment.id:
        assessment.id = str(uuid.uuid4())
    assessment.parent = assessment.revision
    assessment.revision = str(uuid.uuid4())


def save_revision(assessment: Assessment, path: Path | str) -> None:
    """Save as a new revision, atomically, keeping the previous file as FILE.bak."""
    stamp_revision(assessment)
    save_in_place(assessment, path)


def record_version(
    assessment: Assessment,
    label: str,
    knowledge: Knowledge | None = None,
    *,
    kind: str = "version",
    moment: dt.datetime | None = None,
) -> HistoryEntry:
    """Append a history entry for the current state, as a new revision. The caller saves."""
    knowledge = knowledge or load_knowledge()
    verdict = assess(assessment, knowledge)
    stamp_revision(assessment)
    assert assessment.revision is not None
    entry = HistoryEntry(
        revision=assessment.revision,
        time=moment or now(),
        label=label.strip(),
        kind=kind,
        rules_version=current_rules_version(),
        engine_version=knowledge.settings.engine_version,
        verdict_summary=verdict_summary(verdict),
        snapshot=snapshot(assessment),
    )
    assessment.history = [*assessment.history, entry]
    return entry


def record_export(
    assessment: Assessment, output_name: str, knowledge: Knowledge | None = None, *, signed: bool
) -> HistoryEntry:
    """The version an export records (always for a signed one): "signed export report.pdf"."""
    kind = "signed_export" if signed else "export"
    return record_version(assessment, f"{kind.replace('_', ' ')} {output_name}", knowledge, kind=kind)


def find_entry(assessment: Assessment, ref: str) -> HistoryEntry:
    """A history entry by label (the latest with that label) or by revision (or a unique prefix)."""
    ref = ref.strip()
    by_label = [e for e in assessment.history if e.label == ref]
    if by_label:
        return by_label[-1]
    if len(ref) >= MIN_REVISION_PREFIX:
        by_revision = [e for e in assessment.history if e.revision.startswith(ref)]
        if len(by_revision) == 1:
            return by_revision[0]
        if len(by_revision) > 1:
            raise LineageError(f"revision {ref!r} is ambiguous ({len(by_revision)} versions start with it)")
    known = ", ".join(repr(e.label or e.revision[:8]) for e in assessment.history) or "none recorded"
    raise LineageError(f"no version labelled or numbered {ref!r} (versions: {known})")
