"""Three-way merge of workshop participants' copies of one assessment against their common base.

Each area is a keyed collection: answers and notes by question id, measures and own risks by id (a
measure's effects are one of its fields), overrides by risk and stage, participants by name, evidence by
SHA-256, reviews by scope and target, the fields of metadata and sign-off, and top-level fields this
version does not know (kept, never dropped). Keys only match records ACROSS the base and the copies: records
that share a key within one file (two participants "Jan Smit" of different organisations, two measures with
one id) are all kept, never collapsed into one; a copy's record is matched with an equal one of the base,
else with the base's next unmatched one of that key (so an edit or a removal of one of them is an edit or a
removal of that one), and one more than the base has is an addition. For every key, the copies that changed
it (relative to the base) decide:

- nobody changed it: the base value stays;
- every copy that changed it made the same change: that change is taken (an addition, an edit, a removal);
- copies made different changes: a conflict. For a record (a measure, an override...) the fields are
  merged the same way one level down, so two people editing different fields of one measure both win.
  What still conflicts keeps the base value (or stays unanswered).

A conflicting answer becomes a **disputed** question: its note gets `disputed: true`, `disputed_by` (the
copies that changed it) and a `dispute_reason` naming every participant's value and who gave it. Other
conflicts keep the base and are returned as `Conflict`s for the command to show.

Copies of another assessment (a different lineage `id`) are refused.
"""

from __future__ import annotations

import datetime as dt
import itertools
import uuid
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import Any

from pydantic import BaseModel, ValidationError

from app.core.assessment import (
    Assessment,
    Evidence,
    Measure,
    Metadata,
    OwnRisk,
    Participant,
    QuestionNote,
    RatingOverride,
    Review,
    SignOff,
)
from app.core.errors import DpiaError
from app.core.forms import QuestionBank
from app.core.merge_text import merge_text
from app.core.storage import load_assessment

MISSING: Any = object()
_Key = Callable[[dict[str, Any]], Hashable]
_UNMERGED_METADATA = ("created", "modified")


class MergeError(DpiaError):
    """Copies that cannot be merged: another assessment, or nothing to merge."""


@dataclass(frozen=True)
class Copy:
    """One participant's copy: who made it (shown in disputes) and the assessment."""

    who: str
    assessment: Assessment


@dataclass(frozen=True)
class Conflict:
    """Copies changed the same thing differently; the merged file keeps `base`."""

    area: str
    key: str
    base: Any
    values: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        base = None if self.base is MISSING else self.base
        values = {who: None if v is MISSING else v for who, v in self.values.items()}
        return {"area": self.area, "key": self.key, "base": base, "values": values}


@dataclass
class MergeResult:
    assessment: Assessment
    conflicts: list[Conflict] = field(default_factory=list)
    taken: dict[str, int] = field(default_factory=dict)

    @property
    def disputed_questions(self) -> list[str]:
        return [c.key for c in self.conflicts if c.area == "answers"]


def copy_label(path: PurePath, assessment: Assessment, base: Assessment) -> str:
    """Who a copy stands for: its assessor if the copy changed it, else its file name."""
    assessor = assessment.metadata.assessor.strip()
    if assessor and assessor != base.metadata.assessor.strip():
        return f"{assessor} ({path.name})"
    return path.stem or path.name


def check_same_assessment(base: Assessment, copies: Sequence[Copy]) -> None:
    """Refuse copies of another assessment (another lineage id), and copies made from an earlier state of
    the base (BASE and COPY swapped, or a base that moved on), whose merge would silently undo the base's
    later changes."""
    earlier = {base.parent, *(entry.revision for entry in base.history)} - {None, base.revision}
    for copy in copies:
        if copy.assessment.revision in earlier:
            raise MergeError(
                f"{copy.who} was made from an earlier state of the base "
                f"(revision {copy.assessment.revision}): merging it would undo what changed since; "
                "give the state the copies were made from as the base "
                "(BASE comes first: dpia merge BASE COPY... -o OUT)"
            )
        if base.id and copy.assessment.id != base.id:
            found = f"its id is {copy.assessment.id}" if copy.assessment.id else "it has no id"
            raise MergeError(
                f"{copy.who} is not a copy of this assessment ({found}, the base's is {base.id})"
            )
        if not base.id and copy.assessment.id and _not_descendant(base, copy.assessment):
            raise MergeError(
                f"{copy.who} is not a copy of the base: it has the id {copy.assessment.id}, and the base "
                "has none and no revision it descends from"
            )


