"""What changed between two states of an assessment, in terms a DPO reads: answers with their question
labels, notes, own risks, measures (with their effects on risks), overrides, sign-off, reviews, evidence,
and the verdict's conclusions.

Verdict summaries are compared only on the keys both sides have, so a summary recorded by an older
version (without, say, `status`) never shows a spurious change for a key it did not know.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass
from typing import Any, Literal

from app.core.assessment import Assessment
from app.core.forms import QuestionBank
from app.core.messages import message

Kind = Literal["added", "removed", "changed"]
_IGNORED_METADATA = {"modified"}
AREAS = (
    "metadata",
    "answers",
    "notes",
    "own_risks",
    "measures",
    "overrides",
    "sign_off",
    "reviews",
    "attachments",
)


@dataclass(frozen=True)
class Change:
    area: str
    key: str
    label: str
    kind: Kind
    old: Any = None
    new: Any = None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def diff_assessments(
    old: Assessment,
    new: Assessment,
    bank: QuestionBank | None = None,
    locale: str = "en",
    summaries: tuple[Mapping[str, Any], Mapping[str, Any]] | None = None,
    finding_texts: Mapping[str, str] | None = None,
    words: Mapping[str, str] | None = None,
) -> list[Change]:
    """Every difference between `old` and `new`; with `summaries`, the verdict differences too (findings
    labelled with `finding_texts`, id -> text in `locale`; `words` names the verdict's keys such as risk
    ids, when given). Labels are in `locale`."""
    labels = _Labels(bank, locale, old, new, risk_titles=words)
    changes: list[Change] = []
    for area in AREAS:
        before, after = _keyed(area, old), _keyed(area, new)
        changes += compare_keyed(area, before, after, labels.for_area(area), locale)
    if summaries is not None:
        changes += compare_summaries(*summaries, locale=locale, finding_texts=finding_texts, words=words)
    return changes


def diff_text(key: str, locale: str = "en", **values: object) -> str:
    """A diff text (resources/cli/messages.yaml)."""
    return message(key, locale, **values)


def _optional(key: str, locale: str, default: str) -> str:
    try:
        return message(key, locale)
    except KeyError:
        return default


def field_label(name: str, locale: str = "en") -> str:
    """A record field or verdict key as words (resources/cli/messages.yaml `field_<name>`), else the name."""
    return _optional(f"field_{name}", locale, name)


def area_label(area: str, locale: str = "en") -> str:
    """An area heading ("answers", "findings"...) as words (messages.yaml `diff_area_<area>`)."""
    return _optional(f"diff_area_{area}", locale, area)


def status_label(code: object, locale: str = "en") -> str:
    """A status or severity code as words (messages.yaml `status_<code>`), else the code."""
    return _optional(f"status_{code}", locale, str(code))


def _keyed(area: str, assessment: Assessment) -> dict[str, Any]:
    data = assessment.model_dump(mode="json")
    if area == "metadata":
        return {k: v for k, v in data["metadata"].items() if k not in _IGNORED_METADATA}
    if area in ("answers", "notes"):
        return dict(data[area])
    if area == "sign_off":
        return dict(data["sign_off"])
    if area in ("measures", "own_risks"):
        return {record["id"]: record for record in data[area]}
    if area == "overrides":
        return {f"{o['risk_id']}/{o['stage']}": o for o in data["overrides"]}
    if area == "reviews":
        return {f"{r['scope']}:{r['target']}": r for r in data["reviews"]}
    if area == "attachments":
        return {a["name"]: {k: v for k, v in a.items() if k != "content"} for a in data["attachments"]}
    raise ValueError(area)


def compare_keyed(
    area: str,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    label: Callable[[str], str],
    locale: str = "en",
) -> list[Change]:
    """Added and removed keys; for a key on both sides, each differing field of a record, or the value."""
    changes: list[Change] = []
    for key in _ordered_keys(old, new):
        if key not in new:
            changes.append(Change(area, key, label(key), "removed", old[key], None))
        elif key not in old:
            changes.append(Change(area, key, label(key), "added", None, new[key]))
        elif old[key] != new[key]:
            changes += _changed(area, key, label(key), old[key], new[key], locale)
    return changes


def _changed(area: str, key: str, label: str, old: Any, new: Any, locale: str = "en") -> list[Change]:
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return [Change(area, key, label, "changed", old, new)]
    fields = _ordered_keys(old, new)
    return [
        Change(area, f"{key}.{f}", f"{label}: {field_label(f, locale)}", "changed", old.get(f), new.get(f))
        for f in fields
        if old.get(f) != new.get(f)
    ]


def _ordered_keys(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    return list(old) + [k for k in new if k not in old]


def compare_summaries(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    locale: str = "en",
    finding_texts: Mapping[str, str] | None = None,
    words: Mapping[str, str] | None = None,
) -> list[Change]:
    """The verdict conclusions that differ (keys present on both sides only), findings by id."""
    changes: list[Change] = []
    for key in old:
        if key not in new or key == "findings":
            continue
        changes += _compare_value("verdict", key, old[key], new[key], locale, words or {})
    if "findings" in old and "findings" in new:
        changes += _compare_findings(old["findings"], new["findings"], locale, finding_texts or {})
    return changes


def _compare_value(
    area: str, path: str, old: Any, new: Any, locale: str = "en", words: Mapping[str, str] | None = None
) -> list[Change]:
    words = words or {}
    if isinstance(old, dict) and isinstance(new, dict):
        found: list[Change] = []
        for key in old:
            if key in new:
                found += _compare_value(area, f"{path}.{key}", old[key], new[key], locale, words)
        if path == "risks":
            found += _appeared(area, "added", new, old, locale, words)
            found += _appeared(area, "removed", old, new, locale, words)
        return found
    label = " › ".join(words.get(part) or field_label(part, locale) for part in path.split("."))
    return [] if old == new else [Change(area, path, label, "changed", old, new)]


def _appeared(
    area: str,
    kind: Kind,
    present: dict[str, Any],
    absent: dict[str, Any],
    locale: str = "en",
    words: Mapping[str, str] | None = None,
) -> list[Change]:
    """Risks on one side only (a risk the rules no longer or newly assess), by title when known."""
    return [
        Change(
            area,
            f"risks.{k}",
            diff_text("diff_risk", locale, risk=(words or {}).get(k) or k),
            kind,
            *((None, v) if kind == "added" else (v, None)),
        )
        for k, v in present.items()
        if k not in absent
    ]


def _compare_findings(
    old: Any, new: Any, locale: str = "en", texts: Mapping[str, str] | None = None
) -> list[Change]:
    before, after = _by_id(old), _by_id(new)

    def label(finding_id: str) -> str:
        shown = (texts or {}).get(finding_id)
        if shown:
            short = shown if len(shown) <= 90 else shown[:89].rstrip() + "…"
            return diff_text("diff_finding_text", locale, text=short, id=finding_id)
        finding = after.get(finding_id) or before[finding_id]
        return diff_text("diff_finding", locale, id=finding_id, rule=finding.get("rule") or finding_id)

    return compare_keyed("findings", before, after, label, locale)


def _by_id(findings: Any) -> dict[str, dict[str, Any]]:
    """Findings by id; anything that is not a finding record (a hand-edited summary) is ignored."""
    if not isinstance(findings, list):
        return {}
    return {f["id"]: f for f in findings if isinstance(f, dict) and isinstance(f.get("id"), str)}


class _Labels:
    """Readable labels for keys: question labels, section titles, measure titles."""

    def __init__(
        self,
        bank: QuestionBank | None,
        locale: str,
        *states: Assessment,
        risk_titles: Mapping[str, str] | None = None,
    ) -> None:
        self.bank, self.locale = bank, locale
        self.measures = {m.id: m.title or m.id for s in states for m in s.measures}
        self.own_risks = {r.id: r.title for s in states for r in s.own_risks}
        self.risks = {**(risk_titles or {}), **self.own_risks}

    def for_area(self, area: str) -> Callable[[str], str]:
        if area in ("answers", "notes"):
            return self.question
        if area == "measures":
            return lambda key: f"{self.measures.get(key, key)} [{key}]"
        if area == "own_risks":
            return lambda key: f"{self.own_risks.get(key, key)} [{key}]"
        if area == "reviews":
            return self.review
        if area == "overrides":
            return self.override
        if area in ("metadata", "sign_off"):
            return lambda key: field_label(key, self.locale)
        return lambda key: key

    def question(self, question_id: str) -> str:
        question = self.bank.question(question_id) if self.bank else None
        return f"{question.label.get(self.locale)} [{question_id}]" if question else question_id

    def override(self, key: str) -> str:
        """A rating override ("false_match/residual") as the risk's title and the stage in words."""
        risk_id, _, stage = key.partition("/")
        title = self.risks.get(risk_id, risk_id)
        return f"{title}, {field_label(stage, self.locale)} [{risk_id}]"

    def review(self, key: str) -> str:
        scope, _, target = key.partition(":")
        if scope == "section" and self.bank and (section := self.bank.section(target)):
            scope_word = diff_text("review_scope_section", self.locale)
            return f"{scope_word} {section.title.get(self.locale)} [{target}]"
        if scope == "measure":
            scope_word = diff_text("review_scope_measure", self.locale)
            return f"{scope_word} {self.measures.get(target, target)} [{target}]"
        return key


