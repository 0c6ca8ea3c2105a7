"""The risks page: inherent and residual heat maps side by side, the risk list, rating overrides, and the
assessor's own risks (added, edited and removed here, each rating with its written reason)."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.ui.dialogs.override_dialog import OverrideDialog
from app.ui.dialogs.own_risk_dialog import OwnRiskDialog
from app.ui.pages.section_page import SectionPage
from app.ui.style import set_role
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.heat_map import HeatMap, HeatMapModel, HeatMapPair

if TYPE_CHECKING:
    from app.core.assessment import OwnRisk
    from app.core.forms import Section
    from app.core.verdict import AppliedEffect, RiskResult, RiskScore, Verdict
    from app.ui.context import WizardContext

COLUMNS = ("number", "risk", "inherent", "residual", "measures")


class RisksPage(SectionPage):
    """The verdict's risks as heat maps and a table; overrides and own risks are edited through dialogs.

    Attributes:
        table: one row per risk of the verdict (catalogue risks, then own risks), R1, R2, ...
        inherent_map, residual_map: the heat maps. details: the selected risk's description and reasons.
        override_button, remove_button: override a rating, remove the overrides of the selected risk.
        add_own_button, edit_own_button, remove_own_button: add an own risk, edit or remove the selected one.
        dialog, own_dialog: the override or own-risk dialog while it is open.
    """

    def __init__(self, section: Section, context: WizardContext) -> None:
        super().__init__(section, context)
        self.risks: list[RiskResult] = []
        self._pending: Verdict | None = None
        self.dialog: OverrideDialog | None = None
        self.own_dialog: OwnRiskDialog | None = None
        self.status = set_role(QLabel(), "intro")
        self.status.setWordWrap(True)
        self.body.addWidget(self.status)
        self.inherent_map = HeatMap(self.tr("Inherent risk (before measures)"))
        self.inherent_map.setObjectName("heat_map_inherent")
        self.residual_map = HeatMap(self.tr("Residual risk (after measures)"))
        self.residual_map.setObjectName("heat_map_residual")
        self.maps = HeatMapPair(self.inherent_map, self.residual_map)
        self.body.addWidget(self.maps)
        self.body.addWidget(self._build_table())
        self.body.addLayout(self._build_buttons())
        self.details = QLabel()
        self.details.setObjectName("risk_details")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.details.linkActivated.connect(context.on_link)
        self.body.addWidget(self.details)
        self.finish()
        if context.scorer.verdict is not None:
            self.on_verdict(context.scorer.verdict)
        else:
            self.status.setText(self.tr("Risk scores appear here once the rules have been applied."))

    def _build_table(self) -> QTableWidget:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("risk_table")
        self.table.setAccessibleName(self.tr("Risks"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Risk"), self.tr("Inherent"), self.tr("Residual"), self.tr("Measures")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(self._on_section_resized)
        self.table.itemSelectionChanged.connect(self._on_item_selection_changed)
        self.table.itemActivated.connect(self._on_item_activated)
        return self.table

    def _build_buttons(self) -> FlowLayout:
        row = FlowLayout()  # the buttons wrap onto a second line rather than widen the page
        self.override_button = QPushButton(self.tr("&Override rating…"))
        self.override_button.setObjectName("override_button")
        self.override_button.clicked.connect(self._on_override_clicked)
        self.remove_button = QPushButton(self.tr("&Remove overrides"))
        self.remove_button.setObjectName("remove_override_button")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.override_button)
        row.addWidget(self.remove_button)
        self.add_own_button = QPushButton(self.tr("Add o&wn risk…"))
        self.add_own_button.setObjectName("add_own_risk_button")
        self.add_own_button.setToolTip(self.tr("A risk the catalogue does not name, rated with your reasons"))
        self.add_own_button.clicked.connect(self._on_add_own_clicked)
        self.edit_own_button = QPushButton(self.tr("&Edit own risk…"))
        self.edit_own_button.setObjectName("edit_own_risk_button")
        self.edit_own_button.clicked.connect(self._on_edit_own_clicked)
        self.remove_own_button = QPushButton(self.tr("Remove own r&isk"))
        self.remove_own_button.setObjectName("remove_own_risk_button")
        self.remove_own_button.clicked.connect(self._on_remove_own_clicked)
        for button in (self.add_own_button, self.edit_own_button, self.remove_own_button):
            row.addWidget(button)
        self._enable_buttons()
        return row

    # -- verdict to view -----------------------------------------------------------------------
    def on_verdict(self, verdict: Verdict) -> None:
        """Redraw now if shown; a hidden page redraws when it is next shown."""
        self._pending = verdict
        if self.isVisible():
            self._apply_pending()

    def showEvent(self, event: QShowEvent) -> None:
        self._apply_pending()
        super().showEvent(event)

    def _apply_pending(self) -> None:
        verdict, self._pending = self._pending, None
        if verdict is not None and verdict.risks != self.risks:
            self._show(verdict)

    def _show(self, verdict: Verdict) -> None:
        selected = self.selected_risk()
        self.risks = list(verdict.risks)
        self.status.setText(
            self.tr(
                "%n risk(s) apply to this deployment. Select one to see why and to override its rating.",
                "",
                len(self.risks),
            )
        )
        self.inherent_map.set_model(self._map_model("inherent"))
        self.residual_map.set_model(self._map_model("residual"))
        self._fill_table()
        if selected is not None:
            self.select_risk(selected.id)
        self._enable_buttons()
        self._show_details(self.selected_risk())

    def _map_model(self, stage: str) -> HeatMapModel | None:
        catalogue = self.context.scorer.catalogue
        if catalogue is None:
            return None
        levels = catalogue.levels
        points: dict[tuple[int, int], list[str]] = {}
        for number, risk in enumerate(self.risks, start=1):
            score: RiskScore = getattr(risk, stage)
            points.setdefault((score.severity, score.likelihood), []).append(f"R{number}")
        return HeatMapModel(
            matrix=levels.matrix,
            level_order=tuple(levels.level_labels),
            level_labels={k: v.get(self.context.locale) for k, v in levels.level_labels.items()},
            scale_labels={k: v.get(self.context.locale) for k, v in levels.scale_labels.items()},
            points=points,
        )

    def _fill_table(self) -> None:
        self.table.setRowCount(len(self.risks))
        own = self.tr("own risk")
        for row, risk in enumerate(self.risks):
            cells = (
                f"R{row + 1}",
                risk.title if risk.source != "own" else f"{risk.title}\n({own})",
                self._score_text(risk.inherent),
                self._score_text(risk.residual),
                self._measures_text(risk),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, risk.id)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self._table_height())

    def _on_section_resized(self, *_args: object) -> None:
        self.table.resizeRowsToContents()
        self.table.setFixedHeight(self._table_height())

    def _table_height(self) -> int:
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        return rows + self.table.horizontalHeader().height() + 2 * self.table.frameWidth()

    def _score_text(self, score: RiskScore) -> str:
        """The rating; an overridden one with the assessor's justification, as the report shows it."""
        text = f"{self._level_label(score.level)} (S{score.severity} × L{score.likelihood})"
        if not score.overridden:
            return text
        overridden = self.tr("overridden")
        return f"{text}\n{overridden}: “{score.justification}”"

    def _level_label(self, level: str) -> str:
        catalogue = self.context.scorer.catalogue
        label = catalogue.levels.level_labels.get(level) if catalogue else None
        return label.get(self.context.locale) if label else level

    def _measures_text(self, risk: RiskResult) -> str:
        catalogue = self.context.scorer.catalogue
        names = []
        for measure_id in risk.measures:
            planned = self.context.document.measure(measure_id)
            definition = catalogue.measure(measure_id) if catalogue else None
            if planned is not None:
                names.append(self._planned_title(planned.title, planned.catalogue_id))
            elif definition is not None:
                names.append(definition.title.get(self.context.locale))
        return "\n".join(f"• {name}" for name in names) or "—"

    def _planned_title(self, title: str, catalogue_id: str | None) -> str:
        """A planned measure's title; untitled, its catalogue entry's title (never an id)."""
        catalogue = self.context.scorer.catalogue
        definition = catalogue.measure(catalogue_id) if catalogue and catalogue_id else None
        if title:
            return title
        return definition.title.get(self.context.locale) if definition else self.tr("(untitled measure)")

    # -- selection -----------------------------------------------------------------------------
    def selected_risk(self) -> RiskResult | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.risks[rows.pop()] if len(rows) == 1 and self.risks else None

    def select_risk(self, risk_id: str) -> None:
        for row, risk in enumerate(self.risks):
            if risk.id == risk_id:
                self.table.selectRow(row)

    def _on_item_selection_changed(self) -> None:
        self._enable_buttons()
        self._show_details(self.selected_risk())

    def _on_item_activated(self, _item: QTableWidgetItem) -> None:
        risk = self.selected_risk()
        if risk is not None and risk.source == "own":
            self._on_edit_own_clicked()
        else:
            self._on_override_clicked()

    def _enable_buttons(self) -> None:
        risk = self.selected_risk()
        self.override_button.setEnabled(risk is not None)
        self.remove_button.setEnabled(
            risk is not None and (risk.inherent.overridden or risk.residual.overridden)
        )
        own = risk is not None and risk.source == "own"
        self.edit_own_button.setEnabled(own)
        self.remove_own_button.setEnabled(own)

    def _show_details(self, risk: RiskResult | None) -> None:
        if risk is None:
            self.details.clear()
            return
        parts = [f"<b>{html.escape(risk.title)}</b>", html.escape(risk.description)]
        parts += self._own_reasons(risk)
        overridden = self.tr("rating overridden")
        for stage, score in ((self.tr("Inherent"), risk.inherent), (self.tr("Residual"), risk.residual)):
            if score.overridden:
                parts.append(f"<i>{stage} {overridden}:</i> {html.escape(score.justification)}")
        for effect in risk.effects:
            lowered = self.tr("Lowered by “%1”: %2").replace(
                "%1", html.escape(effect.title or effect.measure)
            )
            parts.append(
                f"<i>{lowered.replace('%2', self._steps(effect))}</i> {html.escape(effect.justification)}"
            )
        if risk.citations:
            parts.append(self.context.citation_links(risk.citations))
        self.details.setText("<br>".join(p for p in parts if p))

    def _own_reasons(self, risk: RiskResult) -> list[str]:
        if risk.source != "own":
            return []
        severity = self.tr("Own risk: severity %1 because").replace("%1", str(risk.inherent.severity))
        likelihood = self.tr("likelihood %1 because").replace("%1", str(risk.inherent.likelihood))
        return [
            f"<i>{severity}:</i> {html.escape(risk.severity_justification)}",
            f"<i>{likelihood}:</i> {html.escape(risk.likelihood_justification)}",
        ]

    def _effect_text(self, effect: AppliedEffect) -> str:
        measure = html.escape(effect.title or effect.measure)
        lowered = self.tr("Lowered by “%1”: %2").replace("%1", measure).replace("%2", self._steps(effect))
        return f"<i>{lowered}:</i> {html.escape(effect.justification)}"

    def _steps(self, effect: AppliedEffect) -> str:
        steps = []
        if effect.lowers_severity:
            steps.append(self.tr("severity −%1").replace("%1", str(effect.lowers_severity)))
        if effect.lowers_likelihood:
            steps.append(self.tr("likelihood −%1").replace("%1", str(effect.lowers_likelihood)))
        return ", ".join(steps)

    # -- own risks -------------------------------------------------------------------------------
    def _scale(self) -> dict[int, str]:
        catalogue = self.context.scorer.catalogue
        if catalogue is None:
            return {}
        return {k: v.get(self.context.locale) for k, v in catalogue.levels.scale_labels.items()}

    def _on_add_own_clicked(self) -> None:
        self._open_own_dialog(None)

    def _on_edit_own_clicked(self) -> None:
        risk = self.selected_risk()
        own = self.context.document.own_risk(risk.id) if risk is not None else None
        if own is not None:
            self._open_own_dialog(own)

    def _open_own_dialog(self, own: OwnRisk | None) -> None:
        author = self.context.document.assessment.metadata.assessor
        self.own_dialog = OwnRiskDialog(self._scale(), own, author, self)
        self.own_dialog.accepted.connect(self._on_own_dialog_accepted)
        self.own_dialog.open()

    def _on_own_dialog_accepted(self) -> None:
        if self.own_dialog is not None and self.own_dialog.result_risk is not None:
            self.context.document.set_own_risk(self.own_dialog.result_risk)

    def _on_remove_own_clicked(self) -> None:
        risk = self.selected_risk()
        if risk is None or risk.source != "own":
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove own risk"),
            self.tr(
                "Remove the risk “%1” with its ratings, reasons and the measures’ effects on it?"
            ).replace("%1", risk.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.context.document.remove_own_risk(risk.id)

    # -- overrides -----------------------------------------------------------------------------
    def _on_override_clicked(self) -> None:
        risk = self.selected_risk()
        catalogue = self.context.scorer.catalogue
        if risk is None or catalogue is None:
            return
        scale = {k: v.get(self.context.locale) for k, v in catalogue.levels.scale_labels.items()}
        self.dialog = OverrideDialog(risk, scale, self.context.document, self)
        self.dialog.accepted.connect(self._on_dialog_accepted)
        self.dialog.open()

    def _on_dialog_accepted(self) -> None:
        if self.dialog is not None and self.dialog.result_override is not None:
            self.context.document.set_override(self.dialog.result_override)

    def _on_remove_clicked(self) -> None:
        risk = self.selected_risk()
        if risk is None:
            return
        for stage in ("inherent", "residual"):
            self.context.document.remove_override(risk.id, stage)
