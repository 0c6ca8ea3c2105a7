"""The English texts of the data that a French or German output must not contain.

Every localized text of forms/ and resources/ ({en: ..., <code>: ...} mappings, the report strings, the CLI
messages, and the citations' title/holding/date_note) whose text in the target language differs from the
English, or is missing (then the English would be printed as the fallback), cut at its {placeholders} into
fragments longer than MIN_CHARS. A fragment found in the output is English left in it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from app import resources
from app.core.textcheck import data_files, is_text
from app.core.yamlsource import load_yaml

MIN_CHARS = 15
_PLACEHOLDER = re.compile(r"\{[^}]*\}|%\(\w+\)s|%[0-9n]|\n")


def squeezed(text: str) -> str:
    """Without any whitespace, so text wrapped over lines or table cells still matches."""
    return "".join(text.split())


def _texts(node: Any, key: str, code: str) -> Iterator[tuple[str, str]]:
    """(key, English) for each text under `node` that `code` words differently or lacks."""
    if is_text(node):
        if node.get(code) != node["en"]:
            yield key, node["en"]
        return
    if isinstance(node, dict):
        translated = node.get("translations") if "kind" in node else None
        if isinstance(translated, dict):
            for part in ("title", "holding", "date_note"):
                english = node.get(part)
                if isinstance(english, str) and english and (translated.get(code) or {}).get(part) != english:
                    yield f"{key}.{part}", english
        for child, value in node.items():
            if child != "translations":
                yield from _texts(value, f"{key}.{child}" if key else str(child), code)
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            yield from _texts(item, f"{key}[{label}]", code)


def english_fragments(code: str) -> list[tuple[str, str]]:
    """(file: key, fragment) for every English fragment the `code` output must not contain."""
    found = []
    root = resources.data_root()
    for path in data_files(resources.forms_dir(), resources.resources_dir()):
        where = Path(path).relative_to(root)
        for key, english in _texts(load_yaml(path), "", code):
            for fragment in _PLACEHOLDER.split(english):
                if len(fragment.strip()) > MIN_CHARS:
                    found.append((f"{where}: {key}", fragment.strip()))
    return found


def english_left(output: str, code: str) -> list[str]:
    """The English fragments found in `output`, as "file: key: fragment" lines (empty when none)."""
    text = squeezed(output)
    return [
        f"{where}: {fragment!r}" for where, fragment in english_fragments(code) if squeezed(fragment) in text
    ]


def failure_message(left: list[str], code: str, what: str) -> str:
    shown = "\n  ".join(left[:60])
    more = f"\n  ... and {len(left) - 60} more" if len(left) > 60 else ""
    return (
        f"{len(left)} English texts of the data left in {what} (no {code!r} text for them):\n  {shown}{more}"
    )
