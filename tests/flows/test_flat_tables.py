"""Tables BI tools read as they are: flat companions of nested columns written and viewed like every
table, and one Arrow schema per table whatever a run's inputs (no column whose type follows the data)."""

from __future__ import annotations

from pathlib import Path

import pyarrow.parquet as pq
import pytest

from flows.config import Settings
from flows.pipeline import run_pipeline
from flows.storage import connect_catalog
from schemas.tables import COMPANIONS, TABLES

# Counts of drones and missiles (event_quantities rows) and a person named two ways (entity_aliases rows).
RICH = {
    "strike.txt": (
        "Russia launched 120 drones and 14 missiles at Ukraine overnight into Tuesday, killing two people "
        "in Odesa, the Ukrainian air force said.\n\n"
        '"Most of the drones were shot down," said Yuriy Ihnat, the air force spokesman. Mr. Ihnat said '
        "repairs had begun."
    ),
}
# Nothing counted, no date, no quote: the run's nested and optional columns are all empty or null.
BARE = {"note.txt": "The committee will publish its findings later.\n\nA spokesman declined to comment."}


def _write(folder: Path, articles: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text)
    return folder


def _file_schemas(out: Path, table: str) -> list:
    return [pq.read_schema(p).remove_metadata() for p in sorted((out / table).glob("**/*.parquet"))]


def _view_types(out: Path) -> dict[str, list[tuple]]:
    with connect_catalog(out) as con:
        return {t: con.execute(f"DESCRIBE {t}").fetchall() for t in TABLES}


@pytest.fixture(scope="module")
def two_datasets(prefect_harness, tmp_path_factory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("flat")
    rich, bare = root / "rich", root / "bare"
    run_pipeline([str(_write(root / "rich-in", RICH))], Settings(out=rich))
    run_pipeline([str(_write(root / "bare-in", BARE))], Settings(out=bare))
    return rich, bare


def test_runs_with_different_inputs_write_identical_schemas(two_datasets):
    rich, bare = two_datasets
    with connect_catalog(bare) as con:
        assert con.execute("select count(*) from event_quantities").fetchone()[0] == 0
    for out in two_datasets:
        for table, schema in TABLES.items():
            files = _file_schemas(out, table)
            assert files, table
            assert all(s == schema.remove_metadata() for s in files), table
    assert _view_types(rich) == _view_types(bare)


def test_companions_hold_the_elements_of_their_parents(two_datasets):
    rich, _ = two_datasets
    with connect_catalog(rich) as con:
        for name, companion in COMPANIONS.items():
            keys = ", ".join(companion.keys)
            nested = con.execute(f"""
                SELECT {keys}, unnest({companion.column}) AS element FROM {companion.parent}""").fetchall()
            flat = con.execute(f"SELECT * FROM {name}").fetchall()
            assert len(flat) == len([row for row in nested if row[-1] is not None]), name
        assert con.execute("select count(*) from event_quantities").fetchone()[0] >= 2
        units = {u for (u,) in con.execute("select unit from event_quantities").fetchall()}
        assert {"drones", "missiles"} <= units


def test_a_second_run_replaces_the_entity_aliases_snapshot(two_datasets, tmp_path):
    rich, _ = two_datasets
    more = _write(tmp_path / "more", {"again.txt": (
        '"The repairs will take a week," Yuriy Ihnat told reporters on Wednesday. Ihnat said the '
        "air force had shot down most of the drones.")})
    run_pipeline([str(more)], Settings(out=rich))
    with connect_catalog(rich) as con:
        expected = con.execute("select count(*) from (select entity_id, unnest(aliases) a from entities) "
                               "where a is not null").fetchone()[0]
        assert expected > 0
        assert con.execute("select count(*) from entity_aliases").fetchone()[0] == expected
        repeated = con.execute("select count(*) from (select entity_id, alias from entity_aliases "
                               "group by all having count(*) > 1)").fetchone()[0]
        assert repeated == 0
