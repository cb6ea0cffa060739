"""Cross-article entity resolution: one stable `entity_id` per real-world entity.

`EntityRegistry` is plain data, persisted by the flow between runs (`to_json`/`from_json`).
Every lookup goes through an index, never a scan of all entities:

- places by gazetteer id ("Kiev" and "Kyiv" are one city, "US" and "United States" one country);
- people by (given-name skeleton, surname skeleton), so "Dmitri S. Peskov" and "Dmitry Peskov",
  "Zelensky" and "Zelenskyy" meet on the same key; then by surname skeleton and by the
  surname's sound (metaphone), comparing spellings only within those small candidate sets;
- other names by their normalised form and every alias seen for them; a state body whose article
  names its country ("Russia's Defense Ministry") also by that country and its body's words, and it
  never joins the same body of another country (`transforms.entities.bodies`), nor one named
  without a country ("the Foreign Ministry" is every state's).

Over-merge guards: a spelling key is loose ("John Hill" and "John Gill" share one), so every
key hit is checked against the name (`surnames_match`, `given_names_match`) before it counts;
a bare surname joins a person only when exactly one known full name has
that surname; a full name never joins a different first name; labels never mix ("Trump" the
PERSON and "Trump administration" the ORG stay two).
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import datetime

import jellyfish
from unidecode import unidecode

from transforms.entities import (
    ArticleEntities,
    LocalEntity,
    given_names_match,
    name_tokens,
    of_head,
    of_tail,
    org_key,
    org_short_form,
    person_parts,
    skeleton,
    surnames_match,
)
from transforms.entities.bodies import body_key
from transforms.entities.names import seldom_in_english
from transforms.gazetteer import Place, lookup_place

REGISTRY_FORMAT = 2


def name_key(name: str) -> str:
    return " ".join(w.lower() for w in name_tokens(name))


def person_key(name: str) -> str | None:
    """Index key of a full personal name: first given name and surname, spelling-folded; None for a bare surname."""
    given, surname = person_parts(name)
    if not given or len(given[0].rstrip(".")) == 1:
        return None
    return f"{skeleton(given[0])} {skeleton(surname)}"


def _sound(surname: str) -> str:
    return jellyfish.metaphone(unidecode(surname).lower())


@dataclass(frozen=True)
class AliasEntry:
    """One row of a user's alias table: a canonical name, its other names, a type and an external id."""

    name: str
    aliases: tuple[str, ...] = ()
    type: str = "PERSON"
    qid: str | None = None


@dataclass
class EntityRecord:
    entity_id: str
    name: str
    type: str
    aliases: set[str] = field(default_factory=set)
    # Counts of what this registry resolved; a run replaces them with the dataset's own counts
    # (flows/pipeline.py), which stay right when articles are re-extracted. Counting per article
    # here held an entry per entity and article: 600,000 of them after 20,000 articles.
    n_mentions: int = 0
    n_articles: int = 0
    first_seen: datetime | None = None
    last_seen: datetime | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    qid: str | None = None
    place_id: str | None = None
    # How often each name form was an article's name for the entity: the display name is the best.
    forms: Counter = field(default_factory=Counter)
    curated: bool = False

    @property
    def is_full_person(self) -> bool:
        return self.type == "PERSON" and any(person_key(f) for f in [self.name, *self.forms])


