"""Cross-article entity resolution: one stable `entity_id` per real-world entity.

`EntityRegistry` is plain data (persisted by the flow between runs): it maps name keys
to entity ids and keeps each entity's display name, aliases and counts.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from transforms.entities import ArticleEntities, LocalEntity, name_tokens


def name_key(name: str) -> str:
    return " ".join(w.lower() for w in name_tokens(name))


def _new_id(key: str, label: str) -> str:
    return "E" + hashlib.sha1(f"{label}:{key}".encode()).hexdigest()[:12]


@dataclass
class EntityRecord:
    entity_id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    n_mentions: int = 0
    articles: set[str] = field(default_factory=set)
    first_seen: datetime | None = None
    last_seen: datetime | None = None


@dataclass
class EntityRegistry:
    """Every entity the dataset knows, with the keys that lead to it."""

    entities: dict[str, EntityRecord] = field(default_factory=dict)
    keys: dict[tuple[str, str], str] = field(default_factory=dict)

    def lookup(self, name: str, label: str) -> str | None:
        return self.keys.get((label, name_key(name)))

    def resolve_entity(self, entity: LocalEntity) -> str:
        """The id of the dataset entity `entity` is, creating it when it is new."""
        key = name_key(entity.name)
        entity_id = self.keys.get((entity.label, key))
        if entity_id is None:
            entity_id = _new_id(key, entity.label)
            self.entities[entity_id] = EntityRecord(entity_id, entity.name, entity.label)
            self.keys[(entity.label, key)] = entity_id
        record = self.entities[entity_id]
        if len(entity.name) > len(record.name):
            record.name = entity.name
        record.aliases.update(a for a in entity.aliases if a != record.name)
        return entity_id

    def resolve_article(
        self, article_id: str, seen_at: datetime | None, found: ArticleEntities
    ) -> dict[int, str]:
        """Entity ids for the article's local entities (by cluster), updating counts."""
        ids = {entity.cluster: self.resolve_entity(entity) for entity in found.entities}
        for mention in found.mentions:
            record = self.entities[ids[mention.cluster]]
            record.n_mentions += 1
            record.articles.add(article_id)
            if mention.text != record.name:
                record.aliases.add(mention.text)
            if seen_at is not None:
                record.first_seen = min(filter(None, [record.first_seen, seen_at]))
                record.last_seen = max(filter(None, [record.last_seen, seen_at]))
        return ids

    def name(self, entity_id: str) -> str:
        return self.entities[entity_id].name

    def rows(self) -> list[dict]:
        """Rows of the entities table."""
        return [
            {
                "entity_id": r.entity_id,
                "name": r.name,
                "type": r.type,
                "aliases": sorted(r.aliases - {r.name}),
                "n_mentions": r.n_mentions,
                "n_articles": len(r.articles),
                "first_seen": r.first_seen,
                "last_seen": r.last_seen,
            }
            for r in self.entities.values()
        ]

    def to_json(self) -> dict:
        """Plain data for persistence between runs."""
        return {
            "entities": [
                {**row, "articles": sorted(self.entities[row["entity_id"]].articles),
                 "first_seen": _iso(row["first_seen"]), "last_seen": _iso(row["last_seen"])}
                for row in self.rows()
            ],
            "keys": [[label, key, entity_id] for (label, key), entity_id in self.keys.items()],
        }

    @classmethod
    def from_json(cls, data: dict) -> EntityRegistry:
        registry = cls()
        for row in data["entities"]:
            registry.entities[row["entity_id"]] = EntityRecord(
                entity_id=row["entity_id"], name=row["name"], type=row["type"],
                aliases=set(row["aliases"]), n_mentions=row["n_mentions"], articles=set(row["articles"]),
                first_seen=_parse_iso(row["first_seen"]), last_seen=_parse_iso(row["last_seen"]),
            )
        registry.keys = {(label, key): entity_id for label, key, entity_id in data["keys"]}
        return registry


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
