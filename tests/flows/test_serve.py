"""`newsfacts serve` against a real Prefect server started here: register, trigger, find the output."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from flows.storage import connect_catalog
from tests.conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow

BIN = Path(sys.executable).parent
DEPLOYMENT = "newsfacts-inbox/test-inbox"
# A schedule that does not fire while the test runs, so the only run is the one the test triggers.
NEVER_DURING_THE_TEST = "0 0 1 1 *"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until(check, *, timeout: float, what: str, process: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"{what}: the process exited with {process.returncode}")
        try:
            if check():
                return
        except OSError:
            pass
        time.sleep(1)
    raise AssertionError(f"{what}: not within {timeout:.0f} s")


def _stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def prefect_server(tmp_path) -> Iterator[dict[str, str]]:
    """A real Prefect server on a loopback port with its own home; yields the environment to reach it."""
    port = _free_port()
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_API_URL": f"http://127.0.0.1:{port}/api",
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_UI_ENABLED": "false",
        "PREFECT_LOGGING_LEVEL": "WARNING",
    }
    log = (tmp_path / "server.log").open("w")
    server = subprocess.Popen(
        [str(BIN / "prefect"), "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        health = f"http://127.0.0.1:{port}/api/health"
        _wait_until(lambda: urllib.request.urlopen(health, timeout=5).status == 200,
                    timeout=180, what="prefect server health", process=server)
        yield env
    finally:
        _stop(server)
        log.close()


def _prefect(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([str(BIN / "prefect"), *args], env=env, capture_output=True, text=True, timeout=timeout)


def test_served_deployment_runs_on_the_server_and_writes_the_dataset(prefect_server, tmp_path):
    env = prefect_server
    inbox, out = tmp_path / "inbox", tmp_path / "out"
    inbox.mkdir()
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, inbox / seed.name)
    log = (tmp_path / "serve.log").open("w")
    served = subprocess.Popen(
        [sys.executable, "-m", "flows.cli", "serve", "--inbox", str(inbox), "--out", str(out),
         "--cron", NEVER_DURING_THE_TEST, "--name", "test-inbox", "--batch-size", "1"],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT,
    )
    try:
        _wait_until(lambda: _prefect(env, "deployment", "inspect", DEPLOYMENT).returncode == 0,
                    timeout=180, what="deployment registered", process=served)
        deployment = _prefect(env, "deployment", "inspect", DEPLOYMENT).stdout
        assert NEVER_DURING_THE_TEST in deployment

        triggered = _prefect(env, "deployment", "run", DEPLOYMENT, "--watch", "--watch-timeout", "600",
                             timeout=660)
        assert triggered.returncode == 0, triggered.stdout + triggered.stderr
        assert "Completed" in triggered.stdout + triggered.stderr
    finally:
        _stop(served)
        log.close()

    with connect_catalog(out) as con:
        assert con.execute("select count(*) from articles").fetchone()[0] == 2
        assert con.execute("select count(*) from quotes").fetchone()[0] > 0
    # Each scheduled run leaves its report beside the dataset, and on the run as artifacts.
    assert (out / "report.html").stat().st_size > 0
    artifacts = _prefect(env, "artifact", "ls")
    assert "newsfacts-report" in artifacts.stdout, artifacts.stdout + artifacts.stderr


def test_prefect_yaml_deployments_point_at_a_flow_that_takes_their_parameters():
    import yaml
    from prefect.flows import load_flow_from_entrypoint

    config = yaml.safe_load((ROOT / "prefect.yaml").read_text())
    assert config["deployments"]
    for deployment in config["deployments"]:
        flow = load_flow_from_entrypoint(str(ROOT / deployment["entrypoint"]))
        assert flow.name == "newsfacts-inbox"
        flow.validate_parameters(deployment["parameters"])
        assert all(schedule["cron"] for schedule in deployment["schedules"])


def test_serve_without_a_server_says_how_to_start_one(tmp_path):
    env = {name: value for name, value in os.environ.items() if name != "PREFECT_API_URL"}
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "serve", "--inbox", str(tmp_path / "inbox"), "--cron", "*/15 * * * *"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 2
    assert "prefect server start" in result.stderr
    assert not (tmp_path / "inbox").exists()


@pytest.mark.parametrize("args, message", [
    (["--runner", "spark"], "unknown runner 'spark': choose one of default, dask"),
    (["--dask-address", "tcp://127.0.0.1:8786"], "--dask-address needs --runner dask"),
])
def test_run_rejects_a_bad_runner_choice_before_any_work(tmp_path, args, message):
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert message in result.output
    assert not (tmp_path / "out").exists()
