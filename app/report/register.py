"""The risk register and the action plan as tables: CSV (the register) and an Excel workbook (both).

One row per risk: number, id, title, inherent and residual severity / likelihood / level, the measures
that address it, the justification of any rating override, whether it is a catalogue risk or the
assessor's own (with the reasons for its rating), and the custom measures' effects that lowered it, with
their justifications. The action plan: one row per measure with its owner, due date, status and the
effects it states on named risks. Level colours are those of the PDF's heat maps.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from app.core.messages import message
from app.core.verdict import AppliedEffect, RiskResult, RiskScore
from app.report.context import ReportContext
from app.report.styles import LEVEL_COLOURS

RISK_COLUMNS = (
    "no",
    "risk_id",
    "title",
    "inherent_severity",
    "inherent_likelihood",
    "inherent_level",
    "residual_severity",
    "residual_likelihood",
    "residual_level",
    "measures",
    "override_justification",
    "source",
    "rating_justification",
    "measure_effects",
)
PLAN_COLUMNS = ("measure_id", "title", "description", "risks", "owner", "due", "status", "effects")
_LEVEL_COLUMNS = ("inherent_level", "residual_level")
# A spreadsheet reads a cell that starts with one of these as a formula (OWASP "CSV injection"): a title
# "=HYPERLINK(...)" from a participant's copy would run when the register is opened. Such text is kept as
# text: in the CSV behind a leading apostrophe, in the workbook as a string cell with a quote prefix.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# Characters XML 1.0 (and so an .xlsx) cannot hold, e.g. the vertical tab Word puts in pasted text.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def plain_cell(value: Any) -> Any:
    """A cell's value without the characters XML cannot hold (each shown as a space)."""
    return _NOT_XML.sub(" ", value) if isinstance(value, str) else value


def csv_cell(value: Any) -> Any:
    """A CSV cell a spreadsheet shows as the text it is, never as a formula."""
    return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def level_label(ctx: ReportContext, level: str) -> str:
    labels = ctx.levels.level_labels if ctx.levels else {}
    return labels[level].get(ctx.locale) if level in labels else level


def risk_rows(ctx: ReportContext) -> list[dict[str, Any]]:
    """The register, one dict per risk keyed by RISK_COLUMNS."""
    return [_risk_row(ctx, number, risk) for number, risk in enumerate(ctx.verdict.risks, start=1)]


def _risk_row(ctx: ReportContext, number: int, risk: RiskResult) -> dict[str, Any]:
    row: dict[str, Any] = {"no": f"R{number}", "risk_id": risk.id, "title": risk.title}
    for stage, score in (("inherent", risk.inherent), ("residual", risk.residual)):
        row.update(_score(ctx, stage, score))
    row["measures"] = "; ".join(ctx.measure_title(m) for m in risk.measures)
    row["override_justification"] = _justifications(ctx, risk)
    row["source"] = risk.source
    row["rating_justification"] = _rating_reasons(ctx, risk)
    row["measure_effects"] = " | ".join(
        f"{e.title or e.measure}: {_effect_steps(ctx, e)}: {e.justification}" for e in risk.effects
    )
    return row


def _rating_reasons(ctx: ReportContext, risk: RiskResult) -> str:
    """Why an own risk is rated as it is, per axis (empty for a catalogue risk: the rules say why)."""
    if risk.source != "own":
        return ""
    reasons = (("severity", risk.severity_justification), ("likelihood", risk.likelihood_justification))
    return " | ".join(f"{ctx.t(f'axis_{axis}')}: {why}" for axis, why in reasons)


def _effect_steps(ctx: ReportContext, effect: AppliedEffect) -> str:
    return lowered_steps(ctx, effect.lowers_severity, effect.lowers_likelihood)


def lowered_steps(ctx: ReportContext, severity: int, likelihood: int) -> str:
    """ "Likelihood -2", "Severity -1, Likelihood -1": the axes an effect lowers, by how many steps."""
    steps = (("severity", severity), ("likelihood", likelihood))
    return ", ".join(f"{ctx.t(f'axis_{axis}')} -{n}" for axis, n in steps if n)


def _score(ctx: ReportContext, stage: str, score: RiskScore) -> dict[str, Any]:
    return {
        f"{stage}_severity": score.severity,
        f"{stage}_likelihood": score.likelihood,
        f"{stage}_level": level_label(ctx, score.level),
    }