def _not_descendant(base: Assessment, copy: Assessment) -> bool:
    if base.revision is None:
        return False  # a base saved before lineage: nothing to check against
    known = {copy.revision, copy.parent, *(e.revision for e in copy.history)}
    return base.revision not in known


def merge(
    base: Assessment, copies: Sequence[Copy], bank: QuestionBank | None = None, locale: str = "en"
) -> MergeResult:
    """The merged assessment and what conflicted; the base and the copies are not changed.

    The reasons of disputed questions are written in `locale` (resources/merge/strings.yaml)."""
    if not copies:
        raise MergeError("nothing to merge: give at least one copy")
    check_same_assessment(base, copies)
    whos = [c.who for c in copies]
    if len(set(whos)) != len(whos):
        raise MergeError(f"two copies have the same name ({', '.join(whos)}); rename one of the files")
    base_data = base.model_dump(mode="json")
    datas = [(c.who, c.assessment.model_dump(mode="json")) for c in copies]
    result = _Merger(base_data, datas)
    merged = result.run()
    conflicts = result.conflicts
    _mark_disputes(merged, [c for c in conflicts if c.area == "answers"], bank, locale)
    merged["history"] = _history(base_data, datas)
    _unique_names(merged["attachments"])
    assessment = Assessment.model_validate(merged)
    _stamp(assessment, base, {c.assessment.id for c in copies} - {None})
    return MergeResult(assessment, conflicts, result.taken)


def merge_files(
    base_path: Path,
    copy_paths: Sequence[Path],
    bank: QuestionBank | None = None,
    locale: str = "en",
    read: Callable[[Path], Assessment] = load_assessment,
) -> MergeResult:
    """Merge copies saved in files (`dpia merge` and the wizard's File > Merge participants' copies…).

    A copy of another assessment is refused naming its file; the others are shown by copy_label (their
    paths if two labels would be the same)."""
    base = read(base_path)
    loaded = [(path, read(path)) for path in copy_paths]
    check_same_assessment(base, [Copy(str(path), copy) for path, copy in loaded])
    labels = [copy_label(path, copy, base) for path, copy in loaded]
    if len(set(labels)) != len(labels):
        labels = [str(path) for path, _ in loaded]
    copies = [Copy(label, copy) for label, (_, copy) in zip(labels, loaded, strict=True)]
    return merge(base, copies, bank, locale)


class _Merger:
    def __init__(self, base: dict[str, Any], copies: list[tuple[str, dict[str, Any]]]) -> None:
        self.base, self.copies = base, copies
        self.conflicts: list[Conflict] = []
        self.taken: dict[str, int] = {}

    def run(self) -> dict[str, Any]:
        known = set(Assessment.model_fields)
        merged = {k: v for k, v in self.base.items() if k in known}
        merged |= self.mapping("unknown_fields", lambda d: _unknown(d, known), records=False)
        merged["answers"] = self.mapping("answers", lambda d: d["answers"], records=False)
        merged["notes"] = self.mapping("notes", lambda d: d["notes"], records=True)
        merged["metadata"] = self.fields("metadata", exclude=_UNMERGED_METADATA)
        merged["sign_off"] = self.fields("sign_off")
        merged["own_risks"] = self.listed("own_risks", lambda r: r["id"])
        merged["measures"] = self.listed("measures", lambda m: m["id"])
        merged["overrides"] = self.listed("overrides", lambda o: (o["risk_id"], o["stage"]))
        merged["participants"] = self.listed("participants", lambda p: p["name"].strip().casefold())
        merged["attachments"] = self.listed("attachments", lambda e: e["sha256"])
        merged["reviews"] = self.listed("reviews", lambda r: (r["scope"], r["target"]))
        return merged

    def mapping(
        self, area: str, part: Callable[[dict[str, Any]], dict[str, Any]], records: bool
    ) -> dict[str, Any]:
        base = part(self.base)
        return self._merge(area, base, [(who, part(d)) for who, d in self.copies], records)

    def fields(self, area: str, exclude: Sequence[str] = ()) -> dict[str, Any]:
        base = self.base[area]
        copies = [(who, {k: v for k, v in d[area].items() if k not in exclude}) for who, d in self.copies]
        merged = self._merge(area, {k: v for k, v in base.items() if k not in exclude}, copies, True)
        return {**base, **merged}

    def listed(self, area: str, key: _Key) -> list[dict[str, Any]]:
        base_groups = _groups(self.base[area], key)
        base = _numbered(self.base[area], key, {})
        copies = [(who, _numbered(d[area], key, base_groups)) for who, d in self.copies]
        return list(self._merge(area, base, copies, records=True).values())

    def _merge(
        self,
        area: str,
        base: dict[Any, Any],
        copies: list[tuple[str, dict[Any, Any]]],
        records: bool,
    ) -> dict[Any, Any]:
        merged: dict[Any, Any] = {}
        for key in _keys(base, [c for _, c in copies]):
            value = self._one(area, key, base.get(key, MISSING), copies, records)
            if value is not MISSING:
                merged[key] = value
        return merged

    def _one(
        self, area: str, key: Any, base: Any, copies: list[tuple[str, dict[str, Any]]], records: bool
    ) -> Any:
        changes = {who: c.get(key, MISSING) for who, c in copies if c.get(key, MISSING) != base}
        distinct = _distinct(changes.values())
        if not distinct:
            return base
        if len(distinct) == 1:
            self.taken[area] = self.taken.get(area, 0) + 1
            return distinct[0]
        if records and all(isinstance(v, dict) for v in distinct):
            return self._records(area, key, base, changes)
        resolved = _resolve(area, key, base, changes)
        if resolved is not MISSING:
            return resolved
        self.conflicts.append(Conflict(area, _label(key), base, changes))
        return base

    def _records(self, area: str, key: Any, base: Any, changes: dict[str, Any]) -> Any:
        """Records changed differently: merge their fields; a record added differently by several
        copies is taken from the first of them, and the others' versions are listed as a conflict."""
        if base is MISSING and area == "notes":
            base = QuestionNote().model_dump(mode="json")
        if isinstance(base, dict):
            found = len(self.conflicts)
            merged = {**base, **self._merge(f"{area}.{_label(key)}", base, list(changes.items()), False)}
            if _valid(area, merged):
                return merged
            # The fields taken do not make a valid record together (e.g. a review status taken from one
            # copy while its required comment conflicted): keep the whole base record instead.
            del self.conflicts[found:]
            self.conflicts.append(Conflict(area, _label(key), base, changes))
            return base
        self.conflicts.append(Conflict(area, _label(key), base, changes))
        return next(iter(changes.values()))