def value_text(bank: QuestionBank | None, question_id: str, value: Any, locale: str = "en") -> str:
    """An answer as the questionnaire shows it: option labels with their code for choices ("Detection only
    (detection_only)"; a label that already names its code, "France (FR)", is not given it twice), the text
    otherwise."""
    if value is None:
        return diff_text("diff_no_value", locale)
    question = bank.question(question_id) if bank else None
    values = value if isinstance(value, list) else [value]
    shown = []
    for item in values:
        option = question.option(item) if question and isinstance(item, str) else None
        shown.append(_with_code(option.label.get(locale), item) if option else str(item))
    return ", ".join(shown) if isinstance(value, list) else shown[0]


def _with_code(label: str, code: str) -> str:
    return label if f"({code})".casefold() in label.casefold() else f"{label} ({code})"


def brief(change: Change, value: Any, bank: QuestionBank | None = None, locale: str = "en") -> str:
    """One side of a change as a short readable text ("-" when absent)."""
    if value is None or value == "" or value == []:
        return "-"
    if change.area == "answers":
        return value_text(bank, change.key, value, locale)
    if isinstance(value, dict):
        return _BRIEF.get(change.area, _fields)(value, locale)
    return _plain(value, locale)


def _fields(record: Mapping[str, Any], locale: str = "en") -> str:
    shown = [(k, v) for k, v in record.items() if v not in (None, "", [], False)]
    return "; ".join(f"{field_label(k, locale)}: {_plain(v, locale)}" for k, v in shown)