def _justifications(ctx: ReportContext, risk: RiskResult) -> str:
    texts = [
        f"{ctx.t(f'stage_{o.stage}')}: {o.justification}"
        for o in ctx.assessment.overrides
        if o.risk_id == risk.id
    ]
    return " | ".join(texts)


def plan_rows(ctx: ReportContext) -> list[dict[str, Any]]:
    """The action plan (Art. 35(7)(d)), one dict per measure keyed by PLAN_COLUMNS."""
    return [
        {
            "measure_id": m.id,
            "title": m.title or ctx.measure_title(m.id),
            "description": m.description,
            "risks": "; ".join(dict.fromkeys([*m.risks, *(e.risk for e in m.effects)])),
            "owner": m.owner,
            "due": m.due,
            "status": ctx.t(f"measure_status_{m.status}"),  # as the PDF's action plan names it
            "effects": " | ".join(
                f"{e.risk}: {lowered_steps(ctx, e.lowers_severity, e.lowers_likelihood)}: {e.justification}"
                for e in m.effects
            ),
        }
        for m in ctx.assessment.measures
    ]


def register_csv(ctx: ReportContext) -> bytes:
    """The risk register as CSV: UTF-8 (with a BOM so Excel reads the accents), a header row."""
    out = io.StringIO(newline="")
    writer = csv.DictWriter(out, fieldnames=RISK_COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows({k: csv_cell(v) for k, v in row.items()} for row in risk_rows(ctx))
    return out.getvalue().encode("utf-8-sig")


def register_xlsx(ctx: ReportContext) -> bytes:
    """A workbook with the sheets "Risks" (levels coloured) and "Action plan", named in its language."""
    # openpyxl (and lxml) here, not at the top: the PDF path imports this module for lowered_steps and
    # would pay ~75 ms for a spreadsheet it never writes (tests/report/test_report_imports.py).
    from openpyxl import Workbook
    from openpyxl.styles import PatternFill

    book = Workbook()
    risks = book.active
    risks.title = ctx.t("sheet_risks")
    _fill_sheet(risks, RISK_COLUMNS, risk_rows(ctx), ctx.locale)
    levels = {level_label(ctx, level): level for level in LEVEL_COLOURS}
    for column in _LEVEL_COLUMNS:
        index = RISK_COLUMNS.index(column) + 1
        for (cell,) in risks.iter_rows(min_row=2, min_col=index, max_col=index):
            colour = LEVEL_COLOURS.get(levels.get(str(cell.value), ""))
            if colour is not None:
                hexval = colour.hexval()[2:].upper()
                cell.fill = PatternFill(fill_type="solid", start_color=hexval, end_color=hexval)
    plan = book.create_sheet(ctx.t("sheet_action_plan"))
    _fill_sheet(plan, PLAN_COLUMNS, plan_rows(ctx), ctx.locale)
    book.properties.creator = "DPIA wizard"
    book.properties.title = ctx.title
    stamp = ctx.exported.replace(tzinfo=None)
    book.properties.created = book.properties.modified = stamp
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def column_headers(columns: tuple[str, ...], locale: str) -> list[str]:
    """The workbook's column headers in `locale` (resources/cli/messages.yaml `column_<id>`). The CSV keeps
    the column ids themselves: it is read by programs."""
    return [message(f"column_{c}", locale) for c in columns]


def _fill_sheet(sheet: Any, columns: tuple[str, ...], rows: list[dict[str, Any]], locale: str = "en") -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    headers = column_headers(columns, locale)
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append([plain_cell(row[c]) for c in columns])
        for cell in sheet[sheet.max_row]:
            if cell.data_type == "f":  # text that looks like a formula stays text
                cell.data_type = "s"
                cell.quotePrefix = True
    sheet.freeze_panes = "A2"
    for index, (column, header) in enumerate(zip(columns, headers, strict=True), start=1):
        longest = max((len(str(r[column] or "")) for r in rows), default=0)
        sheet.column_dimensions[get_column_letter(index)].width = min(max(len(header), longest) + 2, 60)
    for line in sheet.iter_rows(min_row=2):
        for cell in line:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
