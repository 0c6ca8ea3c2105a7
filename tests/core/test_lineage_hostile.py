"""Hostile lineage records (history, attachments, reviews) never raise anything but our own errors,
and a hand-edited verdict summary never crashes a re-check or a diff."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.diff import compare_summaries
from app.core.errors import AssessmentFileError
from app.core.knowledge import load_knowledge
from app.core.recheck import recheck
from app.core.safeio import MAX_JSON_NUMBER
from app.core.storage import parse_assessment

in_range = st.integers(-MAX_JSON_NUMBER, MAX_JSON_NUMBER)  # a file with a bigger number does not load
values = st.recursive(
    st.none() | st.booleans() | in_range | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
record_keys = st.sampled_from(
    [
        "revision",
        "time",
        "label",
        "snapshot",
        "verdict_summary",
        "name",
        "sha256",
        "size",
        "content",
        "supports",
        "scope",
        "target",
        "status",
        "comment",
        "evaluator",
        "kind",
        "id",
        "x",
    ]
)
records = st.lists(st.dictionaries(record_keys, values, max_size=8), max_size=3) | values
documents = st.fixed_dictionaries(
    {"format": st.just("dpia-assessment"), "schema_version": st.just(1)},
    optional={
        "history": records,
        "attachments": records,
        "reviews": records,
        "id": values,
        "revision": values,
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_lineage_shaped_documents(document):
    try:
        parse_assessment(json.dumps(document).encode(), "hostile.dpia")
    except AssessmentFileError as exc:
        assert str(exc).startswith("hostile.dpia") and "\n" not in str(exc)


summaries = st.dictionaries(
    st.sampled_from(["outcome", "findings", "risks", "art9", "ai_act", "x"]), values, max_size=5
)


@settings(max_examples=150, deadline=None)
@given(summaries, summaries)
def test_hand_edited_summaries_compare_without_crashing(old, new):
    for change in compare_summaries(old, new):
        assert change.kind in ("added", "removed", "changed")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(summaries)
def test_recheck_of_a_hand_edited_history_entry(summary):
    document = {
        "format": "dpia-assessment",
        "schema_version": 1,
        "history": [{"revision": "r1", "time": "2026-01-01T00:00:00Z", "verdict_summary": summary}],
    }
    assessment = parse_assessment(json.dumps(document).encode())
    result = recheck(assessment, load_knowledge(), dt.date(2026, 11, 30), Path("x.dpia"), "rules")
    assert result.versioned
