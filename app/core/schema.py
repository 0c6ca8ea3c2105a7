"""The published file format: the JSON Schema of a `.dpia` file, generated from the pydantic model.

The schema describes the current `schema_version`; older files are migrated by `app.core.storage`
before they are validated, so a file valid against this schema always loads. `docs/assessment.schema.json`
is a copy of `schema_text()` (a test fails when it is stale).
"""

from __future__ import annotations

import json
from typing import Any

from app.core.assessment import SCHEMA_VERSION, Assessment

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
    # The loader refuses a document without the right 'format' (app.core.storage), so the schema does too.
    return {**header, **generated, "required": ["format"]}


def schema_text() -> str:
    """The schema as stable, human-readable JSON text (what `dpia schema` prints)."""
    return json.dumps(assessment_schema(), indent=2, ensure_ascii=False) + "\n"
