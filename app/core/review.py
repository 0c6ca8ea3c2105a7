"""Evaluator review: per section and per measure, acceptable / improvable / to correct, with a comment.

One current review per section or measure (a new one replaces it; history snapshots keep the earlier
ones). An assessment with anything "to correct" cannot be final: `set_status` refuses it, and a
"to correct" given to a final assessment sets it back to "in_review".
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, get_args

from pydantic import ValidationError

from app.core.assessment import Assessment, Metadata, Review, ReviewStatus
from app.core.errors import DpiaError
from app.core.forms import QuestionBank
from app.core.languages import format_time
from app.core.messages import count_message, message
from app.core.storage import describe_validation_error

Scope = Literal["section", "measure"]
REVIEW_STATUSES: tuple[str, ...] = get_args(ReviewStatus)
STATUSES: tuple[str, ...] = get_args(Metadata.model_fields["status"].annotation)


class ReviewError(DpiaError):
    """A review of something that does not exist, or a status the reviews do not allow."""


def set_review(
    assessment: Assessment,
    bank: QuestionBank,
    scope: Scope,
    target: str,
    status: str,
    comment: str,
    evaluator: str,
    moment: dt.datetime,
) -> Review:
    """Record (or replace) the review of one section or measure; returns it."""
    _check_target(assessment, bank, scope, target)
    fields = {"scope": scope, "target": target, "status": status, "comment": comment.strip()}
    try:
        review = Review.model_validate({**fields, "evaluator": evaluator.strip(), "time": moment})
    except ValidationError as exc:
        raise ReviewError(f"review of {scope} {target!r}: {describe_validation_error(exc)}") from exc
    kept = [r for r in assessment.reviews if (r.scope, r.target) != (scope, target)]
    assessment.reviews = [*kept, review]
    if review.status == "to_correct" and assessment.metadata.status == "final":
        assessment.metadata.status = "in_review"
    return review


def _check_target(assessment: Assessment, bank: QuestionBank, scope: Scope, target: str) -> None:
    if scope == "section" and bank.section(target) is None:
        known = ", ".join(s.id for s in bank.sections)
        raise ReviewError(f"no section {target!r} in the questionnaire (sections: {known})")
    if scope == "measure" and all(m.id != target for m in assessment.measures):
        known = ", ".join(m.id for m in assessment.measures) or "none"
        raise ReviewError(f"no measure {target!r} in the assessment (measures: {known})")


def blockers(assessment: Assessment) -> list[Review]:
    """The reviews that keep the assessment from being final."""
    return [r for r in assessment.reviews if r.status == "to_correct"]


def set_status(assessment: Assessment, status: str) -> None:
    """Change the assessment's status; "final" is refused while anything is marked "to correct"."""
    if status not in STATUSES:
        raise ReviewError(f"unknown status {status!r} (choose from {', '.join(STATUSES)})")
    blocking = blockers(assessment)
    if status == "final" and blocking:
        items = ", ".join(f"{r.scope} {r.target}" for r in blocking)
        raise ReviewError(
            f"cannot mark the assessment final: {len(blocking)} item(s) marked 'to correct' by the "
            f"evaluator ({items}); resolve them and review again first"
        )
    assessment.metadata.status = status  # type: ignore[assignment]


def review_lines(assessment: Assessment, bank: QuestionBank | None, locale: str = "en") -> list[str]:
    """The reviews as `dpia assess` prints them, in `locale` (resources/cli/messages.yaml)."""
    if not assessment.reviews:
        return []
    lines = [message("review_heading", locale)]
    for review in assessment.reviews:
        name = _target_label(assessment, bank, review, locale)
        when = format_time(review.time, locale)
        comment = f": {review.comment}" if review.comment else ""
        status = message(f"review_status_{review.status}", locale)
        scope = message(f"review_scope_{review.scope}", locale)
        lines.append(f"  [{status}] {scope} {name} ({review.evaluator}, {when}){comment}")
    if blocking := blockers(assessment):
        lines.append("  " + count_message("review_blocking", len(blocking), locale))
        if assessment.metadata.status == "final":
            lines.append("  " + message("review_final_warning", locale))
    return lines


def _target_label(assessment: Assessment, bank: QuestionBank | None, review: Review, locale: str) -> str:
    if review.scope == "section" and bank is not None and (section := bank.section(review.target)):
        return f"{section.title.get(locale)} [{review.target}]"
    measure = next((m for m in assessment.measures if m.id == review.target), None)
    return f"{measure.title or measure.id} [{review.target}]" if measure else review.target
