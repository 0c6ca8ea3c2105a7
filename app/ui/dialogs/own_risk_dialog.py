"""Adding or editing a risk outside the catalogue: a title, what it is, and its severity and likelihood on
the CNIL scales, each with the written reason for it (OK refuses an empty reason, next to its field)."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import TYPE_CHECKING

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

from app.core.assessment import OWN_RISK_PREFIX, OwnRisk
from app.ui.style import set_role
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.form_rows import combo_box, error_label, named

if TYPE_CHECKING:
    from app.ui.widgets.answer_editors import PlainTextEdit


def new_own_risk_id() -> str:
    """A fresh id: random, so that risks two workshop copies add never share one when merged."""
    return f"{OWN_RISK_PREFIX}{uuid.uuid4().hex[:8]}"


class OwnRiskDialog(QDialog):
    """The form of one own risk; `result_risk` holds the risk once OK was accepted.

    Attributes:
        title_edit, description, severity, likelihood, severity_justification, likelihood_justification,
        author: the fields. title_error, severity_error, likelihood_error: the reasons OK refused, each
        right under its field. buttons: OK and Cancel.
    """

    def __init__(
        self,
        scale: dict[int, str],
        risk: OwnRisk | None = None,
        author: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("own_risk_dialog")
        self.setWindowTitle(self.tr("Edit own risk") if risk else self.tr("Add own risk"))
        self.setMinimumWidth(580)
        self.risk = risk
        self.result_risk: OwnRisk | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        explanation = set_role(QLabel(self._explanation()), "intro")
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(self._build_form(scale, author))
        self.error = set_role(QLabel(), "hint")
        self.error.setObjectName("own_risk_error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._set_values(risk)

    def _explanation(self) -> str:
        return self.tr(
            "A risk the catalogue does not name. Rate it before measures on the CNIL scales and write why"
            " for each rating: the report shows your reasons next to the risk."
        )

    # -- building ------------------------------------------------------------------------------
    def _build_form(self, scale: dict[int, str], author: str) -> QFormLayout:
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        labels = [f"{value} – {scale.get(value, '')}".rstrip(" –") for value in range(1, 5)]
        self.title_edit = named(QLineEdit(), "own_risk_title")
        self.description = named(plain_text_edit(lines=3), "own_risk_description")
        self.severity = combo_box("own_risk_severity", labels)
        self.severity_justification = named(plain_text_edit(lines=3), "own_risk_severity_justification")
        self.likelihood = combo_box("own_risk_likelihood", labels)
        self.likelihood_justification = named(plain_text_edit(lines=3), "own_risk_likelihood_justification")
        self.author = named(QLineEdit(author), "own_risk_author")
        for field in (self.description, self.severity_justification, self.likelihood_justification):
            field.setMinimumHeight(field.sizeHint().height())
        self.title_error = error_label("own_risk_title_error")
        self.severity_error = error_label("own_risk_severity_error")
        self.likelihood_error = error_label("own_risk_likelihood_error")
        rows: tuple[tuple[str, QWidget, QLabel | None], ...] = (
            (self.tr("&Title (required)"), self.title_edit, self.title_error),
            (self.tr("&Description"), self.description, None),
            (self.tr("S&everity"), self.severity, None),
            (self.tr("&Why this severity (required)"), self.severity_justification, self.severity_error),
            (self.tr("&Likelihood"), self.likelihood, None),
            (
                self.tr("W&hy this likelihood (required)"),
                self.likelihood_justification,
                self.likelihood_error,
            ),
            (self.tr("&Author"), self.author, None),
        )
        for text, field, error in rows:
            label = QLabel(text)
            label.setBuddy(field)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(label, field)
            if error is not None:
                form.addRow("", error)  # right under the field it is about
        for field, error, _message in self._required():
            self._hide_when_filled(field, error)
        return form

    def _required(self) -> tuple[tuple[QLineEdit | PlainTextEdit, QLabel, str], ...]:
        """The required fields, the label under each, and what it says when the field is empty."""
        return (
            (
                self.title_edit,
                self.title_error,
                self.tr("Give the risk a title: the register and the heat maps name it."),
            ),
            (
                self.severity_justification,
                self.severity_error,
                self.tr("Write why the severity is this level: the report shows it next to the rating."),
            ),
            (
                self.likelihood_justification,
                self.likelihood_error,
                self.tr("Write why the likelihood is this level: the report shows it next to the rating."),
            ),
        )

    def _hide_when_filled(self, field: QLineEdit | PlainTextEdit, error: QLabel) -> None:
        signal = field.textChanged

        def on_changed(*_args: object) -> None:
            if _text(field).strip():
                error.hide()

        signal.connect(on_changed)

    def _set_values(self, risk: OwnRisk | None) -> None:
        if risk is None:
            self.severity.setCurrentIndex(1)
            self.likelihood.setCurrentIndex(1)
            return
        self.title_edit.setText(risk.title)
        self.description.setPlainText(risk.description)
        self.severity.setCurrentIndex(risk.severity - 1)
        self.likelihood.setCurrentIndex(risk.likelihood - 1)
        self.severity_justification.setPlainText(risk.severity_justification)
        self.likelihood_justification.setPlainText(risk.likelihood_justification)
        self.author.setText(risk.author)

    # -- OK ------------------------------------------------------------------------------------------
    def _make_room(self) -> None:
        """Grow to fit the reasons now shown (wrapped labels need their height for the dialog's width)."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _on_accepted(self) -> None:
        """OK with a field missing says why under each such field, and goes to the first of them."""
        missing = [required for required in self._required() if not _text(required[0]).strip()]
        for _field, error, text in missing:
            error.setText(text)
            error.show()
        if missing:
            self._make_room()
            missing[0][0].setFocus(Qt.FocusReason.OtherFocusReason)
            return
        try:
            self.result_risk = self._build_risk()
        except ValidationError as exc:
            self.error.setText(exc.errors()[0]["msg"])
            return
        self.accept()

    def _build_risk(self) -> OwnRisk:
        return OwnRisk(
            id=self.risk.id if self.risk else new_own_risk_id(),
            title=self.title_edit.text().strip(),
            description=self.description.toPlainText().strip(),
            severity=self.severity.currentIndex() + 1,
            severity_justification=self.severity_justification.toPlainText().strip(),
            likelihood=self.likelihood.currentIndex() + 1,
            likelihood_justification=self.likelihood_justification.toPlainText().strip(),
            author=self.author.text().strip(),
            date=dt.date.today(),
        )


def _text(field: QLineEdit | PlainTextEdit) -> str:
    return field.text() if isinstance(field, QLineEdit) else field.toPlainText()
