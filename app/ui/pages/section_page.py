"""The frame every wizard page shares: the section's title, introduction and legal basis, scrolling."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui.style import set_role
from app.ui.widgets.review_panel import ReviewPanel

if TYPE_CHECKING:
    from app.core.forms import Section
    from app.core.verdict import Verdict
    from app.ui.context import WizardContext

PAGE_MARGINS = (32, 24, 32, 32)
MAX_CONTENT_WIDTH = 980


class SectionPage(QScrollArea):
    """A page for one section of the questionnaire. Subclasses add their content to `body`."""

    def __init__(self, section: Section, context: WizardContext) -> None:
        super().__init__()
        self.section = section
        self.context = context
        self.warmed = False
        self.setObjectName(f"page_{section.id}")
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the first question, not the page
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # only if very narrow
        inner = QWidget()
        inner.setObjectName("page_body")
        self.body = QVBoxLayout(inner)
        self.body.setContentsMargins(*PAGE_MARGINS)
        self.legal_basis: QLabel | None = None
        self.body.setSpacing(14)
        self._add_header()
        self.setWidget(inner)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def _add_header(self) -> None:
        title = set_role(QLabel(self.context.text(self.section.title)), "title")
        title.setWordWrap(True)
        self.body.addWidget(title)
        intro_text = self.context.text(self.section.intro)
        if intro_text:
            intro = set_role(QLabel(intro_text), "intro")
            intro.setWordWrap(True)
            self.body.addWidget(intro)
        if self.section.legal:
            self.legal_basis = self.links_label(self.section.legal, self.tr("Legal basis"))
            self.body.addWidget(self.legal_basis)
        self.review_panel = ReviewPanel(self.context, "section", self.section.id, title.text())
        self.body.addWidget(self.review_panel)

    def links_label(self, citation_ids: tuple[str, ...] | list[str], caption: str) -> QLabel:
        """Links to citations; shown once the citation titles are loaded (after start-up)."""
        label = set_role(QLabel(), "hint")

        def fill() -> None:
            label.setText(f"{caption}: {self.context.citation_links(citation_ids)}")
            if label.parent() is not None:  # never show it as a window of its own
                label.show()

        if self.context.citations_ready():
            fill()
        else:
            label.hide()
            self.context.scorer.citations_ready.connect(fill)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        label.linkActivated.connect(self.context.on_link)
        label.setAccessibleName(caption)
        return label

    def warm_up(self, size: QSize) -> None:
        """Lay the hidden page out at the size it will have, so showing it first time is quick."""
        self.warmed = True
        if not self.isHidden():
            return
        self.resize(size)
        inner = self.widget()
        layout = inner.layout() if inner is not None else None
        if inner is None or layout is None:
            return
        width = size.width() - self.verticalScrollBar().sizeHint().width()
        height = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        inner.resize(width, max(height, inner.sizeHint().height()))
        layout.activate()

    def finish(self) -> None:
        """Call after adding the content: keeps it at the top of the page."""
        self.body.addStretch(1)
        self.put_links_last()

    def put_links_last(self) -> None:
        """In the Tab order the section's legal links come after its inputs (they stay on top on screen).

        A widget given a parent joins the end of the Tab order, so the label is taken out and put back
        in its place once the page's inputs exist."""
        label, inner = self.legal_basis, self.widget()
        if label is None or inner is None:
            return
        index = self.body.indexOf(label)
        self.body.removeWidget(label)
        label.setParent(None)
        label.setParent(inner)
        self.body.insertWidget(index, label)
        label.setVisible(bool(label.text()))

    # -- the page protocol ---------------------------------------------------------------------
    def load(self) -> None:
        """Show the model's state after the whole assessment changed (new, open, restore)."""

    def on_answer_changed(self, question_id: str) -> None:
        """An answer changed (here or on another page)."""

    def on_verdict(self, verdict: Verdict) -> None:
        """A fresh verdict is available."""

    # -- keyboard use: keep the focused field in view ------------------------------------------
    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        inner = self.widget()
        if new is not None and inner is not None and self.isVisible() and inner.isAncestorOf(new):
            self.ensureWidgetVisible(new, 40, 40)
