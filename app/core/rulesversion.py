"""The rules version: which knowledge base scored an assessment.

`rules_version` is `<engine_version>+<digest>`: the `engine_version` of forms/rules/settings.yaml (the
version people talk about) and the first 16 hex digits of a SHA-256 over every YAML file of `forms/`
(questionnaire and rules) and `resources/legal/` (citations), in sorted path order, each as its relative
path and its bytes with line endings normalised. Any change to the law as data gives a new version even
when nobody bumped `engine_version`, and a checkout with CRLF line endings gives the same version as one
with LF. Report strings and fonts are not part of it: they do not change a conclusion.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path

from app import resources

DIGEST_LENGTH = 16


def rules_version(forms_dir: Path, legal_dir: Path, engine_version: str) -> str:
    digest = hashlib.sha256()
    for label, path in _data_files(forms_dir, legal_dir):
        content = path.read_bytes().replace(b"\r\n", b"\n")
        digest.update(label.encode("utf-8") + b"\0")
        digest.update(len(content).to_bytes(8, "big") + content)
    return f"{engine_version}+{digest.hexdigest()[:DIGEST_LENGTH]}"


def _data_files(forms_dir: Path, legal_dir: Path) -> Iterator[tuple[str, Path]]:
    for prefix, root in (("forms", forms_dir), ("legal", legal_dir)):
        for path in sorted(root.rglob("*.yaml")):
            yield f"{prefix}/{path.relative_to(root).as_posix()}", path


@cache
def current_rules_version() -> str:
    """The version of the shipped knowledge base (cached: it does not change while running)."""
    from app.core.knowledge import load_knowledge

    engine_version = load_knowledge().settings.engine_version
    return rules_version(resources.forms_dir(), resources.resources_dir() / "legal", engine_version)
