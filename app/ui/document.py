"""The open assessment: the one Assessment model every page reads from and writes to.

Pages never keep their own copy of the data. Each edit goes through pydantic validation
(validate_assignment) and is announced with signals, so the verdict, the section list, the title and
the autosave follow it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.core.assessment import (
    AnswerValue,
    Assessment,
    Measure,
    OwnRisk,
    Participant,
    QuestionNote,
    RatingOverride,
    SignatureRecord,
)
from app.core.conditions import is_answered

if TYPE_CHECKING:
    from app.core.assessment import Evidence, Review, Support
    from app.core.forms import QuestionBank


class AssessmentDocument(QObject):
    changed = Signal()  # any edit: rescore, autosave, modified marker
    answer_changed = Signal(str)  # question id
    note_changed = Signal(str)  # question id
    reset = Signal()  # the whole assessment was replaced (new, open, restore)
    modified_changed = Signal(bool)
    path_changed = Signal()
    reviews_changed = Signal()  # an evaluator review was recorded or withdrawn
    evidence_changed = Signal()  # an evidence file was attached or removed

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._assessment = Assessment()
        self._path: Path | None = None
        self._modified = False

    # -- whole document ------------------------------------------------------------------------
    @property
    def assessment(self) -> Assessment:
        return self._assessment

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def is_modified(self) -> bool:
        return self._modified

    def replace(self, assessment: Assessment, path: Path | None, *, modified: bool = False) -> None:
        self._assessment = assessment
        self._set_path(path)
        self.reset.emit()
        self.changed.emit()
        self._set_modified(modified)

    def mark_saved(self, path: Path) -> None:
        self._set_path(path)
        self._set_modified(False)

    def stamp_for_saving(self) -> None:
        """Set the created/modified dates just before the file is written (the revision is stamped by the
        caller: FileController.save_to, or record_version for a marked version)."""
        now = dt.datetime.now().astimezone().replace(microsecond=0)
        metadata = self._assessment.metadata
        if metadata.created is None:
            metadata.created = now
        metadata.modified = now

    def _set_path(self, path: Path | None) -> None:
        if path != self._path:
            self._path = path
            self.path_changed.emit()

    def _set_modified(self, modified: bool) -> None:
        if modified != self._modified:
            self._modified = modified
            self.modified_changed.emit(modified)

    def _touch(self) -> None:
        self._set_modified(True)
        self.changed.emit()

    # -- answers -------------------------------------------------------------------------------
    def answer(self, question_id: str) -> AnswerValue | None:
        return self._assessment.answers.get(question_id)

    def set_answer(self, question_id: str, value: AnswerValue | None) -> None:
        """Record an answer; an empty value removes it (an unanswered question)."""
        answers = dict(self._assessment.answers)
        if is_answered(value):
            if answers.get(question_id) == value:
                return
            answers[question_id] = value  # type: ignore[assignment]
        elif answers.pop(question_id, None) is None:
            return
        self._assessment.answers = answers
        self.answer_changed.emit(question_id)
        self._touch()

    # -- workshop notes ------------------------------------------------------------------------
    def note(self, question_id: str) -> QuestionNote:
        return self._assessment.notes.get(question_id) or QuestionNote()

    def set_note(self, question_id: str, **fields: Any) -> None:
        note = self.note(question_id).model_copy(update=fields)
        note = QuestionNote.model_validate(note.model_dump())
        notes = dict(self._assessment.notes)
        if note == QuestionNote():
            if notes.pop(question_id, None) is None:
                return
        else:
            if notes.get(question_id) == note:
                return
            notes[question_id] = note
        self._assessment.notes = notes
        self.note_changed.emit(question_id)
        self._touch()

    # -- metadata and sign-off ------------------------------------------------------------------------
    def set_metadata(self, field: str, value: Any) -> None:
        self._set_field(self._assessment.metadata, field, value)

    def set_status(self, status: str) -> None:
        """Draft, in review or final, through the core's rule (review.set_status): "final" is refused,
        with a ReviewError saying why, while an evaluator's review says "to correct"."""
        from app.core.review import set_status

        if self._assessment.metadata.status == status:
            return
        set_status(self._assessment, status)
        self._touch()

    def mark_modified(self) -> None:
        """Something outside the edits above changed the assessment (a version was recorded)."""
        self._touch()

    def set_sign_off(self, field: str, value: Any) -> None:
        self._set_field(self._assessment.sign_off, field, value)

    def _set_field(self, model: Any, field: str, value: Any) -> None:
        if getattr(model, field) == value:
            return
        setattr(model, field, value)
        self._touch()

    # -- participants --------------------------------------------------------------------------
    def add_participant(self, name: str) -> int:
        self._assessment.participants = [*self._assessment.participants, Participant(name=name)]
        self._touch()
        return len(self._assessment.participants) - 1

    def update_participant(self, index: int, field: str, value: str) -> None:
        self._set_field(self._assessment.participants[index], field, value)

    def remove_participant(self, index: int) -> None:
        people = list(self._assessment.participants)
        del people[index]
        self._assessment.participants = people
        self._touch()

    # -- sign-off records (who signed, in which role, when) -------------------------------------------
    def add_sign_off_record(self, name: str) -> int:
        sign_off = self._assessment.sign_off
        sign_off.records = [*sign_off.records, SignatureRecord(name=name)]
        self._touch()
        return len(sign_off.records) - 1

    def update_sign_off_record(self, index: int, field: str, value: Any) -> None:
        self._set_field(self._assessment.sign_off.records[index], field, value)

    def remove_sign_off_record(self, index: int) -> None:
        records = list(self._assessment.sign_off.records)
        del records[index]
        self._assessment.sign_off.records = records
        self._touch()

    # -- evaluator review and evidence (issue 13): through the core, which checks and caps them ------
    def review(self, scope: str, target: str) -> Review | None:
        return next((r for r in self._assessment.reviews if (r.scope, r.target) == (scope, target)), None)

    def set_review(self, bank: QuestionBank, scope: str, target: str, **fields: str) -> Review:
        """Record (or replace) a review; raises ReviewError (nothing changes) when it is not valid."""
        from app.core.lineage import now
        from app.core.review import set_review

        moment = now().astimezone()
        review = set_review(self._assessment, bank, scope, target, moment=moment, **fields)  # type: ignore[arg-type]
        self.reviews_changed.emit()
        self._touch()
        return review

    def remove_review(self, scope: str, target: str) -> None:
        kept = [r for r in self._assessment.reviews if (r.scope, r.target) != (scope, target)]
        if len(kept) != len(self._assessment.reviews):
            self._assessment.reviews = kept
            self.reviews_changed.emit()
            self._touch()

    def evidence_for(self, support: Support) -> list[Evidence]:
        return [e for e in self._assessment.attachments if support in e.supports]

    def attach_evidence(
        self, bank: QuestionBank, path: Path, support: Support, note: str = ""
    ) -> tuple[Evidence, bool]:
        """Embed a file as evidence; raises EvidenceError (nothing changes) if it cannot be attached."""
        from app.core.evidence import attach, read_evidence
        from app.core.lineage import now

        data = read_evidence(path)
        evidence, new = attach(self._assessment, bank, path.name, data, support, note, now())
        self.evidence_changed.emit()
        self._touch()
        return evidence, new

    def set_evidence_note(self, sha256: str, note: str) -> None:
        """Change what the note of an attachment says (its content never changes)."""
        attachments = self._assessment.attachments
        evidence = next((e for e in attachments if e.sha256 == sha256), None)
        if evidence is None or evidence.note == note.strip():
            return
        updated = evidence.model_copy(update={"note": note.strip()})
        self._assessment.attachments = [updated if e is evidence else e for e in attachments]
        self.evidence_changed.emit()
        self._touch()

    def remove_evidence(self, sha256: str, support: Support | None = None) -> None:
        """Remove an attachment, or only what it supports for `support` when it supports more."""
        evidence = next((e for e in self._assessment.attachments if e.sha256 == sha256), None)
        if evidence is None:
            return
        others = [s for s in evidence.supports if s != support]
        if support is not None and others:
            updated = evidence.model_copy(update={"supports": others})
            self._assessment.attachments = [
                updated if e is evidence else e for e in self._assessment.attachments
            ]
        else:
            self._assessment.attachments = [e for e in self._assessment.attachments if e is not evidence]
        self.evidence_changed.emit()
        self._touch()

    # -- action plan ---------------------------------------------------------------------------
    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self._assessment.measures if m.id == measure_id), None)

    def add_measure(self, **fields: Any) -> str:
        measure = Measure(id=self._next_measure_id(), **fields)
        self._assessment.measures = [*self._assessment.measures, measure]
        self._touch()
        return measure.id

    def update_measure(self, measure_id: str, field: str, value: Any) -> None:
        measure = self.measure(measure_id)
        if measure is not None:
            self._set_field(measure, field, value)

    def remove_measure(self, measure_id: str) -> None:
        self._assessment.measures = [m for m in self._assessment.measures if m.id != measure_id]
        self._touch()

    def _next_measure_id(self) -> str:
        taken = {m.id for m in self._assessment.measures}
        number = len(taken) + 1
        while f"m{number}" in taken:
            number += 1
        return f"m{number}"

    # -- rating overrides ----------------------------------------------------------------------
    def override(self, risk_id: str, stage: str) -> RatingOverride | None:
        matches = [o for o in self._assessment.overrides if o.risk_id == risk_id and o.stage == stage]
        return matches[-1] if matches else None

    def set_override(self, override: RatingOverride) -> None:
        kept = [o for o in self._assessment.overrides if not _same_slot(o, override)]
        self._assessment.overrides = [*kept, override]
        self._touch()

    def remove_override(self, risk_id: str, stage: str) -> None:
        kept = [o for o in self._assessment.overrides if not (o.risk_id == risk_id and o.stage == stage)]
        if len(kept) != len(self._assessment.overrides):
            self._assessment.overrides = kept
            self._touch()

    # -- own risks (outside the catalogue) -------------------------------------------------------------
    def own_risk(self, risk_id: str) -> OwnRisk | None:
        return self._assessment.own_risk(risk_id)

    def set_own_risk(self, risk: OwnRisk) -> None:
        """Add an own risk, or replace the one with its id (in place, keeping the order)."""
        risks = list(self._assessment.own_risks)
        index = next((i for i, r in enumerate(risks) if r.id == risk.id), None)
        if index is None:
            risks.append(risk)
        elif risks[index] == risk:
            return
        else:
            risks[index] = risk
        self._assessment.own_risks = risks
        self._touch()

    def remove_own_risk(self, risk_id: str) -> None:
        """Remove an own risk with what refers to it: its overrides, and the measures' effects on it."""
        assessment = self._assessment
        if assessment.own_risk(risk_id) is None:
            return
        for measure in assessment.measures:
            if risk_id in measure.risks or any(e.risk == risk_id for e in measure.effects):
                measure.risks = [r for r in measure.risks if r != risk_id]
                measure.effects = [e for e in measure.effects if e.risk != risk_id]
        assessment.overrides = [o for o in assessment.overrides if o.risk_id != risk_id]
        assessment.own_risks = [r for r in assessment.own_risks if r.id != risk_id]
        self._touch()


def _same_slot(a: RatingOverride, b: RatingOverride) -> bool:
    return a.risk_id == b.risk_id and a.stage == b.stage
