"""The page layout: A4, a footer with "page x of y" and the assessment fingerprint, the PDF outline."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from app import __version__
from app.report import fonts
from app.report.attachments import Attachment, embed
from app.report.blocks import Heading
from app.report.context import ReportContext
from app.report.sections import story
from app.report.styles import MUTED, RULE

MARGIN = 56.0
_FOOTER_Y = 30.0
_PAGE_TOTAL = "pageTotal"
_FOOTER_SIZE = 7.0


class _ReportCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Draws the page total into a form that every footer refers to, once the total is known."""

    def save(self) -> None:
        self.beginForm(_PAGE_TOTAL)
        self.setFont(fonts.REGULAR, _FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, str(self.getPageNumber() - 1))
        self.endForm()
        super().save()


class ReportTemplate(BaseDocTemplate):  # type: ignore[misc]
    def __init__(self, out: BytesIO, ctx: ReportContext, attachments: Sequence[Attachment] = ()) -> None:
        self.ctx = ctx
        self.attachments = attachments
        super().__init__(
            out,
            pagesize=A4,
            invariant=1,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=f"{ctx.t('doc_title')}: {ctx.title}",
            author=ctx.assessment.metadata.assessor or ctx.assessment.metadata.organisation,
            subject=ctx.t("doc_subject"),
            keywords=f"{ctx.t('doc_keywords')}; assessment-sha256:{ctx.fingerprint}",
            creator=f"DPIA wizard {__version__}",
            lang=ctx.locale,
        )
        frame = Frame(
            MARGIN,
            MARGIN,
            A4[0] - 2 * MARGIN,
            A4[1] - 2 * MARGIN,
            id="body",
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
        )
        self.addPageTemplates([PageTemplate("page", [frame], onPage=self._footer)])

    def handle_documentBegin(self) -> None:
        super().handle_documentBegin()
        stamp = self.ctx.exported.strftime("D:%Y%m%d%H%M%S+00'00'")
        self.canv.setDateFormatter(lambda *_: stamp)
        # The document ID is a digest reportlab keeps; feed it what makes this report unique.
        self.canv._doc.updateSignature(f"{self.ctx.fingerprint}|{stamp}|{self.ctx.locale}")
        embed(self.canv, self.attachments, self.ctx.exported)
        self.canv.showOutline()

    def afterFlowable(self, flowable: Flowable) -> None:
        if isinstance(flowable, Heading):
            self.canv.bookmarkPage(flowable.key)
            self.canv.addOutlineEntry(flowable.title, flowable.key, level=flowable.level)

    def _footer(self, canvas: Canvas, _doc: BaseDocTemplate) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.line(MARGIN, _FOOTER_Y + 14, A4[0] - MARGIN, _FOOTER_Y + 14)
        canvas.setFont(fonts.REGULAR, _FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, _FOOTER_Y + 4, _shorten(self.ctx.title, 90))
        label = self.ctx.t("footer_page", page=canvas.getPageNumber())
        right = A4[0] - MARGIN - 14
        canvas.drawRightString(right, _FOOTER_Y + 4, label)
        canvas.setFont(fonts.MONO, 6)
        canvas.drawString(
            MARGIN, _FOOTER_Y - 5, self.ctx.t("footer_fingerprint", digest=self.ctx.fingerprint)
        )
        canvas.translate(right + 1.5, _FOOTER_Y + 4)
        canvas.doForm(_PAGE_TOTAL)
        canvas.restoreState()


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def render(ctx: ReportContext, attachments: Sequence[Attachment] = ()) -> bytes:
    """The report as PDF bytes: one revision, with its empty signature fields and these attachments."""
    fonts.register_fonts()
    out = BytesIO()
    ReportTemplate(out, ctx, attachments).build(story(ctx), canvasmaker=_ReportCanvas)
    return out.getvalue()