@dataclass
class EntityRegistry:
    """Every entity the dataset knows, with the keys that lead to it."""

    entities: dict[str, EntityRecord] = field(default_factory=dict)
    keys: dict[tuple[str, str], str] = field(default_factory=dict)
    _by_surname: dict[str, set[str]] = field(default_factory=dict, repr=False)
    _by_sound: dict[str, set[str]] = field(default_factory=dict, repr=False)

    # --- lookups ---------------------------------------------------------------------------

    def lookup(self, name: str, label: str) -> str | None:
        """The id of the known entity `name` (of type `label`) refers to, or None; never creates one."""
        if eid := self.keys.get((f"alias:{label}", org_key(name))):
            return eid
        place = lookup_place(name, allow_codes=True) if label in {"GPE", "LOC"} else None
        if place and (eid := self.keys.get(("place", place.place_id))):
            return eid
        if label == "PERSON":
            return self._find_person(name)
        return self.keys.get((label, org_key(name)))

    def _find_person(self, name: str) -> str | None:
        key = person_key(name)
        given, surname = person_parts(name)
        if not surname:
            return None
        # Keys are loose spellings ("John Hill" and "John Gill" share one): a hit is checked.
        if key and (eid := self.keys.get(("PERSON", key))) and self._could_be(eid, given, surname):
            return eid
        candidates = self._by_surname.get(skeleton(surname), set())
        if key:
            candidates = candidates | self._by_sound.get(_sound(surname), set())
            full = [eid for eid in candidates if self.entities[eid].is_full_person]
            same = [eid for eid in full if self._could_be(eid, given, surname)]
            if len(same) == 1:
                return same[0]
            if same or any(self._could_be(eid, (), surname) for eid in full):
                return None
            # A lone surname seen before becomes this full name, while no one else bears it.
            return self._bare_surname(surname)
        full = [eid for eid in candidates if self.entities[eid].is_full_person and self._could_be(eid, (), surname)]
        if len(full) == 1:
            return full[0]
        return self._bare_surname(surname)

    def _bare_surname(self, surname: str) -> str | None:
        eid = self.keys.get(("PERSON", f"={skeleton(surname)}"))
        return eid if eid and self._could_be(eid, (), surname) else None

    def _could_be(self, entity_id: str, given: tuple[str, ...], surname: str) -> bool:
        record = self.entities[entity_id]
        for form in [record.name, *record.forms]:
            g, s = person_parts(form)
            # The bare surname a person was once known by says nothing about another given name.
            if given and not g:
                continue
            if surnames_match(s, surname) and given_names_match(g, given):
                return True
        return False

    # --- resolution ------------------------------------------------------------------------

    def resolve_entity(self, entity: LocalEntity, known_id: str | None = None) -> str:
        """The id of the dataset entity `entity` is, creating it when it is new; `known_id`, the
        id an earlier extraction of the same article gave it, wins while that entity exists."""
        known = self.entities.get(known_id) if known_id else None
        entity_id = known_id if known is not None and known.type == entity.label else self._find(entity)
        if entity_id is None:
            entity_id = self._create(entity.name, entity.label)
        record = self.entities[entity_id]
        if entity.place and record.place_id is None:
            _set_place(record, entity.place)
        elif entity.country and record.place_id is None and record.country_code is None:
            record.country_code = entity.country
        record.forms[entity.name] += 1
        record.aliases.update(entity.aliases)
        self._index(record, [entity.name, *entity.aliases])
        if not record.curated:
            record.name = _best_name(record)
        return entity_id

    def _find(self, entity: LocalEntity) -> str | None:
        for form in [entity.name, *entity.aliases]:
            if eid := self.keys.get((f"alias:{entity.label}", org_key(form))):
                return eid
        if entity.place is not None:
            return self.keys.get(("place", entity.place.place_id)) or self.keys.get(
                (entity.label, org_key(entity.name)))
        if entity.label == "PERSON":
            return self._find_person(entity.name)
        forms = [entity.name, *entity.aliases]
        if entity.country:
            for key in _state_keys(entity.country, forms):
                if eid := self.keys.get((entity.label, key)):
                    return eid
        for form in forms + _short_forms(entity.label, forms):
            eid = self.keys.get((entity.label, org_key(form)))
            if eid and self._same_state(self.entities[eid], entity, form):
                return eid
        return self._find_of_name(entity.label, forms)

    @staticmethod
    def _same_state(record: EntityRecord, entity: LocalEntity, form: str) -> bool:
        """Whether `record`, found by the name `form`, may be `entity` as far as their countries go: a
        state body's bare name ("the Foreign Ministry") is every state's, so it joins only a record of
        the same country, or of none where neither gives one; other bodies join a record of no country."""
        if record.country_code == entity.country:
            return True
        return record.country_code is None and body_key(form) is None

    def _find_of_name(self, label: str, forms: list[str]) -> str | None:
        """An organisation known by the one word it is "of": "Church of Scientology" and
        "Scientology" in two articles are one ("Bank of Spain" and "Spain" are no pair: a place)."""
        if label != "ORG":
            return None
        for form in forms:
            key = org_key(form)
            if len(key.split()) == 1 and (eid := self.keys.get((label, f"of:{key}"))):
                return eid
            if (tail := of_tail(form)) and (eid := self.keys.get((label, tail))):
                return eid
        return None

    def _create(self, name: str, label: str) -> str:
        base = _new_id(person_key(name) or org_key(name), label)
        entity_id, n = base, 1
        while entity_id in self.entities:
            n += 1
            entity_id = f"{base}-{n}"
        self.entities[entity_id] = EntityRecord(entity_id, name, label)
        return entity_id

    def _index(self, record: EntityRecord, names: Iterable[str]) -> None:
        """Register `names` as keys to `record`; a key already taken keeps its entity (ids never move)."""
        if record.place_id:
            self.keys.setdefault(("place", record.place_id), record.entity_id)
        if record.type != "PERSON":
            if record.country_code and not record.place_id:
                for key in _state_keys(record.country_code, names):
                    self.keys.setdefault((record.type, key), record.entity_id)
            names = list(names)
            # "the House" of "House of Federation" within its article is every house's in another
            heads = {head for name in names if (head := of_head(name))}
            for name in names + _short_forms(record.type, names):
                if (key := org_key(name)) and key not in heads:
                    self.keys.setdefault((record.type, key), record.entity_id)
                if record.type == "ORG" and (tail := of_tail(name)):
                    self.keys.setdefault((record.type, f"of:{tail}"), record.entity_id)
            return
        for name in names:
            given, surname = person_parts(name)
            if not surname:
                continue
            key = person_key(name)
            if key:
                self.keys.setdefault(("PERSON", key), record.entity_id)
                self._by_sound.setdefault(_sound(surname), set()).add(record.entity_id)
            elif not given:
                self.keys.setdefault(("PERSON", f"={skeleton(surname)}"), record.entity_id)
            self._by_surname.setdefault(skeleton(surname), set()).add(record.entity_id)
        if record.is_full_person:
            # A bare surname that became a full name stops answering for every bearer of that surname.
            for form in [record.name, *record.forms]:
                if not person_parts(form)[0]:
                    bare = ("PERSON", f"={skeleton(person_parts(form)[1])}")
                    if self.keys.get(bare) == record.entity_id:
                        del self.keys[bare]

    def resolve_article(
        self, article_id: str, seen_at: datetime | None, found: ArticleEntities,
        earlier: Mapping[tuple[int, int, str], str] | None = None,
    ) -> dict[int, str]:
        """Entity ids for the article's local entities (by cluster), updating counts.

        `earlier` maps the article's mentions (start, end, text) to the ids an earlier
        extraction gave them: re-extracting an unchanged article keeps its ids, though the
        registry has since learned names that would resolve it otherwise (a bare "Mohamed"
        joins the one full name with that surname, until a second one is known).
        """
        ids = {entity.cluster: self.resolve_entity(entity, _earlier_id(found, entity.cluster, earlier))
               for entity in found.entities}
        per_entity: Counter = Counter(ids[m.cluster] for m in found.mentions)
        for entity_id, n in per_entity.items():
            record = self.entities[entity_id]
            record.n_mentions += n
            record.n_articles += 1
            if seen_at is not None:
                record.first_seen = min(filter(None, [record.first_seen, seen_at]))
                record.last_seen = max(filter(None, [record.last_seen, seen_at]))
        for mention in found.mentions:
            self.entities[ids[mention.cluster]].aliases.add(mention.text)
        return ids

    def add_alias_table(self, entries: Iterable[AliasEntry]) -> None:
        """Link the user's curated names: each entry's names lead to one entity that carries its qid.

        An entity the registry already knows by one of those names keeps its id and gains the qid.
        """
        for entry in entries:
            local = LocalEntity(0, entry.name, entry.type, tuple(entry.aliases),
                                lookup_place(entry.name) if entry.type in {"GPE", "LOC"} else None)
            entity_id = self._find(local) or self._create(entry.name, entry.type)
            record = self.entities[entity_id]
            record.name, record.qid, record.curated = entry.name, entry.qid or record.qid, True
            if local.place and record.place_id is None:
                _set_place(record, local.place)
            record.aliases.update(entry.aliases)
            for form in [entry.name, *entry.aliases]:
                self.keys[(f"alias:{entry.type}", org_key(form))] = entity_id
            self._index(record, [entry.name, *entry.aliases])

    # --- output ----------------------------------------------------------------------------

    def name(self, entity_id: str) -> str:
        return self.entities[entity_id].name

    def rows(self) -> list[dict]:
        """Rows of the entities table."""
        return [_row(r) for r in self.entities.values()]

    def to_json(self) -> dict:
        """Plain data for persistence between runs."""
        return {"format": REGISTRY_FORMAT, "entities": list(self.entities_json()), "keys": list(self.keys_json())}

    def entities_json(self) -> Iterator[dict]:
        """The entities of `to_json()`, one at a time."""
        for record in self.entities.values():
            row = _row(record)
            yield {
                **row, "first_seen": _iso(row["first_seen"]), "last_seen": _iso(row["last_seen"]),
                "place_id": record.place_id, "forms": dict(record.forms), "curated": record.curated,
            }

    def keys_json(self) -> Iterator[list]:
        """The keys of `to_json()`, one at a time."""
        for (label, key), entity_id in self.keys.items():
            yield [label, key, entity_id]

    @classmethod
    def from_json(cls, data: dict) -> EntityRegistry:
        registry = cls()
        for row in data["entities"]:
            record = EntityRecord(
                entity_id=row["entity_id"], name=row["name"], type=row["type"], aliases=set(row["aliases"]),
                n_mentions=row["n_mentions"], n_articles=row["n_articles"],
                first_seen=_parse_iso(row["first_seen"]), last_seen=_parse_iso(row["last_seen"]),
                country_code=row.get("country_code"), latitude=row.get("latitude"),
                longitude=row.get("longitude"), qid=row.get("qid"), place_id=row.get("place_id"),
                forms=Counter(row.get("forms") or {row["name"]: 1}),
                curated=row.get("curated", False),
            )
            registry.entities[record.entity_id] = record
        registry.keys = {(label, key): entity_id for label, key, entity_id in data["keys"]}
        for record in registry.entities.values():
            if record.type == "PERSON":
                registry._index(record, [record.name, *record.forms])
        return registry


