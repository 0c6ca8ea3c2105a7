"""Arbitrary bytes, JSON and YAML never raise anything but the project's own error types."""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.core.answers import check_answers
from app.core.errors import AssessmentFileError, FormsError
from app.core.forms import load_section
from app.core.knowledge import load_knowledge
from app.core.storage import parse_assessment

BANK = load_knowledge().bank

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
question_ids = st.sampled_from([q.id for q in BANK.questions()]) | st.text(max_size=12)
documents = st.fixed_dictionaries(
    {"format": st.just("dpia-assessment"), "schema_version": st.sampled_from([0, 1, 2, "1", None])},
    optional={
        "answers": st.dictionaries(question_ids, json_values, max_size=6) | json_values,
        "metadata": st.dictionaries(st.sampled_from(["title", "created", "status", "x"]), json_values)
        | json_values,
        "measures": st.lists(st.dictionaries(st.sampled_from(["id", "title", "due", "status"]), json_values)),
        "overrides": st.lists(
            st.dictionaries(st.sampled_from(["risk_id", "severity", "justification"]), json_values)
        ),
        "notes": st.dictionaries(question_ids, json_values),
    },
)


def _load(raw: bytes) -> None:
    assessment = parse_assessment(raw, "hostile.dpia")
    check_answers(BANK, assessment.answers, "hostile.dpia")


def _expect_own_error(raw: bytes) -> None:
    try:
        _load(raw)
    except AssessmentFileError as exc:
        assert str(exc).startswith("hostile.dpia") and "\n" not in str(exc)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=300))
def test_arbitrary_bytes(raw):
    _expect_own_error(raw)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_arbitrary_json(value):
    _expect_own_error(json.dumps(value).encode())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_documents_shaped_like_assessments(document):
    _expect_own_error(json.dumps(document).encode())


def test_deeply_nested_json():
    _expect_own_error(b'{"format": "dpia-assessment", "answers": ' + b"[" * 100_000 + b"]" * 100_000 + b"}")


yaml_text = st.text(alphabet=st.sampled_from(list("ab:- \n{}[]'\"#&*!|>%@`,?0\t")), max_size=200)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(yaml_text)
def test_arbitrary_yaml_section(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("forms") / "section.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        load_section(path)
    except FormsError as exc:
        assert str(path) in str(exc)
