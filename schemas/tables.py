"""The tables newsfacts writes: one `pa.schema` per table, the only place columns are declared.

Every writer builds its Arrow tables from these schemas and every reader (the DuckDB
catalog, the data dictionary, the tests) takes column names and types from here.
Field docs live in the field metadata under b"doc" so that `docs/DATA_DICTIONARY.md`
can be generated from this module.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

# Bump when a column is added or a meaning changes; written into every file's metadata.
SCHEMA_VERSION = "1"

UTC_TIMESTAMP = pa.timestamp("us", tz="UTC")


def _field(name: str, type_: pa.DataType, doc: str, *, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={b"doc": doc.encode()})


def _schema(name: str, doc: str, *fields: pa.Field) -> pa.Schema:
    return pa.schema(
        fields,
        metadata={b"table": name.encode(), b"doc": doc.encode(), b"schema_version": SCHEMA_VERSION.encode()},
    )


QUANTITY = pa.struct([("count", pa.int64()), ("unit", pa.string())])

ARTICLES = _schema(
    "articles",
    "One row per ingested article (duplicates and rejects are accounted for in their own tables).",
    _field("article_id", pa.string(), "Stable id: hash of the normalised cleaned text.", nullable=False),
    _field("source", pa.string(), "Input path as given on the command line or found in a folder, or URL.",
           nullable=False),
    _field("title", pa.string(), "Headline when the input states one; never invented."),
    _field("published_at", UTC_TIMESTAMP, "Publication time (UTC) when the input states one."),
    _field("text", pa.string(), "The cleaned body the extractors saw; all offsets point into it. The headlines "
           "of related stories the page links to come last, under a line 'Related coverage:' (entities only; "
           "no quote or event is taken from them).", nullable=False),
    _field("url", pa.string(), "Canonical URL when known."),
    _field("outlet", pa.string(), "Publisher or site name when known."),
    _field("author", pa.string(), "Byline (with or without \"By\"), else the \"Reporting by\" credit, when known."),
    _field("language", pa.string(), "ISO 639-1 code of the detected language."),
    _field("n_words", pa.int64(), "Whitespace-separated words in `text`."),
    _field("content_hash", pa.string(), "SHA-256 of the normalised text.", nullable=False),
    _field("ingested_at", UTC_TIMESTAMP, "When this row was written."),
    _field("pipeline_version", pa.string(), "newsfacts version and model that produced the row."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

ENTITIES = _schema(
    "entities",
    "One row per real-world entity across the whole dataset; ids are stable across runs.",
    _field("entity_id", pa.string(), "Stable id from the persisted entity registry.", nullable=False),
    _field("name", pa.string(), "Canonical display name, e.g. 'Dmitry Peskov'; a country's ministry as "
           "'<nationality> Ministry of <portfolio>' ('Russian Ministry of Defense') however articles write it; "
           "a district or region named after a town keeps its word ('Kursk region') where its article also calls "
           "the name a town's ('the city of Kursk'), and is one entity with the town otherwise.",
           nullable=False),
    _field("type", pa.string(), "PERSON, ORG, GPE, NORP, LOC (seas, rivers, regions of the world), FAC "
           "(buildings, hospitals), PRODUCT (weapons, models, products), LAW (laws, taxes, treaties), ...",
           nullable=False),
    _field("aliases", pa.list_(pa.string()), "Other surface forms seen for this entity."),
    _field("n_mentions", pa.int64(), "Mentions across the dataset."),
    _field("n_articles", pa.int64(), "Articles mentioning the entity."),
    _field("first_seen", UTC_TIMESTAMP, "Earliest publication (or ingestion) time of a mentioning article."),
    _field("last_seen", UTC_TIMESTAMP, "Latest publication (or ingestion) time of a mentioning article."),
    _field("country_code", pa.string(), "ISO 3166-1 alpha-2 code: of a place, or of the state a state body belongs to (\"Russia's Defense Ministry\": RU)."),
    _field("latitude", pa.float64(), "Latitude from the offline gazetteer, for places."),
    _field("longitude", pa.float64(), "Longitude from the offline gazetteer, for places."),
    _field("qid", pa.string(), "External id (e.g. Wikidata QID) from a user-supplied alias table."),
)

MENTIONS = _schema(
    "mentions",
    "One row per named-entity mention in an article.",
    _field("article_id", pa.string(), "Article the mention is in.", nullable=False),
    _field("entity_id", pa.string(), "Entity the mention refers to.", nullable=False),
    _field("text", pa.string(), "Surface form, e.g. 'Mr. Peskov'.", nullable=False),
    _field("start_char", pa.int64(), "Start offset into articles.text.", nullable=False),
    _field("end_char", pa.int64(), "End offset (exclusive) into articles.text.", nullable=False),
    _field("label", pa.string(), "Entity type of this mention after corrections."),
    _field("sentence_index", pa.int64(), "Index of the sentence in the article, from 0."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

COOCCURRENCES = _schema(
    "cooccurrences",
    "One row per pair of entities named in the same sentence of an article (at least once); "
    "the materialized form of the entity_cooccurrence view.",
    _field("article_id", pa.string(), "Article the pair is named in.", nullable=False),
    _field("entity_id_a", pa.string(), "The pair's entity with the smaller id.", nullable=False),
    _field("entity_id_b", pa.string(), "The pair's entity with the larger id.", nullable=False),
    _field("n_sentences", pa.int64(), "Sentences of the article that name both.", nullable=False),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

QUOTES = _schema(
    "quotes",
    "One row per direct, partial or reported (indirect) quote.",
    _field("quote_id", pa.string(), "Stable id: hash of article and span.", nullable=False),
    _field("article_id", pa.string(), "Article the quote is in.", nullable=False),
    _field("text", pa.string(), "Quoted words without the enclosing marks (or the reported content).",
           nullable=False),
    _field("speaker", pa.string(), "Canonical name of the speaker (entities.name)."),
    _field("speaker_entity_id", pa.string(), "Entity id of the speaker."),
    _field("speaker_text", pa.string(), "Surface form of the speaker in the article ('he', 'Mr. Peskov')."),
    _field("start_char", pa.int64(), "Start offset of `text` in articles.text.", nullable=False),
    _field("end_char", pa.int64(), "End offset (exclusive) of `text` in articles.text.", nullable=False),
    _field("kind", pa.string(), "direct, partial or indirect."),
    _field("cue", pa.string(), "Lemma of the speech verb ('say', 'tell', 'according to')."),
    _field("sentence", pa.string(), "Sentence (or sentences) holding the quote."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

EVENTS = _schema(
    "events",
    "One row per event stated in an article (PLOVER types); repeats within an article are merged.",
    _field("event_id", pa.string(), "Stable id: hash of article, type and first sentence.", nullable=False),
    _field("article_id", pa.string(), "Article the event is in.", nullable=False),
    _field("event_type", pa.string(), "PLOVER type: ASSAULT, CONSULT, AGREE, THREATEN, ...", nullable=False),
    _field("mode", pa.string(), "Means of an ASSAULT: aerial, drone, missile, shelling, firearms, ..."),
    _field("status", pa.string(), "occurred, planned or denied."),
    _field("trigger", pa.string(), "The word or phrase that states the event."),
    _field("sentence", pa.string(), "The sentence of articles.text that first states the event.",
           nullable=False),
    _field("start_char", pa.int64(), "Start offset of `sentence` in articles.text."),
    _field("end_char", pa.int64(), "End offset (exclusive) of `sentence` in articles.text."),
    _field("actor", pa.string(), "Canonical name of who acts."),
    _field("actor_entity_id", pa.string(), "Entity id of the actor."),
    _field("target", pa.string(), "Canonical name of who or what is acted on."),
    _field("target_entity_id", pa.string(), "Entity id of the target."),
    _field("location", pa.string(), "Canonical name of where it happened."),
    _field("location_entity_id", pa.string(), "Entity id of the location."),
    _field("country_code", pa.string(), "ISO 3166-1 alpha-2 code of the location."),
    _field("latitude", pa.float64(), "Latitude of the location."),
    _field("longitude", pa.float64(), "Longitude of the location."),
    _field("event_date", pa.date32(), "Resolved calendar date."),
    _field("date_text", pa.string(), "The words the date was resolved from ('on Wednesday')."),
    _field("date_precision", pa.string(), "day, month, year or unknown."),
    _field("killed", pa.int64(), "People killed, as stated for this event."),
    _field("injured", pa.int64(), "People injured, as stated for this event."),
    _field("quantities", pa.list_(QUANTITY), "Other counts stated for the event, e.g. (450, 'drones')."),
    _field("event_cluster_id", pa.string(), "Shared by reports of the same real event across articles."),
    _field("confidence", pa.float64(), "0..1, how sure the extractor is of the type and fields."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

REJECTS = _schema(
    "rejects",
    "One row per input (file or record) that was not ingested, with the reason.",
    _field("source", pa.string(), "Input path or URL.", nullable=False),
    _field("record", pa.int64(), "Record number inside a multi-record file (JSON Lines line, WARC record)."),
    _field("reason", pa.string(), "Machine-readable reason, e.g. empty, binary, unsupported_language.",
           nullable=False),
    _field("detail", pa.string(), "Human-readable detail."),
    _field("seen_at", UTC_TIMESTAMP, "When the input was seen."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

DUPLICATES = _schema(
    "duplicates",
    "One row per input that repeated an article already in the dataset (exact or near duplicate).",
    _field("source", pa.string(), "Input path or URL of the duplicate.", nullable=False),
    _field("record", pa.int64(), "Record number inside a multi-record file."),
    _field("duplicate_of", pa.string(), "article_id of the article it repeats.", nullable=False),
    _field("kind", pa.string(), "exact or near."),
    _field("similarity", pa.float64(), "Estimated Jaccard similarity for near duplicates."),
    _field("seen_at", UTC_TIMESTAMP, "When the input was seen."),
    _field("run_id", pa.string(), "Run that wrote the row."),
)

# Flat companions of the nested columns: Power BI, Tableau and Excel read flat columns only, so
# every list or struct column is also written as a table of one row per element, same ids.
ENTITY_ALIASES = _schema(
    "entity_aliases",
    "One row per alias of an entity: the flat form of entities.aliases, for tools that read flat columns only.",
    _field("entity_id", pa.string(), "Entity the alias names (entities.entity_id).", nullable=False),
    _field("alias", pa.string(), "One surface form seen for the entity.", nullable=False),
)

EVENT_QUANTITIES = _schema(
    "event_quantities",
    "One row per count stated for an event besides killed and injured: the flat form of events.quantities.",
    _field("event_id", pa.string(), "Event the count is stated for (events.event_id).", nullable=False),
    _field("article_id", pa.string(), "Article the event is in.", nullable=False),
    _field("count", pa.int64(), "The number, e.g. 450."),
    _field("unit", pa.string(), "What is counted, e.g. 'drones'."),
)


@dataclass(frozen=True)
class Companion:
    """A flat table holding the elements of `parent.column`, one row each, keyed by `keys` of the parent."""

    parent: str
    column: str
    keys: tuple[str, ...]


COMPANIONS: dict[str, Companion] = {
    "entity_aliases": Companion("entities", "aliases", ("entity_id",)),
    "event_quantities": Companion("events", "quantities", ("event_id", "article_id")),
}

# Not a table of the dataset: a run's cleaned articles, kept on disk between ingestion and
# extraction (flows/spool.py) so that a run never holds all of its texts. One field per
# `transforms.ingest.ArticleRecord` field; `published_at` keeps its ISO text, offset included,
# because the day an article is dated to depends on the offset it was published with.
ARTICLE_SPOOL = pa.schema([
    pa.field("article_id", pa.string(), nullable=False),
    pa.field("source", pa.string(), nullable=False),
    pa.field("text", pa.large_string(), nullable=False),
    pa.field("content_hash", pa.string(), nullable=False),
    pa.field("title", pa.string()),
    pa.field("published_at", pa.string()),
    pa.field("url", pa.string()),
    pa.field("outlet", pa.string()),
    pa.field("author", pa.string()),
    pa.field("language", pa.string()),
    pa.field("record", pa.int64()),
])

TABLES: dict[str, pa.Schema] = {
    "articles": ARTICLES,
    "entities": ENTITIES,
    "mentions": MENTIONS,
    "cooccurrences": COOCCURRENCES,
    "quotes": QUOTES,
    "events": EVENTS,
    "rejects": REJECTS,
    "duplicates": DUPLICATES,
    "entity_aliases": ENTITY_ALIASES,
    "event_quantities": EVENT_QUANTITIES,
}


def to_arrow(table: str, rows: list[dict]) -> pa.Table:
    """Build an Arrow table of `table`'s schema from row dicts; unknown keys are an error."""
    schema = TABLES[table]
    extra = {k for row in rows for k in row} - set(schema.names)
    if extra:
        raise ValueError(f"{table}: columns not in schemas/tables.py: {sorted(extra)}")
    return pa.Table.from_pylist(rows, schema=schema)
