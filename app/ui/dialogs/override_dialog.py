"""Overriding a computed risk rating: allowed, but only with a written justification."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Literal

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import RatingOverride
from app.ui.style import set_role
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.form_rows import combo_box, error_label

if TYPE_CHECKING:
    from app.core.verdict import RiskResult
    from app.ui.document import AssessmentDocument

STAGES: tuple[Literal["residual"], Literal["inherent"]] = ("residual", "inherent")


class OverrideDialog(QDialog):
    def __init__(
        self,
        risk: RiskResult,
        scale: dict[int, str],
        document: AssessmentDocument,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("override_dialog")
        self.setWindowTitle(self.tr("Override risk rating"))
        self.setMinimumWidth(560)
        self.risk = risk
        self.result_override: RatingOverride | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = set_role(QLabel(risk.title), "subtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explanation = set_role(QLabel(self._explanation()), "intro")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(self._build_form(scale, document))
        self.error = set_role(QLabel(), "hint")
        self.error.setObjectName("override_error")
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._on_stage_changed(0)
        self._on_justification_changed()

    def _explanation(self) -> str:
        return self.tr(
            "You may replace the computed rating with your own. A written justification is required;"
            " the report shows it next to the rating."
        )

    def _build_form(self, scale: dict[int, str], document: AssessmentDocument) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.stage = combo_box(
            "override_stage", [self.tr("Residual (after measures)"), self.tr("Inherent (before measures)")]
        )
        labels = [f"{value} – {scale.get(value, '')}".rstrip(" –") for value in range(1, 5)]
        self.severity = combo_box("override_severity", labels)
        self.likelihood = combo_box("override_likelihood", labels)
        self.justification = plain_text_edit()
        self.justification.setObjectName("override_justification")
        self.justification_error = error_label("override_justification_error")
        self.author = QLineEdit(document.assessment.metadata.assessor)
        self.author.setObjectName("override_author")
        for text, field in (
            (self.tr("&Stage"), self.stage),
            (self.tr("S&everity"), self.severity),
            (self.tr("&Likelihood"), self.likelihood),
            (self.tr("&Justification (required)"), self.justification),
            (self.tr("&Author"), self.author),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if field is self.justification:
                form.addRow("", self.justification_error)
        self.stage.currentIndexChanged.connect(self._on_stage_changed)
        self.justification.textChanged.connect(self._on_justification_changed)
        return form

    def _on_stage_changed(self, index: int) -> None:
        score = getattr(self.risk, STAGES[index])
        self.severity.setCurrentIndex(score.severity - 1)
        self.likelihood.setCurrentIndex(score.likelihood - 1)

    def _on_justification_changed(self) -> None:
        if self.justification.toPlainText().strip():
            self.justification_error.hide()

    def _on_accepted(self) -> None:
        """OK with an empty justification says why nothing happens, under the field, and goes there."""
        if not self.justification.toPlainText().strip():
            self.justification_error.setText(
                self.tr("Write why you override the rating: the report shows this justification next to it.")
            )
            self.justification_error.show()
            self.justification.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.result_override = RatingOverride(
                risk_id=self.risk.id,
                stage=STAGES[self.stage.currentIndex()],
                severity=self.severity.currentIndex() + 1,
                likelihood=self.likelihood.currentIndex() + 1,
                justification=self.justification.toPlainText().strip(),
                author=self.author.text().strip(),
                date=dt.date.today(),
            )
        except ValidationError as exc:
            self.error.setText(exc.errors()[0]["msg"])
            return
        self.accept()
