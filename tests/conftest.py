"""Shared pytest set-up: Qt runs offscreen, and tests never touch the user's real settings."""

import os
import shutil
import tempfile

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The YAML parse cache (app/core/yamlcache.py) of this test run: never the user's own, and exercised by
# every test that loads data (subprocesses inherit it).
_CACHE = tempfile.mkdtemp(prefix="dpia-test-cache-")
os.environ["DPIA_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def softhsm_token(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One SoftHSM2 token per test session: a process loads a PKCS#11 module (and its config) once."""
    from tests.helpers.softhsm import make_token

    return make_token(tmp_path_factory)