def _plain(value: Any, locale: str = "en") -> str:
    if isinstance(value, list):
        return ", ".join(_plain(v, locale) for v in value)
    if isinstance(value, dict):
        return _fields(value, locale)
    return str(value)


def _note(note: Mapping[str, Any], locale: str) -> str:
    if not note.get("disputed"):
        return str(note.get("text", ""))
    reason = note.get("dispute_reason") or "-"
    return diff_text("diff_note_disputed", locale, text=note.get("text", ""), reason=reason)


def _own_risk(r: Mapping[str, Any], locale: str) -> str:
    return diff_text(
        "diff_brief_own_risk",
        locale,
        title=r.get("title"),
        severity=r.get("severity"),
        severity_why=r.get("severity_justification"),
        likelihood=r.get("likelihood"),
        likelihood_why=r.get("likelihood_justification"),
    )


def _override(o: Mapping[str, Any], locale: str) -> str:
    return diff_text(
        "diff_brief_override",
        locale,
        severity=o.get("severity"),
        likelihood=o.get("likelihood"),
        why=o.get("justification"),
    )


def _attachment(a: Mapping[str, Any], locale: str) -> str:
    sha = str(a.get("sha256"))[:16]
    return diff_text("diff_brief_attachment", locale, name=a.get("name"), size=a.get("size"), sha=sha)


def _review_text(r: Mapping[str, Any], locale: str) -> str:
    return f"{status_label(r.get('status'), locale)}: {r.get('comment') or '-'} ({r.get('evaluator')})"


_BRIEF: dict[str, Callable[[Mapping[str, Any], str], str]] = {
    "notes": _note,
    "measures": lambda m, loc: f"{m.get('title') or m.get('id')} ({status_label(m.get('status'), loc)})",
    "own_risks": _own_risk,
    "overrides": _override,
    "reviews": _review_text,
    "attachments": _attachment,
    "findings": lambda f, loc: status_label(f.get("severity"), loc),
}
