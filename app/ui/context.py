"""What every page needs: the open document, the scorer, the questionnaire and the locale."""

from __future__ import annotations

import html
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from app.core.forms import LocalText, QuestionBank
    from app.ui.document import AssessmentDocument
    from app.ui.scorer import VerdictScorer

CITATION_SCHEME = "cite:"


class WizardContext(QObject):
    citation_requested = Signal(str)  # citation id
    question_requested = Signal(str)  # question id: go to it

    def __init__(
        self,
        document: AssessmentDocument,
        scorer: VerdictScorer,
        bank: QuestionBank,
        locale: str = "en",
    ) -> None:
        super().__init__(document)
        self.document = document
        self.scorer = scorer
        self.bank = bank
        self.locale = locale

    def text(self, value: LocalText | None) -> str:
        return value.get(self.locale) if value is not None else ""

    def citation(self, citation_id: str, *, load: bool = True) -> dict[str, Any] | None:
        """A citation's details (the verdict contract's fields), or None if unknown."""
        verdict = self.scorer.verdict
        if verdict is not None and citation_id in verdict.citations:
            return verdict.citations[citation_id]
        registry = self.scorer.citations(load=load)
        entry = registry.get(citation_id) if registry is not None else None
        return entry.as_contract(self.locale) if entry is not None else None

    def citations_ready(self) -> bool:
        return self.scorer.citations(load=False) is not None

    def citation_label(self, citation_id: str) -> str:
        details = self.citation(citation_id, load=False)
        if details is None:
            return citation_id
        title = str(details.get("title", citation_id))
        if details.get("kind") == "law":
            return title.split(" – ")[0]
        if details.get("kind") == "decision" and details.get("jurisdiction"):
            return f"{title} ({details['jurisdiction']})"
        return title

    def citation_links(self, citation_ids: tuple[str, ...] | list[str]) -> str:
        """Rich text: each citation as a link that opens its details."""
        return " · ".join(
            f'<a href="{CITATION_SCHEME}{html.escape(cid)}">{html.escape(self.citation_label(cid))}</a>'
            for cid in citation_ids
        )

    def on_link(self, href: str) -> None:
        if href.startswith(CITATION_SCHEME):
            self.citation_requested.emit(href[len(CITATION_SCHEME) :])
