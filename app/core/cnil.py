"""Import from the CNIL PIA tool: its JSON export (`pia`, `answers`, `measures`, `evaluations`, `comments`)
becomes an assessment.

The mapping of the tool's question numbers to our questions is data (resources/import/cnil.yaml, documented
in docs/cnil-import.md). Free text is stripped of its HTML. A narrative question of ours that is still
unanswered takes the text as its answer; a fact (a choice question) is never answered from free text: the
text becomes a note on it and the fact stays unanswered, so the verdict says what is missing. Everything
the mapping does not place (risk analyses, unknown items, unknown parts of the export) is kept in one
"Imported from the CNIL PIA tool" note, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError

from app.core.assessment import Assessment, Measure, Participant, QuestionNote
from app.core.errors import DpiaError
from app.core.forms import QuestionBank
from app.core.lineage import stamp_revision
from app.core.messages import message
from app.core.review import set_review
from app.core.safeio import loads_json, read_regular_file
from app.core.storage import describe_validation_error
from app.resources import resource_path

IMPORT_NOTE_TITLE = "Imported from the CNIL PIA tool"
REVIEW_STATUSES = {1: "to_correct", 2: "improvable", 3: "acceptable"}
_SEVERITY = {"to_correct": 3, "improvable": 2, "acceptable": 1}
_KNOWN_PARTS = {"pia", "answers", "measures", "evaluations", "comments"}
_OPINIONS: dict[int | None, str] = {
    1: "cnil_opinion_favourable",
    0: "cnil_opinion_unfavourable",
}  # messages.yaml
_GAUGE = (1, 2, 3, 4)  # cnil_gauge_1 ... cnil_gauge_4 in resources/cli/messages.yaml
_MEASURE_REF = re.compile(r"3\.1\.(\d+)", re.ASCII)
_ITEM_REF = re.compile(r"\d\.\d\.(\d{3})", re.ASCII)
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")  # what a free-text reference may not carry into an id
MAX_EXPORT_BYTES = 64 * 1024 * 1024


class CnilImportError(DpiaError):
    """An export that is not a CNIL PIA tool export, or is damaged."""


# -- the mapping (data) ---------------------------------------------------------------------------


class _Frozen(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class ItemMapping(_Frozen):
    title: str
    question: str | None = None
    titles: dict[str, str] = Field(default_factory=dict)  # the title in the other languages

    def title_in(self, lang: str) -> str:
        return self.titles.get(lang) or self.title


class CnilMapping(_Frozen):
    unmapped_note_question: str
    items: dict[int, ItemMapping]
    evaluation_sections: dict[str, str] = Field(default_factory=dict)

    def check(self, bank: QuestionBank) -> None:
        """Every question and section named must exist in the questionnaire."""
        questions = [self.unmapped_note_question, *(i.question for i in self.items.values() if i.question)]
        for question_id in questions:
            if bank.question(question_id) is None:
                raise CnilImportError(f"resources/import/cnil.yaml: no question {question_id!r}")
        for ref, section in self.evaluation_sections.items():
            if bank.section(section) is None:
                raise CnilImportError(f"resources/import/cnil.yaml: {ref}: no section {section!r}")


def mapping_table(mapping: CnilMapping, bank: QuestionBank | None = None) -> str:
    """The item mapping as a Markdown table (docs/cnil-import.md carries a copy)."""
    lines = ["| CNIL item | Their question | Our question | Goes in as |", "|---|---|---|---|"]
    for number, item in sorted(mapping.items.items()):
        question = bank.question(item.question) if bank and item.question else None
        kind = "answer if unanswered" if question is not None and question.type == "text" else "note"
        target = f"`{item.question}`" if item.question else "(import note)"
        lines.append(f"| {number} | {item.title} | {target} | {kind if item.question else 'note'} |")
    return "\n".join(lines) + "\n"


def load_mapping() -> CnilMapping:
    raw = yaml.safe_load(resource_path("import", "cnil.yaml").read_text(encoding="utf-8"))
    return CnilMapping.model_validate(raw)


# -- the export (input) ---------------------------------------------------------------------------


class _In(BaseModel):
    model_config = ConfigDict(extra="allow")


def _iso_time(value: str | None) -> str | None:
    """A time the export gives must be one: an impossible date is damage, not a missing value."""
    if value and value.strip() and _time(value.strip()) is None:
        shown = value if len(value) <= 40 else value[:37] + "..."
        raise ValueError(f"not an ISO date or time: {shown!r}")
    return value


IsoTime = Annotated[str | None, AfterValidator(_iso_time)]


class CnilPia(_In):
    name: str | None = None
    author_name: str | None = None
    evaluator_name: str | None = None
    validator_name: str | None = None
    dpos_names: str | None = None
    people_names: str | None = None
    dpo_status: int | None = None
    dpo_opinion: str | None = None
    concerned_people_opinion: str | None = None
    concerned_people_status: int | None = None
    concerned_people_searched_opinion: bool | None = None
    concerned_people_searched_content: str | None = None
    rejection_reason: str | None = None
    applied_adjustments: str | None = None
    status: int | None = None
    category: str | None = None
    created_at: IsoTime = None
    updated_at: IsoTime = None


class CnilAnswerData(_In):
    text: str | None = None
    gauge: int | None = None
    entries: list[str] | None = Field(default=None, alias="list")


class CnilAnswer(_In):
    reference_to: int
    data: CnilAnswerData = Field(default_factory=CnilAnswerData)


class CnilMeasure(_In):
    id: int
    title: str | None = None
    content: str | None = None


class CnilEvaluation(_In):
    reference_to: str
    status: int | None = None
    evaluation_comment: str | None = None
    action_plan_comment: str | None = None
    estimated_implementation_date: IsoTime = None
    person_in_charge: str | None = None
    created_at: IsoTime = None
    updated_at: IsoTime = None


class CnilComment(_In):
    reference_to: int | str
    description: str | None = None
    for_measure: bool = False


class CnilExport(_In):
    pia: CnilPia
    answers: list[CnilAnswer] = Field(default_factory=list)
    measures: list[CnilMeasure] = Field(default_factory=list)
    evaluations: list[CnilEvaluation] = Field(default_factory=list)
    comments: list[CnilComment] = Field(default_factory=list)


def parse_export(raw: bytes, source: str) -> CnilExport:
    """The bytes of an export file, checked within the JSON limits of app.core.safeio; one-line
    CnilImportError otherwise."""
    bom = b"\xef\xbb\xbf"
    data = loads_json(raw[len(bom) :] if raw.startswith(bom) else raw, source, CnilImportError)
    if not isinstance(data, dict) or not isinstance(data.get("pia"), dict):
        raise CnilImportError(
            f"{source}: not an export of the CNIL PIA tool (expected a JSON object with a 'pia' object)"
        )
    try:
        export = CnilExport.model_validate(data)
    except ValidationError as exc:
        raise CnilImportError(f"{source}: damaged CNIL export: {describe_validation_error(exc)}") from exc
    if not html_to_line(export.pia.name):
        raise CnilImportError(
            f"{source}: not an export of the CNIL PIA tool (its 'pia' object has no name; the tool names "
            "every PIA)"
        )
    return export


def read_export(path: Path | str) -> CnilExport:
    """The export in a file: a regular file of at most MAX_EXPORT_BYTES, checked by parse_export."""
    return parse_export(read_regular_file(path, MAX_EXPORT_BYTES, "CNIL export", CnilImportError), str(path))


# -- HTML to text ---------------------------------------------------------------------------------


class _TextParser(HTMLParser):
    """The text of an HTML fragment. Character references are decoded once, by the parser
    (convert_charrefs): text typed as "&lt;b&gt;" (exported "&amp;lt;b&amp;gt;") stays "&lt;b&gt;". The
    contents of <script> and <style> are code, not text, and are dropped."""

    _BLOCKS = frozenset({"p", "div", "br", "ul", "ol", "li", "tr", "h1", "h2", "h3", "h4", "table"})
    _HIDDEN = frozenset({"script", "style"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0  # depth inside <script>/<style>

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self._HIDDEN:
            self.hidden += 1
        if tag in self._BLOCKS:
            self.parts.append("\n")
        if tag == "li":
            self.parts.append("- ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self._BLOCKS:
            self.parts.append("\n")  # runs of line breaks are collapsed into one afterwards

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str | None) -> str:
    """Plain text from the tool's rich-text HTML: blocks and list items on their own lines."""
    if not html:
        return ""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    text = "".join(parser.parts).replace("\xa0", " ")
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return "\n".join(line for line in lines if line)


