"""Which questionnaire sections each chapter of the report shows (by section id)."""

from __future__ import annotations

DESCRIPTION = ("project", "system")
SCREENING = ("screening",)
NECESSITY = ("necessity", "transparency_rights", "accuracy_oversight")
LAWFULNESS = ("lawfulness", "vendors_transfers")
AI_ACT = ("ai_act",)
MEASURES = ("security",)
CONSULTATION = ("consultation",)

SHOWN = DESCRIPTION + SCREENING + NECESSITY + LAWFULNESS + AI_ACT + MEASURES + CONSULTATION

NECESSITY_TOPICS = (
    "necessity",
    "proportionality",
    "transparency",
    "rights",
    "retention",
    "accuracy",
    "automated_decisions",
)
LAWFULNESS_TOPICS = ("regime", "art6", "obligations", "transfers")
AI_ACT_TOPICS = ("ai_act",)
MEASURES_TOPICS = ("security",)
CONSULTATION_TOPICS = ("consultation",)
