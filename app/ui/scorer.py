"""Re-scores the open assessment with the engine (the same one `dpia assess` uses) after each edit.

The rules and citations load in a worker thread after the window is shown, so start-up and the event
loop never wait for them; scoring itself takes a few milliseconds and runs on a short debounce.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
import threading
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from app.core.citations import CitationRegistry
    from app.core.knowledge import Knowledge
    from app.core.risks import RiskCatalogue
    from app.core.verdict import Verdict
    from app.ui.document import AssessmentDocument

DEBOUNCE_MS = 150
LOADING_SWITCH_INTERVAL = 0.0002  # seconds


class VerdictScorer(QObject):
    verdict_ready = Signal(object)  # Verdict
    unavailable = Signal(str)  # why there is no verdict
    knowledge_ready = Signal()
    citations_ready = Signal()  # with the rules, or alone when the rules fail to load
    _loaded = Signal(object, object, str)  # from the loading thread: knowledge, citations, error

    def __init__(self, document: AssessmentDocument, locale: str = "en") -> None:
        super().__init__(document)
        self._document = document
        self.locale = locale
        self._knowledge: Knowledge | None = None
        self._citations: CitationRegistry | None = None
        self._loading = False
        self._failed = False
        self.error = ""
        self.verdict: Verdict | None = None
        self.preload_modules: tuple[str, ...] = ()  # imported by the loading thread after the rules
        self.last_duration_ms = 0.0
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.rescore)
        self._soon = QTimer(self, singleShot=True, interval=0)  # a child: dies with the scorer
        self._soon.timeout.connect(self.rescore)
        self._loaded.connect(self._on_loaded)
        document.changed.connect(self._on_document_changed)

    @property
    def knowledge(self) -> Knowledge | None:
        return self._knowledge

    @property
    def catalogue(self) -> RiskCatalogue | None:
        return self._knowledge.catalogue if self._knowledge else None

    def citations(self, *, load: bool = True) -> CitationRegistry | None:
        """The citation registry, even when the rules do not load (help texts still need it).

        With load=False it only answers when the registry is already in memory (no file access).
        """
        if self._knowledge is not None:
            return self._knowledge.citations
        if self._citations is None and load:
            self._citations = _load_citations_alone()
        return self._citations

    # -- loading the knowledge base ------------------------------------------------------------
    def start_loading(self) -> None:
        """Load rules and citations in a worker thread; a verdict follows when they are ready."""
        if self._knowledge is not None or self._loading:
            return
        self._loading = True
        threading.Thread(target=self._load_in_thread, name="knowledge", daemon=True).start()

    def _load_in_thread(self) -> None:
        # A short GIL switch interval keeps the GUI thread responsive while the YAML is parsed.
        interval = sys.getswitchinterval()
        sys.setswitchinterval(LOADING_SWITCH_INTERVAL)
        try:
            knowledge, error = _load_knowledge()
            citations = None if knowledge is not None else _load_citations_alone()
            _prepare_formats(self.locale)
            for module in self.preload_modules:  # class definitions only: no widget is made there
                with contextlib.suppress(ImportError):  # then it fails where it is used, visibly
                    importlib.import_module(module)
        finally:
            sys.setswitchinterval(interval)
        with contextlib.suppress(RuntimeError):  # the window closed while the rules were loading
            self._loaded.emit(knowledge, citations, error)

    def _on_loaded(self, knowledge: Knowledge | None, citations: Any, error: str) -> None:
        self._loading = False
        if citations is not None:
            self._citations = citations
        self._accept(knowledge, error)
        self._soon.start()  # score on the next turn: keeps each turn of the event loop short

    def load_knowledge(self) -> bool:
        """Load now, blocking (screenshots, tests); True when the rules are available."""
        if self._knowledge is None and not self._failed:
            self._accept(*_load_knowledge())
        return self._knowledge is not None

    def _accept(self, knowledge: Knowledge | None, error: str) -> None:
        self._knowledge = knowledge
        self._failed = knowledge is None
        self.error = error
        if knowledge is not None:
            self.knowledge_ready.emit()
        if self.citations(load=False) is not None:
            self.citations_ready.emit()

    def retry(self) -> None:
        """Try loading the rules again (after the data files were fixed) and re-score."""
        self._failed = False
        self.start_loading()

    # -- scoring -------------------------------------------------------------------------------
    def _on_document_changed(self) -> None:
        self._timer.start()

    def is_pending(self) -> bool:
        return self._timer.isActive() or self._loading

    def rescore(self) -> None:
        self._timer.stop()
        if self._knowledge is None:
            if self._failed:
                self.unavailable.emit(self.error)
            else:
                self.start_loading()
            return
        self._score()

    def _score(self) -> None:
        from app.core.engine import assess

        started = time.perf_counter()
        try:
            verdict = assess(self._document.assessment, self._knowledge, self.locale)
        except Exception as exc:  # an engine failure must not close the wizard
            self.error = _one_line(exc)
            self.unavailable.emit(self.error)
            return
        self.last_duration_ms = (time.perf_counter() - started) * 1000
        self.verdict = verdict
        self.verdict_ready.emit(verdict)


def _load_knowledge() -> tuple[Any, str]:
    try:
        from app.core.engine import assess  # noqa: F401 - imported here, off the start-up path
        from app.core.knowledge import load_knowledge

        return load_knowledge(), ""
    except Exception as exc:  # any data error must leave the wizard usable
        return None, _one_line(exc)


def _prepare_formats(locale: str) -> None:
    """Babel's data for the verdict's plurals, dates and numbers: loaded here, not by the first verdict."""
    from app.core.languages import prepare_formats

    with contextlib.suppress(Exception):  # then the first verdict loads it (or reports what is wrong)
        prepare_formats(locale)


def _load_citations_alone() -> CitationRegistry | None:
    from app import resources
    from app.core.citations import load_citations

    try:
        return load_citations(resources.resources_dir() / "legal")
    except Exception:  # then help texts show the citation ids
        return None


def _one_line(exc: BaseException) -> str:
    return " ".join((str(exc) or type(exc).__name__).split())
