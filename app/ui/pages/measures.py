"""The action plan (Art. 35(7)(d)): measures from the catalogue or custom, with owner, due date, status;
a custom measure's effects on named risks (catalogue or own), each with its justification."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.dialogs.effect_dialog import EffectDialog
from app.ui.evidence_actions import FileDropFilter
from app.ui.pages.section_page import SectionPage
from app.ui.style import set_role
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.evidence_box import EvidenceBox
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.optional_date_edit import OptionalDateEdit
from app.ui.widgets.review_panel import ReviewPanel, review_badge
from app.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from app.core.assessment import Measure, RiskEffect
    from app.core.forms import Section
    from app.ui.context import WizardContext

STATUSES = ("planned", "in_progress", "implemented", "rejected")


class MeasuresPage(SectionPage):
    """The action plan and an editor for the selected measure.

    Attributes:
        plan: the measures. risk_list: the risks the selected measure addresses (checkable).
        effect_list: a custom measure's effects on named risks; add_effect_button, edit_effect_button,
        remove_effect_button edit them through `effect_dialog` (shown only for a custom measure).
    """

    def __init__(self, section: Section, context: WizardContext) -> None:
        super().__init__(section, context)
        self._current_id: str | None = None
        self.effect_dialog: EffectDialog | None = None
        self.body.addLayout(self._build_adders())
        self.body.addLayout(self._build_plan_list())
        self.empty_hint = set_role(
            QLabel(self.tr("No measures yet: add one from the catalogue, or a custom measure.")), "intro"
        )
        self.empty_hint.setWordWrap(True)
        self.body.addWidget(self.empty_hint)
        self.body.addWidget(self._build_editor())
        self.finish()
        self.load()
        context.scorer.knowledge_ready.connect(self._on_knowledge_ready)
        context.document.reviews_changed.connect(self._fill_plan)  # each line shows its review

    def _status_labels(self) -> dict[str, str]:
        return {
            "planned": self.tr("Planned"),
            "in_progress": self.tr("In progress"),
            "implemented": self.tr("Implemented"),
            "rejected": self.tr("Rejected"),
        }

    # -- building ------------------------------------------------------------------------------
    def _build_adders(self) -> QVBoxLayout:
        column = QVBoxLayout()  # the caption above the choice: the row stays narrow at a large zoom
        row = QHBoxLayout()
        caption = QLabel(self.tr("From the &catalogue:"))
        self.catalogue_combo = guard_wheel(QComboBox())
        self.catalogue_combo.setObjectName("catalogue_combo")
        self.catalogue_combo.setAccessibleName(self.tr("Catalogue measure"))
        self.catalogue_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.catalogue_combo.setMinimumContentsLength(12)  # wider when there is room (stretch)
        caption.setBuddy(self.catalogue_combo)
        self.add_catalogue_button = QPushButton(self.tr("&Add to plan"))
        self.add_catalogue_button.setObjectName("add_catalogue_measure")
        self.add_catalogue_button.clicked.connect(self._on_add_catalogue_clicked)
        row.addWidget(self.catalogue_combo, 1)
        row.addWidget(self.add_catalogue_button)
        column.addWidget(caption)
        column.addLayout(row)
        return column

    def _build_plan_list(self) -> QVBoxLayout:
        column = QVBoxLayout()
        caption = set_role(QLabel(self.tr("Action &plan")), "subtitle")
        self.plan = QListWidget()
        self.plan.setObjectName("measure_list")
        self.plan.setAccessibleName(self.tr("Action plan"))
        self.plan.setWordWrap(True)
        self.plan.setMinimumHeight(180)
        self.plan.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        caption.setBuddy(self.plan)
        self.plan.currentRowChanged.connect(self._on_current_row_changed)
        self.add_custom_button = QPushButton(self.tr("Add c&ustom measure"))
        self.add_custom_button.setObjectName("add_custom_measure")
        self.add_custom_button.clicked.connect(self._on_add_custom_clicked)
        self.remove_button = QPushButton(self.tr("Re&move measure"))
        self.remove_button.setObjectName("remove_measure")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        buttons = FlowLayout()  # the buttons wrap onto a second line rather than widen the page
        buttons.addWidget(self.add_custom_button)
        buttons.addWidget(self.remove_button)
        column.addWidget(caption)
        column.addWidget(self.plan, 1)
        column.addLayout(buttons)
        return column

    def _build_editor(self) -> QFrame:
        self.editor = set_role(QFrame(), "card")
        self.editor.setObjectName("measure_editor")
        form = QFormLayout(self.editor)
        form.setContentsMargins(18, 14, 18, 14)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setVerticalSpacing(8)
        self.source = set_role(QLabel(), "hint")
        self.source.setWordWrap(True)
        self.title_edit = QLineEdit()
        self.description = plain_text_edit(lines=3)
        self.risk_list = QListWidget()
        self.risk_list.setMinimumHeight(200)
        self.risk_list.setWordWrap(True)
        self.risk_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.owner = QLineEdit()
        self.due = OptionalDateEdit()
        self.status = guard_wheel(QComboBox())
        for value, label in self._status_labels().items():
            self.status.addItem(label, value)
        form.addRow(self.source)
        for text, field, name in (
            (self.tr("&Title"), self.title_edit, "measure_title"),
            (self.tr("&Description"), self.description, "measure_description"),
            (self.tr("&Risks addressed"), self.risk_list, "measure_risks"),
            (self.tr("&Owner"), self.owner, "measure_owner"),
            (self.tr("Du&e date"), self.due, "measure_due"),
            (self.tr("&Status"), self.status, "measure_status"),
        ):
            caption = QLabel(text)
            caption.setBuddy(field)
            field.setObjectName(name)
            field.setAccessibleName(text.replace("&", ""))
            form.addRow(caption, field)
        self.effects_caption = QLabel(self.tr("Effects on ris&ks (each with a justification)"))
        self.effects_caption.setWordWrap(True)
        self.effects_box = self._build_effects()
        self.effects_caption.setBuddy(self.effect_list)
        form.addRow(self.effects_caption, self.effects_box)
        self._add_review_and_evidence(form)
        self._connect_editor()
        return self.editor

    def _add_review_and_evidence(self, form: QFormLayout) -> None:
        """The evaluator's review of the measure and its evidence (dropped on the measure, or the button)."""
        self.measure_evidence = EvidenceBox(self.context, "measure", None, self.tr("Measure"))
        self.measure_evidence.attach_button.set_title(self.tr("Attach evidence to this measure…"))
        form.addRow(self.measure_evidence.attach_button)
        form.addRow(self.measure_evidence)
        FileDropFilter(self.editor, self.measure_evidence.attach_paths)
        self.measure_review = ReviewPanel(self.context, "measure", None, self.tr("Measure"))
        form.addRow(self.measure_review)

    def _build_effects(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.effect_list = QListWidget()
        self.effect_list.setObjectName("measure_effects")
        self.effect_list.setAccessibleName(self.tr("Effects on risks"))
        self.effect_list.setWordWrap(True)
        self.effect_list.setMinimumHeight(90)
        self.effect_list.currentRowChanged.connect(self._enable_effect_buttons)
        self.effect_list.itemActivated.connect(self._on_effect_activated)
        buttons = FlowLayout()
        self.add_effect_button = QPushButton(self.tr("Add e&ffect…"))
        self.add_effect_button.setObjectName("add_effect_button")
        self.add_effect_button.clicked.connect(self._on_add_effect_clicked)
        self.edit_effect_button = QPushButton(self.tr("Edit effe&ct…"))
        self.edit_effect_button.setObjectName("edit_effect_button")
        self.edit_effect_button.clicked.connect(self._on_edit_effect_clicked)
        self.remove_effect_button = QPushButton(self.tr("Remove effec&t"))
        self.remove_effect_button.setObjectName("remove_effect_button")
        self.remove_effect_button.clicked.connect(self._on_remove_effect_clicked)
        for button in (self.add_effect_button, self.edit_effect_button, self.remove_effect_button):
            buttons.addWidget(button)
        column.addWidget(self.effect_list)
        column.addLayout(buttons)
        return box

    def _connect_editor(self) -> None:
        self.title_edit.textEdited.connect(lambda text: self._update("title", text))
        self.description.textChanged.connect(
            lambda: self._update("description", self.description.toPlainText())
        )
        self.owner.textEdited.connect(lambda text: self._update("owner", text))
        self.due.value_changed.connect(lambda value: self._update("due", value))
        self.status.currentIndexChanged.connect(lambda index: self._update("status", STATUSES[index]))
        self.risk_list.itemChanged.connect(self._on_risk_item_changed)

    # -- model to view -------------------------------------------------------------------------
    def load(self) -> None:
        self._fill_catalogue()
        self._fill_plan()
        self._show_measure(self._current_id)

    def _on_knowledge_ready(self) -> None:
        self.load()

    def showEvent(self, event: QShowEvent) -> None:
        """Own risks may have changed on the risks page: show the current measure afresh."""
        self._show_measure(self._current_id)
        super().showEvent(event)

    def _fill_catalogue(self) -> None:
        catalogue = self.context.scorer.catalogue
        self.catalogue_combo.clear()
        if catalogue is not None:
            for definition in catalogue.measures:
                self.catalogue_combo.addItem(definition.title.get(self.context.locale), definition.id)
        self.catalogue_combo.setCurrentIndex(0 if self.catalogue_combo.count() else -1)
        available = catalogue is not None and bool(catalogue.measures)
        self.catalogue_combo.setEnabled(available)
        self.add_catalogue_button.setEnabled(available)
        if not available:
            self.catalogue_combo.setPlaceholderText(self.tr("Catalogue not loaded"))

    def _fill_plan(self) -> None:
        measures = self.context.document.assessment.measures
        self.plan.blockSignals(True)
        self.plan.clear()
        for measure in measures:
            item = QListWidgetItem(self._plan_line(measure))
            item.setData(Qt.ItemDataRole.UserRole, measure.id)
            self.plan.addItem(item)
        ids = [m.id for m in measures]
        if self._current_id not in ids:
            self._current_id = ids[0] if ids else None
        if self._current_id is not None:
            self.plan.setCurrentRow(ids.index(self._current_id))
        self.plan.blockSignals(False)
        self.remove_button.setEnabled(bool(measures))

    def _plan_line(self, measure: Measure) -> str:
        status = self._status_labels()[measure.status]
        details = [status]
        if measure.owner:
            details.append(measure.owner)
        if measure.due:
            due = QLocale().toString(measure.due, QLocale.FormatType.ShortFormat)  # the language's format
            details.append(self.tr("due %s") % due)
        review = self.context.document.review("measure", measure.id)
        if review is not None:  # a symbol and a word, never colour alone
            details.append(self.tr("Review: %1").replace("%1", review_badge(review)))
        title = measure.title or self.tr("(untitled measure)")
        return f"{title}\n    {' · '.join(details)}"

    def _show_measure(self, measure_id: str | None) -> None:
        measure = self.context.document.measure(measure_id) if measure_id else None
        self.editor.setVisible(measure is not None)
        self.empty_hint.setVisible(not self.context.document.assessment.measures)
        fields = (self.title_edit, self.description, self.owner, self.due, self.status, self.risk_list)
        for field in fields:
            field.blockSignals(True)
        self._set_editor_values(measure)
        for field in fields:
            field.blockSignals(False)

    def _set_editor_values(self, measure: Measure | None) -> None:
        self.title_edit.setText(measure.title if measure else "")
        text = measure.description if measure else ""
        if self.description.toPlainText() != text:
            self.description.setPlainText(text)
        self.owner.setText(measure.owner if measure else "")
        self.due.set_value(measure.due if measure else None)
        self.status.setCurrentIndex(STATUSES.index(measure.status) if measure else 0)
        self.source.setText(self._source_text(measure))
        self._fill_risks(measure)
        self.measure_review.set_target(measure.id if measure else None)
        self.measure_evidence.set_target(measure.id if measure else None)
        self._fill_effects(measure)

    def _source_text(self, measure: Measure | None) -> str:
        if measure is None:
            return self.tr("Add a measure from the catalogue, or a custom one.")
        if measure.catalogue_id:
            return (
                self.tr("From the catalogue (%s): lowers the residual risk once implemented.")
                % measure.catalogue_id
            )
        return self.tr("Custom measure")

    def _fill_risks(self, measure: Measure | None) -> None:
        self.risk_list.clear()
        catalogue = self.context.scorer.catalogue
        if catalogue is None:
            return
        for risk_id, title in self._risk_names():
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, risk_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = measure is not None and risk_id in measure.risks
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.risk_list.addItem(item)

    def _risk_names(self) -> list[tuple[str, str]]:
        """(risk id, title) of the catalogue's risks, then the assessor's own risks (marked as such)."""
        catalogue = self.context.scorer.catalogue
        names = [(r.id, r.title.get(self.context.locale)) for r in catalogue.risks] if catalogue else []
        own = self.tr("own risk")
        return names + [(r.id, f"{r.title} ({own})") for r in self.context.document.assessment.own_risks]

    # -- effects of a custom measure -----------------------------------------------------------------
    def _fill_effects(self, measure: Measure | None) -> None:
        custom = measure is not None and not measure.catalogue_id
        self.effects_caption.setVisible(custom)
        self.effects_box.setVisible(custom)
        self.effect_list.clear()
        names = dict(self._risk_names())
        for effect in measure.effects if measure is not None else ():
            item = QListWidgetItem(self._effect_line(names.get(effect.risk, effect.risk), effect))
            item.setData(Qt.ItemDataRole.UserRole, effect.risk)
            self.effect_list.addItem(item)
        self._enable_effect_buttons()

    def _effect_line(self, risk: str, effect: RiskEffect) -> str:
        steps = []
        if effect.lowers_severity:
            steps.append(self.tr("severity −%1").replace("%1", str(effect.lowers_severity)))
        if effect.lowers_likelihood:
            steps.append(self.tr("likelihood −%1").replace("%1", str(effect.lowers_likelihood)))
        return f"{risk}: {', '.join(steps)}\n    {effect.justification}"

    def _enable_effect_buttons(self, *_args: object) -> None:
        measure = self.context.document.measure(self._current_id) if self._current_id else None
        taken = {e.risk for e in measure.effects} if measure else set()
        free = [risk_id for risk_id, _ in self._risk_names() if risk_id not in taken]
        self.add_effect_button.setEnabled(measure is not None and bool(free))
        selected = self.effect_list.currentRow() >= 0
        self.edit_effect_button.setEnabled(selected)
        self.remove_effect_button.setEnabled(selected)

    def _on_add_effect_clicked(self) -> None:
        self._open_effect_dialog(None)

    def _on_edit_effect_clicked(self) -> None:
        measure = self.context.document.measure(self._current_id) if self._current_id else None
        row = self.effect_list.currentRow()
        if measure is not None and 0 <= row < len(measure.effects):
            self._open_effect_dialog(measure.effects[row])

    def _on_effect_activated(self, _item: QListWidgetItem) -> None:
        self._on_edit_effect_clicked()

    def _open_effect_dialog(self, effect: RiskEffect | None) -> None:
        measure = self.context.document.measure(self._current_id) if self._current_id else None
        if measure is None:
            return
        taken = {e.risk for e in measure.effects} - ({effect.risk} if effect else set())
        choices = [(risk_id, title) for risk_id, title in self._risk_names() if risk_id not in taken]
        self.effect_dialog = EffectDialog(
            measure.title or self.tr("(untitled measure)"), choices, effect, self
        )
        self.effect_dialog.accepted.connect(lambda: self._on_effect_dialog_accepted(effect))
        self.effect_dialog.open()

    def _on_effect_dialog_accepted(self, replaced: RiskEffect | None) -> None:
        """The new effect replaces the one edited (in place) or is added; the risk counts as addressed."""
        measure = self.context.document.measure(self._current_id) if self._current_id else None
        result = self.effect_dialog.result_effect if self.effect_dialog else None
        if measure is None or result is None:
            return
        effects = list(measure.effects)
        index = effects.index(replaced) if replaced in effects else len(effects)
        effects[index : index + 1] = [result]
        self._update("effects", effects)
        if result.risk not in measure.risks:
            self._update("risks", [*measure.risks, result.risk])
        self._show_measure(self._current_id)
        self.effect_list.setCurrentRow(index)

    def _on_remove_effect_clicked(self) -> None:
        measure = self.context.document.measure(self._current_id) if self._current_id else None
        row = self.effect_list.currentRow()
        if measure is None or not 0 <= row < len(measure.effects):
            return
        self._update("effects", [e for i, e in enumerate(measure.effects) if i != row])
        self._fill_effects(measure)

    # -- view to model -------------------------------------------------------------------------
    def _update(self, field: str, value: object) -> None:
        if self._current_id is None:
            return
        self.context.document.update_measure(self._current_id, field, value)
        if field in ("title", "owner", "due", "status"):
            row = self.plan.currentRow()
            measure = self.context.document.measure(self._current_id)
            if row >= 0 and measure is not None:
                self.plan.item(row).setText(self._plan_line(measure))

    def _on_risk_item_changed(self, _item: QListWidgetItem) -> None:
        chosen = [
            self.risk_list.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.risk_list.count())
            if self.risk_list.item(row).checkState() == Qt.CheckState.Checked
        ]
        self._update("risks", chosen)

    def _on_current_row_changed(self, row: int) -> None:
        item = self.plan.item(row) if row >= 0 else None
        self._current_id = item.data(Qt.ItemDataRole.UserRole) if item else None
        self._show_measure(self._current_id)

    def _on_add_catalogue_clicked(self) -> None:
        catalogue = self.context.scorer.catalogue
        definition = catalogue.measure(self.catalogue_combo.currentData()) if catalogue else None
        if definition is None:
            return
        locale = self.context.locale
        self._add(
            title=definition.title.get(locale),
            catalogue_id=definition.id,
            description=definition.description.get(locale),
            risks=list(dict.fromkeys(e.risk for e in definition.effects)),
        )

    def _on_add_custom_clicked(self) -> None:
        self._add(title=self.tr("New measure"))
        self.title_edit.setFocus()
        self.title_edit.selectAll()

    def _add(self, **fields: object) -> None:
        self._current_id = self.context.document.add_measure(**fields)
        self._fill_plan()
        self._show_measure(self._current_id)

    def _on_remove_clicked(self) -> None:
        if self._current_id is not None:
            self.context.document.remove_measure(self._current_id)
            self._current_id = None
            self._fill_plan()
            self._show_measure(self._current_id)
