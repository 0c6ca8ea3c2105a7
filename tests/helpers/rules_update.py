"""A rules update for re-check tests: a copy of the shipped forms with one extra rule written inline."""

from __future__ import annotations

import shutil
from pathlib import Path

from app import resources

RULE_ID = "test_update_counting_refused"
FINDING_TEXT = "A rules update now refuses people counting"

UPDATE = f"""\
rules:
  - id: {RULE_ID}
    kind: flag
    when: {{fact: fr_function, in: [detection_only]}}
    outcome: do_not_proceed
    finding:
      severity: critical
      topic: necessity
      text:
        en: "{FINDING_TEXT}."
        nl: "Een regelwijziging weigert het tellen van personen."
      citations: [gdpr_art_5_1_c]
"""


def updated_forms(folder: Path) -> Path:
    """The shipped forms/ copied into `folder`, plus one rule refusing detection-only systems."""
    forms = folder / "forms"
    shutil.copytree(resources.forms_dir(), forms)
    (forms / "rules" / "99_update.yaml").write_text(UPDATE, encoding="utf-8")
    return forms
