"""The script of a whole working day in the wizard, and what the saved file must hold after it.

Pure Python, no Qt: the soak test computes the expected file from the same plan the wizard process
(tests/helpers/soak_wizard.py) carries out through real widgets.

A plan is a list of steps, each a tuple whose first item says what to do:

    ("goto", section_id)                 click the section in the section list
    ("next",) / ("prev",)                Ctrl+PgDown / Ctrl+PgUp
    ("type", field, text)                type text at the end of a field: ("answer", qid) or ("note", qid)
    ("choose", qid, value)               click a radio button, or move a drop-down list with the arrow keys
    ("tick", qid, value)                 click a check box (toggles it)
    ("settle",)                          let the event loop run until the verdict is re-scored
    ("save",)                            Ctrl+S (Save As the first time)
    ("export", name)                     Ctrl+E, export the PDF report `name`
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

Step = tuple[Any, ...]

SECTIONS = (
    "project",
    "system",
    "screening",
    "lawfulness",
    "necessity",
    "transparency_rights",
    "accuracy_oversight",
    "vendors_transfers",
    "ai_act",
    "security",
    "consultation",
    "risks",
    "measures",
    "signoff",
)
# Text answers that every assessment shows (no show_if), by section; True: a multi-line field.
TEXT_ANSWERS = {
    "processing_description": ("project", True),
    "purpose_description": ("project", True),
    "context_description": ("project", True),
    "deployment_locations": ("project", False),
    "screening_notes": ("screening", True),
    "necessity_justification": ("necessity", True),
}
NOTES = {"fr_function": "system", "scale": "system", "human_review": "accuracy_oversight"}
# Choice questions without show_if whose answers change no other question's visibility we type into.
SINGLE = {
    "fr_timing": ("system", ("realtime", "retrospective")),
    "scale": ("system", ("lt_1k", "1k_100k", "100k_10m", "gt_10m")),
    "country": ("system", ("NL", "DE", "FR", "BE", "ES", "SE", "PL", "IT")),  # a drop-down list
    "template_storage": ("system", ("none_retained", "central_controller", "vendor_cloud")),
    "less_intrusive_sufficient": ("necessity", ("yes", "no", "not_assessed")),
    "retention_non_matches": ("necessity", ("immediate", "up_to_24h", "up_to_30d", "longer")),
    "rights_procedure": ("transparency_rights", ("yes", "no")),
    "accuracy_bias_testing": ("accuracy_oversight", ("independent", "vendor_claims_only", "none")),
    "human_review": ("accuracy_oversight", ("always_before_action", "sometimes", "none")),
    "third_country_transfer": ("vendors_transfers", ("none", "adequacy", "no_safeguards")),
    "dpo_consulted": ("consultation", ("yes", "no")),
}
MULTI = {
    "setting": ("system", ("publicly_accessible_space", "retail", "stadium_event", "workplace")),
    "transparency": ("transparency_rights", ("signage_before_area", "individual_notice")),
    "security_measures": ("security", ("template_encryption", "access_control", "audit_logging")),
}
WORDS = (
    "camera",
    "watchlist",
    "match",
    "stadium",
    "gate",
    "steward",
    "template",
    "retention",
    "visitor",
    "season-ticket",
    "DPO",
    "Art. 9(2)(g)",
    "UAVG",
    "privé",
    "geïnformeerd",
    "één",
    "naïeve",
    "café",
    "€30.5m",
    "‘opt-out’",
    "bias",
    "FRIA",
    "ÆØÅ",
    "Zürich",
    "ß",
    "1:N",
    "24h",
    "(draft)",
    "#7",
    "50%",
    "@entrance",
    "key_holder",
    "a/b",
    "x+y=z",
    "«Art. 5»",
    "—",
    "fin.",
    "2027-02-01",
    "~3",
    "\\path",
)

ROUNDS = 20
CHUNKS_PER_ROUND = 12
CHUNK_CHARS = 220
OPTION_CHANGES_PER_ROUND = 52
EXPORT_ROUNDS = (0, 9, 19)  # the first one belongs to the warm-up


@dataclass
class _Planner:
    rng: random.Random
    steps: list[Step] = field(default_factory=list)
    page: str = SECTIONS[0]
    single: dict[str, str] = field(default_factory=dict)
    ticked: dict[str, set[str]] = field(default_factory=dict)
    opened_notes: set[str] = field(default_factory=set)

    def goto(self, section: str) -> None:
        if section != self.page:
            self.steps.append(("goto", section))
            self.page = section

    def type_chunk(self) -> None:
        kind = self.rng.choice(("answer", "answer", "answer", "note"))
        if kind == "answer":
            qid = self.rng.choice(sorted(TEXT_ANSWERS))
            section, multiline = TEXT_ANSWERS[qid]
        else:
            qid = self.rng.choice(sorted(NOTES))
            section, multiline = NOTES[qid], True
        self.goto(section)
        length = CHUNK_CHARS if multiline else CHUNK_CHARS // 2
        self.steps.append(("type", (kind, qid), text_chunk(self.rng, length, multiline)))

    def change_option(self) -> None:
        if self.rng.random() < 0.25:
            qid = self.rng.choice(sorted(MULTI))
            section, values = MULTI[qid]
            self.goto(section)
            value = self.rng.choice(values)
            self.ticked.setdefault(qid, set()).symmetric_difference_update({value})
            self.steps.append(("tick", qid, value))
            return
        qid = self.rng.choice(sorted(SINGLE))
        section, values = SINGLE[qid]
        self.goto(section)
        value = self.rng.choice([v for v in values if v != self.single.get(qid)])
        self.single[qid] = value
        self.steps.append(("choose", qid, value))

    def tour(self) -> None:
        """Ctrl+PgDown to the last page and Ctrl+PgUp back to the first."""
        self.goto(SECTIONS[0])
        self.steps += [("next",)] * (len(SECTIONS) - 1) + [("prev",)] * (len(SECTIONS) - 1)


def text_chunk(rng: random.Random, length: int, multiline: bool) -> str:
    """Words, symbols and non-ASCII letters; a chunk never starts with white space."""
    words: list[str] = []
    size = 0
    while size < length:
        word = rng.choice(WORDS)
        words.append(word)
        size += len(word) + 1
    text = " ".join(words)
    if multiline:
        text = text.replace(" fin. ", " fin.\n")
    return text + ("\n" if multiline else " ")


def make_plan(seed: int = 10, rounds: int = ROUNDS) -> list[Step]:
    planner = _Planner(random.Random(seed))
    for number in range(rounds):
        actions = ["type"] * CHUNKS_PER_ROUND + ["option"] * OPTION_CHANGES_PER_ROUND
        planner.rng.shuffle(actions)
        for index, action in enumerate(actions):
            planner.type_chunk() if action == "type" else planner.change_option()
            if index % 8 == 7:
                planner.steps.append(("settle",))
        planner.tour()
        planner.steps.append(("settle",))
        planner.steps.append(("save",))
        if number in EXPORT_ROUNDS:
            planner.steps.append(("export", f"report-{number + 1:02d}.pdf"))
    return planner.steps


def expected_file(steps: list[Step], options_of: dict[str, list[str]]) -> tuple[dict, dict]:
    """The answers and note texts the saved file must hold after `steps` (multi answers in option order)."""
    answers: dict[str, Any] = {}
    notes: dict[str, str] = {}
    for step in steps:
        if step[0] == "type":
            (kind, qid), text = step[1], step[2]
            target = answers if kind == "answer" else notes
            target[qid] = target.get(qid, "") + text
        elif step[0] == "choose":
            answers[step[1]] = step[2]
        elif step[0] == "tick":
            chosen = set(answers.get(step[1], [])) ^ {step[2]}
            answers[step[1]] = [v for v in options_of[step[1]] if v in chosen]
    return {k: v for k, v in answers.items() if v != []}, notes


def count(steps: list[Step]) -> dict[str, int]:
    """What the day amounts to: characters typed, option changes, page changes, saves, exports."""
    kinds = [step[0] for step in steps]
    return {
        "characters": sum(len(step[2]) for step in steps if step[0] == "type"),
        "option_changes": kinds.count("choose") + kinds.count("tick"),
        "page_changes": kinds.count("goto") + kinds.count("next") + kinds.count("prev"),
        "saves": kinds.count("save"),
        "exports": kinds.count("export"),
    }


def rounds_of(steps: list[Step]) -> Iterator[list[Step]]:
    """The plan cut after each save (and its export): one working session each."""
    current: list[Step] = []
    for index, step in enumerate(steps):
        current.append(step)
        following = steps[index + 1][0] if index + 1 < len(steps) else None
        if step[0] in ("save", "export") and following != "export":
            yield current
            current = []
    if current:
        yield current
