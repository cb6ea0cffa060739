"""Crash safety and concurrency of `newsfacts run`, as a real subprocess killed with SIGKILL.

Each killed run starts from a dataset holding the seeds and adds more articles; after the kill
every table must read as the old or the new state, and the next run must give exactly the rows
of a clean run. The subprocesses share the test session's Prefect server, so that they do not
each start their own.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import time
from contextlib import suppress
from pathlib import Path

import pytest

from flows import storage
from flows.config import Settings
from flows.pipeline import run_pipeline
from tests.conftest import ROOT, SEEDS
from tests.flows.dataset_helpers import assert_consistent, catalog_rows, glob_rows, write_extra_corpus

pytestmark = pytest.mark.slow
NEWSFACTS = ROOT / ".venv" / "bin" / "newsfacts"
# Points of a run where NEWSFACTS_TEST_CRASH_AT kills it: after the first batch is staged, then
# every step of the publish (storage.PUBLISH_POINTS: the journal written, half the files
# linked, all linked, the state moved, the table folders switched, the catalog written, the
# manifest written). Each is tested; nothing is left to a random delay.
CRASH_POINTS = ["staged", *storage.PUBLISH_POINTS]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> list[str]:
    return [str(SEEDS), str(write_extra_corpus(tmp_path_factory.mktemp("extra")))]


@pytest.fixture(scope="module")
def base(prefect_harness, tmp_path_factory) -> Path:
    """The dataset before the run that gets killed: the seeds only."""
    out = tmp_path_factory.mktemp("base") / "out"
    run_pipeline([str(SEEDS)], Settings(out=out, batch_size=1))
    return out


@pytest.fixture(scope="module")
def clean(base, corpus, tmp_path_factory) -> dict[str, list[str]]:
    """Rows of the same two runs, never interrupted."""
    out = _copy(base, tmp_path_factory.mktemp("clean") / "out")
    run_pipeline(corpus, Settings(out=out, batch_size=1))
    return glob_rows(out)


@pytest.fixture(scope="module")
def api_env(prefect_harness) -> dict[str, str]:
    from prefect.settings import PREFECT_API_URL

    return {**os.environ, "PREFECT_API_URL": PREFECT_API_URL.value()}


def _copy(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, symlinks=True)
    storage.publish_catalog(dst)
    return dst


def _start(corpus: list[str], out: Path, env: dict[str, str], *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [str(NEWSFACTS), "run", *corpus, "--out", str(out), "--batch-size", "1", *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _finish(process: subprocess.Popen, timeout: float = 300) -> tuple[int, str]:
    try:
        _, err = process.communicate(timeout=timeout)
    finally:
        # Children of a killed run (none expected) must not outlive the test.
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
    return process.returncode, err


def _assert_recovers(out: Path, base_rows: dict, clean: dict, corpus: list[str]) -> None:
    after_kill = glob_rows(out)
    for table, rows in after_kill.items():
        assert rows in (base_rows[table], clean[table]), f"{table} is neither the old nor the new state"
    run_pipeline(corpus, Settings(out=out, batch_size=1))
    assert_consistent(out)
    assert glob_rows(out) == clean
    assert catalog_rows(out) == clean


@pytest.mark.parametrize("point", CRASH_POINTS)
def test_a_run_killed_at_any_point_is_completed_by_the_next(point, base, clean, corpus, api_env, tmp_path):
    out = _copy(base, tmp_path / "out")
    code, err = _finish(_start(corpus, out, {**api_env, "NEWSFACTS_TEST_CRASH_AT": point}))
    assert code == -signal.SIGKILL, f"the run never reached {point}: {err[-2000:]}"
    _assert_recovers(out, glob_rows(base), clean, corpus)
    assert storage.check_dataset(out) == []


def test_two_concurrent_runs_never_corrupt_the_dataset(base, clean, corpus, api_env, tmp_path):
    out = _copy(base, tmp_path / "out")
    with storage.dataset_lock(out, owner="another writer"):
        code, err = _finish(_start(corpus, out, api_env, "--no-wait"))
        assert code == 3
        assert "being written by another run (another writer" in err
        first = _start(corpus, out, api_env)
        second = _start(corpus, out, api_env, "--wait")
    for process in (first, second):
        code, err = _finish(process)
        assert code == 0, err[-2000:]
    assert_consistent(out)
    assert glob_rows(out) == catalog_rows(out) == clean


def test_the_worker_processes_of_a_killed_run_end_with_it(base, corpus, api_env, tmp_path):
    out = _copy(base, tmp_path / "out")
    process = _start(corpus, out, {**api_env, "NEWSFACTS_TEST_CRASH_AT": "staged"}, "--workers", "2")
    try:
        # Worker processes inherit the command's output pipes: reading them to the end returns
        # only once every worker has exited too.
        _, err = process.communicate(timeout=120)
        assert process.returncode == -signal.SIGKILL, err[-2000:]
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.5)
        else:
            pytest.fail("processes of the killed run are still running")
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)


def _children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def _gone(pid: int, within: float) -> bool:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        try:
            if Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z":
                return True  # exited, waiting to be reaped by its new parent
        except FileNotFoundError:
            return True
        time.sleep(0.2)
    return False


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="reads the process tree from /proc (Linux)")
def test_the_temporary_prefect_server_of_a_killed_run_ends_with_it(corpus, tmp_path):
    env = {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}
    process = _start(corpus, tmp_path / "out", {**env, "PREFECT_HOME": str(tmp_path / "prefect")})
    try:
        deadline, server = time.monotonic() + 60, None
        while server is None and time.monotonic() < deadline and process.poll() is None:
            server = next((pid for pid in _children(process.pid)
                           if b"uvicorn" in Path(f"/proc/{pid}/cmdline").read_bytes()), None)
            time.sleep(0.1)
        assert server is not None, "the run started no temporary server"
        process.kill()
        process.wait()
        assert _gone(server, within=30), "the temporary server outlived its run"
    finally:
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
