"""Choosing where the flow's tasks run: threads in this process (default) or a Dask cluster.

The unit of work is a batch of articles (one `extract` task per batch), so a runner only
decides where batches go. Each Dask worker process loads the spaCy model once, on its first
batch: `flows.nlp.load_pipeline` is cached per process.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum

from prefect.settings import PREFECT_API_URL, temporary_settings
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
    dask_workers: int | None = None,
) -> TaskRunner:
    """A fresh task runner of `kind`.

    `dask` with `dask_address` connects to a running scheduler (e.g. "tcp://10.0.0.5:8786");
    without one it starts a temporary local cluster of `dask_workers` processes (default:
    Dask's choice from the CPU count) that lives as long as the flow run.
    """
    if kind not in set(RunnerKind):
        raise ValueError(f"unknown runner {kind!r}: choose one of {', '.join(RunnerKind)}")
    kind = RunnerKind(kind)
    if kind is RunnerKind.default:
        if dask_address:
            raise ValueError("--dask-address needs --runner dask")
        # One thread: the parse holds the process's pipeline (flows.nlp.PIPELINE_LOCK) anyway,
        # and each extra thread would keep its own malloc arena of freed parse memory (a peak
        # of 2.4 GB instead of ~1 GB on 1,000 articles). The flow resolves and writes one batch
        # in its own thread while this one parses the next.
        return ThreadPoolTaskRunner(max_workers=1)
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
    if dask_workers:
        cluster_kwargs["n_workers"] = dask_workers
    return DaskTaskRunner(cluster_kwargs=cluster_kwargs)


def start_temporary_server() -> Callable[[], None]:
    """Start Prefect's temporary server in the background now; the returned function waits for it.

    Without PREFECT_API_URL a flow starts a temporary server on its first call and waits for
    it: some 13 s of one core here, most of a small run. Started at the top of a command, it
    comes up on another core while this process imports spaCy and loads the model. Wait
    before the first flow call: the server counts as started before it answers.
    """
    if PREFECT_API_URL.value():
        return lambda: None
    from prefect.server.api.server import SubprocessASGIServer

    # The instance the Prefect client looks up when a flow starts, so it finds it running.
    server = SubprocessASGIServer()
    failure: list[BaseException] = []

    def start() -> None:
        try:
            server.start()
        except BaseException as exc:  # re-raised in the caller's thread by wait()
            failure.append(exc)

    starting = threading.Thread(target=start, name="prefect-temporary-server", daemon=True)
    starting.start()

    def wait() -> None:
        starting.join()
        if failure:
            raise failure[0]

    return wait


@contextmanager
def api_shared_with_workers() -> Iterator[str]:
    """Within the block, Dask worker processes started here report to this process's Prefect API.

    Without PREFECT_API_URL each process runs its own temporary Prefect server, and a worker
    process would start one of its own (about 20 s on a busy machine, and its task runs end up
    in a database nobody looks at). This starts the temporary server now and hands its address
    to the workers through the environment they inherit. Workers of a cluster started
    elsewhere do not inherit it: they need PREFECT_API_URL set where they run.
    """
    api_url = PREFECT_API_URL.value()
    if not api_url:
        from prefect.server.api.server import SubprocessASGIServer

        server = SubprocessASGIServer()  # the same instance the Prefect client would start
        server.start()
        api_url = server.api_url
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
