"""Entity ids stay the same when a second run over the same output adds articles (real Prefect, real Parquet)."""

from pathlib import Path

import duckdb

from flows.config import Settings
from flows.pipeline import run_pipeline

FIRST = (
    "Kremlin spokesman Peskov said on Monday that talks with Ukraine would resume in Abu Dhabi. "
    "Mr. Peskov added that Russia wanted a lasting settlement. Officials in Kyiv said they were ready "
    "to send a delegation, and the United States confirmed that its envoys would attend the meeting."
)
SECOND = (
    "Dmitry Peskov, the Kremlin spokesman, told reporters in Moscow on Tuesday that the second round of "
    "talks had been useful. Shelling continued near Kiev overnight, regional officials said. "
    "Volodymyr Zelenskyy said Ukraine would not give up territory, and Zelensky thanked the US for its help."
)


def _entities(out: Path) -> dict[str, tuple[str, str]]:
    with duckdb.connect() as con:
        rows = con.sql(
            f"select entity_id, name, type from read_parquet('{out}/entities/*.parquet')"
        ).fetchall()
    return {eid: (name, etype) for eid, name, etype in rows}


def _id_of(out: Path, surface: str) -> set[str]:
    with duckdb.connect() as con:
        rows = con.sql(
            f"select distinct entity_id from read_parquet('{out}/mentions/*.parquet') where text = '{surface}'"
        ).fetchall()
    return {row[0] for row in rows}


def test_ids_are_stable_when_a_second_run_adds_articles(prefect_harness, tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    (inputs / "first.txt").write_text(FIRST)
    aliases = tmp_path / "aliases.csv"
    aliases.write_text("name,aliases,type,qid\nDmitry Peskov,Dmitri Peskov|Dmitri S. Peskov,PERSON,Q4164449\n")

    run_pipeline([str(inputs)], Settings(out=out))
    before = _entities(out)
    peskov = _id_of(out, "Peskov") | _id_of(out, "Mr. Peskov")
    kyiv = _id_of(out, "Kyiv")
    assert len(peskov) == 1 and len(kyiv) == 1

    (inputs / "second.txt").write_text(SECOND)
    run_pipeline([str(inputs)], Settings(out=out, alias_table=aliases))
    after = _entities(out)

    assert set(before) <= set(after), "every entity of the first run keeps its id"
    assert _id_of(out, "Dmitry Peskov") == peskov
    assert _id_of(out, "Kiev") == kyiv
    assert after[peskov.pop()][0] == "Dmitry Peskov"
    assert _id_of(out, "Zelensky") == _id_of(out, "Volodymyr Zelenskyy")
    with duckdb.connect() as con:
        qids = con.sql(
            f"select qid from read_parquet('{out}/entities/*.parquet') where name = 'Dmitry Peskov'"
        ).fetchall()
    assert qids == [("Q4164449",)]
