"""Is every text there in every declared language? The completeness half of `dpia forms check`.

Walks every YAML file of forms/ and resources/ (questions, rules, risks, measures, topics, national laws,
settings, report strings, citations) and the Qt Linguist sources (translations/*.ts), and lists each gap
with file, line and key:

- a text is a mapping with an `en:` entry whose keys are all language codes (`{en: ..., nl: ...}`); each
  declared language needs a non-empty entry beside English;
- the rule fields that accept a plain string (`blocks`, `screening`) are untranslated when they hold one;
- a citation (an item of a `citations:` list) needs, under `translations: {<code>: ...}`, every part the
  English has (title, holding, date_note, and amount when it has words, not only sums of money), and each
  translated title must say `title_is_translation: true` (our translation) or `false` (the official title
  in that language, e.g. from EUR-Lex);
- a citation's `authority` and each of its `articles` / `provisions` need an entry in the tables of
  legal/names/*.yaml (app/core/legalnames.py), whose texts are checked like any other;
- a .ts file needs every message of the interface, finished (not `type="unfinished"`, not empty).
"""

from __future__ import annotations

import re
import xml.parsers.expat
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.core.languages import FALLBACK, is_plain_amount
from app.core.legalnames import LegalNames, load_legal_names
from app.core.yamlsource import load_yaml

_LANGUAGE_KEY = re.compile(r"^[a-z]{2,3}$")
PLAIN_TEXT_FIELDS = ("blocks", "screening")  # rule fields where a plain string means English only
CITATION_PARTS = ("title", "holding", "date_note", "amount")
SKIPPED_FILES = ("languages.yaml",)
SKIPPED_FOLDERS = ("import",)  # the CNIL tool's own item titles: names of its questions, not our text


@dataclass(frozen=True)
class Gap:
    """One missing text: where it is, which key, for which languages, and what is wrong."""

    path: Path
    line: int
    key: str
    languages: tuple[str, ...]
    problem: str = ""
    shown: bool = True  # a text a reader would meet in English; False for metadata (title_is_translation)

    def __str__(self) -> str:
        problem = self.problem or f"no {', '.join(self.languages)} text"
        return f"{self.path}:{self.line}: {self.key}: {problem}"


def data_files(*folders: Path) -> list[Path]:
    """The YAML data files under `folders` whose texts are checked."""
    found = []
    for folder in folders:
        for path in sorted(folder.rglob("*.yaml")):
            relative = path.relative_to(folder).parts
            if path.name not in SKIPPED_FILES and not set(relative[:-1]) & set(SKIPPED_FOLDERS):
                found.append(path)
    return found


def data_gaps(folders: Iterable[Path], codes: Sequence[str]) -> list[Gap]:
    """Every text of the YAML data under `folders` that lacks one of the languages `codes`."""
    wanted = tuple(code for code in codes if code != FALLBACK)
    gaps: list[Gap] = []
    names: dict[Path, LegalNames] = {}
    for path in data_files(*folders):
        raw = load_yaml(path)
        gaps.extend(_walk(path, raw, "", wanted, 1))
        if wanted and path.parent.name == "legal" and isinstance(raw, dict):
            if path.parent not in names:
                names[path.parent] = load_legal_names(path.parent)
            gaps.extend(_name_gaps(path, raw.get("citations"), names[path.parent], wanted))
    return gaps


def _name_gaps(path: Path, citations: Any, names: LegalNames, wanted: tuple[str, ...]) -> Iterator[Gap]:
    """A citation's authority and references the tables of legal/names/ cannot write in other languages."""
    for node in citations if isinstance(citations, list) else ():
        if not isinstance(node, dict):
            continue
        authority = node.get("authority")
        references = [str(r) for key in ("articles", "provisions") for r in node.get(key) or ()]
        unknown = names.unknown(authority if isinstance(authority, str) else "", references)
        for item in unknown:
            problem = f"{item} is not in legal/names/*.yaml (no {', '.join(wanted)} text)"
            yield Gap(path, getattr(node, "line", 0), f"citations[{node.get('id')}]", wanted, problem)


def complete_languages(folders: Iterable[Path], codes: Sequence[str]) -> frozenset[str]:
    """The languages of `codes` in which a reader meets no English text of the data under `folders`
    (English always). Metadata gaps (a citation's title_is_translation) do not count here."""
    incomplete = {code for gap in data_gaps(folders, codes) if gap.shown for code in gap.languages}
    return frozenset(code for code in codes if code == FALLBACK or code not in incomplete)


def _has(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def is_text(node: Any) -> bool:
    """A localized text: {en: ..., <code>: ...}, all keys language codes."""
    return (
        isinstance(node, dict)
        and _has(node.get(FALLBACK))
        and all(isinstance(k, str) and _LANGUAGE_KEY.match(k) for k in node)
    )


def _child_key(prefix: str, key: object) -> str:
    return f"{prefix}.{key}" if prefix else str(key)


def _walk(path: Path, node: Any, key: str, wanted: tuple[str, ...], line: int) -> Iterator[Gap]:
    line = getattr(node, "line", line)
    if is_text(node):
        missing = tuple(code for code in wanted if not _has(node.get(code)))
        if missing:
            yield Gap(path, line, key, missing)
        yield from _placeholder_gaps(path, line, key, node, wanted)
        return
    if isinstance(node, dict):
        if key.endswith("]") and key.rsplit("[", 1)[0].endswith("citations") and "kind" in node:
            yield from _citation_gaps(path, node, key, wanted)
        for child, value in node.items():
            if child == "translations" and "kind" in node:
                continue  # a citation's translations: checked above
            if child in PLAIN_TEXT_FIELDS and _has(value) and wanted:
                problem = f"English only (no {', '.join(wanted)})"
                yield Gap(path, line, _child_key(key, child), wanted, problem)
            else:
                yield from _walk(path, value, _child_key(key, child), wanted, line)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            yield from _walk(path, item, f"{key}[{label}]", wanted, line)


_PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}|%\((\w+)\)s")


