"""Choosing where the flow's tasks run: threads in this process (default) or a Dask cluster.

The unit of work is a batch of articles (one `extract` task per batch), so a runner only
decides where batches go. With the default runner, batches are parsed here or in worker
processes of this machine (flows/workers.py). Each Dask worker process loads the spaCy model
once, on its first batch: `flows.nlp.load_pipeline` is cached per process.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path

import prefect
from prefect.settings import (
    PREFECT_API_URL,
    PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS,
    get_current_settings,
    temporary_settings,
)
from prefect.task_runners import TaskRunner, ThreadPoolTaskRunner


class RunnerKind(StrEnum):
    default = "default"
    dask = "dask"


class DaskNotInstalled(RuntimeError):
    pass


def make_task_runner(
    kind: RunnerKind | str = RunnerKind.default,
    *,
    dask_address: str | None = None,
    workers: int | None = None,
) -> TaskRunner:
    """A fresh task runner of `kind`.

    `default` runs tasks in `workers` threads of this process (default 1): with one, the
    thread parses; with more, each waits on one of the run's worker processes
    (`flows.workers.ExtractionPool`, sized by `Settings.n_process`). `dask` with
    `dask_address` connects to a running scheduler (e.g. "tcp://10.0.0.5:8786"); without one
    it starts a temporary local cluster of `workers` processes (default: Dask's choice from
    the CPU count) that lives as long as the flow run.
    """
    if kind not in set(RunnerKind):
        raise ValueError(f"unknown runner {kind!r}: choose one of {', '.join(RunnerKind)}")
    kind = RunnerKind(kind)
    if kind is RunnerKind.default:
        if dask_address:
            raise ValueError("--dask-address needs --runner dask")
        # No more threads than worker processes: a thread that parses here holds the process's
        # pipeline (flows.nlp.PIPELINE_LOCK) anyway, and each extra parsing thread would keep
        # its own malloc arena of freed parse memory (a peak of 2.4 GB instead of ~1 GB on
        # 1,000 articles). The flow resolves and writes one batch in its own thread meanwhile.
        return ThreadPoolTaskRunner(max_workers=workers or 1)
    try:
        import dask
        from prefect_dask import DaskTaskRunner
    except ImportError as exc:
        raise DaskNotInstalled(
            "the Dask runner needs the optional extra: pip install 'newsfacts[dask]'"
        ) from exc
    if dask_address:
        return DaskTaskRunner(address=dask_address)
    # One thread per worker process: spaCy's parse is CPU-bound and holds the GIL, so more
    # threads per worker would only share a core and keep more batches in memory.
    # A temporary cluster serves this machine only: loopback, and any free port for its HTTP
    # server rather than 8787, which another cluster on the machine may hold.
    cluster_kwargs: dict = {"processes": True, "threads_per_worker": 1, "host": "127.0.0.1",
                            "dashboard_address": "127.0.0.1:0"}
    # Dask samples every worker's stack each 10 ms for a dashboard profile nobody reads here;
    # off, that thread stops waking up beside the parse. (Its effect was within this machine's
    # noise: one worker 54.0 s on vs 50.8 s off on 500 articles, two workers 24.4 s vs 30.5 s.)
    dask.config.set({"distributed.worker.profile.enabled": False})
    if workers:
        cluster_kwargs["n_workers"] = workers
    return DaskTaskRunner(cluster_kwargs=cluster_kwargs)


class TemporaryServer:
    """Prefect's temporary server for one command: the process a flow would start on its first
    call when no PREFECT_API_URL is set, started here instead.

    Started at the top of a command, it comes up on another core while the command imports
    spaCy and loads the model (some 13 s of CPU here, most of a small run). The command line is
    Prefect's own (`SubprocessASGIServer` in prefect.server.api.server, Prefect 3.8, pinned):
    starting it through that class would import Prefect's whole server into this process
    first, another 4-7 s of CPU before the server could even begin.
    """

    # uvicorn's exit status when it cannot bind its port (another process took it meanwhile).
    PORT_TAKEN = 3

    def __init__(self) -> None:
        self.process = self._launch()
        atexit.register(self.stop)  # registered before Prefect's own exit handlers, so run after them

    def _launch(self) -> subprocess.Popen:
        with socket.socket() as probe:  # a free port, chosen by the kernel
            probe.bind(("127.0.0.1", 0))
            self.port = probe.getsockname()[1]
        command = [sys.executable, "-m", "uvicorn", "--app-dir", str(Path(prefect.__file__).parent.parent),
                   "--factory", "prefect.server.api.server:create_app", "--host", "127.0.0.1",
                   "--port", str(self.port), "--log-level", "error", "--lifespan", "on"]
        environment = {**os.environ, **get_current_settings().to_environment_variables(exclude_unset=True),
                       "PREFECT_UI_ENABLED": "0", "PREFECT__SERVER_EPHEMERAL": "1", "PREFECT__SERVER_FINAL": "1"}
        # Its output is this command's, as with Prefect's own launcher: a failing server says why there.
        return subprocess.Popen(command, env=environment, preexec_fn=_end_with_parent)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api"

    def wait_until_ready(self, timeout: float | None = None) -> str:
        """Block until the server answers its health check; its API URL."""
        import httpx

        deadline = time.monotonic() + (timeout or PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS.value())
        with httpx.Client() as client:
            while time.monotonic() < deadline:
                if self.process.poll() == self.PORT_TAKEN:
                    self.process = self._launch()
                elif self.process.poll() is not None:
                    raise RuntimeError(f"Prefect's temporary server exited with status {self.process.returncode} "
                                       "(its error is printed above)")
                try:
                    if client.get(f"{self.api_url}/health").status_code == 200:
                        return self.api_url
                except httpx.TransportError:
                    pass
                time.sleep(0.1)
        self.stop()
        raise RuntimeError("Prefect's temporary server did not answer in time; raise "
                           "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS or run one (prefect server start) "
                           "and set PREFECT_API_URL")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def _end_with_parent() -> None:
    """In the server's process before it starts: be sent SIGTERM when this command dies, however
    it dies (Linux). Exit handlers stop the server on a normal exit, but not after a SIGKILL or
    an unhandled SIGTERM, and the server would live on, holding its port."""
    import ctypes
    import signal

    PR_SET_PDEATHSIG = 1
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0)


def start_temporary_server() -> TemporaryServer | None:
    """Start Prefect's temporary server now, unless a server is configured (PREFECT_API_URL)."""
    return None if PREFECT_API_URL.value() else TemporaryServer()


@contextmanager
def prefect_api(server: TemporaryServer | None) -> Iterator[str]:
    """Within the block, flows report to `server` (once it answers) or else to the configured
    server, and so do processes started here: Dask workers inherit the address through the
    environment. Without it, a worker process would start a temporary server of its own (about
    20 s on a busy machine, and its task runs would end up in a database nobody looks at).
    Workers of a cluster started elsewhere do not inherit it: they need PREFECT_API_URL set
    where they run. The temporary server stops when this process exits, after Prefect has
    sent the run's last logs and events (its exit handlers run before ours)."""
    api_url = server.wait_until_ready() if server else PREFECT_API_URL.value()
    previous = os.environ.get("PREFECT_API_URL")
    os.environ["PREFECT_API_URL"] = api_url
    try:
        with temporary_settings(updates={PREFECT_API_URL: api_url}):
            yield api_url
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
