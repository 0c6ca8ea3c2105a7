"""The risks page: inherent and residual heat maps side by side, the risk list, rating overrides."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from app.ui.dialogs.override_dialog import OverrideDialog
from app.ui.pages.section_page import SectionPage
from app.ui.style import set_role
from app.ui.widgets.heat_map import HeatMap, HeatMapModel, HeatMapPair

if TYPE_CHECKING:
    from app.core.forms import Section
    from app.core.verdict import RiskResult, RiskScore, Verdict
    from app.ui.context import WizardContext

COLUMNS = ("number", "risk", "inherent", "residual", "measures")


class RisksPage(SectionPage):
    def __init__(self, section: Section, context: WizardContext) -> None:
        super().__init__(section, context)
        self.risks: list[RiskResult] = []
        self._pending: Verdict | None = None
        self.dialog: OverrideDialog | None = None
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

    def _build_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.override_button = QPushButton(self.tr("&Override rating…"))
        self.override_button.setObjectName("override_button")
        self.override_button.clicked.connect(self._on_override_clicked)
        self.remove_button = QPushButton(self.tr("&Remove overrides"))
        self.remove_button.setObjectName("remove_override_button")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.override_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
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
        for row, risk in enumerate(self.risks):
            cells = (
                f"R{row + 1}",
                risk.title,
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
        return f"{text}\n{self.tr('overridden')}: “{score.justification}”"

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
        self._on_override_clicked()

    def _enable_buttons(self) -> None:
        risk = self.selected_risk()
        self.override_button.setEnabled(risk is not None)
        self.remove_button.setEnabled(
            risk is not None and (risk.inherent.overridden or risk.residual.overridden)
        )

    def _show_details(self, risk: RiskResult | None) -> None:
        if risk is None:
            self.details.clear()
            return
        parts = [f"<b>{html.escape(risk.title)}</b>", html.escape(risk.description)]
        for stage, score in ((self.tr("Inherent"), risk.inherent), (self.tr("Residual"), risk.residual)):
            if score.overridden:
                parts.append(
                    f"<i>{stage} {self.tr('rating overridden')}:</i> {html.escape(score.justification)}"
                )
        if risk.citations:
            parts.append(self.context.citation_links(risk.citations))
        self.details.setText("<br>".join(p for p in parts if p))

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
