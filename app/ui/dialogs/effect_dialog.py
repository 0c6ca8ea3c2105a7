"""Giving a custom measure an effect on a named risk (from the catalogue or the assessor's own): which risk,
by how many steps it lowers the severity and the likelihood, and why. OK refuses an effect that lowers
nothing, and one without a written reason (next to the field): a measure never lowers a risk silently."""

from __future__ import annotations

from pydantic import ValidationError
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from app.core.assessment import RiskEffect
from app.ui.style import set_role
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.form_rows import combo_box, error_label
from app.ui.widgets.wheel_guard import guard_wheel


class EffectDialog(QDialog):
    """The form of one effect; `result_effect` holds it once OK was accepted.

    Attributes:
        risk: the risks the effect may name (data: the risk id). severity, likelihood: the steps lowered
        (index = steps). justification: the reason. steps_error, justification_error: why OK refused,
        under the field concerned. buttons: OK and Cancel.
    """

    def __init__(
        self,
        measure_title: str,
        risks: list[tuple[str, str]],
        effect: RiskEffect | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("effect_dialog")
        self.setWindowTitle(self.tr("Effect of a measure on a risk"))
        self.setMinimumWidth(560)
        self.result_effect: RiskEffect | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        heading = set_role(QLabel(measure_title), "subtitle")
        heading.setWordWrap(True)
        layout.addWidget(heading)
        explanation = set_role(QLabel(self._explanation()), "intro")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(self._build_form(risks))
        self.error = set_role(QLabel(), "hint")
        self.error.setObjectName("effect_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_values(effect)

    def _explanation(self) -> str:
        return self.tr(
            "Once the measure is planned or in place, the risk's residual rating is lowered by these steps"
            " (never below 1). A written justification is required; the report shows it."
        )

    def _build_form(self, risks: list[tuple[str, str]]) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.risk = guard_wheel(QComboBox())
        self.risk.setObjectName("effect_risk")
        for risk_id, label in risks:
            self.risk.addItem(label, risk_id)
        steps = [
            self.tr("not lowered"),
            self.tr("1 step lower"),
            self.tr("2 steps lower"),
            self.tr("3 steps lower"),
        ]
        self.severity = combo_box("effect_severity", steps)
        self.likelihood = combo_box("effect_likelihood", steps)
        self.justification = plain_text_edit()
        self.justification.setObjectName("effect_justification")
        self.justification.setMinimumHeight(self.justification.sizeHint().height())
        self.steps_error = error_label("effect_steps_error")
        self.justification_error = error_label("effect_justification_error")
        for text, field, error in (
            (self.tr("&Risk"), self.risk, None),
            (self.tr("S&everity"), self.severity, None),
            (self.tr("&Likelihood"), self.likelihood, self.steps_error),
            (self.tr("&Justification (required)"), self.justification, self.justification_error),
        ):
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if error is not None:
                form.addRow("", error)  # right under the field it is about
        self.justification.textChanged.connect(self._on_justification_changed)
        self.severity.currentIndexChanged.connect(self._on_steps_changed)
        self.likelihood.currentIndexChanged.connect(self._on_steps_changed)
        return form

    def _set_values(self, effect: RiskEffect | None) -> None:
        if effect is None:
            self.likelihood.setCurrentIndex(1)
            return
        self.risk.setCurrentIndex(max(self.risk.findData(effect.risk), 0))
        self.severity.setCurrentIndex(effect.lowers_severity)
        self.likelihood.setCurrentIndex(effect.lowers_likelihood)
        self.justification.setPlainText(effect.justification)

    def _on_justification_changed(self) -> None:
        if self.justification.toPlainText().strip():
            self.justification_error.hide()

    def _on_steps_changed(self) -> None:
        if self.severity.currentIndex() or self.likelihood.currentIndex():
            self.steps_error.hide()

    def _make_room(self) -> None:
        """Grow to fit the reasons now shown (wrapped labels need their height for the dialog's width)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_accepted(self) -> None:
        """OK says why it refuses, under the field concerned, and goes there."""
        lowers = self.severity.currentIndex() or self.likelihood.currentIndex()
        reason = self.justification.toPlainText().strip()
        if not lowers:
            self.steps_error.setText(
                self.tr("Choose how many steps the measure lowers the severity or the likelihood.")
            )
            self.steps_error.show()
        if not reason:
            self.justification_error.setText(
                self.tr("Write why the measure lowers this risk: the report shows the justification with it.")
            )
            self.justification_error.show()
        if not (lowers and reason):
            self._make_room()
            (self.justification if lowers else self.likelihood).setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.result_effect = RiskEffect(
                risk=self.risk.currentData(),
                lowers_severity=self.severity.currentIndex(),
                lowers_likelihood=self.likelihood.currentIndex(),
                justification=reason,
            )
        except ValidationError as exc:
            self.error.setText(exc.errors()[0]["msg"])
            return
        self.accept()
