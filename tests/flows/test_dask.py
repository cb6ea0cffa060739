"""The Dask runner on a local two-worker cluster writes exactly what the default runner writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pytest

from flows.config import Settings
from flows.nlp import load_pipeline
from flows.pipeline import run_pipeline
from flows.runners import RunnerKind, make_task_runner, prefect_api, start_temporary_server
from schemas.tables import TABLES
from tests.conftest import SEEDS

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow

# Short articles written for this test, so that batches of one spread over both workers.
ARTICLES = {
    "harbour.txt": (
        "Officials in Gdansk said on Monday that a fire at the harbour had been put out.\n\n"
        "\u201cNobody was hurt,\u201d said Anna Kowalska, a spokeswoman for the port authority. "
        "The Polish navy sent two boats to help the firefighters."
    ),
    "summit.txt": (
        "Prime Minister Mark Carney met President Emmanuel Macron in Paris on Tuesday to discuss trade.\n\n"
        "Mr. Macron said the two countries would sign an agreement on critical minerals next month. "
        "Canada and France have been talking about the deal since last year."
    ),
    "storm.txt": (
        "A storm killed three people and injured 12 others in the Philippines on Sunday, "
        "the national disaster agency said.\n\n"
        "The agency said more than 4,000 families had left their homes on the island of Luzon."
    ),
}
# Columns that differ between any two runs by design: who wrote the row and when (an entity's
# first and last sighting fall back to the ingestion time for articles without a date).
RUN_COLUMNS = {"run_id", "ingested_at", "seen_at", "first_seen", "last_seen"}


@pytest.fixture(scope="module")
def inbox(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("inbox")
    for seed in SEEDS.glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def cluster(prefect_harness):
    # Processes, not threads: each worker is its own Python with its own model, as on a real cluster.
    with prefect_api(start_temporary_server()), distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address="127.0.0.1:0"
    ) as local_cluster:
        yield local_cluster


def _run(inbox: Path, out: Path, **runner) -> Path:
    settings = Settings(out=out, batch_size=1)
    run_pipeline.with_options(task_runner=make_task_runner(**runner))([str(inbox)], settings)
    return out


def _rows(out: Path, table: str) -> list[tuple]:
    columns = [name for name in TABLES[table].names if name not in RUN_COLUMNS]
    pattern = out / table / "*.parquet"
    with duckdb.connect() as con:
        return con.execute(
            f"select {', '.join(columns)} from read_parquet('{pattern}', union_by_name = true) order by all"
        ).fetchall()


@pytest.fixture(scope="module")
def both_runs(prefect_harness, inbox, cluster, tmp_path_factory) -> tuple[Path, Path]:
    default = _run(inbox, tmp_path_factory.mktemp("default"))
    dask = _run(inbox, tmp_path_factory.mktemp("dask"), kind=RunnerKind.dask, dask_address=cluster.scheduler_address)
    return default, dask


@pytest.mark.parametrize("table", list(TABLES))
def test_dask_output_equals_default_output(both_runs, table):
    default, dask = both_runs
    default_rows = _rows(default, table)
    assert _rows(dask, table) == default_rows
    if table in {"articles", "mentions", "rejects"}:
        assert default_rows, f"the test corpus should put rows in {table}"


def test_each_worker_loads_the_model_at_most_once(both_runs, cluster):
    with distributed.Client(cluster) as client:
        loads = client.run(load_pipeline.cache_info)
    # A cache miss is a load; every later batch on that worker is a hit.
    assert len(loads) == 2
    assert all(info.misses <= 1 for info in loads.values())
    assert sum(info.hits + info.misses for info in loads.values()) == len(ARTICLES) + 2


def test_workers_do_not_size_a_cluster_run_elsewhere(tmp_path):
    from typer.testing import CliRunner

    from flows.cli import app

    args = ["--runner", "dask", "--dask-address", "tcp://127.0.0.1:1", "--workers", "2"]
    result = CliRunner().invoke(app, ["run", str(SEEDS), "--out", str(tmp_path / "out"), *args])
    assert result.exit_code == 2
    assert "not a Dask cluster run elsewhere" in result.output
