"""Signature fields: a visible box drawn on the sign-off page, with a real (empty) field on top.

The field is written by reportlab with the page, as pyHanko's `append_signature_field` would write it
(a locked, printable widget with an empty appearance), so an unsigned report never loads pyHanko.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from app.report.options import Role

_FIELD_NAMES: dict[Role, str] = {
    "assessor": "Signature_Assessor",
    "dpo": "Signature_DPO",
    "controller": "Signature_Controller",
    "reviewer": "Signature_Reviewer",
}
OWN_FIELDS = frozenset(_FIELD_NAMES.values())  # the only form fields a report ever has
_LOCKED_AND_PRINTED = 0b10000100  # annotation flags: Print (3) and Locked (8)


def field_name(role: Role) -> str:
    return _FIELD_NAMES[role]


def role_of_field(name: str) -> str:
    return next((role for role, field in _FIELD_NAMES.items() if field == name), name)


@dataclass(frozen=True)
class FieldPlacement:
    """Where a box was drawn: 0-based page index and (x1, y1, x2, y2) in points."""

    page: int
    box: tuple[int, int, int, int]


class SignatureBox(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """An outlined box with a caption; remembers where it landed so a field can cover it."""

    def __init__(
        self,
        role: Role,
        caption: str,
        font: str,
        placements: dict[Role, FieldPlacement],
        width: float = 230,
        height: float = 70,
    ) -> None:
        super().__init__()
        self.role, self.caption, self.font = role, caption, font
        self.placements = placements
        self.width, self.height = width, height

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height + 14

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(colors.HexColor("#5b6b7f"))
        canvas.setDash(3, 2)
        canvas.rect(0, 0, self.width, self.height)
        canvas.setFont(self.font, 8)
        canvas.setFillColor(colors.HexColor("#333333"))
        canvas.drawString(0, self.height + 4, self.caption)
        x, y = canvas.absolutePosition(0, 0)
        box = (round(x), round(y), round(x + self.width), round(y + self.height))
        self.placements[self.role] = FieldPlacement(canvas.getPageNumber() - 1, box)
        add_signature_field(canvas, field_name(self.role), box)


def add_signature_field(canvas: Canvas, name: str, box: tuple[int, int, int, int]) -> None:
    """An empty signature field over `box` on the page being drawn, listed in the AcroForm."""
    doc = canvas._doc
    width, height = box[2] - box[0], box[3] - box[1]
    appearance = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("XObject"),
                "Subtype": PDFName("Form"),
                "BBox": PDFArray([0, 0, width, height]),
                "Resources": PDFDictionary({}),
            }
        ),
        content=b"",
        filters=[],
    )
    field = PDFDictionary(
        {
            "FT": PDFName("Sig"),
            "T": PDFString(name),
            "Type": PDFName("Annot"),
            "Subtype": PDFName("Widget"),
            "F": _LOCKED_AND_PRINTED,
            "Rect": PDFArray(list(box)),
            "P": doc.thisPageRef(),
            "AP": PDFDictionary({"N": doc.Reference(appearance)}),
        }
    )
    canvas._addAnnotation(field)
    form = canvas.acroForm
    form.fields.append(form.getRef(field))