def html_to_line(html: str | None) -> str:
    """A name or title: its text (see html_to_text) on one line."""
    return " ".join(html_to_text(html).split())


# -- the import -----------------------------------------------------------------------------------


@dataclass
class ImportResult:
    assessment: Assessment
    answered: list[str] = field(default_factory=list)
    noted: list[str] = field(default_factory=list)
    unmapped: int = 0


def import_export(
    export: CnilExport,
    bank: QuestionBank,
    mapping: CnilMapping | None = None,
    moment: dt.datetime | None = None,
    lang: str = "en",
) -> ImportResult:
    """The assessment the export describes (a new lineage id and revision); the labels it adds (roles,
    headings, "Action plan (evaluator)"...) in `lang` (resources/cli/messages.yaml, keys cnil_*)."""
    mapping = mapping or load_mapping()
    mapping.check(bank)
    builder = _Builder(export, bank, mapping, moment or dt.datetime.now(dt.UTC).replace(microsecond=0), lang)
    return builder.build()


class _Builder:
    def __init__(
        self,
        export: CnilExport,
        bank: QuestionBank,
        mapping: CnilMapping,
        moment: dt.datetime,
        lang: str = "en",
    ):
        self.export, self.bank, self.mapping, self.moment, self.lang = export, bank, mapping, moment, lang
        self.note_title = self.t("cnil_note_title")
        self.assessment = Assessment()
        self.texts: dict[str, list[tuple[str, str]]] = {}  # question -> [(heading, text)]
        self.unmapped: list[str] = []
        # section -> [(status, ref, text, time)]
        self.section_reviews: dict[str, list[tuple[str, str, str, dt.datetime]]] = {}

    def t(self, key: str, **values: object) -> str:
        """A label in the import's language (resources/cli/messages.yaml)."""
        return message(key, self.lang, **values)

    def build(self) -> ImportResult:
        pia = self.export.pia
        self._metadata(pia)
        self._answers()
        self._measures()
        self._comments()
        self._evaluations()
        self._opinions(pia)
        self._leftovers()
        result = self._place_texts()
        stamp_revision(self.assessment)
        return result

    # metadata, people, opinions

    def _metadata(self, pia: CnilPia) -> None:
        meta = self.assessment.metadata
        meta.title = html_to_line(pia.name)
        meta.assessor = html_to_line(pia.author_name)
        meta.dpo = html_to_line(pia.dpos_names)
        meta.created, meta.modified = _time(pia.created_at), _time(pia.updated_at)
        people = [
            (pia.author_name, self.t("cnil_role_author")),
            (pia.evaluator_name, self.t("cnil_role_evaluator")),
            (pia.validator_name, self.t("cnil_role_validator")),
            (pia.dpos_names, self.t("cnil_role_dpo")),
        ]
        seen: set[str] = set()
        for name, role in ((html_to_line(n), r) for n, r in people):
            if name and name.casefold() not in seen:
                seen.add(name.casefold())
                self.assessment.participants.append(Participant(name=name, role=role))
        for label, value in (
            ("cnil_pia_status", pia.status),
            ("cnil_pia_category", pia.category),
            ("cnil_pia_rejection", pia.rejection_reason),
            ("cnil_pia_adjustments", pia.applied_adjustments),
        ):
            if value not in (None, ""):
                self.unmapped.append(
                    self.t("cnil_pia_field", label=self.t(label), value=html_to_text(str(value)))
                )

    def _opinions(self, pia: CnilPia) -> None:
        opinion = html_to_text(pia.dpo_opinion)
        if opinion:
            verdict = self._opinion(pia.dpo_status)
            self.assessment.sign_off.dpo_advice = opinion
            summary = self.t("cnil_dpo_opinion", verdict=verdict) if verdict else ""
            self.assessment.sign_off.dpo_advice_summary = summary
            self.assessment.answers["dpo_consulted"] = "yes"
        self._people_consulted(pia)

    def _opinion(self, status: int | None) -> str:
        key = _OPINIONS.get(status)
        return self.t(key) if key else ""

    def _people_consulted(self, pia: CnilPia) -> None:
        searched = pia.concerned_people_searched_opinion
        reason = html_to_text(pia.concerned_people_searched_content)
        opinion = html_to_text(pia.concerned_people_opinion)
        if searched is True:
            self.assessment.answers["data_subjects_consulted"] = "yes"
        elif searched is False:
            self.assessment.answers["data_subjects_consulted"] = "no_with_reason" if reason else "no"
            if reason:
                self._add("consultation_reason", self.t("cnil_why_not_consulted"), reason)
        if opinion:
            who = html_to_line(pia.people_names)
            verdict = self._opinion(pia.concerned_people_status)
            heading = self.t("cnil_subjects_opinion") + (f" ({who})" if who else "")
            suffix = "\n" + self.t("cnil_opinion_line", verdict=verdict) if verdict else ""
            self._add("consultation_summary", heading, opinion + suffix)

    # answers and comments

    def _answers(self) -> None:
        for answer in self.export.answers:
            text = _answer_text(answer.data, self.t)
            if not text:
                continue
            item = self.mapping.items.get(answer.reference_to)
            heading = f"CNIL {answer.reference_to}" + (f" ({item.title_in(self.lang)})" if item else "")
            if item and item.question:
                self._add(item.question, heading, text)
            else:
                self.unmapped.append(f"{heading}:\n{text}")

    def _comments(self) -> None:
        measures = {m.id: m for m in self.assessment.measures}
        for comment in self.export.comments:
            text = html_to_text(comment.description)
            if not text:
                continue
            ref = str(comment.reference_to)
            item = self.mapping.items.get(int(ref)) if ref.isascii() and ref.isdecimal() else None
            measure = measures.get(f"cnil-{ref}") if comment.for_measure else None
            if measure is not None:
                measure.description = _join(measure.description, self.t("cnil_comment", text=text))
            elif item is not None and item.question and not comment.for_measure:
                self._add(
                    item.question, self.t("cnil_comment_on", ref=ref, title=item.title_in(self.lang)), text
                )
            else:
                key = "cnil_comment_unplaced_measure" if comment.for_measure else "cnil_comment_unplaced"
                self.unmapped.append(f"{self.t(key, ref=ref)}\n{text}")

    def _add(self, question_id: str, heading: str, text: str) -> None:
        self.texts.setdefault(question_id, []).append((heading, text))

    # measures and evaluations

    def _measures(self) -> None:
        used: set[str] = set()
        for cnil in self.export.measures:
            title = html_to_text(cnil.title) or self.t("cnil_measure_untitled", id=cnil.id)
            measure_id = _unique(f"cnil-{cnil.id}", used)
            measure = Measure(id=measure_id, title=title, description=html_to_text(cnil.content))
            self.assessment.measures.append(measure)

    def _evaluations(self) -> None:
        for evaluation in self.export.evaluations:
            self._evaluation(evaluation)
        for section, entries in self.section_reviews.items():
            worst = max(entries, key=lambda e: _SEVERITY[e[0]])[0]
            comment = "\n\n".join(f"[CNIL {ref}] {text}" for _, ref, text, _ in entries if text)
            self._review("section", section, worst, comment, max(e[3] for e in entries))

    def _evaluation(self, evaluation: CnilEvaluation) -> None:
        ref = evaluation.reference_to.strip()
        status = REVIEW_STATUSES.get(evaluation.status or 0)
        comment = _join(html_to_text(evaluation.evaluation_comment), self._gauges(evaluation)).strip()
        action = html_to_text(evaluation.action_plan_comment)
        measure_match = _MEASURE_REF.fullmatch(ref)
        measure = self._measure(f"cnil-{measure_match[1]}") if measure_match else None
        if measure is not None:
            self._plan_measure(measure, action, evaluation)
        elif action:
            self._new_action(ref, action, evaluation)
        if status is None:
            if comment:
                self.unmapped.append(self.t("cnil_not_evaluated", ref=ref, comment=comment))
            return
        moment = self._time_of(evaluation)
        if measure is not None:
            self._review("measure", measure.id, status, comment or action, moment)
            return
        section = self._section_of(ref)
        if section is None:
            self.unmapped.append(
                self.t(
                    "cnil_evaluation_unplaced",
                    ref=ref,
                    status=self.t(f"review_status_{status}"),
                    comment=comment,
                ).strip()
            )
            return
        self.section_reviews.setdefault(section, []).append((status, ref, comment or action, moment))

    def _time_of(self, evaluation: CnilEvaluation) -> dt.datetime:
        """When the evaluation was made: its own time, else the PIA's last change, else the import."""
        times = (evaluation.updated_at, evaluation.created_at, self.export.pia.updated_at)
        return next((t for t in map(_time, times) if t is not None), self.moment)

    def _measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.assessment.measures if m.id == measure_id), None)

    def _plan_measure(self, measure: Measure, action: str, evaluation: CnilEvaluation) -> None:
        if action:
            measure.description = _join(
                measure.description, self.t("cnil_action_plan_evaluator", action=action)
            )
        measure.due = _date(evaluation.estimated_implementation_date) or measure.due
        measure.owner = html_to_line(evaluation.person_in_charge) or measure.owner

    def _new_action(self, ref: str, action: str, evaluation: CnilEvaluation) -> None:
        item = _ITEM_REF.fullmatch(ref)
        mapped = self.mapping.items.get(int(item[1])) if item else None
        title = self.t(
            "cnil_action_plan_title", title=mapped.title_in(self.lang) if mapped else " ".join(ref.split())
        )
        used = {m.id for m in self.assessment.measures}
        slug = _ID_UNSAFE.sub("-", ref).strip("-")[:60] or "item"
        measure = Measure(id=_unique(f"cnil-action-{slug}", used), title=title, description=action)
        self._plan_measure(measure, "", evaluation)
        self.assessment.measures.append(measure)

    def _section_of(self, ref: str) -> str | None:
        item = _ITEM_REF.fullmatch(ref)
        mapped = self.mapping.items.get(int(item[1])) if item else None
        if mapped and mapped.question:
            return _section_id(self.bank, mapped.question)
        return self.mapping.evaluation_sections.get(ref)

    def _review(self, scope: str, target: str, status: str, comment: str, moment: dt.datetime) -> None:
        if status != "acceptable" and not comment.strip():
            comment = self.t("cnil_no_comment")
        evaluator = html_to_line(self.export.pia.evaluator_name) or self.t("cnil_default_evaluator")
        set_review(self.assessment, self.bank, scope, target, status, comment, evaluator, moment)  # type: ignore[arg-type]

    def _gauges(self, evaluation: CnilEvaluation) -> str:
        """The evaluator's own severity (x) and likelihood (y) of a risk, when given (1-4; 0 = none)."""
        gauges = (evaluation.model_extra or {}).get("gauges")
        if not isinstance(gauges, dict):
            return ""
        levels = [
            (self.t(key), gauges.get(axis))
            for key, axis in (("cnil_severity", "x"), ("cnil_likelihood", "y"))
        ]
        shown = [
            f"{name} {v}/4 ({self.t(f'cnil_gauge_{v}')})"
            for name, v in levels
            if isinstance(v, int) and v in _GAUGE
        ]
        return self.t("cnil_levels", levels=", ".join(shown)) if shown else ""

    # what is left, and where the texts go

    def _leftovers(self) -> None:
        for key, value in (self.export.model_extra or {}).items():
            if key not in _KNOWN_PARTS:
                if isinstance(value, list | dict):
                    text = self.t("cnil_part_not_imported_items", part=repr(key), count=len(value))
                else:
                    text = self.t("cnil_part_not_imported", part=repr(key))
                self.unmapped.append(text)

    def _place_texts(self) -> ImportResult:
        result = ImportResult(self.assessment, unmapped=len(self.unmapped))
        if self.unmapped:
            self._add(self.mapping.unmapped_note_question, self.note_title, "\n\n".join(self.unmapped))
        for question_id, parts in self.texts.items():
            question = self.bank.question(question_id)
            narrative = [p for p in parts if p[0] != self.note_title]
            if (
                question is not None
                and question.type == "text"
                and narrative
                and question_id not in (self.assessment.answers)
            ):
                self.assessment.answers[question_id] = _joined(narrative, colon=self.t("cnil_heading"))
                result.answered.append(question_id)
                parts = [p for p in parts if p[0] == self.note_title]
            if parts:
                self.assessment.notes[question_id] = QuestionNote(
                    text=_joined(parts, True, self.t("cnil_heading"))
                )
                result.noted.append(question_id)
        return result


