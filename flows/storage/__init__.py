"""The dataset on disk: staged writes, atomic versioned publish, crash recovery, locking,
compaction, checks and repairs, and the DuckDB catalog over it.

Layout of an output folder `DIR` (see docs/STORAGE.md for why):

    DIR/_versions/v000007/<table>/*.parquet   one immutable folder per published version;
                                               files carried over are hard links, not copies
    DIR/<table> -> _versions/v000007/<table>  a relative symlink swapped with one rename per
                                               table, so `DIR/<table>/**/*.parquet` is always whole
    DIR/_manifest.json                         the current version, its files, rows and checksums
    DIR/_publish.json                          journal of a publish in progress (roll forward)
    DIR/_staging/<run_id>/                     files of a run not yet published
    DIR/_state/                                registry and other state, published with the tables
    DIR/_quarantine/                           damaged files `newsfacts repair` took out
    DIR/newsfacts.duckdb                       views over the current version's files, by paths
                                               relative to DIR; replaced atomically, never
                                               opened for writing

The parts: `lock` (one writer), `versions` (manifest, staging, commit, recovery), `rewrite`
(files rewritten by re-extraction and compaction), `catalog` (DuckDB views and the read-only
query connection), `state` (registry, event clusters), `check` (verification and repair).
"""

from flows.storage.catalog import (
    READY_VIEWS,
    NotReadOnly,
    connect_catalog,
    publish_catalog,
    query,
    read_only_statement,
)
from flows.storage.check import Problem, RepairReport, check_dataset, repair_dataset, verify_carried
from flows.storage.lock import DatasetBusy, dataset_lock, is_locked, lock_holder
from flows.storage.rewrite import (
    CommittedIndex,
    committed_index,
    compact,
    conform,
    entity_counts,
    mention_ids,
    read_part,
    rename_participants,
    stage_without_articles,
)
from flows.storage.state import (
    EVENT_CLUSTERS_NAME,
    REGISTRY_NAME,
    load_event_clusters,
    load_registry,
    read_alias_table,
    save_state,
    stage_event_clusters,
    stage_registry,
)
from flows.storage.versions import (
    JOURNAL_NAME,
    MANIFEST_NAME,
    PER_ARTICLE_TABLES,
    PUBLISH_POINTS,
    ROW_GROUP_ROWS,
    SNAPSHOT_TABLES,
    STAGING_DIR,
    STATE_DIR,
    VERSIONS_DIR,
    DataFile,
    DatasetDamaged,
    InjectedFailure,
    Manifest,
    Staging,
    checkpoint,
    commit,
    read_journal,
    read_manifest,
    recover,
    version_dir,
)
from schemas.layout import CATALOG_NAME, DIR_VARIABLE

__all__ = [
    "DIR_VARIABLE", "PUBLISH_POINTS", "DatasetDamaged", "InjectedFailure", "NotReadOnly", "Problem", "RepairReport",
    "check_dataset", "read_journal", "read_only_statement", "repair_dataset", "verify_carried", "CATALOG_NAME", "EVENT_CLUSTERS_NAME", "JOURNAL_NAME", "MANIFEST_NAME", "PER_ARTICLE_TABLES",
    "READY_VIEWS", "REGISTRY_NAME", "ROW_GROUP_ROWS", "SNAPSHOT_TABLES", "STAGING_DIR", "STATE_DIR",
    "VERSIONS_DIR", "CommittedIndex", "DataFile", "DatasetBusy", "Manifest", "Staging", "checkpoint",
    "commit", "committed_index", "mention_ids", "compact", "conform", "connect_catalog", "dataset_lock", "entity_counts",
    "is_locked", "load_event_clusters", "load_registry", "lock_holder", "publish_catalog", "query",
    "read_alias_table", "read_manifest", "read_part", "recover", "rename_participants", "save_state",
    "stage_event_clusters", "stage_registry", "stage_without_articles", "version_dir",
]
