"""Rewrites of table files: what the current version holds (incremental runs), rows of
re-extracted articles dropped, entity counts and display names brought up to date, and
compaction of small files."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from flows.storage.versions import (
    COMPACT_FILE_ROWS,
    COMPACT_SMALL_ROWS,
    PER_ARTICLE_TABLES,
    ROW_GROUP_ROWS,
    SNAPSHOT_TABLES,
    Manifest,
    Staging,
    commit,
    recover,
)
from schemas.tables import TABLES
from transforms.resolve import EntityRegistry


@dataclass(frozen=True)
class CommittedIndex:
    """Keys of what the current version holds, to skip work already done."""

    articles: dict[str, tuple[str | None, str]]  # article_id -> (pipeline_version, source)
    rejects: set[tuple]
    duplicates: set[tuple]


def committed_index(out: Path, manifest: Manifest | None) -> CommittedIndex:
    if manifest is None:
        return CommittedIndex({}, set(), set())
    with duckdb.connect() as con:
        articles = _rows(con, manifest.paths(out, "articles"), "article_id, pipeline_version, source")
        rejects = _rows(con, manifest.paths(out, "rejects"), "source, record, reason")
        duplicates = _rows(con, manifest.paths(out, "duplicates"), "source, record, duplicate_of")
    return CommittedIndex(
        articles={a: (version, source) for a, version, source in articles},
        rejects=set(rejects), duplicates=set(duplicates),
    )


def mention_ids(out: Path, manifest: Manifest | None, article_ids: set[str]
                ) -> dict[str, dict[tuple[int, int, str], str]]:
    """For each of `article_ids`, the entity id of each of its committed mentions, by (start, end, text)."""
    if manifest is None or not article_ids:
        return {}
    found: dict[str, dict[tuple[int, int, str], str]] = {}
    value_set = pa.array(sorted(article_ids), pa.string())
    for path in manifest.paths(out, "mentions"):
        data = read_part(path, columns=["article_id", "start_char", "end_char", "text", "entity_id"])
        data = data.filter(pc.is_in(data["article_id"], value_set=value_set))
        for article_id, start, end, text, entity_id in zip(*(c.to_pylist() for c in data.columns), strict=True):
            found.setdefault(article_id, {})[(start, end, text)] = entity_id
    return found


def _rows(con: duckdb.DuckDBPyConnection, paths: list[Path], columns: str) -> list[tuple]:
    if not paths:
        return []
    return con.execute(f"SELECT {columns} FROM read_parquet({_sql_list(paths)}, union_by_name = true)").fetchall()


def _sql_list(paths: list[Path]) -> str:
    return "[" + ", ".join("'" + str(p).replace("'", "''") + "'" for p in paths) + "]"


def read_part(path: Path, columns: list[str] | None = None, **options: object) -> pa.Table:
    """One Parquet file of a table, read on this thread.

    A file holds a batch or so of rows: Arrow's thread pool gains nothing on it, and reading
    the files of a 20,000-article run on it left 10 to 15 MB more resident than at 2,000.
    """
    return pq.read_table(path, columns=columns, use_threads=False, **options)


def stage_without_articles(
    staging: Staging, base: Manifest | None, article_ids: set[str]
) -> dict[str, set[str]]:
    """Rewrite committed files holding rows of `article_ids` without them (they are being
    re-extracted); returns the files the rewritten ones replace, to drop at commit."""
    drop: dict[str, set[str]] = {}
    if base is None or not article_ids:
        return drop
    value_set = pa.array(sorted(article_ids), pa.string())
    for table in PER_ARTICLE_TABLES:
        for path in base.paths(staging.out, table):
            hit = pc.is_in(read_part(path, columns=["article_id"])["article_id"], value_set=value_set)
            if not pc.any(hit).as_py():
                continue
            drop.setdefault(table, set()).add(path.name)
            kept = conform(read_part(path), table).filter(pc.invert(hit))
            if kept.num_rows:
                staging.write_arrow(table, kept, f"kept-{path.stem}")
    return drop


def conform(data: pa.Table, table: str) -> pa.Table:
    """`data` in the current schema of `table`: columns added since it was written are null."""
    schema = TABLES[table]
    columns = [data[name] if name in data.column_names else pa.nulls(data.num_rows, schema.field(name).type)
               for name in schema.names]
    return pa.Table.from_arrays(columns, schema=schema)


def entity_counts(article_paths: list[Path], mention_paths: list[Path]) -> dict[str, tuple]:
    """Per entity, from the dataset itself: (n_mentions, n_articles, first_seen, last_seen), the
    times being those of its articles (published, else ingested).

    One mention file at a time, so that memory follows the largest file and the number of
    entities rather than the dataset: one query over all files held every (entity, article)
    pair in a hash table, ~60 MB more at 20,000 articles than at 2,000.
    """
    if not article_paths or not mention_paths:
        return {}
    seen_at = _article_times(article_paths)
    # An article's mentions are in one file unless compaction cut a file between them: such
    # articles are counted once per entity at the end, the others file by file.
    split = _articles_in_several_files(mention_paths)
    counts: dict[str, list] = {}
    split_pairs: set[tuple[str, str]] = set()
    for path in mention_paths:
        pairs = (read_part(path, columns=["entity_id", "article_id"])
                 .group_by(["entity_id", "article_id"], use_threads=False).aggregate([([], "count_all")]))
        in_split = pc.is_in(pairs["article_id"], value_set=split)
        split_pairs.update(zip(*(pairs.filter(in_split)[c].to_pylist() for c in ("entity_id", "article_id")),
                               strict=True))
        pairs = pairs.append_column("whole", pc.cast(pc.invert(in_split), pa.int64()))
        dated = pairs.join(seen_at, "article_id", join_type="left outer", use_threads=False)
        per_entity = dated.group_by("entity_id", use_threads=False).aggregate(
            [("count_all", "sum"), ("whole", "sum"), ("at", "min"), ("at", "max")])
        for row in per_entity.to_pylist():
            _add_counts(counts, row["entity_id"], row["count_all_sum"], row["whole_sum"], row["at_min"], row["at_max"])
    for entity_id, _ in split_pairs:
        counts[entity_id][1] += 1
    return {entity_id: tuple(values) for entity_id, values in counts.items()}


def _add_counts(counts: dict[str, list], entity_id: str, n_mentions: int, n_articles: int,
                first: datetime | None, last: datetime | None) -> None:
    total = counts.get(entity_id)
    if total is None:
        counts[entity_id] = [n_mentions, n_articles, first, last]
        return
    total[0] += n_mentions
    total[1] += n_articles
    if first is not None and (total[2] is None or first < total[2]):
        total[2] = first
    if last is not None and (total[3] is None or last > total[3]):
        total[3] = last


def _article_times(paths: list[Path]) -> pa.Table:
    """(article_id, at): when each article was published, else ingested."""
    parts = []
    for path in paths:
        # Files written before a column existed lack it: read what there is, null for the rest.
        columns = [c for c in ("article_id", "published_at", "ingested_at") if c in pq.read_schema(path).names]
        data = read_part(path, columns=columns)
        times = [data[c] if c in columns else pa.nulls(data.num_rows, TABLES["articles"].field(c).type)
                 for c in ("published_at", "ingested_at")]
        parts.append(pa.table({"article_id": data["article_id"], "at": pc.coalesce(*times)}))
    return pa.concat_tables(parts).combine_chunks()


def _articles_in_several_files(paths: list[Path]) -> pa.Array:
    ids = pa.chunked_array([pc.unique(read_part(p, columns=["article_id"])["article_id"]) for p in paths],
                           pa.string())
    tally = pc.value_counts(ids)
    return tally.field("values").filter(pc.greater(tally.field("counts"), 1))


def rename_participants(staging: Staging, registry: EntityRegistry) -> None:
    """Rewrite the staged quotes and events with the final display names of their entities.

    Names improve while a run resolves later articles; rows staged earlier in the run are
    brought up to date here, once, instead of holding every row in memory until the end.
    """
    roles = {"quotes": [("speaker", "speaker_entity_id")],
             "events": [(r, f"{r}_entity_id") for r in ("actor", "target", "location")]}
    for table, pairs in roles.items():
        for path in staging.files(table):
            data = read_part(path)
            for name_col, id_col in pairs:
                names = [registry.name(i) if i and i in registry.entities else n
                         for n, i in zip(data[name_col].to_pylist(), data[id_col].to_pylist(), strict=True)]
                data = data.set_column(data.schema.get_field_index(name_col), data.schema.field(name_col),
                                       pa.array(names, pa.string()))
            pq.write_table(data, path, compression="zstd", row_group_size=ROW_GROUP_ROWS)


# ---------------------------------------------------------------------------------------------
# Compaction

def compact(
    out: Path, *, run_id: str, small_rows: int = COMPACT_SMALL_ROWS, file_rows: int = COMPACT_FILE_ROWS,
    crash_at: str | None = None,
) -> dict[str, tuple[int, int]]:
    """Rewrite each appended table's small files into files of up to `file_rows` rows in row
    groups of ROW_GROUP_ROWS; returns {table: (files before, files after)}. Under the lock."""
    from flows.storage.check import verify_carried  # check reads through this module: imported late

    base = recover(out)
    if base is None:
        return {}
    verify_carried(out)
    staging = Staging(out, run_id)
    drop: dict[str, set[str]] = {}
    result: dict[str, tuple[int, int]] = {}
    for table in TABLES:
        if table in SNAPSHOT_TABLES:
            continue
        small = [f for f in base.tables.get(table, ()) if f.rows < small_rows]
        if len(small) < 2:
            continue
        folder = base.folder(out) / table
        dataset = ds.dataset([str(folder / f.name) for f in small], schema=TABLES[table], format="parquet")
        target = staging.folder / table
        ds.write_dataset(
            dataset, target, format="parquet", basename_template=f"{run_id}-compact-{{i}}.parquet",
            min_rows_per_group=ROW_GROUP_ROWS, max_rows_per_group=ROW_GROUP_ROWS * 4,
            max_rows_per_file=file_rows, existing_data_behavior="overwrite_or_ignore",
            file_options=ds.ParquetFileFormat().make_write_options(compression="zstd"),
        )
        drop[table] = {f.name for f in small}
        result[table] = (len(base.tables[table]), len(base.tables[table]) - len(small) + len(staging.files(table)))
    if not drop:
        staging.discard()
        return result
    commit(staging, base, drop=drop, crash_at=crash_at)
    return result