@dataclass(frozen=True)
class _Nth:
    """The `n`-th (from 0) record with `key` in a list: records sharing a key within one file stay apart."""

    key: Hashable
    n: int


def _groups(items: list[dict[str, Any]], key: _Key) -> dict[Hashable, list[dict[str, Any]]]:
    groups: dict[Hashable, list[dict[str, Any]]] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return groups


def _numbered(
    items: list[dict[str, Any]], key: _Key, base: dict[Hashable, list[dict[str, Any]]]
) -> dict[_Nth, dict[str, Any]]:
    """The records of a list by _Nth, in the list's order (see _places)."""
    places = {k: _places(records, base.get(k, [])) for k, records in _groups(items, key).items()}
    seen: dict[Hashable, int] = {}
    numbered: dict[_Nth, dict[str, Any]] = {}
    for item in items:
        k = key(item)
        index = seen[k] = seen.get(k, -1) + 1
        numbered[_Nth(k, places[k][index])] = item
    return numbered


def _places(records: list[dict[str, Any]], theirs: list[dict[str, Any]]) -> list[int]:
    """Where each of a copy's records with one key stands among the base's records with that key: with an
    equal one if there is one, else in the base's remaining places in order, then after them (added)."""
    free = list(range(len(theirs)))
    found: list[int | None] = []
    for record in records:
        equal = next((n for n in free if theirs[n] == record), None)
        if equal is not None:
            free.remove(equal)
        found.append(equal)
    others = itertools.chain(free, itertools.count(len(theirs)))
    return [n if n is not None else next(others) for n in found]


