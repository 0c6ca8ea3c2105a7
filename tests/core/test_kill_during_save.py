"""A child process saving in a loop is killed with SIGKILL at random moments; the file must always load."""

import os
import random
import signal
import time

import pytest

from app.core.assessment import Assessment, Participant
from app.core.storage import load_assessment, save_assessment

KILLS = 120

OLD = Assessment(answers={"scale": "lt_1k"}, metadata={"title": "old"})
NEW = Assessment(
    answers={"scale": "gt_10m", "processing_description": "x" * 50_000},
    metadata={"title": "new"},
    participants=[Participant(name=f"P{i}") for i in range(200)],
)


def _save_forever(path):
    versions = [NEW, OLD]
    i = 0
    while True:
        save_assessment(versions[i % 2], path)
        i += 1


@pytest.mark.slow
def test_file_survives_sigkill_during_save(tmp_path):
    path = tmp_path / "workshop.dpia"
    save_assessment(OLD, path)
    rng = random.Random(2026)
    for _ in range(KILLS):
        pid = os.fork()
        if pid == 0:  # child
            try:
                _save_forever(path)
            finally:
                os._exit(0)
        time.sleep(rng.uniform(0.0, 0.03))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        loaded = load_assessment(path)
        assert loaded.metadata.title in ("old", "new")
        assert loaded == (OLD if loaded.metadata.title == "old" else NEW)
