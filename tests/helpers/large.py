"""A large assessment: 500 measures, 200 participants and 1 MB of notes."""

from app.core.assessment import Measure, Participant, QuestionNote
from app.core.storage import load_assessment
from tests.helpers.paths import scenario_path


def large_assessment():
    base = load_assessment(scenario_path("supermarket_watchlist_nl"))
    note = "Workshop remark on Łódź, Ærø and Ελλάδα; the room disagreed. " * 80
    notes = {f"{q}": QuestionNote(text=note, disputed=i % 3 == 0) for i, q in enumerate(base.answers)}
    notes |= {f"extra_{i}": QuestionNote(text=note) for i in range(200 - len(notes))}
    return base.model_copy(
        update={
            "measures": [
                Measure(id=f"m{i}", title=f"Measure {i}", risks=["false_match"], owner="Security team")
                for i in range(500)
            ],
            "participants": [Participant(name=f"Participant {i}", role="stakeholder") for i in range(200)],
            "notes": notes,
        }
    )