def _section_id(bank: QuestionBank, question_id: str) -> str | None:
    return next((s.id for s in bank.sections if any(q.id == question_id for q in s.questions)), None)


def _unique(wanted: str, used: set[str]) -> str:
    """`wanted`, or `wanted-2`, `wanted-3`... if an export repeats an id."""
    candidate, number = wanted, 1
    while candidate in used:
        number += 1
        candidate = f"{wanted}-{number}"
    used.add(candidate)
    return candidate


def _answer_text(data: CnilAnswerData, t: Callable[..., str]) -> str:
    parts = [html_to_text(data.text)]
    parts += [f"- {html_to_text(item)}" for item in data.entries or [] if html_to_text(item)]
    if data.gauge:
        label = t(f"cnil_gauge_{data.gauge}") if data.gauge in _GAUGE else t("cnil_gauge_unknown")
        parts.append(t("cnil_level", gauge=data.gauge, label=label))
    return "\n".join(p for p in parts if p)


def _joined(parts: Iterable[tuple[str, str]], always_heading: bool = False, colon: str = "{heading}:") -> str:
    """The texts under their headings; `colon` writes a heading (French puts a space before the colon)."""
    parts = list(parts)
    if len(parts) == 1 and not always_heading:
        return parts[0][1]
    return "\n\n".join(f"{colon.format(heading=heading)}\n{text}" for heading, text in parts)


def _join(first: str, second: str) -> str:
    return f"{first}\n\n{second}" if first else second


def _time(value: str | None) -> dt.datetime | None:
    """An ISO time of the export (UTC when it names no zone), or None if absent or unreadable."""
    try:
        moment = dt.datetime.fromisoformat(value.strip()) if value and value.strip() else None
    except ValueError:
        return None
    return moment.replace(tzinfo=dt.UTC) if moment and moment.tzinfo is None else moment


def _date(value: str | None) -> dt.date | None:
    moment = _time(value)
    return moment.date() if moment else None
