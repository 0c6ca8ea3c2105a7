"""File > Compare with a version…: a recorded version beside the current state, difference by difference.

The differences come from the core's diff (`app.core.diff`, the one `dpia diff` and the report's
"Changes since" appendix use): answers with their question labels, notes, measures, overrides, sign-off,
reviews, evidence, and the verdict recorded then against the verdict of the current state.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.printable import printable
from app.ui.labels import fill, outcome_label
from app.ui.style import set_role
from app.ui.widgets.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from app.core.assessment import Assessment, HistoryEntry
    from app.core.diff import Change
    from app.core.forms import QuestionBank
    from app.core.knowledge import Knowledge

COLUMNS = 5  # what, item, change, in the version, now
OLD_COLUMN, NEW_COLUMN = 3, 4


def changes_since(
    assessment: Assessment,
    entry: HistoryEntry,
    bank: QuestionBank | None,
    knowledge: Knowledge | None,
    locale: str,
) -> list[Change]:
    """The current state against a recorded version, with the core's diff.

    Both sides go through the snapshot (the fields a version records), and evidence is compared by
    name, hash and what it supports (a snapshot keeps no content). Without the rules (still loading),
    the verdict is not compared."""
    from app.core.diff import compare_keyed, diff_assessments
    from app.core.engine import assess
    from app.core.lineage import as_assessment, snapshot, verdict_summary
    from app.report.diff_words import finding_texts, risk_titles

    now = snapshot(assessment)
    old = as_assessment(entry.snapshot)
    summaries = None
    texts: dict[str, str] = {}
    risks: dict[str, str] = {}
    if knowledge is not None:
        verdict = assess(assessment, knowledge, locale=locale)
        summaries = (entry.verdict_summary, verdict_summary(verdict))
        # Findings by their text and risks by title, from both sides: a finding only the version had
        # takes its text from the version's answers scored with these rules.
        verdicts = (assess(old, knowledge, locale=locale), verdict)
        texts, risks = finding_texts(*verdicts), risk_titles(*verdicts)
    changes = diff_assessments(old, as_assessment(now), bank, locale, summaries, texts, risks)
    before, after = (
        {r.name: r.model_dump(mode="json") for r in s.attachments} for s in (entry.snapshot, now)
    )
    return changes + compare_keyed("attachments", before, after, lambda name: name, locale)


def entry_title(entry: HistoryEntry) -> str:
    """A version as the lists show it: label, time, short revision."""
    label = printable(entry.label) or entry.revision[:8]
    return f"{label} — {entry.time:%Y-%m-%d %H:%M} — {entry.revision[:8]}"


class CompareDialog(QDialog):
    """A recorded version side by side with the current state.

    Attributes:
        versions: the combo box of recorded versions (newest first; item data: the revision).
        summary: the line saying how many differences there are.
        table: one row per difference: what, item, change, in the version, now.
    """

    def __init__(
        self,
        assessment: Assessment,
        bank: QuestionBank | None,
        knowledge: Knowledge | None,
        locale: str = "en",
        revision: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("compare_dialog")
        self.setWindowTitle(self.tr("Compare with a version"))
        self._assessment, self._bank, self._knowledge, self._locale = assessment, bank, knowledge, locale
        self.changes: list[Change] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(self._build_chooser())
        self.summary = set_role(QLabel(), "intro")
        self.summary.setObjectName("compare_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        layout.addWidget(self._build_table(), 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fill_versions(revision)
        self._size_to_parent(parent)
        self.versions.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ------------------------------------------------------------------------------
    def _build_chooser(self) -> QFormLayout:
        form = QFormLayout()
        self.versions = guard_wheel(QComboBox())
        self.versions.setObjectName("compare_version")
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        label = QLabel(self.tr("Compare the current state with &version"))
        label.setBuddy(self.versions)
        self.versions.setAccessibleName(label.text().replace("&", ""))
        form.addRow(label, self.versions)
        self.versions.currentIndexChanged.connect(self._on_version_changed)
        return form

    def _build_table(self) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, COLUMNS)
        self.table.setObjectName("compare_table")
        caption = QLabel(self.tr("&Differences"))
        caption.setBuddy(self.table)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move inside it
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        # Rows as tall as their wrapped text: a scroll bar that comes and goes would narrow the columns
        # after the rows were measured, and tall rows scroll by pixel, not by row.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for index in range(COLUMNS):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if index >= 1 and index != 2
                else QHeaderView.ResizeMode.ResizeToContents
            )
            header.setSectionResizeMode(index, mode)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        column.addWidget(caption)
        column.addWidget(self.table, 1)
        return box

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.table.resizeRowsToContents()  # the columns have their real widths only now

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def _size_to_parent(self, parent: QWidget | None) -> None:
        if parent is not None:
            self.resize(max(760, int(parent.width() * 0.85)), max(480, int(parent.height() * 0.8)))

    def _fill_versions(self, revision: str) -> None:
        self.versions.blockSignals(True)
        for entry in reversed(self._assessment.history):
            self.versions.addItem(entry_title(entry), entry.revision)
        self.versions.blockSignals(False)
        index = self.versions.findData(revision) if revision else 0
        self.versions.setCurrentIndex(max(0, index))
        self._on_version_changed(self.versions.currentIndex())

    # -- showing a version ---------------------------------------------------------------------
    def entry(self) -> HistoryEntry | None:
        revision = self.versions.currentData()
        return next((e for e in self._assessment.history if e.revision == revision), None)

    def _on_version_changed(self, _index: int) -> None:
        entry = self.entry()
        if entry is None:
            self.summary.setText(self.tr("No version has been recorded yet: use File > Mark version… first."))
            self.changes = []
        else:
            self.changes = changes_since(self._assessment, entry, self._bank, self._knowledge, self._locale)
            self.summary.setText(self._summary_text(entry))
        self._fill_table(entry)

    def _summary_text(self, entry: HistoryEntry) -> str:
        label = printable(entry.label) or entry.revision[:8]
        when = f"{entry.time:%Y-%m-%d %H:%M}"
        head = fill(
            self.tr('Version "%1" (revision %2, %3, rules %4)'),
            label,
            entry.revision,
            when,
            entry.rules_version or "-",
        )
        if not self.changes:
            body = self.tr("is the same as the current state.")
        else:
            body = fill(self.tr("differs from the current state in %1 place(s)."), str(len(self.changes)))
        if self._knowledge is None:
            body += " " + self.tr("The verdict is not compared until the rules have loaded.")
        return f"{head} {body}"

    def _fill_table(self, entry: HistoryEntry | None) -> None:
        label = (printable(entry.label) or entry.revision[:8]) if entry else ""
        headers = [
            self.tr("What"),
            self.tr("Item"),
            self.tr("Change"),
            fill(self.tr("In %1"), label),
            self.tr("Now"),
        ]
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.changes))
        for row, change in enumerate(self.changes):
            cells = (
                self._area_text(change.area),
                item_words(change, self._knowledge, self._locale),
                self._kind_text(change.kind),
                self.value_text(change, change.old),
                self.value_text(change, change.new),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    # -- words -----------------------------------------------------------------------------------
    def _area_text(self, area: str) -> str:
        names = {
            "metadata": self.tr("About the assessment"),
            "answers": self.tr("Answer"),
            "notes": self.tr("Workshop note"),
            "measures": self.tr("Measure"),
            "overrides": self.tr("Rating override"),
            "sign_off": self.tr("Sign-off"),
            "reviews": self.tr("Evaluator review"),
            "attachments": self.tr("Evidence"),
            "verdict": self.tr("Verdict"),
            "findings": self.tr("Finding"),
        }
        return names.get(area, area)

    def _kind_text(self, kind: str) -> str:
        return {"added": self.tr("added"), "removed": self.tr("removed")}.get(kind, self.tr("changed"))

    def value_text(self, change: Change, value: Any) -> str:
        """One side of a difference as words (outcomes and yes/no translated, answers as options)."""
        return value_words(change, value, self._bank, self._locale)

    def cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text() if item is not None else ""


def value_words(change: Change, value: Any, bank: QuestionBank | None = None, locale: str = "en") -> str:
    from app.core.diff import brief

    if change.area == "verdict" and change.key == "outcome" and isinstance(value, str):
        return outcome_label(value)
    if isinstance(value, bool):
        yes, no = (
            QCoreApplication.translate("CompareDialog", "yes"),
            QCoreApplication.translate("CompareDialog", "no"),
        )
        return yes if value else no
    return brief(change, value, bank, locale)


def item_words(change: Change, knowledge: Knowledge | None = None, locale: str = "en") -> str:
    """What a difference is about: the core's label, or words for a verdict key ("risks.r1.residual")."""
    if change.area != "verdict":
        return change.label
    head, _, rest = change.key.partition(".")
    names = {
        "outcome": QCoreApplication.translate("CompareDialog", "Outcome"),
        "status": QCoreApplication.translate("CompareDialog", "Verdict complete?"),
        "dpia_required": QCoreApplication.translate("CompareDialog", "DPIA required"),
        "prior_consultation_required": QCoreApplication.translate(
            "CompareDialog", "Prior consultation (Art. 36) required"
        ),
        "art9": QCoreApplication.translate("CompareDialog", "Special categories (Art. 9)"),
        "ai_act": QCoreApplication.translate("CompareDialog", "AI Act"),
    }
    if head == "risks" and rest:
        risk_id, _, stage = rest.partition(".")
        return f"{_risk_title(risk_id, knowledge, locale)}: {_stage_words(stage)}".rstrip(": ")
    name = names.get(head, head)
    return f"{name}: {_part_words(rest)}" if rest else name


