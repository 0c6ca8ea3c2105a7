"""The published file format: the JSON Schema of a `.dpia` file, generated from the pydantic model.

The schema describes the current shape of the file. The loader migrates older versions
(`app.core.storage.MIGRATIONS`); those from OLDEST_SAME_SHAPE on have the current shape (their migrations
only add or translate answer values), so the schema accepts their `schema_version` too. When a migration
changes the shape, raise OLDEST_SAME_SHAPE to that version. A file valid against this schema loads.
`docs/assessment.schema.json` is a copy of `schema_text()` (a test fails when it is stale).
"""

from __future__ import annotations

import json
from typing import Any

from app.core.assessment import SCHEMA_VERSION, Assessment

OLDEST_SAME_SHAPE = 1  # version 0 (prototype files) kept notes as plain strings
SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID = f"https://dpia-wizard.invalid/schema/assessment-v{SCHEMA_VERSION}.json"


def assessment_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the assessment file, as the loader validates it."""
    generated = Assessment.model_json_schema(mode="validation")
    header = {
        "$schema": SCHEMA_DIALECT,
        "$id": SCHEMA_ID,
        "title": "DPIA assessment file (.dpia)",
        "description": (
            f"A DPIA wizard assessment, schema_version {SCHEMA_VERSION}. Only 'format' is required; "
            "every other part has a default. 'answers' maps a question id to a string, a list of "
            "strings, or a number (an ISO date is a string). Unknown question ids are kept."
        ),
    }
    generated.pop("title", None)
    generated.pop("description", None)
    generated["properties"]["schema_version"] = {
        "title": "Schema Version",
        "description": f"{SCHEMA_VERSION}, or an older version of the same shape (migrated on load)",
        "enum": list(range(OLDEST_SAME_SHAPE, SCHEMA_VERSION + 1)),
        "default": SCHEMA_VERSION,
    }
    # The loader refuses a document without the right 'format' (app.core.storage), so the schema does too.
    return {**header, **generated, "required": ["format"]}


def schema_text() -> str:
    """The schema as stable, human-readable JSON text (what `dpia schema` prints)."""
    return json.dumps(assessment_schema(), indent=2, ensure_ascii=False) + "\n"