def placeholders(text: str) -> set[str]:
    """The {name} and %(name)s fields a text is filled in through."""
    return {a or b for a, b in _PLACEHOLDER.findall(text)}


def _placeholder_gaps(
    path: Path, line: int, key: str, node: dict[str, Any], wanted: tuple[str, ...]
) -> Iterator[Gap]:
    """A translation may use only the fields the English text has: the code fills in no others."""
    allowed = placeholders(node[FALLBACK])
    for code in wanted:
        if _has(node.get(code)):
            unknown = sorted(placeholders(node[code]) - allowed)
            if unknown:
                problem = f"the {code} text uses {{{unknown[0]}}}, which the English text does not have"
                yield Gap(path, line, key, (code,), problem)


def _citation_gaps(path: Path, node: dict[str, Any], key: str, wanted: tuple[str, ...]) -> Iterator[Gap]:
    found = node.get("translations")
    translations: dict[str, Any] = found if isinstance(found, dict) else {}
    line = getattr(node, "line", 0)
    for part in CITATION_PARTS:
        english = node.get(part)
        if not isinstance(english, str) or not english.strip():
            continue
        if part == "amount" and is_plain_amount(english):
            continue
        missing = tuple(code for code in wanted if not _has((translations.get(code) or {}).get(part)))
        if missing:
            where = getattr(translations, "line", line)
            yield Gap(path, where, f"{key}.translations.<lang>.{part}", missing)
    for code in wanted:
        text = translations.get(code)
        if (
            isinstance(text, dict)
            and _has(text.get("title"))
            and not isinstance(text.get("title_is_translation"), bool)
        ):
            yield Gap(
                path,
                getattr(text, "line", line),
                f"{key}.translations.{code}.title_is_translation",
                (code,),
                "not set: say whether the title is the official one (false) or our translation (true)",
                shown=False,
            )


# -- Qt Linguist sources --------------------------------------------------------------------------------


@dataclass(frozen=True)
class TsMessage:
    context: str
    source: str
    translation: str
    finished: bool
    line: int


def read_ts(path: Path) -> list[TsMessage]:
    """The messages of a .ts file (obsolete and vanished ones left out), with the line of each."""
    parser = xml.parsers.expat.ParserCreate()
    messages: list[TsMessage] = []
    state: dict[str, Any] = {"context": "", "text": [], "line": 0, "type": "", "in": ""}

    def start(name: str, attributes: dict[str, str]) -> None:
        if name == "message":
            state.update(line=parser.CurrentLineNumber, source="", translation="", type="")
        if name in ("name", "source", "translation"):
            state.update(text=[], **{"in": name})
        if name == "translation":
            state["type"] = attributes.get("type", "")

    def end(name: str) -> None:
        if name in ("name", "source", "translation"):
            value = "".join(state["text"])
            state["context" if name == "name" else name] = value
            state["in"] = ""
        if name == "message" and state["type"] not in ("obsolete", "vanished"):
            finished = state["type"] != "unfinished" and bool(state["translation"].strip())
            messages.append(
                TsMessage(state["context"], state["source"], state["translation"], finished, state["line"])
            )

    def data(text: str) -> None:
        if state["in"]:
            state["text"].append(text)

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = data
    parser.Parse(path.read_bytes(), True)
    return messages


def ts_path(folder: Path, code: str, catalogue: str = "dpia_wizard") -> Path:
    return folder / f"{catalogue}_{code}.ts"


def interface_gaps(folder: Path, codes: Sequence[str], catalogue: str = "dpia_wizard") -> list[Gap]:
    """Every interface message missing or unfinished in the .ts file of each declared language.

    The interface's messages are the union of the sources of all .ts files in `folder` (lupdate writes the
    same set into each; a message only some files have is missing in the others)."""
    files = {code: ts_path(folder, code, catalogue) for code in codes if code != FALLBACK}
    read = {code: read_ts(path) for code, path in files.items() if path.is_file()}
    every = sorted({(m.context, m.source) for messages in read.values() for m in messages})
    gaps: list[Gap] = []
    for code, path in files.items():
        if code not in read:
            gaps.append(Gap(path, 0, catalogue, (code,), f"no interface translation file for {code!r}"))
            continue
        have = {(m.context, m.source): m for m in read[code]}
        for context, source in every:
            message = have.get((context, source))
            if message is None:
                gaps.append(Gap(path, 0, f"{context}: {source!r}", (code,), "message missing"))
            elif not message.finished:
                gaps.append(Gap(path, message.line, f"{context}: {source!r}", (code,), "not translated"))
    return gaps