def _part_words(part: str) -> str:
    """The second part of a verdict key (art9.applies, ai_act.high_risk) as words."""
    words = {
        "applies": QCoreApplication.translate("CompareDialog", "applies"),
        "exception_valid": QCoreApplication.translate("CompareDialog", "exception valid"),
        "exception": QCoreApplication.translate("CompareDialog", "exception"),
        "prohibited": QCoreApplication.translate("CompareDialog", "prohibited practices"),
        "possibly_prohibited": QCoreApplication.translate("CompareDialog", "possibly prohibited practices"),
        "high_risk": QCoreApplication.translate("CompareDialog", "high risk"),
        "fria_required": QCoreApplication.translate(
            "CompareDialog", "fundamental rights impact assessment required"
        ),
    }
    return words.get(part, part.replace("_", " "))


def _risk_title(risk_id: str, knowledge: Knowledge | None, locale: str) -> str:
    risks = knowledge.catalogue.risks if knowledge is not None else ()
    risk = next((r for r in risks if r.id == risk_id), None)
    if risk is not None:
        return f"{risk.title.get(locale)} [{risk_id}]"
    return QCoreApplication.translate("CompareDialog", "Risk %1").replace("%1", risk_id)


def _stage_words(stage: str) -> str:
    return {
        "inherent": QCoreApplication.translate("CompareDialog", "inherent level"),
        "residual": QCoreApplication.translate("CompareDialog", "residual level"),
    }.get(stage, stage)