def _earlier_id(found: ArticleEntities, cluster: int, earlier: Mapping[tuple[int, int, str], str] | None
                ) -> str | None:
    """The id most of the cluster's mentions had before, if any had one."""
    if not earlier:
        return None
    votes = Counter(eid for m in found.mentions if m.cluster == cluster
                    and (eid := earlier.get((m.start_char, m.end_char, m.text))))
    return max(votes, key=lambda eid: (votes[eid], eid)) if votes else None


def _short_forms(label: str, names: Iterable[str]) -> list[str]:
    """The names an organisation also goes by in other articles ("Goldman Sachs" of "Goldman Sachs Group
    Inc."): keys it answers to, never taking one another entity holds. A word English writes often is
    every body's short name ("Reform" of "Reform UK" and of Estonia's "Reform Party"), no one's."""
    if label != "ORG":
        return []
    return [short for name in names if (short := org_short_form(name))
            and (" " in short or seldom_in_english(short))]


def _state_keys(country: str, names: Iterable[str]) -> list[str]:
    """Keys of a state body of `country` under each of its names ("RU|defense ministry")."""
    keys = []
    for name in names:
        if (found := body_key(name)) and found[0] in (None, country):
            keys.append(f"{country}|{found[1]}")
    return keys


def _row(r: EntityRecord) -> dict:
    return {
        "entity_id": r.entity_id,
        "name": r.name,
        "type": r.type,
        "aliases": sorted(r.aliases - {r.name}),
        "n_mentions": r.n_mentions,
        "n_articles": r.n_articles,
        "first_seen": r.first_seen,
        "last_seen": r.last_seen,
        "country_code": r.country_code,
        "latitude": r.latitude,
        "longitude": r.longitude,
        "qid": r.qid,
    }


def _set_place(record: EntityRecord, place: Place) -> None:
    record.place_id, record.country_code = place.place_id, place.country_code
    record.latitude, record.longitude = place.latitude, place.longitude


def _best_name(record: EntityRecord) -> str:
    """The display name: for people the most used full name without initials, else the most used name."""
    forms = record.forms
    if record.type == "PERSON":
        return max(forms, key=lambda f: (person_key(f) is not None, all(len(w.rstrip(".")) > 1 for w in f.split()),
                                         forms[f], len(f)))
    return max(forms, key=lambda f: (forms[f], len(f)))


def _new_id(key: str, label: str) -> str:
    return "E" + hashlib.sha1(f"{label}:{key}".encode()).hexdigest()[:12]


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _parse_iso(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None
