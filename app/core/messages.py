"""What the CLI prints, as data: resources/cli/messages.yaml (key -> text per language, English the fallback).

The verdict summary's words live with the rules (forms/rules/settings.yaml `texts`); the report's in
resources/report/strings.yaml; the other lines `dpia assess` and `dpia report` print are here.
"""

from __future__ import annotations

from functools import cache

from app import resources
from app.core.languages import FALLBACK, plural_key
from app.core.yamlsource import load_yaml


@cache
def _messages() -> dict[str, dict[str, str]]:
    raw = load_yaml(resources.resource_path("cli", "messages.yaml"))
    return {str(key): {str(k): str(v) for k, v in texts.items()} for key, texts in raw.items()}


def message(key: str, code: str = FALLBACK, **values: object) -> str:
    """The CLI text `key` in language `code` (English when it has none), filled in with `values`."""
    texts = _messages()[key]
    template = texts.get(code) or texts[FALLBACK]
    return template.format(**values) if values else template


def count_message(key: str, count: int, code: str = FALLBACK, **values: object) -> str:
    """`message` in the grammatical number of `count` (`<key>_one` where the data has it), as {count}."""
    return message(plural_key(key, count, code, _messages()), code, count=count, **values)
