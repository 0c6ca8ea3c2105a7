"""Shared pytest set-up: Qt runs offscreen, and tests never touch the user's real settings."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One SoftHSM2 token per test session: a process loads a PKCS#11 module (and its config) once."""
    from tests.helpers.softhsm import make_token

    return make_token(tmp_path_factory)
