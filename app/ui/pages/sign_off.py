"""The sign-off page: the ICO step-7 table and the people who took part, with their roles."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.ui.pages.section_page import SectionPage
from app.ui.style import set_role
from app.ui.widgets.answer_editors import plain_text_edit
from app.ui.widgets.disputes_card import DisputesCard
from app.ui.widgets.flow_layout import FlowLayout
from app.ui.widgets.form_rows import push_button
from app.ui.widgets.optional_date_edit import OptionalDateEdit, parse_date
from app.ui.widgets.role_delegate import RoleDelegate

if TYPE_CHECKING:
    from app.core.forms import Section
    from app.ui.context import WizardContext

ADVICE_CHOICES = ("", "accepted", "overruled")
PARTICIPANT_FIELDS = ("name", "role", "organisation", "email")
RECORD_FIELDS = ("name", "role", "date", "comment")


class SignOffPage(SectionPage):
    def __init__(self, section: Section, context: WizardContext) -> None:
        super().__init__(section, context)
        self.body.addWidget(self._build_sign_off())
        self.body.addWidget(self._build_records())
        self.body.addWidget(self._build_participants())
        # Last, so that its "Go to question" buttons (rebuilt as disputes change) follow in the Tab order.
        self.disputes = DisputesCard(context)
        self.body.addWidget(self.disputes)
        self.finish()
        self.load()

    # -- the ICO step-7 table ------------------------------------------------------------------------------
    def _build_sign_off(self) -> QFrame:
        card = set_role(QFrame(), "card")
        card.setObjectName("sign_off_card")
        form = QVBoxLayout(card)  # each label above its field, wrapping at any zoom
        form.setContentsMargins(18, 14, 18, 14)
        form.setSpacing(4)
        title = set_role(QLabel(self.tr("Sign-off (ICO step 7)")), "subtitle")
        title.setWordWrap(True)
        form.addWidget(title)
        self.lines: dict[str, QLineEdit] = {}
        self.texts: dict[str, QPlainTextEdit] = {}
        self._add_line(form, "measures_approved_by", self.tr("&Measures approved by"))
        self._add_line(form, "residual_risks_approved_by", self.tr("&Residual risks approved by"))
        self._add_text(form, "dpo_advice", self.tr("&DPO advice"), lines=5)
        self._add_text(form, "dpo_advice_summary", self.tr("Summary of DPO advice (for the report)"), lines=3)
        form.addSpacing(4)
        form.addWidget(self._caption(self.tr("DPO advice was")))
        form.addWidget(self._build_advice_choice())
        self._add_text(form, "overrule_reason", self.tr("If overruled, the reasons"), lines=3)
        self._add_line(form, "consultation_reviewed_by", self.tr("&Consultation responses reviewed by"))
        self.next_review = OptionalDateEdit()
        self.next_review.setObjectName("sign_off_next_review_date")
        self._add_row(form, self.tr("Nex&t review date"), self.next_review)
        self.next_review.value_changed.connect(
            lambda value: self.context.document.set_sign_off("next_review_date", value)
        )
        return card

    def _caption(self, text: str) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        return label

    def _add_row(self, form: QVBoxLayout, text: str, field: QWidget) -> None:
        label = self._caption(text)
        label.setBuddy(field)
        field.setAccessibleName(text.replace("&", ""))
        form.addSpacing(4)
        form.addWidget(label)
        form.addWidget(field)

    def _add_line(self, form: QVBoxLayout, field: str, text: str) -> None:
        edit = QLineEdit()
        edit.setObjectName(f"sign_off_{field}")
        edit.textEdited.connect(lambda value: self.context.document.set_sign_off(field, value))
        self._add_row(form, text, edit)
        self.lines[field] = edit

    def _add_text(self, form: QVBoxLayout, field: str, text: str, lines: int) -> None:
        edit = plain_text_edit(lines)
        edit.setObjectName(f"sign_off_{field}")
        edit.textChanged.connect(lambda: self.context.document.set_sign_off(field, edit.toPlainText()))
        self._add_row(form, text, edit)
        self.texts[field] = edit

    def _build_advice_choice(self) -> QWidget:
        box = QWidget()
        row = FlowLayout(box)  # the choices wrap onto a second line rather than widen the page
        self.advice_group = QButtonGroup(box)
        labels = (self.tr("Not yet recorded"), self.tr("Acce&pted"), self.tr("&Overruled"))
        for index, (value, text) in enumerate(zip(ADVICE_CHOICES, labels, strict=True)):
            button = QRadioButton(text)
            button.setObjectName(f"sign_off_advice_{value or 'none'}")
            button.setAccessibleName(self.tr("DPO advice was: %s") % text.replace("&", ""))
            self.advice_group.addButton(button, index)
            row.addWidget(button)
        self.advice_group.idToggled.connect(self._on_advice_toggled)
        return box

    # -- sign-off records: who signed, in which role, when ------------------------------------------
    def _build_records(self) -> QFrame:
        card, layout, caption = _captioned_card(
            "sign_off_records_card", self.tr("Sig&natures: who signed, in which role, when")
        )
        self.records = _table(
            "sign_off_records",
            self.tr("Sign-off records"),
            [self.tr("Name"), self.tr("Role"), self.tr("Date"), self.tr("Comment")],
        )
        date_header = self.records.horizontalHeaderItem(2)
        if date_header is not None:
            date_header.setToolTip(self.tr("Type the date as 2027-02-01"))
        caption.setBuddy(self.records)
        self.records.setItemDelegateForColumn(1, RoleDelegate(self.records))  # assessor … reviewer
        self.records.itemChanged.connect(self._on_record_changed)
        layout.addWidget(self.records)
        self.record_error = set_role(QLabel(), "error")
        self.record_error.setObjectName("sign_off_record_error")
        self.record_error.setWordWrap(True)
        self.record_error.hide()
        layout.addWidget(self.record_error)
        row = FlowLayout()  # the buttons wrap onto a second line at a large zoom
        self.add_record_button = push_button(
            "add_sign_off_record", self.tr("Add &signature record"), self._on_add_record
        )
        self.remove_record_button = push_button(
            "remove_sign_off_record", self.tr("Remove signat&ure record"), self._on_remove_record
        )
        row.addWidget(self.add_record_button)
        row.addWidget(self.remove_record_button)
        layout.addLayout(row)
        return card

    def _fill_records(self) -> None:
        records = self.context.document.assessment.sign_off.records
        self.records.blockSignals(True)
        self.records.setRowCount(len(records))
        for row, record in enumerate(records):
            for column, field in enumerate(RECORD_FIELDS):
                value = getattr(record, field)
                text = value.isoformat() if isinstance(value, dt.date) else value or ""
                self.records.setItem(row, column, QTableWidgetItem(text))
        self.records.blockSignals(False)
        self.remove_record_button.setEnabled(bool(records))

    def _on_record_changed(self, item: QTableWidgetItem) -> None:
        field = RECORD_FIELDS[item.column()]
        value: object = item.text().strip()
        if field == "date":
            value = parse_date(item.text(), self.locale()) if item.text().strip() else None
            if value is None and item.text().strip():
                self.record_error.setText(
                    self.tr("“%1” is not a date: type it as 2027-02-01.").replace("%1", item.text().strip())
                )
                self.record_error.show()
                self._fill_records()  # back to the date recorded
                return
        self.record_error.hide()
        self.context.document.update_sign_off_record(item.row(), field, value)
        if field == "date":
            self._fill_records()  # shown as YYYY-MM-DD whatever form was typed

    def _on_add_record(self) -> None:
        row = self.context.document.add_sign_off_record("")
        self._fill_records()
        _edit_cell(self.records, row, 0)

    def _on_remove_record(self) -> None:
        row = self.records.currentRow()
        if 0 <= row < len(self.context.document.assessment.sign_off.records):
            self.context.document.remove_sign_off_record(row)
            self._fill_records()

    # -- participants --------------------------------------------------------------------------
    def _build_participants(self) -> QFrame:
        card, layout, caption = _captioned_card("participants_card", self.tr("Partic&ipants and roles"))
        self.table = QTableWidget(0, len(PARTICIPANT_FIELDS))
        self.table.setObjectName("participants_table")
        self.table.setAccessibleName(self.tr("Participants"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Role"), self.tr("Organisation"), self.tr("E-mail")]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(200)
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        caption.setBuddy(self.table)
        self.table.itemChanged.connect(self._on_item_changed)
        layout.addWidget(self.table)
        layout.addLayout(self._participant_buttons())
        return card

    def _participant_buttons(self) -> FlowLayout:
        row = FlowLayout()
        self.add_button = QPushButton(self.tr("&Add participant"))
        self.add_button.setObjectName("add_participant")
        self.add_button.clicked.connect(self._on_add_clicked)
        self.remove_button = QPushButton(self.tr("R&emove participant"))
        self.remove_button.setObjectName("remove_participant")
        self.remove_button.clicked.connect(self._on_remove_clicked)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        return row

    # -- model to view -------------------------------------------------------------------------
    def load(self) -> None:
        sign_off = self.context.document.assessment.sign_off
        for field, edit in self.lines.items():
            edit.setText(getattr(sign_off, field))
        for field, text_edit in self.texts.items():
            if text_edit.toPlainText() != getattr(sign_off, field):
                text_edit.blockSignals(True)
                text_edit.setPlainText(getattr(sign_off, field))
                text_edit.blockSignals(False)
        self.next_review.set_value(sign_off.next_review_date)
        self.advice_group.blockSignals(True)
        self.advice_group.button(ADVICE_CHOICES.index(sign_off.dpo_advice_followed)).setChecked(True)
        self.advice_group.blockSignals(False)
        self.texts["overrule_reason"].setEnabled(sign_off.dpo_advice_followed == "overruled")
        self._fill_records()
        self._fill_participants()

    def _fill_participants(self) -> None:
        people = self.context.document.assessment.participants
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for row, person in enumerate(people):
            for column, field in enumerate(PARTICIPANT_FIELDS):
                self.table.setItem(row, column, QTableWidgetItem(getattr(person, field)))
        self.table.blockSignals(False)
        self.remove_button.setEnabled(bool(people))

    # -- view to model -------------------------------------------------------------------------
    def _on_advice_toggled(self, index: int, checked: bool) -> None:
        if checked:
            value = ADVICE_CHOICES[index]
            self.context.document.set_sign_off("dpo_advice_followed", value)
            self.texts["overrule_reason"].setEnabled(value == "overruled")

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        field = PARTICIPANT_FIELDS[item.column()]
        self.context.document.update_participant(item.row(), field, item.text())

    def _on_add_clicked(self) -> None:
        row = self.context.document.add_participant("")
        self._fill_participants()
        self.table.setFocus()
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        if item is not None:
            self.table.editItem(item)

    def _on_remove_clicked(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.context.document.assessment.participants):
            self.context.document.remove_participant(row)
            self._fill_participants()


def _table(name: str, accessible_name: str, headers: list[str]) -> QTableWidget:
    """An editable table of records, one row each; Tab leaves it (the arrow keys move inside)."""
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().hide()
    table.setMinimumHeight(140)
    table.setTabKeyNavigation(False)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    return table


def _edit_cell(table: QTableWidget, row: int, column: int) -> None:
    table.setFocus()
    table.setCurrentCell(row, column)
    item = table.item(row, column)
    if item is not None:
        table.editItem(item)


def _captioned_card(name: str, caption_text: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    """A card with a wrapped subtitle: the frame, its layout (caption added) and the caption."""
    card = set_role(QFrame(), "card")
    card.setObjectName(name)
    layout = QVBoxLayout(card)
    layout.setContentsMargins(18, 14, 18, 14)
    caption = set_role(QLabel(caption_text), "subtitle")
    caption.setWordWrap(True)
    layout.addWidget(caption)
    return card, layout, caption