def _unknown(data: dict[str, Any], known: set[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in known}


_RECORDS: dict[str, type[BaseModel]] = {
    "notes": QuestionNote,
    "measures": Measure,
    "own_risks": OwnRisk,
    "overrides": RatingOverride,
    "participants": Participant,
    "attachments": Evidence,
    "reviews": Review,
    "metadata": Metadata,
    "sign_off": SignOff,
}


def _valid(area: str, record: dict[str, Any]) -> bool:
    model = _RECORDS.get(area)
    if model is None:
        return True
    try:
        model.model_validate(record)
    except ValidationError:
        return False
    return True


def _resolve(area: str, key: Any, base: Any, changes: dict[str, Any]) -> Any:
    """Conflicts that have a lossless answer: note texts are put side by side, evidence supports joined."""
    if area.startswith("notes.") and key == "text":
        texts = [f"{who}: {text}" for who, text in changes.items() if text not in (MISSING, "")]
        return "\n\n".join([base, *texts] if base else texts)
    if area.startswith("attachments.") and key == "supports":
        joined: list[Any] = []
        for supports in (base, *changes.values()):
            joined += [s for s in (supports if isinstance(supports, list) else []) if s not in joined]
        return joined
    return MISSING


def _keys(base: dict[Any, Any], copies: list[dict[Any, Any]]) -> list[Any]:
    """The base's keys in order, then the keys the copies added, in the copies' order."""
    keys = list(base)
    seen = set(keys)
    for copy in copies:
        for key in copy:
            if key not in seen:
                seen.add(key)
                keys.append(key)
    return keys


def _distinct(values: Any) -> list[Any]:
    found: list[Any] = []
    for value in values:
        if all(value != other for other in found):
            found.append(value)
    return found


def _label(key: Any) -> str:
    if isinstance(key, _Nth):
        return _label(key.key) + (f" #{key.n + 1}" if key.n else "")
    return "/".join(str(k) for k in key) if isinstance(key, tuple) else str(key)


def _mark_disputes(
    merged: dict[str, Any], conflicts: list[Conflict], bank: QuestionBank | None, locale: str
) -> None:
    for conflict in conflicts:
        note = QuestionNote.model_validate(merged["notes"].get(conflict.key, {}))
        merged["notes"][conflict.key] = note.model_copy(
            update={
                "disputed": True,
                "disputed_by": ", ".join(conflict.values),
                "dispute_reason": dispute_reason(conflict, bank, locale),
            }
        ).model_dump(mode="json")


def dispute_reason(conflict: Conflict, bank: QuestionBank | None = None, locale: str = "en") -> str:
    """'Merged copies differ: base: X; anna: Y; bob: (unanswered)', in `locale`."""
    values = [(merge_text("base", locale), conflict.base), *conflict.values.items()]
    parts = [
        merge_text("value_of", locale, who=who, value=_value_text(bank, conflict.key, value, locale))
        for who, value in values
    ]
    return merge_text("dispute_reason", locale, values=merge_text("separator", locale).join(parts))


def _value_text(bank: QuestionBank | None, question_id: str, value: Any, locale: str = "en") -> str:
    if value is MISSING or value is None:
        return merge_text("unanswered", locale)
    from app.core.diff import value_text

    return value_text(bank, question_id, value, locale)


def resolve_dispute(
    assessment: Assessment,
    conflict: Conflict,
    who: str,
    bank: QuestionBank | None = None,
    locale: str = "en",
) -> Assessment:
    """A copy of the merged assessment with the disputed question answered as `who` answered it.

    The note is no longer disputed; its text records which answer was taken and what each copy said."""
    if conflict.area != "answers" or who not in conflict.values:
        raise MergeError(f"{who} gave no value for {conflict.key}")
    data = assessment.model_dump(mode="json")
    value = conflict.values[who]
    if value is MISSING:
        data["answers"].pop(conflict.key, None)
    else:
        data["answers"][conflict.key] = value
    note = QuestionNote.model_validate(data["notes"].get(conflict.key, {}))
    line = merge_text("resolved", locale, who=who, reason=dispute_reason(conflict, bank, locale))
    data["notes"][conflict.key] = QuestionNote(
        text=f"{note.text}\n\n{line}" if note.text else line
    ).model_dump(mode="json")
    return Assessment.model_validate(data)


def _history(base: dict[str, Any], copies: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    """Every recorded version of the base and the copies, once, in time order."""
    entries: dict[str, dict[str, Any]] = {}
    for data in (base, *(d for _, d in copies)):
        for entry in data["history"]:
            entries.setdefault(entry["revision"], entry)
    return sorted(entries.values(), key=lambda e: e["time"])


def _unique_names(attachments: list[dict[str, Any]]) -> None:
    """Two different files with one name (added in two copies) get distinct names: 'a (2).pdf'."""
    seen: set[str] = set()
    for evidence in attachments:
        name, number = evidence["name"], 1
        path = PurePath(name)
        while name in seen:
            number += 1
            name = f"{path.stem} ({number}){path.suffix}"
        evidence["name"] = name
        seen.add(name)


def _stamp(assessment: Assessment, base: Assessment, copy_ids: set[str | None]) -> None:
    """The merge is a new revision of the base; a base without id takes its copies' id if they agree."""
    assessment.id = base.id or (copy_ids.pop() if len(copy_ids) == 1 else None) or str(uuid.uuid4())
    assessment.parent = base.revision
    assessment.revision = str(uuid.uuid4())
    assessment.metadata.modified = dt.datetime.now(dt.UTC).replace(microsecond=0)
