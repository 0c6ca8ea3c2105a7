"""The Role cell of the sign-off records: an editable list of the report's signature roles.

The roles are those of the report's signature fields (`app.report.options.ROLES`: assessor, DPO,
controller, reviewer); any other role can still be typed, as the record is free text.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QModelIndex, QPersistentModelIndex
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from app.report.options import ROLES

Index = QModelIndex | QPersistentModelIndex


def role_labels() -> list[str]:
    """The signature roles in the interface language, in the report's order."""
    labels = {
        "assessor": QCoreApplication.translate("RoleDelegate", "Assessor"),
        "dpo": QCoreApplication.translate("RoleDelegate", "Data protection officer (DPO)"),
        "controller": QCoreApplication.translate("RoleDelegate", "Controller (decision)"),
        "reviewer": QCoreApplication.translate("RoleDelegate", "Reviewer (evaluator)"),
    }
    return [labels.get(role, role) for role in ROLES]


class RoleDelegate(QStyledItemDelegate):
    """Edits a role with an editable combo box of the signature roles."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem, _index: Index) -> QWidget:
        combo = QComboBox(parent)
        combo.setObjectName("sign_off_role_editor")
        combo.setEditable(True)
        combo.addItems(role_labels())
        combo.setAccessibleName(QCoreApplication.translate("RoleDelegate", "Signature role"))
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentText().strip())
