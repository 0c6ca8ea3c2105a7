"""Signature fields: a visible box drawn on the sign-off page, then a real (empty) field on top."""

from __future__ import annotations

from dataclasses import dataclass

from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.sign.fields import SigFieldSpec, append_signature_field
from reportlab.lib import colors
from reportlab.platypus import Flowable

from app.report.options import ROLES, Role

_FIELD_NAMES: dict[Role, str] = {"assessor": "Signature_Assessor", "dpo": "Signature_DPO"}


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


def add_signature_fields(writer: BasePdfFileWriter, placements: dict[Role, FieldPlacement]) -> None:
    for role in ROLES:
        placement = placements.get(role)
        if placement is None:
            continue
        spec = SigFieldSpec(sig_field_name=field_name(role), on_page=placement.page, box=placement.box)
        append_signature_field(writer, spec)
