"""A page of questions, generated from one section of forms/; show_if is applied as answers change."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.pages.section_page import SectionPage
from app.ui.style import set_role
from app.ui.widgets.question_card import QuestionCard

if TYPE_CHECKING:
    from app.core.forms import Question, Section
    from app.core.verdict import Verdict
    from app.ui.context import WizardContext


class QuestionPage(SectionPage):
    """Cards can be built in batches (`build_cards(limit)`) so a big page never blocks for long."""

    def __init__(
        self,
        section: Section,
        context: WizardContext,
        extras: tuple[QWidget, ...] = (),
        *,
        build_now: bool = True,
    ) -> None:
        super().__init__(section, context)
        self.extras = extras
        for extra in extras:
            self.body.addWidget(extra)
        self.cards: dict[str, QuestionCard] = {}
        self._needed: set[str] = set()  # the questions the latest verdict lists as unanswered
        self._checks: dict[str, list[str]] = {}  # answered questions still to verify: what waits for them
        self._pending: list[Question] = list(section.questions)
        self.none_apply = set_role(
            QLabel(self.tr("No question of this section applies to your answers.")), "intro"
        )
        self.none_apply.setWordWrap(True)
        self.none_apply.hide()
        self.body.addWidget(self.none_apply)
        self.finish()
        if build_now:
            self.build_cards()

    @property
    def is_complete(self) -> bool:
        return not self._pending

    def build_cards(self, limit: int | None = None) -> bool:
        """Build the next `limit` cards (all when None); True once every card exists."""
        batch = self._pending if limit is None else self._pending[:limit]
        for question in batch:
            card = QuestionCard(question, self.context)
            card.set_needed(question.id in self._needed, self._checks.get(question.id))
            self.cards[question.id] = card
            self.body.insertWidget(self.body.count() - 1, card)
            self._apply_show_if_to(card)
        built = len(batch)
        del self._pending[:built]
        if self.is_complete:
            self._apply_show_if()
            if built:
                self.put_links_last()
        return self.is_complete

    def load(self) -> None:
        for extra in self.extras:
            if hasattr(extra, "load"):
                extra.load()
        for card in self.cards.values():
            card.load()
        self._apply_show_if()

    def on_verdict(self, verdict: Verdict) -> None:
        self._needed = {missing.fact for missing in verdict.missing if not missing.to_verify}
        self._checks = {missing.fact: missing.blocks for missing in verdict.missing if missing.to_verify}
        for card in self.cards.values():
            card.set_needed(card.question.id in self._needed, self._checks.get(card.question.id))
        for extra in self.extras:
            if hasattr(extra, "on_verdict"):
                extra.on_verdict(verdict)

    def on_answer_changed(self, question_id: str) -> None:
        card = self.cards.get(question_id)
        if card is not None:
            card.load()
        self._apply_show_if()

    def on_note_changed(self, question_id: str) -> None:
        card = self.cards.get(question_id)
        if card is not None:
            card.refresh_markers()

    def _apply_show_if(self) -> None:
        for card in self.cards.values():
            self._apply_show_if_to(card)
        self.none_apply.setVisible(self.is_complete and bool(self.cards) and not self.visible_cards())

    def _apply_show_if_to(self, card: QuestionCard) -> None:
        answers = self.context.document.assessment.answers
        visible = self.context.bank.is_visible(card.question, answers)
        if card.isHidden() == visible:
            card.setVisible(visible)

    def visible_cards(self) -> list[QuestionCard]:
        return [card for card in self.cards.values() if not card.isHidden()]
