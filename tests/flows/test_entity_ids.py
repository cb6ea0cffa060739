"""Ids: entity ids stay the same when a second run adds articles and when unchanged articles are
extracted again (--reprocess); every table's ids are unique over every gold set. Real Prefect, real Parquet."""

from pathlib import Path

import duckdb
import pytest

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


# The order matters: a bare surname meets one full name with it, then a second full name appears;
# extracted again, the bare surname would be ambiguous and become an entity of its own.
KOWALSKI = {
    "a_first.txt": "Mayor Laura Kowalski opened the new library in the city on Monday, officials said.",
    "b_second.txt": '"We are proud of this library," Kowalski told reporters after the ceremony on Tuesday.',
    "c_third.txt": "Daniel Kowalski signed a new contract with the club on Friday, his agent said.",
}


def _mention_ids(out: Path) -> dict[tuple, str]:
    with duckdb.connect() as con:
        rows = con.sql(f"select article_id, start_char, end_char, text, entity_id "
                       f"from read_parquet('{out}/mentions/**/*.parquet')").fetchall()
    return {row[:4]: row[4] for row in rows}


def _speaker_ids(out: Path) -> dict[str, str | None]:
    with duckdb.connect() as con:
        return dict(con.sql(f"select quote_id, speaker_entity_id from read_parquet('{out}/quotes/**/*.parquet')")
                    .fetchall())


def test_reprocessing_unchanged_inputs_keeps_every_entity_id(prefect_harness, tmp_path):
    inputs, out = tmp_path / "in", tmp_path / "out"
    inputs.mkdir()
    for name, text in KOWALSKI.items():
        (inputs / name).write_text(text)
    run_pipeline([str(inputs)], Settings(out=out, batch_size=1))
    first, speakers = _mention_ids(out), _speaker_ids(out)
    assert len(set(first.values())) == 2  # the bare surname joined the one full name known then
    for _ in range(2):  # a second reprocess must not move anything either
        run_pipeline([str(inputs)], Settings(out=out, batch_size=1, reprocess=True))
        assert _mention_ids(out) == first
        assert _speaker_ids(out) == speakers


def _shared() -> Path | None:
    """../shared beside the checkout (CI, the main checkout) or beside the worktrees' folder."""
    root = Path(__file__).resolve().parents[2]
    return next((p for p in (root.parent / "shared", root.parent.parent / "shared") if (p / "gold").is_dir()), None)


# Every gold set but polnear-train (840 articles: minutes of parsing for no new kind of text).
GOLD_SETS = ["gold", "benchmarks/gum-news-dev", "benchmarks/plover-gsr-dev", "benchmarks/polnear-test"]
# What identifies a row of each table: one id column, or the columns that together must be unique.
ROW_KEYS = {
    "articles": "article_id", "entities": "entity_id", "quotes": "quote_id", "events": "event_id",
    "mentions": "article_id, start_char, end_char", "cooccurrences": "article_id, entity_id_a, entity_id_b",
}


@pytest.mark.parametrize("gold_set", GOLD_SETS)
def test_ids_are_unique_in_every_table_over_every_gold_set(prefect_harness, tmp_path, gold_set):
    shared = _shared()
    if shared is None or not (shared / gold_set / "docs").is_dir():
        pytest.skip(f"no ../shared/{gold_set}/docs beside this checkout")
    out = tmp_path / "out"
    run_pipeline([str(shared / gold_set / "docs")], Settings(out=out))
    with duckdb.connect() as con:
        for table, key in ROW_KEYS.items():
            rows, distinct = con.execute(f"select count(*), count(distinct ({key})) "
                                     f"from read_parquet('{out}/{table}/**/*.parquet')").fetchone()
            assert rows == distinct, f"{gold_set}: {rows - distinct} repeated ids in {table}"
