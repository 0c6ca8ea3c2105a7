from app.core.engine import assess
from app.core.storage import load_assessment, save_assessment, serialise
from tests.helpers.large import large_assessment


def test_large_assessment_round_trips_and_assesses(tmp_path):
    assessment = large_assessment()
    assert len(serialise(assessment)) > 1_000_000
    path = tmp_path / "large.dpia"
    save_assessment(assessment, path)
    loaded = load_assessment(path)
    assert loaded == assessment
    verdict = assess(loaded)
    assert verdict.outcome == "do_not_proceed"
    false_match = next(r for r in verdict.risks if r.id == "false_match")
    assert {f"m{i}" for i in range(500)} <= set(false_match.measures)
