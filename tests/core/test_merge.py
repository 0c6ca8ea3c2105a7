"""Three-way merge of participants' copies: changes taken, conflicts disputed, other assessments refused."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import re

import pytest

from app.core.assessment import (
    Assessment,
    Evidence,
    Measure,
    Participant,
    QuestionNote,
    RatingOverride,
    Support,
)
from app.core.knowledge import load_knowledge
from app.core.lineage import record_version, stamp_revision
from app.core.merge import MISSING, Copy, MergeError, merge
from app.core.storage import parse_assessment, serialise

MOMENT = dt.datetime(2026, 3, 1, tzinfo=dt.UTC)


def _evidence(name: str, data: bytes, supports: list[Support]) -> Evidence:
    return Evidence(
        name=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        content=base64.b64encode(data).decode(),
        supports=supports,
    )


@pytest.fixture
def base() -> Assessment:
    assessment = Assessment(
        answers={"fr_function": "identification_1toN", "scale": "1k_100k", "country": "NL"},
        measures=[Measure(id="m1", title="Signs", owner="Facilities"), Measure(id="m2", title="Old")],
        participants=[Participant(name="Anna", role="Assessor")],
        attachments=[_evidence("policy.txt", b"policy", [Support(kind="question", id="scale")])],
    )
    stamp_revision(assessment)
    return assessment


def _copy(base: Assessment, who: str, **changes) -> Copy:
    copy = base.model_copy(deep=True)
    for name, value in changes.items():
        setattr(copy, name, value)
    stamp_revision(copy)
    return Copy(who, copy)


def test_changes_to_different_questions_are_all_taken(base) -> None:
    anna = _copy(base, "anna", answers={**base.answers, "scale": "gt_10m", "fr_timing": "realtime"})
    bob_answers = {k: v for k, v in base.answers.items() if k != "country"}
    bob = _copy(base, "bob", answers={**bob_answers, "setting": ["retail"]})
    result = merge(base, [anna, bob])
    assert result.assessment.answers == {
        "fr_function": "identification_1toN",
        "scale": "gt_10m",
        "fr_timing": "realtime",
        "setting": ["retail"],
    }
    assert result.conflicts == [] and result.taken["answers"] == 4
    assert result.assessment.notes == {}


def test_the_same_change_in_two_copies_is_no_conflict(base) -> None:
    answers = {**base.answers, "scale": "gt_10m"}
    result = merge(base, [_copy(base, "anna", answers=answers), _copy(base, "bob", answers=dict(answers))])
    assert result.assessment.answers["scale"] == "gt_10m" and not result.conflicts


def test_different_answers_keep_the_base_and_become_a_dispute_naming_everyone(base) -> None:
    bank = load_knowledge().bank
    base.notes = {"scale": QuestionNote(text="From the camera count")}
    anna = _copy(base, "anna", answers={**base.answers, "scale": "gt_10m"})
    bob = _copy(base, "bob", answers={**base.answers, "scale": "lt_1k"})
    carol = _copy(base, "carol")  # unchanged: not part of the dispute
    result = merge(base, [anna, bob, carol], bank)
    assert result.assessment.answers["scale"] == "1k_100k"
    note = result.assessment.notes["scale"]
    assert note.disputed and note.disputed_by == "anna, bob"
    assert note.text == "From the camera count"
    for fragment in ("base: ", "(1k_100k)", "anna: ", "(gt_10m)", "bob: ", "(lt_1k)"):
        assert fragment in note.dispute_reason
    assert "carol" not in note.dispute_reason
    assert result.disputed_questions == ["scale"]


def test_a_question_unanswered_in_the_base_stays_unanswered_when_disputed(base) -> None:
    anna = _copy(base, "anna", answers={**base.answers, "human_review": "none"})
    bob = _copy(base, "bob", answers={**base.answers, "human_review": "always_before_action"})
    result = merge(base, [anna, bob])
    assert "human_review" not in result.assessment.answers
    assert "base: (unanswered)" in result.assessment.notes["human_review"].dispute_reason
    (conflict,) = result.conflicts
    assert conflict.base is MISSING and conflict.to_json()["base"] is None


def test_a_removal_against_a_change_is_a_dispute(base) -> None:
    anna = _copy(base, "anna", answers={k: v for k, v in base.answers.items() if k != "scale"})
    bob = _copy(base, "bob", answers={**base.answers, "scale": "gt_10m"})
    result = merge(base, [anna, bob])
    assert result.assessment.answers["scale"] == "1k_100k"
    assert "anna: (unanswered)" in result.assessment.notes["scale"].dispute_reason


def test_measures_merge_field_by_field(base) -> None:
    m1, m2 = base.measures
    anna = _copy(base, "anna", measures=[m1.model_copy(update={"owner": "Security"}), m2])
    bob = _copy(
        base,
        "bob",
        measures=[m1.model_copy(update={"due": dt.date(2026, 6, 1)}), Measure(id="m3", title="Training")],
    )
    result = merge(base, [anna, bob])
    merged = {m.id: m for m in result.assessment.measures}
    assert list(merged) == ["m1", "m3"]  # bob removed m2, nobody else touched it
    assert (merged["m1"].owner, merged["m1"].due) == ("Security", dt.date(2026, 6, 1))
    assert not result.conflicts


def test_a_measure_field_changed_differently_keeps_the_base_and_is_a_conflict(base) -> None:
    m1, m2 = base.measures
    anna = _copy(base, "anna", measures=[m1.model_copy(update={"title": "Signs at the door"}), m2])
    bob = _copy(base, "bob", measures=[m1.model_copy(update={"title": "Posters", "owner": "HR"}), m2])
    result = merge(base, [anna, bob])
    merged = result.assessment.measures[0]
    assert (merged.title, merged.owner) == ("Signs", "HR")
    (conflict,) = result.conflicts
    assert (conflict.area, conflict.key) == ("measures.m1", "title")
    assert conflict.values == {"anna": "Signs at the door", "bob": "Posters"}
    assert result.disputed_questions == []


def test_overrides_participants_notes_and_evidence(base) -> None:
    override = RatingOverride(risk_id="false_match", severity=2, likelihood=2, justification="Human review")
    anna = _copy(
        base,
        "anna",
        overrides=[override],
        participants=[*base.participants, Participant(name="Bram", role="Security")],
        notes={"country": QuestionNote(text="HQ in Utrecht")},
        attachments=[
            base.attachments[0].model_copy(
                update={"supports": [*base.attachments[0].supports, Support(kind="question", id="country")]}
            ),
            _evidence("report.pdf", b"anna's report", []),
        ],
    )
    bob = _copy(
        base,
        "bob",
        participants=[*base.participants, Participant(name="Carla")],
        notes={"country": QuestionNote(text="Also an office in Gent")},
        attachments=[
            base.attachments[0].model_copy(
                update={
                    "supports": [*base.attachments[0].supports, Support(kind="question", id="fr_function")]
                }
            ),
            _evidence("report.pdf", b"bob's different report", []),
        ],
    )
    result = merge(base, [anna, bob])
    merged = result.assessment
    assert merged.overrides == [override]
    assert [p.name for p in merged.participants] == ["Anna", "Bram", "Carla"]
    assert merged.notes["country"].text == "anna: HQ in Utrecht\n\nbob: Also an office in Gent"
    assert not merged.notes["country"].disputed
    policy = merged.attachments[0]
    assert [s.id for s in policy.supports] == ["scale", "country", "fr_function"]
    assert [e.name for e in merged.attachments] == ["policy.txt", "report.pdf", "report (2).pdf"]
    assert [e.data() for e in merged.attachments[1:]] == [b"anna's report", b"bob's different report"]
    assert not result.conflicts


def test_the_merged_file_continues_the_lineage_and_keeps_every_version(base) -> None:
    knowledge = load_knowledge()
    record_version(base, "before the workshop", knowledge, moment=MOMENT)
    anna = base.model_copy(deep=True)
    anna.answers["scale"] = "gt_10m"
    record_version(anna, "anna's draft", knowledge, moment=MOMENT + dt.timedelta(hours=1))
    bob = _copy(base, "bob", answers={**base.answers, "country": "DE"})
    before = serialise(base), serialise(anna), serialise(bob.assessment)
    result = merge(base, [Copy("anna", anna), bob], knowledge.bank)
    merged = result.assessment
    assert merged.id == base.id and merged.parent == base.revision
    assert merged.revision not in {base.revision, anna.revision, bob.assessment.revision}
    assert [e.label for e in merged.history] == ["before the workshop", "anna's draft"]
    assert (merged.answers["scale"], merged.answers["country"]) == ("gt_10m", "DE")
    assert (serialise(base), serialise(anna), serialise(bob.assessment)) == before  # inputs untouched
    again = parse_assessment(serialise(merged))
    assert json.loads(serialise(again)) == json.loads(serialise(merged))


def test_a_copy_of_another_assessment_is_refused(base) -> None:
    other = Assessment(answers={"scale": "gt_10m"})
    stamp_revision(other)
    with pytest.raises(MergeError, match="bob is not a copy of this assessment"):
        merge(base, [_copy(base, "anna"), Copy("bob", other)])
    with pytest.raises(MergeError, match="not a copy"):
        merge(base, [Copy("carol", base.model_copy(update={"id": None}))])


def test_a_base_without_id_accepts_its_descendants_only(base) -> None:
    legacy = base.model_copy(update={"id": None})
    child = legacy.model_copy(deep=True)
    stamp_revision(child)  # gets an id and names the base's revision as its parent
    assert merge(legacy, [Copy("anna", child)]).assessment.id == child.id
    stranger = Assessment()
    stamp_revision(stranger)
    with pytest.raises(MergeError, match="not a copy of the base"):
        merge(legacy, [Copy("bob", stranger)])


def test_nothing_to_merge_and_duplicate_names_are_refused(base) -> None:
    with pytest.raises(MergeError, match="nothing to merge"):
        merge(base, [])
    with pytest.raises(MergeError, match="same name"):
        merge(base, [_copy(base, "anna"), _copy(base, "anna")])


def test_fields_that_together_make_an_invalid_record_keep_the_whole_base_record(base) -> None:
    from app.core.assessment import Review

    review = Review(scope="section", target="system", status="acceptable", evaluator="Eva", time=MOMENT)
    base.reviews = [review]
    anna = _copy(base, "anna", reviews=[review.model_copy(update={"status": "improvable", "comment": "A"})])
    bob = _copy(base, "bob", reviews=[review.model_copy(update={"comment": "B"})])
    result = merge(base, [anna, bob])  # status from anna alone, comment in conflict: "improvable" without one
    assert result.assessment.reviews == [review]
    (conflict,) = result.conflicts
    assert (conflict.area, conflict.key) == ("reviews", "section/system")
    assert set(conflict.values) == {"anna", "bob"}


@pytest.mark.parametrize(
    ("locale", "opening", "base_word", "label"),
    [
        ("en", "Merged copies differ: ", "base: ", "More than 10 million"),
        ("nl", "Samengevoegde kopieën verschillen: ", "basis: ", "Meer dan 10 miljoen"),
        ("fr", "Les copies fusionnées diffèrent : ", "base : ", None),
        ("de", "Die zusammengeführten Kopien weichen voneinander ab: ", "Basis: ", None),
    ],
)
def test_the_dispute_reason_is_written_in_the_chosen_language(
    base, locale, opening, base_word, label
) -> None:
    bank = load_knowledge().bank
    anna = _copy(base, "anna", answers={**base.answers, "scale": "gt_10m"})
    bob = _copy(base, "bob", answers={k: v for k, v in base.answers.items() if k != "scale"})
    reason = merge(base, [anna, bob], bank, locale).assessment.notes["scale"].dispute_reason
    assert reason.startswith(opening + base_word)
    question = bank.question("scale")
    assert question is not None
    option = question.option("gt_10m")
    assert option is not None
    assert f"{option.label.get(locale)} (gt_10m)" in reason
    if label is not None:
        assert label in reason
    unanswered = {
        "en": "(unanswered)",
        "nl": "(niet beantwoord)",
        "fr": "(sans réponse)",
        "de": "(nicht beantwortet)",
    }
    assert reason.endswith(unanswered[locale])


def test_resolving_a_dispute_takes_that_participants_value_and_records_it(base) -> None:
    from app.core.merge import resolve_dispute

    bank = load_knowledge().bank
    base.notes = {"scale": QuestionNote(text="From the camera count")}
    anna = _copy(base, "anna", answers={**base.answers, "scale": "gt_10m"})
    bob = _copy(base, "bob", answers={k: v for k, v in base.answers.items() if k != "scale"})
    result = merge(base, [anna, bob], bank, "nl")
    (conflict,) = result.conflicts
    taken = resolve_dispute(result.assessment, conflict, "anna", bank, "nl")
    assert taken.answers["scale"] == "gt_10m"
    note = taken.notes["scale"]
    assert not note.disputed and note.disputed_by == "" and note.dispute_reason == ""
    assert note.text.startswith("From the camera count\n\nGeschil beslecht")
    assert "het antwoord van anna is overgenomen" in note.text and "Meer dan 10 miljoen" in note.text
    removed = resolve_dispute(result.assessment, conflict, "bob", bank)
    assert "scale" not in removed.answers and "the answer of bob was taken" in removed.notes["scale"].text
    assert result.assessment.answers["scale"] == "1k_100k"  # the merge result itself is unchanged
    with pytest.raises(MergeError, match="carol gave no value for scale"):
        resolve_dispute(result.assessment, conflict, "carol", bank)


def test_merging_files_names_a_copy_of_another_assessment_by_its_path(base, tmp_path) -> None:
    from app.core.merge import merge_files
    from app.core.storage import save_assessment

    save_assessment(base, tmp_path / "base.dpia")
    anna = _copy(base, "anna", answers={**base.answers, "scale": "gt_10m"}).assessment
    save_assessment(anna, tmp_path / "anna.dpia")
    result = merge_files(tmp_path / "base.dpia", [tmp_path / "anna.dpia"])
    assert result.assessment.answers["scale"] == "gt_10m" and result.assessment.parent == base.revision
    stranger = Assessment(answers={"scale": "lt_1k"})
    stamp_revision(stranger)
    save_assessment(stranger, tmp_path / "stranger.dpia")
    with pytest.raises(MergeError, match=re.escape(f"{tmp_path / 'stranger.dpia'} is not a copy of")):
        merge_files(tmp_path / "base.dpia", [tmp_path / "anna.dpia", tmp_path / "stranger.dpia"])


# Records sharing a key within one file (the model allows it; import-cnil used to make them): a merge never
# collapses them into one.


@pytest.fixture
def doubled(base) -> Assessment:
    from app.core.assessment import Review

    review = Review(
        scope="section", target="system", status="improvable", comment="A", evaluator="Eva", time=MOMENT
    )
    override = RatingOverride(risk_id="false_match", severity=2, likelihood=2, justification="Human review")
    base.participants = [
        Participant(name="Jan Smit", role="Assessor", organisation="Police"),
        Participant(name="jan smit", role="Vendor", organisation="Vendor BV"),
    ]
    base.measures = [Measure(id="m1", title="Signs"), Measure(id="m1", title="Training")]
    base.overrides = [override, override.model_copy(update={"severity": 3, "justification": "Crowds"})]
    base.reviews = [review, review.model_copy(update={"comment": "B", "evaluator": "Sam"})]
    stamp_revision(base)
    return base


AREAS = ("participants", "measures", "overrides", "reviews")


def test_a_merge_without_changes_keeps_records_that_share_a_key(doubled) -> None:
    result = merge(doubled, [_copy(doubled, "anna"), _copy(doubled, "bob")])
    for area in AREAS:
        assert getattr(result.assessment, area) == getattr(doubled, area), area
    assert result.conflicts == []


def test_one_of_two_records_with_one_key_is_edited_and_the_other_removed(doubled) -> None:
    jan, vendor = doubled.participants
    edited = vendor.model_copy(update={"email": "jan@vendor.example"})
    anna = _copy(doubled, "anna", participants=[jan, edited], measures=[doubled.measures[1]])
    bob = _copy(doubled, "bob", participants=[vendor], measures=list(doubled.measures))
    result = merge(doubled, [anna, bob])
    assert result.assessment.participants == [edited]  # bob's removal of one, anna's edit of the other
    assert [m.title for m in result.assessment.measures] == ["Training"]
    assert result.conflicts == []


def test_a_copy_adding_a_namesake_keeps_both(doubled) -> None:
    namesake = Participant(name="JAN SMIT", role="DPO", organisation="City")
    result = merge(doubled, [_copy(doubled, "anna", participants=[*doubled.participants, namesake])])
    assert result.assessment.participants == [*doubled.participants, namesake]


def test_a_conflict_on_the_second_of_two_records_names_it(doubled) -> None:
    first, second = doubled.measures
    anna = _copy(doubled, "anna", measures=[first, second.model_copy(update={"title": "Training A"})])
    bob = _copy(doubled, "bob", measures=[first, second.model_copy(update={"title": "Training B"})])
    result = merge(doubled, [anna, bob])
    assert [m.title for m in result.assessment.measures] == ["Signs", "Training"]
    (conflict,) = result.conflicts
    assert (conflict.area, conflict.key) == ("measures.m1 #2", "title")
    assert parse_assessment(serialise(result.assessment)).measures == result.assessment.measures
